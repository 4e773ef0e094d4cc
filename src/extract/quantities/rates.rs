//! Rates: a figure over a denominator (`131 cases per 100,000 people`,
//! `12 deaths per 1,000 live births`) and a sum or measure per unit (`$80 a
//! barrel`, `$15 an hour`, `12 litres per person per day`).
//!
//! The value stays the figure; the denominator or unit joins the mention's
//! unit (`per 100,000`, `USD per barrel`, `litres per person per day`), so
//! the denominator is never a figure of its own: nobody counted 100,000 of
//! anything.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock, PoisonError};

use super::units::{Entry, MEASURE, TIME, e, match_at};
use crate::extract::numbers::Num;
use crate::extract::tokens::{Kind, Tokens};

/// Denominators of rates as news copy gives them: powers of ten.
const DENOMINATORS: &[(f64, &str)] = &[
    (100.0, "per 100"),
    (1_000.0, "per 1,000"),
    (10_000.0, "per 10,000"),
    (100_000.0, "per 100,000"),
    (1_000_000.0, "per million"),
];

/// Words that end the stretch between a figure and `per`: past them the
/// `per` belongs to another clause (`5 deaths and 2 per 1,000`).
const BREAKS: &[&str] = &[
    "and", "or", "but", "than", "to", "from", "versus", "vs", "while", "whereas", "compared",
];

/// The denominator of a rate after the figure ending at token `last`, whose
/// next number is `nums[next]`: up to four words (`cases`, `new measles
/// cases`), then `per` or `for every`, then a power of ten (`100,000`, `1
/// million`, or the word `million`). `(unit, numbers used)`. Not when the
/// denominator has a unit of its own (`6 litres per 100 km` is a
/// consumption, not a rate of a population).
pub(super) fn denominator(
    t: &Tokens,
    nums: &[Num],
    next: usize,
    last: usize,
) -> Option<(&'static str, usize)> {
    let mut j = last;
    while j < last + 4 && t.is_word(j) && t.same_run(j) && per_word(t, j).is_none() {
        if BREAKS.contains(&t.low(j)) {
            return None;
        }
        j += 1;
    }
    let len = per_word(t, j).filter(|_| t.same_run(j))?;
    let d = j + len;
    if !t.same_run(d) {
        return None;
    }
    if t.low(d) == "million" {
        return Some(("per million", 0));
    }
    let n = nums.get(next).filter(|n| n.first == d && !n.ordinal)?;
    let unit = DENOMINATORS.iter().find(|(v, _)| *v == n.value)?.1;
    let unit_after = match_at(t, n.last, MEASURE)
        .or_else(|| match_at(t, n.last, TIME))
        .is_some_and(|_| t.same_line(n.last));
    (!unit_after).then_some((unit, 1))
}

/// `per` (1 token) or `for every` (2) at token `j`.
fn per_word(t: &Tokens, j: usize) -> Option<usize> {
    match t.low(j) {
        "per" => Some(1),
        "for" if t.low(j + 1) == "every" && t.same_run(j + 1) => Some(2),
        _ => None,
    }
}

/// What a price or a measure is per: one unit of time, of measure or of
/// trade. Canonical names are singular (`USD per barrel`).
const PER: &[Entry] = &[
    e(&["hour"], "hour"),
    e(&["day"], "day"),
    e(&["week"], "week"),
    e(&["month"], "month"),
    e(&["year"], "year"),
    e(&["annum"], "year"),
    e(&["night"], "night"),
    e(&["person"], "person"),
    e(&["head"], "person"),
    e(&["capita"], "person"),
    e(&["share"], "share"),
    e(&["barrel"], "barrel"),
    e(&["litre"], "litre"),
    e(&["liter"], "litre"),
    e(&["gallon"], "gallon"),
    e(&["metric", "ton"], "tonne"),
    e(&["tonne"], "tonne"),
    e(&["ton"], "ton"),
    e(&["kilogram"], "kilogram"),
    e(&["kilo"], "kilogram"),
    e(&["kg"], "kilogram"),
    e(&["pound"], "pound"),
    e(&["troy", "ounce"], "ounce"),
    e(&["ounce"], "ounce"),
    e(&["megawatt", "hour"], "megawatt hour"),
    e(&["mwh"], "megawatt hour"),
    e(&["kilowatt", "hour"], "kilowatt hour"),
    e(&["kwh"], "kilowatt hour"),
    e(&["square", "metre"], "square metre"),
    e(&["square", "meter"], "square metre"),
    e(&["square", "foot"], "square foot"),
    e(&["acre"], "acre"),
    e(&["hectare"], "hectare"),
];

/// `(unit, tokens)` of a per-unit at token `i`: `a barrel`, `an hour`,
/// `per litre`, `per capita`. Not `a week later` (when, not how often).
pub(super) fn per_unit(t: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    if !t.same_run(i) || !matches!(t.low(i), "a" | "an" | "per") {
        return None;
    }
    let (entry, len) = match_at(t, i + 1, PER).filter(|_| t.same_run(i + 1))?;
    let after = i + 1 + len;
    let when = t.same_line(after)
        && matches!(
            t.low(after),
            "later" | "ago" | "earlier" | "before" | "after"
        );
    // `a barrel-shaped`, `a day-long`: the word starts a compound.
    let compound = t.glued(after) && t.kind(after) == Some(Kind::Punct) && t.raw(after) == "-";
    (!when && !compound).then_some((entry.name, 1 + len))
}

/// One `&'static str` per distinct composed unit (`USD per barrel`). Units
/// are composed from the finite tables of this module and its siblings, so
/// the set stays small whatever the input.
pub(super) fn intern(s: String) -> &'static str {
    static SEEN: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut seen = SEEN
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(u) = seen.get(s.as_str()) {
        return u;
    }
    let u: &'static str = Box::leak(s.into_boxed_str());
    seen.insert(u);
    u
}

#[cfg(test)]
mod tests {
    use crate::extract::Dim;
    use crate::extract::quantities::testing::{cores, scan};

    #[test]
    fn the_denominator_is_part_of_the_unit() {
        assert_eq!(
            cores("131 cases per 100,000 people"),
            [(Dim::Quantity, "131", Some("per 100,000"))]
        );
        assert_eq!(cores("4.2 deaths per million")[0].2, Some("per million"));
        // Not past a conjunction, not before a figure that is no power of ten.
        assert_eq!(cores("5 deaths and 2 per 1,000").len(), 2);
        assert_eq!(cores("5 deaths per 300 people").len(), 2);
        assert_eq!(cores("6 litres per 100 km").len(), 2);
    }

    #[test]
    fn a_price_per_unit_keeps_its_amount() {
        // The core is the sum; the mention runs on over the per-unit.
        assert_eq!(
            cores("$80 a barrel"),
            [(Dim::Money, "$80", Some("USD per barrel"))]
        );
        assert_eq!(scan("$80 a barrel")[0].1, "$80 a barrel");
        assert_eq!(cores("paid $5 a week later")[0].2, Some("USD"));
        assert_eq!(
            cores("12 litres per person per day")[0].2,
            Some("litres per person per day")
        );
    }
}
