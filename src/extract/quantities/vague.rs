//! Amounts with no figure of their own: vague amounts (`tens of thousands`,
//! `hundreds of`, `several million`) as ranges, multiplicatives (`twice`,
//! `tenfold`), and `a`/`an` as one unit of time or measure after a hedge
//! (`nearly an hour`, `more than a decade`, `about a kilometre`).

use super::hedges::hedge;
use super::units::{MEASURE, TIME, match_at};
use crate::extract::numbers::scale_word;
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Amount, Dim, Mention};

/// Vague amounts (`tens of thousands`, `hundreds of`) and multiplicatives
/// (`twice`) in tokens `from..to`, which hold no number token.
pub(super) fn words_only(t: &Tokens, from: usize, to: usize, out: &mut Vec<Mention>) -> usize {
    let mut i = from;
    while i < to {
        if t.kind(i) != Some(Kind::Word) {
            i += 1;
            continue;
        }
        if let Some((min, max, len, rule)) = vague(t, i).filter(|v| i + v.2 <= to) {
            let (q, first, last) = hedge(t, i, i + len, Dim::Number);
            out.push(Mention {
                start: t.toks[first].start(),
                end: t.toks[last - 1].end(),
                dim: Dim::Number,
                value: Amount::Range { min, max },
                qualifier: q.or(Some(rule)),
                unit: None,
                rule,
                core_start: t.toks[i].start(),
                core_end: t.toks[i + len - 1].end(),
                figure_start: t.toks[i].start(),
                figure_end: t.toks[i + len - 1].end(),
                first,
                last,
                words: true,
            });
            i += len;
            continue;
        }
        if let Some((dim, unit, len)) = one_unit(t, i).filter(|u| i + u.2 <= to)
            && let (Some(q), first, last) = hedge(t, i, i + len, dim)
        {
            out.push(Mention {
                start: t.toks[first].start(),
                end: t.toks[last - 1].end(),
                dim,
                value: Amount::Exact(1.0),
                qualifier: Some(q),
                unit: Some(unit),
                rule: "a-unit",
                core_start: t.toks[i].start(),
                core_end: t.toks[i + len - 1].end(),
                figure_start: t.toks[i].start(),
                figure_end: t.toks[i].end(),
                first,
                last,
                words: true,
            });
            i += len;
            continue;
        }
        if let Some(v) = multiplicative(t.low(i)) {
            out.push(Mention {
                start: t.toks[i].start(),
                end: t.toks[i].end(),
                dim: Dim::Number,
                value: Amount::Exact(v),
                qualifier: None,
                unit: Some("times"),
                rule: "multiplicative",
                core_start: t.toks[i].start(),
                core_end: t.toks[i].end(),
                figure_start: t.toks[i].start(),
                figure_end: t.toks[i].end(),
                first: i,
                last: i + 1,
                words: true,
            });
        }
        i += 1;
    }
    to
}

/// `a`/`an` + one unit of time or measure at token `i`: `(dim, unit,
/// tokens)`. The caller keeps it only after a hedge: `nearly an hour` is a
/// claim about a length, `a week` alone is mostly a frame (`a week later`,
/// `twice a week`). Currencies never count: `a pound of rice` is weight,
/// `a dollar` a coin or a figure of speech. Abbreviations never follow
/// `a` in copy (`a km`), so short measure words are left out.
fn one_unit(t: &Tokens, i: usize) -> Option<(Dim, &'static str, usize)> {
    if !matches!(t.low(i), "a" | "an") || !t.same_run(i + 1) {
        return None;
    }
    // `a day-long strike`, `an hour-by-hour`: the unit starts a compound.
    let compound = |end: usize| t.raw(end) == "-" && t.glued(end);
    if let Some((e, len)) = match_at(t, i + 1, TIME).filter(|(_, len)| !compound(i + 1 + len)) {
        return Some((Dim::Duration, e.name, 1 + len));
    }
    match_at(t, i + 1, MEASURE)
        .filter(|(e, len)| e.tokens[0].len() > 3 && !compound(i + 1 + len))
        .map(|(e, len)| (Dim::Quantity, e.name, 1 + len))
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
