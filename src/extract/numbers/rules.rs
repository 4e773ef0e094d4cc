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
        "zero" | "nought" | "naught" | "nil" => 0.0,
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
        "trillionth" => 1e12,
        _ => return None,
    })
}

/// Parses a digits token: `1,200`, `3.5`, `1.111,11`, `1,3`.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    crate::extract::tokens::digits_value(s)
}

/// Finds every number in the token stream, longest match first.
///
/// Clock times (`2pm`, `10:30`, `seven o'clock`) and year spans (`2013-14`)
/// are skipped: they are dates and times, not figures.
pub fn numbers(t: &Tokens) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if let Some(end) = year_span(t, i).or_else(|| clock_digits(t, i)) {
            i = end;
            continue;
        }
        let found = match t.kind(i) {
            Some(Kind::Digits) => digits_number(t, i),
            Some(Kind::Word) => word_number(t, i),
            Some(Kind::Punct) => punct_number(t, i),
            None => None,
        };
        match found {
            Some(n) if !n.ordinal && clock_suffix(t, n.last).is_some() => {
                i = clock_suffix(t, n.last).unwrap_or(n.last).max(i + 1);
            }
            Some(mut n) => {
                i = n.last.max(i + 1);
                signed(t, &mut n);
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

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
fn year_span(t: &Tokens, i: usize) -> Option<usize> {
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
fn clock_digits(t: &Tokens, i: usize) -> Option<usize> {
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
fn clock_suffix(t: &Tokens, j: usize) -> Option<usize> {
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

/// A sign before the figure: `-1`, `(-5)`, `minus 5`, `negative one`;
/// not the dash of `2013-14` or `COVID-19`.
fn signed(t: &Tokens, n: &mut Num) {
    if n.ordinal || n.first == 0 || !t.same_line(n.first) {
        return;
    }
    let f = n.first;
    let dash = matches!(t.raw(f - 1), "-" | "\u{2212}")
        && t.glued(f)
        && !(f >= 2 && t.glued(f - 1) && t.kind(f - 2) != Some(Kind::Punct));
    if dash || matches!(t.low(f - 1), "minus" | "negative") {
        n.first -= 1;
        n.start = t.toks[n.first].start;
        n.value = -n.value;
        if !dash {
            n.form = Form::Words;
        }
    }
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
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

fn digits_number(t: &Tokens, i: usize) -> Option<Num> {
    digits_number_d(t, i, 0)
}

/// `depth` bounds how far tails look into the numbers after this one
/// (`one and a half`, `one in five`), keeping the scan linear.
fn digits_number_d(t: &Tokens, i: usize, depth: u8) -> Option<Num> {
    let raw = t.raw(i);
    // Letters or digits glued before (`G20`, `COVID-19` is handled by callers):
    // `A320` is a name, not a number.
    if t.glued(i) && t.is_word(i - 1) && !currency_code(t.low(i - 1)) {
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
    // Scientific notation: `1e10`, `12.32e+14`, `1.3x10^6`, `2.5^-1`.
    if let Some((v, end)) = scientific(t, last, value) {
        return Some(make(t, i, end, v, Form::Digits, "digits-scientific"));
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
/// currency or tonnes (`$2.174T`, `5t`), a multiplier (`10x`), inches (`2in`). Ordinal suffixes, exponents and scale abbreviations are
/// read before this is asked.
fn glued_suffix_ok(t: &Tokens, j: usize) -> bool {
    use crate::extract::quantities::units::{CURRENCY_AFTER, MEASURE, PERCENT, TIME, match_at};
    let more = |k: usize| t.glued(k) && t.kind(k) != Some(Kind::Punct);
    if let Some((_, len)) = [MEASURE, TIME, CURRENCY_AFTER, PERCENT]
        .iter()
        .find_map(|table| match_at(t, j, table))
    {
        return !more(j + len);
    }
    match t.low(j) {
        "am" | "pm" => true,
        "a" | "p" if t.raw(j + 1) == "." && t.glued(j + 1) => true,
        "s" | "c" | "p" | "f" | "t" | "x" | "in" => !more(j + 1),
        _ => false,
    }
}

/// A currency code glued to the figure: `USD115`, `GBP3.01`, `Rs20`.
fn currency_code(w: &str) -> bool {
    crate::extract::quantities::units::CURRENCY_BEFORE
        .iter()
        .any(|e| e.tokens.len() == 1 && e.tokens[0] == w && w.len() > 1)
}

/// The number starting at token `i`, if one does.
pub(crate) fn numbers_at(t: &Tokens, i: usize) -> Option<Num> {
    match t.kind(i) {
        Some(Kind::Digits) => digits_number(t, i),
        Some(Kind::Word) => word_number(t, i),
        _ => None,
    }
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

/// Numbers in words: `four million`, `one hundred and twenty-five`,
/// `twelve hundred`, `a dozen`, `half a million`, `two-thirds`, `twentieth`.
fn word_number(t: &Tokens, i: usize) -> Option<Num> {
    word_number_d(t, i, 0)
}

fn word_number_d(t: &Tokens, i: usize, depth: u8) -> Option<Num> {
    let w = t.low(i);
    if matches!(w, "a" | "an") {
        if let Some(n) = collective(t, i, depth) {
            return Some(n);
        }
        return article_number(t, i, depth).map(|n| tail(t, n, &WordParser::default(), depth));
    }
    if w == "single" {
        return standalone_single(t, i);
    }
    if w == "half" || w == "quarter" {
        return half_number(t, i);
    }
    // `the one you mentioned`, `this one`: a pronoun, not a figure.
    if w == "one"
        && i > 0
        && t.same_line(i)
        && matches!(
            t.low(i - 1),
            "the" | "this" | "that" | "which" | "each" | "every" | "any" | "another" | "no"
        )
        && !is_number_word(t.low(i + 1))
    {
        return None;
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
    let (end, ordinal) = compound(t, i, &mut p);
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
    Some(tail(t, n, &p, depth))
}

fn is_number_word(w: &str) -> bool {
    unit_word(w).is_some()
        || tens_word(w).is_some()
        || w == "hundred"
        || big_scale(w).is_some()
        || matches!(w, "of" | "-")
}

/// Scale words a number can carry, plurals included once a figure is there
/// (`three billions`), and South Asian `lakh` and `crore`.
fn big_scale(w: &str) -> Option<f64> {
    scale_word(w).or(match w {
        "lakh" | "lakhs" | "lac" | "lacs" | "lkh" | "lkhs" => Some(1e5),
        "crore" | "crores" | "krore" | "krores" | "koti" => Some(1e7),
        // `Rs 300 cr`: only once a figure is there (see `push`).
        "cr" => Some(1e7),
        _ => None,
    })
}

/// Spaced scale abbreviations after digits: `10 bln`, `3.5 bn`, `2 tln`.
fn spaced_abbrev(w: &str) -> Option<f64> {
    Some(match w {
        "mn" | "mln" => 1e6,
        "bn" | "bln" => 1e9,
        "tn" | "trn" | "tln" | "trln" => 1e12,
        _ => return None,
    })
}

fn dozen_word(w: &str) -> bool {
    matches!(w, "dozen" | "dozens" | "doz" | "dozs" | "dz" | "dzs")
}

/// Reads a compound number from token `i` into `p`: words, and plain
/// integers where a compound allows them (`4 thousand 3 hundred and 21`).
/// Returns the end token and whether it closed with an ordinal.
fn compound(t: &Tokens, i: usize, p: &mut WordParser) -> (usize, bool) {
    let mut j = i;
    let mut end = i;
    let mut saved: Option<(WordParser, usize)> = None;
    loop {
        if j > i && !t.same_line(j) {
            break;
        }
        let w = t.low(j);
        let pushed = if t.kind(j) == Some(Kind::Digits) {
            p.push_digits(t.raw(j), j == i)
        } else {
            p.push(
                w,
                j > i && t.same_line(j) && t.kind(j - 1) == Some(Kind::Digits),
            )
        };
        if pushed {
            j += 1;
            end = j;
            continue;
        }
        // `3 hundred and 2 hundred`: the `and` joined two numbers; undo it.
        if (w == "hundred" || big_scale(w).is_some())
            && let Some((snap, at)) = saved.take()
        {
            *p = snap;
            end = at;
            break;
        }
        // An ordinal closing a compound: `twenty-first`, `hundredth`.
        if j > i
            && p.accepts_units()
            && let Some(v) = ordinal_word(w).filter(|&v| v < 10.0 || p.current == 0.0)
        {
            p.current += v;
            return (j + 1, true);
        }
        // Hyphens between tens and units: `twenty-five`, `fifty - two`.
        if w == "-"
            && j > i
            && p.last == TENS
            && t.same_line(j + 1)
            && (t.glued(j) && t.glued(j + 1)
                || unit_word(t.low(j + 1)).is_some_and(|v| (1.0..10.0).contains(&v)))
        {
            j += 1;
            continue;
        }
        // "and" inside: `one hundred and twenty-five`, `3 hundred and 21`.
        if w == "and"
            && matches!(p.last, HUNDRED | SCALE | DOZEN)
            && t.same_line(j + 1)
            && (unit_word(t.low(j + 1)).is_some()
                || tens_word(t.low(j + 1)).is_some()
                || plain_integer(t, j + 1))
        {
            saved = Some((p.clone(), end));
            p.and();
            j += 1;
            continue;
        }
        break;
    }
    (end, false)
}

fn plain_integer(t: &Tokens, j: usize) -> bool {
    t.kind(j) == Some(Kind::Digits) && t.raw(j).bytes().all(|b| b.is_ascii_digit())
}

const NONE: u8 = 0;
const UNIT: u8 = 1;
const TENS: u8 = 2;
const TEEN: u8 = 3;
const HUNDRED: u8 = 4;
const SCALE: u8 = 5;
const AND: u8 = 6;
const DIGITS: u8 = 7;
const DOZEN: u8 = 8;

/// Accumulates a compound number; refuses sequences that are not one number
/// (`five six`, `twenty thirty`, `4000 3 hundred`).
#[derive(Debug, Default, Clone)]
struct WordParser {
    total: f64,
    current: f64,
    /// What the previous element was (`NONE`, `UNIT`, `TENS`...).
    last: u8,
    /// The largest scale so far, and the last one.
    big: f64,
    last_scale: f64,
    scaled: bool,
    words: usize,
    /// Value read since the last `and` (for `three hundred and two dozens`).
    since_and: Option<f64>,
    /// The value before the last `and` (for `one hundred and three quarters`).
    before_and: Option<f64>,
    /// Whether that `and` followed a scale word (`two million and ...`).
    and_after_scale: bool,
}

impl WordParser {
    fn add(&mut self, v: f64) {
        self.current += v;
        if let Some(s) = self.since_and.as_mut() {
            *s += v;
        }
    }

    fn push_digits(&mut self, raw: &str, first: bool) -> bool {
        let plain = raw.bytes().all(|b| b.is_ascii_digit());
        let ok = if first {
            true
        } else {
            plain && raw.len() <= 3 && matches!(self.last, AND | SCALE) && raw != "0"
        };
        let Some(v) = parse_digits(raw).filter(|_| ok) else {
            return false;
        };
        self.add(v);
        self.last = DIGITS;
        self.words += 1;
        true
    }

    fn push(&mut self, w: &str, after_digits: bool) -> bool {
        if let Some(v) = unit_word(w) {
            let teen = v >= 10.0;
            let ok = match self.last {
                NONE => true,
                HUNDRED | SCALE | AND => v > 0.0,
                TENS => !teen && v > 0.0,
                _ => false,
            };
            if !ok {
                return false;
            }
            self.add(v);
            self.last = if teen { TEEN } else { UNIT };
        } else if let Some(v) = tens_word(w) {
            if !matches!(self.last, NONE | HUNDRED | SCALE | AND) {
                return false;
            }
            self.add(v);
            self.last = TENS;
        } else if w == "hundred" {
            let ok = match self.last {
                UNIT | TEEN | TENS => self.current % 100.0 != 0.0 || self.current < 100.0,
                DIGITS => self.since_and.is_none_or(|s| s < 100.0),
                _ => false,
            } && (self.since_and.is_none() || self.and_after_scale);
            if !ok || self.current == 0.0 {
                return false;
            }
            match self.since_and.as_mut() {
                Some(s) => {
                    self.current += *s * 99.0;
                    *s *= 100.0;
                }
                None => self.current *= 100.0,
            }
            self.last = HUNDRED;
            self.scaled = true;
        } else if let Some(s) = big_scale(w).or_else(|| spaced_abbrev(w).filter(|_| after_digits)) {
            if self.words == 0 {
                return false;
            }
            if self.current == 0.0 {
                // `three thousand millions`, `three lakh crore`
                if !(self.last == SCALE && s > self.big) {
                    return false;
                }
                self.total *= s;
            } else if s > self.big {
                self.total = (self.total + self.current) * s;
            } else {
                self.total += self.current * s;
            }
            self.current = 0.0;
            self.big = self.big.max(s);
            self.last_scale = s;
            self.last = SCALE;
            self.scaled = true;
            self.since_and = None;
        } else if dozen_word(w) {
            if !matches!(self.last, UNIT | TENS | TEEN | HUNDRED | DIGITS) || self.current == 0.0 {
                return false;
            }
            match self.since_and.as_mut() {
                Some(s) => {
                    self.current += *s * 11.0;
                    *s *= 12.0;
                }
                None => self.current *= 12.0,
            }
            self.last = DOZEN;
            self.scaled = true;
        } else {
            return false;
        }
        self.words += 1;
        true
    }

    fn and(&mut self) {
        self.and_after_scale = self.last == SCALE;
        self.before_and = Some(self.total());
        self.since_and = Some(0.0);
        self.last = AND;
    }

    fn accepts_units(&self) -> bool {
        matches!(self.last, TENS | HUNDRED | SCALE)
    }

    fn total(&self) -> f64 {
        self.total + self.current
    }
}

/// What may follow a whole number: a fraction (`three fifths`,
/// `one and a half`, `3 million and a quarter`), a spoken decimal
/// (`two point five`), a ratio (`one in five`, `two out of three`,
/// `1 over 3`) or a restatement in brackets (`forty-five (45)`).
fn tail(t: &Tokens, n: Num, p: &WordParser, depth: u8) -> Num {
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

/// A denominator word: `fifth` 5, `quarters` 4, `halves` 2, `hundredths` 100,
/// `twenty-firsts` 21. `(denominator, plural, tokens)`.
fn denominator_at(t: &Tokens, j: usize) -> Option<(f64, bool, usize)> {
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
fn denominator_after(t: &Tokens, n: &Num, p: &WordParser) -> Option<Num> {
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
fn scale_after_fraction(t: &Tokens, mut f: Num) -> Num {
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
    f.end = t.toks[f.last - 1].end;
    f.scaled = true;
    f.fraction = false;
    f
}

/// `one and a half`, `3 million and a quarter`, `twenty and three fifths`,
/// `one billion and a half million`.
fn and_fraction(t: &Tokens, n: Num, p: &WordParser, depth: u8) -> Num {
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

/// `a dozen`, `a hundred`, `a million`, `a third`, `a half`, `a quarter million`,
/// `a fifth`, `a hundredth`, `a twenty-first`.
fn article_number(t: &Tokens, i: usize, depth: u8) -> Option<Num> {
    let next = t.low(i + 1);
    if !t.same_line(i + 1) {
        return None;
    }
    if next == "hundred" || big_scale(next).is_some_and(|_| !next.ends_with('s')) {
        // `a hundred and twenty-five`, `a hundred thousand`, `a million`
        let mut p = WordParser::default();
        p.push("one", false);
        let (end, _) = compound(t, i + 1, &mut p);
        if end > i + 1 {
            let mut n = make(t, i, end, p.total(), Form::Words, "a-scale");
            n.scaled = true;
            return Some(tail(t, n, &p, depth)).map(|mut n| {
                n.first = i;
                n.start = t.toks[i].start;
                n
            });
        }
    }
    let (d, plural, len) = denominator_at(t, i + 1)?;
    if plural {
        return None;
    }
    // "a third of", "a quarter million", "a half", "a fifth" at the end; not
    // "a fifth column" or "a fourth term".
    let k = i + 1 + len;
    let follows = t.low(k);
    let ok = next == "half"
        || !t.same_line(k)
        || follows.is_empty()
        || matches!(follows, "of" | "and")
        || big_scale(follows).is_some()
        || t.kind(k) == Some(Kind::Punct) && follows != "-";
    if !ok {
        return None;
    }
    let mut n = make(t, i, k, 1.0 / d, Form::Words, "a-fraction");
    n.fraction = true;
    if big_scale(follows).is_some() && t.same_line(k) {
        n = scale_after_fraction(t, n);
        n.rule = "a-scale";
    }
    Some(n)
}

/// Collective words after `a`: `a couple`, `a pair` (2), `a dozen` (12) and
/// `a single` (1: `a single dose`, `not a single vote`).
///
/// A directly following `of` is part of the span, as Duckling reads it
/// (`[a couple of] friends`, `[a dozen of] them`), so a unit after it joins
/// the figure (`a couple of days`); the words after `of` never do.
/// `a couple (of) hundred/thousand/million` is scaled, so `a couple million
/// dollars` is not read as 2. `a single` in a hyphenated compound is an
/// adjective (`a single-use bag`, `a single-digit rise`), not a count.
fn collective(t: &Tokens, i: usize, depth: u8) -> Option<Num> {
    if !t.same_line(i + 1) {
        return None;
    }
    let next = t.low(i + 1);
    let (v, rule) = match next {
        "couple" => (2.0, "a-couple"),
        "pair" => (2.0, "a-pair"),
        "dozen" => (12.0, "a-dozen"),
        "single" => (1.0, "a-single"),
        _ => return None,
    };
    if next == "single" && hyphen_glued(t, i + 2) {
        return None;
    }
    let mut k = i + 2;
    let of = next != "single" && t.low(k) == "of" && t.same_line(k);
    if of {
        k += 1;
    }
    let mut value = v;
    let mut scaled = next == "dozen";
    if next == "couple" && t.same_line(k) {
        let w = t.low(k);
        let s = if w == "hundred" {
            Some(100.0)
        } else {
            scale_word(w).filter(|_| !w.ends_with('s'))
        };
        if let Some(s) = s {
            value *= s;
            k += 1;
            scaled = true;
        }
    }
    let mut n = make(t, i, k, value, Form::Words, rule);
    n.scaled = scaled;
    if next == "dozen" && !of {
        // `a dozen and a half`, as before.
        return Some(tail(t, n, &WordParser::default(), depth));
    }
    Some(n)
}

/// Whether token `k` is a hyphen glued to both its neighbours.
fn hyphen_glued(t: &Tokens, k: usize) -> bool {
    matches!(t.raw(k), "-" | "\u{2010}" | "\u{2011}") && t.glued(k) && t.glued(k + 1)
}

/// A bare `single` is the count 1 only when it stands as a phrase of its own
/// (`Doses: single`, `(single)`, a one-word answer): no word, figure or glued
/// hyphen right before or after it on the line. Before a noun a bare `single`
/// names a kind far more often than a count in news (`single market`,
/// `single mothers`, `the single largest`, `single-handedly`), and after a
/// verb it is a status (`she is single`); the count takes the article
/// (`a single dose`, `not a single vote`: see [`collective`]). `every single`
/// means all, not one, so it is no figure either.
fn standalone_single(t: &Tokens, i: usize) -> Option<Num> {
    let joined = |k: usize| t.is_word(k) || t.kind(k) == Some(Kind::Digits);
    let before = i > 0 && t.same_line(i) && (joined(i - 1) || i >= 2 && hyphen_glued(t, i - 1));
    let after = t.same_line(i + 1) && (joined(i + 1) || hyphen_glued(t, i + 1));
    if before || after {
        return None;
    }
    Some(make(t, i, i + 1, 1.0, Form::Words, "single"))
}

/// `half a million`, `half million`, `quarter million`, `half` (as in "half of them").
fn half_number(t: &Tokens, i: usize) -> Option<Num> {
    let w = t.low(i);
    let part = if w == "half" { 0.5 } else { 0.25 };
    if matches!(t.low(i + 1), "a" | "an")
        && t.same_line(i + 2)
        && let Some(s) = big_scale(t.low(i + 2)).or(dozen_word(t.low(i + 2)).then_some(12.0))
    {
        let mut n = make(t, i, i + 3, s * part, Form::Words, "half-a-scale");
        n.scaled = true;
        return Some(n);
    }
    if let Some(s) = big_scale(t.low(i + 1)).filter(|_| t.same_line(i + 1)) {
        let mut n = make(t, i, i + 2, s * part, Form::Words, "half-a-scale");
        n.scaled = true;
        return Some(n);
    }
    if w == "quarter" || i > 0 && t.glued(i) && t.low(i - 1) == "-" {
        return None;
    }
    let mut n = make(t, i, i + 1, 0.5, Form::Words, "half");
    n.fraction = true;
    Some(n)
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

    fn all(text: &str) -> Vec<(f64, String)> {
        let t = Tokens::new(text);
        numbers(&t)
            .iter()
            .map(|n| (n.value, text[n.start..n.end].to_string()))
            .collect()
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
    fn signs_only_where_they_are_signs() {
        assert_eq!(one("-5").0, -5.0);
        assert_eq!(one("minus five").0, -5.0);
        // A year span is no sign and no number (it is a date).
        assert!(all("2013-14").is_empty());
        assert!(all("COVID-19 and F-16").is_empty());
    }

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

    #[test]
    fn and_joins_only_one_number() {
        assert_eq!(one("4 thousand 3 hundred and 21").0, 4321.0);
        let got = all("3 hundred and 2 hundred");
        assert_eq!(got[0], (300.0, "3 hundred".into()));
        assert_eq!(got[1], (200.0, "2 hundred".into()));
    }

    #[test]
    fn ratios_need_a_smaller_numerator() {
        assert!((one("one in five").0 - 0.2).abs() < 1e-9);
        assert_eq!(all("8 in 5").len(), 2);
        assert_eq!(all("2 in 2020").len(), 2);
        assert_eq!(all("$2000 over 3 years").len(), 2);
    }

    #[test]
    fn pronoun_one_is_no_figure() {
        assert!(all("the one you mentioned").is_empty());
        assert_eq!(all("the one hundred days").len(), 1);
    }

    #[test]
    fn collective_words_take_of_but_not_the_noun() {
        assert_eq!(one("a couple of friends"), (2.0, "a couple of".into()));
        assert_eq!(one("a pair of shoes"), (2.0, "a pair of".into()));
        assert_eq!(one("a dozen of them"), (12.0, "a dozen of".into()));
        assert_eq!(one("a couple million"), (2e6, "a couple million".into()));
        assert_eq!(one("not a single vote"), (1.0, "a single".into()));
        assert!(all("the couple").is_empty());
        assert!(all("a single-digit rise").is_empty());
        assert!(all("the single largest donor").is_empty());
        assert_eq!(one("(single)").0, 1.0);
    }

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
