//! Rules that find who a sentence attributes its figures to.

use crate::extract::counts::anaphor;
use crate::extract::tokens::{Kind, Tokens};

/// Days and months are never sources (`said on Wednesday`).
fn calendar_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

fn stop(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "that"
            | "which"
            | "who"
            | "when"
            | "as"
            | "if"
            | "than"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "with"
            | "from"
            | "of"
            | "for"
            | "also"
            | "has"
            | "have"
            | "had"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
    )
}

/// One attribution in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Token index where the attribution stands (claims take the nearest one
    /// before them, else the first after).
    pub at: usize,
    /// The source as written, without a leading `the` (`UNHCR`, `UN`,
    /// `Ukraine's Foreign Ministry`).
    pub source: String,
    /// `he`, `the agency`: refers back to a source named earlier.
    pub anaphoric: bool,
    pub rule: &'static str,
}

fn reporting_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "reported"
            | "reports"
            | "report"
            | "estimates"
            | "estimated"
            | "estimate"
            | "told"
            | "tells"
            | "announced"
            | "announces"
            | "stated"
            | "states"
            | "claimed"
            | "claims"
            | "confirmed"
            | "confirms"
            | "added"
            | "adds"
            | "noted"
            | "warned"
            | "warns"
            | "counted"
            | "recorded"
            | "documented"
            | "registered"
            | "puts"
            | "put"
            | "believes"
            | "calculated"
            | "tallied"
            | "verified"
            | "wrote"
            | "tweeted"
            | "posted"
    )
}

/// `figures show`, `data showed`: the source is whose figures they are.
fn data_noun(w: &str) -> bool {
    matches!(
        w,
        "figures"
            | "data"
            | "statistics"
            | "stats"
            | "estimates"
            | "numbers"
            | "tally"
            | "count"
            | "records"
            | "report"
            | "statement"
            | "survey"
            | "census"
            | "study"
            | "analysis"
    )
}

fn show_verb(w: &str) -> bool {
    matches!(
        w,
        "show"
            | "shows"
            | "showed"
            | "shown"
            | "suggest"
            | "suggests"
            | "suggested"
            | "indicate"
            | "indicates"
            | "indicated"
    )
}

/// Lowercase nouns that can head a source (`the health ministry`).
fn source_noun(w: &str) -> bool {
    matches!(
        w,
        "ministry"
            | "agency"
            | "officials"
            | "official"
            | "authorities"
            | "police"
            | "army"
            | "military"
            | "government"
            | "president"
            | "minister"
            | "office"
            | "council"
            | "committee"
            | "organisation"
            | "organization"
            | "group"
            | "commission"
            | "department"
            | "service"
            | "services"
            | "experts"
            | "analysts"
            | "researchers"
            | "monitors"
            | "observers"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "mayor"
            | "governor"
            | "prosecutor"
            | "prosecutors"
            | "chief"
            | "head"
            | "commander"
            | "source"
            | "sources"
            | "diplomat"
            | "diplomats"
            | "charity"
            | "bank"
            | "fund"
            | "body"
            | "mission"
            | "institute"
            | "watchdog"
            | "regulator"
            | "administration"
            | "envoy"
            | "coordinator"
            | "secretary"
            | "general"
            | "team"
            | "company"
            | "firm"
            | "operator"
    )
}

/// Words that may stand inside a source phrase before its head.
fn phrase_word(t: &Tokens, i: usize) -> bool {
    let w = t.low(i);
    match t.kind(i) {
        Some(Kind::Word) if matches!(w, "the" | "a" | "an") => false,
        Some(Kind::Word) => {
            t.capitalized(i)
                || source_noun(w)
                || matches!(
                    w,
                    "of" | "for"
                        | "on"
                        | "health"
                        | "local"
                        | "regional"
                        | "state"
                        | "foreign"
                        | "defence"
                        | "defense"
                        | "interior"
                        | "emergency"
                        | "emergencies"
                        | "refugee"
                        | "human"
                        | "rights"
                        | "un"
                        | "military"
                        | "independent"
                        | "senior"
                        | "top"
                        | "national"
                        | "federal"
                        | "city"
                        | "civil"
                        | "border"
                        | "medical"
                        | "aid"
                        | "relief"
                        | "humanitarian"
                )
        }
        // `Kyiv-based`, `AT&T`, and the dots of `U.N.` (the last one is
        // followed by a space).
        Some(Kind::Punct) => {
            (matches!(w, "-" | "&" | ".") && t.glued(i) && t.glued(i + 1))
                || (w == "."
                    && t.glued(i)
                    && i > 0
                    && t.raw(i - 1).len() == 1
                    && t.capitalized(i - 1))
        }
        _ => false,
    }
}

/// Attributions among tokens `first..last` (one sentence).
pub fn attributions(t: &Tokens, first: usize, last: usize) -> Vec<Attribution> {
    let mut out = Vec::new();
    let mut i = first;
    while i < last {
        let w = t.low(i);
        if w == "according" && t.low(i + 1) == "to" {
            if let Some(a) = forward(t, i + 2, last, i, "according-to") {
                out.push(a);
            }
        } else if matches!(w, "from" | "by")
            && i > first
            && (data_noun(t.low(i - 1))
                || matches!(
                    t.low(i - 1),
                    "published"
                        | "released"
                        | "compiled"
                        | "provided"
                        | "issued"
                        | "cited"
                        | "collected"
                ))
        {
            if let Some(a) = forward(t, i + 1, last, i, "figures-from") {
                out.push(a);
            }
        } else if reporting_verb(w) || (show_verb(w) && i > first && data_noun(t.low(i - 1))) {
            let rule = if show_verb(w) {
                "figures-show"
            } else {
                "x-said"
            };
            if let Some(a) = backward(t, first, i, rule) {
                out.push(a);
            } else if reporting_verb(w)
                && (i == first || t.low(i - 1) == ",")
                && let Some(a) = forward(t, i + 1, last, i, "said-x")
            {
                // Inverted: `..., said the UN refugee agency.`
                out.push(a);
            }
        }
        i += 1;
    }
    out
}

/// The source phrase starting at token `i` (`the UN`, `UNHCR figures`).
fn forward(
    t: &Tokens,
    i: usize,
    last: usize,
    at: usize,
    rule: &'static str,
) -> Option<Attribution> {
    let mut s = i;
    // `figures from the ministry`, `a statement by`, `the latest UN data`
    while s < last
        && matches!(
            t.low(s),
            "the" | "a" | "an" | "latest" | "new" | "official" | "preliminary"
        )
    {
        s += 1;
    }
    if s + 1 < last && data_noun(t.low(s)) && matches!(t.low(s + 1), "from" | "by" | "of") {
        return forward(t, s + 2, last, at, rule);
    }
    // `said on Wednesday`: not an inverted attribution.
    if matches!(t.low(s), "on" | "of" | "for" | "in" | "at" | "that") || calendar_word(t.low(s)) {
        return None;
    }
    let mut e = s;
    while e < last && e < s + 8 && (phrase_word(t, e) || (e > s && t.low(e) == "'s")) {
        e += 1;
    }
    // Trim trailing prepositions and data nouns: `UN figures`, `officials in`.
    while e > s
        && (matches!(t.low(e - 1), "of" | "for" | "on" | "-" | "&" | ".")
            || data_noun(t.low(e - 1)))
    {
        e -= 1;
    }
    if e == s {
        // A pronoun: `said he`.
        if matches!(t.low(s), "he" | "she" | "they") {
            return Some(make(t, s, s + 1, at, true, rule));
        }
        return None;
    }
    let anaphoric = e == s + 1 && s > 0 && t.low(s - 1) == "the" && anaphor(t.low(s));
    Some(make(t, s, e, at, anaphoric, rule))
}

/// The source phrase ending right before the reporting verb at `verb`.
fn backward(t: &Tokens, first: usize, verb: usize, rule: &'static str) -> Option<Attribution> {
    let mut e = verb;
    // `the ministry also said`, `officials have said`, `UN figures show`
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
        )
    {
        e -= 1;
    }
    // `Erdogan, 68, said`: skip the age.
    if e >= first + 4
        && t.low(e - 1) == ","
        && t.kind(e - 2) == Some(Kind::Digits)
        && t.low(e - 3) == ","
    {
        e -= 3;
    }
    if e > first && data_noun(t.low(e - 1)) {
        e -= 1;
    }
    if e > first && matches!(t.low(e - 1), "he" | "she" | "they" | "it") {
        return Some(make(t, e - 1, e, verb, true, rule));
    }
    let mut s = e;
    // `British intelligence says`, `Ukrainian media reported`: a lowercase
    // head after a capitalized word.
    if e >= first + 2
        && t.is_word(e - 1)
        && !t.capitalized(e - 1)
        && !stop(t.low(e - 1))
        && !phrase_word(t, e - 1)
        && t.capitalized(e - 2)
        && e - 2 > first
    {
        s = e - 1;
    }
    while s > first && s + 8 > e && (phrase_word(t, s - 1)) {
        s -= 1;
    }
    // The phrase must not start with a preposition and must end in a name or a source noun.
    while s < e && matches!(t.low(s), "of" | "for" | "on" | "-" | "&" | ".") {
        s += 1;
    }
    if s == e {
        return None;
    }
    // `the disaster agency AFAD`: one lowercase modifier after `the`.
    if s >= first + 2
        && t.low(s - 2) == "the"
        && t.is_word(s - 1)
        && !t.capitalized(s - 1)
        && !stop(t.low(s - 1))
    {
        s -= 1;
    }
    // The head is the last word (`U.N.` ends in a dot).
    let h = if t.low(e - 1) == "." && e >= s + 2 {
        e - 2
    } else {
        e - 1
    };
    let head = t.low(h);
    let head_ok = (t.capitalized(h) && !calendar_word(head))
        || source_noun(head)
        || (h > s && t.capitalized(h - 1) && !stop(head));
    // A sentence-initial capital alone (`Officials said`) is fine; `This said` is not.
    if !head_ok || matches!(head, "this" | "that" | "it" | "which" | "who" | "what") {
        return None;
    }
    // Only a bare `the agency` refers back; `the health ministry` names one.
    let anaphoric = e == s + 1 && s > first && t.low(s - 1) == "the" && anaphor(head);
    Some(make(t, s, e, verb, anaphoric, rule))
}

fn make(
    t: &Tokens,
    s: usize,
    e: usize,
    at: usize,
    anaphoric: bool,
    rule: &'static str,
) -> Attribution {
    let mut source = t.text[t.toks[s].start..t.toks[e - 1].end].to_string();
    if let Some(rest) = source.strip_prefix("The ").or(source.strip_prefix("the ")) {
        source = rest.to_string();
    }
    Attribution {
        at,
        source,
        anaphoric,
        rule,
    }
}
