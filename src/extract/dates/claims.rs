//! Which dates are claims: those that date a checkable event in their
//! sentence. Left out: the dateline, the day someone merely said something
//! (`the ministry said on Tuesday`), and the period a statistic covers
//! (`grew 4% in 2023`, `shrink by 45.1 per cent this year`), which belongs
//! to the statistic's own claim.

use std::ops::Range;

use super::event_words::{event_noun, frame_noun, telling_filler, telling_verb};
use super::{DateMention, When};
use crate::extract::attribution::{Attribution, source_for};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{ClaimKind, Dim, Draft, Value};

/// How many tokens a telling verb may stand before its date.
const TELLING_REACH: usize = 6;
/// How many tokens after a figure a period that frames it may start
/// (`28,526 in the whole of 2021`, `1,500 more than in 2019`).
const FRAME_REACH: usize = 5;
/// Longer lines are prose, not a page's metadata.
const METADATA_LINE: usize = 100;
/// How far back a superlative makes `since 2020` a baseline.
const BASELINE_REACH: usize = 8;

/// The date claims of a text. `figures` are the figure claims already made,
/// in text order (a date right after one frames it); `attrs` the
/// attributions of each sentence.
pub fn drafts(
    t: &Tokens,
    dates: &[DateMention],
    sentences: &[Range<usize>],
    attrs: &[Vec<Attribution>],
    figures: &[Draft],
) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut d = 0;
    for (si, sentence) in sentences.iter().enumerate() {
        let first = t.toks.partition_point(|k| k.start() < sentence.start);
        let last = t.toks.partition_point(|k| k.start() < sentence.end);
        while d < dates.len() && dates[d].first < first {
            d += 1;
        }
        while d < dates.len() && dates[d].first < last {
            let m = &dates[d];
            d += 1;
            // Figures are in text order: only this sentence's can frame.
            let here = figures.partition_point(|f| f.quote.start < sentence.start)
                ..figures.partition_point(|f| f.quote.start < sentence.end);
            let Some(rule) = judge(t, m, first, last, &figures[here]) else {
                continue;
            };
            out.push(Draft {
                kind: ClaimKind::Date,
                quote: m.start..m.end,
                sentence: sentence.clone(),
                dim: Dim::Date,
                value: Value::Date(m.value),
                unit: None,
                qualifier: m.qualifier,
                relative: m.relative.clone().map(Box::new),
                subject: event_near(t, m, first, last).map(str::to_string),
                source: source_for(&attrs[si], m.first).map(|a| a.source.clone()),
                rule: (m.rule, rule),
            });
        }
    }
    out
}

/// The claim rule that keeps `m`, or `None` when it is not a claim.
fn judge(
    t: &Tokens,
    m: &DateMention,
    first: usize,
    last: usize,
    figures: &[Draft],
) -> Option<&'static str> {
    if m.value.is_none() && m.relative.is_none() {
        return None;
    }
    if dateline(t, m, first)
        || metadata(t, m)
        || told_on(t, m, first)
        || statistic_period(t, m, first, last, figures)
        || frames_figure(t, m, first, figures)
        || baseline(t, m, first)
        || target(t, m, first)
    {
        return None;
    }
    Some(if m.relative.is_some() {
        "dated-span"
    } else {
        "dated-event"
    })
}

/// `KYIV, March 3 (Reuters) -` and `March 3 —`: the date opens the
/// sentence, a place at most before it, and a dash or an agency in
/// brackets follows.
fn dateline(t: &Tokens, m: &DateMention, first: usize) -> bool {
    if m.first > first + 4 {
        return false;
    }
    let before_is_place = (first..m.first).all(|i| {
        (t.kind(i) == Some(Kind::Punct) && matches!(t.low(i), "," | "-")) || t.capitalized(i)
    });
    let next = t.low(m.last);
    before_is_place
        && (matches!(next, "-" | "\u{2013}" | "\u{2014}" | "(" | ":") && m.last < t.len())
}

/// `Published 14:05, 9 February 2025`, `Updated 5 September 2024`,
/// `Reporting period: 6-19 May 2024`: the page's own dates.
fn metadata(t: &Tokens, m: &DateMention) -> bool {
    // Look no further than a metadata line can be long, so a huge file on
    // one line costs nothing per date.
    let bytes = t.text.as_bytes();
    let back = m.start.saturating_sub(METADATA_LINE);
    let ahead = (m.end + METADATA_LINE).min(bytes.len());
    let line_start = match bytes[back..m.start].iter().rposition(|&b| b == b'\n') {
        Some(k) => back + k + 1,
        None if back == 0 => 0,
        None => return false,
    };
    let line_end = match bytes[m.end..ahead].iter().position(|&b| b == b'\n') {
        Some(k) => m.end + k,
        None if ahead == bytes.len() => ahead,
        None => return false,
    };
    let line = &t.text[line_start..line_end];
    line.len() <= METADATA_LINE && crate::article::publishing_cue(line)
}

/// `29,437 people crossed in all of 2023`, `43 people have died ... in
/// 2024`, `since July` for a running total: a month or a year in the clause
/// of a figure is the period the figure covers, unless the clause names an
/// event it could date (`Typhoon Haiyan ... in 2013`, `a truce in November
/// 2022`).
fn statistic_period(
    t: &Tokens,
    m: &DateMention,
    first: usize,
    last: usize,
    figures: &[Draft],
) -> bool {
    let coarse = period(m);
    // `stood at 118,882 at the end of June`, `as of March`: a point in
    // time, which dates the count.
    let before = |back: usize| m.first.checked_sub(back).map_or("", |i| t.low(i));
    let point =
        before(1) == "at" || t.low(m.first) == "at" || (before(2) == "as" && before(1) == "of");
    if !coarse || point {
        return false;
    }
    let clause = clause_around(t, m, first, last);
    let (from, to) = (t.toks[clause.start].start(), t.toks[clause.end - 1].end());
    let figure_here = figures
        .iter()
        .any(|f| f.quote.start >= from && f.quote.end <= to);
    figure_here && !clause.clone().any(|i| named_event(t.low(i)))
}

/// Tokens of the clause holding `m`: up to a comma, semicolon, colon or
/// dash on either side, within the sentence.
fn clause_around(t: &Tokens, m: &DateMention, first: usize, last: usize) -> Range<usize> {
    let stop = |i: usize| {
        matches!(
            t.low(i),
            "," | ";" | ":" | "\u{2013}" | "\u{2014}" | "(" | ")"
        )
    };
    let start = (first..m.first)
        .rev()
        .find(|&i| stop(i))
        .map_or(first, |i| i + 1);
    let end = (m.last..last).find(|&i| stop(i)).unwrap_or(last);
    start..end.max(m.last)
}

/// Nouns that name an event a date can date (not verbs: `crossed` and
/// `died` report the counted, they are not dated events of their own).
fn named_event(w: &str) -> bool {
    !w.ends_with("ed")
        && event_noun(w).is_some_and(|e| {
            matches!(
                e,
                "storm"
                    | "earthquake"
                    | "flood"
                    | "attack"
                    | "strike"
                    | "invasion"
                    | "ceasefire"
                    | "election"
                    | "offensive"
                    | "summit"
                    | "meeting"
                    | "agreement"
                    | "explosion"
                    | "fire"
                    | "coup"
                    | "protest"
                    | "outbreak"
                    | "talks"
                    | "visit"
                    | "ruling"
                    | "hearing"
                    | "conference"
                    | "exchange"
            )
        })
}

/// A month, a year or a week: a date that can be the period a figure covers.
fn period(m: &DateMention) -> bool {
    m.value
        .is_some_and(|v| !matches!(v, When::Day(_)) || m.qualifier == Some("week"))
}

/// `said on Tuesday`, `told reporters in Huangshan on Wednesday`.
fn told_on(t: &Tokens, m: &DateMention, first: usize) -> bool {
    let mut i = m.first;
    let floor = m.first.saturating_sub(TELLING_REACH).max(first);
    while i > floor {
        i -= 1;
        let w = t.low(i);
        if telling_verb(w) {
            return true;
        }
        if !telling_filler(w) && !t.capitalized(i) {
            return false;
        }
    }
    false
}

/// A month, a year or a period right after a statistic (`grew 4% in 2023`,
/// `45.1 per cent this year`, `28,526 in the whole of 2021`): the figure's
/// period, not an event's date. Counts of people (`6,300 people dead ... in
/// 2013`) and lengths of events (`a three-day truce in November`) date an
/// event, so they do not frame.
fn frames_figure(t: &Tokens, m: &DateMention, first: usize, figures: &[Draft]) -> bool {
    if !period(m) {
        return false;
    }
    let start = t.toks[m.first].start();
    let floor = m.first.saturating_sub(FRAME_REACH).max(first);
    figures.iter().any(|f| {
        let duration = f.dim == Dim::Duration
            || f.unit
                .is_some_and(|u| matches!(u, "days" | "weeks" | "months" | "years" | "hours"));
        if duration || f.quote.end > start {
            return false;
        }
        // Only period words between the figure and the date; a count of
        // people needs words that make the date a period (`in the whole
        // of`, `than in`), since `killed 40 people in March` dates an event.
        let after = t.toks.partition_point(|k| k.start() < f.quote.end);
        let between = after..m.first;
        after >= floor
            && between.clone().all(|i| period_word(t.low(i)))
            && (f.kind == ClaimKind::Quantity
                || between.clone().any(|i| {
                    matches!(
                        t.low(i),
                        "whole" | "than" | "during" | "for" | "over" | "through" | "compared"
                    )
                }))
    })
}

/// `will cut 3,100 jobs by 2026`, `aims to ... by 2030`: a target's
/// deadline, which a fact-checker cannot check until it passes.
fn target(t: &Tokens, m: &DateMention, first: usize) -> bool {
    m.qualifier.is_some_and(|q| q.starts_with("by"))
        && (first..m.first).any(|i| {
            matches!(
                t.low(i),
                "will"
                    | "would"
                    | "aims"
                    | "aim"
                    | "plans"
                    | "plan"
                    | "target"
                    | "targets"
                    | "projected"
                    | "forecast"
                    | "expected"
                    | "expects"
                    | "pledged"
                    | "promised"
                    | "intends"
                    | "wants"
                    | "goal"
                    | "set"
            )
        })
}

/// Words that join a figure to the period it covers.
fn period_word(w: &str) -> bool {
    matches!(
        w,
        "in" | "during"
            | "for"
            | "over"
            | "by"
            | "through"
            | "the"
            | "whole"
            | "of"
            | "first"
            | "second"
            | "half"
            | "than"
            | "more"
            | "less"
            | "compared"
            | "with"
            | ","
            | "from"
            | "to"
            | "as"
            | "a"
            | "year"
            | "earlier"
            | "ago"
    )
}

/// `the biggest one-day fall since 2020`, `the first time since 2010`: the
/// date is the baseline of a comparison; the checkable claim is the record.
fn baseline(t: &Tokens, m: &DateMention, first: usize) -> bool {
    // `since 2020`, or a year or month (`the deadliest incident this year`).
    let coarse = m.value.is_some_and(|v| !matches!(v, When::Day(_)));
    if m.qualifier != Some("since") && !coarse {
        return false;
    }
    let floor = m.first.saturating_sub(BASELINE_REACH).max(first);
    (floor..m.first).any(|i| {
        let w = t.low(i);
        matches!(
            w,
            "first" | "most" | "least" | "record" | "lowest" | "highest" | "worst" | "best"
        ) || (w.len() > 4
            && w.ends_with("est")
            && !matches!(
                w,
                "interest"
                    | "forest"
                    | "protest"
                    | "request"
                    | "arrest"
                    | "harvest"
                    | "contest"
                    | "suggest"
                    | "invest"
            ))
    })
}

/// The event the date dates, as a noun: the nearest event word before it in
/// the sentence, else after it. `the start of the invasion on February 24`
/// dates the invasion's start, so framing nouns give way to what follows.
fn event_near(t: &Tokens, m: &DateMention, first: usize, last: usize) -> Option<&'static str> {
    let named = |i: usize| {
        let w = t.low(i);
        let framing = frame_noun(w) && t.low(i + 1) == "of";
        event_noun(w).filter(|e| !framing && !aspect(e))
    };
    (first..m.first)
        .rev()
        .find_map(named)
        .or_else(|| (m.last..last).find_map(named))
        .or_else(|| (first..last).find_map(|i| event_noun(t.low(i))))
}

/// `began`, `ended`: they say which part of an event the date marks; the
/// event is the noun they go with (`The invasion began on February 24`).
fn aspect(event: &str) -> bool {
    matches!(event, "start" | "end" | "entry into force")
}
