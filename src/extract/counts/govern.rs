//! What happened to the counted people, read only where the sentence says it
//! of them: the verb group right after their noun phrase (`12 people were
//! killed`, `150 residents were forced from their homes`) or the verb whose
//! object they are (`the blast killed 12 people`, `forced 300,000 people from
//! their homes`). A cue elsewhere in the sentence belongs to another noun
//! (`infected 11,000 people and killed 348`, `died when a boat carrying 70
//! people capsized`) and must not leak onto this one.

use super::lexicon::{casualty_cue, refugee_cue};
use super::{ClaimKind, Context};
use crate::extract::Mention;
use crate::extract::tokens::{Kind, Tokens};

/// What a governing word says happened to the counted people.
#[derive(Debug, Clone, PartialEq)]
pub enum Cue {
    Casualty(&'static str),
    Refugee(String),
}

/// Words between a noun and its verb that do not change who the verb is
/// about: auxiliaries, modals, hedges (`are feared`, `were reported`,
/// `are believed to have been`), adverbs of time.
fn verb_group_word(w: &str) -> bool {
    matches!(
        w,
        "had"
            | "have"
            | "has"
            | "having"
            | "been"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "being"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "must"
            | "can"
            | "reportedly"
            | "also"
            | "still"
            | "now"
            | "already"
            | "later"
            | "since"
            | "then"
            | "all"
            | "both"
            | "thought"
            | "believed"
            | "feared"
            | "presumed"
            | "known"
            | "reported"
            | "confirmed"
            | "said"
            | "understood"
            | "to"
            | "initially"
            | "eventually"
            | "remain"
            | "remains"
            | "remained"
            | "left"
            | "so"
            | "far"
    )
}

/// `internally`, `temporarily`: an adverb inside a verb group.
fn adverb(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ly") && !matches!(w, "family" | "supply" | "assembly" | "italy")
}

/// Clause boundaries: what follows is about something else.
fn boundary(w: &str) -> bool {
    matches!(
        w,
        "," | ";"
            | ":"
            | "("
            | ")"
            | "\""
            | "."
            | "and"
            | "but"
            | "while"
            | "whereas"
            | "when"
            | "after"
            | "before"
            | "as"
            | "because"
            | "which"
            | "who"
            | "that"
            | "where"
            | "although"
            | "though"
            | "if"
    )
}

/// An appositive after the noun (`, including six children,`, `, mostly
/// women,`): skipped, so the verb after it still governs the noun.
fn skip_appositive(t: &Tokens, k: usize, end: usize) -> usize {
    // `one man, 34, remained missing`: an age.
    if t.low(k) == "," && t.kind(k + 1) == Some(Kind::Digits) && t.low(k + 2) == "," && k + 3 < end
    {
        return k + 3;
    }
    if t.low(k) != ","
        || !matches!(
            t.low(k + 1),
            "including" | "mostly" | "mainly" | "many" | "most" | "among" | "some" | "half"
        )
    {
        return k;
    }
    (k + 2..end.min(k + 12))
        .find(|&j| t.low(j) == ",")
        .map_or(k, |j| j + 1)
}

/// The cue in the predicate of a noun phrase ending before token `from`.
pub fn predicate_cue(t: &Tokens, from: usize, end: usize, personal: bool) -> Option<Cue> {
    let mut k = from;
    // Markdown emphasis around the figure: `**21,000 people** have crossed`.
    while k < end && matches!(t.low(k), "*" | "_") {
        k += 1;
    }
    let mut k = skip_appositive(t, k, end);
    // `174 health workers and patients were killed`: a coordinated noun
    // shares the verb.
    if matches!(t.low(k), "and" | "or")
        && let Some(j) = (k + 1..end.min(k + 4))
            .take_while(|&j| t.is_word(j) && !boundary(t.low(j)))
            .find(|&j| verb_group_word(t.low(j)))
            .filter(|&j| j > k + 1)
    {
        k = j;
    }
    if let Some(cue) = camp_phrase(t, k, end) {
        return Some(cue);
    }
    // `20 people in the village were killed`: a short place phrase before the verb.
    if matches!(
        t.low(k),
        "in" | "at" | "on" | "near" | "inside" | "from" | "across"
    ) && let Some(j) = (k + 1..end.min(k + 6))
        .take_while(|&j| !boundary(t.low(j)))
        .find(|&j| matches!(t.low(j), "were" | "was" | "have" | "has" | "had" | "are"))
    {
        k = j;
    }
    let verb_at = k;
    while k < end
        && k < verb_at + 7
        && (verb_group_word(t.low(k)) || adverb(t.low(k)) && k + 1 < end)
    {
        k += 1;
    }
    if k >= end {
        return None;
    }
    let w = t.low(k);
    if let Some(cue) = casualty_cue(w).filter(|_| !matches!(w, "lives" | "toll" | "death")) {
        return Some(Cue::Casualty(cue));
    }
    if w == "lost" && t.low(k + 1) == "their" && t.low(k + 2) == "lives" {
        return Some(Cue::Casualty("killed"));
    }
    // `were among the dead`
    if w == "among" {
        let j = if t.low(k + 1) == "the" { k + 2 } else { k + 1 };
        return casualty_cue(t.low(j)).map(Cue::Casualty);
    }
    // `were taken to hospital with minor injuries`, `treated for burns`
    if matches!(
        w,
        "taken" | "treated" | "hospitalised" | "hospitalized" | "admitted" | "airlifted" | "rushed"
    ) && (k + 1..end.min(k + 10))
        .take_while(|&j| !boundary(t.low(j)))
        .any(|j| {
            matches!(
                t.low(j),
                "injuries" | "injured" | "wounds" | "burns" | "injury"
            )
        })
    {
        return Some(Cue::Casualty("injured"));
    }
    refugee_verb(t, k, end, personal)
}

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
fn camp_phrase(t: &Tokens, k: usize, end: usize) -> Option<Cue> {
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
    t.text[t.toks[a].start..t.toks[b.max(a + 1) - 1].end].to_string()
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
fn refugee_verb(t: &Tokens, k: usize, end: usize, personal: bool) -> Option<Cue> {
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
        let shelters = camp_phrase(t, k + 1, end).is_some()
            || (w == "sheltering" && matches!(next, "in" | "at" | "with"));
        return shelters.then(|| Cue::Refugee(span(t, k, phrase_end(t, k + 2, end))));
    }
    if !personal {
        return None;
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

/// The verb whose object the count is (`killed 12 people`, `the death toll
/// rose to 1,189`, `displaced 10 million people`, `forced 300,000 people from
/// their homes`), looking back over nothing but determiners and level verbs.
/// `np_end` is where the counted noun phrase ends.
pub fn governing_cue(t: &Tokens, first: usize, start: usize, np_end: usize) -> Option<Cue> {
    let mut k = first;
    let mut gap = 0;
    while k > start && gap < 4 {
        let w = t.low(k - 1);
        if !matches!(
            w,
            "a" | "an"
                | "the"
                | "another"
                | "further"
                | "additional"
                | "total"
                | "of"
                | "to"
                | "at"
                | "rose"
                | "risen"
                | "climbed"
                | "reached"
                | "stands"
                | "stood"
                | "now"
                | "passed"
                | "topped"
                | "is"
                | "was"
                | "has"
                | "had"
                | "already"
                | "also"
        ) {
            break;
        }
        k -= 1;
        gap += 1;
    }
    if k == start {
        return None;
    }
    let w = t.low(k - 1);
    if w == "lost" {
        // `Russia has lost 15,000 troops`
        return Some(Cue::Casualty("lost"));
    }
    if let Some(cue) = casualty_cue(w).filter(|_| w != "lives") {
        return Some(Cue::Casualty(cue));
    }
    if matches!(
        w,
        "forced"
            | "force"
            | "forcing"
            | "forces"
            | "drove"
            | "driven"
            | "drive"
            | "driving"
            | "pushed"
            | "push"
            | "pushing"
            | "pushes"
            | "chased"
    ) {
        let n = t.low(np_end);
        let toward = matches!(
            n,
            "from" | "out" | "away" | "towards" | "toward" | "across" | "into"
        ) || (n == "to"
            && matches!(t.low(np_end + 1), "flee" | "leave" | "evacuate" | "abandon"));
        return toward.then(|| Cue::Refugee("displaced".to_string()));
    }
    match w {
        "displaced" | "displacing" | "displace" | "displaces" | "uprooted" | "uprooting" => {
            Some(Cue::Refugee("displaced".to_string()))
        }
        "evacuated" | "evacuating" | "evacuate" | "relocated" => {
            Some(Cue::Refugee("evacuated".to_string()))
        }
        "deported" | "deporting" | "expelled" => Some(Cue::Refugee("deported".to_string())),
        "resettled" | "resettling" => Some(Cue::Refugee("resettled".to_string())),
        _ => None,
    }
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
