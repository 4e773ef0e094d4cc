//! Noun phrases around a figure: what is counted, what an amount is of.

use super::counted::nationality;
use super::lexicon::{
    casualty_cue, casualty_noun, participle, person_noun, refugee_noun, stop_word,
};
use crate::extract::tokens::{Kind, Tokens};

/// The noun phrase after a count: token range, head word.
pub struct Phrase {
    pub first: usize,
    pub last: usize,
}

impl Phrase {
    pub fn is_empty(&self) -> bool {
        self.first == self.last
    }
}

/// A participle right after the noun phrase (`houses destroyed`, `votes
/// cast`, `homes were damaged`).
pub fn participle_after(t: &Tokens, i: usize, end: usize) -> Option<usize> {
    let mut k = i;
    while k < end
        && k < i + 3
        && matches!(
            t.low(k),
            "were"
                | "was"
                | "have"
                | "has"
                | "had"
                | "been"
                | "are"
                | "is"
                | "be"
                | "could"
                | "would"
                | "will"
                | "may"
                | "might"
        )
    {
        k += 1;
    }
    (k < end && t.is_word(k) && participle(t.low(k))).then_some(k)
}

/// The counted noun phrase after token `i` (`civilians`, `Ukrainian refugees`,
/// `asylum seekers`, `displaced people`); empty when the noun is elided.
pub fn noun_phrase(t: &Tokens, i: usize, end: usize) -> Phrase {
    let mut k = i;
    let mut last = i;
    while k < end && k < i + 6 {
        if t.kind(k) == Some(Kind::Punct) {
            // `asylum-seekers`
            if t.low(k) == "-" && t.glued(k) && t.glued(k + 1) && k > i {
                k += 1;
                continue;
            }
            break;
        }
        if t.kind(k) != Some(Kind::Word) {
            break;
        }
        let w = t.low(k);
        // `newly displaced households`, `internally displaced people`: an
        // adverb belongs to the phrase when it modifies a participle before
        // the noun.
        let adverb = w.ends_with("ly") && w.len() > 4;
        if adverb && k == i && participle(t.low(k + 1)) && next_is_noun(t, k + 2, end) {
            k += 1;
            continue;
        }
        // `search and rescue teams`, `health and education workers`: two
        // modifiers joined before the head noun.
        if w == "and"
            && k > i
            && !head_like(t.low(k - 1))
            && t.is_word(k + 1)
            && !stop_word(t.low(k + 1))
            && (k + 1..end.min(k + 3)).any(|j| head_like(t.low(j)))
        {
            k += 1;
            continue;
        }
        if stop_word(w) || adverb {
            break;
        }
        // `nine rate it a buy`, `three call them`: a word right after the
        // figure and before an object pronoun is a verb.
        if k == i && matches!(t.low(k + 1), "it" | "them" | "him" | "us") {
            break;
        }
        // `40 trucks carrying food`: a participle after a plural starts a
        // modifier, the plural was the head.
        if k > i && w.len() > 5 && w.ends_with("ing") && head_like(t.low(k - 1)) {
            break;
        }
        // A participle only belongs to the phrase when a noun follows it
        // (`displaced people`), not when it ends it (`civilians killed`).
        let modified = k == i + 1 && t.low(i).ends_with("ly");
        if (participle(w) || casualty_cue(w).is_some()) && k > i && !modified {
            break;
        }
        if participle(w) && !next_is_noun(t, k + 1, end) {
            break;
        }
        k += 1;
        last = k;
        // The head noun ends the phrase (`asylum seekers` goes on past `asylum`).
        // `displaced Somalis went back`: a people's name is a head too.
        let people = k > i + 1 && t.capitalized(k - 1) && nationality(t, k - 1);
        let head =
            person_noun(w) || casualty_noun(w) || (refugee_noun(w) && w != "displaced") || people;
        if head && w != "asylum" && t.low(k) != "-" {
            break;
        }
    }
    Phrase { first: i, last }
}

/// A word that can end a counted phrase: a plural or a word for people.
fn head_like(w: &str) -> bool {
    person_noun(w) || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
}

fn next_is_noun(t: &Tokens, k: usize, end: usize) -> bool {
    k < end && t.is_word(k) && !stop_word(t.low(k)) && !participle(t.low(k))
}

pub fn text_of(t: &Tokens, p: &Phrase) -> Option<String> {
    (!p.is_empty()).then(|| t.text[t.toks[p.first].start()..t.toks[p.last - 1].end()].to_string())
}
