//! What was voted on: the measure a vote's sentence names (`adopting a
//! resolution`, `voted against the final bill`, `The draft Russia vetoed`),
//! the subject a fact-checker looks up beside the tally. A tally without
//! its measure cannot be checked: the Senate votes on many bills a week.
//!
//! The subject is the noun phrase around a measure noun, as written but
//! without its determiner (`the non-binding resolution` -> `non-binding
//! resolution`), with an `on ...` topic when one follows (`resolution on
//! the safety of aid workers`): that topic is what tells two resolutions of
//! one session apart. A sentence that names no measure gives no subject;
//! `condemned the invasion by 143 votes to 5` says what was condemned, not
//! which text.

use super::words::clause_stop;
use crate::extract::dates::{month_word, weekday_word};
use crate::extract::tokens::{Kind, Tokens};

/// Most premodifiers kept before the measure noun (`Rail Safety Bill`,
/// `Security Council draft`).
const MODIFIERS: usize = 4;
/// Most words of an `on ...` topic.
const TOPIC: usize = 8;

/// Nouns for what a body votes on.
fn measure_noun(w: &str) -> bool {
    matches!(
        w,
        "resolution"
            | "resolutions"
            | "draft"
            | "drafts"
            | "bill"
            | "bills"
            | "motion"
            | "motions"
            | "amendment"
            | "amendments"
            | "text"
            | "measure"
            | "measures"
            | "ruling"
            | "budget"
            | "proposal"
            | "proposals"
            | "law"
            | "treaty"
            | "legislation"
            | "deal"
            | "agreement"
            | "nomination"
    )
}

/// Nouns a measure word modifies (`budget committee`, `ruling party`,
/// `law enforcement`, `text message`): then it names no measure.
fn modified(w: &str) -> bool {
    matches!(
        w,
        "committee"
            | "subcommittee"
            | "vote"
            | "votes"
            | "voting"
            | "debate"
            | "deficit"
            | "surplus"
            | "shortfall"
            | "talks"
            | "negotiations"
            | "party"
            | "coalition"
            | "bloc"
            | "camp"
            | "majority"
            | "elite"
            | "family"
            | "junta"
            | "enforcement"
            | "firm"
            | "school"
            | "student"
            | "students"
            | "professor"
            | "office"
            | "chief"
            | "cuts"
            | "message"
            | "messages"
    )
}

/// Words that open a noun phrase; the subject leaves them out.
fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "another"
            | "any"
            | "each"
            | "every"
            | "both"
            | "whose"
    )
}

/// Words that end a premodifier run or a topic: function words and verbs
/// a noun phrase does not hold.
fn phrase_stop(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "by"
            | "with"
            | "for"
            | "from"
            | "to"
            | "into"
            | "against"
            | "after"
            | "before"
            | "over"
            | "and"
            | "or"
            | "but"
            | "that"
            | "which"
            | "who"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "not"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "last"
            | "next"
            | "this"
            | "calls"
            | "says"
            | "said"
            | "passed"
            | "won"
    ) || w.len() > 4 && (w.ends_with("ed") || w.ends_with("ly"))
}

/// A word that names a day or a month: `on Thursday`, `on Feb. 18` date the
/// vote, they are no topic.
fn date_word(w: &str) -> bool {
    month_word(w).is_some()
        || weekday_word(w).is_some_and(|(_, abbrev)| !abbrev)
        || matches!(w, "today" | "yesterday" | "tomorrow")
}

/// A measure named in a sentence: tokens `first..last` of its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Measure {
    head: usize,
    first: usize,
    last: usize,
}

/// A word joined to the one before by a hyphen (`non-binding`,
/// `prisoner-exchange`): tokens `k - 2` (word), `k - 1` (`-`), `k`.
fn hyphen_before(t: &Tokens, k: usize) -> bool {
    k >= 2 && t.raw(k - 1) == "-" && t.glued(k - 1) && t.glued(k) && t.is_word(k - 2)
}

/// The measure whose noun is token `i`, within `first..last`.
fn measure_at(t: &Tokens, first: usize, i: usize, last: usize) -> Option<Measure> {
    let w = t.low(i);
    if !measure_noun(w) || !t.is_word(i) {
        return None;
    }
    // `the draft resolution`: the measure is the later noun.
    if i + 1 < last && t.is_word(i + 1) && (measure_noun(t.low(i + 1)) || modified(t.low(i + 1))) {
        return None;
    }
    let mut s = i;
    let mut taken = 0;
    while s > first && taken < MODIFIERS {
        let k = s - 1;
        if hyphen_before(t, s) && k > first {
            s -= 2;
            continue;
        }
        let low = t.low(k);
        let year = t.kind(k) == Some(Kind::Digits) && t.raw(k).len() == 4;
        if !(t.is_word(k) || year) || determiner(low) || phrase_stop(low) && !t.capitalized(k) {
            break;
        }
        s = k;
        taken += 1;
    }
    // A bare noun (`into law`, `by text`) is no measure: it needs a
    // determiner, a modifier, a figure (`the 6-3 ruling`) or a capital.
    let anchored = s < i
        || s > first && (determiner(t.low(s - 1)) || t.kind(s - 1) == Some(Kind::Digits))
        || t.capitalized(i);
    if !anchored {
        return None;
    }
    // `Resolution 2736`, `Bill C-11`: a capitalized measure with its number.
    let mut e = i + 1;
    if t.capitalized(i) && e < last && t.kind(e) == Some(Kind::Digits) {
        e += 1;
    }
    Some(Measure {
        head: i,
        first: s,
        last: topic_end(t, e, last),
    })
}

/// The end of a topic starting at token `k` (`k` itself when there is
/// none): `on Velaria`, `on the safety of aid workers`, `condemning the
/// invasion`.
fn topic_end(t: &Tokens, k: usize, last: usize) -> usize {
    let opens = matches!(
        t.low(k),
        "on" | "condemning" | "demanding" | "urging" | "backing" | "banning"
    );
    if !opens || k + 1 >= last || date_word(t.low(k + 1)) {
        return k;
    }
    let mut e = k + 1;
    let mut words = 0;
    while e < last && words < TOPIC {
        let low = t.low(e);
        if hyphen_before(t, e + 1) && e + 1 < last {
            e += 2;
            continue;
        }
        let joins = matches!(low, "of" | "the" | "a" | "an");
        if !t.is_word(e) || !joins && phrase_stop(low) || date_word(low) {
            break;
        }
        e += 1;
        words += 1;
    }
    // `on the` with nothing after is no topic; nor is a trailing `of the`.
    while e > k + 1 && matches!(t.low(e - 1), "of" | "the" | "a" | "an") {
        e -= 1;
    }
    if e == k + 1 { k } else { e }
}

/// Every measure named in tokens `first..last`, left to right.
fn measures(t: &Tokens, first: usize, last: usize) -> Vec<Measure> {
    (first..last)
        .filter_map(|i| measure_at(t, first, i, last))
        .collect()
}

/// The measure a vote at tokens `a..z` of the sentence `first..last` was
/// on: the nearest one in the vote's own clause (`adopting a resolution
/// ... after Moscow vetoed a similar text` gives each vote its own), else
/// the last one named before it (`The resolution passed after China
/// abstained`). One named after the vote's clause is about something else
/// (`By a vote of 5-4, the justices found ...; the bill writes it into law`).
pub(super) fn subject(t: &Tokens, first: usize, a: usize, z: usize, last: usize) -> Option<String> {
    let last = last.min(t.len());
    let found = measures(t, first, last);
    let mut s = a.min(last);
    while s > first && !clause_stop(t, s - 1) {
        s -= 1;
    }
    let mut e = z.min(last);
    while e < last && !clause_stop(t, e) {
        e += 1;
    }
    let distance = |m: &Measure| {
        if m.head < a {
            a - m.head
        } else {
            m.head.saturating_sub(z)
        }
    };
    let chosen = found
        .iter()
        .filter(|m| m.first >= s && m.head < e)
        .min_by_key(|m| distance(m))
        .or_else(|| found.iter().rev().find(|m| m.head < a))?;
    // `passed the Rail Safety Bill 61 to 38`: the tally is no part of
    // the name.
    let end = if chosen.first < a && chosen.head < a {
        chosen.last.min(a)
    } else {
        chosen.last
    };
    let text = t
        .text
        .get(t.toks[chosen.first].start()..t.toks[end - 1].end())?;
    Some(text.split_whitespace().collect::<Vec<_>>().join(" "))
}
