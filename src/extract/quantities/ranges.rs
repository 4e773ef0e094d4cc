//! Ranges: two figures read as one span (`between 1,000 and 1,500`, `from 5
//! to 7`, `10-15`, `between 44 mg and 50 mg`). A change is not a range
//! (`rose from 1,000 to 1,200`), nor is a score, a vote, a year or a phone
//! number.

use super::money::currency_before;
use crate::extract::numbers::{Form, Num, scale_word};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Amount, Mention};

/// `(amount, first token, token end, numbers used, rule)` for a range
/// starting at `nums[k]`: `between 1,000 and 1,500`, `from 5 to 7`, `10-15`.
pub(super) fn range(
    t: &Tokens,
    nums: &[Num],
    k: usize,
) -> (Amount, usize, usize, usize, Option<&'static str>) {
    let a = &nums[k];
    let single = (Amount::Exact(a.value), a.first, a.last, 1, None);
    let Some(b) = nums.get(k + 1) else {
        return single;
    };
    if b.ordinal || a.fraction != b.fraction {
        return single;
    }
    let mut gap = a.last;
    // A currency symbol repeated on the second figure: `$5-$7`.
    let sym = currency_before(t, b.first).map_or(0, |c| c.1);
    // A suspended hyphen: `8- to 16-meter`, `a 10- to 12-year sentence`:
    // the first figure shares the modifier of the second.
    if matches!(t.low(gap), "-" | "–")
        && t.glued(gap)
        && !t.glued(gap + 1)
        && t.low(gap + 1) == "to"
        && t.same_line(gap + 1)
    {
        gap += 1;
    }
    let link = t.low(gap);
    let before = if a.first > 0 { t.low(a.first - 1) } else { "" };
    let between = before == "between" && link == "and";
    let from_to = before == "from" && matches!(link, "to" | "-" | "–");
    let dash = matches!(link, "-" | "–" | "—") && t.same_line(gap);
    let to = link == "to" && !from_to;
    if !(between || from_to || dash || to) {
        return single;
    }
    gap += 1;
    if b.first != gap + sym || !t.same_line(b.first) {
        return single;
    }
    // A change, not a range: `rose from 1,000 to 1,200`.
    if from_to && a.first >= 2 && is_change_verb(t.low(a.first - 2)) {
        return single;
    }
    // `10-15` must read upwards; `68 to 31` is a vote and `3-1` a score.
    let mut lo = a.value;
    let hi = b.value;
    if !b.scaled || a.scaled {
        // no scale to share
    } else if let Some(s) = trailing_scale(t, b)
        && lo * s <= hi
    {
        lo *= s;
    }
    if hi <= lo {
        return single;
    }
    // A chain is no range: `+1-222-2222`, `three-nought-four`.
    if dash && (chained_before(t, a.first) || chained_after(t, b.last)) {
        return single;
    }
    // Digit ranges joined by a bare dash must look like counts, not years or codes.
    if dash && !between && !from_to && (looks_like_year(t, a) || looks_like_year(t, b)) {
        return single;
    }
    if (dash || to) && !between && !from_to && a.form != b.form && !(b.scaled) {
        return single;
    }
    let rule = if between {
        "range-between"
    } else if from_to {
        "range-from-to"
    } else if dash {
        "range-dash"
    } else {
        "range-to"
    };
    let first = if between || from_to {
        a.first - 1
    } else {
        a.first
    };
    (
        Amount::Range { min: lo, max: hi },
        first,
        b.last,
        2,
        Some(rule),
    )
}

/// A range whose ends both carry the unit: `between 44 mg and 50 mg`,
/// `from 10 dollars to 20 dollars`, `-18 °C to -34 °C`. Merges `m` into `p`.
pub(super) fn unit_range(t: &Tokens, p: &mut Mention, m: &Mention) -> bool {
    let (Amount::Exact(a), Amount::Exact(b)) = (p.value, m.value) else {
        return false;
    };
    if p.unit.is_none()
        || p.unit != m.unit
        || p.dim != m.dim
        || p.qualifier.is_some()
        || m.qualifier.is_some()
        || m.first != p.last + 1
        || !t.same_line(m.first)
    {
        return false;
    }
    let before = if p.first > 0 { t.low(p.first - 1) } else { "" };
    let ok = match t.low(p.last) {
        "and" => before == "between",
        "to" => !(before == "from" && p.first >= 2 && is_change_verb(t.low(p.first - 2))),
        "-" | "–" => true,
        _ => false,
    };
    if !ok || a == b {
        return false;
    }
    let link = t.low(p.last);
    let first = if before == "between" && link == "and" || before == "from" && link == "to" {
        p.first - 1
    } else {
        p.first
    };
    // The core leaves out `from` but keeps `between` (see `figure`).
    if before == "between" && link == "and" {
        p.core_start = t.toks[first].start();
    }
    p.value = Amount::Range {
        min: a.min(b),
        max: a.max(b),
    };
    p.first = first;
    p.start = t.toks[first].start();
    p.last = m.last;
    p.end = m.end;
    p.core_end = m.core_end;
    p.figure_end = m.figure_end;
    p.rule = "range-with-units";
    true
}

/// Whether token `first` is glued to a dash glued to another figure.
fn chained_before(t: &Tokens, first: usize) -> bool {
    first >= 2
        && matches!(t.low(first - 1), "-" | "–")
        && t.glued(first)
        && t.glued(first - 1)
        && t.kind(first - 2) != Some(Kind::Punct)
}

/// Whether a glued dash and another figure follow token `last - 1`.
fn chained_after(t: &Tokens, last: usize) -> bool {
    matches!(t.low(last), "-" | "–")
        && t.glued(last)
        && t.glued(last + 1)
        && (t.kind(last + 1) == Some(Kind::Digits)
            || crate::extract::numbers::unit_word(t.low(last + 1)).is_some())
}

fn is_change_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rise"
            | "rising"
            | "fell"
            | "fallen"
            | "fall"
            | "falling"
            | "increased"
            | "increase"
            | "decreased"
            | "climbed"
            | "jumped"
            | "dropped"
            | "grew"
            | "grown"
            | "declined"
            | "surged"
            | "soared"
            | "plunged"
            | "doubled"
            | "revised"
            | "raised"
            | "lowered"
            | "cut"
            | "up"
            | "down"
            | "went"
            | "changed"
    )
}

/// The scale word a number ends with (`1.5 million` -> 1e6).
fn trailing_scale(t: &Tokens, n: &Num) -> Option<f64> {
    let w = t.low(n.last - 1);
    scale_word(w).or(match w {
        "m" | "mn" | "mln" => Some(1e6),
        "bn" | "b" | "bln" => Some(1e9),
        "k" => Some(1e3),
        "tn" | "trn" => Some(1e12),
        _ => None,
    })
}

pub(super) fn looks_like_year(t: &Tokens, n: &Num) -> bool {
    n.form == Form::Digits
        && n.last == n.first + 1
        && t.raw(n.first).len() == 4
        && (1000.0..=2199.0).contains(&n.value)
}

#[cfg(test)]
mod tests {
    use crate::extract::quantities::mentions;
    use crate::extract::quantities::testing::cores;
    use crate::extract::tokens::Tokens;

    #[test]
    fn chains_are_not_ranges() {
        let t = Tokens::new("+1-222-2222");
        assert_eq!(mentions(&t).len(), 3);
        let t = Tokens::new("10-15 km");
        assert_eq!(mentions(&t).len(), 1);
    }

    #[test]
    fn the_core_of_a_range_leaves_from_out() {
        let text = "reduced from 44 mg to 50 mg and from 7 to 10";
        let t = Tokens::new(text);
        let ms = mentions(&t);
        assert_eq!(&text[ms[0].start..ms[0].end], "from 44 mg to 50 mg");
        assert_eq!(&text[ms[0].core_start..ms[0].core_end], "44 mg to 50 mg");
        assert_eq!(&text[ms[1].start..ms[1].end], "from 7 to 10");
        assert_eq!(&text[ms[1].core_start..ms[1].core_end], "7 to 10");
        // `between` is part of the range: `44 and 50 mg` alone is two figures.
        assert_eq!(cores("between 44 and 50 mg")[0].1, "between 44 and 50 mg");
        assert_eq!(
            cores("between 44 mg and 50 mg")[0].1,
            "between 44 mg and 50 mg"
        );
    }
}
