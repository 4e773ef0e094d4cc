//! The pieces a date is assembled from, read at one token: a day of the
//! month, a month name, a year, an amount of steps. Each returns its value
//! and the token after it.

use super::lexicon::{month_word, ordinal_day, small_word, tens_word};
use crate::extract::numbers::numbers_at;
use crate::extract::tokens::{Kind, Tokens};

/// Plain digits (no separators), at most `max_len` of them.
pub(super) fn plain_digits(t: &Tokens, i: usize, max_len: usize) -> Option<u32> {
    let s = t.raw(i);
    if t.kind(i) != Some(Kind::Digits)
        || s.len() > max_len
        || !s.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    s.parse().ok()
}

/// A day of the month: `30`, `30th`, `3rd`, `first`, `twenty-first`,
/// `thirty first`, `twenty nine`.
pub(super) fn day_at(t: &Tokens, i: usize) -> Option<(u32, usize)> {
    if let Some(d) = plain_digits(t, i, 2) {
        let next = if t.glued(i + 1) && matches!(t.low(i + 1), "st" | "nd" | "rd" | "th") {
            i + 2
        } else {
            i + 1
        };
        return (1..=31).contains(&d).then_some((d, next));
    }
    if !t.is_word(i) {
        return None;
    }
    let w = t.low(i);
    if let Some(d) = ordinal_day(w) {
        return Some((d, i + 1));
    }
    if let Some(tens) = tens_word(w).filter(|&v| v <= 30) {
        // `twenty-first`, `twenty first`, `twenty nine`
        let j = if t.raw(i + 1) == "-" && t.glued(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if t.same_line(j) {
            let unit = t.low(j);
            if let Some(u) = ordinal_day(unit)
                .or_else(|| small_word(unit))
                .filter(|&u| u < 10)
                && tens + u <= 31
            {
                return Some((tens + u, j + 1));
            }
        }
        return Some((tens, i + 1));
    }
    small_word(w).map(|d| (d, i + 1))
}

/// A month name, with the abbreviation's period: (month, next token, full
/// word).
pub(super) fn month_at(t: &Tokens, i: usize) -> Option<(u32, usize, bool)> {
    if !t.is_word(i) {
        return None;
    }
    let (m, full) = month_word(t.low(i))?;
    let next = if !full && t.raw(i + 1) == "." && t.glued(i + 1) {
        i + 2
    } else {
        i + 1
    };
    Some((m, next, full))
}

/// A year in digits (`2022`) or words (`two thousand and fifteen`,
/// `nineteen ninety six`), 1000 to 2199.
pub(super) fn year_at(t: &Tokens, i: usize) -> Option<(i32, usize)> {
    if let Some(y) = plain_digits(t, i, 4) {
        let y = i32::try_from(y).ok()?;
        return (t.raw(i).len() == 4 && (1000..=2199).contains(&y)).then_some((y, i + 1));
    }
    if !t.is_word(i) {
        return None;
    }
    // `nineteen ninety six`, `twenty twenty`: two-digit halves.
    if let Some(hi) = small_word(t.low(i))
        .filter(|v| *v >= 10)
        .or_else(|| tens_word(t.low(i)).filter(|v| *v == 20))
        && t.low(i + 1) != "hundred"
        && let Some((lo, next)) = two_digit_words(t, i + 1)
        && lo >= 10
    {
        return Some((i32::try_from(hi * 100 + lo).ok()?, next));
    }
    let n = numbers_at(t, i)?;
    let ok = n.value.fract() == 0.0 && (1000.0..=2199.0).contains(&n.value) && !n.ordinal;
    #[allow(clippy::cast_possible_truncation)]
    ok.then_some((n.value as i32, n.last))
}

/// `ninety six`, `ninety-six`, `fifteen`: 10 to 99 in words.
fn two_digit_words(t: &Tokens, i: usize) -> Option<(u32, usize)> {
    if !t.same_line(i) {
        return None;
    }
    let w = t.low(i);
    if let Some(v) = small_word(w).filter(|v| *v >= 10) {
        return Some((v, i + 1));
    }
    let tens = tens_word(w)?;
    let j = if t.raw(i + 1) == "-" && t.glued(i + 1) {
        i + 2
    } else {
        i + 1
    };
    match small_word(t.low(j)).filter(|v| *v < 10) {
        Some(u) if t.same_line(j) => Some((tens + u, j + 1)),
        _ => Some((tens, i + 1)),
    }
}

/// How many steps: `a`, `an`, `one`, `20`, `two`, `a couple of`.
pub(super) fn amount_at(t: &Tokens, i: usize) -> Option<(i32, usize)> {
    match t.low(i) {
        "a" | "an" => {
            if t.low(i + 1) == "couple" && t.low(i + 2) == "of" {
                return Some((2, i + 3));
            }
            return Some((1, i + 1));
        }
        "couple" => return None,
        _ => {}
    }
    // Every token is asked whether an offset starts there; the number
    // parser is only worth running on digits or a word that counts.
    if t.kind(i) == Some(Kind::Word) {
        let w = t.low(i);
        let counts = small_word(w).is_some()
            || tens_word(w).is_some()
            || matches!(w, "hundred" | "thousand" | "dozen" | "single" | "zero");
        if !counts {
            return None;
        }
    }
    let n = numbers_at(t, i)?;
    let ok = n.value.fract() == 0.0 && (1.0..=10_000.0).contains(&n.value) && !n.ordinal;
    #[allow(clippy::cast_possible_truncation)]
    ok.then_some((n.value as i32, n.last))
}

/// A lowercase plural right after a figure is what it counts (`in 2000
/// homes`, `March 30 people`), so the figure is no year or day.
pub(super) fn counted_after(t: &Tokens, i: usize) -> bool {
    let w = t.low(i);
    t.is_word(i)
        && t.same_line(i)
        && !t.capitalized(i)
        && w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !matches!(
            w,
            "was" | "has" | "is" | "as" | "this" | "his" | "its" | "thus" | "unless" | "plus"
        )
}

/// Whether token `i` is glued to a digit run or a separator on its left,
/// so it is part of a code or a phone number (`138-2010-2015`).
pub(super) fn glued_left(t: &Tokens, i: usize) -> bool {
    if !t.glued(i) {
        return false;
    }
    match t.raw(i - 1) {
        _ if t.kind(i - 1) == Some(Kind::Digits) => true,
        "$" | "£" | "€" | "#" | "_" => true,
        // `10:30`, but not `says:30 December`
        ":" => i >= 2 && t.glued(i - 1) && t.kind(i - 2) == Some(Kind::Digits),
        "-" | "–" => i >= 2 && t.glued(i - 1) && t.kind(i - 2) == Some(Kind::Digits),
        "/" | "." | "+" => i >= 2 && t.glued(i - 1),
        _ => false,
    }
}

/// Whether a digits-or-separator run continues after token `i - 1`.
pub(super) fn glued_right(t: &Tokens, i: usize) -> bool {
    t.glued(i)
        && (t.kind(i) == Some(Kind::Digits)
            || matches!(t.raw(i), "-" | "/" | "." | ":" | "–")
                && t.glued(i + 1)
                && matches!(t.kind(i + 1), Some(Kind::Digits)))
}

/// A dash or slash joining two parts of one date with no space.
pub(super) fn joiner(t: &Tokens, i: usize) -> Option<&'static str> {
    if !(t.glued(i) && t.glued(i + 1)) {
        return None;
    }
    match t.raw(i) {
        "-" | "–" => Some("-"),
        "/" => Some("/"),
        "." => Some("."),
        _ => None,
    }
}
