//! Lengths that place something: `about 30 km (19 miles) east of the city`,
//! `12 miles from the coast`, `some 70km to the west`. What is checked is a
//! distance, and a conversion in parentheses is the same distance in its own
//! unit, so the subject names the unit as written.

use crate::extract::counts::Context;
use crate::extract::tokens::Tokens;
use crate::extract::{Dim, Mention};

fn length_unit(unit: Option<&str>) -> bool {
    matches!(
        unit,
        Some(
            "kilometres"
                | "miles"
                | "metres"
                | "feet"
                | "yards"
                | "centimetres"
                | "inches"
                | "millimetres"
        )
    )
}

fn direction(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
            | "upstream"
            | "downstream"
            | "inland"
            | "offshore"
            | "-"
    )
}

/// Words a place phrase runs on through (`from the port of X`).
fn place_link(w: &str) -> bool {
    matches!(w, "of" | "the" | "a" | "an" | "from" | "to" | "off" | "-")
}

/// `distance in km north-west of X` for a length followed by where it is
/// measured from; `None` for lengths of things (`a 2km queue`).
pub fn distance(t: &Tokens, m: &Mention, cx: &Context) -> Option<String> {
    let floor = cx.sentence_start;
    let end = cx.sentence_end;
    if m.dim != Dim::Quantity || !length_unit(m.unit) {
        return None;
    }
    if m.first > floor && t.low(m.first - 1) == "of" {
        return None;
    }
    let mut k = m.last;
    if t.low(k) == ")" && m.first > floor && t.low(m.first - 1) == "(" {
        k += 1;
    } else if t.low(k) == "("
        && let Some(c) = (k + 1..(k + 8).min(end)).find(|&i| t.low(i) == ")")
    {
        k = c + 1;
    }
    let start = k;
    while k < end && direction(t.low(k)) {
        k += 1;
    }
    let to_side = t.low(k) == "to" && (k + 1..k + 3).any(|i| direction(t.low(i)));
    let anchored = matches!(t.low(k), "from" | "off") || (k > start && t.low(k) == "of");
    let away = k > start && t.low(k) == "away";
    if !(anchored || to_side || away) {
        return None;
    }
    let mut e = k + 1;
    while e < end && e < k + 8 && (t.is_word(e) || t.low(e) == "-") {
        let w = t.low(e);
        let stop = crate::extract::counts::lexicon::stop_word(w) && !place_link(w);
        if stop || (w.ends_with("ly") && w.len() > 4) {
            break;
        }
        e += 1;
    }
    while e > k + 1 && place_link(t.low(e - 1)) {
        e -= 1;
    }
    let unit = t.text[m.figure_end..m.core_end].trim();
    let unit = unit.trim_start_matches('-').trim();
    if unit.is_empty() {
        return None;
    }
    let place = &t.text[t.toks[start].start()..t.toks[e - 1].end()];
    Some(format!("distance in {unit} {place}"))
}
