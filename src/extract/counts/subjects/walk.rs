//! What a figure is of when the subject comes before it: read back over the
//! verb (`rose`, `stood at`, `is expected to remain at`), a time phrase, a
//! parenthesis, or an earlier figure the new one continues.

use super::phrase::{claim_at, is_amount, last_amount, np_before, np_start, span, time_before};
use super::words::{
    change_noun, level_verb, linking_word, money_act, money_noun, party_noun, vote_verb,
};
use crate::extract::Dim;
use crate::extract::counts::Context;
use crate::extract::tokens::Tokens;

/// How the words between subject and figure relate them.
#[derive(Default, Clone, Copy)]
struct Link {
    /// The move a verb names (`rise` for `rose 3%`).
    change: Option<&'static str>,
    /// `to`/`at` before any verb: the figure is the level reached.
    level: bool,
    /// `from`, `than`, `or`: another value of the same subject.
    compared: bool,
    /// A verb was passed, so a comma before it closes an inserted clause.
    verb: bool,
    /// `won`/`took` with a bare percentage: a share of the vote.
    vote: bool,
    /// `would cost £2bn`: the figure is the cost of the subject.
    cost: bool,
}

impl Link {
    /// The subject as the figure measures it: `rise in X` when the figure is
    /// the move, `vote for X` for a party's share.
    fn compose(&self, subject: String, dim: Dim) -> String {
        if self.vote && dim == Dim::Percent && party_like(&subject) {
            return format!("vote for {subject}");
        }
        if self.cost && dim == Dim::Money {
            return format!("cost of {subject}");
        }
        match self.change {
            Some(c) if !self.level && !self.compared => format!("{c} in {subject}"),
            _ => subject,
        }
    }

    fn inherit(&self, subject: &str, dim: Dim) -> String {
        let base = strip_move(subject);
        Link {
            vote: false,
            cost: false,
            ..*self
        }
        .compose(base.to_string(), dim)
    }
}

/// `rise in X` -> `X`: what an earlier figure was a move of.
pub fn strip_move(subject: &str) -> &str {
    match subject.split_once(" in ") {
        Some((head, rest)) if change_word(head) => rest,
        _ => subject,
    }
}

fn change_word(w: &str) -> bool {
    matches!(
        w,
        "rise"
            | "increase"
            | "jump"
            | "gain"
            | "growth"
            | "fall"
            | "drop"
            | "decline"
            | "decrease"
            | "cut"
            | "reduction"
            | "slowdown"
            | "widening"
            | "narrowing"
    )
}

fn party_like(subject: &str) -> bool {
    subject
        .split([' ', '-'])
        .any(|w| w.chars().next().is_some_and(char::is_uppercase) || party_noun(&w.to_lowercase()))
}

/// The subject named before the figure at token `first`.
pub fn before(t: &Tokens, first: usize, dim: Dim, cx: &Context) -> Option<String> {
    let floor = cx.sentence_start;
    // `has fallen below 100%`: a threshold is a level, not the move.
    let mut link = Link {
        level: matches!(
            t.low(first),
            "below" | "above" | "under" | "beyond" | "past"
        ),
        ..Link::default()
    };
    let mut k = first;
    let mut passed_comma = false;
    let mut steps = 0;
    while k > floor && steps < 16 {
        steps += 1;
        let j = k - 1;
        let w = t.low(j);
        // `0.60 euros a share from 1.10 euros`: a rate is not a subject.
        if j > floor && super::money::rate_len(t, j - 1) == 2 {
            k = j - 1;
            continue;
        }
        if let Some((d, start)) = claim_at(t, cx, j) {
            if is_amount(d.dim) {
                return d.subject.as_deref().map(|s| link.inherit(s, dim));
            }
            // `rose 6 basis points to 2.87 percent`: step over the count.
            if d.dim == Dim::Number && link.level && !link.verb {
                k = start;
                continue;
            }
        }
        match w {
            "\"" | "\u{201c}" | "\u{201d}" | "'" => {}
            "to" | "at" => link.level |= !link.verb,
            "by" => {}
            // `well below the 95% needed`: another value of the same subject.
            "well" | "far" if link.compared => {}
            "from" | "than" | "against" | "versus" | "or" | "with" | "compared" | "below"
            | "above" => link.compared = true,
            "up" | "down" => {
                if link.change.is_none() {
                    link.change = Some(if w == "up" { "rise" } else { "fall" });
                }
            }
            "worth" => {}
            // `came in at €3bn`
            "in" if t.low(j + 1) == "at" => {}
            // `Earnings before tax (EBIT) fell 8%`: the short name.
            ")" if link.verb && j >= floor + 2 && t.low(j - 2) == "(" && acronym(t.raw(j - 1)) => {
                return Some(link.compose(t.raw(j - 1).to_string(), dim));
            }
            // `hit a record 7 percent`, but not `a contract worth $5m`
            "a" | "an" | "the" | "new"
                if j + 1 == first || super::words::frame_noun(t.low(j + 1)) => {}
            _ if super::words::frame_noun(w) => {}
            // `€4.5 million and £2 million`, `€8bn to one fund and €2bn to
            // another`: a figure with nothing of its own after `and` shares
            // the subject of the figure before.
            "and" => {
                return last_amount(cx)
                    .filter(|d| d.dim == dim)
                    .and_then(|d| d.subject.clone());
            }
            "for" if dim == Dim::Money && j > floor && money_act(t.low(j - 1)).is_some() => {
                return money_subject(t, money_act(t.low(j - 1))?, cx);
            }
            // `an appeal in March for $2bn`, `a contract for $5m`
            "for" if dim == Dim::Money && j == first - 1 => {
                let end = time_before(t, j, floor).unwrap_or(j);
                return np_before(t, end, floor);
            }
            "," => {
                if link.verb {
                    // `Food inflation, which peaked at 16%, eased to 3.6%`:
                    // the subject stands before the inserted clause.
                    let open = (floor..j).rev().take(16).find(|&o| t.low(o) == ",")?;
                    return np_after_time(t, open, floor).map(|s| link.compose(s, dim));
                }
                let continues =
                    j > floor && claim_at(t, cx, j - 1).is_some_and(|(d, _)| is_amount(d.dim));
                if link.compared || link.change.is_some() || continues {
                    passed_comma = true;
                } else {
                    // `cuts to the budget, worth €2bn`: in apposition.
                    return np_after_time(t, j, floor).map(|s| link.compose(s, dim));
                }
            }
            "which" | "that" | "who" if link.verb => {
                let end = if j > floor && t.low(j - 1) == "," {
                    j - 1
                } else {
                    j
                };
                return np_after_time(t, end, floor).map(|s| link.compose(s, dim));
            }
            _ => {
                if let Some(c) = change_noun(w) {
                    link.change = link.change.or(Some(c));
                    link.verb = true;
                } else if dim == Dim::Percent && vote_verb(w) {
                    link.vote = true;
                    link.verb = true;
                } else if level_verb(w) {
                    link.cost |= !link.verb && matches!(w, "cost" | "costs");
                    link.verb = true;
                } else if linking_word(w) || (w.ends_with("ly") && w.len() > 4) {
                } else if let Some(act) = money_verb(t, j, dim) {
                    return money_subject(t, act, cx);
                } else if let Some(s) = time_before(t, k, floor) {
                    k = s;
                    continue;
                } else {
                    break;
                }
            }
        }
        k = j;
    }
    if passed_comma {
        // `Turnout was 66%, ..., up 15 points`: a move of the figure before,
        // be it an amount or a count (`42,000 arrivals, down 60%`).
        return cx
            .earlier
            .iter()
            .rev()
            .take_while(|(s, _)| *s == cx.sentence_index)
            .find_map(|(_, d)| d.subject.as_deref())
            .map(|s| link.inherit(s, dim));
    }
    if k == first {
        return None;
    }
    let s = np_start(t, k, floor)?;
    // `cut its key rate by 0.25 points`: the verb stands before its object.
    let mut v = s;
    while v > floor && matches!(t.low(v - 1), "its" | "their" | "the" | "his" | "her") {
        v -= 1;
    }
    if link.change.is_none() && v > floor {
        link.change = change_noun(t.low(v - 1));
    }
    np_before(t, k, floor).map(|s| link.compose(s, dim))
}

/// The noun phrase before token `end`, past a time phrase (`its aid to
/// Sudan this year,`).
fn np_after_time(t: &Tokens, end: usize, floor: usize) -> Option<String> {
    let end = time_before(t, end, floor).unwrap_or(end);
    np_before(t, end, floor)
}

/// The act of a money verb right before the figure (`needs $4.2bn`), past
/// hedges and auxiliaries.
pub fn act_before(t: &Tokens, first: usize, floor: usize) -> Option<&'static str> {
    (floor..first)
        .rev()
        .take(4)
        .find(|&j| !linking_word(t.low(j)) && !t.low(j).ends_with("ly"))
        .and_then(|j| money_verb(t, j, Dim::Money))
}

/// A verb that spends, gives or needs money, as a verb: past forms and
/// third persons, or `-ing` after `is`/`was` (`was releasing`).
fn money_verb(t: &Tokens, j: usize, dim: Dim) -> Option<&'static str> {
    let w = t.low(j);
    let act = money_act(w).filter(|_| dim == Dim::Money)?;
    let verb = if w.ends_with("ing") {
        j > 0 && matches!(t.low(j - 1), "is" | "was" | "are" | "were" | "be" | "been")
    } else {
        w.ends_with("ed")
            || w.ends_with('s')
            || matches!(w, "spent" | "paid" | "lent" | "gave" | "given" | "sought")
            // `aims to save €40m`
            || (j > 0 && t.low(j - 1) == "to")
    };
    verb.then_some(act)
}

/// Money a verb moves: the aid or funding the sentence names, the aid just
/// given before it, or the noun of the act (`allocation`, `funding needed`).
pub fn money_subject(t: &Tokens, act: &'static str, cx: &Context) -> Option<String> {
    let named = (cx.sentence_start..cx.sentence_end)
        .find(|&i| money_noun(t.low(i)))
        .and_then(|i| np_start(t, i + 1, cx.sentence_start).map(|s| span(t, s, i + 1)));
    if named.is_some() {
        return named;
    }
    if super::words::giving(act) {
        let earlier = cx
            .earlier
            .iter()
            .rev()
            .take_while(|(s, _)| s + 2 >= cx.sentence_index)
            .filter(|(_, d)| d.dim == Dim::Money)
            .filter_map(|(_, d)| d.subject.as_deref())
            .find(|s| s.split(' ').any(|w| money_noun(&w.to_lowercase())));
        if let Some(s) = earlier {
            return Some(s.to_string());
        }
    }
    Some(act.to_string())
}

/// An all-capitals short name (`EBIT`, `GDP`, `WHO`).
fn acronym(w: &str) -> bool {
    w.len() >= 2
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}
