//! Rules for bare numbers: digits, words, digits with scale words, fractions
//! and ordinals. Units, currencies and hedges are the quantities layer's job.

use crate::extract::tokens::{Kind, Tokens};

/// How the number was written; later layers trust digits more than words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Digits,
    Words,
    /// Digits with a scale word: `1.2 million`, `4m`, `3.5bn`.
    Mixed,
}

/// A number found in the token stream.
#[derive(Debug, Clone, PartialEq)]
pub struct Num {
    /// Token range `first..last`.
    pub first: usize,
    pub last: usize,
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub form: Form,
    pub ordinal: bool,
    /// Written with a scale word (`million`, `bn`, `thousand`).
    pub scaled: bool,
    /// A fraction such as `half`, `a third`, `2 1/2`.
    pub fraction: bool,
    /// Name of the rule that made it.
    pub rule: &'static str,
}

pub(crate) fn unit_word(w: &str) -> Option<f64> {
    Some(match w {
        "zero" | "nought" | "naught" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

pub(crate) fn tens_word(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" | "fourty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Scale words, spelled out or abbreviated.
pub(crate) fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "thousand" | "thousands" => 1e3,
        "million" | "millions" => 1e6,
        "billion" | "billions" => 1e9,
        "trillion" | "trillions" => 1e12,
        _ => return None,
    })
}

/// Abbreviated scales glued to digits: `4m`, `3.5bn`, `20k`.
fn scale_abbrev(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "thou" => 1e3,
        "m" | "mn" | "mln" | "mil" | "mio" => 1e6,
        "b" | "bn" | "bln" => 1e9,
        "tn" | "trn" | "tr" => 1e12,
        _ => return None,
    })
}

fn ordinal_word(w: &str) -> Option<f64> {
    Some(match w {
        "first" => 1.0,
        "second" => 2.0,
        "third" => 3.0,
        "fourth" => 4.0,
        "fifth" => 5.0,
        "sixth" => 6.0,
        "seventh" => 7.0,
        "eighth" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        "eleventh" => 11.0,
        "twelfth" => 12.0,
        "thirteenth" => 13.0,
        "fourteenth" => 14.0,
        "fifteenth" => 15.0,
        "sixteenth" => 16.0,
        "seventeenth" => 17.0,
        "eighteenth" => 18.0,
        "nineteenth" => 19.0,
        "twentieth" => 20.0,
        "thirtieth" => 30.0,
        "fortieth" => 40.0,
        "fiftieth" => 50.0,
        "sixtieth" => 60.0,
        "seventieth" => 70.0,
        "eightieth" => 80.0,
        "ninetieth" => 90.0,
        "hundredth" => 100.0,
        "thousandth" => 1e3,
        "millionth" => 1e6,
        "billionth" => 1e9,
        _ => return None,
    })
}

/// Denominators: `third`, `quarters`, `fifths`...
fn denominator_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// Parses a digits token: `1,200`, `3.5`, `1.111,11`, `1,3`.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    crate::extract::tokens::digits_value(s)
}

/// Finds every number in the token stream, longest match first.
pub fn numbers(t: &Tokens) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let found = match t.kind(i) {
            Some(Kind::Digits) => digits_number(t, i),
            Some(Kind::Word) => word_number(t, i),
            Some(Kind::Punct) => punct_number(t, i),
            None => None,
        };
        match found {
            Some(n) => {
                i = n.last.max(i + 1);
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

fn make(t: &Tokens, first: usize, last: usize, value: f64, form: Form, rule: &'static str) -> Num {
    Num {
        first,
        last,
        start: t.toks[first].start,
        end: t.toks[last - 1].end,
        value,
        form,
        ordinal: false,
        scaled: false,
        fraction: false,
        rule,
    }
}

/// `½`, `¼`, `¾` on their own.
fn punct_number(t: &Tokens, i: usize) -> Option<Num> {
    let v = vulgar(t.raw(i))?;
    let mut n = make(t, i, i + 1, v, Form::Digits, "vulgar-fraction");
    n.fraction = true;
    Some(n)
}

fn vulgar(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        _ => return None,
    })
}

fn digits_number(t: &Tokens, i: usize) -> Option<Num> {
    let raw = t.raw(i);
    // Letters or digits glued before (`G20`, `COVID-19` is handled by callers):
    // `A320` is a name, not a number.
    if t.glued(i) && t.is_word(i - 1) {
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
            && t.toks[j].start == t.toks[j - 1].end + 1
            && t.text.as_bytes()[t.toks[j - 1].end] == b' '
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
    // Mixed fractions and fractions: `2 1/2`, `3/4`.
    if let Some(n) = digit_fraction(t, i, last, value) {
        return Some(n);
    }
    // Glued abbreviations: `4m`, `3.5bn`, `20k`.
    if t.glued(last)
        && let Some(s) = scale_abbrev(t.low(last))
        && !(t.glued(last + 1) && t.kind(last + 1) != Some(Kind::Punct))
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
    // Scale words: `1.2 million`, `12 thousand`, `4 million`.
    if let Some(n) = digits_scale(t, i, last, value) {
        return Some(n);
    }
    Some(make(t, i, last, value, Form::Digits, rule))
}

fn digits_scale(t: &Tokens, i: usize, last: usize, value: f64) -> Option<Num> {
    let mut j = last;
    let mut v = value;
    let mut scaled = false;
    while t.same_line(j) {
        let w = t.low(j);
        if let Some(s) = scale_word(w).filter(|_| !w.ends_with('s')) {
            v *= s;
            scaled = true;
            j += 1;
        } else if w == "hundred" && !scaled && value.fract() == 0.0 && value < 100.0 {
            v *= 100.0;
            scaled = true;
            j += 1;
        } else if matches!(w, "bn" | "mn" | "mln" | "bln" | "tn" | "trn") {
            v *= scale_abbrev(w)?;
            scaled = true;
            j += 1;
        } else {
            break;
        }
    }
    if !scaled {
        return None;
    }
    let mut n = make(t, i, j, v, Form::Mixed, "digits-scale-word");
    n.scaled = true;
    Some(n)
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
        if den > whole && den > 0.0 && den <= 16.0 {
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

/// Numbers in words: `four million`, `one hundred and twenty-five`,
/// `twelve hundred`, `a dozen`, `half a million`, `two-thirds`, `twentieth`.
fn word_number(t: &Tokens, i: usize) -> Option<Num> {
    let w = t.low(i);
    if matches!(w, "a" | "an") {
        return article_number(t, i);
    }
    if w == "half" {
        return half_number(t, i);
    }
    if let Some(v) = ordinal_word(w).filter(|_| !matches!(w, "second")) {
        let mut n = make(t, i, i + 1, v, Form::Words, "ordinal-word");
        n.ordinal = true;
        return Some(n);
    }
    if w == "dozen" {
        return Some(make(t, i, i + 1, 12.0, Form::Words, "dozen"));
    }
    let mut p = WordParser::default();
    let mut j = i;
    let mut end = i;
    let mut ordinal = false;
    loop {
        let w = t.low(j);
        if j > i && !t.same_line(j) {
            break;
        }
        if p.push(w) {
            j += 1;
            end = j;
            continue;
        }
        // An ordinal closing a compound: `twenty-first`, `hundredth`.
        if j > i
            && p.accepts_units()
            && let Some(v) = ordinal_word(w).filter(|&v| v < 10.0 || p.current == 0.0)
        {
            p.current += v;
            ordinal = true;
            end = j + 1;
            break;
        }
        // Hyphens between tens and units: `twenty-five`.
        if w == "-" && t.glued(j) && t.glued(j + 1) && j > i {
            j += 1;
            continue;
        }
        // "and" inside: `one hundred and twenty-five`, `two thousand and five`.
        if w == "and"
            && p.after_hundred_or_scale()
            && (unit_word(t.low(j + 1)).is_some() || tens_word(t.low(j + 1)).is_some())
        {
            j += 1;
            continue;
        }
        break;
    }
    if end == i {
        return None;
    }
    let mut n = make(t, i, end, p.total(), Form::Words, "words");
    n.scaled = p.scaled;
    n.ordinal = ordinal;
    if ordinal {
        n.rule = "ordinal-words";
        return Some(n);
    }
    // Fractions in words: `two thirds`, `three-quarters`, `one and a half million`.
    if let Some(f) = word_fraction(t, &n) {
        return Some(f);
    }
    Some(n)
}

/// Accumulates spelled-out numbers; refuses sequences that are not one number
/// (`five six`, `twenty thirty`).
#[derive(Debug, Default)]
struct WordParser {
    total: f64,
    current: f64,
    /// What the previous word was: 0 none, 1 unit, 2 tens, 3 teen, 4 hundred, 5 scale.
    last: u8,
    scaled: bool,
    words: usize,
}

impl WordParser {
    fn push(&mut self, w: &str) -> bool {
        if let Some(v) = unit_word(w) {
            let teen = v >= 10.0;
            let ok = match self.last {
                0 | 4 | 5 => true,
                2 => !teen && v > 0.0,
                _ => false,
            };
            if !ok {
                return false;
            }
            self.current += v;
            self.last = if teen { 3 } else { 1 };
        } else if let Some(v) = tens_word(w) {
            if !matches!(self.last, 0 | 4 | 5) {
                return false;
            }
            self.current += v;
            self.last = 2;
        } else if w == "hundred" {
            if self.words == 0
                || !matches!(self.last, 1 | 3)
                || self.current % 100.0 != self.current
            {
                // "twelve hundred" is fine (teen); "hundred" alone needs an article.
                if !(self.last == 2 && self.current < 100.0) {
                    return false;
                }
            }
            self.current *= 100.0;
            self.last = 4;
            self.scaled = true;
        } else if let Some(s) = scale_word(w).filter(|_| !w.ends_with('s')) {
            if self.words == 0 || self.last == 5 || self.current == 0.0 {
                return false;
            }
            self.total += self.current * s;
            self.current = 0.0;
            self.last = 5;
            self.scaled = true;
        } else {
            return false;
        }
        self.words += 1;
        true
    }

    fn accepts_units(&self) -> bool {
        matches!(self.last, 2 | 4 | 5)
    }

    fn after_hundred_or_scale(&self) -> bool {
        matches!(self.last, 4 | 5)
    }

    fn total(&self) -> f64 {
        self.total + self.current
    }
}

/// `a dozen`, `a hundred`, `a million`, `a third`, `a half`, `a quarter million`.
fn article_number(t: &Tokens, i: usize) -> Option<Num> {
    let next = t.low(i + 1);
    if !t.same_line(i + 1) {
        return None;
    }
    let (value, len, rule, fraction) = if next == "dozen" {
        (12.0, 2, "a-dozen", false)
    } else if next == "hundred" {
        (100.0, 2, "a-hundred", false)
    } else if let Some(s) = scale_word(next).filter(|_| !next.ends_with('s')) {
        (s, 2, "a-scale", false)
    } else if let Some(d) = denominator_word(next).filter(|_| !next.ends_with('s')) {
        // "a third of", "a quarter of", "a half": not "a second" (time) or "a fifth column".
        if next == "fourth" {
            return None;
        }
        let follows = t.low(i + 2);
        let ok = next == "half" || matches!(follows, "of" | "million" | "billion" | "trillion");
        if !ok {
            return None;
        }
        (1.0 / d, 2, "a-fraction", true)
    } else {
        return None;
    };
    let mut n = make(t, i, i + len, value, Form::Words, rule);
    n.fraction = fraction;
    n.scaled = !fraction;
    // "a quarter million", "a hundred thousand", "a dozen"
    if let Some(s) = scale_word(t.low(i + len)).filter(|_| !t.low(i + len).ends_with('s')) {
        if t.same_line(i + len) {
            n.value *= s;
            n.last += 1;
            n.end = t.toks[n.last - 1].end;
            n.scaled = true;
            n.fraction = false;
        }
    }
    Some(n)
}

/// `half a million`, `half` (as in "half of them").
fn half_number(t: &Tokens, i: usize) -> Option<Num> {
    if matches!(t.low(i + 1), "a" | "an")
        && let Some(s) = scale_word(t.low(i + 2)).or((t.low(i + 2) == "dozen").then_some(12.0))
    {
        let mut n = make(t, i, i + 3, s / 2.0, Form::Words, "half-a-scale");
        n.scaled = true;
        return Some(n);
    }
    if i > 0 && t.glued(i) && t.low(i - 1) == "-" {
        return None;
    }
    let mut n = make(t, i, i + 1, 0.5, Form::Words, "half");
    n.fraction = true;
    Some(n)
}

/// Continues a word number into a fraction: `two thirds`, `three-quarters`,
/// `one and a half`, `one and a half million`.
fn word_fraction(t: &Tokens, n: &Num) -> Option<Num> {
    let j = n.last;
    let mut k = j;
    if t.low(k) == "-" && t.glued(k) {
        k += 1;
    }
    if !n.scaled && n.value >= 1.0 && n.value < 10.0 {
        if let Some(d) = denominator_word(t.low(k)).filter(|_| t.same_line(k)) {
            let plural = t.low(k).ends_with('s');
            if (n.value > 1.0) == plural && t.low(k) != "second" {
                let mut f = make(
                    t,
                    n.first,
                    k + 1,
                    n.value / d,
                    Form::Words,
                    "words-fraction",
                );
                f.fraction = true;
                return Some(f);
            }
        }
    }
    // "one and a half (million)"
    if t.low(j) == "and"
        && t.low(j + 1) == "a"
        && matches!(t.low(j + 2), "half" | "quarter" | "third")
        && t.same_line(j)
    {
        let frac = 1.0 / denominator_word(t.low(j + 2))?;
        let mut v = n.value + frac;
        let mut last = j + 3;
        if let Some(s) = scale_word(t.low(last)).filter(|_| !t.low(last).ends_with('s')) {
            v *= s;
            last += 1;
        }
        let mut f = make(t, n.first, last, v, Form::Words, "words-and-a-fraction");
        f.scaled = last > j + 3;
        f.fraction = !f.scaled;
        return Some(f);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (f64, String) {
        let t = Tokens::new(text);
        let ns = numbers(&t);
        assert_eq!(ns.len(), 1, "{text}: {ns:?}");
        (ns[0].value, text[ns[0].start..ns[0].end].to_string())
    }

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
    fn words() {
        assert_eq!(one("one hundred and twenty-five").0, 125.0);
        assert_eq!(one("twelve hundred").0, 1200.0);
        assert_eq!(one("four million").0, 4e6);
        assert_eq!(one("half a million").0, 5e5);
        assert_eq!(one("a dozen").0, 12.0);
        assert_eq!(one("two thousand and five").0, 2005.0);
        assert_eq!(one("one and a half million").0, 1.5e6);
        assert!((one("two-thirds").0 - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn mixed() {
        assert_eq!(one("1.2 million").0, 1.2e6);
        assert_eq!(one("4m").0, 4e6);
        assert_eq!(one("3.5bn").0, 3.5e9);
        assert_eq!(one("2 1/2").0, 2.5);
    }

    #[test]
    fn separate_numbers_stay_separate() {
        let t = Tokens::new("five six");
        assert_eq!(numbers(&t).len(), 2);
        let t = Tokens::new("in 2019 200 people");
        assert_eq!(numbers(&t).len(), 2);
    }
}
