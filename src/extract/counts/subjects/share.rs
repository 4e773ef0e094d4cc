//! Percentages of a group: a share, whether the group is named after the
//! figure (`45% of voters`), the figure stands for people who did something
//! (`23% said they would move`), or a poll puts a party on it (`Labour on
//! 31 per cent`). A fact-checker checks the share, so the subject says so.

use super::phrase::{np_start, span};
use super::words::party_noun;
use crate::extract::counts::Context;
use crate::extract::counts::lexicon::{participle, stop_word};
use crate::extract::tokens::Tokens;
use crate::extract::{Dim, Mention};

/// `45% of voters` -> `share of voters`; a vote stays a vote.
pub fn of_group(group: String) -> String {
    let head = group.rsplit(' ').next().unwrap_or("").to_lowercase();
    if matches!(head.as_str(), "vote" | "votes" | "ballots") {
        group
    } else {
        format!("share of {group}")
    }
}

/// `64% of the displaced`, `a third of the injured`: a group named by a
/// participle or adjective alone, which no noun phrase holds.
pub fn elided_group(t: &Tokens, k: usize, end: usize) -> Option<String> {
    if t.low(k) != "of" || !matches!(t.low(k + 1), "the" | "all") {
        return None;
    }
    let w = t.low(k + 2);
    let lone = k + 2 < end
        && t.is_word(k + 2)
        && !stop_word(w)
        && (k + 3 >= end || !t.is_word(k + 3) || stop_word(t.low(k + 3)));
    (lone && (participle(w) || w.ends_with("ed")))
        .then(|| format!("share of {}", span(t, k + 1, k + 3)))
}

/// Verbs whose subject is people: a bare percentage before one is a share
/// of respondents or of a population (`only 12% trust the press`).
fn people_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "say"
            | "says"
            | "told"
            | "did"
            | "do"
            | "had"
            | "have"
            | "were"
            | "are"
            | "would"
            | "backed"
            | "back"
            | "supported"
            | "support"
            | "opposed"
            | "oppose"
            | "favoured"
            | "favored"
            | "favour"
            | "favor"
            | "expected"
            | "expect"
            | "want"
            | "wanted"
            | "think"
            | "thought"
            | "believe"
            | "believed"
            | "trust"
            | "trusted"
            | "approve"
            | "approved"
            | "disapprove"
            | "disapproved"
            | "agreed"
            | "agree"
            | "disagreed"
            | "disagree"
            | "preferred"
            | "prefer"
            | "planned"
            | "plan"
            | "felt"
            | "feel"
            | "reported"
            | "rated"
    )
}

/// `23% did not trust vaccines` -> `share who did not trust vaccines`: the
/// clause the figure is the subject of, up to eight words.
pub fn clause_share(t: &Tokens, m: &Mention, cx: &Context) -> Option<String> {
    if m.dim != Dim::Percent || !people_verb(t.low(m.last)) {
        return None;
    }
    let mut e = m.last;
    while e < cx.sentence_end
        && e < m.last + 8
        && t.is_word(e)
        && !matches!(t.low(e), "and" | "but" | "while" | "whereas" | "or")
    {
        e += 1;
    }
    while e > m.last + 1 && stop_word(t.low(e - 1)) {
        e -= 1;
    }
    Some(format!("share who {}", span(t, m.last, e)))
}

/// `put Labour on 22 per cent`, `the Greens were on 9%`: a poll share of
/// the party named before `on`.
pub fn poll_share(t: &Tokens, m: &Mention, cx: &Context) -> Option<String> {
    let floor = cx.sentence_start;
    if m.dim != Dim::Percent || m.first <= floor + 1 || t.low(m.first - 1) != "on" {
        return None;
    }
    let mut e = m.first - 1;
    while e > floor + 1 && matches!(t.low(e - 1), "were" | "was" | "are" | "is" | "stood") {
        e -= 1;
    }
    let mut s = np_start(t, e, floor)?;
    // `put Labour on 22%`: the verb before the party is not part of it.
    while s < e && !t.capitalized(s) && !party_noun(t.low(s)) && t.low(s) != "the" {
        s += 1;
    }
    let named = (s..e).any(|x| (x > floor && t.capitalized(x)) || party_noun(t.low(x)));
    (s < e && named).then(|| format!("share for {}", span(t, s, e)))
}
