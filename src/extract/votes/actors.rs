//! Who voted: the grammatical subject before a position verb.
//!
//! The subject is read backwards from the verb: a country (a capital or
//! a short form stands for it: `Beijing` -> China, `the U.S.` -> United
//! States), a person (`Senator Smith`, `Sen. Joe Manchin`), a party
//! (`Republicans`), a delegation (`the Chinese delegation`, `Russia's
//! envoy`). `A, B and C abstained` names three actors; a clause between
//! commas (`India, which abstained,`, `China, a close ally of Russia,`) is
//! stepped over. A pronoun or a common noun (`It`, `Lawmakers`) names no
//! one: a position with no named actor is no vote record.

use super::bodies::Body;
use super::persons::person;
use super::places::{AND_NAMES, country, demonym, fold};
use crate::extract::tokens::{Kind, Tokens};

/// One actor: its normalized name and token range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Actor {
    pub name: String,
    pub first: usize,
    pub last: usize,
}

/// Capitalized words that open sentences but name no actor.
fn common(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "you"
            | "this"
            | "that"
            | "these"
            | "those"
            | "there"
            | "here"
            | "some"
            | "many"
            | "most"
            | "few"
            | "several"
            | "all"
            | "both"
            | "each"
            | "others"
            | "other"
            | "lawmakers"
            | "members"
            | "senators"
            | "delegates"
            | "countries"
            | "states"
            | "nations"
            | "voters"
            | "residents"
            | "people"
            | "critics"
            | "officials"
            | "diplomats"
            | "opponents"
            | "supporters"
            | "legislators"
            | "deputies"
            | "judges"
            | "justices"
            | "ministers"
            | "meanwhile"
            | "however"
            | "instead"
            | "only"
            | "also"
            | "then"
            | "later"
            | "finally"
            | "eventually"
            | "yesterday"
            | "today"
            | "by"
            | "in"
            | "on"
            | "at"
            | "after"
            | "when"
            | "if"
            | "a"
            | "an"
            | "the"
            | "one"
            | "none"
            | "no"
            | "everyone"
            | "nobody"
            | "who"
            | "which"
            | "what"
            | "but"
            | "and"
            | "so"
            | "yet"
            | "still"
    )
}

/// Nouns after a country that make it the acting government.
fn envoy(w: &str) -> bool {
    matches!(
        w,
        "delegation" | "envoy" | "ambassador" | "representative" | "government" | "mission"
    )
}

/// Lowercase group nouns a capitalized adjective may name (`Republican
/// senators`, `Labour MPs`).
fn party_members(w: &str) -> bool {
    matches!(
        w,
        "senators" | "lawmakers" | "legislators" | "members" | "deputies" | "representatives"
    )
}

fn name_of<'t>(t: &Tokens<'t>, s: usize, e: usize) -> &'t str {
    &t.text[t.toks[s].start()..t.toks[e - 1].end()]
}

/// Whether token `k` can be part of a name read backwards: a capitalized
/// word, or the dot of an abbreviation (`U.S.`, `Sen.`).
fn name_token(t: &Tokens, k: usize) -> bool {
    if t.is_word(k) {
        return t.capitalized(k);
    }
    t.low(k) == "." && t.glued(k) && k > 0 && t.capitalized(k - 1) && t.raw(k - 1).len() <= 4
}

/// The noun phrase of one actor ending before token `e`: its start and name.
fn one_before(t: &Tokens, first: usize, e: usize, bodies: &[Body]) -> Option<(usize, String)> {
    if e <= first {
        return None;
    }
    // `the Chinese delegation`, `Russia's envoy`, `Russia’s ambassador`.
    if envoy(t.low(e - 1)) && e >= first + 2 {
        let k = e - 2;
        if let Some(c) = demonym(t.low(k)) {
            let s = if k > first && t.low(k - 1) == "the" {
                k - 1
            } else {
                k
            };
            return Some((s, c.to_string()));
        }
        let (end, name_end) =
            if t.low(k) == "s" && k >= first + 2 && matches!(t.raw(k - 1), "'" | "\u{2019}") {
                (k - 1, k - 1)
            } else if t.low(k).ends_with("'s") {
                (k + 1, k + 1)
            } else {
                return None;
            };
        let (s, name) = one_before(t, first, end, bodies)?;
        let name = if name_end == k + 1 {
            name.trim_end_matches("'s").to_string()
        } else {
            name
        };
        let name = country(&name).map_or(name, str::to_string);
        return Some((s, name));
    }
    // `Residents of Paris`, `lawmakers in London`: the name is a modifier.
    let modifier = |s: usize| {
        s > first
            && matches!(
                t.low(s - 1),
                "of" | "in" | "from" | "at" | "for" | "by" | "on" | "to"
            )
    };
    // A known country or capital, longest first: `New Delhi`, `the U.S.`.
    for s in e.saturating_sub(8).max(first)..e {
        if modifier(s) {
            continue;
        }
        if !(t.capitalized(s) || t.low(s) == "the") || (s + 1..e).any(|k| !t.same_line(k)) {
            continue;
        }
        let phrase = name_of(t, s, e);
        if let Some(c) = country(phrase) {
            return Some((s, c.to_string()));
        }
        if AND_NAMES.contains(&fold(phrase).trim_start_matches("the ")) {
            let s2 = if t.low(s) == "the" { s + 1 } else { s };
            return Some((s, name_of(t, s2, e).to_string()));
        }
    }
    // Any other name: a run of capitalized words, `of` and `the` inside.
    let mut k = e;
    if party_members(t.low(k - 1)) && k >= first + 2 && t.capitalized(k - 2) {
        k -= 1;
    }
    while k > first {
        if k < e && !t.same_line(k) {
            break;
        }
        let p = k - 1;
        let inner =
            matches!(t.low(p), "of" | "de" | "al") && p > first && k < e && t.capitalized(p - 1);
        if !(name_token(t, p) || inner) {
            break;
        }
        k = p;
        if e - k > 6 {
            return None;
        }
    }
    // `Only Belarus`, `Both China`: an opener is no part of the name.
    while k < e && common(t.low(k)) {
        k += 1;
    }
    if k == e || !t.is_word(k) {
        return None;
    }
    if modifier(k) || !t.capitalized(k) {
        return None;
    }
    let name = name_of(t, k, e);
    if bodies.iter().any(|b| b.first < e && k < b.last) {
        return None;
    }
    let s = if k > first && t.low(k - 1) == "the" {
        k - 1
    } else {
        k
    };
    let name = country(name_of(t, s, e)).map_or_else(|| name.to_string(), str::to_string);
    Some((s, name))
}

/// A clause set off by commas before `e` (`, which has close ties to
/// Moscow,`, `, a close ally,`): the index of its opening comma.
fn aside_before(t: &Tokens, first: usize, e: usize) -> Option<usize> {
    if e <= first || t.low(e - 1) != "," {
        return None;
    }
    let mut k = e - 1;
    while k > first && e - k < 24 {
        k -= 1;
        if t.low(k) == "," {
            return Some(k);
        }
        if matches!(t.low(k), ";" | ":" | "(" | ")" | "\"") {
            return None;
        }
    }
    None
}

/// The actors whose phrase ends right before token `e`: one, or a list
/// (`China, India and the United Arab Emirates`). Empty when the subject
/// names no one.
pub(super) fn actors_before(t: &Tokens, first: usize, e: usize, bodies: &[Body]) -> Vec<Actor> {
    let mut e = e;
    // `India, which abstained,`: the relative pronoun points back.
    if e > first && matches!(t.low(e - 1), "which" | "who") && e >= first + 2 && t.low(e - 2) == ","
    {
        e -= 2;
    } else if let Some(k) = aside_before(t, first, e) {
        // `Russia's envoy, Vassily Nebenzia,`: the phrase before the aside,
        // else the name that the aside is (`, Senator Smith,`).
        e = if one_before(t, first, k, bodies).is_some() {
            k
        } else {
            e - 1
        };
    }
    let mut out = Vec::new();
    let Some((s, name)) = one_before(t, first, e, bodies) else {
        return out;
    };
    out.push(Actor {
        name: person(t, s, e).unwrap_or(name),
        first: s,
        last: e,
    });
    // `A and B`, `A, B and C`, `A, B, and C`.
    let mut s = s;
    let mut joined = false;
    loop {
        let mut k = s;
        if k > first && t.low(k - 1) == "and" && !joined {
            k -= 1;
            if k > first && t.low(k - 1) == "," {
                k -= 1;
            }
            joined = true;
        } else if joined && k > first && t.low(k - 1) == "," {
            k -= 1;
        } else {
            break;
        }
        match one_before(t, first, k, bodies) {
            Some((s2, name)) => {
                out.push(Actor {
                    name: person(t, s2, k).unwrap_or(name),
                    first: s2,
                    last: k,
                });
                s = s2;
            }
            None => break,
        }
    }
    out.reverse();
    out
}

/// `was among 35 countries that`, `was one of 35 nations to`, `was the
/// only member to`: the actor it names, the index of `was`, from the
/// relative word at `rel`.
pub(super) fn among_before(
    t: &Tokens,
    first: usize,
    rel: usize,
    bodies: &[Body],
) -> Option<(Vec<Actor>, usize)> {
    if rel <= first || !matches!(t.low(rel), "that" | "which" | "who" | "to" | "in") {
        return None;
    }
    let mut k = rel;
    // Back over the voters: `countries`, `other countries`, `35`, `the`.
    let mut noun = false;
    let mut only = false;
    while k > first && rel - k < 8 {
        let w = t.low(k - 1);
        if super::words::voter_noun(w) && w != "votes" {
            noun = true;
        } else if !(matches!(w, "other" | "the" | "-" | "only" | "sole" | "lone" | "just")
            || t.kind(k - 1) == Some(Kind::Digits)
            || crate::extract::numbers::numbers_at(t, k - 1).is_some())
        {
            break;
        }
        k -= 1;
        if matches!(t.low(k), "only" | "sole" | "lone") && k > first && t.low(k - 1) == "the" {
            k -= 1;
            only = true;
            break;
        }
    }
    if !noun {
        return None;
    }
    // `among`, `one of`, `the only`; `joined ... in`.
    let opener = if only {
        k
    } else if k > first && t.low(k - 1) == "among" {
        k - 1
    } else if k >= first + 2 && t.low(k - 1) == "of" && t.low(k - 2) == "one" {
        k - 2
    } else if k > first && t.low(k - 1) == "joined" && t.low(rel) == "in" {
        let actors = actors_before(t, first, k - 1, bodies);
        return (!actors.is_empty()).then_some((actors, k - 1));
    } else {
        return None;
    };
    let mut v = opener;
    while v > first
        && matches!(
            t.low(v - 1),
            "also" | "was" | "were" | "is" | "are" | "being"
        )
    {
        v -= 1;
    }
    if v == opener {
        return None;
    }
    let actors = actors_before(t, first, v, bodies);
    (!actors.is_empty()).then_some((actors, v))
}
