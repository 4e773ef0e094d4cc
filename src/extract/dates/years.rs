//! Years, decades and seasons: `in 2021`, `since 2019`, `2019-2021`,
//! `the 1990s`, `spring 2021`, `the year 2008`.
//!
//! A bare four-digit number is a year only where a date word governs it:
//! a preposition (`in`, `since`, `by`, `until`, `of`...), a part (`early
//! 2021`), `the year`, a season, or a list of years (`in 2007 and 2009`).
//! Before an event's name it dates the event (`the 1999 quake`, `the 2021
//! election`). Elsewhere it is a count or part of a name (`Vision 2030` is
//! a plan, `the 2022 budget` a document; `2,021 people` is a count).

use super::lexicon::{month_word, part_word, season_word, year_preposition};
use super::parts::{counted_after, glued_left, glued_right, plain_digits, year_at};
use super::{Ctx, Found, When};
use crate::extract::tokens::Kind;

pub(super) fn at(c: &Ctx, i: usize) -> Vec<Found> {
    if let Some(f) = decade(c, i)
        .or_else(|| season(c, i))
        .or_else(|| calendar_year(c, i))
    {
        return vec![f];
    }
    if let Some(pair) = range(c, i) {
        return pair;
    }
    year(c, i).into_iter().collect()
}

/// A year that stands free: not glued to other digits, not counting what
/// follows it.
fn free_year(c: &Ctx, i: usize) -> Option<(i32, usize)> {
    let t = c.t;
    let part_dash = i >= 2 && t.raw(i - 1) == "-" && part_word(t.low(i - 2)).is_some();
    if glued_left(t, i) && !part_dash {
        return None;
    }
    let (y, next) = year_at(t, i)?;
    if glued_right(t, next) || counted_after(t, next) || t.raw(next) == "%" {
        return None;
    }
    // `in 2000 homes` is caught above; `in 1200 cases` too. Digits read as
    // a year only in a plausible range for news.
    if t.kind(i) == Some(Kind::Digits) && !(1800..=2100).contains(&y) {
        return None;
    }
    // An era mark: `2014 AD`.
    let next = if matches!(t.low(next), "ad" | "ce") && t.same_line(next) {
        next + 1
    } else if t.low(next) == "a" && t.raw(next + 1) == "." && t.low(next + 2) == "d" {
        next + 3 + usize::from(t.raw(next + 3) == ".")
    } else {
        next
    };
    Some((y, next))
}

fn year_context(c: &Ctx, i: usize) -> bool {
    let t = c.t;
    if i == 0 || !t.same_run(i) {
        return false;
    }
    let prev = t.low(i - 1);
    if year_preposition(prev) || part_word(prev).is_some() {
        return true;
    }
    if prev == "-" && i >= 2 && t.glued(i) && part_word(t.low(i - 2)).is_some() {
        return true; // mid-2021
    }
    if prev == "year" {
        return true; // the year 2008, fiscal year 2020
    }
    if prev == "to" && i >= 2 && t.low(i - 2) == "prior" {
        return true;
    }
    // `in 2007 and 2009`: a list of years runs on.
    matches!(prev, "and" | "or" | ",") && i >= 2 && c.year_before == Some(i - 2)
}

fn year(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if !year_context(c, i) {
        return event_year(c, i);
    }
    let (y, next) = free_year(c, i)?;
    let first = match (t.low(i - 1), i.checked_sub(2).map(|k| t.low(k))) {
        ("year", Some("calendar" | "fiscal" | "financial")) => i - 2,
        ("year", _) => i - 1,
        _ => i,
    };
    if let Some((month, last)) = month_after_year(c, next) {
        let value = Some(When::Month { year: y, month });
        return Some(Found::new(first, last, value, "year-month"));
    }
    Some(Found::new(first, next, Some(When::Year(y)), "year"))
}

/// `the 1999 quake`, `the 1974 Carnation Revolution`: a year before an
/// event's name dates the event. A year before any other noun names a
/// thing (`the 2022 budget`, `the 2021 model`), which is not a date.
fn event_year(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if i == 0 || t.low(i - 1) != "the" || t.raw(i).len() != 4 {
        return None;
    }
    let (y, next) = free_year(c, i)?;
    // The event noun itself, or one capitalized word of its name before it.
    let noun = if t.capitalized(next) && !disaster_or_event(t.low(next)) {
        next + 1
    } else {
        next
    };
    (t.same_run(next) && disaster_or_event(t.low(noun)))
        .then(|| Found::new(i, next, Some(When::Year(y)), "year-of-event"))
}

/// Events a year before them dates.
fn disaster_or_event(w: &str) -> bool {
    matches!(
        w.strip_suffix('s').unwrap_or(w),
        "quake"
            | "earthquake"
            | "tsunami"
            | "flood"
            | "storm"
            | "hurricane"
            | "typhoon"
            | "cyclone"
            | "wildfire"
            | "eruption"
            | "famine"
            | "drought"
            | "election"
            | "referendum"
            | "war"
            | "invasion"
            | "coup"
            | "revolution"
            | "uprising"
            | "massacre"
            | "attack"
            | "bombing"
            | "riot"
            | "protest"
            | "crash"
            | "ceasefire"
            | "truce"
            | "summit"
            | "accord"
            | "treaty"
            | "genocide"
            | "siege"
            | "offensive"
            | "disaster"
            | "blast"
            | "explosion"
            | "outbreak"
            | "epidemic"
            | "pandemic"
    )
}

/// `in 2017 April`: the order some copy (often by writers whose first
/// language puts the year first) gives a month in. A full month name
/// that no name or verb reading can claim: not `may`, `March` and `August`
/// only capitalized, and no capitalized word after it (`in 2017 April
/// Ryan`).
fn month_after_year(c: &Ctx, k: usize) -> Option<(u32, usize)> {
    let t = c.t;
    if !t.same_run(k) || !t.is_word(k) {
        return None;
    }
    let w = t.low(k);
    let (month, full) = month_word(w)?;
    if !full || w == "may" || matches!(w, "march" | "august") && !t.capitalized(k) {
        return None;
    }
    let next = k + 1;
    let name_after = next < t.len() && t.same_run(next) && t.is_word(next) && t.capitalized(next);
    let day_after = next < t.len() && t.same_run(next) && t.kind(next) == Some(Kind::Digits);
    (!name_after && !day_after).then_some((month, next))
}

/// `CY2022`, `CY 2008`, `cy18`: a calendar year as business copy marks it
/// beside fiscal years (`FY` years are the issuer's own and not dated).
fn calendar_year(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if t.low(i) != "cy" || !t.same_run(i + 1) {
        return None;
    }
    let k = i + 1;
    let digits = plain_digits(t, k, 4)?;
    let len = t.raw(k).len();
    let y = match len {
        4 => year_at(t, k)?.0,
        2 if t.glued(k) => super::numeric::century(c, digits),
        _ => return None,
    };
    if glued_right(t, k + 1) || counted_after(t, k + 1) {
        return None;
    }
    Some(Found::new(
        i,
        k + 1,
        Some(When::Year(y)),
        "calendar-year-mark",
    ))
}

/// `2019-2021`, `2019–21`? no: both years in full, rising, free of other
/// digits: the two ends as two mentions, bounded `from` and `until`.
fn range(c: &Ctx, i: usize) -> Option<Vec<Found>> {
    let t = c.t;
    if t.kind(i) != Some(Kind::Digits) || glued_left(t, i) {
        return None;
    }
    let (a, j) = year_at(t, i)?;
    if !matches!(t.raw(j), "-" | "–" | "—") || !t.glued(j) || !t.glued(j + 1) {
        return None;
    }
    let (b, k) = year_at(t, j + 1)?;
    if b <= a || b - a > 100 || glued_right(t, k) || !(1800..=2100).contains(&a) {
        return None;
    }
    let mut from = Found::new(i, j, Some(When::Year(a)), "year-range");
    from.qualifier = Some("from");
    let mut to = Found::new(j + 1, k, Some(When::Year(b)), "year-range");
    to.qualifier = Some("until");
    Some(vec![from, to])
}

/// `the 1990s`, `1990s`, `the '90s`, `the 2000s`.
fn decade(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let start = if t.raw(i) == "'" || t.raw(i) == "’" {
        i + 1
    } else {
        i
    };
    let n = plain_digits(t, start, 4)?;
    let len = t.raw(start).len();
    if !(t.glued(start + 1) && t.low(start + 1) == "s") || n % 10 != 0 || glued_left(t, i) {
        return None;
    }
    let y = match len {
        4 if (1000..=2100).contains(&n) => i32::try_from(n).ok()?,
        2 if start > i => 1900 + i32::try_from(n).ok()?,
        _ => return None,
    };
    let first = if i > 0 && t.low(i - 1) == "the" && t.same_run(i) {
        i - 1
    } else {
        i
    };
    Some(Found::new(
        first,
        start + 2,
        Some(When::Decade(y)),
        "decade",
    ))
}

/// `spring 2021`, `the summer of 2020`: the year, the season as qualifier.
fn season(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let s = season_word(t.low(i))?;
    let j = if t.low(i + 1) == "of" { i + 2 } else { i + 1 };
    if !t.same_run(j) {
        return None;
    }
    let (y, next) = free_year(c, j)?;
    let first = if i > 0 && t.low(i - 1) == "the" {
        i - 1
    } else {
        i
    };
    let mut f = Found::new(first, next, Some(When::Year(y)), "season-year");
    f.qualifier = Some(s);
    Some(f)
}
