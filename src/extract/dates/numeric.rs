//! Dates in digits: `2022-03-30`, `30/03/2022`, `10/31/74`, `2015-12`,
//! `2/2013`, and `22/04` after a date word.
//!
//! Day-first and month-first orders both occur in English copy, so a date
//! with both parts at most 12 and different (`05/04/2022`) is ambiguous
//! and is not read at all; a part above 12 settles the order. Digit runs
//! glued to more digits or separators are codes and phone numbers
//! (`138-2010-2015`, `123-12-1234`), not dates.

use chrono::{Datelike, NaiveDate};

use crate::extract::tokens::Kind;

use super::parts::{glued_left, glued_right, joiner, plain_digits};
use super::resolve::{day_no_year, tense};
use super::{Ctx, Found, When};

/// The century of a two-digit year: this century up to ten years past
/// publication, the last one before that.
pub(super) fn century(c: &Ctx, yy: u32) -> i32 {
    let now = c.published.map_or(2026, |p| p.year());
    let y = 2000 + i32::try_from(yy).unwrap_or(0);
    if y <= now + 10 { y } else { y - 100 }
}

pub(super) fn at(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if let Some(f) = compact(c, i).or_else(|| spaced(c, i)) {
        return Some(f);
    }
    if plain_digits(t, i, 4).is_none() || glued_left(t, i) {
        return None;
    }
    let a_len = t.raw(i).len();
    let a = plain_digits(t, i, 4)?;
    let sep = joiner(t, i + 1)?;
    let b_len = t.raw(i + 2).len();
    let b = plain_digits(t, i + 2, 4)?;
    let third = joiner(t, i + 3)
        .filter(|s| *s == sep)
        .and_then(|_| plain_digits(t, i + 4, 4).map(|v| (v, t.raw(i + 4).len())));
    if let Some((cc, c_len)) = third {
        if glued_right(t, i + 5) {
            return None;
        }
        let d = if a_len == 4 {
            // 2022-03-30, 2022/3/30
            (b_len <= 2 && c_len <= 2)
                .then(|| NaiveDate::from_ymd_opt(i32::try_from(a).ok()?, b, cc))
                .flatten()
        } else if a_len <= 2 && b_len <= 2 && (c_len == 4 || c_len == 2) {
            let y = if c_len == 4 {
                i32::try_from(cc).ok()?
            } else {
                century(c, cc)
            };
            day_and_month(a, b).and_then(|(d, m)| NaiveDate::from_ymd_opt(y, m, d))
        } else {
            None
        }?;
        return Some(Found::new(i, i + 5, Some(When::Day(d)), "digits-ymd"));
    }
    if glued_right(t, i + 3) {
        return None;
    }
    // Year and month: 2015-12, 2014/10, 12-2015, 2/2013.
    if a_len == 4 && b_len <= 2 && (1..=12).contains(&b) {
        // `2011-12` is a span of years (a fiscal year), not December.
        if sep == "-" && b > a % 100 && b_len == 2 {
            return None;
        }
        if sep == "." {
            return None;
        }
        let year = i32::try_from(a).ok()?;
        return Some(Found::new(
            i,
            i + 3,
            Some(When::Month { year, month: b }),
            "digits-ym",
        ));
    }
    if a_len <= 2 && b_len == 4 && (1..=12).contains(&a) && sep != "." {
        let year = i32::try_from(b).ok()?;
        if !(1000..=2199).contains(&year) {
            return None;
        }
        return Some(Found::new(
            i,
            i + 3,
            Some(When::Month { year, month: a }),
            "digits-my",
        ));
    }
    // Day and month without a year, after a date word: `on 22/04`.
    if a_len <= 2 && b_len <= 2 && sep == "/" && i > 0 && date_word_before(c, i) {
        let (d, m) = day_and_month(a, b)?;
        if a.max(b) <= 12 {
            return None; // `on 1/2`: too like a fraction
        }
        NaiveDate::from_ymd_opt(2000, m, d)?;
        let value = c
            .published
            .and_then(|p| day_no_year(p, m, d, tense(t, i, i + 3)))
            .map(When::Day);
        return Some(Found::new(i, i + 3, value, "digits-dm"));
    }
    None
}

/// `Friday 7/6`, `Fri 7.6`, `Friday 7-6`: a day and month after a weekday,
/// in whichever order gives that weekday near publication. The weekday
/// settles the order digits alone leave open; when both orders or neither
/// fit, nothing is read. A dash is left out (`won Friday 7-6` is a
/// score), and so is a figure with a unit after it (`Friday 7.6 percent`).
pub(super) fn after_weekday(c: &Ctx, k: usize, wd: chrono::Weekday) -> Option<Found> {
    let t = c.t;
    let s = t.raw(k);
    let (a, b, last) = match s.split_once('.') {
        Some((x, y)) if t.kind(k) == Some(crate::extract::tokens::Kind::Digits) => {
            (x.parse::<u32>().ok()?, y.parse::<u32>().ok()?, k + 1)
        }
        Some(_) => return None,
        None => {
            let a = plain_digits(t, k, 2)?;
            let sep = joiner(t, k + 1)?;
            if sep != "/" {
                return None;
            }
            (a, plain_digits(t, k + 2, 2)?, k + 3)
        }
    };
    let unit = super::parts::counted_after(t, last)
        || matches!(
            t.low(last),
            "%" | "percent" | "per" | "pct" | "point" | "points"
        );
    if glued_right(t, last) || joiner(t, last).is_some() || s.len() > 5 || unit {
        return None;
    }
    let p = c.published?;
    let tense = tense(t, k, last);
    let mut fits = [(a, b), (b, a)]
        .into_iter()
        .filter_map(|(m, d)| day_no_year(p, m, d, tense))
        .filter(|d| d.weekday() == wd);
    let day = fits.next()?;
    if fits.any(|other| other != day) {
        return None;
    }
    Some(Found::new(
        k,
        last,
        Some(When::Day(day)),
        "weekday-digits-dm",
    ))
}

fn date_word_before(c: &Ctx, i: usize) -> bool {
    c.t.same_run(i)
        && (matches!(
            c.t.low(i - 1),
            "on" | "since" | "by" | "until" | "from" | "before" | "after"
        ) || super::lexicon::weekday_word(c.t.low(i - 1)).is_some())
}

/// Day and month from two parts in either order, when the order is clear.
fn day_and_month(a: u32, b: u32) -> Option<(u32, u32)> {
    match (a, b) {
        _ if a == b && a <= 12 => Some((a, b)),
        _ if a > 12 && b <= 12 && a <= 31 => Some((a, b)),
        _ if b > 12 && a <= 12 && b <= 31 => Some((b, a)),
        _ => None,
    }
}

/// `on 2016 10 16,`: year, month and day apart, after a date word, with
/// punctuation or the end after them. Without those bounds three numbers in
/// a row are a list or a count (`in 2016 10 16-year-olds`).
fn spaced(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    if i == 0 || !date_word_before(c, i) || t.raw(i).len() != 4 {
        return None;
    }
    let y = i32::try_from(plain_digits(t, i, 4)?).ok()?;
    let (m, d) = (plain_digits(t, i + 1, 2)?, plain_digits(t, i + 2, 2)?);
    let apart = (i + 1..=i + 2).all(|k| t.same_line(k) && !t.glued(k));
    let closed = t.kind(i + 3).is_none_or(|k| k == Kind::Punct) && !glued_right(t, i + 3);
    if !(1900..=2099).contains(&y) || !apart || !closed {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    Some(Found::new(
        i,
        i + 3,
        Some(When::Day(date)),
        "digits-spaced-ymd",
    ))
}

/// `20161016` in file names and URLs: eight digits that make a valid date
/// of 1900-2099 and touch no other digits.
fn compact(c: &Ctx, i: usize) -> Option<Found> {
    let t = c.t;
    let s = t.raw(i);
    if s.len() != 8 || plain_digits(t, i, 8).is_none() || glued_left(t, i) || glued_right(t, i + 1)
    {
        return None;
    }
    let y: i32 = s.get(..4)?.parse().ok()?;
    let m: u32 = s.get(4..6)?.parse().ok()?;
    let d: u32 = s.get(6..)?.parse().ok()?;
    if !(1900..=2099).contains(&y) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    Some(Found::new(
        i,
        i + 1,
        Some(When::Day(date)),
        "digits-compact",
    ))
}
