//! Assembles the mentions: at each token every rule family is tried and
//! the longest match wins; then the words around a date that bound or
//! hedge it are taken in (`early February`, `since 2019`, `by the end of
//! 2021`), and offsets from an earlier date (`a week earlier`) are resolved
//! against the latest date the text gave before them.

use chrono::NaiveDate;

use super::lexicon::{bound_word, joined, part_word};
use super::{
    Ctx, DateMention, Found, Relative, When, months, numeric, ordinals, relative, resolve,
};
use super::{holidays, pointed, weekdays, years};
use crate::extract::tokens::Tokens;

/// The longest date at token `i` from any rule family.
pub(super) fn candidates(c: &Ctx, i: usize) -> Vec<Found> {
    let mut best: Vec<Found> = Vec::new();
    let mut consider = |v: Vec<Found>| {
        let end = v.last().map_or(0, |f| f.last);
        if end > best.last().map_or(0, |f| f.last) {
            best = v;
        }
    };
    consider(numeric::at(c, i).into_iter().collect());
    consider(months::at(c, i).into_iter().collect());
    consider(pointed::at(c, i).into_iter().collect());
    consider(ordinals::at(c, i).into_iter().collect());
    consider(weekdays::at(c, i).into_iter().collect());
    consider(holidays::at(c, i).into_iter().collect());
    consider(years::at(c, i));
    consider(relative::at(c, i).into_iter().collect());
    if let [f] = best.as_mut_slice() {
        weekdays::offset_on_weekday(c, f);
    }
    best
}

/// A date (not an offset) starting at `i`: what an offset is anchored on
/// (`two weeks before May 13 1999`).
pub(super) fn date_at(c: &Ctx, i: usize) -> Option<Found> {
    let mut best: Option<Found> = None;
    for f in [
        numeric::at(c, i),
        months::at(c, i),
        pointed::at(c, i),
        ordinals::at(c, i),
        weekdays::at(c, i),
        holidays::at(c, i),
        years::at(c, i).into_iter().next(),
        relative_date(c, i),
    ]
    .into_iter()
    .flatten()
    {
        if f.value.is_some() && f.first == i && best.as_ref().is_none_or(|b| f.last > b.last) {
            best = Some(f);
        }
    }
    best
}

fn relative_date(c: &Ctx, i: usize) -> Option<Found> {
    relative::at(c, i).filter(|f| f.relative.is_none() && f.from_prior.is_none())
}

pub(super) fn mentions(t: &Tokens, published: Option<NaiveDate>) -> Vec<DateMention> {
    scan(t, published, true)
}

/// `gated`: skip the tokens [`super::gate`] rules out (off only to test
/// that it changes nothing).
pub(super) fn scan(t: &Tokens, published: Option<NaiveDate>, gated: bool) -> Vec<DateMention> {
    let mut c = Ctx {
        t,
        published,
        year_before: None,
        amount_memo: std::cell::Cell::new(None),
    };
    let mut out: Vec<DateMention> = Vec::new();
    let mut taken = 0; // tokens before this belong to earlier mentions
    let near = super::gate::Near::new(t);
    let mut i = 0;
    while i < t.len() {
        if gated && !near.may_start(i) {
            i += 1;
            continue;
        }
        let found = candidates(&c, i);
        if found.is_empty() {
            i += 1;
            continue;
        }
        for mut f in found {
            if f.first < taken {
                f.first = taken.max(f.first);
            }
            qualify(&c, &mut f, taken);
            c.year_before = matches!(f.value, Some(When::Year(_))).then(|| f.last - 1);
            taken = f.last;
            let m = finish(&c, f, &out);
            out.push(m);
        }
        i = taken.max(i + 1);
    }
    out
}

/// Takes in the words before a date that bound or hedge it.
fn qualify(c: &Ctx, f: &mut Found, taken: usize) {
    let t = c.t;
    if f.relative.is_some() || f.from_prior.is_some() {
        return;
    }
    let mut k = f.first;
    let before = |k: usize| k > taken && k > 0 && t.same_run(k);
    let coarse = matches!(
        f.value,
        Some(When::Month { .. } | When::Year(_) | When::Decade(_))
    ) || f.rule.starts_with("month")
        || f.rule == "digits-ym";
    // A part: `early`, `mid-`, `late`, `the end of`, `the start of`.
    let mut part = None;
    if coarse && before(k) {
        let mut j = k - 1;
        if t.raw(j) == "-" && t.glued(k) && j > taken && before(j) {
            j -= 1;
        }
        if let Some(p) = part_word(t.low(j)) {
            part = Some(p);
            k = j;
        } else if t.low(j) == "of" && before(j) && j >= 1 {
            let p = match t.low(j - 1) {
                "end" => Some("late"),
                "start" | "beginning" => Some("early"),
                "middle" => Some("mid"),
                _ => None,
            };
            if let Some(p) = p {
                part = Some(p);
                k = j - 1;
                if before(k) && t.low(k - 1) == "the" {
                    k -= 1;
                }
            }
        }
    }
    // A bound or hedge: `since`, `by`, `before`, `around`, `as of`.
    let mut bound = None;
    if before(k) {
        let w = t.low(k - 1);
        if let Some(b) = bound_word(w) {
            bound = Some(b);
            k -= 1;
        } else if w == "of" && k >= 2 && before(k - 1) && t.low(k - 2) == "as" {
            bound = Some("as of");
            k -= 2;
        } else if w == "to" && k >= 2 && before(k - 1) && t.low(k - 2) == "prior" {
            bound = Some("before");
            k -= 2;
        }
    }
    let q = match (bound, part.or(f.qualifier)) {
        (Some(b), Some(p)) if part.is_some() => Some(joined(b, p)),
        (Some(b), _) => Some(b),
        (None, p) => p,
    };
    // A bound that the rule set itself (`from` of a range) stays.
    if f.qualifier.is_none() || part.is_some() || bound.is_some() {
        f.qualifier = q.or(f.qualifier);
    }
    f.first = k;
}

fn finish(c: &Ctx, mut f: Found, before: &[DateMention]) -> DateMention {
    let t = c.t;
    // `Aug.` ending a sentence: the period is the sentence's.
    if f.last > f.first + 1 && t.raw(f.last - 1) == "." {
        f.last -= 1;
    }
    let mut value = f.value;
    let mut relative = f.relative.take();
    if let Some((amount, step)) = f.from_prior {
        let prior = before.iter().rev().find(|m| m.value.is_some());
        if prior.is_none()
            && let Some(v) = from_publication(c, &f, amount)
        {
            return mention(t, &f, Some(v), None, "day-from-publication");
        }
        relative = Some(match prior {
            Some(p) => {
                value = p.value.and_then(|v| offset(v, amount, step));
                Relative {
                    amount,
                    step,
                    anchor: t.text[p.start..p.end].to_string(),
                    anchor_span: p.start..p.end,
                }
            }
            None => {
                let at = t.toks[f.first].start();
                Relative {
                    amount,
                    step,
                    anchor: String::new(),
                    anchor_span: at..at,
                }
            }
        });
    }
    mention(t, &f, value, relative, f.rule)
}

fn mention(
    t: &Tokens,
    f: &Found,
    value: Option<When>,
    relative: Option<Relative>,
    rule: &'static str,
) -> DateMention {
    DateMention {
        start: t.toks[f.first].start(),
        end: t.toks[f.last - 1].end(),
        value,
        qualifier: f.qualifier,
        relative,
        rule,
        first: f.first,
        last: f.last,
    }
}

/// `the day before` or `the day after` with no date earlier in the text:
/// the day before or after publication, as a reader of `What happened the
/// day before?` takes it, the text's only day being the one it came out.
/// Only when the clause's tense agrees with the direction: `He resigned
/// the day after` looks back at a day after something the text leaves
/// undated, never at tomorrow, and stays unresolved. `the next day`, `a
/// week later` follow a narrated event and are not read this way.
fn from_publication(c: &Ctx, f: &Found, amount: i32) -> Option<When> {
    let t = c.t;
    let bare = t.low(f.first) == "the"
        && t.low(f.first + 1) == "day"
        && matches!(t.low(f.first + 2), "before" | "after")
        && f.last == f.first + 3;
    if !bare {
        return None;
    }
    let agrees = match resolve::tense(t, f.first, f.last) {
        resolve::Tense::Past => amount < 0,
        resolve::Tense::Forward => amount > 0,
        resolve::Tense::Plain => true,
    };
    if !agrees {
        return None;
    }
    let d = resolve::shift(c.published?, amount, super::Step::Days)?;
    Some(When::Day(d))
}

/// An earlier date moved by an offset, at a grain the offset keeps.
fn offset(v: When, amount: i32, step: super::Step) -> Option<When> {
    use super::Step;
    use chrono::Datelike;
    match (v, step) {
        (When::Day(d), _) => resolve::shift(d, amount, step).map(When::Day),
        (When::Month { .. }, Step::Months | Step::Years) => {
            let d = resolve::shift(v.first_day()?, amount, step)?;
            Some(When::Month {
                year: d.year(),
                month: d.month(),
            })
        }
        (When::Year(y), Step::Years) => Some(When::Year(y + amount)),
        _ => None,
    }
}
