use std::collections::BTreeMap;

use serde_json::json;

use super::*;
use crate::claims::{ArticleInfo, FORMAT, Source};
use crate::extract::ClaimKind;

const KILLED: &str = "According to the UN, nearly 1,200 civilians have been killed.";
const FLED: &str = "According to UNHCR, almost four million refugees have fled.";

fn claim(id: &str, kind: ClaimKind, sentence: &str, value: serde_json::Value) -> Claim {
    Claim {
        id: id.to_string(),
        kind,
        quote: sentence
            .split(',')
            .nth(1)
            .unwrap_or(sentence)
            .trim()
            .to_string(),
        sentence: sentence.to_string(),
        line: 1,
        value,
        relative: None,
        unit: None,
        currency: None,
        qualifier: None,
        subject: Some(
            if kind == ClaimKind::Refugees {
                "refugees"
            } else {
                "civilians killed"
            }
            .into(),
        ),
        source: Some(
            sentence
                .split(',')
                .next()
                .unwrap_or("")
                .replace("According to ", ""),
        ),
        removed_in: None,
        verdict: UNREVIEWED.to_string(),
        sources: Vec::new(),
        reviewer: None,
        reviewed: None,
        note: None,
        history: Vec::new(),
        extra: BTreeMap::new(),
    }
}

fn file(sha: &str, revision: u32, claims: Vec<Claim>) -> ClaimsFile {
    ClaimsFile {
        format: FORMAT.to_string(),
        article: ArticleInfo {
            file: format!("{sha}.txt"),
            published: Some("2022-03-30".into()),
            title: None,
            url: None,
            text: None,
            revision,
            sha256: sha.to_string(),
            extra: BTreeMap::new(),
        },
        claims,
        extra: BTreeMap::new(),
    }
}

fn reviewed(mut c: Claim, verdict: &str) -> Claim {
    c.verdict = verdict.to_string();
    c.reviewer = Some("Maria".into());
    c.reviewed = Some("2022-03-31".into());
    c.note = Some("checked".into());
    c.sources = vec![Source {
        url: Some("https://example.org".into()),
        citation: None,
        note: None,
        extra: BTreeMap::new(),
    }];
    c.extra.insert("desk_priority".into(), json!("high"));
    c
}

fn killed(n: u32) -> Claim {
    let s = KILLED.replace("1,200", &n.to_string());
    claim("casualties-un-1", ClaimKind::Casualties, &s, json!(n))
}

fn fled() -> Claim {
    claim(
        "refugees-unhcr-1",
        ClaimKind::Refugees,
        FLED,
        json!(4_000_000),
    )
}

#[test]
fn a_changed_figure_moves_the_verdict_into_history() {
    let old = file("a", 1, vec![reviewed(killed(1200), "accurate"), fled()]);
    let fresh = file("b", 1, vec![killed(1189), fled()]);
    let o = update(&old, &fresh);
    assert_eq!(o.changed, ["casualties-un-1"]);
    assert_eq!(o.unchanged, ["refugees-unhcr-1"]);
    assert_eq!(o.file.article.revision, 2);
    assert_eq!(o.file.article.sha256, "b");
    assert_eq!(o.file.article.file, "b.txt");
    let c = &o.file.claims[0];
    assert_eq!(
        (c.value.clone(), c.verdict.as_str()),
        (json!(1189), "needs-recheck")
    );
    assert_eq!((c.reviewer.as_deref(), c.reviewed.as_deref()), (None, None));
    assert_eq!(c.note.as_deref(), Some("checked"), "notes stay");
    assert_eq!(c.sources.len(), 1, "sources stay");
    assert_eq!(c.extra["desk_priority"], json!("high"));
    let h = &c.history[0];
    assert_eq!(
        (h.revision, h.value.clone(), h.verdict.as_str()),
        (1, json!(1200), "accurate")
    );
    assert_eq!(
        (h.reviewer.as_deref(), h.reviewed.as_deref()),
        (Some("Maria"), Some("2022-03-31"))
    );
    assert_eq!(h.qualifier, None, "only changed fields besides the value");
}

#[test]
fn an_unreviewed_claim_that_changed_stays_unreviewed() {
    let old = file("a", 1, vec![killed(1200)]);
    let o = update(&old, &file("b", 1, vec![killed(1189)]));
    assert_eq!(o.file.claims[0].verdict, UNREVIEWED);
    assert_eq!(o.file.claims[0].history.len(), 1);
}

#[test]
fn removed_claims_stay_marked_and_come_back_with_their_verdict() {
    let old = file("a", 1, vec![reviewed(killed(1200), "accurate"), fled()]);
    let gone = update(&old, &file("b", 1, vec![fled()])).file;
    assert_eq!(gone.claims[0].removed_in, Some(2));
    assert_eq!(gone.claims[0].verdict, "accurate");
    let again = update(&gone, &file("c", 1, vec![fled()])).file;
    assert_eq!(again.claims[0].removed_in, Some(2), "marked once");
    assert_eq!(again.article.revision, 3);
    let back = update(&again, &file("d", 1, vec![killed(1200), fled()]));
    assert_eq!(back.restored, ["casualties-un-1"]);
    assert!(back.added.is_empty());
    let c = &back.file.claims[0];
    assert_eq!((c.removed_in, c.verdict.as_str()), (None, "accurate"));
}

#[test]
fn added_claims_get_ids_nobody_uses_and_go_last() {
    let old = file("a", 1, vec![killed(1200)]);
    // The new version opens with another UN figure, which extraction numbers
    // first; the old claim keeps its ID, so the new one needs another.
    let mut first = killed(3);
    first.sentence = "According to the UN, 3 children have been killed in Mariupol.".into();
    first.subject = Some("children killed".into());
    let mut second = killed(1200);
    second.id = "casualties-un-2".into();
    let o = update(&old, &file("b", 1, vec![first, second]));
    assert_eq!(o.unchanged, ["casualties-un-1"]);
    assert_eq!(o.added, ["casualties-un-2"]);
    let ids: Vec<&str> = o.file.claims.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["casualties-un-1", "casualties-un-2"]);
    assert_eq!(o.file.claims[1].value, json!(3));
}

#[test]
fn the_same_article_changes_nothing() {
    let old = file("a", 4, vec![reviewed(killed(1200), "accurate"), fled()]);
    let mut fresh = file("a", 1, vec![killed(1200), fled()]);
    fresh.article.file = "a.txt".into();
    let o = update(&old, &fresh);
    assert!(!o.any_change(&old));
    assert_eq!(o.file, old);
}

#[test]
fn an_equal_value_keeps_its_spelling() {
    let mut c = killed(1200);
    c.value = json!(1200.0);
    let mut reworded = killed(1200);
    reworded.sentence = "Nearly 1,200 civilians have been killed, according to the UN.".into();
    let o = update(&file("a", 1, vec![c]), &file("b", 1, vec![reworded]));
    assert_eq!(o.unchanged, ["casualties-un-1"]);
    assert_eq!(o.file.claims[0].value, json!(1200.0));
}
