//! Days counted within a month: `the first Tuesday of October`, `the last
//! Friday in March 2014`, `the last day of October`, `the 20th of next
//! month`; and months counted within a year: `the third month of 2021`,
//! `the 9th month of next year`. Only a calendar year counts months: `the
//! third month of the war` counts from an event and is no date. The month is read like any month (`October` with no year
//! follows the clause's tense) or relative to publication (`this month`,
//! `last month`).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::lexicon::{month_word, ordinal_day, weekday_word};
use super::parts::{day_at, plain_digits, year_at};
use super::resolve::{month_year, tense};
use super::{Ctx, Found, When};

pub(super) fn at(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let start = if t.low(i) == "the" { i + 1 } else { i };
    let (nth, j) = nth_at(c, start)?;
    if t.low(j) == "month" {
        return month_of_year(c, i, nth, j + 1);
    }
    // `first Tuesday of`, `last day of`, `fifth last day of`, `20th day of`
    let (what, k) = if let Some((wd, _)) = weekday_word(t.low(j)).filter(|w| !w.1) {
        (What::Weekday(wd), j + 1)
    } else if t.low(j) == "last" && t.low(j + 1) == "day" && nth != Nth::Last {
        (What::DayFromEnd, j + 2)
    } else if t.low(j) == "day" {
        (What::Day, j + 1)
    } else {
        (What::Day, j)
    };
    if !matches!(t.low(k), "of" | "in") || !t.same_run(k + 1) {
        return None;
    }
    let (first_day, last) = month_ref(c, k + 1, start, what == What::Day && nth != Nth::Last)?;
    let value = match first_day {
        Some(m) => resolve(m, nth, what),
        None => None,
    };
    Some(Found::new(i, last, value.map(When::Day), "nth-of-month"))
}

/// `the third month of 2021`, `the last month of next year`: the month
/// `nth` of the year at `k` (a year, or `this`/`last`/`next year`).
fn month_of_year(c: &Ctx, i: usize, nth: Nth, k: usize) -> Option<Found> {
    let t = c.t;
    if t.low(k) != "of" || !t.same_run(k + 1) {
        return None;
    }
    let month = match nth {
        Nth::Count(n) if (1..=12).contains(&n) => n,
        Nth::Last => 12,
        Nth::Count(_) => return None,
    };
    let (year, last) = if let Some((y, next)) = year_at(t, k + 1) {
        (Some(y), next)
    } else {
        let shift = match t.low(k + 1) {
            "this" | "current" => 0,
            "next" | "following" => 1,
            "last" | "previous" => -1,
            _ => return None,
        };
        if t.low(k + 2) != "year" {
            return None;
        }
        (c.published.map(|p| p.year() + shift), k + 3)
    };
    let value = year.map(|year| When::Month { year, month });
    Some(Found::new(i, last, value, "nth-month-of-year"))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Nth {
    Count(u32),
    Last,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum What {
    Weekday(chrono::Weekday),
    Day,
    DayFromEnd,
}

fn nth_at(c: &Ctx, i: usize) -> Option<(Nth, usize)> {
    let t = c.t;
    if t.low(i) == "last" {
        return Some((Nth::Last, i + 1));
    }
    if let Some(n) = ordinal_day(t.low(i)) {
        return Some((Nth::Count(n), i + 1));
    }
    let (d, j) = day_at(t, i)?;
    // digits must be ordinal-suffixed or followed by `of` / `day of`
    let suffixed = j == i + 2 || matches!(t.low(j), "of" | "day");
    (plain_digits(t, i, 2).is_some() && suffixed || j > i + 1).then_some((Nth::Count(d), j))
}

/// The month at `k`: a name with or without a year, or `this/next/last
/// month`. Returns its first day (None without a publication date).
fn month_ref(
    c: &Ctx,
    k: usize,
    start: usize,
    bare_day: bool,
) -> Option<(Option<NaiveDate>, usize)> {
    let t = c.t;
    let k = if t.low(k) == "the" { k + 1 } else { k };
    let shift: Option<i32> = match t.low(k) {
        "this" | "current" => Some(0),
        "next" | "following" => Some(1),
        "last" | "previous" => Some(-1),
        "month" if t.low(k - 1) == "the" => Some(0),
        _ => None,
    };
    if let Some(s) = shift {
        let last = if t.low(k) == "month" { k + 1 } else { k + 2 };
        if t.low(last - 1) != "month" {
            return None;
        }
        let first = c.published.and_then(|p| {
            let m = p.with_day(1)?;
            if s < 0 {
                m.checked_sub_months(Months::new(1))
            } else {
                m.checked_add_months(Months::new(s.unsigned_abs()))
            }
        });
        return Some((first, last));
    }
    // A day number before a month name is the day-month rule's.
    if bare_day {
        return None;
    }
    let (m, full) = month_word(t.low(k))?;
    let mut last = k + 1;
    if !full && t.raw(last) == "." {
        last += 1;
    }
    if let Some((y, next)) = year_at(t, last).filter(|_| t.same_run(last)) {
        return Some((NaiveDate::from_ymd_opt(y, m, 1), next));
    }
    let first = c.published.and_then(|p| {
        let y = month_year(p, m, tense(t, start, last));
        NaiveDate::from_ymd_opt(y, m, 1)
    });
    Some((first, last))
}

fn resolve(month: NaiveDate, nth: Nth, what: What) -> Option<NaiveDate> {
    let next = month.checked_add_months(Months::new(1))?;
    let end = next.checked_sub_days(Days::new(1))?;
    match (what, nth) {
        (What::Weekday(wd), Nth::Count(n)) => {
            let ahead =
                (7 + wd.num_days_from_monday() - month.weekday().num_days_from_monday()) % 7;
            let d = month.checked_add_days(Days::new(u64::from(ahead + 7 * (n - 1))))?;
            (d.month() == month.month()).then_some(d)
        }
        (What::Weekday(wd), Nth::Last) => {
            let back = (7 + end.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
            end.checked_sub_days(Days::new(u64::from(back)))
        }
        (What::Day, Nth::Count(n)) => month.with_day(n),
        (What::Day, Nth::Last) => Some(end),
        (What::DayFromEnd, Nth::Count(n)) => {
            let d = end.checked_sub_days(Days::new(u64::from(n.checked_sub(1)?)))?;
            (d.month() == month.month()).then_some(d)
        }
        (What::DayFromEnd, Nth::Last) => None,
    }
}
