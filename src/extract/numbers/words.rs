//! Figures spelled out: `four million`, `one hundred and twenty-five`,
//! `a dozen`, `a couple of`, `a third`, `half a million`, ordinal words; and
//! the words that look like numbers but are not (`the one you mentioned`,
//! `the single market`).

use super::compound::{WordParser, compound};
use super::fractions::{denominator_at, scale_after_fraction};
use super::lexicon::{
    big_scale, dozen_word, is_number_word, ordinal_word, scale_word, tens_word, unit_word,
};
use super::tails::tail;
use super::{Form, Num, make};
use crate::extract::tokens::{Kind, Tokens};

/// Numbers in words: `four million`, `one hundred and twenty-five`,
/// `twelve hundred`, `a dozen`, `half a million`, `two-thirds`, `twentieth`.
pub(super) fn word_number(t: &Tokens, i: usize) -> Option<Num> {
    word_number_d(t, i, 0)
}

pub(super) fn word_number_d(t: &Tokens, i: usize, depth: u8) -> Option<Num> {
    let w = t.low(i);
    // Every word is asked, by quantities, dates and votes alike, and nearly
    // all are no number: rule them out before any parser is set up.
    if !starts_number(w) {
        return None;
    }
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

/// The words a number in words can start with: the ones the branches of
/// [`word_number_d`] look for, and what [`WordParser::push`] takes first
/// (a unit or a tens word; scales, `hundred` and `dozen` need one before).
fn starts_number(w: &str) -> bool {
    matches!(w, "a" | "an" | "single" | "half" | "quarter" | "dozen")
        || unit_word(w).is_some()
        || tens_word(w).is_some()
        || ordinal_word(w).is_some()
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
                n.start = t.toks[i].start();
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
    use crate::extract::numbers::testing::{all, one};

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
}
