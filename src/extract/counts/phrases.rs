//! Noun phrases around a figure: what is counted, what an amount is of.

use super::Context;
use super::lexicon::{
    casualty_cue, casualty_noun, month_word, participle, person_noun, refugee_noun, stop_word,
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
    while k < end && k < i + 5 {
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
        if stop_word(w) || (w.ends_with("ly") && w.len() > 4) {
            break;
        }
        // A participle only belongs to the phrase when a noun follows it
        // (`displaced people`), not when it ends it (`civilians killed`).
        if (participle(w) || casualty_cue(w).is_some()) && k > i {
            break;
        }
        if participle(w) && !next_is_noun(t, k + 1, end) {
            break;
        }
        k += 1;
        last = k;
        // The head noun ends the phrase (`asylum seekers` goes on past `asylum`).
        let head = person_noun(w) || casualty_noun(w) || (refugee_noun(w) && w != "displaced");
        if head && w != "asylum" && t.low(k) != "-" {
            break;
        }
    }
    Phrase { first: i, last }
}

fn next_is_noun(t: &Tokens, k: usize, end: usize) -> bool {
    k < end && t.is_word(k) && !stop_word(t.low(k)) && !participle(t.low(k))
}

/// The noun phrase after an amount of money or a percentage: skips `in`,
/// `of`, `worth of`, and for money `on` and `for` (`$400 million in aid`,
/// `45% of voters`, `£1.5bn on asylum accommodation`).
pub fn object_phrase(t: &Tokens, i: usize, end: usize, money: bool) -> Phrase {
    let mut k = i;
    if t.low(k) == "worth" && t.low(k + 1) == "of" {
        k += 2;
    } else if matches!(t.low(k), "in" | "of") || (money && matches!(t.low(k), "on" | "for")) {
        k += 1;
        if matches!(t.low(k), "the" | "all" | "its" | "their") {
            k += 1;
        }
    }
    let np = noun_phrase(t, k, end);
    // `9.1% in June`, `£2bn in 2022`: when, not what.
    if np.is_empty() || np.last == np.first + 1 && month_word(t.low(np.first)) {
        Phrase { first: i, last: i }
    } else {
        np
    }
}

/// What a rate or an amount is of, when it is named before the figure:
/// `Inflation rose to 9.1%`, `Ukraine's economy is expected to shrink by
/// 45.1 per cent`, `turnout was 67%`, `the deal is worth $3bn`.
pub fn subject_before(t: &Tokens, first: usize, cx: &Context) -> Option<String> {
    let mut k = first;
    let mut skipped = 0;
    while k > cx.sentence_start && skipped < 6 {
        let w = t.low(k - 1);
        let linking = matches!(
            w,
            "to" | "at"
                | "by"
                | "of"
                | "from"
                | "was"
                | "is"
                | "were"
                | "are"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "expected"
                | "forecast"
                | "projected"
                | "set"
                | "worth"
                | "stood"
                | "stands"
                | "reached"
                | "hit"
                | "rose"
                | "fell"
                | "grew"
                | "shrank"
                | "shrink"
                | "grow"
                | "rise"
                | "fall"
                | "jumped"
                | "climbed"
                | "dropped"
                | "declined"
                | "increased"
                | "decreased"
                | "contracted"
                | "expanded"
                | "slowed"
                | "eased"
                | "soared"
                | "slumped"
                | "totalled"
                | "totaled"
                | "totals"
                | "cost"
                | "costs"
                | "valued"
                | "estimated"
                | "put"
                | "now"
                | "about"
        ) || (w.ends_with("ly") && w.len() > 4);
        if !linking {
            break;
        }
        k -= 1;
        skipped += 1;
    }
    if skipped == 0 {
        return None;
    }
    // The noun phrase ending at `k`: up to three words, no verbs or determiners.
    let end = k;
    let mut start = k;
    while start > cx.sentence_start && end - start < 3 {
        let j = start - 1;
        let w = t.low(j);
        if !t.is_word(j) || stop_word(w) || participle(w) || w.ends_with("ly") {
            break;
        }
        start = j;
    }
    if start == end || !t.is_word(end - 1) {
        return None;
    }
    Some(t.text[t.toks[start].start..t.toks[end - 1].end].to_string())
}

pub fn text_of(t: &Tokens, p: &Phrase) -> Option<String> {
    (!p.is_empty()).then(|| t.text[t.toks[p.first].start..t.toks[p.last - 1].end].to_string())
}
