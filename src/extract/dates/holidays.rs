//! Holidays whose date is a rule of the calendar, not knowledge about the
//! world: fixed days (`Christmas`, `New Year's Eve`, `Halloween`,
//! `Valentine's Day`, `Independence Day`), the Western Easter cycle (the
//! Gregorian computus, then `Good Friday` two days before, `Pentecost`
//! 49 days after) and `Black Friday`, the day after the fourth Thursday of
//! November. Lunar and national calendars (Eid, Diwali, Chinese New Year,
//! Thanksgiving, Labor Day) are not dated: which one is meant, and when it
//! falls, depends on the country or on an observation.
//!
//! A holiday without a year is resolved like a day and month without one:
//! the publication year's, unless the clause looks back and it falls after
//! publication, or looks forward and it falls before. `last Easter` is the
//! latest one strictly before publication, `next Easter` the first after.
//!
//! A single-word name (`Christmas`, `Easter`, `Halloween`, `New Year`) is a
//! date only after a preposition or a pointer (`on Christmas`, `before
//! Easter`, `last Halloween`) or before a year: `Christmas tree` and
//! `Easter eggs` are things. No name is a date when a noun follows it
//! (`Christmas shopping`, `Independence Day parade`).

use chrono::{Datelike, NaiveDate};

use super::holiday_names::{NAMES, Needs, Rule, may_start};
use super::parts::year_at;
use super::resolve::{Tense, tense};
use super::{Ctx, Found, When};

/// Words after a name that keep it a date: function words, verbs that
/// begin a clause, parts of the day.
const AFTER_OK: &[&str] = &[
    "and",
    "or",
    "but",
    "when",
    "while",
    "as",
    "that",
    "which",
    "the",
    "a",
    "an",
    "this",
    "last",
    "next",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "its",
    "our",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "had",
    "has",
    "have",
    "fell",
    "falls",
    "came",
    "comes",
    "in",
    "on",
    "at",
    "with",
    "for",
    "to",
    "from",
    "by",
    "after",
    "before",
    "until",
    "since",
    "of",
    "morning",
    "afternoon",
    "evening",
    "night",
    "itself",
];

/// Words before a single-word name that make it a date.
fn leads(w: &str) -> bool {
    matches!(
        w,
        "on" | "at"
            | "over"
            | "before"
            | "after"
            | "until"
            | "till"
            | "since"
            | "by"
            | "around"
            | "during"
            | "from"
            | "through"
            | "to"
            | "ahead"
    )
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Bare,
    This,
    Last,
    Next,
}

pub(super) fn at(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let (which, j) = match t.low(i) {
        "this" => (Which::This, i + 1),
        "last" | "previous" | "past" => (Which::Last, i + 1),
        "next" | "following" | "coming" | "upcoming" => (Which::Next, i + 1),
        _ => (Which::Bare, i),
    };
    if j > i && !t.same_run(j) {
        return None;
    }
    if !may_start(t.low(j)) {
        return None;
    }
    let (rule, needs, end) = name_at(c, j)?;
    // `Ukraine's Independence Day`, `Orthodox Easter`, `Lunar New Year`:
    // another calendar's.
    if j == i && i > 0 && t.same_run(i) {
        let prev = t.low(i - 1);
        let other = matches!(
            prev,
            "orthodox" | "lunar" | "chinese" | "jewish" | "persian" | "islamic" | "canadian"
        ) || (prev.ends_with("'s") || prev.ends_with("’s"))
            || t.raw(i - 1) == "'"
            || (t.is_word(i - 1)
                && t.capitalized(i - 1)
                && !super::months::sentence_start(c, i - 1)
                && !matches!(prev, "us" | "american" | "america's"));
        if other {
            return None;
        }
    }
    // A year: `Christmas 2014`, `Easter of 2018`, `Independence Day of
    // this year`.
    let k = if t.low(end) == "of" || t.raw(end) == "," {
        end + 1
    } else {
        end
    };
    let mut year = None;
    let mut last = end;
    if t.same_run(k)
        && let Some((y, next)) = year_at(t, k)
    {
        year = Some(y);
        last = next;
    } else if t.low(end) == "of"
        && t.low(end + 2) == "year"
        && let Some(p) = c.published
    {
        let delta = match t.low(end + 1) {
            "this" => Some(0),
            "last" => Some(-1),
            "next" => Some(1),
            _ => None,
        };
        if let Some(d) = delta {
            year = Some(p.year() + d);
            last = end + 3;
        }
    }
    if year.is_none() && !after_ok(c, end) {
        return None;
    }
    if needs == Needs::Year && year.is_none() {
        return None;
    }
    if needs == Needs::Lead && which == Which::Bare && year.is_none() {
        let led = i > 0 && t.same_run(i) && leads(t.low(i - 1));
        if !led {
            return None;
        }
    }
    let value = match (year, c.published) {
        (Some(y), _) => rule.in_year(y),
        (None, Some(p)) => resolve(p, rule, which, || tense(t, i, last)),
        (None, None) => None,
    };
    let rule_name = if year.is_some() {
        "holiday-year"
    } else if which == Which::Bare {
        "holiday"
    } else {
        "holiday-pointed"
    };
    Some(Found::new(i, last, value.map(When::Day), rule_name))
}

/// The longest holiday name at `i`: its rule, what it needs around it,
/// and the token after it.
fn name_at(c: &Ctx, i: usize) -> Option<(Rule, Needs, usize)> {
    let t = c.t;
    let mut best: Option<(Rule, Needs, usize)> = None;
    let first = t.low(i);
    for (words, rule, needs) in NAMES {
        if !same_word(first, words[0]) {
            continue;
        }
        let fits = words
            .iter()
            .enumerate()
            .skip(1)
            .all(|(n, w)| same_word(t.low(i + n), w) && t.same_run(i + n));
        let end = i + words.len();
        if fits && best.is_none_or(|b| end > b.2) {
            best = Some((*rule, *needs, end));
        }
    }
    best
}

/// `year’s` is `year's`.
fn same_word(low: &str, w: &str) -> bool {
    if low.contains('’') {
        low.replace('’', "'") == w
    } else {
        low == w
    }
}

/// Whether the token after a name leaves it a date.
fn after_ok(c: &Ctx, k: usize) -> bool {
    let t = c.t;
    if k >= t.len() || !t.same_run(k) || !t.is_word(k) {
        return true;
    }
    AFTER_OK.contains(&t.low(k)) || super::lexicon::weekday_word(t.low(k)).is_some()
}

fn resolve(p: NaiveDate, rule: Rule, which: Which, tense: impl Fn() -> Tense) -> Option<NaiveDate> {
    let y = p.year();
    let this = rule.in_year(y)?;
    Some(match which {
        Which::This => this,
        Which::Last if this < p => this,
        Which::Last => rule.in_year(y - 1)?,
        Which::Next if this > p => this,
        Which::Next => rule.in_year(y + 1)?,
        Which::Bare => match tense() {
            Tense::Past if this > p => rule.in_year(y - 1)?,
            Tense::Forward if this < p => rule.in_year(y + 1)?,
            _ => this,
        },
    })
}
