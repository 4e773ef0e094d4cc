//! Figures written in digits: separators (`1,200`, `1 414 021`), glued
//! scales (`4m`, `3.5bn`), digits with scale words (`1.2 million`),
//! exponents, digit fractions (`2 1/2`, `3/4`, `2½`) and ordinal suffixes.
//! Glued letters that are no suffix we read make a code (`A320`, `5G`).

use super::compound::{WordParser, compound};
use super::lexicon::{scale_abbrev, vulgar};
use super::tails::tail;
use super::{Form, Num, make};
use crate::extract::tokens::{Kind, Tokens};

/// Parses a digits token: `1,200`, `3.5`, `1.111,11`, `1,3`.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    crate::extract::tokens::digits_value(s)
}

/// `½`, `¼`, `¾` on their own.
pub(super) fn punct_number(t: &Tokens, i: usize) -> Option<Num> {
    let v = vulgar(t.raw(i))?;
    let mut n = make(t, i, i + 1, v, Form::Digits, "vulgar-fraction");
    n.fraction = true;
    Some(n)
}

pub(super) fn digits_number(t: &Tokens, i: usize) -> Option<Num> {
    digits_number_d(t, i, 0)
}

/// `depth` bounds how far tails look into the numbers after this one
/// (`one and a half`, `one in five`), keeping the scan linear.
pub(super) fn digits_number_d(t: &Tokens, i: usize, depth: u8) -> Option<Num> {
    let raw = t.raw(i);
    // Letters or digits glued before (`G20`, `COVID-19` is handled by callers):
    // `A320` is a name, not a number.
    if t.glued(i) && t.is_word(i - 1) && !currency_code(t, i - 1) {
        return None;
    }
    // `COVID-19`, `F-16`, `MH-17`: a name with a number in it, not a figure.
    if i >= 2 && t.glued(i) && t.glued(i - 1) && t.raw(i - 1) == "-" && t.is_word(i - 2) {
        return None;
    }
    // `J1149.5+6663`: digits joined to other digits by a glued `+` are a code.
    if i >= 2
        && t.glued(i)
        && t.glued(i - 1)
        && t.raw(i - 1) == "+"
        && t.kind(i - 2) == Some(Kind::Digits)
    {
        return None;
    }
    let mut value = parse_digits(raw)?;
    let mut last = i + 1;
    let mut rule = "digits";
    // "1 414 021 100": groups of three separated by single spaces.
    if !raw.contains([',', '.']) && raw.len() <= 3 {
        let mut j = i + 1;
        let mut v = value;
        while t.kind(j) == Some(Kind::Digits)
            && t.raw(j).len() == 3
            && t.raw(j).bytes().all(|b| b.is_ascii_digit())
            && t.toks[j].start() == t.toks[j - 1].end() + 1
            && t.text.as_bytes()[t.toks[j - 1].end()] == b' '
        {
            v = v * 1000.0 + parse_digits(t.raw(j))?;
            j += 1;
        }
        if j > i + 1 {
            value = v;
            last = j;
            rule = "digits-space-grouped";
        }
    }
    // Ordinal suffix: `20th`, `1st`.
    if t.glued(last) && matches!(t.low(last), "st" | "nd" | "rd" | "th") {
        let mut n = make(t, i, last + 1, value, Form::Digits, "ordinal-digits");
        n.ordinal = true;
        return Some(n);
    }
    // Scientific notation: `1e10`, `12.32e+14`, `1.3x10^6`, `2.5^-1`.
    if let Some((v, end)) = scientific(t, last, value) {
        return Some(make(t, i, end, v, Form::Digits, "digits-scientific"));
    }
    // Mixed fractions and fractions: `2 1/2`, `3/4`.
    if let Some(n) = digit_fraction(t, i, last, value) {
        return Some(n);
    }
    // Glued abbreviations: `4m`, `3.5bn`, `20k`; but `m` may be metres
    // (`8m wide`, see `quantities::metres`).
    if t.glued(last)
        && let Some(s) = scale_abbrev(t.low(last))
        && !(t.glued(last + 1) && t.kind(last + 1) != Some(Kind::Punct))
        && !crate::extract::quantities::metres::metres_at(t, i, last)
    {
        let mut n = make(
            t,
            i,
            last + 1,
            value * s,
            Form::Mixed,
            "digits-scale-abbrev",
        );
        n.scaled = true;
        return Some(n);
    }
    // Letters glued after that are no suffix we read (`06F6`, `3D`, `5G`), or
    // a glued `+` and more digits: a code, not a figure.
    if t.glued(last)
        && (t.is_word(last) && !glued_suffix_ok(t, last)
            || t.raw(last) == "+" && t.glued(last + 1) && t.kind(last + 1) == Some(Kind::Digits))
    {
        return None;
    }
    // Scale words and compounds: `1.2 million`, `322 hundred`, `3 dozens`,
    // `4 thousand 3 hundred and 21`, `13 lakh`.
    if last == i + 1 && t.same_line(last) {
        let mut p = WordParser::default();
        let (end, _) = compound(t, i, &mut p);
        if end > i + 1 && p.scaled {
            let mut n = make(t, i, end, p.total(), Form::Mixed, "digits-scale-word");
            n.scaled = true;
            return Some(tail(t, n, &p, depth));
        }
    }
    let n = make(t, i, last, value, Form::Digits, rule);
    Some(tail(t, n, &WordParser::default(), depth))
}

/// Whether the word glued after a figure at token `j` is a suffix we read,
/// not part of a code: a unit, currency or percent from the quantities
/// tables (`10km`, `180ml`, `115USD`), `am`/`pm` (a clock time, dropped by
/// [`numbers`]), or one letter that ends the token: a plural (`1980s`), cents
/// or pence (`50c`, `50p`), degrees (`1.5C`, `75F`), a trillion after a
/// currency or tonnes (`$2.174T`, `5t`), a multiplier (`10x`), inches (`2in`),
/// metres (`8m wide`). Ordinal suffixes, exponents and scale abbreviations are
/// read before this is asked.
fn glued_suffix_ok(t: &Tokens, j: usize) -> bool {
    use crate::extract::quantities::currencies::currency_after;
    use crate::extract::quantities::units::{MEASURE, PERCENT, TIME, match_at};
    let more = |k: usize| t.glued(k) && t.kind(k) != Some(Kind::Punct);
    if let Some(len) = [MEASURE, TIME, PERCENT]
        .iter()
        .find_map(|table| match_at(t, j, table).map(|(_, len)| len))
        .or_else(|| currency_after(t, j).map(|(_, len)| len))
    {
        return !more(j + len);
    }
    match t.low(j) {
        "am" | "pm" => true,
        "a" | "p" if t.raw(j + 1) == "." && t.glued(j + 1) => true,
        "s" | "c" | "p" | "f" | "t" | "x" | "in" => !more(j + 1),
        // Only metres reach here: a glued `m` for million is read before.
        "m" => !more(j + 1),
        _ => false,
    }
}

/// A currency code glued to the figure: `USD115`, `GBP3.01`, `Rs20`, `IDR500`.
fn currency_code(t: &Tokens, i: usize) -> bool {
    use crate::extract::quantities::currencies::{CURRENCY_BEFORE, code_at};
    let w = t.low(i);
    code_at(t, i).is_some()
        || CURRENCY_BEFORE
            .iter()
            .any(|e| e.tokens.len() == 1 && e.tokens[0] == w && w.len() > 1)
}

/// The sign and digits of an exponent at token `j`: `+14`, `-1`, `--23`.
fn exponent(t: &Tokens, mut j: usize) -> Option<(f64, usize)> {
    let mut sign = 1.0;
    while t.glued(j) && matches!(t.raw(j), "-" | "+" | "\u{2212}") {
        if t.raw(j) != "+" {
            sign = -sign;
        }
        j += 1;
    }
    if !(t.glued(j) && plain_integer(t, j)) || t.raw(j).len() > 3 {
        return None;
    }
    Some((sign * parse_digits(t.raw(j))?, j + 1))
}

fn scientific(t: &Tokens, last: usize, value: f64) -> Option<(f64, usize)> {
    if !t.glued(last) {
        return None;
    }
    match t.raw(last) {
        "e" | "E" => {
            let (e, end) = exponent(t, last + 1)?;
            Some((value * 10f64.powf(e), end))
        }
        "^" => {
            let (e, end) = exponent(t, last + 1)?;
            Some((value.powf(e), end))
        }
        "x" | "×" if t.raw(last + 1) == "10" && t.glued(last + 1) => {
            let j = if t.raw(last + 2) == "^" {
                last + 3
            } else {
                last + 2
            };
            if j == last + 2 && !matches!(t.raw(j), "-" | "\u{2212}") {
                return None;
            }
            let (e, end) = exponent(t, j)?;
            Some((value * 10f64.powf(e), end))
        }
        _ => None,
    }
}

fn digit_fraction(t: &Tokens, i: usize, last: usize, whole: f64) -> Option<Num> {
    let is_frac_at = |k: usize| {
        t.low(k + 1) == "/"
            && t.glued(k + 1)
            && t.kind(k + 2) == Some(Kind::Digits)
            && t.glued(k + 2)
            && !(t.low(k + 3) == "/" && t.glued(k + 3))
    };
    // "2 1/2"
    if last == i + 1 && t.kind(last) == Some(Kind::Digits) && t.same_line(last) && is_frac_at(last)
    {
        let num = parse_digits(t.raw(last))?;
        let den = parse_digits(t.raw(last + 2))?;
        if den > num && den > 0.0 && den <= 16.0 && whole.fract() == 0.0 && !t.glued(last) {
            let mut n = make(
                t,
                i,
                last + 3,
                whole + num / den,
                Form::Digits,
                "mixed-fraction",
            );
            n.fraction = true;
            return Some(n);
        }
    }
    // "3/4" (not "30/03/2022" and not "24/7")
    if last == i + 1 && is_frac_at(i) && !(i > 0 && t.low(i - 1) == "/" && t.glued(i)) {
        let den = parse_digits(t.raw(i + 2))?;
        if den > whole && den > 0.0 && den <= 100.0 {
            let mut n = make(t, i, i + 3, whole / den, Form::Digits, "digit-fraction");
            n.fraction = true;
            return Some(n);
        }
    }
    // "2½"
    if t.glued(last)
        && let Some(f) = vulgar(t.raw(last))
    {
        let mut n = make(
            t,
            i,
            last + 1,
            whole + f,
            Form::Digits,
            "digits-vulgar-fraction",
        );
        n.fraction = true;
        return Some(n);
    }
    None
}

pub(super) fn plain_integer(t: &Tokens, j: usize) -> bool {
    t.kind(j) == Some(Kind::Digits) && t.raw(j).bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::parse_digits;
    use crate::extract::numbers::numbers;
    use crate::extract::numbers::testing::{all, one};
    use crate::extract::tokens::Tokens;

    #[test]
    fn digit_formats() {
        assert_eq!(parse_digits("1,200"), Some(1200.0));
        assert_eq!(parse_digits("1,234,567.89"), Some(1234567.89));
        assert_eq!(parse_digits("1.111,11"), Some(1111.11));
        assert_eq!(parse_digits("1,3"), Some(1.3));
        assert_eq!(parse_digits("12,34"), Some(12.34));
        assert_eq!(parse_digits("192.168.1.2"), None);
    }

    #[test]
    fn mixed() {
        assert_eq!(one("1.2 million").0, 1.2e6);
        assert_eq!(one("4m").0, 4e6);
        assert_eq!(one("3.5bn").0, 3.5e9);
        assert_eq!(one("2 1/2").0, 2.5);
    }

    #[test]
    fn separators_that_make_no_number_split_it() {
        let got = all("192.168.1.2 and 22,24,26,31");
        let values: Vec<f64> = got.iter().map(|g| g.0).collect();
        assert_eq!(values, [192.0, 168.0, 1.0, 2.0, 22.0, 24.0, 26.0, 31.0]);
        assert_eq!(parse_digits("12,34,567.89"), Some(1234567.89));
        assert_eq!(parse_digits(".25"), Some(0.25));
    }

    #[test]
    fn glued_letters_make_codes() {
        for text in ["06F6", "A320", "J1149.5+6663", "3D", "5G", "2+2", "10q"] {
            assert!(all(text).is_empty(), "{text}");
        }
        for (text, v) in [
            ("10km", 10.0),
            ("180ml", 180.0),
            ("20th", 20.0),
            ("3.5bn", 3.5e9),
            ("1980s", 1980.0),
            ("1.5C", 1.5),
            ("50p", 50.0),
            ("1e3", 1e3),
            ("115USD", 115.0),
        ] {
            assert_eq!(one(text).0, v, "{text}");
        }
    }

    #[test]
    fn separate_numbers_stay_separate() {
        let t = Tokens::new("five six");
        assert_eq!(numbers(&t).len(), 2);
        let t = Tokens::new("in 2019 200 people");
        assert_eq!(numbers(&t).len(), 2);
    }
}
