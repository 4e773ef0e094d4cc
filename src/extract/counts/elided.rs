//! Figures whose noun is elided: the subject comes from the sentence or
//! from the figure before.

use super::lexicon::{casualty_cue, casualty_noun, person_noun, refugee_noun, stop_word};
use super::phrases::{noun_phrase, text_of};
use super::rules::join;
use super::{ClaimKind, Context};
use crate::extract::Mention;
use crate::extract::tokens::Tokens;

/// A figure whose noun is elided takes its subject from the sentence or from
/// the figure before: `More than 2.3 million have arrived in Poland` (after a
/// refugee figure), `The death toll ... rose above 20,000`, `The number of
/// refugees stands at 3 million`, `The total stands at 22,670, compared
/// with 28,526`.
pub fn elided(
    t: &Tokens,
    m: &Mention,
    cx: &Context,
    after: usize,
    after_end: usize,
) -> Option<(ClaimKind, Option<String>, &'static str)> {
    if let Some(subject) = cx.previous_subject(ClaimKind::Refugees)
        && (after..after_end).any(|k| movement_verb(t.low(k)))
    {
        return Some((ClaimKind::Refugees, Some(subject), "refugee-elided"));
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
    // `compared with 28,526`, `up from 900`: the same thing as the figure before.
    let comparison = matches!(
        (prev2, prev),
        ("compared", "with" | "to") | ("up" | "down", "from") | (_, "against")
    ) || (prev == "from" && is_level_verb(prev2));
    if comparison && let Some(d) = cx.previous_in_sentence() {
        return Some((d.kind, d.subject.clone(), "comparison"));
    }
    // `a population of 44 million`, `a budget of 300 million`: the noun
    // before `of` is what the figure measures.
    if prev == "of"
        && m.first >= cx.sentence_start + 2
        && t.is_word(m.first - 2)
        && !stop_word(prev2)
        && !t.capitalized(m.first - 2)
        && prev2.len() > 3
        && !matches!(
            prev2,
            "some" | "most" | "many" | "none" | "each" | "both" | "half"
        )
    {
        let noun = t.raw(m.first - 2).to_string();
        return Some((ClaimKind::Quantity, Some(noun), "noun-of"));
    }
    if !is_level_verb(prev) && !matches!(prev, "at" | "to") {
        return None;
    }
    for k in (cx.sentence_start..m.first).rev() {
        match t.low(k) {
            "toll" => {
                return Some((
                    ClaimKind::Casualties,
                    Some("deaths".to_string()),
                    "death-toll",
                ));
            }
            "number" if t.low(k + 1) == "of" => return number_of(t, k + 2, m.first, cx),
            "total" | "tally" | "figure" | "count" => {
                let d = cx.previous()?;
                return Some((d.kind, d.subject.clone(), "total"));
            }
            _ => {}
        }
    }
    None
}

/// `the number of refugees ... 3 million`: the noun phrase after `number of`
/// says what is counted.
fn number_of(
    t: &Tokens,
    from: usize,
    to: usize,
    cx: &Context,
) -> Option<(ClaimKind, Option<String>, &'static str)> {
    let np = noun_phrase(t, from, to);
    if np.is_empty() {
        return None;
    }
    let head = t.low(np.last - 1);
    let phrase = text_of(t, &np);
    if (np.first..np.last).any(|j| refugee_noun(t.low(j))) {
        return Some((ClaimKind::Refugees, phrase, "number-of"));
    }
    if casualty_noun(head) {
        return Some((ClaimKind::Casualties, phrase, "number-of"));
    }
    let cue = (np.last..cx.sentence_end).find_map(|j| casualty_cue(t.low(j)));
    if let Some(cue) = cue.filter(|_| person_noun(head)) {
        return Some((
            ClaimKind::Casualties,
            join(phrase.as_deref(), cue),
            "number-of",
        ));
    }
    Some((ClaimKind::Quantity, phrase, "number-of"))
}

/// Verbs that put a figure on a level: `rose to`, `stands at`, `passed`.
fn is_level_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rises"
            | "climbed"
            | "climbs"
            | "jumped"
            | "jumps"
            | "increased"
            | "grew"
            | "fell"
            | "dropped"
            | "reached"
            | "reaches"
            | "passed"
            | "passes"
            | "exceeded"
            | "exceeds"
            | "topped"
            | "tops"
            | "hit"
            | "hits"
            | "surpassed"
            | "surpasses"
            | "stands"
            | "stood"
            | "is"
            | "was"
            | "totals"
            | "totalled"
            | "totaled"
            | "stand"
            | "reach"
            | "pass"
            | "top"
    )
}

fn movement_verb(w: &str) -> bool {
    matches!(
        w,
        "arrived"
            | "entered"
            | "crossed"
            | "reached"
            | "gone"
            | "went"
            | "headed"
            | "left"
            | "returned"
            | "moved"
    )
}
