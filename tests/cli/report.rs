//! `claimcheck report`: formats, filters, the summary and the `--fail-on`
//! gate, on the annotated worked example and the updated fixtures.

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use serde_json::Value;

use crate::support::{claimcheck, root, run};

/// The worked example and a file `update` wrote (with a changed claim
/// needing recheck and removed claims), in a temp folder.
fn desk() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    let copy = |from: &str, to: &str| {
        let to = tmp.path().join(to);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(root().join(from), to).expect("copy");
    };
    copy("claims/2022-03-30-lavrov-wang.yaml", "claims/lavrov.yaml");
    copy(crate::support::EXAMPLE, crate::support::EXAMPLE);
    copy(
        "tests/fixtures/update/rail-bill.out/claims.yaml",
        "claims/rail/rail-bill.yaml",
    );
    std::fs::write(tmp.path().join("claims/notes.yaml"), "not: a claims file\n").expect("write");
    tmp
}

fn json(dir: &std::path::Path, args: &[&str]) -> Value {
    let (out, _) = run(
        claimcheck()
            .current_dir(dir)
            .args(["report", "claims", "--format", "json"])
            .args(args),
        0,
    );
    serde_json::from_str(&out).expect("json")
}

#[test]
fn json_has_every_claim_with_stable_fields_and_a_summary() {
    let d = desk();
    let v = json(d.path(), &[]);
    let claims = v["claims"].as_array().expect("claims");
    // 14 in the worked example, 34 in the rail bill less its 2 removed.
    assert_eq!(claims.len(), 14 + 32);
    let fields: Vec<&str> = claims[0]
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        [
            "file",
            "article",
            "title",
            "published",
            "revision",
            "id",
            "kind",
            "quote",
            "sentence",
            "line",
            "value",
            "value_text",
            "qualifier",
            "unit",
            "currency",
            "subject",
            "source",
            "verdict",
            "verdict_label",
            "verdict_class",
            "sources",
            "reviewer",
            "reviewed",
            "note",
            "removed_in",
            "history"
        ]
    );
    let s = &v["summary"];
    assert_eq!(s["files"], 2);
    assert_eq!(s["claims"], 46);
    let recheck: Vec<&str> = s["needs_recheck"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    assert_eq!(
        recheck,
        [
            "date-vote-1",
            "quantity-vinyl-chloride-1",
            "casualties-people-injured-1"
        ]
    );
    assert_eq!(s["removed"].as_array().map(Vec::len), Some(2));
    let by_verdict = s["by_verdict"].as_object().expect("map");
    let total: u64 = by_verdict.values().filter_map(Value::as_u64).sum();
    assert_eq!(total, 46);
    assert_eq!(
        by_verdict.keys().next().map(String::as_str),
        Some("unreviewed"),
        "scale order"
    );
}

#[test]
fn filters_narrow_the_rows_and_removed_claims_can_be_shown() {
    let d = desk();
    let ids = |v: &Value| -> Vec<String> {
        v["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| c["id"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let v = json(d.path(), &["--verdict", "misleading,inaccurate"]);
    assert!(
        v["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .all(|c| c["verdict"] == "misleading" || c["verdict"] == "inaccurate")
    );
    assert!(ids(&v).contains(&"refugees-ukraine-foreign-ministry-1".to_string()));
    let v = json(d.path(), &["--kind", "vote", "--article", "lavrov"]);
    assert_eq!(ids(&v), ["vote-china-1"]);
    let v = json(
        d.path(),
        &["--reviewer", "maria lindqvist", "--since", "2022-04-01"],
    );
    assert_eq!(ids(&v), ["date-virtual-summit-1", "quantity-world-bank-1"]);
    let v = json(d.path(), &["--removed", "--article", "rail"]);
    let removed: Vec<&Value> = v["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|c| !c["removed_in"].is_null())
        .collect();
    assert_eq!(removed.len(), 2);
    let v = json(d.path(), &["--sort", "reviewed", "--article", "lavrov"]);
    assert_eq!(v["claims"][0]["reviewed"], "2022-04-11", "latest first");
    assert!(
        v["claims"]
            .as_array()
            .and_then(|c| c.last())
            .is_some_and(|c| c["reviewed"].is_null())
    );
}

#[test]
fn csv_has_a_header_row_and_one_record_per_claim() {
    let d = desk();
    let (out, _) = run(
        claimcheck()
            .current_dir(d.path())
            .args(["report", "claims", "--format", "csv"]),
        0,
    );
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header.first().map(String::as_str), Some("file"));
    assert!(header.contains(&"source_urls".to_string()));
    let records: Vec<csv::StringRecord> = r.records().map(|x| x.expect("record")).collect();
    assert_eq!(records.len(), 46);
    let i = header
        .iter()
        .position(|h| h == "value_text")
        .expect("value_text");
    assert!(records.iter().any(|rec| &rec[i] == "almost 4,000,000"));
}

#[test]
fn the_table_and_markdown_show_claims_and_the_summary() {
    let d = desk();
    let (table, _) = run(
        claimcheck()
            .current_dir(d.path())
            .args(["report", "claims"]),
        0,
    );
    assert!(table.contains("almost four million"), "{table}");
    assert!(table.contains("46 claims in 2 files"), "{table}");
    assert!(table.contains("needs recheck: date-vote-1"), "{table}");
    assert!(!table.contains('\u{1b}'), "no colour into a pipe");
    let (coloured, _) = run(
        claimcheck()
            .current_dir(d.path())
            .args(["report", "claims", "--color", "always"]),
        0,
    );
    assert!(coloured.contains('\u{1b}'), "colour on request");
    let (md, _) = run(
        claimcheck()
            .current_dir(d.path())
            .args(["report", "claims", "--format", "markdown"]),
        0,
    );
    assert!(md.starts_with("| article | id |"), "{md}");
    assert!(md.contains("| `refugees-unhcr-1` |"), "{md}");
}

#[test]
fn fail_on_is_a_publishing_gate_that_names_the_claims() {
    let d = desk();
    let (_, err) = run(
        claimcheck().current_dir(d.path()).args([
            "report",
            "claims",
            "--format",
            "json",
            "--fail-on",
            "needs-recheck",
        ]),
        1,
    );
    assert!(err.contains("3 claims"), "{err}");
    assert!(
        err.contains("casualties-people-injured-1 (needs-recheck)"),
        "{err}"
    );
    run(
        claimcheck().current_dir(d.path()).args([
            "report",
            "claims/lavrov.yaml",
            "--fail-on",
            "needs-recheck,inaccurate",
        ]),
        0,
    );
    let (_, err) = run(
        claimcheck()
            .current_dir(d.path())
            .args(["report", "claims", "--fail-on", "needs-rechek"]),
        2,
    );
    assert!(err.contains("did you mean `needs-recheck`"), "{err}");
}

#[test]
fn unreadable_files_are_named_and_the_rest_reported() {
    let d = desk();
    std::fs::write(
        d.path().join("claims/broken.yaml"),
        "format: claimcheck/1\narticle: [\n",
    )
    .expect("write");
    let (out, err) = run(
        claimcheck()
            .current_dir(d.path())
            .args(["report", "claims", "--format", "json"]),
        2,
    );
    assert!(err.contains("broken.yaml"), "{err}");
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["summary"]["files"], 2);
    let (_, err) = run(
        claimcheck()
            .current_dir(d.path())
            .args(["report", "missing"]),
        2,
    );
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn a_closed_pipe_ends_the_report_quietly() {
    let d = desk();
    for i in 0..60 {
        std::fs::copy(
            d.path().join("claims/lavrov.yaml"),
            d.path().join(format!("claims/copy-{i}.yaml")),
        )
        .expect("copy");
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .current_dir(d.path())
        .args(["report", "claims"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("line");
    let out = child.wait_with_output().expect("wait");
    assert!(!first.is_empty());
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn html_is_written_for_the_claims_the_filters_keep() {
    let d = desk();
    let marks = |args: &[&str]| -> usize {
        run(
            claimcheck()
                .current_dir(d.path())
                .args([
                    "report",
                    "claims/lavrov.yaml",
                    "--format",
                    "html",
                    "-o",
                    "out/review.html",
                ])
                .args(args),
            0,
        );
        let page = std::fs::read_to_string(d.path().join("out/review.html")).expect("page");
        assert!(
            page.starts_with("<!DOCTYPE html>"),
            "{}",
            &page[..80.min(page.len())]
        );
        page.matches("<mark").count()
    };
    assert_eq!(marks(&[]), 14);
    assert_eq!(marks(&["--verdict", "unreviewed"]), 3);
}
