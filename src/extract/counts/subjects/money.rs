//! Money named by where it goes or what it costs: `£2bn a year for
//! childcare`, `the remaining £1bn going to roads`, `would cost £40m`,
//! `costing each household £300`.

use super::phrase::np_start;
use crate::extract::counts::Context;
use crate::extract::counts::phrases::{noun_phrase, text_of};
use crate::extract::tokens::Tokens;
use crate::extract::{Dim, Mention};

/// Tokens of a rate phrase at `k` (`a year`, `per share`, `annually`): how
/// often, never what.
pub fn rate_len(t: &Tokens, k: usize) -> usize {
    if matches!(
        t.low(k),
        "annually" | "yearly" | "monthly" | "weekly" | "daily" | "apiece"
    ) {
        return 1;
    }
    let per = matches!(t.low(k), "a" | "an" | "per" | "each" | "every");
    let unit = matches!(
        t.low(k + 1),
        "year" | "month" | "week" | "day" | "share" | "head" | "person" | "annum" | "household"
    );
    if per && unit { 2 } else { 0 }
}

/// `£1bn going to roads`, `€5m earmarked for schools`, `$2m set aside for
/// repairs`: money named by the verb that sends it somewhere.
pub fn moved(t: &Tokens, k: usize, end: usize) -> Option<String> {
    let w = t.low(k);
    let verb = matches!(
        w,
        "going" | "set" | "destined" | "earmarked" | "allocated" | "headed"
    ) || (w.ends_with("ing") && w.len() > 5);
    let mut p = k + 1;
    if t.low(p) == "aside" {
        p += 1;
    }
    let prep = t.low(p);
    if !verb || !matches!(prep, "to" | "for" | "towards") {
        return None;
    }
    let mut q = p + 1;
    if matches!(t.low(q), "the" | "its" | "their") {
        q += 1;
    }
    let what = text_of(t, &noun_phrase(t, q, end))?;
    Some(format!(
        "money {} {prep} {what}",
        &t.text[t.toks[k].start()..t.toks[p - 1].end()]
    ))
}

fn cost_verb(w: &str) -> bool {
    matches!(w, "cost" | "costs" | "costing")
}

/// `would cost in excess of £5bn`, `costing each worker £560`: what a
/// cost verb puts on its object, when no subject stands before it.
pub fn cost(t: &Tokens, m: &Mention, cx: &Context) -> Option<String> {
    let floor = cx.sentence_start;
    if m.dim != Dim::Money || m.first <= floor {
        return None;
    }
    let j = m.first - 1;
    if cost_verb(t.low(j)) {
        return Some("cost".to_string());
    }
    // `costing the average worker £560`: the one who bears it.
    let s = np_start(t, m.first, floor)?;
    let c = (s.saturating_sub(2).max(floor)..j).find(|&c| cost_verb(t.low(c)))?;
    (c + 1 < m.first).then(|| {
        format!(
            "cost to {}",
            &t.text[t.toks[c + 1].start()..t.toks[j].end()]
        )
    })
}
