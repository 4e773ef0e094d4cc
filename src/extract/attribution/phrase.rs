//! The source phrase itself: where it starts and ends around a reporting
//! verb or after `according to`.
//!
//! A source phrase is a run of names (`U.S. Geological Survey`), lowercase
//! modifiers (`national statistics office INSEE`), `of`/`for` links
//! (`spokesman for the Environment Agency`, `UN panel of experts`) and `and`
//! between names (`Devon and Somerset Fire and Rescue Service`), and it must
//! end in a head: a name or a noun that can speak (`agency`, `officials`).
//! Anything else ends it, so the phrase never swallows the clause around it.

use super::lexicon::{
    calendar_word, capitalized_function, data_noun, function_word, reporting_verb, show_verb,
    source_noun,
};
use crate::extract::tokens::{Kind, Tokens};

/// Longest source phrase, in tokens.
const MAX_LEN: usize = 16;

/// A capitalized word that can be part of a name.
pub fn is_name(t: &Tokens, i: usize) -> bool {
    t.is_word(i)
        && t.capitalized(i)
        && !calendar_word(t.low(i))
        && (!capitalized_function(t.low(i)) || is_acronym(t, i))
}

/// `WHO`, `AFAD`, `UNHCR`: all capitals, two letters or more.
pub fn is_acronym(t: &Tokens, i: usize) -> bool {
    let raw = t.raw(i);
    raw.len() > 1 && t.is_word(i) && !raw.chars().any(char::is_lowercase)
}

/// The lowercase word without a possessive (`regulator's` -> `regulator`).
pub fn bare<'t>(t: &'t Tokens, i: usize) -> &'t str {
    let w = t.low(i);
    w.strip_suffix("'s").unwrap_or(w)
}

/// A lowercase word that may stand before a head (`state weather agency`).
pub fn is_modifier(t: &Tokens, i: usize) -> bool {
    let w = bare(t, i);
    t.is_word(i)
        && !t.capitalized(i)
        && !function_word(w)
        && !calendar_word(w)
        && (!reporting_verb(w) || data_noun(w))
        && !show_verb(w)
        && !w.ends_with("ly")
        && !w.ends_with("ing")
        && (!w.ends_with("ed") || source_noun(w))
}

/// A word the phrase may end on.
pub fn is_head(t: &Tokens, i: usize) -> bool {
    is_name(t, i) || (t.is_word(i) && !t.capitalized(i) && speaks(bare(t, i)))
}

/// A source noun, or its plural (`rescue teams`, `aid agencies`).
fn speaks(w: &str) -> bool {
    source_noun(w)
        || w.strip_suffix('s').is_some_and(source_noun)
        || w.strip_suffix("ies")
            .is_some_and(|stem| source_noun(&format!("{stem}y")))
}

/// `officials in Kherson`, `analysts at Capital Economics`: people placed
/// somewhere; `in` links them to the place before `said`.
fn placed_people(t: &Tokens, first: usize, e: usize) -> bool {
    (first + 1..e)
        .rev()
        .take(5)
        .any(|k| matches!(t.low(k), "in" | "at") && speaks(bare(t, k - 1)))
}

/// The `.` of `U.S.` or `U.N.`: glued to a one-letter capital.
fn acronym_dot(t: &Tokens, i: usize) -> bool {
    t.low(i) == "." && t.glued(i) && i > 0 && t.raw(i - 1).len() == 1 && t.capitalized(i - 1)
}

/// `-` or `&` or `.` glued on both sides (`Kyiv-based`, `AT&T`, `U.S`).
fn glued_joiner(t: &Tokens, i: usize) -> bool {
    matches!(t.low(i), "-" | "&" | ".") && t.glued(i) && t.glued(i + 1)
}

/// `(WHO)` right after a name: the closing bracket's index.
fn bracketed_acronym(t: &Tokens, open: usize, last: usize) -> Option<usize> {
    if t.low(open) != "(" {
        return None;
    }
    let mut i = open + 1;
    while i < last && i < open + 6 {
        if t.low(i) == ")" {
            return (i > open + 1).then_some(i);
        }
        if !(is_name(t, i) || glued_joiner(t, i) || acronym_dot(t, i)) {
            return None;
        }
        i += 1;
    }
    None
}

/// The source phrase starting at token `s`, as `s..e`, ending on its last
/// head. `None` when no head comes before the phrase ends.
pub fn forward(t: &Tokens, s: usize, last: usize) -> Option<(usize, usize)> {
    let mut end = None;
    // After a common-noun head (`the chancellor`) a lowercase word is a
    // verb (`met farmers`), not a modifier; a link (`for the`) starts anew.
    let mut common_head = false;
    let mut i = s;
    while i < last && i < s + MAX_LEN {
        let w = t.low(i);
        if is_head(t, i) {
            common_head |= !t.capitalized(i);
            i += 1;
            end = Some(i);
        } else if acronym_dot(t, i) {
            i += 1;
            if end == Some(i - 1) {
                end = Some(i);
            }
        } else if glued_joiner(t, i)
            || (w == "and" && i > s && is_name(t, i - 1) && is_name(t, i + 1))
            || (is_modifier(t, i) && !common_head)
        {
            i += 1;
        } else if let Some(close) = bracketed_acronym(t, i, last).filter(|_| end == Some(i)) {
            i = close + 1;
            end = Some(i);
        } else if matches!(w, "of" | "for") && end.is_some() {
            let j = if t.low(i + 1) == "the" { i + 2 } else { i + 1 };
            if j < last && (is_head(t, j) || is_modifier(t, j)) {
                i = j;
                common_head = false;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    end.map(|e| (s, e))
}

/// The source phrase ending right before token `e` (exclusive), as `s..e`.
/// The token before `e` must be a head (or close a `(WHO)`).
pub fn backward(t: &Tokens, first: usize, e: usize) -> Option<(usize, usize)> {
    if e <= first {
        return None;
    }
    let mut i = e;
    // `the World Health Organization (WHO) said`
    if t.low(i - 1) == ")" {
        let open = (first..i - 1).rev().take(6).find(|&k| t.low(k) == "(")?;
        bracketed_acronym(t, open, e)?;
        i = open;
    }
    // `the U.N. said`
    if i > first && acronym_dot(t, i - 1) {
        i -= 1;
    }
    // `British intelligence says`, `Ukrainian media reported`: a lowercase
    // noun after a name that does not open the sentence.
    let nationality = i >= first + 2 && is_modifier(t, i - 1) && is_name(t, i - 2) && i - 2 > first;
    if i <= first || !(is_head(t, i - 1) || nationality || placed_people(t, first, i)) {
        return None;
    }
    let mut s = i;
    while i > first && e - i < MAX_LEN {
        let k = i - 1;
        let w = t.low(k);
        if is_head(t, k) || is_modifier(t, k) {
            s = k;
            i = k;
        } else if acronym_dot(t, k)
            || glued_joiner(t, k)
            || (w == "the" && k > first && matches!(t.low(k - 1), "of" | "for" | "in" | "at"))
            || (matches!(w, "in" | "at") && k > first && speaks(bare(t, k - 1)) && e - k <= 5)
            || (matches!(w, "of" | "for")
                && k > first
                && (is_head(t, k - 1) || is_modifier(t, k - 1)))
            || (w == "and" && k > first && is_name(t, k - 1) && is_name(t, k + 1))
        {
            i = k;
        } else {
            break;
        }
    }
    // The phrase starts on a word, never on a link or a joiner.
    while s < e
        && (matches!(t.low(s), "of" | "for" | "the" | "and") || t.kind(s) != Some(Kind::Word))
    {
        s += 1;
    }
    (s < e).then_some((s, e))
}

/// The phrase as written: one space between words, no leading `the`, no
/// trailing possessive (`the Department's projections` -> `Department`).
pub fn display(t: &Tokens, s: usize, e: usize) -> String {
    let raw = &t.text[t.toks[s].start()..t.toks[e - 1].end()];
    let mut out = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    for article in ["The ", "the "] {
        if let Some(rest) = out.strip_prefix(article) {
            out = rest.to_string();
        }
    }
    for possessive in ["'s", "\u{2019}s", "'"] {
        if let Some(rest) = out.strip_suffix(possessive) {
            out = rest.to_string();
            break;
        }
    }
    out
}

/// The head word of a phrase: the last word before its first `of`/`for`
/// (`spokesman` in `spokesman for the Environment Agency`).
pub fn head_word<'t>(t: &'t Tokens, s: usize, e: usize) -> &'t str {
    let stop = (s..e)
        .find(|&k| matches!(t.low(k), "of" | "for" | "("))
        .unwrap_or(e);
    (s..stop)
        .rev()
        .find(|&k| t.is_word(k))
        .map_or("", |k| bare(t, k))
}
