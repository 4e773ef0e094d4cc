//! `claimcheck scan`: the debugging view.

use crate::support::{claimcheck, run};

#[test]
fn lists_mentions_with_rule_and_qualifier() {
    let (out, _) = run(
        claimcheck().args(["scan", "nearly 1,200 civilians and $3.5bn in aid"]),
        0,
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(
        lines[0].contains("number") && lines[0].contains("1200") && lines[0].contains("nearly")
    );
    assert!(
        lines[1].contains("money") && lines[1].contains("3500000000") && lines[1].contains("USD")
    );
}

#[test]
fn jsonl_gives_one_line_per_input_with_byte_offsets() {
    let input = "{\"input\": \"about 300 people\", \"reference\": null}\n\
                 {\"input\": \"café: 12.5%\", \"reference\": \"2022-03-30\"}\n";
    let (out, _) = run(claimcheck().args(["scan", "--jsonl"]).write_stdin(input), 0);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 2);
    let m = &lines[0]["mentions"][0];
    assert_eq!(m["text"], "about 300");
    assert_eq!(m["qualifier"], "about");
    assert_eq!(m["value"], 300);
    assert_eq!(m["start"], 0);
    let p = &lines[1]["mentions"][0];
    assert_eq!(p["dim"], "percent");
    assert_eq!(p["value"], 12.5);
    // "café: " is 7 bytes: offsets are bytes, not characters.
    assert_eq!(p["start"], 7);
}

#[test]
fn jsonl_rejects_a_bad_line_with_its_number() {
    let (_, err) = run(
        claimcheck()
            .args(["scan", "--jsonl"])
            .write_stdin("{\"input\": \"1\"}\nnot json\n"),
        2,
    );
    assert!(err.contains("stdin:2"), "{err}");
}

#[test]
fn jsonl_resolves_dates_against_the_reference_and_lists_votes() {
    let input = "{\"input\": \"The bill passed 68 to 31 on Tuesday.\", \"reference\": \"2022-03-30T00:00:00\"}\n";
    let (out, _) = run(claimcheck().args(["scan", "--jsonl"]).write_stdin(input), 0);
    let line: serde_json::Value = serde_json::from_str(out.trim()).expect("json line");
    // Published on a Wednesday: the Tuesday before, not the one after.
    assert_eq!(line["dates"][0]["value"], "2022-03-29");
    assert_eq!(line["dates"][0]["grain"], "day");
    let vote = &line["votes"][0];
    assert_eq!(vote["text"], "68 to 31");
    assert_eq!(vote["value"]["for"], 68);
    assert_eq!(vote["value"]["against"], 31);
}
