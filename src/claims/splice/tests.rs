use super::*;
use crate::claims::{History, Span, yaml};

const FILE: &str = "\
# desk copy
format: claimcheck/1
article:
  file: a.txt
  published: 2022-03-30
  revision: 1
  sha256: aa
claims:
  - id: refugees-unhcr-1
    kind: refugees
    quote: almost four million refugees
    sentence: 'UNHCR said almost four million refugees had fled.'
    line: 3
    value: 4000000   # rounded
    relative:
      offset: \"-2 days\"
      # the anchor is the article's wording
      anchor: the summit
    qualifier: almost
    subject: refugees
    source: UNHCR
    # editor fields
    verdict: accurate  # confirmed by phone
    sources:
    - url: https://data.unhcr.org
    reviewer: Maria
    reviewed: 2022-03-31
    note: null
    desk_priority: high

# the next one is hard
  - id: casualties-un-1
    kind: casualties
    quote: 1,200 civilians
    sentence: 1,200 civilians were killed.
    line: 5
    value: 1200
    qualifier: null
    subject: civilians killed
    source: UN
    verdict: unreviewed
";

fn read(text: &str) -> ClaimsFile {
    yaml::read(std::path::Path::new("t.yaml"), text).expect("reads")
}

/// Splices, verifies, and returns the new text.
fn spliced(text: &str, edit: impl Fn(&mut ClaimsFile)) -> String {
    let old = read(text);
    let mut new = old.clone();
    edit(&mut new);
    let out = splice(text, &old, &new).expect("splices");
    verify(text, &out, &new).unwrap_or_else(|e| panic!("{e}\n{out}"));
    out
}

#[test]
fn nothing_to_change_is_the_same_bytes() {
    assert_eq!(spliced(FILE, |_| {}), FILE);
}

#[test]
fn a_changed_value_is_replaced_in_place_keeping_its_comment() {
    let out = spliced(FILE, |f| {
        f.claims[0].value = serde_json::json!(4100000);
        f.claims[0].qualifier = Some("more than".into());
        f.article.revision = 2;
    });
    let want = FILE
        .replace("value: 4000000   # rounded", "value: 4100000   # rounded")
        .replace("qualifier: almost", "qualifier: more than")
        .replace("revision: 1", "revision: 2");
    assert_eq!(out, want);
}

#[test]
fn a_removed_block_field_keeps_its_comment_lines() {
    let out = spliced(FILE, |f| f.claims[0].relative = None);
    assert!(out.contains("    value: 4000000   # rounded\n      # the anchor is the article's wording\n    qualifier: almost"), "{out}");
    assert!(!out.contains("offset"));
}

#[test]
fn an_added_field_goes_after_the_field_before_it_in_the_tool_order() {
    let out = spliced(FILE, |f| {
        f.claims[1].removed_in = Some(2);
        f.claims[1].unit = Some("people".into());
    });
    assert!(
        out.contains("    value: 1200\n    unit: people\n    qualifier: null"),
        "{out}"
    );
    assert!(
        out.contains("    source: UN\n    removed_in: 2\n    verdict: unreviewed\n"),
        "{out}"
    );
}

#[test]
fn a_verdict_moved_to_history_keeps_the_editors_fields_and_comments() {
    let out = spliced(FILE, |f| {
        let c = &mut f.claims[0];
        c.history.push(History {
            revision: 1,
            quote: c.quote.clone(),
            sentence: c.sentence.clone(),
            value: c.value.clone(),
            relative: None,
            unit: None,
            currency: None,
            qualifier: c.qualifier.clone(),
            source: None,
            verdict: c.verdict.clone(),
            reviewer: c.reviewer.take(),
            reviewed: c.reviewed.take(),
            extra: Default::default(),
        });
        c.verdict = "needs-recheck".into();
    });
    assert!(
        out.contains("    verdict: needs-recheck  # confirmed by phone\n"),
        "{out}"
    );
    assert!(
        out.contains("    desk_priority: high\n    history:\n      - revision: 1\n"),
        "{out}"
    );
    assert!(
        out.contains("\n# the next one is hard\n  - id: casualties-un-1\n"),
        "{out}"
    );
}

#[test]
fn added_claims_go_after_the_last_one_at_the_files_indentation() {
    let out = spliced(FILE, |f| {
        let mut c = f.claims[1].clone();
        c.id = "casualties-un-2".into();
        c.relative = Some(Span {
            offset: "+1 day".into(),
            anchor: "the raid".into(),
            extra: Default::default(),
        });
        f.claims.push(c);
    });
    assert!(out.starts_with(FILE), "appended only");
    assert!(out[FILE.len()..].starts_with("  - id: casualties-un-2\n    kind: casualties\n"));
}

#[test]
fn other_indentations_line_endings_and_a_missing_final_newline() {
    let text = FILE
        .replace("\n  - id:", "\n- id:")
        .replace("\n    ", "\n  ");
    let text = text.trim_end().replace('\n', "\r\n");
    let out = spliced(&text, |f| {
        f.claims[1].value = serde_json::json!(1300);
        let mut c = f.claims[1].clone();
        c.id = "casualties-un-2".into();
        f.claims.push(c);
    });
    assert!(out.contains("\r\n  value: 1300\r\n"), "{out}");
    assert!(
        out.contains("\r\n- id: casualties-un-2\r\n  kind: casualties\r\n"),
        "{out}"
    );
    assert!(!out.replace("\r\n", "").contains('\n'), "one line ending");
}

#[test]
fn an_empty_claims_list_takes_added_claims() {
    let text = "format: claimcheck/1\narticle:\n  file: a.txt\n  revision: 1\n  sha256: aa\nclaims: []  # none yet\n";
    let claim = read(FILE).claims[1].clone();
    let out = spliced(text, |f| f.claims.push(claim.clone()));
    assert!(
        out.contains("claims:  # none yet\n  - id: casualties-un-1\n"),
        "{out}"
    );
}

#[test]
fn the_read_back_check_catches_a_lost_comment_and_a_wrong_value() {
    let new = read(FILE);
    let without = FILE.replace("# the next one is hard\n", "");
    assert!(
        verify(FILE, &without, &read(&without)).is_err_and(|e| e.contains("the next one is hard"))
    );
    let wrong = FILE.replace("value: 1200", "value: 1201");
    assert!(verify(FILE, &wrong, &new).is_err_and(|e| e.contains("casualties-un-1")));
}
