//! Fractions in words: denominators (`three fifths`, `twenty-firsts`), a
//! scale after them (`three quarters million`) and `and` fractions (`one and
//! a half`, `two million and three fifths`).

use super::compound::{SCALE, WordParser};
use super::digits::digits_number_d;
use super::lexicon::{big_scale, ordinal_word, scale_word, tens_word};
use super::words::word_number_d;
use super::{Form, Num, make};
use crate::extract::tokens::{Kind, Tokens};

/// A denominator word: `fifth` 5, `quarters` 4, `halves` 2, `hundredths` 100,
/// `twenty-firsts` 21. `(denominator, plural, tokens)`.
pub(super) fn denominator_at(t: &Tokens, j: usize) -> Option<(f64, bool, usize)> {
    if !t.same_line(j) {
        return None;
    }
    let w = t.low(j);
    let single = |w: &str| -> Option<(f64, bool)> {
        let plural = w.ends_with('s');
        let stem = if w == "halves" {
            "half"
        } else if plural {
            &w[..w.len() - 1]
        } else {
            w
        };
        let d = match stem {
            "half" => 2.0,
            "quarter" => 4.0,
            "first" | "second" | "seconds" => return None,
            "trillionth" => 1e12,
            _ => ordinal_word(stem)?,
        };
        Some((d, plural))
    };
    // `twenty-first`, `twenty fifths`
    if let Some(tens) = tens_word(w) {
        let k = if t.low(j + 1) == "-" && t.glued(j + 1) {
            j + 2
        } else {
            j + 1
        };
        let u = t.low(k);
        let plural = u.ends_with('s');
        let stem = if plural { &u[..u.len() - 1] } else { u };
        let v = ordinal_word(stem).filter(|&v| v < 10.0)?;
        return t.same_line(k).then_some((tens + v, plural, k + 1 - j));
    }
    let (d, plural) = single(w)?;
    Some((d, plural, 1))
}

/// `three fifths`, `one-eighth`, `five - eighths`, `twenty-three fifths`,
/// `a hundred trillionths`, then a scale: `three quarters million`.
pub(super) fn denominator_after(t: &Tokens, n: &Num, p: &WordParser) -> Option<Num> {
    if n.value.fract() != 0.0 || n.value < 1.0 || n.form != Form::Words {
        return None;
    }
    let mut j = n.last;
    if t.low(j) == "-" && t.same_line(j) && t.same_line(j + 1) {
        j += 1;
    }
    let (d, plural, len) = denominator_at(t, j)?;
    // `one fifth`, `three fifths`; not `three fifth graders`.
    let after_and = p.since_and.unwrap_or(n.value);
    if (after_and > 1.0) != plural && !(n.value > 1.0 && plural) {
        return None;
    }
    let (base, frac) = match (p.before_and, p.since_and) {
        (Some(b), Some(s)) if s > 0.0 => (b, s / d),
        _ => (0.0, n.value / d),
    };
    let mut f = make(t, n.first, j + len, frac, n.form, "words-fraction");
    f.fraction = true;
    let f = scale_after_fraction(t, f);
    // `two million and three fifths`: a fraction of the scale before `and`.
    let of = if f.scaled || !p.and_after_scale {
        1.0
    } else {
        p.last_scale
    };
    let mut f = f;
    f.value = base + f.value * of;
    f.first = n.first;
    f.start = n.start;
    Some(f)
}

/// `three quarters million`, `two thirds of a million`.
pub(super) fn scale_after_fraction(t: &Tokens, mut f: Num) -> Num {
    let j = f.last;
    let (s, len) = if let Some(s) = big_scale(t.low(j)).filter(|_| t.same_line(j)) {
        (s, 1)
    } else if t.low(j) == "of"
        && matches!(t.low(j + 1), "a" | "an")
        && let Some(s) = scale_word(t.low(j + 2)).filter(|_| t.same_line(j + 2))
    {
        (s, 3)
    } else {
        return f;
    };
    f.value *= s;
    f.last = j + len;
    f.end = t.toks[f.last - 1].end();
    f.scaled = true;
    f.fraction = false;
    f
}

/// `one and a half`, `3 million and a quarter`, `twenty and three fifths`,
/// `one billion and a half million`.
pub(super) fn and_fraction(t: &Tokens, n: Num, p: &WordParser, depth: u8) -> Num {
    let j = n.last;
    if t.low(j) != "and" || !t.same_line(j + 1) || n.value.fract() != 0.0 {
        return n;
    }
    let next = match t.kind(j + 1) {
        Some(Kind::Word) => word_number_d(t, j + 1, depth),
        Some(Kind::Digits) => digits_number_d(t, j + 1, depth),
        _ => None,
    };
    let scaled_fraction =
        |m: &Num| m.scaled && matches!(m.rule, "a-scale" | "half-a-scale" | "words-fraction");
    let Some(m) = next.filter(|m| (m.fraction || scaled_fraction(m)) && !m.ordinal) else {
        return n;
    };
    let v = if m.scaled && !n.scaled {
        // `one and a half million`: the scale is the whole figure's.
        let s = big_scale(t.low(m.last - 1)).unwrap_or(1.0);
        n.value * s + m.value
    } else if m.scaled || m.value >= 1.0 || p.last != SCALE {
        n.value + m.value
    } else {
        n.value + m.value * p.last_scale
    };
    let mut f = make(t, n.first, m.last, v, n.form, "words-and-a-fraction");
    f.fraction = v.fract() != 0.0;
    f.scaled = n.scaled || m.scaled;
    f
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::testing::{all, one};

    #[test]
    fn fractions_and_the_scale_they_belong_to() {
        assert!((one("one hundred and three quarters").0 - 100.75).abs() < 1e-9);
        assert!((one("two million and three fifths").0 - 2.6e6).abs() < 1e-6);
        assert!((one("one billion and a half million").0 - 1.0005e9).abs() < 1e-3);
        assert!((one("one and a half million").0 - 1.5e6).abs() < 1e-6);
        assert!((one("twenty-three fifths").0 - 4.6).abs() < 1e-9);
        // `fifth graders` is no fraction: the plural does not agree.
        assert_eq!(all("three fifth graders")[0].0, 3.0);
    }
}
