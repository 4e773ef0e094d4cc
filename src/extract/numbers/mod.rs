//! The `number` and `ordinal` dimensions: what a figure is worth, before any
//! unit, currency or hedge is attached.
//!
//! One file per family of rules, the way Duckling names its rules beside one
//! corpus (`corpus.yaml`, walked by `extract::corpus`):
//!
//! - [`digits`]: figures written in digits, with their separators, glued
//!   scales (`4m`), exponents and digit fractions (`2 1/2`);
//! - [`words`]: figures spelled out, with the article forms (`a dozen`,
//!   `a third`) and `half`; [`compound`] adds up their parts;
//! - [`fractions`] and [`tails`]: what may follow a whole number (`three
//!   fifths`, `two point five`, `one in five`, `forty-five (45)`);
//! - [`exclusions`]: digits that are times or year spans, not figures;
//! - [`lexicon`]: the number words themselves.

mod compound;
mod digits;
mod exclusions;
mod fractions;
mod lexicon;
mod tails;
mod words;

use crate::extract::tokens::{Kind, Tokens};
use digits::{digits_number, punct_number};
use exclusions::{clock_digits, clock_suffix, year_span};
use words::word_number;

pub(crate) use digits::parse_digits;
pub(crate) use lexicon::{scale_word, unit_word};

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
    // Grown by doubling; it lives beside the mentions made from it.
    out.shrink_to_fit();
    out
}

/// The number starting at token `i`, if one does.
pub(crate) fn numbers_at(t: &Tokens, i: usize) -> Option<Num> {
    match t.kind(i) {
        Some(Kind::Digits) => digits_number(t, i),
        Some(Kind::Word) => word_number(t, i),
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
        n.start = t.toks[n.first].start();
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
        start: t.toks[first].start(),
        end: t.toks[last - 1].end(),
        value,
        form,
        ordinal: false,
        scaled: false,
        fraction: false,
        rule,
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{all, one};

    #[test]
    fn signs_only_where_they_are_signs() {
        assert_eq!(one("-5").0, -5.0);
        assert_eq!(one("minus five").0, -5.0);
        // A year span is no sign and no number (it is a date).
        assert!(all("2013-14").is_empty());
        assert!(all("COVID-19 and F-16").is_empty());
    }
}

/// Helpers shared by the unit tests of every rule file.
#[cfg(test)]
mod testing {
    use super::numbers;
    use crate::extract::tokens::Tokens;

    /// The one number in `text`: its value and the text it covers.
    pub(super) fn one(text: &str) -> (f64, String) {
        let t = Tokens::new(text);
        let ns = numbers(&t);
        assert_eq!(ns.len(), 1, "{text}: {ns:?}");
        (ns[0].value, text[ns[0].start..ns[0].end].to_string())
    }

    /// Every number in `text`: its value and the text it covers.
    pub(super) fn all(text: &str) -> Vec<(f64, String)> {
        let t = Tokens::new(text);
        numbers(&t)
            .iter()
            .map(|n| (n.value, text[n.start..n.end].to_string()))
            .collect()
    }
}
