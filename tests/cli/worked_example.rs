//! The worked example of PRODUCT.md, on the bundled article.

use std::path::Path;

use claimcheck::claims::{Claim, ClaimsFile, yaml};

use crate::support::{EXAMPLE, claimcheck, root, run};

fn extracted() -> ClaimsFile {
    let (out, _) = run(
        claimcheck().current_dir(root()).args(["extract", EXAMPLE]),
        0,
    );
    yaml::read(Path::new("stdout"), &out).expect("extract output parses")
}

fn find<'a>(file: &'a ClaimsFile, quote: &str) -> &'a Claim {
    file.claims
        .iter()
        .find(|c| c.quote == quote)
        .unwrap_or_else(|| panic!("no claim quoting {quote:?} in {:#?}", file.claims))
}

#[test]
fn refugees_and_casualties_of_the_worked_example() {
    let file = extracted();
    assert_eq!(file.article.published.as_deref(), Some("2022-03-30"));

    let refugees = find(&file, "almost four million refugees");
    assert_eq!(refugees.kind.name(), "refugees");
    assert_eq!(refugees.value, 4_000_000);
    assert_eq!(refugees.qualifier.as_deref(), Some("almost"));
    assert_eq!(refugees.subject.as_deref(), Some("refugees"));
    assert_eq!(refugees.source.as_deref(), Some("UNHCR"));
    assert_eq!(refugees.id, "refugees-unhcr-1");

    let killed = find(&file, "nearly 1,200 civilians");
    assert_eq!(killed.kind.name(), "casualties");
    assert_eq!(killed.value, 1200);
    assert_eq!(killed.qualifier.as_deref(), Some("nearly"));
    assert_eq!(killed.subject.as_deref(), Some("civilians killed"));
    assert_eq!(killed.source.as_deref(), Some("UN"));

    // The line is the article file's own line, header included.
    let text = std::fs::read_to_string(root().join(EXAMPLE)).expect("article");
    let line = text.lines().nth(killed.line - 1).expect("line exists");
    assert!(line.contains("nearly 1,200 civilians"), "{line}");
}

#[test]
fn elided_noun_and_agency_follow_the_earlier_refugee_figure() {
    let file = extracted();
    let poland = find(&file, "More than 2.3 million");
    assert_eq!(poland.kind.name(), "refugees");
    assert_eq!(poland.value, 2_300_000);
    assert_eq!(poland.qualifier.as_deref(), Some("more than"));
    assert_eq!(poland.source.as_deref(), Some("UNHCR"));
}

/// The claim of `kind` whose quote holds `words`.
fn holding<'a>(file: &'a ClaimsFile, kind: &str, words: &str) -> &'a Claim {
    file.claims
        .iter()
        .find(|c| c.kind.name() == kind && c.quote.contains(words))
        .unwrap_or_else(|| panic!("no {kind} claim holding {words:?} in {:#?}", file.claims))
}

#[test]
fn weekdays_resolve_to_the_past_in_past_tense_copy() {
    let file = extracted();
    // Published Wednesday 2022-03-30: `this Wednesday` is that day, and
    // `on Tuesday` the day before, not the Tuesday after.
    let met = holding(&file, "date", "this Wednesday");
    assert_eq!(met.value, "2022-03-30");
    let talks = holding(&file, "date", "Tuesday");
    assert_eq!(talks.value, "2022-03-29");
}

#[test]
fn early_february_keeps_its_span_from_the_invasion() {
    let file = extracted();
    let agreed = holding(&file, "date", "early February");
    assert_eq!(agreed.value, "2022-02");
    assert_eq!(agreed.qualifier.as_deref(), Some("early"));
    let span = agreed.relative.as_ref().expect("relative span");
    assert_eq!(span.offset, "-20 days");
    assert_eq!(span.anchor, "Russia's invasion");
}

#[test]
fn the_summit_is_dated_from_the_meeting_two_days_before_it() {
    let file = extracted();
    let summit = holding(&file, "date", "two days before the virtual summit");
    assert_eq!(summit.value, "2022-04-01");
    let span = summit.relative.as_ref().expect("relative span");
    assert_eq!(span.offset, "-2 days");
}

#[test]
fn beijing_abstaining_twice_is_a_vote_of_china() {
    let file = extracted();
    let vote = holding(&file, "vote", "twice");
    assert_eq!(vote.value["actor"], "China");
    assert_eq!(vote.value["position"], "abstained");
    assert_eq!(vote.value["times"], 2);
    assert_eq!(vote.value["body"], "UN General Assembly");
}

#[test]
fn the_two_day_forum_is_a_quantity_in_days() {
    let file = extracted();
    let forum = find(&file, "two-day forum");
    assert_eq!(forum.kind.name(), "quantity");
    assert_eq!(forum.value, 2);
    assert_eq!(forum.unit.as_deref(), Some("days"));
}

#[test]
fn no_claims_from_names_header_or_references() {
    let file = extracted();
    for c in &file.claims {
        for bad in ["two powers", "2022", "Lavrov, 72"] {
            assert!(!c.quote.contains(bad), "claim from {bad:?}: {c:#?}");
        }
    }
    // Every claim is in article order and its quote is in its sentence.
    let lines: Vec<usize> = file.claims.iter().map(|c| c.line).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    for c in &file.claims {
        assert!(c.sentence.contains(&c.quote), "{c:#?}");
    }
}

#[test]
fn extracting_twice_gives_identical_bytes() {
    let a = run(
        claimcheck().current_dir(root()).args(["extract", EXAMPLE]),
        0,
    )
    .0;
    let b = run(
        claimcheck().current_dir(root()).args(["extract", EXAMPLE]),
        0,
    )
    .0;
    assert_eq!(a, b);
}
