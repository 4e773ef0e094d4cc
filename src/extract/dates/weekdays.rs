//! Weekdays: `on Tuesday`, `this Wednesday`, `last Friday`, `next
//! Monday`, `Tuesday of last week`, `Monday, Feb 18`, `Sunday 31`.
//!
//! The news rule: a bare weekday (and `this Wednesday`) is the latest such
//! day on or before publication, unless its clause points forward; then
//! it is the next such day after publication (`this Wednesday` on a
//! Wednesday stays that day either way). News style (AP) names the day
//! alone within the past week, so `last Friday` is the Friday of the
//! previous week, as both peer suites read it, and `next Friday` the
//! Friday of next week; `this past Friday` is the latest one strictly
//! before publication and `coming Friday` the first one after it.
//!
//! Abbreviations (`Wed`, `Sun`, `Sat`) are weekdays only with a period or
//! a day number: `Sun` is a newspaper and `sat` a verb. Weekdays inside a
//! name (`Black Friday`, `Super Tuesday`, `Bloody Sunday`) and recurring
//! ones (`every Friday`) are not dates.

use chrono::{NaiveDate, Weekday};

use super::lexicon::step_word;
use super::lexicon::weekday_word;
use super::months::sentence_start;
use super::parts::{counted_after, day_at, glued_right};
use super::resolve::{
    Tense, tense, weekday_after, weekday_and_day, weekday_before, weekday_of_week,
};
use super::{Ctx, Found, When};

/// How the weekday is pointed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Bare,
    This,
    Last,
    Past,
    Next,
    Coming,
    Week(i64),
}

pub(super) fn at(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if let Some(f) = counted_weekdays(c, i) {
        return Some(f);
    }
    // `next week Wednesday`, `last week's Sunday`, `next week on Tuesday`
    if let Some(weeks) = week_word(t.low(i))
        && matches!(t.low(i + 1), "week" | "week's" | "week’s")
    {
        let j = if matches!(t.raw(i + 2), "-" | "on") {
            i + 3
        } else {
            i + 2
        };
        if t.same_run(j)
            && let Some((wd, last)) = weekday_token(c, j)
        {
            return Some(found(c, i, last, wd, Which::Week(weeks), "week-weekday"));
        }
    }
    let (mut which, start) = pointer(c, i);
    let (wd, mut last) = weekday_token(c, start)?;
    if start == i && named_or_recurring(c, i) {
        return None;
    }
    // `Wednesday of next week`, `Wednesday next week`, `Sunday from last week`
    let mut k = if matches!(t.low(last), "of" | "from") {
        last + 1
    } else {
        last
    };
    // `Monday of the following week` (`the next week` is a duration).
    if k > last && t.low(k) == "the" && t.low(k + 1) == "following" {
        k += 1;
    }
    if let Some(weeks) = week_word(t.low(k))
        && t.low(k + 1) == "week"
        && t.same_run(k)
    {
        which = Which::Week(weeks);
        last = k + 2;
    } else if t.low(last) == "after" && t.low(last + 1) == "next" {
        // `Friday after next`: the second one coming.
        let p = c.published;
        let value = p.map(|p| When::Day(weekday_after(p, wd, false) + chrono::Days::new(7)));
        return Some(Found::new(i, last + 2, value, "weekday-after-next"));
    }
    // `Monday, Feb 18`, `Tue May 9`, `this Friday-Jun-15`: the date decides.
    let k = if matches!(t.raw(last), "," | "-" | "(") {
        last + 1
    } else {
        last
    };
    if matches!(which, Which::Bare | Which::This) && t.same_run(k) {
        let date = super::months::at(c, k)
            .or_else(|| super::numeric::at(c, k))
            .or_else(|| super::numeric::after_weekday(c, k, wd));
        if let Some(mut f) = date.filter(|f| {
            f.first == k && f.rule != "month" && matches!(f.value, Some(When::Day(_)) | None)
        }) {
            f.first = i;
            f.rule = "weekday-date";
            if t.raw(k - 1) == "(" && t.raw(f.last) == ")" {
                f.last += 1;
            }
            return Some(f);
        }
        // `Monday 21`, `Tuesday the 19th`
        let k = if t.low(k) == "the" { k + 1 } else { k };
        let digits = t.kind(k) == Some(crate::extract::tokens::Kind::Digits);
        if let Some((day, next)) = day_at(t, k).filter(|_| t.same_run(k))
            && (digits
                || super::lexicon::ordinal_day(t.low(
                    k + usize::from(
                        super::lexicon::tens_word(t.low(k)).is_some() && k + 1 < t.len(),
                    ),
                ))
                .is_some())
            && !(digits && (counted_after(t, next) || glued_right(t, next)))
            && step_word(t.low(next)).is_none()
            && super::lexicon::month_word(t.low(next)).is_none()
            && t.low(next) != "of"
        {
            let forward = tense(t, i, next) == Tense::Forward;
            let value = c
                .published
                .and_then(|p| weekday_and_day(p, wd, day, forward))
                .map(When::Day);
            return Some(Found::new(i, next, value, "weekday-day"));
        }
    }
    // `Monday two weeks from now`, `Sunday 3 weeks after January 15th`
    if which == Which::Bare
        && t.same_run(k)
        && let Some(f) = super::relative::offset_to_day(c, k).filter(|f| f.first == k)
        && OFFSETS.contains(&f.rule)
        && let Some(When::Day(d)) = f.value
    {
        let value = weekday_of_week(d, wd, 0).map(When::Day);
        return Some(Found::new(i, f.last, value, "weekday-of-offset"));
    }
    let rule = if which == Which::Bare {
        "weekday"
    } else {
        "weekday-pointed"
    };
    Some(found(c, i, last, wd, which, rule))
}

/// Offsets that land on a day a weekday can be placed in.
const OFFSETS: &[&str] = &["from-now", "in-offset", "offset-from-date"];

/// An offset to a day followed by `on` and a weekday (`in 3 days on
/// Friday`, `3 weeks after Christmas on Friday`): that weekday of the
/// (Monday to Sunday) week the offset lands in, as `next week on Friday`.
pub(super) fn offset_on_weekday(c: &Ctx, f: &mut Found) {
    let t = c.t;
    let Some(When::Day(d)) = f.value else {
        return;
    };
    if !OFFSETS.contains(&f.rule) || t.low(f.last) != "on" || !t.same_run(f.last + 1) {
        return;
    }
    let Some((wd, false)) = weekday_word(t.low(f.last + 1)) else {
        return;
    };
    f.value = weekday_of_week(d, wd, 0).map(When::Day);
    f.last += 2;
    f.rule = "offset-on-weekday";
    f.relative = None;
}

fn found(
    c: &Ctx,
    first: usize,
    last: usize,
    wd: Weekday,
    which: Which,
    rule: &'static str,
) -> Found {
    let forward = || tense(c.t, first, last) == Tense::Forward;
    let value = c
        .published
        .and_then(|p| resolve(p, wd, which, forward))
        .map(When::Day);
    Found::new(first, last, value, rule)
}

fn resolve(
    p: NaiveDate,
    wd: Weekday,
    which: Which,
    forward: impl Fn() -> bool,
) -> Option<NaiveDate> {
    Some(match which {
        Which::Bare if forward() => weekday_after(p, wd, false),
        Which::Bare => weekday_before(p, wd, true),
        Which::This if forward() => weekday_after(p, wd, true),
        Which::This => weekday_before(p, wd, true),
        Which::Last => weekday_of_week(p, wd, -1)?,
        Which::Past => weekday_before(p, wd, false),
        Which::Next => weekday_of_week(p, wd, 1)?,
        Which::Coming => weekday_after(p, wd, false),
        Which::Week(k) => weekday_of_week(p, wd, k)?,
    })
}

fn week_word(w: &str) -> Option<i64> {
    match w {
        "this" | "current" => Some(0),
        "last" | "previous" | "past" => Some(-1),
        "next" | "following" => Some(1),
        _ => None,
    }
}

/// The pointer before a weekday (`this`, `last`, `this past`, `coming`)
/// and where the weekday starts.
fn pointer(c: &Ctx, i: usize) -> (Which, usize) {
    let t = c.t;
    let two = (t.low(i), t.low(i + 1));
    let which = match two {
        ("this", "past") => Some((Which::Past, 2)),
        ("this", "coming" | "upcoming") => Some((Which::Coming, 2)),
        ("this", _) => Some((Which::This, 1)),
        ("past", _) => Some((Which::Past, 1)),
        ("last" | "previous", _) => Some((Which::Last, 1)),
        ("next" | "following", _) => Some((Which::Next, 1)),
        ("coming" | "upcoming", _) => Some((Which::Coming, 1)),
        _ => None,
    };
    match which {
        Some((w, n)) if t.same_run(i + n) && weekday_word(t.low(i + n)).is_some() => (w, i + n),
        _ => (Which::Bare, i),
    }
}

/// A weekday word at `i`, with the abbreviation's period or a day number
/// after it: (weekday, next token).
fn weekday_token(c: &Ctx, i: usize) -> Option<(Weekday, usize)> {
    let t = c.t;
    if !t.is_word(i) {
        return None;
    }
    // `Sunday's election`: the possessive dates what follows it.
    let w = t.low(i);
    let (wd, abbrev) = weekday_word(w).or_else(|| {
        w.strip_suffix("'s")
            .and_then(weekday_word)
            .filter(|(_, abbrev)| !abbrev)
    })?;
    if !abbrev {
        return Some((wd, i + 1));
    }
    if t.raw(i + 1) == "." && t.glued(i + 1) {
        return Some((wd, i + 2));
    }
    // After a week (`next week Mon`) or in a list after another weekday
    // (`Mon or Tue`, `Friday and Sat`), capitalized, nothing else is meant.
    if i >= 2 && t.same_run(i) && t.same_run(i - 1) {
        let after_week = t.low(i - 1) == "week" && week_word(t.low(i - 2)).is_some();
        let listed = matches!(t.low(i - 1), "or" | "and" | "," | "&")
            && t.capitalized(i)
            && weekday_token(c, i - 2).is_some();
        if after_week || listed {
            return Some((wd, i + 1));
        }
    }
    let k = if t.raw(i + 1) == "," { i + 2 } else { i + 1 };
    let dated = day_at(t, k).is_some() && t.kind(k) == Some(crate::extract::tokens::Kind::Digits)
        || super::lexicon::month_word(t.low(k)).is_some();
    (dated && t.same_run(k)).then_some((wd, i + 1))
}

/// `Black Friday`, `Super Tuesday`, `every Friday`, `on Fridays`.
fn named_or_recurring(c: &Ctx, i: usize) -> bool {
    let t = c.t;
    if i == 0 || !t.same_line(i) {
        return false;
    }
    let prev = t.low(i - 1);
    if matches!(
        prev,
        "every"
            | "each"
            | "black"
            | "good"
            | "super"
            | "ash"
            | "bloody"
            | "palm"
            | "easter"
            | "holy"
            | "maundy"
            | "cyber"
            | "giving"
            | "shrove"
    ) {
        return true;
    }
    t.is_word(i - 1)
        && t.capitalized(i - 1)
        && !sentence_start(c, i - 1)
        && !matches!(
            prev,
            "on" | "since"
                | "by"
                | "until"
                | "before"
                | "after"
                | "from"
                | "early"
                | "late"
                | "and"
                | "or"
        )
}

/// `3 Fridays from now`, `two Sundays ago`: counted from the first one
/// after (before) publication.
fn counted_weekdays(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let (n, j) = c.amount_at(i).filter(|(_, j)| t.same_run(*j))?;
    let w = t.low(j);
    let wd = weekday_word(w.strip_suffix('s')?)
        .filter(|(_, abbrev)| !abbrev)?
        .0;
    let weeks = u64::try_from(n - 1).ok()?;
    let (last, forward) = match (t.low(j + 1), t.low(j + 2)) {
        ("from", "now" | "today") => (j + 3, true),
        ("hence", _) => (j + 2, true),
        ("ago" | "back", _) => (j + 2, false),
        _ => return None,
    };
    let value = c.published.and_then(|p| {
        if forward {
            weekday_after(p, wd, false).checked_add_days(chrono::Days::new(7 * weeks))
        } else {
            weekday_before(p, wd, false).checked_sub_days(chrono::Days::new(7 * weeks))
        }
    });
    Some(Found::new(
        i,
        last,
        value.map(When::Day),
        "counted-weekdays",
    ))
}
