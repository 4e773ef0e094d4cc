//! Date arithmetic against the publication date, and the tense of the
//! clause a date stands in, which decides between the past and the future
//! reading of a weekday or of a month given without its year.
//!
//! News is written in the past tense, so the past is the default: a bare
//! weekday is the latest such day on or before publication. A clause that
//! points forward (`will`, `is due`, `next`, `is expected to`...) flips it.
//! A month or day with no year is in the publication year unless the clause
//! is in the past tense and it would fall after publication (`In October,
//! the ministry said...` in a February article is last October), or the
//! clause points forward and it would fall before publication (`will be
//! held in January` in a March article is next January).

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::Step;
use super::lexicon::{false_past, forward_word, past_word};
use crate::extract::tokens::{Kind, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Forward,
    /// No cue either way (a headline, a fragment, a test string).
    Plain,
}

/// The tense of the clause around tokens `first..last`: forward cues
/// before the date anywhere in its clause, or after it up to the next
/// clause break (`said on Wednesday that it will...` looks back; `talks on
/// Friday will focus...` looks forward).
pub(super) fn tense(t: &Tokens, first: usize, last: usize) -> Tense {
    let mut past = false;
    let mut k = first;
    while k > 0 {
        k -= 1;
        if clause_break(t, k) || !t.same_run(k + 1) {
            break;
        }
        let w = t.low(k);
        if forward_cue(t, k) {
            return Tense::Forward;
        }
        past |= past_cue(w);
    }
    let mut k = last;
    while k < t.len() && t.same_run(k) && !clause_break(t, k) {
        let w = t.low(k);
        if matches!(w, "that" | "which" | "who" | "when" | "because" | "as") {
            break;
        }
        if forward_cue(t, k) {
            return Tense::Forward;
        }
        past |= past_cue(w);
        k += 1;
    }
    if past { Tense::Past } else { Tense::Plain }
}

fn clause_break(t: &Tokens, k: usize) -> bool {
    t.kind(k) == Some(Kind::Punct)
        && matches!(t.raw(k), "." | "!" | "?" | ";" | ":")
        && !abbreviation_dot(t, k)
}

/// `Feb.`, `Mr.`, `U.S.`: a dot that ends no sentence.
fn abbreviation_dot(t: &Tokens, k: usize) -> bool {
    if t.raw(k) != "." || k == 0 || !t.glued(k) {
        return false;
    }
    let w = t.low(k - 1);
    w.len() == 1
        || super::lexicon::month_word(w).is_some()
        || super::lexicon::weekday_word(w).is_some()
        || matches!(
            w,
            "mr" | "mrs" | "ms" | "dr" | "st" | "gen" | "sen" | "rep" | "gov" | "no"
        )
}

fn forward_cue(t: &Tokens, k: usize) -> bool {
    let w = t.low(k);
    if w == "ll" && k > 0 && t.glued(k) && t.raw(k - 1) == "'" {
        return true;
    }
    // `is set to`, `plans to`, `due to` (but not `due to the war`).
    if matches!(
        w,
        "set" | "due" | "expected" | "plans" | "plan" | "planning" | "slated"
    ) {
        return t.low(k + 1) == "to" && t.low(k + 2) != "the"
            || (w == "due" && t.low(k + 1) != "to");
    }
    if w == "going" {
        return t.low(k + 1) == "to";
    }
    // `the next day` counts from another date; it points nowhere.
    if w == "next" && k > 0 && t.low(k - 1) == "the" {
        return false;
    }
    forward_word(w) && w != "set"
}

fn past_cue(w: &str) -> bool {
    past_word(w) || (w.len() > 4 && w.ends_with("ed") && !false_past(w))
}

/// The latest `wd` before `d` (or on it, when `today` counts).
pub(super) fn weekday_before(d: NaiveDate, wd: Weekday, today: bool) -> NaiveDate {
    let back = (7 + d.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
    let back = if back == 0 && !today { 7 } else { back };
    d - Days::new(u64::from(back))
}

/// The first `wd` after `d` (or on it, when `today` counts).
pub(super) fn weekday_after(d: NaiveDate, wd: Weekday, today: bool) -> NaiveDate {
    let ahead = (7 + wd.num_days_from_monday() - d.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 && !today { 7 } else { ahead };
    d + Days::new(u64::from(ahead))
}

/// `wd` in the ISO week `weeks` weeks from the one holding `d`.
pub(super) fn weekday_of_week(d: NaiveDate, wd: Weekday, weeks: i64) -> Option<NaiveDate> {
    let monday = d - Days::new(u64::from(d.weekday().num_days_from_monday()));
    let monday = monday.checked_add_signed(chrono::Duration::try_weeks(weeks)?)?;
    monday.checked_add_days(Days::new(u64::from(wd.num_days_from_monday())))
}

/// `d` moved by `amount` steps; month steps keep the day where it exists
/// and clamp to the month's end where it does not.
pub(super) fn shift(d: NaiveDate, amount: i32, step: Step) -> Option<NaiveDate> {
    let n = amount.unsigned_abs();
    match step {
        Step::Days | Step::Weeks => {
            let days = u64::from(n) * if step == Step::Weeks { 7 } else { 1 };
            if amount < 0 {
                d.checked_sub_days(Days::new(days))
            } else {
                d.checked_add_days(Days::new(days))
            }
        }
        Step::Months | Step::Years => {
            let months = n * if step == Step::Years { 12 } else { 1 };
            if amount < 0 {
                d.checked_sub_months(Months::new(months))
            } else {
                d.checked_add_months(Months::new(months))
            }
        }
    }
}

/// The year of a month named without one.
pub(super) fn month_year(published: NaiveDate, month: u32, tense: Tense) -> i32 {
    let y = published.year();
    match tense {
        Tense::Past if month > published.month() => y - 1,
        Tense::Forward if month < published.month() => y + 1,
        _ => y,
    }
}

/// A day and month named without a year.
pub(super) fn day_no_year(
    published: NaiveDate,
    month: u32,
    day: u32,
    tense: Tense,
) -> Option<NaiveDate> {
    let y = published.year();
    let this = NaiveDate::from_ymd_opt(y, month, day);
    match (tense, this) {
        (Tense::Past, Some(d)) if d > published => NaiveDate::from_ymd_opt(y - 1, month, day),
        (Tense::Forward, Some(d)) if d < published => NaiveDate::from_ymd_opt(y + 1, month, day),
        // `Feb 29` outside a leap year: the nearest leap year in the
        // direction the clause looks.
        (_, None) if month == 2 && day == 29 => (1..=4).find_map(|k| {
            let year = if tense == Tense::Forward {
                y + k
            } else {
                y - k
            };
            NaiveDate::from_ymd_opt(year, 2, 29)
        }),
        (_, d) => d,
    }
}

/// The latest day before publication (the first after it, looking
/// forward) that is the `day`th of its month and a `wd`: `Monday 21`,
/// `Tuesday the 19th`. Looks up to two years either way.
pub(super) fn weekday_and_day(
    published: NaiveDate,
    wd: Weekday,
    day: u32,
    forward: bool,
) -> Option<NaiveDate> {
    let start = published.with_day(1)?;
    (0..25).find_map(|k| {
        let m = if forward {
            start.checked_add_months(Months::new(k))?
        } else {
            start.checked_sub_months(Months::new(k))?
        };
        let d = m.with_day(day)?;
        let in_reach = if forward {
            d >= published
        } else {
            d <= published
        };
        (in_reach && d.weekday() == wd).then_some(d)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekdays_around_a_wednesday() {
        let wed = d("2022-03-30");
        assert_eq!(weekday_before(wed, Weekday::Tue, true), d("2022-03-29"));
        assert_eq!(weekday_before(wed, Weekday::Wed, true), wed);
        assert_eq!(weekday_before(wed, Weekday::Wed, false), d("2022-03-23"));
        assert_eq!(weekday_after(wed, Weekday::Fri, false), d("2022-04-01"));
        assert_eq!(weekday_after(wed, Weekday::Wed, false), d("2022-04-06"));
        assert_eq!(
            weekday_of_week(wed, Weekday::Mon, -1),
            Some(d("2022-03-21"))
        );
    }

    #[test]
    fn months_clamp() {
        assert_eq!(
            shift(d("2022-03-31"), -1, Step::Months),
            Some(d("2022-02-28"))
        );
        assert_eq!(shift(d("2022-03-30"), 2, Step::Days), Some(d("2022-04-01")));
    }

    #[test]
    fn weekday_with_a_day_number() {
        let fri = d("2019-01-25");
        assert_eq!(
            weekday_and_day(fri, Weekday::Sun, 31, false),
            Some(d("2017-12-31"))
        );
    }
}
