//! Rules that judge a mention: is it a claim, of what kind, about what.

use super::lexicon::{
    casualty_cue, casualty_noun, label_word, month_word, participle, person_noun, refugee_cue,
    refugee_noun, stop_word, street_word, time_word,
};
use super::{ClaimKind, Context};
use crate::extract::tokens::{Kind, Tokens};
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

/// The noun phrase after a count: token range, head word.
struct Phrase {
    first: usize,
    last: usize,
}

impl Phrase {
    fn is_empty(&self) -> bool {
        self.first == self.last
    }
}

pub fn judge(t: &Tokens, m: &Mention, cx: &Context) -> Option<Judged> {
    match m.dim {
        Dim::Ordinal | Dim::Date | Dim::Vote => None,
        Dim::Number if m.unit == Some("times") => None,
        Dim::Duration => duration(t, m, cx),
        Dim::Money | Dim::Percent | Dim::Quantity => {
            let np = object_phrase(t, m.last, cx.sentence_end, m.dim == Dim::Money);
            let subject = text_of(t, &np).or_else(|| subject_before(t, m.first, cx));
            Some(Judged {
                kind: ClaimKind::Quantity,
                subject,
                quote_end: if np.is_empty() { m.last } else { np.last },
                rule: match m.dim {
                    Dim::Money => "money",
                    Dim::Percent => "percent",
                    _ => "measure",
                },
                inherits: false,
            })
        }
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

/// A figure whose noun is elided takes its subject from the sentence or from
/// the figure before: `More than 2.3 million have arrived in Poland` (after a
/// refugee figure), `The death toll ... rose above 20,000`, `The number of
/// refugees stands at 3 million`, `The total stands at 22,670, compared
/// with 28,526`.
fn elided(
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

/// `people died` -> `people`: the noun of a casualty subject.
fn strip_cue(subject: &str) -> &str {
    match subject.rsplit_once(' ') {
        Some((noun, last)) if casualty_cue(last).is_some() => noun,
        _ => subject,
    }
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

fn join(phrase: Option<&str>, word: &str) -> Option<String> {
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

/// A participle right after the noun phrase (`houses destroyed`, `votes
/// cast`, `homes were damaged`).
fn participle_after(t: &Tokens, i: usize, end: usize) -> Option<usize> {
    let mut k = i;
    while k < end
        && k < i + 3
        && matches!(
            t.low(k),
            "were"
                | "was"
                | "have"
                | "has"
                | "had"
                | "been"
                | "are"
                | "is"
                | "be"
                | "could"
                | "would"
                | "will"
                | "may"
                | "might"
        )
    {
        k += 1;
    }
    (k < end && t.is_word(k) && participle(t.low(k))).then_some(k)
}

/// The counted noun phrase after token `i` (`civilians`, `Ukrainian refugees`,
/// `asylum seekers`, `displaced people`); empty when the noun is elided.
fn noun_phrase(t: &Tokens, i: usize, end: usize) -> Phrase {
    let mut k = i;
    let mut last = i;
    while k < end && k < i + 5 {
        if t.kind(k) == Some(Kind::Punct) {
            // `asylum-seekers`
            if t.low(k) == "-" && t.glued(k) && t.glued(k + 1) && k > i {
                k += 1;
                continue;
            }
            break;
        }
        if t.kind(k) != Some(Kind::Word) {
            break;
        }
        let w = t.low(k);
        if stop_word(w) || (w.ends_with("ly") && w.len() > 4) {
            break;
        }
        // A participle only belongs to the phrase when a noun follows it
        // (`displaced people`), not when it ends it (`civilians killed`).
        if (participle(w) || casualty_cue(w).is_some()) && k > i {
            break;
        }
        if participle(w) && !next_is_noun(t, k + 1, end) {
            break;
        }
        k += 1;
        last = k;
        // The head noun ends the phrase (`asylum seekers` goes on past `asylum`).
        let head = person_noun(w) || casualty_noun(w) || (refugee_noun(w) && w != "displaced");
        if head && w != "asylum" && t.low(k) != "-" {
            break;
        }
    }
    Phrase { first: i, last }
}

fn next_is_noun(t: &Tokens, k: usize, end: usize) -> bool {
    k < end && t.is_word(k) && !stop_word(t.low(k)) && !participle(t.low(k))
}

/// The noun phrase after an amount of money or a percentage: skips `in`,
/// `of`, `worth of`, and for money `on` and `for` (`$400 million in aid`,
/// `45% of voters`, `£1.5bn on asylum accommodation`).
fn object_phrase(t: &Tokens, i: usize, end: usize, money: bool) -> Phrase {
    let mut k = i;
    if t.low(k) == "worth" && t.low(k + 1) == "of" {
        k += 2;
    } else if matches!(t.low(k), "in" | "of") || (money && matches!(t.low(k), "on" | "for")) {
        k += 1;
        if matches!(t.low(k), "the" | "all" | "its" | "their") {
            k += 1;
        }
    }
    let np = noun_phrase(t, k, end);
    // `9.1% in June`, `£2bn in 2022`: when, not what.
    if np.is_empty() || np.last == np.first + 1 && month_word(t.low(np.first)) {
        Phrase { first: i, last: i }
    } else {
        np
    }
}

/// What a rate or an amount is of, when it is named before the figure:
/// `Inflation rose to 9.1%`, `Ukraine's economy is expected to shrink by
/// 45.1 per cent`, `turnout was 67%`, `the deal is worth $3bn`.
fn subject_before(t: &Tokens, first: usize, cx: &Context) -> Option<String> {
    let mut k = first;
    let mut skipped = 0;
    while k > cx.sentence_start && skipped < 6 {
        let w = t.low(k - 1);
        let linking = matches!(
            w,
            "to" | "at"
                | "by"
                | "of"
                | "from"
                | "was"
                | "is"
                | "were"
                | "are"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "expected"
                | "forecast"
                | "projected"
                | "set"
                | "worth"
                | "stood"
                | "stands"
                | "reached"
                | "hit"
                | "rose"
                | "fell"
                | "grew"
                | "shrank"
                | "shrink"
                | "grow"
                | "rise"
                | "fall"
                | "jumped"
                | "climbed"
                | "dropped"
                | "declined"
                | "increased"
                | "decreased"
                | "contracted"
                | "expanded"
                | "slowed"
                | "eased"
                | "soared"
                | "slumped"
                | "totalled"
                | "totaled"
                | "totals"
                | "cost"
                | "costs"
                | "valued"
                | "estimated"
                | "put"
                | "now"
                | "about"
        ) || (w.ends_with("ly") && w.len() > 4);
        if !linking {
            break;
        }
        k -= 1;
        skipped += 1;
    }
    if skipped == 0 {
        return None;
    }
    // The noun phrase ending at `k`: up to three words, no verbs or determiners.
    let end = k;
    let mut start = k;
    while start > cx.sentence_start && end - start < 3 {
        let j = start - 1;
        let w = t.low(j);
        if !t.is_word(j) || stop_word(w) || participle(w) || w.ends_with("ly") {
            break;
        }
        start = j;
    }
    if start == end || !t.is_word(end - 1) {
        return None;
    }
    Some(t.text[t.toks[start].start..t.toks[end - 1].end].to_string())
}

fn text_of(t: &Tokens, p: &Phrase) -> Option<String> {
    (!p.is_empty()).then(|| t.text[t.toks[p.first].start..t.toks[p.last - 1].end].to_string())
}

/// Numbers that are dates, times, names, labels, addresses, codes or pronouns.
fn not_a_count(t: &Tokens, m: &Mention, cx: &Context) -> bool {
    let (first, last) = (m.first, m.last);
    let prev = if first > 0 { t.low(first - 1) } else { "" };
    let next = t.low(last);
    let exact = matches!(m.value, Amount::Exact(_));
    // Years used as dates: `in 2021`, `the 2022 budget`.
    let year_like = exact
        && m.qualifier.is_none()
        && !m.words
        && t.raw(first).len() == 4
        && last == first + 1
        && (1000.0..=2199.0).contains(&m.value.lead());
    if year_like && !(person_noun(next) || refugee_noun(next) || casualty_noun(next)) {
        return true;
    }
    // Dates and times of day: `March 30`, `30 March`, `10:30`, `3 p.m.`, `10am`.
    if month_word(prev) || (month_word(next) && m.value.lead() <= 31.0 && !m.words) {
        return true;
    }
    if (next == ":" && t.glued(last) && t.kind(last + 1) == Some(Kind::Digits))
        || (prev == ":" && t.glued(first) && first >= 2 && t.kind(first - 2) == Some(Kind::Digits))
        || time_word(next) && (t.glued(last) || matches!(t.low(last + 1), "." | ""))
    {
        return true;
    }
    // Codes: `COVID-19`, `5G`, `F-16`, `192.168.1.2`, `3.2.1`.
    if t.glued(last) && matches!(t.kind(last), Some(Kind::Word) | Some(Kind::Digits)) {
        return true;
    }
    if first >= 2 && matches!(prev, "-" | "/" | ".") && t.glued(first) && t.glued(first - 1) {
        return true;
    }
    if matches!(next, "." | "/" | "-")
        && t.glued(last)
        && t.glued(last + 1)
        && t.kind(last + 1) == Some(Kind::Digits)
        && !matches!(m.value, Amount::Range { .. })
    {
        // `555-1234`, `3.2.1`, `24/7`
        return true;
    }
    // Labels: `page 3`, `No. 10`, `Resolution 2334`.
    if label_word(prev) || (prev == "." && first >= 2 && label_word(t.low(first - 2))) {
        return true;
    }
    // Names: `Apollo 11`, `Group of 20`, `Boeing 737` (a capital before, nothing counted after).
    let capital_before = first > cx.sentence_start
        && t.capitalized(first - 1)
        && !prev.ends_with("'s")
        && !month_word(prev);
    let of_name =
        prev == "of" && first >= 2 && t.capitalized(first - 2) && first - 2 > cx.sentence_start;
    let counted_after = t.is_word(last) && !stop_word(next) && !t.capitalized(last);
    if (capital_before || of_name) && !counted_after && m.qualifier.is_none() {
        return true;
    }
    // Addresses: `10 Downing Street`.
    if t.capitalized(last) && (last..last + 3).any(|k| street_word(t.low(k)) && t.capitalized(k)) {
        return true;
    }
    // `one` as a pronoun: `one of the`, `no one`, `the one`, `one another`.
    if m.words
        && m.value == Amount::Exact(1.0)
        && (matches!(
            next,
            "of" | "another" | "who" | "that" | "which" | "thing" | "way" | "side"
        ) || matches!(
            prev,
            "no" | "the" | "this" | "that" | "every" | "any" | "each" | "someone" | "another"
        ))
    {
        return true;
    }
    // `the two powers`, `its three members`: a reference, not a figure.
    if m.words
        && m.value.lead() < 20.0
        && m.qualifier.is_none()
        && matches!(
            prev,
            "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "both" | "all"
        )
    {
        return true;
    }
    false
}
