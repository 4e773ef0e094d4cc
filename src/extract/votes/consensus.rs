//! Votes with no counts: `unanimously`, `a unanimous vote`, `adopted
//! without a vote`, `by consensus`, `by acclamation`.

use super::Vote;
use super::tallies::Tally;
use super::words::clause_stop;
use crate::extract::tokens::Tokens;

/// Nouns a `unanimous` must qualify to be a vote; `unanimous praise` or
/// `unanimous opposition from experts` is no vote record.
fn decision_noun(w: &str) -> bool {
    matches!(
        w,
        "vote"
            | "votes"
            | "decision"
            | "verdict"
            | "ruling"
            | "approval"
            | "consent"
            | "resolution"
            | "backing"
            | "endorsement"
            | "adoption"
            | "passage"
            | "opinion"
            | "judgment"
            | "judgement"
            | "ballot"
            | "agreement"
    )
}

/// Whether a hedge before `unanimous(ly)` says it was not quite so.
fn hedged(t: &Tokens, first: usize, i: usize) -> bool {
    i > first
        && matches!(
            t.low(i - 1),
            "almost" | "nearly" | "near" | "not" | "virtually"
        )
}

/// Verbs that make `unanimously` a vote (`unanimously praised` is not).
fn deciding(w: &str) -> bool {
    adopting(w)
        || matches!(
            w,
            "voted"
                | "vote"
                | "votes"
                | "decided"
                | "ruled"
                | "backed"
                | "rejected"
                | "supported"
                | "selected"
                | "acquitted"
                | "convicted"
                | "upheld"
                | "struck"
                | "recommended"
                | "carried"
                | "passes"
                | "approves"
                | "adopts"
                | "agreed"
                | "condemned"
                | "demanded"
                | "called"
        )
}

/// `unanimously`; `unanimous vote`; `the decision was unanimous`.
fn unanimous(t: &Tokens, first: usize, i: usize, last: usize, body: bool) -> Option<Tally> {
    let w = t.low(i);
    if hedged(t, first, i) {
        return None;
    }
    let near = |k: usize| k >= first && k < last && deciding(t.low(k));
    let end = match w {
        "unanimously" if body || (i.saturating_sub(3)..i + 4).any(near) => i + 1,
        "unanimous" if i + 1 < last && decision_noun(t.low(i + 1)) => i + 2,
        // `the vote was unanimous`, `the decision was unanimous`.
        "unanimous"
            if i >= first + 2
                && matches!(t.low(i - 1), "was" | "were" | "is")
                && decision_noun(t.low(i - 2)) =>
        {
            i + 1
        }
        _ => return None,
    };
    Some(Tally {
        first: i,
        last: end,
        value: Vote {
            unanimous: true,
            ..Vote::default()
        },
        rule: "unanimous",
    })
}

/// Verbs of adoption that `by consensus` or `by acclamation` must follow
/// to be a vote (`decisions are hard to reach by consensus` is a habit).
fn adopting(w: &str) -> bool {
    matches!(
        w,
        "adopted"
            | "approved"
            | "passed"
            | "agreed"
            | "endorsed"
            | "elected"
            | "renewed"
            | "extended"
            | "accepted"
            | "ratified"
            | "re-elected"
            | "reelected"
            | "confirmed"
            | "chosen"
            | "appointed"
    )
}

/// Whether a verb of adoption stands before token `i` in its clause.
fn adopted_before(t: &Tokens, first: usize, i: usize) -> bool {
    let mut k = i;
    while k > first && i - k < 10 {
        k -= 1;
        if clause_stop(t, k) {
            return false;
        }
        if adopting(t.low(k)) {
            return true;
        }
    }
    false
}

/// `adopted without a vote`, `without a formal vote`, `by consensus`,
/// `by acclamation`.
fn without_vote(t: &Tokens, first: usize, i: usize, last: usize) -> Option<Tally> {
    let end = match t.low(i) {
        "without" => {
            let mut k = i + 1;
            if matches!(t.low(k), "a" | "any") {
                k += 1;
            }
            if matches!(t.low(k), "formal" | "recorded" | "roll" | "floor") {
                k += 1;
                if t.low(k) == "-" || t.low(k) == "call" {
                    k += 1;
                }
                if t.low(k) == "call" {
                    k += 1;
                }
            }
            // `without a vote of confidence` is about confidence.
            if t.low(k) != "vote" || t.low(k + 1) == "of" {
                return None;
            }
            // A text adopted so is a record; `push the cuts through
            // without a vote` is a procedure, often a threat.
            adopted_before(t, first, i).then_some(k + 1)?
        }
        "by" if matches!(t.low(i + 1), "consensus" | "acclamation") => {
            let mut k = i;
            let mut ok = false;
            while k > first && i - k < 6 {
                k -= 1;
                if adopting(t.low(k)) {
                    ok = true;
                    break;
                }
            }
            ok.then_some(i + 2)?
        }
        _ => return None,
    };
    (end <= last).then_some(Tally {
        first: i,
        last: end,
        value: Vote {
            without_vote: true,
            ..Vote::default()
        },
        rule: "without-vote",
    })
}

/// Every count-less vote in tokens `first..last`.
/// `body` says whether the sentence names a voting body (then `the council
/// unanimously condemned` is its vote).
pub(super) fn count_less(t: &Tokens, first: usize, last: usize, body: bool) -> Vec<Tally> {
    (first..last)
        .filter_map(|i| {
            unanimous(t, first, i, last, body).or_else(|| without_vote(t, first, i, last))
        })
        .collect()
}
