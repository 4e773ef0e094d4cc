//! The `percent`, `money`, `quantity` and `duration` dimensions, plus the
//! hedges, ranges and vague amounts around any figure.
//!
//! [`mentions`] turns the bare numbers of [`crate::extract::numbers`] into
//! mentions, one rule family per file, beside one corpus (`corpus.yaml`):
//!
//! - [`ranges`]: two figures that make one range (`between 10 and 15`,
//!   `10-15 km`), and the changes that are not ranges (`rose from 5 to 7`);
//! - [`money`]: currency symbols and codes before a figure, cents after it;
//! - [`measures`]: what follows a figure (percent, currency names, units of
//!   time and measure, a unit shared by `45 and 50 mg`);
//! - [`rates`]: a denominator or a unit a figure is per (`per 100,000`,
//!   `$80 a barrel`);
//! - [`metres`]: `m` as metres where the words say length (`8m wide`);
//! - [`hedges`]: the article's own qualifier (`nearly`, `more than`);
//! - [`vague`]: amounts with no figure (`hundreds of`, `twice`);
//! - [`units`] and [`currencies`]: the tables all of them read.

pub mod currencies;
mod hedges;
mod measures;
pub mod metres;
mod money;
mod ranges;
mod rates;
pub mod units;
mod vague;

use crate::extract::numbers::{Form, Num, numbers, scale_word};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Amount, Dim, Mention};
use currencies::currency_after;
use hedges::hedge;
use measures::{shared_unit, suffix_unit};
use money::{cents_after, currency_before};
use ranges::{range, unit_range};
use rates::{denominator, intern, per_unit};
use vague::words_only;

/// All mentions in the token stream, in text order, never overlapping.
pub fn mentions(t: &Tokens) -> Vec<Mention> {
    let nums = numbers(t);
    // Vague amounts (`dozens`) come on top of the numbers; room for them up
    // front spares a doubling of the largest vector of extraction.
    let mut out: Vec<Mention> = Vec::with_capacity(nums.len() + nums.len() / 4 + 8);
    let mut k = 0;
    let mut vague_from = 0;
    while k < nums.len() {
        // Vague amounts and multiplicatives have no number token of their own.
        vague_from = words_only(t, vague_from, nums[k].first, &mut out);
        let (m, used) = figure(t, &nums, k);
        k += used;
        vague_from = vague_from.max(m.last);
        if out.last().is_some_and(|p| p.last > m.first) {
            continue;
        }
        if let Some(p) = out.last_mut()
            && unit_range(t, p, &m)
        {
            continue;
        }
        out.push(m);
    }
    words_only(t, vague_from, t.len(), &mut out);
    // Ranges and units join numbers, so the room reserved above is mostly
    // more than was used; the mentions live through all of extraction.
    drop(nums);
    out.shrink_to_fit();
    out
}

/// The mention around `nums[k]`, and how many numbers it used.
fn figure(t: &Tokens, nums: &[Num], k: usize) -> (Mention, usize) {
    let n = &nums[k];
    if n.ordinal {
        return (
            mention(t, n.first, n.last, Dim::Ordinal, Amount::Exact(n.value), n),
            1,
        );
    }
    let (mut amount, mut first, mut last, mut used, range_rule) = range(t, nums, k);
    let mut rule = range_rule.unwrap_or(n.rule);
    let mut unit = None;
    let mut dim = Dim::Number;

    // The range opener `from` is syntax, not the figure: the full span keeps
    // it, the core does not (`[44 to 50 mg]` still reads as a range).
    // `between` stays in the core: without it `44 and 50 mg` reads as two
    // figures sharing a unit (see `shared_unit`), so it is part of the range.
    let opener = range_rule == Some("range-from-to");
    let mut core_first = first + usize::from(opener);
    // Currency before: `$3.5bn`, `US$ 75 million`, `EUR 5`; but in
    // `10 rmb 20 usd` and `10 $ 30 $` the symbol closes the previous sum.
    let closes_previous =
        first >= 2 && t.kind(first - 2) == Some(Kind::Digits) && currency_after(t, last).is_some();
    if let Some((code, len)) = currency_before(t, first).filter(|_| !closes_previous) {
        first -= len;
        core_first = first;
        unit = Some(code);
        dim = Dim::Money;
        rule = "money-symbol";
        // `$5-$7`: the second figure's symbol was read as part of the range.
    }
    // What follows the figure: scale after currency, percent, currency, unit.
    if dim == Dim::Number {
        if let Some((d, name, len, r)) = suffix_unit(t, n, last) {
            last += len;
            unit = Some(name);
            dim = d;
            rule = r;
            if d == Dim::Money
                && let Some(s) = scale_after(t, last)
            {
                amount = scale(amount, s);
                last += 1;
            }
        } else if t.low(last) == "times" && n.form == Form::Words && t.same_line(last) {
            last += 1;
            unit = Some("times");
            rule = "multiplicative";
        } else if let Some((d, name)) = shared_unit(t, nums, k, used, last) {
            unit = Some(name);
            dim = d;
            rule = "shared-unit";
        }
    } else if dim == Dim::Money
        && t.glued(last)
        && t.low(last) == "t"
        && !(t.glued(last + 1) && t.kind(last + 1) != Some(Kind::Punct))
    {
        // `$2.174T`: a trillion, only after a currency (`5t` is tonnes).
        amount = scale(amount, 1e12);
        last += 1;
    } else if let Some(s) = scale_after(t, last) {
        // `$ 75 usd million`-style tails are rare; `$75 million` is read by numbers.
        amount = scale(amount, s);
        last += 1;
    } else if dim == Dim::Money
        && let Some((_, len)) = currency_after(t, last).filter(|_| t.is_word(last))
    {
        // `$5 dollars` would be odd; `EUR 5 million euros` too: absorb the name.
        last += len;
    }
    if dim == Dim::Money
        && matches!(amount, Amount::Exact(v) if v.fract() == 0.0)
        && unit.is_some_and(|u| !u.contains('-'))
        && let Some((c, end)) = cents_after(t, last)
    {
        amount = Amount::Exact(amount.lead() + c);
        last = end;
    }
    // Rates: `$80 a barrel`, `131 cases per 100,000 people` (see `rates`).
    // The per-unit stays out of the core, as a hedge after the figure does:
    // other engines read the sum (`$80`), not what it is per.
    let core_last = last;
    if matches!(dim, Dim::Money | Dim::Quantity) {
        for _ in 0..2 {
            let Some((per, len)) = per_unit(t, last) else {
                break;
            };
            unit = unit.map(|u| intern(format!("{u} per {per}")));
            last += len;
        }
    }
    if (dim == Dim::Quantity || dim == Dim::Number && unit.is_none())
        && let Some((per, extra)) = denominator(t, nums, k + used, last)
    {
        unit = Some(unit.map_or(per, |u| intern(format!("{u} {per}"))));
        dim = Dim::Quantity;
        used += extra;
        rule = "rate";
    }
    let (qualifier, hedge_first, hedge_last) = hedge(t, first, last, dim);
    let mut m = mention(t, hedge_first, hedge_last, dim, amount, n);
    m.core_start = t.toks[core_first].start();
    m.core_end = t.toks[core_last - 1].end();
    m.figure_end = nums[k + used - 1].end;
    m.qualifier = qualifier;
    m.unit = unit;
    m.rule = rule;
    (m, used)
}

fn mention(t: &Tokens, first: usize, last: usize, dim: Dim, value: Amount, n: &Num) -> Mention {
    Mention {
        start: t.toks[first].start(),
        end: t.toks[last - 1].end(),
        dim,
        value,
        qualifier: None,
        unit: None,
        rule: n.rule,
        core_start: t.toks[first].start(),
        core_end: t.toks[last - 1].end(),
        figure_start: n.start,
        figure_end: n.end,
        first,
        last,
        words: n.form == Form::Words,
    }
}

fn scale(a: Amount, s: f64) -> Amount {
    match a {
        Amount::Exact(v) => Amount::Exact(v * s),
        Amount::Range { min, max } => Amount::Range {
            min: min * s,
            max: max * s,
        },
    }
}

fn scale_after(t: &Tokens, i: usize) -> Option<f64> {
    let w = t.low(i);
    if !t.same_line(i) || w.ends_with('s') {
        return None;
    }
    scale_word(w)
}

/// Helpers shared by the unit tests of every rule file.
#[cfg(test)]
mod testing {
    use super::mentions;
    use crate::extract::Dim;
    use crate::extract::tokens::Tokens;

    /// `(dim, full text)` of each mention.
    pub(super) fn scan(text: &str) -> Vec<(Dim, String)> {
        let t = Tokens::new(text);
        mentions(&t)
            .iter()
            .map(|m| (m.dim, text[m.start..m.end].to_string()))
            .collect()
    }

    /// `(dim, core text, unit)` of each mention.
    pub(super) fn cores(text: &str) -> Vec<(Dim, &str, Option<&'static str>)> {
        let t = Tokens::new(text);
        mentions(&t)
            .iter()
            .map(|m| (m.dim, &text[m.core_start..m.core_end], m.unit))
            .collect()
    }
}
