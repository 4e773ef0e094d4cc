//! Phrases read backwards from a figure: the noun phrase that ends before
//! it, a time phrase to step over, an earlier claim it continues.

use super::when::{number_word, time_modifier, time_noun, time_preposition};
use super::words::{change_noun, level_verb, money_act, to_noun, vote_verb};
use crate::extract::Dim;
use crate::extract::counts::lexicon::{month_word, participle, stop_word};
use crate::extract::counts::{Context, Draft};
use crate::extract::tokens::{Kind, Tokens};

/// The text of tokens `first..last`.
pub fn span(t: &Tokens, first: usize, last: usize) -> String {
    t.text[t.toks[first].start()..t.toks[last - 1].end()].to_string()
}

/// A verb form that is never a noun (`risen`, `remains`, `pledged`): a
/// subject never ends on one.
pub fn verb_only(w: &str) -> bool {
    let verb = change_noun(w).is_some()
        || level_verb(w)
        || vote_verb(w)
        || money_act(w).is_some()
        || participle(w);
    verb && (w.ends_with("ed")
        || w.ends_with("en")
        || matches!(
            w,
            "rose"
                | "fell"
                | "grew"
                | "shrank"
                | "shrunk"
                | "sank"
                | "slid"
                | "stood"
                | "came"
                | "took"
                | "won"
                | "got"
                | "paid"
                | "spent"
                | "lent"
                | "gave"
                | "sought"
                | "lost"
                | "held"
                | "hit"
                | "remain"
                | "remains"
                | "rises"
                | "grows"
                | "falls"
                | "stays"
                | "stands"
                | "reaches"
                | "totals"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
                | "been"
        ))
}

/// An `-ly` adverb (`sharply`), not a noun that ends like one (`family`).
fn adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "family" | "supply" | "assembly" | "rally" | "anomaly" | "monopoly" | "italy"
        )
}

/// A word that cannot sit inside a noun phrase.
fn breaks(w: &str) -> bool {
    stop_word(w)
        || participle(w)
        || adverb(w)
        || number_word(w)
        || time_noun(w)
        || month_word(w)
        || verb_only(w)
}

/// The start of the noun phrase ending just before token `end` (up to four
/// words, compounds like `cut-off` and `10-year` whole, `CAC 40 index`);
/// `None` when there is none or it ends on a time, a number or a verb.
pub fn np_start(t: &Tokens, end: usize, floor: usize) -> Option<usize> {
    let mut s = end;
    let mut words = 0;
    while s > floor && words < 4 {
        let j = s - 1;
        let w = t.low(j);
        // `j` is glued to a hyphen that already opens the phrase, or follows one.
        let hyphen_after = s < end && t.low(s) == "-" && t.glued(s);
        let hyphen_before = j > floor && t.low(j - 1) == "-" && t.glued(j);
        match t.kind(j) {
            Some(Kind::Punct) if w == "-" && s < end && t.glued(j) && t.glued(s) => {
                s = j;
                continue;
            }
            Some(Kind::Word) if hyphen_after || hyphen_before || !breaks(w) => {}
            Some(Kind::Digits)
                if hyphen_after || (s < end && j > floor && t.capitalized(j - 1)) => {}
            _ => break,
        }
        s = j;
        if !hyphen_before && t.is_word(j) {
            words += 1;
        }
    }
    // `, beating forecasts of $4bn`: a participle opens a clause.
    if s + 1 < end && s > floor && t.low(s).ends_with("ing") && t.low(s - 1) == "," {
        s += 1;
    }
    if s == end || t.low(s) == "-" {
        return None;
    }
    let head = t.low(end - 1);
    let bad_head = !t.is_word(end - 1)
        || time_noun(head)
        || month_word(head)
        || number_word(head)
        || verb_only(head)
        || stop_word(head);
    (!bad_head).then_some(s)
}

/// Runs a noun phrase starting at `s` back through `of`, `in`, `on`, `for`
/// (`to` after nouns that take it, `at` before a name) to the noun it qualifies: `Shares in
/// Airbus`, `the yield on the 10-year bond`, `cuts to the budget`.
pub fn extend(t: &Tokens, mut s: usize, floor: usize) -> usize {
    for _ in 0..3 {
        let mut j = s;
        while j > floor && matches!(t.low(j - 1), "the" | "a" | "an" | "its" | "their") {
            j -= 1;
        }
        if j <= floor + 1 {
            break;
        }
        let prep = t.low(j - 1);
        let fits = match prep {
            "of" | "in" | "on" | "for" | "with" => true,
            // `occupancy at Lagos hospitals`, not `struck at a depth`
            "at" => j == s && t.capitalized(s),
            "to" => to_noun(t.low(j - 2)),
            _ => false,
        };
        match np_start(t, j - 1, floor) {
            Some(s2) if fits => s = s2,
            _ => break,
        }
    }
    s
}

/// The noun phrase ending before `end`, extended, as text.
pub fn np_before(t: &Tokens, end: usize, floor: usize) -> Option<String> {
    let s = np_start(t, end, floor)?;
    Some(span(t, extend(t, s, floor), end))
}

/// The start of a time phrase ending just before `k` (`in the fourth
/// quarter`, `last year`, `two years ago`, `at the end of 2025`).
pub fn time_before(t: &Tokens, k: usize, floor: usize) -> Option<usize> {
    let mut j = k;
    let mut core = false;
    while j > floor && k - j < 7 {
        let w = t.low(j - 1);
        let digits = t.kind(j - 1) == Some(Kind::Digits);
        let year =
            digits && w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y));
        if time_noun(w) || month_word(w) || year {
            core = true;
        } else if !core || !(time_modifier(w) || number_word(w) || digits && w.len() <= 2) {
            break;
        }
        j -= 1;
    }
    if !core {
        return None;
    }
    if j > floor && time_preposition(t.low(j - 1)) {
        j -= 1;
    }
    Some(j)
}

/// Money, percentages and measures: the figures this module names.
pub fn is_amount(d: Dim) -> bool {
    matches!(d, Dim::Money | Dim::Percent | Dim::Quantity)
}

/// The earlier claim of this sentence whose quote holds token `j`, with the
/// token its quote starts at.
pub fn claim_at<'c>(t: &Tokens, cx: &'c Context, j: usize) -> Option<(&'c Draft, usize)> {
    let tok = t.toks.get(j)?;
    cx.earlier
        .iter()
        .rev()
        .take_while(|(s, _)| *s == cx.sentence_index)
        .map(|(_, d)| d)
        .find(|d| d.quote.start <= tok.start() && tok.end() <= d.quote.end)
        .map(|d| (d, t.toks.partition_point(|k| k.start() < d.quote.start)))
}

/// The latest amount claimed earlier in this sentence.
pub fn last_amount<'c>(cx: &'c Context) -> Option<&'c Draft> {
    cx.earlier
        .iter()
        .rev()
        .take_while(|(s, _)| *s == cx.sentence_index)
        .map(|(_, d)| d)
        .find(|d| is_amount(d.dim) && d.subject.is_some())
}
