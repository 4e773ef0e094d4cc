//! Dates built around a month name: `30 March 2022`, `March 30, 2022`,
//! `Feb. 24`, `the 15th of February`, `March 2022`, `April of 1987`,
//! `in March`, `last March`.
//!
//! `May` and `March` are also a verb, a modal and names (`Theresa May`,
//! `a protest march`), and `August` an adjective: alone they are months
//! only where a date word governs them (`in May`, `since March`, `early
//! August`) or a day or year stands beside them.

use chrono::{Datelike, NaiveDate};

use super::lexicon::{part_word, year_preposition};
use super::parts::{counted_after, day_at, joiner, month_at, year_at};
use super::resolve::{day_no_year, month_year, tense};
use super::{Ctx, Found, When};

/// Every month-name rule at token `i`, longest first.
pub(super) fn at(c: &Ctx, i: usize) -> Option<Found> {
    year_month_day(c, i)
        .or_else(|| day_month(c, i))
        .or_else(|| month_day(c, i))
        .or_else(|| month_year_rule(c, i))
        .or_else(|| month_alone(c, i))
        .or_else(|| day_alone(c, i))
}

/// `on the 18th` closing a clause: the latest 18th on or before
/// publication (the next one in a forward clause). Followed by a word it is
/// an ordinal (`on the 18th floor`).
fn day_alone(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if t.low(i) != "on" || t.low(i + 1) != "the" {
        return None;
    }
    let (day, last) = day_at(t, i + 2)?;
    let ordinal = last == i + 4 && t.kind(i + 2) == Some(super::super::tokens::Kind::Digits)
        || super::lexicon::ordinal_day(t.low(last - 1)).is_some();
    let closes = last >= t.len() || matches!(t.raw(last), "." | "," | ";" | "!" | "?");
    if !ordinal || !closes {
        return None;
    }
    let value = c.published.and_then(|p| {
        let forward = tense(t, i, last) == super::resolve::Tense::Forward;
        let this = p.with_day(day);
        let pick = |m: NaiveDate| m.with_day(day);
        let start = p.with_day(1)?;
        match this {
            Some(d) if (d <= p) != forward || d == p => Some(d),
            _ => (1..=3).find_map(|k| {
                let m = if forward {
                    start.checked_add_months(chrono::Months::new(k))?
                } else {
                    start.checked_sub_months(chrono::Months::new(k))?
                };
                pick(m)
            }),
        }
    });
    Some(Found::new(
        i + 1,
        last,
        value.map(When::Day),
        "day-of-month",
    ))
}

/// `2019/aug/01`, `2019-aug-1`: year, month name and day joined.
fn year_month_day(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if t.kind(i) != Some(super::super::tokens::Kind::Digits) || super::parts::glued_left(t, i) {
        return None;
    }
    let (y, j) = year_at(t, i)?;
    joiner(t, j)?;
    let (month, k, _) = month_at(t, j + 1)?;
    joiner(t, k)?;
    let (day, last) = day_at(t, k + 1)?;
    if super::parts::glued_right(t, last) {
        return None;
    }
    let d = NaiveDate::from_ymd_opt(y, month, day)?;
    Some(Found::new(i, last, Some(When::Day(d)), "year-month-day"))
}

/// A year after a day-month or a month: `, 2022`, ` 2022`, `-2016`,
/// ` of 1995`, ` in 2020`.
fn year_after(c: &Ctx, j: usize) -> Option<(i32, usize)> {
    let t = c.t;
    if !t.same_run(j) {
        return None;
    }
    let k = match t.raw(j) {
        "," => j + 1,
        _ if joiner(t, j).is_some() => j + 1,
        _ if matches!(t.low(j), "of" | "in") => j + 1,
        _ => j,
    };
    if k > j && !t.same_run(k) {
        return None;
    }
    let (y, next) = year_at(t, k).or_else(|| {
        // `April of 87`, `15 April of '87`
        let k = if matches!(t.raw(k), "'" | "’") && t.glued(k + 1) {
            k + 1
        } else {
            k
        };
        let yy = super::parts::plain_digits(t, k, 2).filter(|_| t.raw(k).len() == 2)?;
        (t.low(j) == "of" || k > j + 1).then(|| (super::numeric::century(c, yy), k + 1))
    })?;
    if counted_after(t, next) || super::parts::glued_right(t, next) {
        return None;
    }
    // Two-digit years only in a joined form (`31-Oct-74`).
    Some((y, next))
}

/// A two-digit year in a joined form: `31-Oct-74`, `Dec-18`.
fn short_year_after(c: &Ctx, j: usize) -> Option<(i32, usize)> {
    let t = c.t;
    joiner(t, j)?;
    let y = super::parts::plain_digits(t, j + 1, 2)?;
    if t.raw(j + 1).len() != 2 || super::parts::glued_right(t, j + 2) {
        return None;
    }
    Some((super::numeric::century(c, y), j + 2))
}

fn with_year(c: &Ctx, j: usize) -> Option<(i32, usize)> {
    year_after(c, j).or_else(|| short_year_after(c, j))
}

/// The day when no year is given: the publication year, or the year before
/// or after as the clause's tense says.
fn resolve_day(c: &Ctx, first: usize, last: usize, month: u32, day: u32) -> Option<When> {
    let p = c.published?;
    day_no_year(p, month, day, tense(c.t, first, last)).map(When::Day)
}

/// `30 March 2022`, `30th March`, `the 15th of February`, `first of
/// March`, `31-Oct-74`, `14april 2015`.
fn day_month(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let start = if t.low(i) == "the" { i + 1 } else { i };
    if start > i && !t.same_run(start) {
        return None;
    }
    let (day, mut j) = day_at(t, start)?;
    let digits = t.kind(start) == Some(super::super::tokens::Kind::Digits);
    let ordinal = !digits && super::lexicon::ordinal_day(t.low(j - 1)).is_some();
    if start > i && digits && t.low(j) != "of" {
        return None; // `the 30 March` is not how dates are written
    }
    if super::parts::glued_left(t, start) {
        return None;
    }
    if t.low(j) == "day" && t.low(j + 1) == "of" {
        j += 1; // `the twenty third day of September`
    }
    let joined = joiner(t, j).is_some();
    if joined || t.low(j) == "of" && t.same_run(j + 1) {
        j += 1;
    } else if !(t.same_run(j) || t.glued(j)) {
        return None;
    }
    let (month, mut last, full) = month_at(t, j)?;
    if !full && !joined && t.raw(j + 1) != "." && !digits {
        return None; // `fifteen Mar`
    }
    if !digits && !ordinal && matches!(t.low(j), "may" | "march" | "august") && !t.capitalized(j) {
        return None; // `one may ask`
    }
    if i > 0 && matches!(t.raw(i - 1), "$" | "£" | "€") {
        return None; // `$ 12 December 27`: the sum, then the date
    }
    if let Some((y, next)) = with_year(c, last) {
        last = next;
        let d = NaiveDate::from_ymd_opt(y, month, day)?;
        return Some(Found::new(i, last, Some(When::Day(d)), "day-month-year"));
    }
    if joined && t.raw(last) == "-" {
        return None;
    }
    // `12 December 27`: the day belongs after the month.
    if t.same_run(last)
        && super::parts::plain_digits(t, last, 2).is_some_and(|d| (1..=31).contains(&d))
        && !counted_after(t, last + 1)
    {
        return None;
    }
    let value = resolve_day(c, i, last, month, day);
    NaiveDate::from_ymd_opt(2000, month, day)?;
    Some(Found::new(i, last, value, "day-month"))
}

/// `March 30, 2022`, `March 30`, `Feb. 24`, `march third 2015`, `February
/// the 15th`, `Sep-23-2020`, `Dec31 , 1994`.
fn month_day(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let (month, mut j, full) = month_at(t, i)?;
    if full && is_name(c, i) {
        return None;
    }
    let joined = joiner(t, j).is_some();
    if joined || t.low(j) == "the" && t.same_run(j + 1) {
        j += 1;
    } else if t.raw(j) == "," && ordinal_closes(c, j + 1) {
        // `October, 1st.`: an ordinal that ends the phrase; `October, 1st
        // Battalion` is a name.
        j += 1;
    }
    if !(t.same_run(j) || t.glued(j)) {
        return None;
    }
    let (day, last) = day_at(t, j)?;
    let digits = t.kind(j) == Some(super::super::tokens::Kind::Digits);
    // `May five` reads as a modal and a count; `march first` may be a date.
    if !digits
        && matches!(t.low(i), "may" | "march")
        && !t.capitalized(i)
        && super::lexicon::ordinal_day(t.low(last - 1)).is_none()
    {
        return None;
    }
    // `August two thousand and fifteen` is a month and a year.
    if !digits && matches!(t.low(last), "thousand" | "hundred") {
        return None;
    }
    if let Some((y, next)) = with_year(c, last) {
        let d = NaiveDate::from_ymd_opt(y, month, day)?;
        return Some(Found::new(i, next, Some(When::Day(d)), "month-day-year"));
    }
    if digits && (counted_after(t, last) || super::parts::glued_right(t, last)) {
        return None;
    }
    if digits && t.raw(last) == "," && plain_count(c, last + 1) {
        return None;
    }
    NaiveDate::from_ymd_opt(2000, month, day)?;
    let value = resolve_day(c, i, last, month, day);
    Some(Found::new(i, last, value, "month-day"))
}

/// A day ordinal at `k` (`1st`, `first`) followed by punctuation or the end.
fn ordinal_closes(c: &Ctx, k: usize) -> bool {
    let t = c.t;
    let Some((_, next)) = day_at(t, k) else {
        return false;
    };
    let ordinal = next == k + 2 || super::lexicon::ordinal_day(t.low(k)).is_some();
    ordinal
        && t.same_run(k)
        && (next >= t.len() || t.kind(next) == Some(super::super::tokens::Kind::Punct))
}

/// `March 30, 20 people`: a count after the comma, not a year.
fn plain_count(c: &Ctx, k: usize) -> bool {
    super::parts::plain_digits(c.t, k, 4).is_some()
        && year_at(c.t, k).is_none()
        && counted_after(c.t, k + 1)
}

/// `March 2022`, `April of 1987`, `Dec, 2018`, `Dec-2018`.
fn month_year_rule(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let (month, j, full) = month_at(t, i)?;
    if full && is_name(c, i) {
        return None;
    }
    let (y, next) = with_year(c, j)?;
    Some(Found::new(
        i,
        next,
        Some(When::Month { year: y, month }),
        "month-year",
    ))
}

/// A month standing alone, where a date word governs it: `in March`,
/// `since May`, `early February`, `last March`, `this September`.
fn month_alone(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let (month, last, full) = month_at(t, i)?;
    let w = t.low(i);
    let prev = if i > 0 && t.same_run(i) {
        t.low(i - 1)
    } else {
        ""
    };
    let prev = if prev == "-" && i >= 2 && t.glued(i) {
        t.low(i - 2)
    } else {
        prev
    };
    let which = match prev {
        "last" | "past" | "previous" => Some(-1),
        "this" => Some(0),
        "next" | "coming" | "following" => Some(1),
        _ => None,
    };
    let governed = which.is_some()
        || year_preposition(prev)
        || part_word(prev).is_some()
        || matches!(
            prev,
            "to" | "and" | "or" | "early" | "on" | "end" | "start" | "beginning"
        );
    let abbreviated_ok = full || t.raw(i + 1) == "." || governed;
    if !abbreviated_ok {
        return None;
    }
    let risky = matches!(w, "may" | "march" | "august");
    if risky && !governed {
        // `March.` or `March` ending the text: the month; `Theresa May`,
        // `may rise`, `a march`: not.
        let ends = last >= t.len() || matches!(t.raw(last), "," | "." | ";");
        if !(t.capitalized(i) && ends && !is_name(c, i) && w != "may") {
            return None;
        }
    }
    if governed && risky && w == "may" && !t.capitalized(i) && !lower_may_ok(c, i, last) {
        return None;
    }
    if !governed && (is_name(c, i) || !t.capitalized(i) && !full) {
        return None;
    }
    if !governed && !t.capitalized(i) {
        return None;
    }
    let value = c.published.map(|p| {
        let year = match which {
            Some(0) => chrono::Datelike::year(&p),
            Some(k) => {
                let pm = chrono::Datelike::month(&p);
                let y = chrono::Datelike::year(&p);
                if k < 0 {
                    if month < pm { y } else { y - 1 }
                } else if month > pm {
                    y
                } else {
                    y + 1
                }
            }
            None => month_year(p, month, tense(t, i, last)),
        };
        When::Month { year, month }
    });
    let first = if which.is_some() {
        if prev == t.low(i - 1) { i - 1 } else { i - 2 }
    } else {
        i
    };
    Some(Found::new(first, last, value, "month"))
}

/// `in may` in lowercase copy: a month when nothing verb-like follows
/// (`it may be in may`), not in `in may be`.
fn lower_may_ok(c: &Ctx, i: usize, last: usize) -> bool {
    let t = c.t;
    let prev = t.low(i - 1);
    matches!(
        prev,
        "in" | "of" | "since" | "until" | "during" | "early" | "mid" | "late"
    ) && (last >= t.len()
        || t.kind(last) == Some(super::super::tokens::Kind::Punct)
        || matches!(t.low(last), "and" | "or" | "to" | "when"))
}

/// A capitalized month name that is part of a person's name: `Theresa
/// May`, `April Ryan`, `June Carter`.
fn is_name(c: &Ctx, i: usize) -> bool {
    let t = c.t;
    if !t.capitalized(i) {
        return false;
    }
    let prev_name = i > 0
        && t.same_line(i)
        && t.is_word(i - 1)
        && t.capitalized(i - 1)
        && !sentence_start(c, i - 1)
        && super::lexicon::bound_word(t.low(i - 1)).is_none()
        && super::lexicon::weekday_word(t.low(i - 1)).is_none()
        && !year_preposition(t.low(i - 1))
        && !matches!(
            t.low(i - 1),
            "on" | "last" | "this" | "next" | "early" | "mid" | "late" | "the"
        );
    let next_name = t.is_word(i + 1)
        && t.capitalized(i + 1)
        && t.same_line(i + 1)
        && super::lexicon::weekday_word(t.low(i + 1)).is_none()
        && super::lexicon::month_word(t.low(i + 1)).is_none()
        && !matches!(t.low(i + 1), "i");
    prev_name || next_name && !matches!(t.low(i), "january" | "february")
}

/// Whether token `k` starts a sentence.
pub(super) fn sentence_start(c: &Ctx, k: usize) -> bool {
    k == 0 || matches!(c.t.raw(k - 1), "." | "!" | "?" | "\"" | "“") || !c.t.same_line(k)
}
