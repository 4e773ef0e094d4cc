//! What may follow a whole number and change it: a fraction, a spoken
//! decimal (`two point five`), a ratio (`one in five`) or a restatement
//! (`forty-five (45)`). Tails look at most two numbers ahead, so the scan
//! stays linear.

use super::compound::WordParser;
use super::digits::{digits_number_d, parse_digits, plain_integer};
use super::fractions::{and_fraction, denominator_after};
use super::lexicon::{big_scale, tens_word, unit_word};
use super::words::word_number_d;
use super::{Form, Num, make};
use crate::extract::tokens::{Kind, Tokens};

/// What may follow a whole number: a fraction (`three fifths`,
/// `one and a half`, `3 million and a quarter`), a spoken decimal
/// (`two point five`), a ratio (`one in five`, `two out of three`,
/// `1 over 3`) or a restatement in brackets (`forty-five (45)`).
pub(super) fn tail(t: &Tokens, n: Num, p: &WordParser, depth: u8) -> Num {
    if n.ordinal {
        return n;
    }
    let n = spoken_decimal(t, n).unwrap_or_else(|n| n);
    let n = if n.fraction {
        n
    } else {
        denominator_after(t, &n, p).unwrap_or(n)
    };
    if depth >= 2 {
        return n;
    }
    let n = and_fraction(t, n, p, depth + 1);
    let n = ratio(t, n, depth + 1);
    restated(t, n, depth + 1)
}

/// `two point five`, `nine point nought four`, `1 point 1`, `one point two million`.
fn spoken_decimal(t: &Tokens, n: Num) -> Result<Num, Num> {
    let j = n.last;
    if t.low(j) != "point" || !t.same_line(j) || n.value.fract() != 0.0 || n.value >= 1e6 {
        return Err(n);
    }
    let mut k = j + 1;
    let mut frac = 0.0;
    let mut place = 0.1;
    let mut any = false;
    while t.same_line(k) {
        let w = t.low(k);
        if let Some(v) = unit_word(w) {
            if v < 10.0 {
                frac += v * place;
                place /= 10.0;
            } else {
                frac += v / 100.0 * place * 10.0;
                place /= 100.0;
            }
        } else if let Some(v) = tens_word(w) {
            let mut v = v;
            if t.low(k + 1) == "-"
                && t.glued(k + 1)
                && let Some(u) = unit_word(t.low(k + 2)).filter(|&u| u < 10.0)
            {
                v += u;
                k += 2;
            }
            frac += v / 10.0 * place;
            place /= 100.0;
        } else if plain_integer(t, k) && !any {
            let raw = t.raw(k);
            let v = parse_digits(raw).unwrap_or(0.0);
            #[allow(clippy::cast_possible_wrap, clippy::cast_possible_truncation)]
            let len = raw.len() as i32;
            frac = v / 10f64.powi(len);
            any = true;
            k += 1;
            break;
        } else {
            break;
        }
        any = true;
        k += 1;
    }
    if !any {
        return Err(n);
    }
    let mut v = n.value + frac;
    if let Some(s) = big_scale(t.low(k)).filter(|_| t.same_line(k)) {
        v *= s;
        k += 1;
    }
    let mut m = make(t, n.first, k, v, n.form, "spoken-decimal");
    m.scaled = k > j + 2 && n.scaled;
    Ok(m)
}

/// `one in five`, `two out of three`, `1 over 3`: a ratio read as a fraction.
fn ratio(t: &Tokens, n: Num, depth: u8) -> Num {
    let j = n.last;
    if n.value.fract() != 0.0 || n.scaled && n.form == Form::Mixed || !t.same_line(j) {
        return n;
    }
    let (len, kind) = match t.low(j) {
        "over" => (1, 0),
        "in" => (1, 1),
        "out" if t.low(j + 1) == "of" => (2, 2),
        _ => return n,
    };
    let k = j + len;
    if !t.same_line(k) {
        return n;
    }
    let m = match t.kind(k) {
        Some(Kind::Word) if t.low(k) != "a" => word_number_d(t, k, depth),
        Some(Kind::Digits) => digits_number_d(t, k, depth),
        _ => None,
    };
    let Some(m) = m.filter(|m| !m.ordinal && !m.fraction && m.value > 0.0) else {
        return n;
    };
    let year = m.form == Form::Digits && (1000.0..2200.0).contains(&m.value);
    let ok = match kind {
        // `2000 over 3`, but not `$2000 over 3 years`.
        0 => !t.is_word(m.last),
        // `one in five`, but not `8 in 5`, `2 in 2020`.
        1 => n.value < m.value && !year && !t.is_word(m.last) || n.value == 1.0 && !year,
        _ => n.value <= m.value,
    };
    if !ok {
        return n;
    }
    let mut f = make(t, n.first, m.last, n.value / m.value, n.form, "ratio");
    f.fraction = true;
    f
}

/// `forty-five (45)`, `45 (forty five)`: one figure restated.
fn restated(t: &Tokens, n: Num, depth: u8) -> Num {
    let j = n.last;
    if t.low(j) != "(" || !t.same_line(j) {
        return n;
    }
    let m = match t.kind(j + 1) {
        Some(Kind::Word) => word_number_d(t, j + 1, depth),
        Some(Kind::Digits) => digits_number_d(t, j + 1, depth),
        _ => None,
    };
    match m {
        Some(m) if m.value == n.value && t.low(m.last) == ")" && m.form != n.form => {
            let mut r = make(t, n.first, m.last + 1, n.value, n.form, "restated");
            r.scaled = n.scaled;
            r
        }
        _ => n,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers::testing::{all, one};

    #[test]
    fn ratios_need_a_smaller_numerator() {
        assert!((one("one in five").0 - 0.2).abs() < 1e-9);
        assert_eq!(all("8 in 5").len(), 2);
        assert_eq!(all("2 in 2020").len(), 2);
        assert_eq!(all("$2000 over 3 years").len(), 2);
    }
}
