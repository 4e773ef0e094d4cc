//! Rules that find who a sentence attributes its figures to: `according to
//! X`, `X said`, `..., said X`, `X figures show`, `figures from X`, and the
//! subject of a sentence whose reporting verb stands after a clause
//! (`The president, speaking in Manila, said ...`).

use super::lexicon::{
    calendar_word, data_noun, function_word, poll_participle, reporting_participle, reporting_verb,
    show_verb, speech_verb,
};
use super::phrase::{backward, forward, is_head, is_modifier, is_name};
use super::quotes;
use super::source::{Attribution, Person, Refers, is_person, key};
use crate::extract::tokens::{Kind, Tokens};

/// Punctuation after which an attribution looks back over the sentence
/// (`..., officials said`, `"...," she said`).
fn trailing_boundary(w: &str) -> bool {
    matches!(
        w,
        "," | "\"" | "\u{201d}" | "\u{2019}" | "'" | "-" | "\u{2013}" | "\u{2014}" | ")" | ";"
    )
}

/// Attributions among tokens `first..last` (one sentence), in order; a
/// sentence with none inside a quotation takes the quotation's speaker.
pub fn attributions(t: &Tokens, first: usize, last: usize) -> Vec<Attribution> {
    let mut out = find(t, first, last);
    if out.is_empty()
        && let Some(a) = quotes::speaker(t, first, last)
    {
        out.push(a);
    }
    out
}

/// Attributions stated among tokens `first..last`, in order.
pub(crate) fn find(t: &Tokens, first: usize, last: usize) -> Vec<Attribution> {
    let mut out = Vec::new();
    let mut i = first;
    while i < last {
        let w = t.low(i);
        let lowercase = !t.capitalized(i);
        if w == "according" && t.low(i + 1) == "to" {
            if let Some(a) = after(t, (first, i + 2, last), i, "according-to") {
                out.push(a.trailing(true));
            }
        } else if matches!(w, "from" | "by")
            && i > first
            && (data_noun(t.low(i - 1))
                || matches!(
                    t.low(i - 1),
                    "published" | "released" | "compiled" | "provided" | "issued" | "collected"
                ))
        {
            if let Some(a) = after(t, (first, i + 1, last), i, "figures-from") {
                let trailing = (first..i).rev().take(4).any(|k| t.low(k) == ",");
                out.push(a.trailing(trailing));
            }
        } else if lowercase
            && (reporting_verb(w) || (show_verb(w) && i > first && data_noun(t.low(i - 1))))
        {
            if let Some((a, end)) = said(t, first, i, last) {
                out.push(a);
                // `..., said Jane Doe, 81, whose home flooded to two feet`:
                // what follows an inverted speaker describes her.
                if let Some(end) = end.filter(|&end| end < last) {
                    out.push(Attribution::void(end));
                }
            }
        } else if lowercase && reporting_participle(w) && i > first && t.low(i - 1) == "," {
            if let Some(a) = sentence_subject(t, first, i, "x-saying") {
                out.push(a);
            }
        } else if w == ","
            && matches!(t.low(i + 1), "and" | "but" | "while" | "whereas")
            && is_name(t, i + 2)
            && !out.is_empty()
        {
            out.push(Attribution::void(i));
        }
        i += 1;
    }
    out
}

/// The attribution of the reporting verb at `v`: its subject before it, the
/// source after it (`..., said the UN`, with where that phrase ends), or
/// the sentence's subject.
fn said(t: &Tokens, first: usize, v: usize, last: usize) -> Option<(Attribution, Option<usize>)> {
    let mut e = v;
    while e > first
        && matches!(
            t.low(e - 1),
            "also"
                | "has"
                | "have"
                | "had"
                | "later"
                | "previously"
                | "earlier"
                | "separately"
                | "further"
                | "again"
                | "repeatedly"
                | "now"
        )
    {
        e -= 1;
    }
    if let Some(a) = subject(t, first, e, v) {
        return Some((a, None));
    }
    let before = if e > first { t.low(e - 1) } else { "" };
    if !show_verb(t.low(v))
        && (e == first || trailing_boundary(before))
        && let Some((a, end)) = after_with_end(t, (first, v + 1, last), v, "said-x")
        && ends_clause(t, end, last)
    {
        return Some((a.trailing(true), Some(end)));
    }
    if matches!(before, "," | "and") {
        return sentence_subject(t, first, v, "x-and-said").map(|a| (a, None));
    }
    None
}

/// After an inverted speaker (`..., said the UN`) the clause ends: `said
/// the government had released` is not one.
fn ends_clause(t: &Tokens, end: usize, last: usize) -> bool {
    let w = t.low(end);
    end >= last
        || !t.is_word(end)
        || calendar_word(w)
        || (function_word(w)
            && !matches!(
                w,
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "might"
                    | "should"
                    | "must"
            ))
}

/// The subject ending at `e` of the reporting verb at `v`.
fn subject(t: &Tokens, first: usize, mut e: usize, v: usize) -> Option<Attribution> {
    // `Erdogan, 68, said`: skip the age.
    if e >= first + 4
        && t.low(e - 1) == ","
        && t.kind(e - 2) == Some(Kind::Digits)
        && t.low(e - 3) == ","
    {
        e -= 3;
    }
    if e > first && t.low(e - 1) == "," {
        return appositive(t, first, e - 1, v);
    }
    if let Some(close) = link_text_end(t, first, e) {
        e = close;
    }
    let mut data = false;
    if e > first && data_noun(t.low(e - 1)) && !t.capitalized(e - 1) {
        e -= 1;
        data = true;
        // `official data showed` names no one.
        if e > first && t.low(e - 1) == "official" {
            return None;
        }
    } else if show_verb(t.low(v)) && !reporting_verb(t.low(v)) {
        return None;
    }
    if e <= first {
        return None;
    }
    // `the data shows`: whoever was just named; `the report said`: a
    // source with `report` in its name, else the word.
    if data && matches!(t.low(e - 1), "the" | "these" | "those" | "its" | "their") {
        let noun = t.low(e);
        let refers = if matches!(
            noun,
            "data" | "figures" | "statistics" | "numbers" | "stats"
        ) {
            Refers::Any
        } else {
            Refers::Noun(noun.to_string())
        };
        return Some(Attribution {
            at: v,
            source: t.raw(e).to_string(),
            anaphoric: true,
            rule: "data-show",
            trailing: e - 1 > first && trailing_boundary(t.low(e - 2)),
            void: false,
            weak: false,
            refers: Some(refers),
            person: Person::No,
            body: false,
            key: String::new(),
        });
    }
    if !data && let Some(a) = Attribution::pronoun(t, e - 1, v, "x-said") {
        let trailing = e - 1 > first && trailing_boundary(t.low(e - 2));
        return Some(a.trailing(trailing));
    }
    let (s, e) = backward(t, first, e).or_else(|| definite(t, first, e, v))?;
    let mut b = s;
    while b > first && matches!(t.low(b - 1), "the" | "a" | "an") {
        b -= 1;
    }
    // `Economists polled by AFP expected`: the economists.
    if b >= first + 3 && t.low(b - 1) == "by" && poll_participle(t.low(b - 2)) {
        return subject(t, first, b - 2, v);
    }
    let rule = if data { "figures-show" } else { "x-said" };
    let trailing = b > first && trailing_boundary(t.low(b - 1));
    let mut a = Attribution::named(t, s, e, v, rule).resolve_here(t, first, s);
    a.weak = matches!(
        t.low(v),
        "registered" | "recorded" | "counted" | "documented" | "tallied"
    );
    // `The president spoke ..., his office said`: the office of the
    // sentence's subject.
    if e == s + 1
        && s > first
        && matches!(t.low(s - 1), "his" | "her")
        && let Some(owner) =
            sentence_subject(t, first, s - 1, rule).filter(|o| o.person != Person::No)
    {
        a.source = format!("{}'s {}", owner.source, t.raw(s));
        a.key = format!("{} {}", owner.key, a.key);
        a.person = Person::No;
        a.body = true;
        return Some(a.trailing(s > first + 1 && trailing_boundary(t.low(s - 2))));
    }
    Some(a.trailing(trailing))
}

/// `the brigade said`, `the planemaker said`: before a verb of speech, a
/// definite noun phrase is its subject even when the noun is not one the
/// lexicon knows can speak.
fn definite(t: &Tokens, first: usize, e: usize, v: usize) -> Option<(usize, usize)> {
    if !speech_verb(t.low(v)) || e <= first || !is_modifier(t, e - 1) || data_noun(t.low(e - 1)) {
        return None;
    }
    let s = (first..e)
        .rev()
        .take(4)
        .take_while(|&k| is_modifier(t, k))
        .last()?;
    (s > first && matches!(t.low(s - 1), "the" | "its" | "their")).then_some((s, e))
}

/// `according to the [Home Office](https://...)`: the index of the `]`
/// that closes the link text ending at `e`.
fn link_text_end(t: &Tokens, first: usize, e: usize) -> Option<usize> {
    if e <= first || t.low(e - 1) != ")" {
        return None;
    }
    (first + 1..e - 1)
        .rev()
        .take(80)
        .find(|&k| t.low(k) == "(" && t.low(k - 1) == "]" && t.glued(k))
        .map(|k| k - 1)
}

/// `X, a spokeswoman for Y, said`, `Turkey's disaster agency, AFAD, said`:
/// the comma at `comma` closes an appositive.
fn appositive(t: &Tokens, first: usize, comma: usize, v: usize) -> Option<Attribution> {
    let open = (first..comma).rev().take(12).find(|&k| t.low(k) == ",")?;
    let inner = open + 1;
    let described = matches!(t.low(inner), "a" | "an" | "the");
    let mut who = subject(t, first, open, v)?;
    if who.refers.is_some() {
        return None;
    }
    let (s, e) = forward(t, if described { inner + 1 } else { inner }, comma)?;
    if e != comma {
        return None;
    }
    let extra = key(t, s, e);
    if !described && is_head(t, e - 1) && t.capitalized(e - 1) && who.person != Person::Surely {
        // A name after a description: the name is the source.
        let described_by = std::mem::take(&mut who.key);
        let mut named = Attribution::named(t, s, e, v, "x-said");
        named.key = format!("{described_by} {extra}");
        named.trailing = who.trailing;
        return Some(named);
    }
    if is_person(t, s, e) {
        who.person = Person::Surely;
    }
    who.key = format!("{} {extra}", who.key);
    Some(who)
}

/// The source phrase after `i` (after `according to`, `said`), skipping
/// articles and `figures from`.
fn after(
    t: &Tokens,
    (first, i, last): (usize, usize, usize),
    at: usize,
    rule: &'static str,
) -> Option<Attribution> {
    after_with_end(t, (first, i, last), at, rule).map(|(a, _)| a)
}

/// [`after`], with the token where the phrase ends.
fn after_with_end(
    t: &Tokens,
    (first, i, last): (usize, usize, usize),
    at: usize,
    rule: &'static str,
) -> Option<(Attribution, usize)> {
    let mut s = i;
    while s < last
        && matches!(
            t.low(s),
            "the"
                | "a"
                | "an"
                | "latest"
                | "new"
                | "official"
                | "preliminary"
                | "provisional"
                | "["
        )
    {
        s += 1;
    }
    if s + 1 < last && data_noun(t.low(s)) && matches!(t.low(s + 1), "from" | "by" | "of") {
        return after_with_end(t, (first, s + 2, last), at, rule);
    }
    if s < last
        && s == i
        && rule == "said-x"
        && let Some(a) = Attribution::pronoun(t, s, at, rule)
    {
        return (t.low(s) != "it").then_some((a, s + 1));
    }
    let (s, e) = forward(t, s, last)?;
    let mut a = Attribution::named(t, s, e, at, rule).resolve_here(t, first, s);
    // `said Marta Keller, a spokeswoman for the agency`
    if e + 2 < last
        && t.low(e) == ","
        && matches!(t.low(e + 1), "a" | "an" | "the")
        && let Some((ds, de)) = forward(t, e + 2, last)
    {
        if is_person(t, ds, de) {
            a.person = Person::Surely;
        }
        a.key = format!("{} {}", a.key, key(t, ds, de));
    }
    Some((a, e))
}

/// The sentence's own subject (`The president, speaking in Manila, said`,
/// `The minister presented the budget, announcing ...`) when the reporting
/// verb has none of its own.
fn sentence_subject(t: &Tokens, first: usize, v: usize, rule: &'static str) -> Option<Attribution> {
    let mut s = first;
    while s < v && matches!(t.low(s), "\"" | "\u{201c}" | "'" | "*" | "-" | ">") {
        s += 1;
    }
    let article = matches!(t.low(s), "the" | "a" | "an");
    if article {
        s += 1;
    }
    let (s, e) = forward(t, s, v)?;
    // After the phrase: a verb, a comma or a bracket, never more name.
    if e >= v || is_name(t, e) {
        return None;
    }
    let head = e - 1;
    let names = (s..e).filter(|&k| is_name(t, k)).count();
    let acronym = t.raw(head).len() > 1 && !t.raw(head).chars().any(char::is_lowercase);
    let sure = !t.capitalized(head) || article || names >= 2 || acronym || t.low(head) == ")";
    sure.then(|| Attribution::named(t, s, e, v, rule))
}
