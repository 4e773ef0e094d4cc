//! Numbers that are not counts: dates, times, names, labels, addresses,
//! codes, `one` as a pronoun, and references such as `the two powers`.

use super::Context;
use super::lexicon::{
    casualty_noun, label_word, month_word, person_noun, refugee_noun, stop_word, street_word,
    time_word,
};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Amount, Mention};

/// Numbers that are dates, times, names, labels, addresses, codes or pronouns.
pub fn not_a_count(t: &Tokens, m: &Mention, cx: &Context) -> bool {
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
    // Dates and times of day: `March 30`, `Feb. 24`, `30 March`, `10:30`,
    // `3 p.m.`, `10am`.
    // `Feb. 24`, not `... in March. More than 1.1 million`: the point must
    // abbreviate the month within the sentence.
    let abbreviated_month = prev == "."
        && first >= cx.sentence_start + 2
        && t.glued(first - 1)
        && month_word(t.low(first - 2))
        && t.low(first - 2).len() <= 4;
    if month_word(prev)
        || abbreviated_month
        || (month_word(next) && m.value.lead() <= 31.0 && !m.words)
    {
        return true;
    }
    if age(t, m, cx) || eldest(t, m, cx) {
        return true;
    }
    // `131 cases per 100,000 people`, `for every 1,000 live births`: the
    // base of a rate, not a count of anything.
    if prev == "per"
        || (prev == "every" && first >= 2 && matches!(t.low(first - 2), "for" | "in" | "of"))
    {
        return true;
    }
    // `a family of five`: the size of a household named in passing.
    if prev == "of"
        && first >= 2
        && matches!(t.low(first - 2), "family" | "household")
        && (!t.is_word(last) || stop_word(next))
    {
        return true;
    }
    // Index names: `the CAC 40 index`, `the FTSE 100`, `Nikkei 225 average`,
    // `the STOXX 600 autos and parts index`.
    if first > cx.sentence_start
        && t.capitalized(first - 1)
        && m.qualifier.is_none()
        && (last..(last + 5).min(cx.sentence_end))
            .take_while(|&k| t.is_word(k) || t.low(k) == "&")
            .any(|k| matches!(t.low(k), "index" | "indices" | "average" | "benchmark"))
    {
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
        && !stop_word(prev)
        && !matches!(prev, "another" | "some" | "only" | "almost" | "nearly")
        && !prev.ends_with("'s")
        && !month_word(prev);
    let of_name =
        prev == "of" && first >= 2 && t.capitalized(first - 2) && first - 2 > cx.sentence_start;
    let counted_after = t.is_word(last) && !stop_word(next) && !t.capitalized(last);
    if (capital_before || of_name) && !counted_after && m.qualifier.is_none() {
        return true;
    }
    // `in week 17`, `on day 12`, `round 3`: a numbered period, unless a
    // noun is counted after it (`Last week 300 people fled`).
    if matches!(
        prev,
        "week" | "day" | "round" | "lap" | "matchday" | "gameweek"
    ) && !counted_after
        && m.qualifier.is_none()
        && !m.words
    {
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

/// An age set off by commas after a person (`Smith, 45, said`, `one man,
/// 34, remained missing`): a whole number a person could be, between
/// commas, right after a name or a word for a person.
fn age(t: &Tokens, m: &Mention, cx: &Context) -> bool {
    let (first, last) = (m.first, m.last);
    if m.words
        || m.qualifier.is_some()
        || last != first + 1
        || !matches!(m.value, Amount::Exact(v) if v.fract() == 0.0 && (1.0..=120.0).contains(&v))
        || first < cx.sentence_start + 2
        || t.low(first - 1) != ","
        || !matches!(t.low(last), "," | ")" | ";")
    {
        return false;
    }
    let who = first - 2;
    t.is_word(who) && (t.capitalized(who) || person_noun(t.low(who)))
}

/// `The youngest victim was 3`, `the oldest was 78`: an age given as the
/// level of the oldest or youngest person.
fn eldest(t: &Tokens, m: &Mention, cx: &Context) -> bool {
    m.qualifier.is_none()
        && matches!(m.value, Amount::Exact(v) if v.fract() == 0.0 && (0.0..=120.0).contains(&v))
        && !t.is_word(m.last)
        && m.first > cx.sentence_start
        && matches!(t.low(m.first - 1), "was" | "is" | "aged")
        && (cx.sentence_start..m.first).any(|k| matches!(t.low(k), "oldest" | "youngest"))
}

/// `23 Conservative MPs rebelling`, `30 lawmakers voted against`: how
/// members voted is a vote record, out of scope like the tally itself.
pub fn vote_record(t: &Tokens, np_last: usize, end: usize) -> bool {
    np_last > 0
        && legislator(t.low(np_last - 1))
        && (np_last..end.min(np_last + 3)).any(|k| {
            matches!(
                t.low(k),
                "voted"
                    | "voting"
                    | "rebelled"
                    | "rebelling"
                    | "abstained"
                    | "abstaining"
                    | "defied"
                    | "defying"
                    | "backed"
                    | "opposed"
            )
        })
}

fn legislator(w: &str) -> bool {
    matches!(
        w,
        "mps"
            | "lawmakers"
            | "legislators"
            | "senators"
            | "deputies"
            | "backbenchers"
            | "representatives"
            | "congressmen"
            | "councillors"
            | "councilors"
            | "peers"
            | "members"
            | "delegates"
            | "meps"
    )
}
