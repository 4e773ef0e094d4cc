//! Figures whose noun is elided: the subject comes from the sentence or
//! from the figure before.

use super::lexicon::{casualty_cue, casualty_noun, person_noun, refugee_noun, stop_word};
use super::phrases::{noun_phrase, text_of};
use super::rules::join;
use super::{ClaimKind, Context};
use crate::extract::Mention;
use crate::extract::tokens::{Kind, Tokens};

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
    // `Another 96,000 are staying with relatives`, `a further 2,000`: more
    // of what the figure before counted.
    if matches!(prev, "another" | "further" | "additional")
        && let Some(d) = cx.previous()
    {
        return Some((d.kind, d.subject.clone(), "continued"));
    }
    // `compared with 28,526`, `up from 900`, `risen to 53, from 41`, `1.2
    // million more than in 2022`, `a peak of 2,800`: the same thing as the
    // figure before.
    let than = matches!(t.low(m.last), "more" | "fewer" | "less") && t.low(m.last + 1) == "than";
    let comparison = than || matches!(
            (prev2, prev),
            ("compared", "with" | "to")
                | ("up" | "down", "from")
                | (_, "against")
                | (",", "from")
                | (
                    "peak" | "high" | "low" | "record" | "maximum" | "minimum",
                    "of"
                )
        ) || (prev == "from" && is_level_verb(prev2))
            // `improved to 312 million euros from 198 million`
            // (`m.first >= 2`: `from 3 to 4` can open the text.)
            || (prev == "from"
                && m.first >= 2
                && cx
                    .previous_in_sentence()
                    .is_some_and(|d| d.quote.end == t.toks[m.first - 2].end()))
            // `rose to 21,500 in 2024 from 4,800 in 2019`
            || (prev == "from"
                && m.first >= 2
                && t.kind(m.first - 2) == Some(Kind::Digits)
                && prev2.len() == 4);
    if comparison && let Some(d) = cx.previous_in_sentence() {
        return Some((d.kind, d.subject.clone(), "comparison"));
    }
    // `Of 21 analysts covering the stock, nine rate it a buy`: a part of
    // the whole the sentence opens with.
    if t.low(cx.sentence_start) == "of"
        && let Some(d) = cx.previous_in_sentence()
        && (cx.sentence_start..m.first).any(|k| t.low(k) == ",")
        && d.quote.start <= t.toks[cx.sentence_start + 3].start()
    {
        return Some((d.kind, d.subject.clone(), "part-of-opening"));
    }
    // `roughly 270,000 employed in the sector`: people counted by what
    // they do.
    if matches!(
        t.low(m.last),
        "employed" | "unemployed" | "enrolled" | "working"
    ) {
        let subject = join(Some("people"), t.raw(m.last));
        return Some((ClaimKind::Quantity, subject, "people-doing"));
    }
    // `a camp designed for 70,000`, `a stadium built for 40,000`: a
    // capacity.
    if prev == "for"
        && matches!(
            prev2,
            "designed" | "built" | "meant" | "intended" | "planned" | "equipped" | "made"
        )
    {
        return Some((
            ClaimKind::Quantity,
            Some("capacity".to_string()),
            "capacity",
        ));
    }
    // `short of the 326 needed for a majority`: the threshold of what the
    // figure before counts.
    if matches!(t.low(m.last), "needed" | "required")
        && let Some(d) = cx.previous_in_sentence()
    {
        let subject = join(d.subject.as_deref(), t.raw(m.last));
        return Some((d.kind, subject, "threshold"));
    }
    // `131 cases per 100,000 people ... in the capital it is 290 per
    // 100,000`: a rate of the same thing as the figure before.
    if t.low(m.last) == "per"
        && t.kind(m.last + 1) == Some(Kind::Digits)
        && let Some(d) = cx.previous()
    {
        return Some((ClaimKind::Quantity, d.subject.clone(), "rate-per"));
    }
    // `1,900 in March, or about 270 a day`: the figure before, as a rate.
    let rate = matches!(t.low(m.last), "a" | "per" | "each" | "every")
        && matches!(
            t.low(m.last + 1),
            "day" | "week" | "month" | "hour" | "year"
        );
    if prev == "or"
        && rate
        && let Some(d) = cx.previous_in_sentence()
    {
        return Some((d.kind, d.subject.clone(), "rate"));
    }
    // `from 41 last year and 28 in 2021`, `took 5.1% and 8 seats`: listed
    // right after a figure, a figure with no noun counts the same thing.
    if let Some(d) = cx.previous_in_sentence()
        && matches!(prev, "and" | "," | "or")
        && right_after(t, d.quote.end, m.first - 1, cx.sentence_start)
    {
        return Some((d.kind, d.subject.clone(), "listed"));
    }
    // `but fewer than 300,000 usually take part`: the noun of the figure
    // before in the sentence, doing something else.
    if let Some(d) = cx.previous_in_sentence()
        && matches!(prev, "but" | "while" | "whereas" | "and" | ",")
        && (starts_verb_group(t.low(m.last)) || t.low(m.last).ends_with("ed") && t.is_word(m.last))
    {
        return Some((d.kind, d.subject.clone(), "elided-subject"));
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
        return object_at_clause_end(t, m, cx, prev);
    }
    // `The death toll kept rising. Officials put it at 23`: `it` is the
    // toll or total named just before.
    if prev == "at"
        && prev2 == "it"
        && m.first >= cx.sentence_start + 3
        && matches!(
            t.low(m.first - 3),
            "put" | "puts" | "putting" | "placed" | "places" | "estimated" | "estimates" | "set"
        )
    {
        let toll = (m.first.saturating_sub(60)..m.first).any(|k| t.low(k) == "toll");
        if toll {
            return Some((
                ClaimKind::Casualties,
                Some("deaths".to_string()),
                "death-toll",
            ));
        }
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
    level_subject(t, m.first, cx)
}

/// `Current stocks cover around 3,000.`: a figure ending its clause as the
/// object of a verb counts the noun of the figure just before; what the verb
/// says is not a casualty or a displacement, so it is a quantity.
fn object_at_clause_end(
    t: &Tokens,
    m: &Mention,
    cx: &Context,
    prev: &str,
) -> Option<(ClaimKind, Option<String>, &'static str)> {
    let clause_end = m.last >= cx.sentence_end || matches!(t.low(m.last), "." | ";" | ",");
    let verb = m.first > cx.sentence_start
        && t.is_word(m.first - 1)
        && !t.capitalized(m.first - 1)
        && prev.len() > 3
        && !stop_word(prev);
    if !clause_end || !verb {
        return None;
    }
    let d = cx.previous()?;
    let noun = d.subject.as_deref().map(|s| {
        s.split(' ')
            .filter(|w| casualty_cue(&w.to_ascii_lowercase()).is_none())
            .collect::<Vec<_>>()
            .join(" ")
    });
    Some((ClaimKind::Quantity, noun, "elided-object"))
}

/// `Business confidence was unchanged at 98`, `community deaths, those
/// occurring before care, rose to 12`: the noun phrase before the level
/// verb is what the figure counts.
fn level_subject(
    t: &Tokens,
    first: usize,
    cx: &Context,
) -> Option<(ClaimKind, Option<String>, &'static str)> {
    let mut k = first;
    while k > cx.sentence_start
        && k + 8 > first
        && (is_level_verb(t.low(k - 1))
            || matches!(
                t.low(k - 1),
                "at" | "to"
                    | "unchanged"
                    | "steady"
                    | "flat"
                    | "little"
                    | "changed"
                    | "has"
                    | "have"
                    | "had"
                    | "been"
                    | "were"
                    | "are"
                    | "remained"
                    | "remains"
                    | "now"
                    | "already"
            ))
    {
        k -= 1;
    }
    if k == first {
        return None;
    }
    // Past an appositive: `deaths, those occurring before care, rose`.
    if k > cx.sentence_start && t.low(k - 1) == "," {
        let open = (k.saturating_sub(12).max(cx.sentence_start)..k - 1)
            .rev()
            .find(|&j| t.low(j) == ",")?;
        k = open;
    }
    let end = k;
    while k > cx.sentence_start
        && end - k < 3
        && t.is_word(k - 1)
        && !stop_word(t.low(k - 1))
        && (!t.capitalized(k - 1) || k - 1 == cx.sentence_start)
    {
        k -= 1;
    }
    if k == end {
        return None;
    }
    let head = t.low(end - 1);
    // `The score was 2`, `his age is 45`: ranks and scores are not counts.
    if matches!(
        head,
        "score" | "scores" | "age" | "rank" | "ranking" | "place" | "position" | "seed" | "grade"
    ) {
        return None;
    }
    let subject = Some(t.text[t.toks[k].start()..t.toks[end - 1].end()].to_string());
    let kind = if (k..end).any(|j| refugee_noun(t.low(j))) {
        ClaimKind::Refugees
    } else if casualty_noun(head) {
        ClaimKind::Casualties
    } else {
        ClaimKind::Quantity
    };
    Some((kind, subject, "level-subject"))
}

/// Whether only a time or place phrase (`last year`, `in 2021`, `in Mali`)
/// stands between the byte `end` of an earlier quote and token `at`.
fn right_after(t: &Tokens, end: usize, at: usize, start: usize) -> bool {
    let mut k = at;
    while k > start && at - k < 4 && t.toks[k - 1].end() > end {
        let w = t.low(k - 1);
        // `380,000 displaced people in Mali and 507,000 in Niger`: a place.
        let place = t.capitalized(k - 1) || matches!(w, "across" | "at");
        let time = matches!(
            w,
            "last" | "this" | "year" | "month" | "week" | "earlier" | "ago" | "in" | "a"
        ) || (t.kind(k - 1) == Some(Kind::Digits) && w.len() == 4);
        let time = time || place;
        if !time {
            return false;
        }
        k -= 1;
    }
    k > start && t.toks[k - 1].end() == end
}

/// A word that begins a verb group: an auxiliary or a frequency adverb.
fn starts_verb_group(w: &str) -> bool {
    matches!(
        w,
        "are"
            | "were"
            | "have"
            | "had"
            | "has"
            | "will"
            | "would"
            | "could"
            | "usually"
            | "typically"
            | "normally"
            | "often"
            | "still"
            | "remain"
            | "remained"
            | "did"
            | "do"
    )
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
            | "peaked"
            | "peaks"
            | "hovered"
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
            | "moved"
    )
}
