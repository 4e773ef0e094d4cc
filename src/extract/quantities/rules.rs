//! Rules that turn bare numbers into mentions: ranges, vague amounts,
//! multiplicatives, currencies, percentages, units, durations and hedges.

use super::units::{
    CURRENCY_AFTER, CURRENCY_BEFORE, HEDGE_AFTER, HEDGE_BEFORE, MEASURE, PERCENT, TIME, match_at,
    seq_at,
};
use crate::extract::numbers::{Form, Num, numbers, scale_word};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Amount, Dim, Mention};

/// All mentions in the token stream, in text order, never overlapping.
pub fn mentions(t: &Tokens) -> Vec<Mention> {
    let nums = numbers(t);
    let mut out: Vec<Mention> = Vec::with_capacity(nums.len());
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
    let (mut amount, mut first, mut last, used, range_rule) = range(t, nums, k);
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
    let closes_previous = first >= 2
        && t.kind(first - 2) == Some(Kind::Digits)
        && match_at(t, last, CURRENCY_AFTER).is_some_and(|_| t.same_line(last));
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
        && let Some((_, len)) = match_at(t, last, CURRENCY_AFTER)
            .filter(|(e, _)| t.same_line(last) && t.is_word(last) && e.tokens[0] != "$")
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
    let (qualifier, hedge_first, hedge_last) = hedge(t, first, last);
    let mut m = mention(t, hedge_first, hedge_last, dim, amount, n);
    m.core_start = t.toks[core_first].start;
    m.core_end = t.toks[last - 1].end;
    m.figure_end = nums[k + used - 1].end;
    m.qualifier = qualifier;
    m.unit = unit;
    m.rule = rule;
    (m, used)
}

/// A range whose ends both carry the unit: `between 44 mg and 50 mg`,
/// `from 10 dollars to 20 dollars`, `-18 °C to -34 °C`. Merges `m` into `p`.
fn unit_range(t: &Tokens, p: &mut Mention, m: &Mention) -> bool {
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
        p.core_start = t.toks[first].start;
    }
    p.value = Amount::Range {
        min: a.min(b),
        max: a.max(b),
    };
    p.first = first;
    p.start = t.toks[first].start;
    p.last = m.last;
    p.end = m.end;
    p.core_end = m.core_end;
    p.figure_end = m.figure_end;
    p.rule = "range-with-units";
    true
}

/// `%20`, `%2D`: URL escapes, not percentages.
fn url_escape(t: &Tokens, first: usize, after: usize) -> bool {
    (t.glued(after) && t.kind(after) != Some(Kind::Punct))
        || (first > 0 && t.glued(first) && t.raw(first - 1) == "%")
}

/// Cents after a sum: `3 dollars 50 cents`, `$20 and 43c`, `15 dollars 50.`
fn cents_after(t: &Tokens, last: usize) -> Option<(f64, usize)> {
    let mut j = last;
    if t.low(j) == "and" && t.same_line(j) {
        j += 1;
    }
    if !t.same_line(j) {
        return None;
    }
    let n = match t.kind(j) {
        Some(Kind::Digits) if t.raw(j).bytes().all(|b| b.is_ascii_digit()) => {
            let v = crate::extract::numbers::parse_digits(t.raw(j))?;
            (v, j + 1)
        }
        Some(Kind::Word) => {
            let ns = crate::extract::numbers::numbers_at(t, j)?;
            (ns.value, ns.last)
        }
        _ => return None,
    };
    let (v, k) = n;
    if !((1.0..100.0).contains(&v) && v.fract() == 0.0) {
        return None;
    }
    let w = t.low(k);
    if matches!(
        w,
        "cents" | "cent" | "c" | "pence" | "p" | "sen" | "sens" | "kopiykas" | "¢"
    ) && t.same_line(k)
    {
        return Some((v / 100.0, k + 1));
    }
    // A bare figure counts only at the end of the phrase: `15 dollars 50.`
    if j == last && (k >= t.len() || matches!(t.low(k), "." | "," | ";" | "!" | "?")) {
        return Some((v / 100.0, k));
    }
    None
}

fn mention(t: &Tokens, first: usize, last: usize, dim: Dim, value: Amount, n: &Num) -> Mention {
    Mention {
        start: t.toks[first].start,
        end: t.toks[last - 1].end,
        dim,
        value,
        qualifier: None,
        unit: None,
        rule: n.rule,
        core_start: t.toks[first].start,
        core_end: t.toks[last - 1].end,
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

/// `(amount, first token, token end, numbers used, rule)` for a range
/// starting at `nums[k]`: `between 1,000 and 1,500`, `from 5 to 7`, `10-15`.
fn range(
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

pub(crate) fn looks_like_year(t: &Tokens, n: &Num) -> bool {
    n.form == Form::Digits
        && n.last == n.first + 1
        && t.raw(n.first).len() == 4
        && (1000.0..=2199.0).contains(&n.value)
}

/// `(ISO code, tokens)` of a currency written right before token `i`.
fn currency_before(t: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    for e in CURRENCY_BEFORE {
        let len = e.tokens.len();
        if i < len || !seq_at(t, i - len, e.tokens) || !t.same_line(i) {
            continue;
        }
        // Multi-token symbols (`US$`) must be glued; codes need not be.
        // ... except before the `$` of a code of two letters or more (`hk $ 10`).
        let spaced_ok =
            |j: usize| j == i - 1 && e.tokens[len - 1] == "$" && (len > 2 || e.tokens[0].len() > 1);
        if len > 1 && !(i - len + 1..i).all(|j| t.glued(j) || spaced_ok(j)) {
            continue;
        }
        // A single letter before `$` that is really a word (`a $5 fee`) is not `A$`.
        if len == 2 && e.tokens[0].len() == 1 && !t.capitalized(i - 2) {
            continue;
        }
        return Some((e.name, len));
    }
    None
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

/// What a figure at `n` carries right after it (token `last`): percent, a
/// currency name, a unit of time, inches or a unit of measure.
/// `(dim, unit, tokens, rule)`.
fn suffix_unit(
    t: &Tokens,
    n: &Num,
    last: usize,
) -> Option<(Dim, &'static str, usize, &'static str)> {
    if let Some((e, len)) = match_at(t, last, PERCENT)
        .filter(|(_, len)| t.same_line(last) && !url_escape(t, n.first, last + len))
    {
        return Some((Dim::Percent, e.name, len, "percent"));
    }
    if let Some((e, len)) = match_at(t, last, CURRENCY_AFTER).filter(|_| t.same_line(last)) {
        return Some((Dim::Money, e.name, len, "money-name"));
    }
    if let Some((name, len)) = time_unit(t, last) {
        return Some((Dim::Duration, name, len, "duration"));
    }
    if inch(t, n, last) {
        return Some((Dim::Quantity, "inches", 1, "measure"));
    }
    match_at(t, last, MEASURE)
        .filter(|(e, len)| {
            unit_ok(t, n, last)
                // `km2` must be glued; `10 km 2 days` is no area.
                && (!e.tokens[len - 1].as_bytes()[0].is_ascii_digit() || t.glued(last + len - 1))
        })
        .map(|(e, len)| (Dim::Quantity, e.name, len, "measure"))
}

/// One unit shared by two figures joined by `and`/`or`: `45 and 50 mg`,
/// `5 or 6 km`, `10 and 20 per cent`. The first figure (no unit of its own,
/// `nums[k]` used alone, ending at token `last`) takes the unit, percent or
/// currency name written after the second; they stay two mentions. Not for
/// a year (`2019 and 5 years later`) nor before a second figure that has a
/// currency symbol of its own (`45 and $50`).
fn shared_unit(
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
    // `-` glued units: `a 10-km march`.
    true
}

/// The hedge around tokens `first..last`: `(qualifier, new first, new last)`.
fn hedge(t: &Tokens, first: usize, last: usize) -> (Option<&'static str>, usize, usize) {
    for (seq, q) in HEDGE_AFTER {
        if seq_at(t, last, seq) && (seq[0] != "-" || t.glued(last)) && t.same_line(last) {
            return (Some(q), first, last + seq.len());
        }
    }
    for (seq, q) in HEDGE_BEFORE {
        let len = seq.len();
        if first >= len && seq_at(t, first - len, seq) && t.same_line(first) {
            return (Some(q), first - len, last);
        }
    }
    (None, first, last)
}

/// Vague amounts (`tens of thousands`, `hundreds of`) and multiplicatives
/// (`twice`) in tokens `from..to`, which hold no number token.
fn words_only(t: &Tokens, from: usize, to: usize, out: &mut Vec<Mention>) -> usize {
    let mut i = from;
    while i < to {
        if t.kind(i) != Some(Kind::Word) {
            i += 1;
            continue;
        }
        if let Some((min, max, len, rule)) = vague(t, i).filter(|v| i + v.2 <= to) {
            let (q, first, last) = hedge(t, i, i + len);
            out.push(Mention {
                start: t.toks[first].start,
                end: t.toks[last - 1].end,
                dim: Dim::Number,
                value: Amount::Range { min, max },
                qualifier: q.or(Some(rule)),
                unit: None,
                rule,
                core_start: t.toks[i].start,
                core_end: t.toks[i + len - 1].end,
                figure_start: t.toks[i].start,
                figure_end: t.toks[i + len - 1].end,
                first,
                last,
                words: true,
            });
            i += len;
            continue;
        }
        if let Some(v) = multiplicative(t.low(i)) {
            out.push(Mention {
                start: t.toks[i].start,
                end: t.toks[i].end,
                dim: Dim::Number,
                value: Amount::Exact(v),
                qualifier: None,
                unit: Some("times"),
                rule: "multiplicative",
                core_start: t.toks[i].start,
                core_end: t.toks[i].end,
                figure_start: t.toks[i].start,
                figure_end: t.toks[i].end,
                first: i,
                last: i + 1,
                words: true,
            });
        }
        i += 1;
    }
    to
}

fn multiplicative(w: &str) -> Option<f64> {
    Some(match w {
        "once" => 1.0,
        "twice" => 2.0,
        "thrice" => 3.0,
        "twofold" => 2.0,
        "threefold" => 3.0,
        "fourfold" => 4.0,
        "fivefold" => 5.0,
        "tenfold" => 10.0,
        _ => return None,
    })
}

/// `(min, max, tokens, rule)` for a vague amount at token `i`. Plurals mean
/// at least two of the unit: `hundreds` is 200 to 999.
fn vague(t: &Tokens, i: usize) -> Option<(f64, f64, usize, &'static str)> {
    let w = t.low(i);
    let next_is_number_word = |j: usize| {
        t.kind(j) == Some(Kind::Digits) || crate::extract::numbers::unit_word(t.low(j)).is_some()
    };
    let followed = |j: usize| {
        t.same_line(j) && (t.low(j) == "of" || (t.is_word(j) && !next_is_number_word(j)))
    };
    // `tens of thousands`, `hundreds of thousands`, `tens of millions`
    if matches!(w, "tens" | "hundreds")
        && t.low(i + 1) == "of"
        && let Some(s) = scale_word(t.low(i + 2)).filter(|_| t.low(i + 2).ends_with('s'))
    {
        {
            let unit = if w == "tens" { 10.0 } else { 100.0 };
            let rule = match (w, t.low(i + 2)) {
                ("tens", "thousands") => "tens of thousands",
                ("tens", "millions") => "tens of millions",
                ("hundreds", "thousands") => "hundreds of thousands",
                ("hundreds", "millions") => "hundreds of millions",
                _ => "vague",
            };
            return Some((2.0 * unit * s, 10.0 * unit * s - 1.0, 3, rule));
        }
    }
    let (min, max, rule) = match w {
        "dozens" => (24.0, 99.0, "dozens"),
        "scores" if t.low(i + 1) == "of" => (40.0, 199.0, "scores"),
        "hundreds" => (200.0, 999.0, "hundreds"),
        "thousands" => (2000.0, 9999.0, "thousands"),
        "millions" => (2e6, 9_999_999.0, "millions"),
        "billions" => (2e9, 9_999_999_999.0, "billions"),
        "several" | "few" => {
            let s = scale_word(t.low(i + 1)).filter(|_| !t.low(i + 1).ends_with('s'));
            let s = s.or((t.low(i + 1) == "hundred").then_some(100.0))?;
            if w == "few" && !(i > 0 && t.low(i - 1) == "a") {
                return None;
            }
            let (lo, hi, rule) = if w == "several" {
                (3.0, 9.0, "several")
            } else {
                (2.0, 5.0, "a few")
            };
            return Some((lo * s, hi * s, 2, rule));
        }
        _ => return None,
    };
    if !followed(i + 1) {
        return None;
    }
    Some((min, max, 1, rule))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Vec<(Dim, String)> {
        let t = Tokens::new(text);
        mentions(&t)
            .iter()
            .map(|m| (m.dim, text[m.start..m.end].to_string()))
            .collect()
    }

    #[test]
    fn url_escapes_are_not_percentages() {
        assert!(scan("q=30%25%2020").iter().all(|m| m.0 != Dim::Percent));
        assert_eq!(scan("up 30% on")[0], (Dim::Percent, "30%".into()));
    }

    #[test]
    fn a_symbol_between_two_sums_closes_the_first() {
        let got = scan("10 rmb 20 usd");
        assert_eq!(
            got,
            [(Dim::Money, "10 rmb".into()), (Dim::Money, "20 usd".into())]
        );
        let got = scan("$ 20,000.00 $ 37,305.97");
        assert_eq!(got[0].1, "$ 20,000.00");
        assert_eq!(got[1].1, "$ 37,305.97");
    }

    #[test]
    fn cents_join_the_sum_only_when_they_are_cents() {
        assert_eq!(
            scan("3 dollars 50 cents"),
            [(Dim::Money, "3 dollars 50 cents".into())]
        );
        // A bare figure after the sum is cents only at the end of a phrase.
        assert_eq!(scan("$5 and 3 people").len(), 2);
    }

    #[test]
    fn chains_are_not_ranges() {
        let t = Tokens::new("+1-222-2222");
        assert_eq!(mentions(&t).len(), 3);
        let t = Tokens::new("10-15 km");
        assert_eq!(mentions(&t).len(), 1);
    }

    /// `(dim, core text, unit)` of each mention.
    fn cores(text: &str) -> Vec<(Dim, &str, Option<&'static str>)> {
        let t = Tokens::new(text);
        mentions(&t)
            .iter()
            .map(|m| (m.dim, &text[m.core_start..m.core_end], m.unit))
            .collect()
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
    fn core_and_figure_spans_leave_the_hedge_out() {
        let text = "nearly $3.5bn";
        let t = Tokens::new(text);
        let m = &mentions(&t)[0];
        assert_eq!(&text[m.start..m.end], "nearly $3.5bn");
        assert_eq!(&text[m.core_start..m.core_end], "$3.5bn");
        assert_eq!(&text[m.figure_start..m.figure_end], "3.5bn");
    }
}
