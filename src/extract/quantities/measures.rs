//! What a figure carries after it: percent, a currency name, a unit of time
//! or of measure; and the unit two figures share (`45 and 50 mg`). Units that
//! are also common words (`in`, `m`) are read only where the word cannot be
//! meant.

use super::currencies::currency_after;
use super::metres::metres_at;
use super::money::currency_before;
use super::ranges::looks_like_year;
use super::units::{MEASURE, PERCENT, TIME, match_at};
use crate::extract::Dim;
use crate::extract::numbers::{Form, Num};
use crate::extract::tokens::{Kind, Tokens};

/// What a figure at `n` carries right after it (token `last`): percent, a
/// currency name, a unit of time, inches or a unit of measure.
/// `(dim, unit, tokens, rule)`.
pub(super) fn suffix_unit(
    t: &Tokens,
    n: &Num,
    last: usize,
) -> Option<(Dim, &'static str, usize, &'static str)> {
    // A unit word joined by a hyphen makes a modifier (`a 10-dollar bill`,
    // `a one-yen bid`, `a 12-cent dividend`, `a 10-km march`, `a 5-percent
    // rise`): the same figure and unit as without the hyphen.
    let hy = usize::from(
        t.low(last) == "-" && t.glued(last) && t.glued(last + 1) && t.is_word(last + 1),
    );
    let u = last + hy;
    if let Some((e, len)) = match_at(t, u, PERCENT)
        .filter(|(_, len)| t.same_line(u) && !url_escape(t, n.first, u + len))
    {
        return Some((Dim::Percent, e.name, hy + len, "percent"));
    }
    if let Some((code, len)) = currency_after(t, u) {
        return Some((Dim::Money, code, hy + len, "money-name"));
    }
    if let Some((name, len)) = time_unit(t, last) {
        return Some((Dim::Duration, name, len, "duration"));
    }
    if inch(t, n, last) {
        return Some((Dim::Quantity, "inches", 1, "measure"));
    }
    if n.form != Form::Words && metres_at(t, n.first, last) {
        return Some((Dim::Quantity, "metres", 1, "measure"));
    }
    match_at(t, u, MEASURE)
        .filter(|(e, len)| {
            unit_ok(t, n, u)
                // `km2` must be glued; `10 km 2 days` is no area.
                && (!e.tokens[len - 1].as_bytes()[0].is_ascii_digit() || t.glued(u + len - 1))
        })
        .map(|(e, len)| (Dim::Quantity, e.name, hy + len, "measure"))
}

/// `%20`, `%2D`: URL escapes, not percentages.
fn url_escape(t: &Tokens, first: usize, after: usize) -> bool {
    (t.glued(after) && t.kind(after) != Some(Kind::Punct))
        || (first > 0 && t.glued(first) && t.raw(first - 1) == "%")
}

/// A unit of time after the figure: `20 days`, `two-day`, `three weeks`.
fn time_unit(t: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    let hyphen = t.low(i) == "-" && t.glued(i) && t.glued(i + 1);
    let j = if hyphen { i + 1 } else { i };
    if !t.same_line(j) {
        return None;
    }
    let (e, len) = match_at(t, j, TIME)?;
    // `six weeks' time`: a glued possessive apostrophe belongs to the unit.
    let k = j + len;
    let possessive = matches!(t.raw(k), "'" | "\u{2019}")
        && t.glued(k)
        && t.low(k - 1).ends_with('s')
        && !(t.glued(k + 1) && t.kind(k + 1) != Some(Kind::Punct));
    // `a 45-year-old`: an age, kept as a duration with its own rule downstream.
    Some((e.name, len + usize::from(hyphen) + usize::from(possessive)))
}

/// One unit shared by two figures joined by `and`/`or`: `45 and 50 mg`,
/// `5 or 6 km`, `10 and 20 per cent`. The first figure (no unit of its own,
/// `nums[k]` used alone, ending at token `last`) takes the unit, percent or
/// currency name written after the second; they stay two mentions. Not for
/// a year (`2019 and 5 years later`) nor before a second figure that has a
/// currency symbol of its own (`45 and $50`).
pub(super) fn shared_unit(
    t: &Tokens,
    nums: &[Num],
    k: usize,
    used: usize,
    last: usize,
) -> Option<(Dim, &'static str)> {
    let n = &nums[k];
    let b = nums.get(k + 1)?;
    if used != 1
        || !matches!(t.low(last), "and" | "or")
        || !t.same_line(last)
        || b.first != last + 1
        || !t.same_line(b.first)
        || b.ordinal
        || looks_like_year(t, n)
        || currency_before(t, b.first).is_some()
    {
        return None;
    }
    let (d, name, _, _) = suffix_unit(t, b, b.last)?;
    Some((d, name))
}

/// `in` as inches: glued (`2in`), or spaced before the end of the sentence
/// or text (`my pencil is 2 in.`) or before a dimension word (`2 1/2 in
/// thick`, `6 in long`, `3 in in diameter`). Never otherwise: `rose 2 in
/// March`, `5 in 2020`, `one in five` are the preposition.
fn inch(t: &Tokens, n: &Num, i: usize) -> bool {
    if t.low(i) != "in" || !t.same_line(i) {
        return false;
    }
    if t.glued(i) {
        return !(t.glued(i + 1) && t.kind(i + 1) != Some(Kind::Punct));
    }
    if n.form == Form::Words {
        return false;
    }
    let k = i + 1;
    k >= t.len()
        || matches!(t.raw(k), "." | "!" | "?")
        || t.same_line(k)
            && (matches!(
                t.low(k),
                "thick" | "long" | "wide" | "tall" | "high" | "deep" | "across"
            ) || t.low(k) == "in" && t.low(k + 1) == "diameter" && t.same_line(k + 1))
}

/// Units that are also common words need care: `in`, `m`, `g`.
fn unit_ok(t: &Tokens, n: &Num, i: usize) -> bool {
    if !t.same_line(i) {
        return false;
    }
    let w = t.low(i);
    // `mi` or `ft` glued or after digits are units; after words they rarely are.
    if w.len() <= 3 && n.form == Form::Words && !matches!(w, "km") {
        return false;
    }
    // A lone `l` is litres glued to the figure (`2l`) or as the capital
    // `L` (`3 L of water`); a spaced lowercase `l` is a list letter or a
    // typo far more often.
    w != "l" || t.glued(i) || t.raw(i) == "L"
}

#[cfg(test)]
mod tests {
    use crate::extract::Dim;
    use crate::extract::quantities::testing::{cores, scan};

    #[test]
    fn url_escapes_are_not_percentages() {
        assert!(scan("q=30%25%2020").iter().all(|m| m.0 != Dim::Percent));
        assert_eq!(scan("up 30% on")[0], (Dim::Percent, "30%".into()));
    }

    #[test]
    fn and_or_share_the_unit_of_the_second_figure() {
        assert_eq!(
            cores("given 45 and 50 mg ethanol"),
            [
                (Dim::Quantity, "45", Some("milligrams")),
                (Dim::Quantity, "50 mg", Some("milligrams"))
            ]
        );
        assert_eq!(
            cores("5 or 6 km")[0],
            (Dim::Quantity, "5", Some("kilometres"))
        );
        assert_eq!(
            cores("10 and 20 per cent")[0],
            (Dim::Percent, "10", Some("percent"))
        );
        assert_eq!(
            cores("10 and 20 dollars")[0],
            (Dim::Money, "10", Some("USD"))
        );
        // Not a year, not before a figure with its own symbol, not with a
        // word between, not between lines.
        assert_eq!(cores("in 2019 and 5 years later")[0].2, None);
        assert_eq!(cores("45 and $50")[0].2, None);
        assert_eq!(cores("45 and then 50 mg")[0].2, None);
        assert_eq!(cores("45 and\n50 mg")[0].2, None);
        // `between` makes one range instead.
        assert_eq!(cores("between 45 and 50 mg").len(), 1);
    }

    #[test]
    fn in_is_inches_only_where_it_cannot_be_the_preposition() {
        assert_eq!(cores("my pencil is 2 in.")[0].2, Some("inches"));
        assert_eq!(cores("2 1/2 in thick")[0].1, "2 1/2 in");
        for text in ["rose 2 in March", "5 in 2020", "2 in the end", "two in."] {
            assert!(cores(text).iter().all(|m| m.2.is_none()), "{text}");
        }
    }

    #[test]
    fn a_possessive_apostrophe_joins_a_unit_of_time() {
        assert_eq!(cores("in six weeks' time")[0].1, "six weeks'");
        assert_eq!(cores("in six weeks\u{2019} time")[0].1, "six weeks\u{2019}");
        assert_eq!(cores("six weeks 'til")[0].1, "six weeks");
    }

    #[test]
    fn a_hyphen_joins_only_a_unit_word() {
        // Figures, not units, after the hyphen: a range, a score, a product.
        assert_eq!(
            cores("10-15 km"),
            [(Dim::Quantity, "10-15 km", Some("kilometres"))]
        );
        assert!(cores("the 3-1 win").iter().all(|m| m.2.is_none()));
        assert!(cores("a 2-in-1 laptop").iter().all(|m| m.2.is_none()));
        // A hyphen spaced on one side joins nothing.
        assert!(cores("10 -dollar").iter().all(|m| m.2.is_none()));
    }
}
