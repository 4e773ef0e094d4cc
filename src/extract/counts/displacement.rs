//! Where displaced people are said to go or stay: the refugee side of a
//! counted noun's predicate (`forced from their homes`, `made the crossing`,
//! `entered the country`, `sheltering in schools`, `in evacuation centres`),
//! and places that take people in (`has taken in 1.5 million Syrians`).

use super::govern::{Cue, boundary};
use super::lexicon::refugee_cue;
use super::{ClaimKind, Context};
use crate::extract::Mention;
use crate::extract::tokens::Tokens;

/// Words that place people in displacement (`in evacuation centres`,
/// `sheltering in schools`, `living in camps`).
fn shelter_word(w: &str) -> bool {
    matches!(
        w,
        "camp"
            | "camps"
            | "shelter"
            | "shelters"
            | "evacuation"
            | "displacement"
            | "tents"
            | "tent"
            | "settlement"
            | "settlements"
    )
}

/// `in evacuation centres`, `in displacement camps`: people counted where
/// the displaced stay.
pub fn camp_phrase(t: &Tokens, k: usize, end: usize) -> Option<Cue> {
    if !matches!(t.low(k), "in" | "at") {
        return None;
    }
    let j = (k + 1..end.min(k + 5))
        .take_while(|&j| !boundary(t.low(j)))
        .find(|&j| shelter_word(t.low(j)))?;
    Some(Cue::Refugee(span(t, k, phrase_end(t, j, end))))
}

/// The end of a short place or object phrase starting near `j`.
fn phrase_end(t: &Tokens, j: usize, end: usize) -> usize {
    let mut e = j + 1;
    while e < end && e < j + 4 && t.is_word(e) && !boundary(t.low(e)) && !verb_like(t.low(e)) {
        e += 1;
    }
    e
}

fn verb_like(w: &str) -> bool {
    matches!(
        w,
        "in" | "on" | "at" | "since" | "for" | "by" | "during" | "with" | "to" | "are" | "were"
    )
}

fn span(t: &Tokens, a: usize, b: usize) -> String {
    t.text[t.toks[a].start()..t.toks[b.max(a + 1) - 1].end()].to_string()
}

/// Where people go when they are displaced: home, their country, a named
/// place (`left Ukraine`, `entered the country`, `arrived in Lampedusa`).
fn destination(t: &Tokens, k: usize) -> bool {
    let k = if matches!(t.low(k), "in" | "on" | "into" | "at") {
        k + 1
    } else {
        k
    };
    (t.is_word(k) && t.capitalized(k))
        || matches!(
            (t.low(k), t.low(k + 1)),
            (
                "the" | "their" | "his" | "her",
                "country" | "homes" | "home" | "homeland"
            ) | ("home" | "abroad", _)
                | ("by", "sea" | "boat" | "land")
        )
}

/// A refugee verb at `k` (after the verb group) and how far its phrase goes.
pub fn refugee_verb(t: &Tokens, k: usize, end: usize, personal: bool) -> Option<Cue> {
    let w = t.low(k);
    let next = t.low(k + 1);
    // `forced from their homes`, `driven out of`, `forced to flee`, `moved out of damaged homes`
    if matches!(
        w,
        "forced" | "driven" | "chased" | "pushed" | "moved" | "ordered" | "made"
    ) {
        let moved = matches!(next, "from" | "out" | "away")
            || (next == "to" && matches!(t.low(k + 2), "flee" | "leave" | "evacuate" | "abandon"))
            || (w == "made" && next == "homeless");
        if !moved {
            // `made the crossing`
            if w == "made" && next == "the" && t.low(k + 2) == "crossing" {
                return Some(Cue::Refugee(span(t, k, k + 3)));
            }
            return None;
        }
        let stop = (k + 1..end.min(k + 7))
            .find(|&j| matches!(t.low(j), "homes" | "home" | "houses" | "flee" | "leave"))
            .map_or(k + 2, |j| j + 1);
        return Some(Cue::Refugee(span(t, k, stop)));
    }
    if let Some(cue) = refugee_cue(w).filter(|_| w != "asylum") {
        return Some(Cue::Refugee(cue.to_string()));
    }
    if matches!(
        w,
        "taken" | "took" | "taking" | "sought" | "seeking" | "found"
    ) && matches!(next, "refuge" | "shelter")
    {
        return Some(Cue::Refugee(span(t, k, k + 2)));
    }
    if matches!(
        w,
        "sheltering" | "sheltered" | "staying" | "living" | "sleeping" | "housed"
    ) {
        // `sheltering in schools and churches`: a roof that is not home.
        // `staying with relatives`, `living with host families`: taken in.
        let hosted = next == "with"
            && (k + 2..end.min(k + 5))
                .any(|j| matches!(t.low(j), "relatives" | "friends" | "host" | "hosts"));
        let shelters = camp_phrase(t, k + 1, end).is_some()
            || hosted
            || (w == "sheltering" && matches!(next, "in" | "at" | "with"));
        return shelters.then(|| Cue::Refugee(span(t, k, phrase_end(t, k + 2, end))));
    }
    if !personal {
        return None;
    }
    // `between 60 and 80 people cross south every day`, `cross into
    // Moldova`: people crossing a border, told in the present.
    if matches!(w, "cross" | "crosses" | "crossing")
        && (matches!(
            next,
            "into" | "over" | "south" | "north" | "east" | "west" | "illegally" | "irregularly"
        ) || (next == "the"
            && matches!(
                t.low(k + 2),
                "border" | "frontier" | "channel" | "sea" | "mediterranean"
            )))
    {
        return Some(Cue::Refugee("crossing".to_string()));
    }
    // `awaiting an asylum decision`, `applied for asylum`
    if matches!(
        w,
        "awaiting" | "await" | "waiting" | "applied" | "claimed" | "claiming" | "requested"
    ) && (k + 1..end.min(k + 5)).any(|j| t.low(j) == "asylum")
    {
        return Some(Cue::Refugee("sought asylum".to_string()));
    }
    let moved = match w {
        "entered" | "entering" | "reached" | "arrived" | "arriving" | "arrive" | "left"
        | "leave" | "leaving" => destination(t, k + 1),
        _ => false,
    };
    moved.then(|| {
        let to = if matches!(next, "in" | "on" | "into" | "at" | "the" | "their" | "by") {
            k + 2
        } else {
            k + 1
        };
        Cue::Refugee(span(t, k, phrase_end(t, to, end)))
    })
}

/// `Spain's Canary Islands have received more than 22,000 people`: a place
/// taking in people, right after a refugee figure, continues it.
pub fn received(t: &Tokens, m: &Mention, cx: &Context) -> Option<Cue> {
    let prev = if m.first > cx.sentence_start {
        t.low(m.first - 1)
    } else {
        ""
    };
    let taken_in = prev == "in"
        && m.first >= 2
        && matches!(t.low(m.first - 2), "taken" | "took" | "taking" | "takes");
    // `has taken in 1.5 million Syrians`, `is hosting 600,000`: said of
    // countries and towns sheltering people who came from elsewhere.
    if taken_in || matches!(prev, "hosting" | "hosts" | "hosted") {
        return Some(Cue::Refugee("taken in".to_string()));
    }
    // `the crossing was handling thousands of people a day`: a border post
    // handling people handles people crossing it.
    let border = (cx.sentence_start..m.first).any(|k| {
        matches!(
            t.low(k),
            "crossing" | "crossings" | "border" | "checkpoint" | "checkpoints"
        )
    });
    if border
        && matches!(
            prev,
            "handling" | "handled" | "handles" | "processing" | "processed" | "processes"
        )
    {
        return Some(Cue::Refugee("crossing".to_string()));
    }
    // `received`, `welcomed`: also said of patients and guests, so only
    // right after a refugee figure.
    (matches!(prev, "received" | "receiving" | "welcomed" | "admitted")
        && cx.previous_of(ClaimKind::Refugees).is_some())
    .then(|| Cue::Refugee("received".to_string()))
}

/// `410,000 displaced people returned to their villages`, `12,000 refugees
/// came back`: a return ends displacement; fact-checkers file returns as
/// quantities, not as refugee counts. `k` is the main verb of the counted
/// noun's predicate; the word said of the counted people is returned.
pub fn returned(t: &Tokens, k: usize) -> Option<&'static str> {
    let next = t.low(k + 1);
    match t.low(k) {
        "returned" | "returning" | "return" | "returns" => {
            // `returned fire`, `returned a verdict`: not people going home.
            (!matches!(next, "fire" | "a" | "an" | "the" | "their" | "its")
                || matches!(t.low(k + 2), "home" | "homes" | "country" | "villages"))
            .then_some("returned")
        }
        "came" | "come" | "coming" | "went" | "gone" | "going" | "moved" | "headed"
        | "travelled" | "traveled"
            if matches!(next, "back" | "home") =>
        {
            Some("returned")
        }
        _ => None,
    }
}
