//! Rules that judge a mention: is it a claim, of what kind, about what.

use super::counted::{arrivals, counted_phrase, nationality, subset, whole_of_part};
use super::displacement::{received, returned};
use super::elided::elided;
use super::exclusions::{not_a_count, vote_record};
use super::govern::{Cue, governing_cue, predicate_cue, predicate_verb, remains_of};
use super::lexicon::{casualty_cue, casualty_noun, person_noun, refugee_cue, refugee_noun};
use super::phrases::{noun_phrase, participle_after, text_of};
use super::small;
use super::subjects::amount;
use super::treatment::care_word;
use super::{ClaimKind, Context};
use crate::extract::tokens::Tokens;
use crate::extract::{Amount, Dim, Mention};

/// What a mention is a claim of: kind, subject, the token where the quote
/// ends, and the rule that decided.
#[derive(Debug)]
pub struct Judged {
    pub kind: ClaimKind,
    pub subject: Option<String>,
    pub quote_end: usize,
    pub rule: &'static str,
    /// The subject was taken from an earlier claim (an elided noun).
    pub inherits: bool,
}

pub fn judge(t: &Tokens, m: &Mention, cx: &Context) -> Option<Judged> {
    match m.dim {
        Dim::Ordinal | Dim::Date | Dim::Vote => None,
        Dim::Number if m.unit == Some("times") => None,
        Dim::Duration => duration(t, m, cx),
        Dim::Money | Dim::Percent | Dim::Quantity => Some(amount(t, m, cx)),
        Dim::Number => count(t, m, cx),
    }
}

/// Durations are quantities (`the two-day forum`, `fighting for three
/// weeks`), unless they place an event in time (`20 days before`, `two
/// years ago`), give an age, frame another figure (`in the 24 hours to
/// 9am`, `within three months`, `its lowest level in two years`), say
/// "always" (`24 hours a day`) or name a product (`the 10-year bond`).
fn duration(t: &Tokens, m: &Mention, cx: &Context) -> Option<Judged> {
    let next = t.low(m.last);
    if matches!(
        next,
        "before"
            | "after"
            | "ago"
            | "earlier"
            | "later"
            | "since"
            | "prior"
            | "old"
            | "into"
            | "away"
            | "hence"
    ) || (next == "-" && t.low(m.last + 1) == "old")
    {
        return None;
    }
    let prev = if m.first > cx.sentence_start {
        t.low(m.first - 1)
    } else {
        ""
    };
    let prev2 = if m.first > cx.sentence_start + 1 {
        t.low(m.first - 2)
    } else {
        ""
    };
    if matches!(prev, "aged" | "age" | "every" | "per" | "each") || age_range(t, m, cx) {
        return None;
    }
    // `its steepest one-day decline`, `the biggest three-month gain`: a
    // span that frames a record, not a length anyone checks.
    if superlative(prev) {
        return None;
    }
    if time_window(prev, prev2) || always(m, next, t.low(m.last + 1)) || instrument(next) {
        return None;
    }
    let np = noun_phrase(t, m.last, cx.sentence_end);
    // `a record for a single day`, `in a day`: one unit of time is a frame,
    // not a length anyone checks (`a one-day strike` keeps its noun, and
    // `for nearly an hour` its hedge).
    if np.is_empty() && m.value == Amount::Exact(1.0) && m.qualifier.is_none() {
        return None;
    }
    Some(Judged {
        kind: ClaimKind::Quantity,
        subject: text_of(t, &np),
        quote_end: if np.is_empty() { m.last } else { np.last },
        rule: "duration",
        inherits: false,
    })
}

/// `children aged between six months and 14 years`, `ages 5 to 11`: the
/// bounds of an age group.
fn age_range(t: &Tokens, m: &Mention, cx: &Context) -> bool {
    let from = m.first.saturating_sub(6).max(cx.sentence_start);
    (from..m.first).rev().any(|k| {
        matches!(t.low(k), "aged" | "ages" | "age")
            && (k + 1..m.first).all(|j| !matches!(t.low(j), "," | ";" | ":" | "(" | ")"))
    })
}

fn superlative(w: &str) -> bool {
    matches!(
        w,
        "steepest"
            | "biggest"
            | "largest"
            | "sharpest"
            | "worst"
            | "best"
            | "strongest"
            | "weakest"
            | "heaviest"
            | "highest"
            | "lowest"
            | "deepest"
            | "longest"
            | "fastest"
    )
}

/// `in 24 hours`, `within three months`, `in the 24 hours to 9am`, `over
/// the past 12 months`, `the previous three months`: a span that frames
/// when something was counted or is due, not a length of anything.
fn time_window(prev: &str, prev2: &str) -> bool {
    matches!(prev, "in" | "within" | "inside")
        || matches!(
            prev,
            "past" | "last" | "previous" | "preceding" | "next" | "coming" | "first" | "final"
        )
        || (prev == "the" && matches!(prev2, "in" | "within"))
}

/// `24 hours a day`, `seven days a week`: the whole period, i.e. always.
fn always(m: &Mention, next: &str, unit: &str) -> bool {
    let whole = match unit {
        "day" => 24.0,
        "week" => 7.0,
        "year" => 365.0,
        _ => return false,
    };
    matches!(next, "a" | "per") && m.value == Amount::Exact(whole)
}

/// Financial products named by their term (`the 10-year bond`, `a 30-year
/// mortgage`, `two-year Treasury yields`).
fn instrument(next: &str) -> bool {
    matches!(
        next,
        "bond"
            | "bonds"
            | "yield"
            | "yields"
            | "note"
            | "notes"
            | "gilt"
            | "gilts"
            | "bund"
            | "bunds"
            | "treasury"
            | "treasuries"
            | "mortgage"
            | "mortgages"
            | "maturity"
            | "swap"
            | "swaps"
            | "paper"
            | "bill"
            | "bills"
    )
}

/// Plain numbers: a count of something, or nothing a fact-checker checks.
fn count(t: &Tokens, m: &Mention, cx: &Context) -> Option<Judged> {
    if not_a_count(t, m, cx) {
        return None;
    }
    let counted = counted_phrase(t, m, cx);
    let np = counted.np;
    let head = if np.is_empty() {
        ""
    } else {
        t.low(np.last - 1)
    };
    let np_has = |f: fn(&str) -> bool| (np.first..np.last).any(|k| f(t.low(k)));
    let after = if np.is_empty() {
        counted.after
    } else {
        np.last
    };
    let quote_end = after;
    let phrase = text_of(t, &np).or(counted.inherited.clone());
    if !np.is_empty() && vote_record(t, np.last, cx.sentence_end) {
        return None;
    }
    let judged = |kind, subject, rule| {
        Some(Judged {
            kind,
            subject,
            quote_end,
            rule,
            inherits: np.is_empty(),
        })
    };

    if let Some(j) = going_home(t, &np, after, cx, phrase.as_deref()) {
        return Some(Judged { quote_end, ..j });
    }
    if remains_of(t, m.first, cx.sentence_start) && (np.is_empty() || personal_head(t, &np)) {
        let subject = join(phrase.as_deref(), "dead");
        return judged(ClaimKind::Casualties, subject, "remains-of");
    }
    if !np.is_empty() && (np_has(refugee_noun) || arrivals(t, &np, cx)) {
        return judged(ClaimKind::Refugees, phrase, "refugee-noun");
    }
    if !np.is_empty() && casualty_noun(head) {
        return judged(ClaimKind::Casualties, phrase, "casualty-noun");
    }
    let personal = !np.is_empty() && (person_noun(head) || nationality(t, np.last - 1));
    // `many of the region's 4 million residents had been displaced`: the verb
    // is about the part, not the whole.
    let whole = whole_of_part(t, m.first, cx.sentence_start);
    if (personal || np.is_empty()) && !whole {
        if let Some(j) = subset(t, m, cx, phrase.as_deref()) {
            return Some(Judged { quote_end, ..j });
        }
        let cue = governing_cue(t, m.first, cx.sentence_start, after, cx.sentence_end)
            .or_else(|| {
                let personal = personal || np.is_empty();
                predicate_cue(t, after, cx.sentence_start, cx.sentence_end, personal)
            })
            .or_else(|| received(t, m, cx));
        match cue {
            Some(Cue::Casualty(cue)) => {
                let subject = if !np.is_empty() {
                    join(phrase.as_deref(), cue)
                } else if counted.inherited.is_some() {
                    join(counted.inherited.as_deref(), cue)
                } else if cue == "deaths" {
                    // `the death toll rose to 1,189`: the count is of deaths.
                    Some("deaths".to_string())
                } else {
                    // `17,134 people had died and 70,347 had been injured`
                    let noun = cx
                        .previous_subject(ClaimKind::Casualties)
                        .map(|s| strip_cue(&s).to_string());
                    join(noun.as_deref().or(Some("people")), cue)
                };
                return judged(ClaimKind::Casualties, subject, "casualty-cue");
            }
            Some(Cue::Refugee(cue)) => {
                let subject = if np.is_empty() && counted.inherited.is_none() {
                    cx.previous_subject(ClaimKind::Refugees)
                        .or_else(|| Some(format!("people {cue}")))
                } else {
                    join(phrase.as_deref(), &cue)
                };
                return judged(ClaimKind::Refugees, subject, "refugee-cue");
            }
            None => {}
        }
    }
    if np.is_empty() {
        if let Some(d) = counted.of_them {
            let part = participle_after(t, after, cx.sentence_end);
            let subject = match part {
                Some(k) => join(d.subject.as_deref(), t.raw(k)),
                None => d.subject.clone(),
            };
            return Some(Judged {
                kind: d.kind,
                subject,
                quote_end: part.map_or(quote_end, |k| k + 1),
                rule: "part-of-them",
                inherits: true,
            });
        }
        let (kind, subject, rule) = elided(t, m, cx, after, window_end(t, after, cx))?;
        return judged(kind, subject, rule);
    }
    // A small number of people in words counts them in passing (`two
    // ministers`, `three children`), unless the sentence reports it as an
    // outcome; things counted in words (`nine boats`, `six reactors`) are
    // checkable as they stand. Fractions in words (`two-thirds of the
    // funds`) are shares, not counts.
    let small_words = m.words
        && m.value.lead() < 10.0
        && m.qualifier.is_none()
        && (personal || small::role_noun(head) || m.value.lead().fract() != 0.0);
    let part = participle_after(t, np.last, cx.sentence_end).filter(|_| !whole);
    if small_words && !small::checkable(t, m, cx, np.last) {
        return None;
    }
    if !personal && !plural_like(head) && part.is_none() {
        return None;
    }
    let subject = match part {
        Some(k) => join(phrase.as_deref(), t.raw(k)),
        None => phrase,
    };
    Some(Judged {
        kind: ClaimKind::Quantity,
        subject,
        quote_end: part.map_or(quote_end, |k| k + 1),
        rule: "count",
        inherits: false,
    })
}

/// `410,000 displaced people returned home`, `Since then, 400,000 have
/// come back`: people going home are counted as a quantity, under the noun
/// of the displacement figure they come from.
fn going_home(
    t: &Tokens,
    np: &super::phrases::Phrase,
    after: usize,
    cx: &Context,
    phrase: Option<&str>,
) -> Option<Judged> {
    let people = if np.is_empty() {
        cx.previous_subject(ClaimKind::Refugees).map(|s| {
            s.split(' ')
                .filter(|w| refugee_cue(w).is_none())
                .collect::<Vec<_>>()
                .join(" ")
        })
    } else if personal_head(t, np) {
        phrase.map(str::to_string)
    } else {
        None
    }?;
    let verb = predicate_verb(t, after, cx.sentence_end)?;
    let word = returned(t, verb)?;
    Some(Judged {
        kind: ClaimKind::Quantity,
        subject: join(Some(&people), word),
        quote_end: after,
        rule: "returned",
        inherits: np.is_empty(),
    })
}

/// A noun phrase that counts people: by a word for people, a nationality
/// or a word for the displaced (`displaced Burkinabe`).
fn personal_head(t: &Tokens, np: &super::phrases::Phrase) -> bool {
    let head = t.low(np.last - 1);
    person_noun(head)
        || nationality(t, np.last - 1)
        || (np.first..np.last).any(|k| refugee_noun(t.low(k)))
}

/// `people died` -> `people`: the noun of a casualty subject.
fn strip_cue(subject: &str) -> &str {
    match subject.rsplit_once(' ') {
        Some((noun, last)) if casualty_cue(last).is_some() || care_word(last) => noun,
        _ => subject,
    }
}

/// A head noun that can be counted (`houses`, `tanks`, `votes`), roughly.
fn plural_like(w: &str) -> bool {
    (w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("'s"))
        || matches!(
            w,
            "people"
                | "police"
                | "aircraft"
                | "livestock"
                | "cattle"
                | "sheep"
                | "personnel"
                | "staff"
        )
}

pub fn join(phrase: Option<&str>, word: &str) -> Option<String> {
    Some(match phrase {
        Some(p) => format!("{p} {word}"),
        None => word.to_string(),
    })
}

/// Where to stop looking for what happened to the counted things: the end of
/// the clause, never past the next figure.
fn window_end(t: &Tokens, from: usize, cx: &Context) -> usize {
    let mut k = from;
    let limit = (from + 8).min(cx.sentence_end).min(cx.next_mention);
    while k < limit {
        if matches!(
            t.low(k),
            ";" | ":" | "(" | ")" | "\"" | "but" | "while" | "whereas"
        ) {
            break;
        }
        k += 1;
    }
    k
}
