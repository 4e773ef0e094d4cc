//! Dates relative to publication or to another date: `yesterday`, `last
//! week`, `this year`, `two days ago`, `a week earlier`, and spans from an
//! event the text names (`20 days before Russia's invasion`).
//!
//! An event-relative span keeps its offset and its anchor. The anchor is
//! the noun phrase after `before`/`after`, up to punctuation, a
//! conjunction or any preposition but `of`: `two days before the virtual
//! summit between China and the EU` anchors on `the virtual summit` (the
//! head and what it is `of`: `the start of the attack`). When the anchor
//! is itself a date (`two weeks before May 13 1999`) the span resolves;
//! otherwise its value stays unknown here.
//!
//! `the last week` and `the next year` (with `the`) are durations (`in the
//! last week, prices rose`), not the calendar week; `last week` alone is
//! the calendar week, given as its Monday with the qualifier `week`.

use chrono::{Datelike, Days};

use super::lexicon::step_word;
use super::resolve::{Tense, shift, tense, weekday_of_week};
use super::{Ctx, Found, Relative, Step, When};
use crate::extract::tokens::Kind;

pub(super) fn at(c: &Ctx, i: usize) -> Option<Found> {
    upcoming(c, i)
        .or_else(|| deictic(c, i))
        .or_else(|| calendar_unit(c, i))
        .or_else(|| the_day(c, i))
        .or_else(|| offset(c, i, false))
}

/// An offset from publication or from a date at `i`, landing on a day
/// whatever its step: a weekday placed in the week it lands in
/// (`Thursday, two years from now`) needs the day a year step keeps only
/// as a month.
pub(super) fn offset_to_day(c: &Ctx, i: usize) -> Option<Found> {
    offset(c, i, true)
}

/// `today`, `yesterday`, `tomorrow`, `the day before yesterday`.
fn deictic(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let days: i64 = match t.low(i) {
        "today" => 0,
        "yesterday" => -1,
        // `tmrw` is how chat and social posts quoted in copy spell it.
        "tomorrow" | "tomorrows" | "tmrw" => 1,
        _ => return None,
    };
    // `today's` is still today; `Today` the programme is rare enough.
    let value = c
        .published
        .and_then(|p| p.checked_add_signed(chrono::Duration::days(days)))
        .map(When::Day);
    Some(Found::new(i, i + 1, value, "deictic"))
}

/// `last week`, `this month`, `next year`, `earlier this year`.
fn calendar_unit(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let (first, qual) = match t.low(i) {
        "earlier" | "later" if t.same_run(i + 1) => (i + 1, Some(t.low(i))),
        _ => (i, None),
    };
    let k: i32 = match t.low(first) {
        "this" | "current" => 0,
        "last" | "past" | "previous" => -1,
        "next" | "coming" => 1,
        _ => return None,
    };
    if qual.is_some() && k != 0 {
        return None;
    }
    // `this calendar year`, `last fiscal year`
    let skip = usize::from(matches!(
        t.low(first + 1),
        "calendar" | "fiscal" | "financial"
    ));
    let unit = t.low(first + 1 + skip);
    if !t.same_run(first + 1) {
        return None;
    }
    // `the last year` is a duration; `the past week` too.
    if i > 0 && matches!(t.low(i - 1), "the" | "over" | "for" | "within") && qual.is_none() {
        return None;
    }
    if k == -1 && t.low(first) == "past" {
        return None; // `past year` reads as the twelve months before
    }
    let p = c.published;
    let (value, rule, week) = match unit {
        "week" => (
            p.and_then(|p| weekday_of_week(p, chrono::Weekday::Mon, i64::from(k)))
                .map(When::Day),
            "calendar-week",
            true,
        ),
        "month" => (
            p.and_then(|p| p.with_day(1)?.checked_add_signed(chrono::Duration::days(0)))
                .and_then(|d| shift(d, k, Step::Months))
                .map(|d| When::Month {
                    year: d.year(),
                    month: d.month(),
                }),
            "calendar-month",
            false,
        ),
        "year" | "yr" => (p.map(|p| When::Year(p.year() + k)), "calendar-year", false),
        _ => return None,
    };
    if skip == 1 && unit != "year" {
        return None;
    }
    let mut f = Found::new(i, first + 2 + skip, value, rule);
    f.qualifier = match (qual, week) {
        (Some("earlier"), _) => Some("earlier"),
        (Some(_), _) => Some("later"),
        (None, true) => Some("week"),
        (None, false) => None,
    };
    Some(f)
}

/// `the day before`, `the next day`, `the following day`, `the day after
/// the vote`.
fn the_day(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if t.low(i) != "the" {
        return None;
    }
    let (amount, last) = match (t.low(i + 1), t.low(i + 2), t.low(i + 3)) {
        ("day", "before", "yesterday") => {
            let v = c.published.and_then(|p| p.checked_sub_days(Days::new(2)));
            return Some(Found::new(i, i + 4, v.map(When::Day), "deictic"));
        }
        ("day", "after", "tomorrow") => {
            let v = c.published.and_then(|p| p.checked_add_days(Days::new(2)));
            return Some(Found::new(i, i + 4, v.map(When::Day), "deictic"));
        }
        ("next" | "following", "day", _) => (1, i + 3),
        ("previous", "day", _) => (-1, i + 3),
        ("day", "before", _) => (-1, i + 3),
        ("day", "after", _) => (1, i + 3),
        _ => return None,
    };
    if matches!(t.low(last - 1), "before" | "after")
        && let Some(f) = anchored(c, i, last, amount, Step::Days)
    {
        return Some(f);
    }
    let mut f = Found::new(i, last, None, "from-prior");
    f.from_prior = Some((amount, Step::Days));
    Some(f)
}

/// `two days ago`, `a week earlier`, `20 days before Russia's invasion`,
/// `three weeks from now`.
fn offset(c: &Ctx, i: usize, to_day: bool) -> Option<Found> {
    let t = c.t;
    if i > 0 && matches!(t.low(i - 1), "for" | "within" | "over" | "lasting" | "than") {
        return None; // durations
    }
    let (n, j) = c.amount_at(i)?;
    let (step, per) = step_word(t.low(j)).filter(|_| t.same_run(j))?;
    let n = n.checked_mul(per)?;
    let w = t.low(j + 1);
    let end = j + 1 >= t.len() || t.kind(j + 1) == Some(Kind::Punct);
    if !t.same_run(j + 1) && !end {
        return None;
    }
    let p = c.published;
    match w {
        "ago" | "back" => {
            let value = p
                .and_then(|p| shift(p, -n, step))
                .map(|d| at_grain(d, step, to_day));
            Some(Found::new(i, j + 2, value, "ago"))
        }
        "hence" => {
            let value = p
                .and_then(|p| shift(p, n, step))
                .map(|d| at_grain(d, step, to_day));
            Some(Found::new(i, j + 2, value, "from-now"))
        }
        "from" if t.low(j + 2) == "now" => {
            let value = p
                .and_then(|p| shift(p, n, step))
                .map(|d| at_grain(d, step, to_day));
            Some(Found::new(i, j + 3, value, "from-now"))
        }
        "from" => {
            // `three weeks from tomorrow`, `2 weeks from January 15`
            let date = super::spans::date_at(c, j + 2)?;
            let mut f = anchored(c, i, j + 2, n, step)?;
            f.last = f.last.max(date.last);
            f.relative = None;
            f.rule = "offset-from-date";
            Some(f)
        }
        "earlier" | "later" | "before" | "after" | "prior" | "on" => {
            let sign = if matches!(w, "earlier" | "before" | "prior") {
                -1
            } else {
                1
            };
            let mut last = j + 2;
            if w == "prior" {
                if t.low(j + 2) != "to" {
                    return None;
                }
                last += 1;
            }
            if w == "on" && t.low(j + 2) != "from" {
                // `two years on` is no span; `in 3 days on Friday` is one.
                return in_offset(c, i, j, end);
            }
            if matches!(w, "before" | "after" | "prior" | "on")
                && let Some(f) = anchored(c, i, last + usize::from(w == "on"), sign * n, step)
            {
                return Some(f);
            }
            if matches!(w, "before" | "after") && t.same_run(last) && t.is_word(last) {
                return None; // `two days after being elected`, handled above or not a span
            }
            let mut f = Found::new(i, last, None, "from-prior");
            f.from_prior = Some((sign * n, step));
            Some(f)
        }
        _ => in_offset(c, i, j, end),
    }
}

/// `in two weeks` in a forward clause, or ending a clause that has no
/// tense (`in a week of talks` is a duration): the amount at `i`, its
/// unit at `j`.
fn in_offset(c: &Ctx, i: usize, j: usize, end: bool) -> Option<Found> {
    let t = c.t;
    let (n, _) = c.amount_at(i)?;
    let (step, per) = step_word(t.low(j))?;
    let n = n.checked_mul(per)?;
    let tense = tense(t, i, j + 1);
    let on_weekday =
        t.low(j + 1) == "on" && super::lexicon::weekday_word(t.low(j + 2)).is_some_and(|w| !w.1);
    if i > 0
        && t.low(i - 1) == "in"
        && (tense == Tense::Forward || tense == Tense::Plain && (end || on_weekday))
    {
        let value = c.published.and_then(|p| shift(p, n, step)).map(When::Day);
        return Some(Found::new(i - 1, j + 1, value, "in-offset"));
    }
    None
}

/// Offsets from publication land one grain below their step: `two days
/// ago` and `three months ago` on a day, `two years ago` on a month (a
/// year would lose the season; a day would invent one).
fn at_grain(d: chrono::NaiveDate, step: Step, to_day: bool) -> When {
    match step {
        Step::Years if !to_day => When::Month {
            year: d.year(),
            month: d.month(),
        },
        _ => When::Day(d),
    }
}

/// `upcoming two weeks`, `2 upcoming months`: the unit that many ahead,
/// at the unit's grain. `the upcoming two weeks` is a duration.
fn upcoming(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if i > 0
        && matches!(
            t.low(i - 1),
            "the" | "over" | "for" | "within" | "in" | "next"
        )
    {
        return None;
    }
    let (n, j) = if t.low(i) == "upcoming" {
        c.amount_at(i + 1)?
    } else {
        let (n, j) = c.amount_at(i)?;
        if t.low(j) != "upcoming" {
            return None;
        }
        (n, j + 1)
    };
    let (step, per) = step_word(t.low(j))?;
    let n = n.checked_mul(per)?;
    let d = shift(c.published?, n, step);
    let value = d.map(|d| match step {
        Step::Days | Step::Weeks => When::Day(d),
        Step::Months => When::Month {
            year: d.year(),
            month: d.month(),
        },
        Step::Years => When::Year(d.year()),
    });
    Some(Found::new(i, j + 1, value, "upcoming"))
}

/// The span `first..k` followed by its anchor at `k`: a date (resolved) or
/// a noun phrase (kept as the anchor). `that` and `then` anchor on the
/// date before.
fn anchored(c: &Ctx, first: usize, k: usize, amount: i32, step: Step) -> Option<Found> {
    let t = c.t;
    if !t.same_run(k) || k >= t.len() {
        return None;
    }
    if matches!(t.low(k), "that" | "then" | "this") && !t.is_word(k + 1) {
        let mut f = Found::new(first, k + 1, None, "from-prior");
        f.from_prior = Some((amount, step));
        return Some(f);
    }
    if let Some(date) = super::spans::date_at(c, k) {
        let value = date.value.and_then(|v| match (v, step) {
            (When::Day(d), _) => shift(d, amount, step).map(When::Day),
            (When::Month { .. }, Step::Months | Step::Years) => v
                .first_day()
                .and_then(|d| shift(d, amount, step))
                .map(|d| When::Month {
                    year: d.year(),
                    month: d.month(),
                }),
            (When::Year(y), Step::Years) => Some(When::Year(y + amount)),
            _ => None,
        });
        let mut f = Found::new(first, date.last, value, "offset-from-date");
        f.relative = Some(relative(c, amount, step, k, date.last));
        return Some(f);
    }
    let end = anchor_end(c, k);
    if end == k {
        return None;
    }
    let mut f = Found::new(first, end, None, "offset-from-event");
    f.relative = Some(relative(c, amount, step, k, end));
    Some(f)
}

fn relative(c: &Ctx, amount: i32, step: Step, k: usize, end: usize) -> Relative {
    let t = c.t;
    let span = t.toks[k].start()..t.toks[end - 1].end();
    Relative {
        amount,
        step,
        anchor: t.text[span.clone()].to_string(),
        anchor_span: span,
    }
}

/// Where the anchor phrase starting at `k` ends.
fn anchor_end(c: &Ctx, k: usize) -> usize {
    let t = c.t;
    let mut e = k;
    while e < t.len() && e < k + 10 && (e == k || t.same_run(e)) {
        let w = t.low(e);
        let apostrophe_s = matches!(t.raw(e), "’" | "'") && t.glued(e) && t.low(e + 1) == "s";
        if apostrophe_s {
            e += 2;
            continue;
        }
        if t.kind(e) == Some(Kind::Punct) || stop_word(w) {
            break;
        }
        e += 1;
    }
    e
}

fn stop_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "while"
            | "as"
            | "where"
            | "because"
            | "so"
            | "if"
            | "than"
            | "then"
            | "in"
            | "on"
            | "at"
            | "with"
            | "for"
            | "to"
            | "from"
            | "by"
            | "between"
            | "against"
            | "over"
            | "during"
            | "into"
            | "under"
            | "after"
            | "before"
            | "since"
            | "until"
            | "amid"
            | "among"
            | "through"
            | "across"
            | "near"
            | "toward"
            | "towards"
            | "despite"
            | "about"
    )
}
