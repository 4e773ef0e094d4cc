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

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::parts::year_at;
use super::resolve::{Tense, tense, weekday_after};
use super::{Ctx, Found, When};

/// How a holiday falls in a given year.
#[derive(Clone, Copy)]
enum Rule {
    Fixed(u32, u32),
    /// Days from Western Easter Sunday.
    Easter(i64),
    /// Days from the fourth Thursday of November.
    Thanksgiving(u64),
}

impl Rule {
    fn in_year(self, y: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
            Rule::Easter(k) => easter(y)?.checked_add_signed(chrono::Duration::try_days(k)?),
            Rule::Thanksgiving(k) => {
                let first = weekday_after(NaiveDate::from_ymd_opt(y, 11, 1)?, Weekday::Thu, true);
                first.checked_add_days(Days::new(21 + k))
            }
        }
    }
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian algorithm).
pub(super) fn easter(y: i32) -> Option<NaiveDate> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// Names, lowercased and split into tokens (`'s` stays on its word), with
/// whether the name is a single word that needs a preposition before it.
const NAMES: &[(&[&str], Rule, bool)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24), false),
    (&["christmas", "day"], Rule::Fixed(12, 25), false),
    (&["christmas"], Rule::Fixed(12, 25), true),
    (&["xmas"], Rule::Fixed(12, 25), true),
    (&["boxing", "day"], Rule::Fixed(12, 26), false),
    (&["new", "year's", "eve"], Rule::Fixed(12, 31), false),
    (&["new", "years", "eve"], Rule::Fixed(12, 31), false),
    (&["new", "year", "eve"], Rule::Fixed(12, 31), false),
    (&["new", "year's", "day"], Rule::Fixed(1, 1), false),
    (&["new", "years", "day"], Rule::Fixed(1, 1), false),
    (&["new", "year", "day"], Rule::Fixed(1, 1), false),
    (&["new", "year's"], Rule::Fixed(1, 1), true),
    (&["new", "year"], Rule::Fixed(1, 1), true),
    (&["valentine's", "day"], Rule::Fixed(2, 14), false),
    (&["valentines", "day"], Rule::Fixed(2, 14), false),
    (&["valentine", "day"], Rule::Fixed(2, 14), false),
    (&["st", "valentine's", "day"], Rule::Fixed(2, 14), false),
    (&["st", "patrick's", "day"], Rule::Fixed(3, 17), false),
    (&["st", ".", "patrick's", "day"], Rule::Fixed(3, 17), false),
    (&["saint", "patrick's", "day"], Rule::Fixed(3, 17), false),
    (&["st", "patrick's"], Rule::Fixed(3, 17), true),
    (&["st", ".", "patrick's"], Rule::Fixed(3, 17), true),
    (&["april", "fools", "'", "day"], Rule::Fixed(4, 1), false),
    (&["april", "fool's", "day"], Rule::Fixed(4, 1), false),
    (&["april", "fools", "day"], Rule::Fixed(4, 1), false),
    (&["earth", "day"], Rule::Fixed(4, 22), false),
    (
        &["international", "workers", "'", "day"],
        Rule::Fixed(5, 1),
        false,
    ),
    (
        &["international", "workers", "day"],
        Rule::Fixed(5, 1),
        false,
    ),
    (
        &["international", "women's", "day"],
        Rule::Fixed(3, 8),
        false,
    ),
    (&["juneteenth"], Rule::Fixed(6, 19), true),
    (&["independence", "day"], Rule::Fixed(7, 4), false),
    (&["halloween"], Rule::Fixed(10, 31), true),
    (&["armistice", "day"], Rule::Fixed(11, 11), false),
    (&["remembrance", "day"], Rule::Fixed(11, 11), false),
    (&["veterans", "day"], Rule::Fixed(11, 11), false),
    (&["veterans", "'", "day"], Rule::Fixed(11, 11), false),
    (&["easter", "sunday"], Rule::Easter(0), false),
    (&["easter", "day"], Rule::Easter(0), false),
    (&["easter", "monday"], Rule::Easter(1), false),
    (&["easter"], Rule::Easter(0), true),
    (&["good", "friday"], Rule::Easter(-2), false),
    (&["holy", "saturday"], Rule::Easter(-1), false),
    (&["maundy", "thursday"], Rule::Easter(-3), false),
    (&["palm", "sunday"], Rule::Easter(-7), false),
    (&["ash", "wednesday"], Rule::Easter(-46), false),
    (&["shrove", "tuesday"], Rule::Easter(-47), false),
    (&["pentecost"], Rule::Easter(49), true),
    (&["whit", "sunday"], Rule::Easter(49), false),
    (&["ascension", "day"], Rule::Easter(39), false),
    (&["black", "friday"], Rule::Thanksgiving(1), false),
    (&["cyber", "monday"], Rule::Thanksgiving(4), false),
];

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
    let (rule, single, end) = name_at(c, j)?;
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
    if single && which == Which::Bare && year.is_none() {
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

/// The longest holiday name at `i`: its rule, whether it is a single word
/// needing a preposition, and the token after it.
fn name_at(c: &Ctx, i: usize) -> Option<(Rule, bool, usize)> {
    let t = c.t;
    let mut best: Option<(Rule, bool, usize)> = None;
    for (words, rule, single) in NAMES {
        let fits = words
            .iter()
            .enumerate()
            .all(|(n, w)| same_word(t.low(i + n), w) && (n == 0 || t.same_run(i + n)));
        let end = i + words.len();
        if fits && best.is_none_or(|b| end > b.2) {
            best = Some((*rule, *single, end));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computus() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(easter(2018), d(2018, 4, 1));
        assert_eq!(easter(2019), d(2019, 4, 21));
        assert_eq!(easter(2024), d(2024, 3, 31));
        assert_eq!(easter(2038), d(2038, 4, 25));
        assert_eq!(easter(1818), d(1818, 3, 22));
        assert_eq!(Rule::Thanksgiving(1).in_year(2010), d(2010, 11, 26));
    }
}
