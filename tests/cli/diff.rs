//! `claimcheck diff` of the annotated worked example against a revised
//! version of its article (tests/fixtures/update/lavrov-wang.in/): a figure updated, a
//! hedge changed, a paragraph added, a sentence removed, two paragraphs
//! swapped and a sentence reworded around its figure.

use serde_json::Value;

use crate::support::{claimcheck, root, run};

const CLAIMS: &str = "claims/2022-03-30-lavrov-wang.yaml";
const V2: &str = "tests/fixtures/update/lavrov-wang.in/revised.txt";

fn ids(v: &Value, class: &str) -> Vec<String> {
    v[class]
        .as_array()
        .unwrap_or_else(|| panic!("`{class}` is a list"))
        .iter()
        .map(|e| e["id"].as_str().expect("id").to_string())
        .collect()
}

#[test]
fn json_sorts_each_claim_of_a_revision_into_its_class() {
    let (out, _) = run(
        claimcheck()
            .current_dir(root())
            .args(["diff", CLAIMS, V2, "--format", "json"]),
        0,
    );
    let v: Value = serde_json::from_str(&out).expect("diff prints JSON");
    let keys: Vec<&String> = v.as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["unchanged", "changed", "added", "removed"]);
    assert_eq!(ids(&v, "changed"), ["refugees-unhcr-1", "casualties-un-1"]);
    assert_eq!(ids(&v, "removed"), ["refugees-unhcr-2"]);
    assert_eq!(ids(&v, "added"), ["casualties-un-human-rights-office-1"]);
    let unchanged = ids(&v, "unchanged");
    // Swapped paragraphs and a reworded sentence keep their claims.
    for id in [
        "vote-china-1",
        "quantity-forum-1",
        "refugees-ukraine-foreign-ministry-1",
    ] {
        assert!(
            unchanged.contains(&id.to_string()),
            "{id} unchanged: {unchanged:?}"
        );
    }
    let casualties = &v["changed"][1];
    assert_eq!(
        casualties["fields"],
        serde_json::json!(["value", "qualifier"])
    );
    assert_eq!(casualties["old"]["value"], 1200);
    assert_eq!(casualties["new"]["value"], 1189);
    assert!(casualties["verdict"].is_string());
    assert!(
        casualties["sentence_diff"]
            .as_str()
            .is_some_and(|s| s.contains("[-nearly 1,200-]{+1,189+}"))
    );
    assert_eq!(v["changed"][0]["fields"], serde_json::json!(["qualifier"]));
}

#[test]
fn text_shows_the_table_and_word_diffs_and_exit_code_reports_change() {
    let (out, _) = run(
        claimcheck()
            .current_dir(root())
            .args(["diff", CLAIMS, V2, "--exit-code"]),
        1,
    );
    assert!(out.contains("2 changed, 1 added, 1 removed"), "{out}");
    assert!(out.contains("nearly 1200 -> 1189"), "{out}");
    assert!(
        out.contains("[-almost-]{+more than+} four million"),
        "{out}"
    );
    assert!(
        out.contains("[-More than 2.3 million have arrived"),
        "{out}"
    );
}

#[test]
fn the_article_a_file_was_made_from_changes_nothing() {
    let (out, _) = run(
        claimcheck().current_dir(root()).args([
            "diff",
            CLAIMS,
            "examples/articles/2022-03-30-lavrov-wang.txt",
            "--exit-code",
        ]),
        0,
    );
    assert!(out.contains("0 changed, 0 added, 0 removed"), "{out}");
}

#[test]
fn a_missing_article_is_an_input_error() {
    run(
        claimcheck()
            .current_dir(root())
            .args(["diff", CLAIMS, "no/such/article.txt"]),
        2,
    );
}
