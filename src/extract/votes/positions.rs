//! Positions: how a named actor voted (`China abstained`, `Russia vetoed`,
//! `the US voted against`, `Beijing has twice refrained from condemning`).
//!
//! Only past records count: `will abstain`, `is expected to veto`, `did not
//! vote against` are no record. Refraining from condemning or backing is an
//! abstention only where the sentence is about a vote (a body, `vote`,
//! `resolution`): `China has refrained from condemning Russia` in a
//! diplomatic story is a stance, not a vote.

use super::Position;
use super::actors::{Actor, actors_before, among_before};
use super::bodies::Body;
use super::words::{approving, perfect_aux, rejecting, times_at, unreal, vote_adverb};
use crate::extract::tokens::Tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `voted`, `abstained`, `vetoed`: a finite past verb.
    Past,
    /// `voting`, `abstaining`: only after `with A` or `joined ... in`.
    Gerund,
    /// `abstain`, `vote against`: only after `chose to`, `one of ... to`.
    Base,
}

/// A position found in a sentence: span, actors, how, how often.
#[derive(Debug)]
pub(super) struct Found {
    pub first: usize,
    pub last: usize,
    pub actors: Vec<Actor>,
    pub position: Position,
    pub times: Option<u32>,
    pub rule: &'static str,
}

/// What may follow `voted for` in a vote on a text; a name there is an
/// election (`voted for Macron`).
fn measure_follows(t: &Tokens, k: usize, last: usize) -> bool {
    k >= last
        || !t.is_word(k) && !matches!(t.low(k), "$" | "%")
        || matches!(
            t.low(k),
            "the"
                | "a"
                | "an"
                | "it"
                | "this"
                | "that"
                | "these"
                | "those"
                | "both"
                | "its"
                | "their"
                | "and"
                | "in"
                | "on"
        )
}

/// The position phrase at token `i`: position, end, form and rule.
fn phrase_at(t: &Tokens, i: usize, last: usize) -> Option<(Position, usize, Form, &'static str)> {
    let w = t.low(i);
    // Headlines report in the present: `Russia vetoes UN resolution`.
    let form = |past: &str, ger: &str| {
        if w == past || matches!(w, "votes" | "abstains" | "vetoes") {
            Form::Past
        } else if w == ger {
            Form::Gerund
        } else {
            Form::Base
        }
    };
    let found = match w {
        "voted" | "voting" | "vote" | "votes" => {
            let f = form("voted", "voting");
            let n = t.low(i + 1);
            match n {
                "against" => (Position::Against, i + 2, f, "voted-against"),
                "in" if matches!(t.low(i + 2), "favour" | "favor") => {
                    (Position::For, i + 3, f, "voted-in-favour")
                }
                "for" if measure_follows(t, i + 2, last) => (Position::For, i + 2, f, "voted-for"),
                "yes" | "aye" | "yea" => (Position::For, i + 2, f, "voted-yes"),
                "no" | "nay" => (Position::Against, i + 2, f, "voted-no"),
                "to" if approving(t.low(i + 2)) => (Position::For, i + 3, f, "voted-to"),
                "to" if rejecting(t.low(i + 2)) => (Position::Against, i + 3, f, "voted-to"),
                _ => return None,
            }
        }
        "abstained" | "abstaining" | "abstain" | "abstains" => {
            let f = form("abstained", "abstaining");
            if t.low(i + 1) == "from" {
                // `abstained from voting`, not `abstained from alcohol`.
                let k = i + 2;
                let end = match t.low(k) {
                    "voting" => k + 1,
                    "the" | "a" if matches!(t.low(k + 1), "vote" | "ballot" | "voting") => k + 2,
                    _ => return None,
                };
                (Position::Abstained, end, f, "abstained")
            } else {
                (Position::Abstained, i + 1, f, "abstained")
            }
        }
        "vetoed" | "vetoing" | "veto" | "vetoes" => {
            (Position::Vetoed, i + 1, form("vetoed", "vetoing"), "vetoed")
        }
        "cast" | "used" | "wielded" | "exercised" | "casting" | "using" => {
            let f = if w.ends_with("ing") {
                Form::Gerund
            } else {
                Form::Past
            };
            let k = i + 1;
            if !matches!(t.low(k), "a" | "its" | "their" | "his" | "her" | "the") {
                return None;
            }
            let mut j = k + 1;
            if matches!(
                t.low(j),
                "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "lone"
                    | "only"
                    | "sole"
                    | "latest"
            ) {
                j += 1;
            }
            match t.low(j) {
                "veto" => (Position::Vetoed, j + 1, f, "cast-veto"),
                "dissenting" | "negative" | "no" | "nay" if t.low(j + 1) == "vote" => {
                    (Position::Against, j + 2, f, "dissenting-vote")
                }
                "vote" if t.low(j + 1) == "against" => {
                    (Position::Against, j + 2, f, "dissenting-vote")
                }
                _ => return None,
            }
        }
        "refrained" | "refraining" => {
            let f = form("refrained", "refraining");
            if t.low(i + 1) != "from" {
                return None;
            }
            let g = t.low(i + 2);
            let ok = matches!(
                g,
                "condemning"
                    | "backing"
                    | "supporting"
                    | "endorsing"
                    | "criticising"
                    | "criticizing"
                    | "denouncing"
                    | "censuring"
                    | "voting"
                    | "joining"
                    | "rebuking"
            );
            if !ok {
                return None;
            }
            (Position::Abstained, i + 3, f, "refrained-from")
        }
        _ => return None,
    };
    (found.1 <= last).then_some(found)
}

/// Verbs before `to abstain` that make it a record (`chose to abstain`).
fn choosing(w: &str) -> bool {
    matches!(w, "chose" | "opted" | "decided" | "elected" | "preferred")
}

/// Every position of a named actor in tokens `first..last`. `vote_context`
/// says whether the sentence is about a vote (for `refrained from`).
pub(super) fn positions(
    t: &Tokens,
    first: usize,
    last: usize,
    bodies: &[Body],
    vote_context: bool,
) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = first;
    while i < last {
        let Some((position, end, form, rule)) = phrase_at(t, i, last) else {
            i += 1;
            continue;
        };
        if rule == "refrained-from" && !vote_context {
            i = end;
            continue;
        }
        if let Some(f) = found(t, first, i, end, last, position, form, rule, bodies) {
            out.push(f);
        }
        i = end.max(i + 1);
    }
    out
}

/// Where a position's span starts: at its actors when they stand right
/// before it (`Russia also voted against`), so the quote tells apart two
/// actors' same words in one paragraph; else at the position words.
fn with_actors(actors: &[Actor], k: usize, span: usize) -> usize {
    match (actors.first(), actors.last()) {
        (Some(a), Some(z)) if z.last == k => a.first.min(span),
        _ => span,
    }
}

#[allow(clippy::too_many_arguments)]
fn found(
    t: &Tokens,
    first: usize,
    i: usize,
    mut end: usize,
    last: usize,
    position: Position,
    form: Form,
    rule: &'static str,
    bodies: &[Body],
) -> Option<Found> {
    let mut verb = i;
    let mut span = i;
    if form == Form::Base {
        if i < first + 2 || t.low(i - 1) != "to" {
            return None;
        }
        if choosing(t.low(i - 2)) {
            verb = i - 2;
            span = i - 2;
        } else {
            let (actors, v) = among_before(t, first, i - 1, bodies)?;
            return Some(Found {
                first: v,
                last: end,
                actors,
                position,
                times: None,
                rule: "among-voters",
            });
        }
    }
    // Back over `has`, `also`, `twice`, `three times`.
    let mut k = verb;
    let mut times = None;
    while k > first {
        let w = t.low(k - 1);
        if unreal(w) {
            return None;
        }
        // `has vetoes` is a noun, not a headline's present.
        if perfect_aux(w) && matches!(t.low(i), "votes" | "abstains" | "vetoes") {
            return None;
        }
        if vote_adverb(w) || perfect_aux(w) {
            k -= 1;
            continue;
        }
        let at = |s: usize| times_at(t, s, last).filter(|&(_, e)| e == k);
        if let Some((n, s)) = at(k - 1).map(|(n, _)| (n, k - 1)).or_else(|| {
            (k >= first + 2)
                .then(|| at(k - 2).map(|(n, _)| (n, k - 2)))
                .flatten()
        }) {
            times = Some(n);
            span = s;
            k = s;
            continue;
        }
        break;
    }
    if times.is_none()
        && let Some((n, e)) = times_at(t, end, last)
    {
        times = Some(n);
        end = e;
    }
    // `abstained again`: the adverb tells this vote from the last one.
    if end < last && t.low(end) == "again" {
        end += 1;
    }
    if form == Form::Gerund {
        if k > first
            && t.low(k - 1) == "in"
            && let Some((actors, v)) = among_before(t, first, k - 1, bodies)
        {
            return Some(Found {
                first: v,
                last: end,
                actors,
                position,
                times,
                rule: "among-voters",
            });
        }
        // `Belarus and Syria joined Russia in voting against`.
        if k > first && t.low(k - 1) == "in" {
            let mut joined = actors_before(t, first, k - 1, bodies);
            let object = joined.first().map(|a| a.first)?;
            if object <= first || t.low(object - 1) != "joined" {
                return None;
            }
            let mut subjects = actors_before(t, first, object - 1, bodies);
            if subjects.is_empty() {
                return None;
            }
            subjects.append(&mut joined);
            return Some(Found {
                first: span,
                last: end,
                actors: subjects,
                position,
                times,
                rule: "joined-in",
            });
        }
        let actors = actors_before(t, first, k, bodies);
        let opener = actors.first().map(|a| a.first)?;
        // `with the US voting against and the UK abstaining`.
        let with = |k: usize| k > first && t.low(k - 1) == "with";
        let and_with = |k: usize| {
            k > first
                && t.low(k - 1) == "and"
                && (k.saturating_sub(12).max(first)..k).any(|j| t.low(j) == "with")
        };
        if !(with(opener) || and_with(opener)) {
            return None;
        }
        return Some(Found {
            first: with_actors(&actors, k, span),
            last: end,
            actors,
            position,
            times,
            rule,
        });
    }
    let actors = actors_before(t, first, k, bodies);
    if !actors.is_empty() {
        return Some(Found {
            first: with_actors(&actors, k, span),
            last: end,
            actors,
            position,
            times,
            rule,
        });
    }
    // `was among 35 countries that abstained`.
    let (actors, v) = among_before(t, first, k.checked_sub(1)?, bodies)?;
    Some(Found {
        first: v,
        last: end,
        actors,
        position,
        times,
        rule: "among-voters",
    })
}
