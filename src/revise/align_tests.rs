//! Hand-built revisions, one edit each.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::{Field, align};
use crate::claims::{Claim, UNREVIEWED};
use crate::extract::ClaimKind;

fn claim(id: &str, kind: ClaimKind, quote: &str, sentence: &str, value: Value) -> Claim {
    Claim {
        id: id.to_string(),
        kind,
        quote: quote.to_string(),
        sentence: sentence.to_string(),
        line: 1,
        value,
        relative: None,
        unit: None,
        currency: None,
        qualifier: None,
        subject: None,
        source: None,
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

fn with(mut c: Claim, qualifier: Option<&str>, subject: &str, source: &str) -> Claim {
    c.qualifier = qualifier.map(str::to_string);
    c.subject = Some(subject.to_string());
    c.source = Some(source.to_string());
    c
}

const KILLED: &str =
    "According to the UN, nearly 1,200 civilians have been killed since the start of the invasion.";
const FLED: &str = "According to UNHCR, the war has already left almost four million refugees.";
const DISPLACED: &str = "Ukraine's Foreign Ministry estimates that about 10 million people have been displaced inside the country.";

fn killed(q: Option<&str>, quote: &str, sentence: &str, v: Value) -> Claim {
    let c = claim("casualties-un-1", ClaimKind::Casualties, quote, sentence, v);
    with(c, q, "civilians killed", "UN")
}

fn fled(q: Option<&str>, quote: &str, sentence: &str) -> Claim {
    let c = claim(
        "refugees-unhcr-1",
        ClaimKind::Refugees,
        quote,
        sentence,
        json!(4_000_000),
    );
    with(c, q, "refugees", "UNHCR")
}

fn displaced(sentence: &str, subject: &str, id: &str) -> Claim {
    let c = claim(
        id,
        ClaimKind::Refugees,
        "about 10 million people",
        sentence,
        json!(10_000_000),
    );
    with(c, Some("about"), subject, "Ukraine's Foreign Ministry")
}

fn base() -> Vec<Claim> {
    vec![
        fled(Some("almost"), "almost four million refugees", FLED),
        killed(
            Some("nearly"),
            "nearly 1,200 civilians",
            KILLED,
            json!(1200),
        ),
        displaced(
            DISPLACED,
            "people displaced",
            "refugees-ukraine-foreign-ministry-1",
        ),
    ]
}

#[test]
fn the_same_article_is_all_unchanged() {
    let (old, new) = (base(), base());
    let a = align(&old, &new);
    assert_eq!(a.unchanged.len(), 3);
    assert!(!a.any_change());
}

#[test]
fn moved_paragraphs_keep_their_claims() {
    let old = base();
    let mut new = base();
    new.reverse();
    for (n, c) in new.iter_mut().enumerate() {
        c.line = 10 * (n + 1);
    }
    let a = align(&old, &new);
    assert_eq!(a.unchanged.len(), 3, "{a:?}");
    assert_eq!(a.unchanged[0].new.id, "refugees-unhcr-1");
}

#[test]
fn a_changed_figure_is_changed_not_removed_and_added() {
    let old = base();
    let mut new = base();
    new[1] = killed(
        None,
        "1,189 civilians",
        "According to the UN, 1,189 civilians have been killed since the start of the invasion.",
        json!(1189),
    );
    let a = align(&old, &new);
    assert_eq!(a.changed.len(), 1, "{a:?}");
    assert_eq!(a.changed[0].old.id, "casualties-un-1");
    assert_eq!(a.changed[0].changed, vec![Field::Value, Field::Qualifier]);
    assert!(a.added.is_empty() && a.removed.is_empty());
}

#[test]
fn a_changed_hedge_is_a_changed_qualifier() {
    let old = base();
    let mut new = base();
    new[0] = fled(
        Some("more than"),
        "more than four million refugees",
        "According to UNHCR, the war has already left more than four million refugees.",
    );
    let a = align(&old, &new);
    assert_eq!(a.changed.len(), 1);
    assert_eq!(a.changed[0].changed, vec![Field::Qualifier]);
}

#[test]
fn a_reworded_sentence_with_the_same_figure_is_unchanged() {
    let old = base();
    let mut new = base();
    new[2] = displaced(
        "Some 10 million people are now uprooted within Ukraine's borders, its Foreign Ministry estimates.",
        "people uprooted",
        "refugees-ukraine-foreign-ministry-1",
    );
    let a = align(&old, &new);
    assert_eq!(a.unchanged.len(), 3, "{a:?}");
    assert!(a.unchanged[2].similarity < super::SIMILAR_SENTENCE);
}

#[test]
fn a_figure_restated_with_other_formatting_is_unchanged() {
    let old = base();
    let mut new = base();
    new[1].value = json!(1200.0);
    new[1].quote = "nearly 1200 civilians".to_string();
    new[1].sentence = KILLED.replace("1,200", "1200");
    assert!(!align(&old, &new).any_change());
}

#[test]
fn a_removed_sentence_removes_its_claim() {
    let old = base();
    let new = vec![base().remove(0), base().remove(2)];
    let a = align(&old, &new);
    assert_eq!(a.removed.len(), 1);
    assert_eq!(a.removed[0].id, "casualties-un-1");
    assert_eq!(a.unchanged.len(), 2);
}

#[test]
fn a_new_figure_is_added() {
    let old = base();
    let mut new = base();
    let injured = claim(
        "casualties-un-human-rights-office-1",
        ClaimKind::Casualties,
        "at least 1,901 civilians",
        "The UN human rights office said that at least 1,901 civilians have been injured.",
        json!(1901),
    );
    new.insert(
        2,
        with(
            injured,
            Some("at least"),
            "civilians injured",
            "UN human rights office",
        ),
    );
    let a = align(&old, &new);
    assert_eq!(a.added.len(), 1, "{a:?}");
    assert_eq!(a.added[0].value, json!(1901));
    assert_eq!(a.unchanged.len(), 3);
}

#[test]
fn two_dates_in_one_sentence_keep_their_own_partners() {
    let s = "The meeting came a day after talks on Tuesday, two days before the summit.";
    let mk = |id: &str, quote: &str, v: &str, subject: &str| {
        let mut c = claim(id, ClaimKind::Date, quote, s, json!(v));
        c.subject = Some(subject.to_string());
        c
    };
    let old = vec![
        mk("date-meeting-1", "Tuesday", "2022-03-29", "meeting"),
        mk(
            "date-summit-1",
            "two days before the summit",
            "2022-04-01",
            "summit",
        ),
    ];
    let mut new = old.clone();
    new[1].value = json!("2022-04-02");
    let a = align(&old, &new);
    assert_eq!(a.unchanged.len(), 1);
    assert_eq!(a.changed.len(), 1);
    assert_eq!(a.changed[0].old.id, "date-summit-1");
}
