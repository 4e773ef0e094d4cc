//! Digits that are not figures: clock times (`10:30`, `2pm`, `seven
//! o'clock`) and year spans (`2013-14`). A fact-checker checks amounts;
//! these are dates and times, and reading them as numbers would make false
//! claims of `2013` and `14`.

use super::digits::parse_digits;
use crate::extract::tokens::{Kind, Tokens};

/// A plain run of ASCII digits at token `j` (no separators) and its value.
fn plain_value(t: &Tokens, j: usize) -> Option<(usize, f64)> {
    let raw = t.raw(j);
    (t.kind(j) == Some(Kind::Digits) && raw.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (raw.len(), parse_digits(raw).unwrap_or(f64::NAN)))
}

/// A year span at token `i`: a year 1800-2199, a glued dash, then two or four
/// digits that continue it (`2013-14`, `2021-22`, `1999-00`, `1990-1995`).
/// Returns the token after it. Not part of a longer chain (`2001-05-12` is a
/// date, `+1-2013-14` a phone number).
pub(super) fn year_span(t: &Tokens, i: usize) -> Option<usize> {
    let (4, y) = plain_value(t, i)? else {
        return None;
    };
    if !(1800.0..=2199.0).contains(&y)
        || !matches!(t.raw(i + 1), "-" | "\u{2013}")
        || !t.glued(i + 1)
        || !t.glued(i + 2)
    {
        return None;
    }
    let (len, v) = plain_value(t, i + 2)?;
    let yy = y % 100.0;
    let continues = match len {
        2 => v > yy || (yy == 99.0 && v == 0.0),
        4 => v > y && v <= 2199.0,
        _ => false,
    };
    let chained = |k: usize| {
        matches!(t.raw(k), "-" | "\u{2013}" | "/")
            && t.glued(k)
            && t.kind(k + 1) == Some(Kind::Digits)
            && t.glued(k + 1)
    };
    let before = i >= 2
        && t.glued(i)
        && t.glued(i - 1)
        && matches!(t.raw(i - 1), "-" | "\u{2013}" | "/")
        && t.kind(i - 2) == Some(Kind::Digits);
    (continues && !chained(i + 3) && !before).then_some(i + 3)
}

/// A clock time in digits at token `i`: `10:30`, `9:05:59`, with any
/// `am`/`pm` after it. Returns the token after it.
pub(super) fn clock_digits(t: &Tokens, i: usize) -> Option<usize> {
    let (hl, h) = plain_value(t, i)?;
    if hl > 2 || h > 24.0 || i > 0 && t.glued(i) && t.raw(i - 1) == ":" {
        return None;
    }
    let minutes = |k: usize| {
        t.raw(k) == ":"
            && t.glued(k)
            && t.glued(k + 1)
            && plain_value(t, k + 1).is_some_and(|(l, m)| l == 2 && m < 60.0)
    };
    if !minutes(i + 1) {
        return None;
    }
    let mut end = i + 3;
    if minutes(end) {
        end += 2;
    }
    Some(clock_suffix(t, end).unwrap_or(end))
}

/// `am`, `pm`, `a.m.`, `p.m.` (any case, glued or spaced) or `o'clock` at
/// token `j`: the figure before it is a time of day. Returns the token after.
pub(super) fn clock_suffix(t: &Tokens, j: usize) -> Option<usize> {
    if !t.same_line(j) {
        return None;
    }
    match t.low(j) {
        "am" | "pm" | "o'clock" | "oclock" => Some(j + 1),
        "a" | "p"
            if t.low(j + 1) == "." && t.glued(j + 1) && t.low(j + 2) == "m" && t.glued(j + 2) =>
        {
            Some(if t.low(j + 3) == "." && t.glued(j + 3) {
                j + 4
            } else {
                j + 3
            })
        }
        "o" if t.raw(j + 1) == "\u{2019}"
            && t.glued(j + 1)
            && t.low(j + 2) == "clock"
            && t.glued(j + 2) =>
        {
            Some(j + 3)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::testing::all;

    #[test]
    fn clock_times_are_no_numbers() {
        for text in [
            "2 pm",
            "2PM",
            "2.13 am",
            "2.17pm",
            "5 a.m.",
            "5 P.M",
            "ten o'clock",
        ] {
            assert!(all(text).is_empty(), "{text}");
        }
        assert!(all("ten o\u{2019}clock").is_empty());
        assert!(all("at 10:30 and 9:05:59pm").is_empty());
        // Not a time: a score, a ratio with one digit, an hour past 24.
        assert_eq!(all("3:1").len(), 2);
        assert_eq!(all("25:30").len(), 2);
        // The figure before a time is still a figure.
        assert_eq!(all("5 people at 2pm"), [(5.0, "5".into())]);
    }

    #[test]
    fn year_spans_are_no_numbers() {
        for text in [
            "2013-14",
            "2021\u{2013}22",
            "1990-1995",
            "1999-00",
            "FY2013-14",
        ] {
            assert!(all(text).is_empty(), "{text}");
        }
        // Not continuing the year, a chain (a date), or no year at all.
        assert_eq!(all("2013-12").len(), 2);
        assert_eq!(all("2001-05-12").len(), 3);
        assert_eq!(all("2500-3000").len(), 2);
    }
}
