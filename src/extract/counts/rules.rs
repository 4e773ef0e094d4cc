//! Rules that judge a mention: is it a claim, of what kind, about what.

use super::elided::elided;
use super::exclusions::not_a_count;
use super::lexicon::{casualty_cue, casualty_noun, person_noun, refugee_cue, refugee_noun};
use super::phrases::{noun_phrase, participle_after, text_of};
use super::subjects::amount;
use super::{ClaimKind, Context};
use crate::extract::tokens::Tokens;
use crate::extract::{Dim, Mention};

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

/// Durations are quantities (`the two-day forum`), unless they place an
/// event in time (`20 days before`, `two years ago`) or give an age.
fn duration(t: &Tokens, m: &Mention, cx: &Context) -> Option<Judged> {
    let next = t.low(m.last);
    if matches!(
        next,
        "before" | "after" | "ago" | "earlier" | "later" | "since" | "prior" | "old" | "into"
    ) || (next == "-" && t.low(m.last + 1) == "old")
    {
        return None;
    }
    if m.first > 0
        && matches!(
            t.low(m.first - 1),
            "aged" | "age" | "every" | "per" | "each"
        )
    {
        return None;
    }
    let np = noun_phrase(t, m.last, cx.sentence_end);
    Some(Judged {
        kind: ClaimKind::Quantity,
        subject: text_of(t, &np),
        quote_end: if np.is_empty() { m.last } else { np.last },
        rule: "duration",
        inherits: false,
    })
}

/// Plain numbers: a count of something, or nothing a fact-checker checks.
fn count(t: &Tokens, m: &Mention, cx: &Context) -> Option<Judged> {
    if not_a_count(t, m, cx) {
        return None;
    }
    let np = noun_phrase(t, m.last, cx.sentence_end);
    let head = if np.is_empty() {
        ""
    } else {
        t.low(np.last - 1)
    };
    let np_has = |f: fn(&str) -> bool| (np.first..np.last).any(|k| f(t.low(k)));
    let after_end = window_end(t, if np.is_empty() { m.last } else { np.last }, cx);
    let after = if np.is_empty() { m.last } else { np.last };
    // The nearest cue wins: `killed 12 people, injuring 40 others`.
    let cue_after = (after..after_end).find_map(|k| casualty_cue(t.low(k)).map(|c| (k - after, c)));
    let cue_before = (m.first.saturating_sub(6).max(cx.sentence_start)..m.first)
        .rev()
        .find_map(|k| {
            // `Russia has lost 15,000 troops`: `lost` only counts before the figure.
            let cue = if t.low(k) == "lost" {
                Some("lost")
            } else {
                casualty_cue(t.low(k))
            };
            cue.map(|c| (m.first - k - 1, c))
        });
    let nearest = match (cue_after, cue_before) {
        (Some(a), Some(b)) if b.0 < a.0 => Some(b.1),
        (Some(a), _) => Some(a.1),
        (None, b) => b.map(|b| b.1),
    };
    let cue_after = cue_after.map(|c| c.1);
    let refugee_after = (after..after_end).find_map(|k| refugee_cue(t.low(k)));
    let refugee_before = (m.first.saturating_sub(4).max(cx.sentence_start)..m.first)
        .filter(|&k| t.low(k) != "asylum")
        .find_map(|k| refugee_cue(t.low(k)));
    let quote_end = if np.is_empty() { m.last } else { np.last };
    let phrase = text_of(t, &np);
    let judged = |kind, subject, rule| {
        Some(Judged {
            kind,
            subject,
            quote_end,
            rule,
            inherits: np.is_empty(),
        })
    };

    if !np.is_empty() && np_has(refugee_noun) {
        return judged(ClaimKind::Refugees, phrase, "refugee-noun");
    }
    if !np.is_empty() && casualty_noun(head) {
        return judged(ClaimKind::Casualties, phrase, "casualty-noun");
    }
    let personal =
        !np.is_empty() && (person_noun(head) || head.ends_with("ians") || head.ends_with("ans"));
    if personal || np.is_empty() {
        let cue = nearest;
        if let Some(cue) = cue {
            let subject = if np.is_empty() {
                // `the death toll rose to 1,189`: the count is of deaths.
                if cue_after.is_none() && cue == "deaths" {
                    Some("deaths".to_string())
                } else {
                    // `17,134 people had died and 70,347 had been injured`
                    let noun = cx
                        .previous_subject(ClaimKind::Casualties)
                        .map(|s| strip_cue(&s).to_string());
                    join(noun.as_deref().or(Some("people")), cue)
                }
            } else {
                join(phrase.as_deref(), cue)
            };
            return judged(ClaimKind::Casualties, subject, "casualty-cue");
        }
        if let Some(cue) = refugee_after.or(refugee_before) {
            let subject = if np.is_empty() {
                cx.previous_subject(ClaimKind::Refugees)
                    .or_else(|| Some(format!("people {cue}")))
            } else {
                join(phrase.as_deref(), cue)
            };
            return judged(ClaimKind::Refugees, subject, "refugee-cue");
        }
    }
    if np.is_empty() {
        let (kind, subject, rule) = elided(t, m, cx, after, after_end)?;
        return judged(kind, subject, rule);
    }
    // A small number in words counts things in passing (`two ministers`), not a statistic.
    let small_words = m.words && m.value.lead() < 10.0 && m.qualifier.is_none();
    let part = participle_after(t, np.last, cx.sentence_end);
    if small_words && part.is_none() {
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

/// `people died` -> `people`: the noun of a casualty subject.
fn strip_cue(subject: &str) -> &str {
    match subject.rsplit_once(' ') {
        Some((noun, last)) if casualty_cue(last).is_some() => noun,
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
