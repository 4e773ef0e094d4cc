//! Small lexical helpers shared by the vote rules: counts, `twice`, and the
//! word classes the rules look for around a tally or a position.

use crate::extract::numbers::numbers_at;
use crate::extract::tokens::{Kind, Tokens};

/// Largest count a tally can hold: the biggest chambers seat a few
/// thousand; anything bigger is a population or a share, not a vote.
const MAX_VOTES: f64 = 10_000.0;

/// A whole count of votes at token `i` (`141`, `thirty-five`), with the
/// index after it. Ordinals, fractions, scaled figures (`3 million`),
/// shares (`52%`) and digits glued to letters (`G20`) are no tally.
pub(super) fn count_at(t: &Tokens, i: usize, last: usize) -> Option<(u32, usize)> {
    if i >= last {
        return None;
    }
    let (value, end) = match t.kind(i)? {
        Kind::Digits => {
            if t.glued(i) && t.is_word(i - 1) {
                return None;
            }
            if t.glued(i + 1) && t.is_word(i + 1) {
                return None;
            }
            (crate::extract::tokens::digits_value(t.raw(i))?, i + 1)
        }
        Kind::Word => {
            let n = numbers_at(t, i)?;
            if n.ordinal || n.fraction || n.scaled {
                return None;
            }
            (n.value, n.last)
        }
        Kind::Punct => return None,
    };
    if end > last || value.fract() != 0.0 || !(0.0..=MAX_VOTES).contains(&value) {
        return None;
    }
    if matches!(t.low(end), "%" | "percent" | "per") {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some((value as u32, end))
}

/// A digits-only count (for `141-5`, where words cannot stand).
pub(super) fn digit_count_at(t: &Tokens, i: usize, last: usize) -> Option<(u32, usize)> {
    (t.kind(i) == Some(Kind::Digits))
        .then(|| count_at(t, i, last))
        .flatten()
}

/// How many times an actor took a position: `twice`, `three times`.
/// Returns the count and the index after the words.
pub(super) fn times_at(t: &Tokens, i: usize, last: usize) -> Option<(u32, usize)> {
    if i >= last {
        return None;
    }
    match t.low(i) {
        "twice" => return Some((2, i + 1)),
        "thrice" => return Some((3, i + 1)),
        _ => {}
    }
    let (n, end) = count_at(t, i, last)?;
    (t.low(end) == "times" && end < last && n >= 2).then_some((n, end + 1))
}

/// A dash between the two sides of a tally (`141-5`, `68–31`).
pub(super) fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "\u{2013}" | "\u{2014}" | "\u{2212}")
}

/// Nouns for the members who vote: `35 countries abstained`,
/// `two senators voted against`. Plural forms; `member` for `one member`.
pub(super) fn voter_noun(w: &str) -> bool {
    matches!(
        w,
        "countries"
            | "country"
            | "nations"
            | "nation"
            | "states"
            | "state"
            | "members"
            | "member"
            | "delegations"
            | "delegation"
            | "senators"
            | "senator"
            | "lawmakers"
            | "lawmaker"
            | "legislators"
            | "legislator"
            | "mps"
            | "mp"
            | "meps"
            | "mep"
            | "deputies"
            | "deputy"
            | "representatives"
            | "congressmen"
            | "councillors"
            | "councilors"
            | "councilmembers"
            | "aldermen"
            | "judges"
            | "judge"
            | "justices"
            | "justice"
            | "commissioners"
            | "governments"
            | "parliamentarians"
            | "peers"
            | "others"
            | "votes"
            | "vote"
            | "ballots"
    )
}

/// Whether a capitalized plural names a party's members (`35 Republicans`,
/// `12 Democrats`, `40 Conservatives`): party names as counted voters.
pub(super) fn party_plural(t: &Tokens, i: usize) -> bool {
    t.capitalized(i)
        && t.low(i).ends_with('s')
        && t.low(i).len() > 4
        && !matches!(t.low(i), "states" | "nations" | "members")
}

/// Adverbs that may stand between an actor and its vote (`has twice
/// refrained`, `also voted against`, `again abstained`).
pub(super) fn vote_adverb(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "again"
            | "repeatedly"
            | "previously"
            | "both"
            | "all"
            | "then"
            | "later"
            | "ultimately"
            | "eventually"
            | "notably"
            | "too"
            | "instead"
            | "consistently"
            | "already"
            | "so"
            | "far"
            | "subsequently"
            | "similarly"
            | "likewise"
            | "alone"
            | "only"
            | "each"
            | "narrowly"
            | "reportedly"
            | "formally"
            | "unsurprisingly"
            | "pointedly"
            | "conspicuously"
            | "once"
    )
}

/// Past auxiliaries before a past participle (`has abstained`).
pub(super) fn perfect_aux(w: &str) -> bool {
    matches!(w, "has" | "have" | "had")
}

/// Words that put a vote in the future or deny it: a prediction or a
/// non-vote is no record (`will abstain`, `did not vote against`).
pub(super) fn unreal(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "could"
            | "might"
            | "may"
            | "should"
            | "must"
            | "shall"
            | "not"
            | "never"
            | "n't"
            | "expected"
            | "likely"
            | "plans"
            | "planned"
            | "intends"
            | "threatened"
            | "threatens"
            | "vowed"
            | "pledged"
            | "promised"
            | "wants"
            | "refused"
            | "to"
    )
}

/// Whether a word ends a clause for the rules that look back for a verb or
/// a subject: strong punctuation and the words that open a new clause.
pub(super) fn clause_stop(t: &Tokens, i: usize) -> bool {
    if abbreviation_dot(t, i) {
        return false;
    }
    matches!(
        t.low(i),
        ";" | ":"
            | "("
            | ")"
            | "\""
            | "\u{201c}"
            | "\u{201d}"
            | "."
            | "?"
            | "!"
            | "but"
            | "while"
            | "whereas"
            | "although"
            | "though"
            | "because"
            | "after"
            | "before"
            | "when"
            | "since"
    )
}

/// The dot of `U.S.`, `Sen.`, `Feb.`: part of a word, not a clause's end
/// (`passed the U.S. Senate 68 to 31`).
pub(super) fn abbreviation_dot(t: &Tokens, i: usize) -> bool {
    t.low(i) == "."
        && t.glued(i)
        && t.capitalized(i - 1)
        && t.is_word(i - 1)
        && t.raw(i - 1).chars().count() <= 4
}

/// Verbs after `voted to` that are a vote for the measure.
pub(super) fn approving(w: &str) -> bool {
    matches!(
        w,
        "approve"
            | "adopt"
            | "pass"
            | "back"
            | "support"
            | "condemn"
            | "endorse"
            | "ratify"
            | "confirm"
            | "extend"
            | "renew"
            | "suspend"
            | "expel"
            | "impose"
            | "censure"
            | "impeach"
            | "convict"
            | "authorize"
            | "authorise"
            | "recognize"
            | "recognise"
            | "demand"
            | "establish"
            | "create"
    )
}

pub(super) fn rejecting(w: &str) -> bool {
    matches!(w, "reject" | "block" | "oppose" | "acquit" | "overturn")
}
