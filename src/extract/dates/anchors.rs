//! Spans from an event (`20 days before Russia's invasion`) get a date only
//! from the article itself: when the article dates the anchor (`the start
//! of the invasion on February 24`), or when the sentence's own event is
//! dated earlier (`The meeting came ... two days before the virtual
//! summit`, after `met this Wednesday`: the summit is two days after the
//! meeting). Nothing is taken from world knowledge.

use chrono::{Days, Months, NaiveDate};

use super::event_words::event_noun;
use super::{DateMention, Relative, Step, When};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Draft, Value};

/// How many date claims either side an anchor is looked for: more than an
/// article holds, few enough that a file of many articles stays linear.
const ANCHOR_WINDOW: usize = 200;

/// `in early February, 20 days before Russia's invasion`: one date, the
/// absolute one, carrying the span as its relation to the anchor.
pub fn merge_appositives(t: &Tokens, dates: Vec<DateMention>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::with_capacity(dates.len());
    for m in dates {
        if let Some(prev) = out.last_mut() {
            let joined =
                (prev.last..m.first).all(|i| t.kind(i) == Some(Kind::Punct) && t.low(i) == ",");
            if joined
                && prev.value.is_some()
                && prev.relative.is_none()
                && m.value.is_none()
                && m.relative.is_some()
            {
                prev.relative = m.relative;
                continue;
            }
        }
        out.push(m);
    }
    out
}

/// Gives a date to every span claim the article lets us date.
pub fn resolve_spans(t: &Tokens, drafts: &mut [Draft]) {
    for k in 0..drafts.len() {
        let (Value::Date(None), Some(rel)) = (&drafts[k].value, &drafts[k].relative) else {
            continue;
        };
        let rel = rel.clone();
        if let Some((day, anchor)) = from_own_event(t, drafts, k, &rel) {
            drafts[k].value = Value::Date(Some(When::Day(day)));
            drafts[k].subject = Some(anchor);
        } else if let Some(day) = from_dated_anchor(drafts, k, &rel) {
            drafts[k].value = Value::Date(Some(When::Day(day)));
        }
    }
}

/// `The meeting came two days before the summit`, the meeting dated before:
/// the anchor is the meeting's day minus the offset.
fn from_own_event(
    t: &Tokens,
    drafts: &[Draft],
    k: usize,
    rel: &Relative,
) -> Option<(NaiveDate, String)> {
    let here = drafts[k].sentence.start;
    let own = sentence_event(t, here)?;
    // `The meeting` points back: to an event dated in an earlier sentence.
    let window = k.saturating_sub(ANCHOR_WINDOW)..k;
    let day = drafts[window].iter().rev().find_map(|d| match d.value {
        Value::Date(Some(When::Day(day)))
            if d.sentence.start < here
                && d.subject.as_deref() == Some(own)
                && d.relative.is_none() =>
        {
            Some(day)
        }
        _ => None,
    })?;
    Some((shift(day, -rel.amount, rel.step)?, rel.anchor.clone()))
}

/// `20 days before the invasion` where the article dates the invasion:
/// best by another span from the same anchor that stands beside a date
/// (`on 2 September 2022, twelve days before the invasion` puts the
/// invasion on 14 September), else by a date whose event is the anchor
/// (`the start of the invasion on February 24`).
fn from_dated_anchor(drafts: &[Draft], k: usize, rel: &Relative) -> Option<NaiveDate> {
    let anchor = anchor_event(&rel.anchor)?;
    let from = k.saturating_sub(ANCHOR_WINDOW);
    let to = (k + ANCHOR_WINDOW).min(drafts.len());
    let others = || (from..to).filter(move |&j| j != k).map(|j| &drafts[j]);
    let by_span = others().find_map(|d| match (&d.value, &d.relative) {
        (Value::Date(Some(When::Day(day))), Some(r)) if anchor_event(&r.anchor) == Some(anchor) => {
            shift(*day, -r.amount, r.step)
        }
        _ => None,
    });
    let day = by_span.or_else(|| {
        others().find_map(|d| match d.value {
            Value::Date(Some(When::Day(day)))
                if d.relative.is_none() && d.subject.as_deref() == Some(anchor) =>
            {
                Some(day)
            }
            _ => None,
        })
    })?;
    shift(day, rel.amount, rel.step)
}

/// The event an anchor phrase names (`Russia's invasion` -> `invasion`).
fn anchor_event(anchor: &str) -> Option<&'static str> {
    anchor
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .rev()
        .find_map(|w| event_noun(&w.to_ascii_lowercase()))
}

/// The event a sentence is about when it opens with one: `The meeting`,
/// `That summit`, `The talks`.
fn sentence_event(t: &Tokens, at: usize) -> Option<&'static str> {
    let i = t.toks.partition_point(|k| k.start() < at);
    if !matches!(
        t.low(i),
        "the" | "this" | "that" | "their" | "his" | "her" | "its"
    ) {
        return None;
    }
    event_noun(t.low(i + 1)).or_else(|| event_noun(t.low(i + 2)))
}

/// `day` moved by `amount` steps; `None` off the calendar.
pub fn shift(day: NaiveDate, amount: i32, step: Step) -> Option<NaiveDate> {
    let n = u64::from(amount.unsigned_abs());
    let forward = amount >= 0;
    match step {
        Step::Days | Step::Weeks => {
            let days = Days::new(if step == Step::Weeks { n * 7 } else { n });
            if forward {
                day.checked_add_days(days)
            } else {
                day.checked_sub_days(days)
            }
        }
        Step::Months | Step::Years => {
            let months = u32::try_from(if step == Step::Years { n * 12 } else { n }).ok()?;
            if forward {
                day.checked_add_months(Months::new(months))
            } else {
                day.checked_sub_months(Months::new(months))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifting_by_days_weeks_months_and_years() {
        let d = NaiveDate::from_ymd_opt(2022, 3, 30).unwrap();
        assert_eq!(shift(d, 2, Step::Days), NaiveDate::from_ymd_opt(2022, 4, 1));
        assert_eq!(
            shift(d, -20, Step::Days),
            NaiveDate::from_ymd_opt(2022, 3, 10)
        );
        assert_eq!(
            shift(d, -1, Step::Weeks),
            NaiveDate::from_ymd_opt(2022, 3, 23)
        );
        assert_eq!(
            shift(d, -1, Step::Months),
            NaiveDate::from_ymd_opt(2022, 2, 28)
        );
        assert_eq!(
            shift(d, 2, Step::Years),
            NaiveDate::from_ymd_opt(2024, 3, 30)
        );
    }
}
