//! The words around two bare figures that make them a tally (`voted
//! 68-31`, `a 52-48 vote`) or unmake it (`passed 5 to 10 years ago`, a
//! score in a sentence about a match).

use super::words::is_dash;
use crate::extract::tokens::Tokens;

/// Words before two bare figures that make them a tally.
pub(super) fn vote_word(w: &str) -> bool {
    matches!(
        w,
        "voted"
            | "vote"
            | "votes"
            | "voting"
            | "passed"
            | "approved"
            | "adopted"
            | "rejected"
            | "defeated"
            | "carried"
            | "confirmed"
            | "ruled"
            | "decided"
            | "backed"
            | "endorsed"
            | "upheld"
            | "overturned"
            | "struck"
            | "ratified"
            | "cleared"
            | "elected"
            | "split"
            | "margin"
            | "tally"
            | "acquitted"
            | "convicted"
            | "sided"
            | "blocked"
            | "failed"
            | "overrode"
            | "reelected"
            | "re-elected"
            | "sustained"
            | "impeached"
    )
}

/// Words that make figures a vote even among sports words.
pub(super) fn strong_vote_word(w: &str) -> bool {
    matches!(
        w,
        "voted" | "vote" | "votes" | "voting" | "ruled" | "margin" | "tally"
    )
}

/// Whether the sentence is about a game: `defeated 3-1` there is a score.
pub(super) fn sporting(t: &Tokens, first: usize, last: usize) -> bool {
    (first..last).any(|i| {
        matches!(
            t.low(i),
            "goal"
                | "goals"
                | "match"
                | "game"
                | "games"
                | "league"
                | "cup"
                | "season"
                | "scored"
                | "striker"
                | "team"
                | "tournament"
                | "championship"
                | "innings"
                | "half-time"
                | "penalty"
                | "penalties"
                | "set"
                | "sets"
                | "points"
                | "playoff"
                | "playoffs"
                | "semi-final"
                | "quarter-final"
                | "fans"
                | "coach"
                | "stadium"
        )
    })
}

/// Whether the figures are a rejection's tally, where the larger side is
/// against (`rejected by 310 votes to 250`).
pub(super) fn rejecting(w: &str) -> bool {
    matches!(
        w,
        "rejected" | "defeated" | "blocked" | "failed" | "overrode"
    )
}

/// Nouns right after two figures that make them a tally (`a 52-48 vote`).
pub(super) fn vote_noun(w: &str) -> bool {
    matches!(
        w,
        "vote" | "votes" | "decision" | "ruling" | "verdict" | "margin" | "split" | "tally"
    )
}

/// Whether the token after a pair may follow a tally; a noun there makes
/// the figures a range of something (`passed 5 to 10 years ago`).
pub(super) fn may_follow(t: &Tokens, k: usize, last: usize) -> bool {
    if k >= last {
        return true;
    }
    let w = t.low(k);
    if !t.is_word(k) {
        return !matches!(w, "%" | "$" | "/" | ":") && !is_dash(w);
    }
    w.ends_with("ing")
        || vote_noun(w)
        || matches!(
            w,
            "in" | "with"
                | "and"
                | "on"
                | "to"
                | "the"
                | "that"
                | "against"
                | "for"
                | "after"
                | "as"
                | "while"
                | "but"
                | "at"
                | "last"
                | "this"
                | "late"
                | "early"
                | "earlier"
                | "yesterday"
                | "today"
                | "along"
                | "without"
                | "among"
                | "during"
                | "over"
                | "largely"
                | "mostly"
                | "strictly"
                | "when"
                | "which"
                | "where"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "of"
                | "or"
                | "nor"
                | "so"
                | "just"
        )
        || t.capitalized(k)
}

/// Whether a sentence is about a text put to a body (`the draft`, `the
/// motion`, a body named) and not about an election, where `won 13 votes`
/// is a candidate's count.
pub(super) fn measure_context(t: &Tokens, first: usize, last: usize, body: bool) -> bool {
    let mut measure = body;
    for i in first..last {
        match t.low(i) {
            "draft" | "resolution" | "motion" | "bill" | "amendment" | "proposal" | "measure"
            | "text" | "treaty" | "nomination" | "nominee" => measure = true,
            "election" | "elections" | "candidate" | "candidates" | "primary" | "seat"
            | "seats" | "constituency" | "district" | "runoff" | "turnout" | "poll" | "polls"
            | "ballot" | "referendum" => return false,
            _ => {}
        }
    }
    measure
}
