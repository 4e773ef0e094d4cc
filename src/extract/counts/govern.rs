//! What happened to the counted people, read only where the sentence says it
//! of them: the verb group right after their noun phrase (`12 people were
//! killed`, `150 residents were forced from their homes`) or the verb whose
//! object they are (`the blast killed 12 people`, `forced 300,000 people from
//! their homes`). A cue elsewhere in the sentence belongs to another noun
//! (`infected 11,000 people and killed 348`, `died when a boat carrying 70
//! people capsized`) and must not leak onto this one.

use super::displacement::{camp_phrase, refugee_verb};
use super::lexicon::casualty_cue;
use super::treatment::{patients, treated, treating};
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
pub fn boundary(w: &str) -> bool {
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

/// Past what still belongs to the counted noun: Markdown emphasis (`**21,000
/// people** have crossed`), an appositive or an age, a coordinated noun
/// (`174 health workers and patients were killed` share the verb).
fn subject_end(t: &Tokens, from: usize, end: usize) -> usize {
    let mut k = from;
    while k < end && matches!(t.low(k), "*" | "_") {
        k += 1;
    }
    let k = skip_appositive(t, k, end);
    // `dozens more who were unaccounted for`, `45,000 people who fled`: a
    // relative clause whose subject is the counted noun.
    if matches!(t.low(k), "who" | "that")
        && t.is_word(k + 1)
        && !matches!(
            t.low(k + 1),
            "the"
                | "a"
                | "an"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "it"
                | "its"
                | "their"
        )
    {
        return k + 1;
    }
    if matches!(t.low(k), "and" | "or")
        && let Some(j) = (k + 1..end.min(k + 4))
            .take_while(|&j| t.is_word(j) && !boundary(t.low(j)))
            .find(|&j| verb_group_word(t.low(j)))
            .filter(|&j| j > k + 1)
    {
        return j;
    }
    k
}

/// The main verb after the verb group that starts at `k`, past a short
/// place or part phrase (`20 people in the village were killed`, `schools
/// in two districts of the province were closed`).
fn verb_after(t: &Tokens, mut k: usize, end: usize) -> Option<usize> {
    if matches!(
        t.low(k),
        "in" | "at" | "on" | "near" | "inside" | "from" | "across" | "of"
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
    (k < end).then_some(k)
}

/// The main verb of the counted noun's own predicate.
pub fn predicate_verb(t: &Tokens, from: usize, end: usize) -> Option<usize> {
    verb_after(t, subject_end(t, from, end), end)
}

/// The cue in the predicate of a noun phrase ending before token `from`, in
/// a sentence from `start` to `end`.
pub fn predicate_cue(
    t: &Tokens,
    from: usize,
    start: usize,
    end: usize,
    personal: bool,
) -> Option<Cue> {
    let k = subject_end(t, from, end);
    if let Some(cue) = camp_phrase(t, k, end) {
        return Some(cue);
    }
    let k = verb_after(t, k, end)?;
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
    if let Some(cue) = treated(t, k, start, end) {
        // `500 patients were treated`: see [`patients`].
        let noun = if from > start { t.low(from - 1) } else { "" };
        if !patients(noun) || cue == "injured" {
            return Some(Cue::Casualty(cue));
        }
    }
    refugee_verb(t, k, end, personal)
}

/// The verb whose object the count is (`killed 12 people`, `the death toll
/// rose to 1,189`, `displaced 10 million people`, `forced 300,000 people from
/// their homes`), looking back over nothing but determiners and level verbs.
/// `np_end` is where the counted noun phrase ends.
pub fn governing_cue(
    t: &Tokens,
    first: usize,
    start: usize,
    np_end: usize,
    end: usize,
) -> Option<Cue> {
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
    let noun = if np_end > first {
        t.low(np_end - 1)
    } else {
        ""
    };
    if let Some(cue) = treating(t, k - 1, start, end, noun) {
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
    // `asylum claims covering almost 150,000 people`, `applications
    // relating to 9,000 people`: the people an asylum claim is made for.
    if matches!(
        w,
        "covering" | "covered" | "involving" | "involved" | "relating" | "concerning"
    ) && (start..k).any(|j| t.low(j) == "asylum")
    {
        return Some(Cue::Refugee("sought asylum".to_string()));
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

/// `the bodies of at least seven people`, `the remains of 12 migrants`: the
/// counted are dead, whoever they were.
pub fn remains_of(t: &Tokens, first: usize, start: usize) -> bool {
    let mut k = first;
    while k > start && matches!(t.low(k - 1), "the" | "at" | "least" | "some" | "about") {
        k -= 1;
    }
    k >= start + 2
        && t.low(k - 1) == "of"
        && matches!(t.low(k - 2), "bodies" | "corpses" | "remains")
}
