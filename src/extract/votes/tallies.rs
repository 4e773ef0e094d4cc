//! Tallies: how many voted which way.
//!
//! Two shapes cover what reporters write:
//! - a list of counts with labels (`141 in favour, 5 against and 35
//!   abstentions`, `with 35 abstaining`, `two senators voted against`);
//! - two figures side by side (`141-5`, `68 to 31`, `310 votes to 250`),
//!   which are a tally only beside a vote word (`voted`, `passed`, `by a
//!   vote of`, `a 52-48 vote`): the same digits are a score, a range or a
//!   year span anywhere else.

use super::Vote;
use super::context::{may_follow, rejecting, sporting, strong_vote_word, vote_noun, vote_word};
use super::words::{
    self, approving, clause_stop, count_at, digit_count_at, is_dash, party_plural, voter_noun,
};
use crate::extract::tokens::Tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    For,
    Against,
    Abstain,
}

/// A tally found at a token: its span, value and rule.
#[derive(Debug)]
pub(super) struct Tally {
    pub first: usize,
    pub last: usize,
    pub value: Vote,
    pub rule: &'static str,
}

fn set(v: &mut Vote, side: Side, n: u32) -> bool {
    let slot = match side {
        Side::For => &mut v.yes,
        Side::Against => &mut v.against,
        Side::Abstain => &mut v.abstain,
    };
    if slot.is_some() {
        return false;
    }
    *slot = Some(n);
    true
}

/// The label after a count: the side and where it ends, and whether it
/// names a vote on its own (`abstentions`, `in favour`) or only inside a
/// list (`for`, `against`, `no`).
fn label(t: &Tokens, j: usize, last: usize) -> Option<(Side, usize, bool)> {
    if j >= last {
        return None;
    }
    let w = t.low(j);
    let next = t.low(j + 1);
    let within = |k: usize| k <= last;
    let found = match w {
        "in" if matches!(next, "favour" | "favor") => (Side::For, j + 2, true),
        "for" => (Side::For, j + 1, false),
        "yes" | "yea" | "aye" => (Side::For, j + 1, false),
        "yeas" | "ayes" => (Side::For, j + 1, true),
        "against" | "opposed" => (Side::Against, j + 1, false),
        "no" | "nay" => (Side::Against, j + 1, false),
        "nays" | "noes" => (Side::Against, j + 1, true),
        "abstentions" | "abstention" | "abstaining" | "abstained" | "abstain" | "abstainers" => {
            (Side::Abstain, j + 1, true)
        }
        "voted" | "voting" if t.low(j + 1) == "to" && approving(t.low(j + 2)) => {
            (Side::For, j + 3, true)
        }
        "voted" | "voting" if t.low(j + 1) == "to" && words::rejecting(t.low(j + 2)) => {
            (Side::Against, j + 3, true)
        }
        "voted" | "voting" | "vote" | "votes" | "were" | "was" => {
            let (side, end, _) = label(t, j + 1, last)?;
            if matches!(t.low(j + 1), "abstentions" | "abstention" | "abstainers") {
                return None;
            }
            (side, end, true)
        }
        _ => return None,
    };
    within(found.1).then_some(found)
}

/// One `count [voters] label` item of a list, from token `i`: its side,
/// count, end, and whether it stands alone as a vote.
fn item(t: &Tokens, i: usize, last: usize) -> Option<(Side, u32, usize, bool)> {
    // `all but two voted for it`: the two are the other side.
    if i > 1 && (t.low(i - 1) == "except" || t.low(i - 1) == "but" && t.low(i - 2) == "all") {
        return None;
    }
    let (n, mut j) = count_at(t, i, last)?;
    let mut noun = false;
    // `eleven of the council's 15 members`: the voters are the first count.
    if t.low(j) == "of" {
        let mut k = j + 1;
        if matches!(t.low(k), "the" | "its" | "their" | "all") {
            k += 1;
        }
        if t.low(k).ends_with("'s") {
            k += 1;
        }
        j = count_at(t, k, last).map_or(k, |(_, e)| e);
        if !voter_noun(t.low(j)) {
            return None;
        }
    }
    // `35 other countries`, `12 Labour MPs`, `35 Republicans`, `9 votes`.
    for _ in 0..3 {
        let w = t.low(j);
        if w == "other" || voter_noun(w) && w != "vote" {
            noun |= w != "other";
            j += 1;
        } else if party_plural(t, j) || t.capitalized(j) && voter_noun(t.low(j + 1)) {
            noun = true;
            j += 1;
        } else {
            break;
        }
    }
    // `votes` is the one noun that does not make a side: `141 votes to 5`.
    let (side, end, strong) = label(t, j, last)?;
    // A bare side needs a verb or a vote noun to stand alone: `35 countries
    // abstained`, but not `12 others for`.
    let _ = noun;
    Some((side, n, end, strong))
}

/// Separators between the items of a list (`, 5 against`, `and 35`,
/// `to 5 against`, `, with 35`, `, while 12`).
fn separator(t: &Tokens, j: usize, last: usize) -> Option<usize> {
    let mut k = j;
    while k < last && k < j + 3 {
        match t.low(k) {
            "," | "and" | "with" | "to" | "while" | "whereas" | "as" | "plus" | "versus" | "vs" => {
                k += 1;
            }
            _ => break,
        }
    }
    (k > j && k < last).then_some(k)
}

/// `141 in favour, 5 against and 35 abstentions`; `35 countries abstained`.
pub(super) fn list(t: &Tokens, i: usize, last: usize) -> Option<Tally> {
    let (side, n, mut end, strong) = item(t, i, last)?;
    let mut value = Vote::default();
    set(&mut value, side, n);
    let mut items = 1;
    while let Some(k) = separator(t, end, last) {
        let Some((side, n, e, _)) = item(t, k, last) else {
            break;
        };
        if !set(&mut value, side, n) {
            break;
        }
        items += 1;
        end = e;
    }
    (items > 1 || strong).then_some(Tally {
        first: i,
        last: end,
        value,
        rule: if items > 1 {
            "tally-list"
        } else {
            "tally-one-side"
        },
    })
}

/// Two figures of a tally from token `i`: `141-5`, `141-5-35`, `68 to 31`,
/// `310 votes to 250`, `310 to 250 votes`. Returns (for, against, abstain,
/// end, whether `votes` stood between them).
fn figures(t: &Tokens, i: usize, last: usize) -> Option<(u32, u32, Option<u32>, usize, bool)> {
    let (a, j) = count_at(t, i, last)?;
    if is_dash(t.low(j)) {
        let (b, k) = digit_count_at(t, j + 1, last)?;
        t.raw(i).bytes().all(|c| c.is_ascii_digit()).then_some(())?;
        // `2013-14`, `1998-2001`: years, not votes.
        if a >= 1000 && !(100..1000).contains(&b) {
            return None;
        }
        if is_dash(t.low(k))
            && let Some((c, e)) = digit_count_at(t, k + 1, last)
        {
            return Some((a, b, Some(c), e, false));
        }
        return Some((a, b, None, k, false));
    }
    let votes = matches!(t.low(j), "votes");
    let to = if votes { j + 1 } else { j };
    if t.low(to) != "to" {
        return None;
    }
    let (b, mut k) = count_at(t, to + 1, last)?;
    if t.low(k) == "votes" {
        k += 1;
    }
    Some((a, b, None, k, votes))
}

/// Whether a vote word stands before token `i` in its clause, and whether
/// it is one of rejection.
fn vote_before<'t>(t: &'t Tokens, first: usize, i: usize) -> Option<&'t str> {
    let mut k = i;
    while k > first && i - k < 10 {
        k -= 1;
        let w = t.low(k);
        if clause_stop(t, k) || t.kind(k) == Some(crate::extract::tokens::Kind::Digits) {
            return None;
        }
        if vote_word(w) {
            // `will vote 220 to 210 if all attend` is no record.
            return (k == first || !words::unreal(t.low(k - 1))).then_some(w);
        }
    }
    None
}

/// `voted 141-5`, `passed 68 to 31`, `by a vote of 5-4`, `by 310 votes to
/// 250`, `a 52-48 vote`.
pub(super) fn pair(t: &Tokens, first: usize, i: usize, last: usize) -> Option<Tally> {
    let (a, b, c, end, votes) = figures(t, i, last)?;
    let noun_after = vote_noun(t.low(end));
    let before = vote_before(t, first, i);
    if !(votes || noun_after || before.is_some()) {
        return None;
    }
    let strong = votes || noun_after || before.is_some_and(strong_vote_word);
    if !strong && sporting(t, first, last) {
        return None;
    }
    if !noun_after && !may_follow(t, end, last) {
        return None;
    }
    // `a 6-3 majority` is the make-up of a court, not a vote.
    if before.is_none() && !votes && t.low(end) == "majority" {
        return None;
    }
    // `voted 52-48 against`: the larger side is against; a court that
    // `ruled 4-1 against` the government still ruled 4-1.
    let voted = before.is_some_and(|w| w.starts_with("vot"));
    let against_first = voted && t.low(end) == "against" || before.is_some_and(rejecting) && a > b;
    let (yes, no) = if against_first { (b, a) } else { (a, b) };
    let mut value = Vote {
        yes: Some(yes),
        against: Some(no),
        abstain: c,
        ..Vote::default()
    };
    let mut last_tok = end;
    // `voted 141-5 with 35 abstentions`.
    if let Some(k) = separator(t, end, last)
        && let Some((side, n, e, _)) = item(t, k, last)
        && set(&mut value, side, n)
    {
        last_tok = e;
    }
    Some(Tally {
        first: i,
        last: last_tok,
        value,
        rule: if votes {
            "tally-votes-to"
        } else {
            "tally-pair"
        },
    })
}

/// Verbs that give a text its votes (`the draft won 13 votes`).
fn winning(w: &str) -> bool {
    matches!(
        w,
        "won" | "received" | "got" | "secured" | "garnered" | "gained" | "obtained" | "mustered"
    )
}

/// `the draft won 13 votes`, `the motion received only 230 votes`: the
/// votes for a text. `measure` says the sentence is about a text put to a
/// body; a candidate who `won 13,000 votes` is an election, no record.
fn won_votes(t: &Tokens, first: usize, i: usize, last: usize, measure: bool) -> Option<Tally> {
    if !measure {
        return None;
    }
    let (n, e) = count_at(t, i, last)?;
    if t.low(e) != "votes" {
        return None;
    }
    let mut v = i;
    while v > first && i - v < 3 && matches!(t.low(v - 1), "only" | "just" | "mere" | "a") {
        v -= 1;
    }
    (v > first && winning(t.low(v - 1))).then(|| Tally {
        first: v - 1,
        last: e + 1,
        value: Vote {
            yes: Some(n),
            ..Vote::default()
        },
        rule: "tally-won-votes",
    })
}

/// Every tally in tokens `first..last`, left to right, none overlapping.
/// `measure`: the sentence is about a text before a body (for `won 13 votes`).
pub(super) fn tallies(t: &Tokens, first: usize, last: usize, measure: bool) -> Vec<Tally> {
    let mut out = Vec::new();
    let mut i = first;
    while i < last {
        // Every tally form starts with a count; most tokens are none, and
        // asking the three forms in turn would read each token three times.
        if count_at(t, i, last).is_none() {
            i += 1;
            continue;
        }
        let found = pair(t, first, i, last)
            .or_else(|| list(t, i, last))
            .or_else(|| won_votes(t, first, i, last, measure));
        match found {
            Some(tally) => {
                i = tally.last.max(i + 1);
                out.push(tally);
            }
            None => i += 1,
        }
    }
    out
}
