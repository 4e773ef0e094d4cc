//! `m` after a figure: metres or million.
//!
//! News copy writes both as `m` (`£400m`, `4m people`; `400m of the main
//! street`, `a 50m-long wall`). Million stays the reading unless the words
//! around say length:
//!
//! - never with a currency before or after (`£400m`, `$4m`, `400m euros`);
//! - a dimension word after (`8m wide`, `3m deep`, `20m away`, `2m in
//!   diameter`), also joined by a hyphen (`a 50m-long wall`, `a 3m-high
//!   fence`); a level (`4m above sea level`, `8m below the surface`), not a
//!   target (`2m below target`);
//! - `from` + a place after (`30m from the shore`), not a time, a figure
//!   or a giver (`4m from a year earlier`, `4m from 3m`, `4m from donors`);
//! - `of` + something that runs in a line (`400m of the main street`,
//!   `200m of fencing`), not people or money (`4m of them`);
//! - a race (`the 100m sprint`, `400m hurdles`);
//! - a word of length before (`a depth of 8m`, `measuring 20m`).

use super::currencies::currency_after;
use super::money::currency_before;
use crate::extract::tokens::Tokens;

/// Whether the `m` at token `m`, after the figure starting at token
/// `first`, is metres.
pub(crate) fn metres_at(t: &Tokens, first: usize, m: usize) -> bool {
    if t.low(m) != "m" || !t.same_line(m) || currency_before(t, first).is_some() {
        return false;
    }
    let a = m + 1;
    if currency_after(t, a).is_some() {
        return false;
    }
    let next = if t.same_line(a) { t.low(a) } else { "" };
    if next == "-" && t.glued(a) && t.glued(a + 1) {
        return DIMENSIONS.contains(&t.low(a + 1));
    }
    // `4m long-term unemployed`, `4m high-income homes`: the word starts a
    // compound adjective; `4m across Europe`: across a place, not a width.
    let compound = t.raw(a + 1) == "-" && t.glued(a + 1);
    let across_ok = next != "across" || !t.same_line(a + 1) || !t.is_word(a + 1);
    DIMENSIONS.contains(&next) && !compound && across_ok
        || AWAY.contains(&next)
        || RACES.contains(&next)
        || next == "in" && t.same_line(a + 1) && MEASURES.contains(&t.low(a + 1))
        || next == "from" && from_a_place(t, a + 1)
        || matches!(next, "above" | "below" | "beneath" | "under") && level(t, a + 1)
        || next == "of" && of_a_line(t, a + 1)
        || length_before(t, first)
}

/// Words that give the dimension a length measures (`8m wide`).
const DIMENSIONS: &[&str] = &[
    "wide", "long", "deep", "high", "tall", "thick", "across", "broad", "square",
];

/// Words that place something a distance away (`20m away`, `8m below`).
const AWAY: &[&str] = &[
    "away",
    "apart",
    "offshore",
    "inland",
    "overhead",
    "underground",
    "underwater",
    "downstream",
    "upstream",
];

/// Races and swimming events named by their length (`the 100m sprint`).
const RACES: &[&str] = &[
    "sprint",
    "hurdles",
    "freestyle",
    "butterfly",
    "backstroke",
    "breaststroke",
    "medley",
    "relay",
    "dash",
    "steeplechase",
];

/// Nouns of a dimension after `in` (`2m in diameter`) or before `of` (`a
/// depth of 8m`).
const MEASURES: &[&str] = &[
    "height",
    "length",
    "width",
    "depth",
    "diameter",
    "circumference",
    "radius",
    "altitude",
    "elevation",
    "distance",
    "span",
    "wingspan",
];

/// `from the shore`, `from the nearest house`: a place a distance is
/// measured from. Only places count: `4m from donors` and `4m from the EU`
/// are sums.
fn from_a_place(t: &Tokens, i: usize) -> bool {
    (i..i + 3)
        .take_while(|&k| t.is_word(k) && t.same_line(k))
        .any(|k| PLACES.contains(&t.low(k)) || LINES.contains(&t.low(k)))
}

/// Places a distance is given from.
const PLACES: &[&str] = &[
    "shore",
    "epicentre",
    "epicenter",
    "edge",
    "site",
    "scene",
    "building",
    "house",
    "houses",
    "home",
    "homes",
    "school",
    "hospital",
    "crater",
    "surface",
    "ground",
    "summit",
    "top",
    "bottom",
    "entrance",
    "gate",
    "camp",
    "frontline",
    "front",
    "centre",
    "center",
    "bank",
    "water",
    "sea",
    "ship",
    "vessel",
    "tower",
    "plant",
    "reactor",
    "well",
    "mine",
];

/// `above sea level`, `below the surface`: a level, not a target (`2m
/// below target` is a sum).
fn level(t: &Tokens, i: usize) -> bool {
    let k = if t.low(i) == "the" { i + 1 } else { i };
    t.same_line(i)
        && t.same_line(k)
        && matches!(
            t.low(k),
            "sea" | "ground" | "street" | "water" | "surface" | "seabed" | "deck" | "river"
        )
}

/// Things measured by the length of a stretch of them (`400m of the main
/// street`, `200m of new fencing`).
const LINES: &[&str] = &[
    "street",
    "streets",
    "road",
    "roads",
    "roadway",
    "track",
    "tracks",
    "runway",
    "wall",
    "walls",
    "fence",
    "fencing",
    "coast",
    "coastline",
    "shoreline",
    "beach",
    "river",
    "riverbank",
    "cable",
    "cables",
    "pipe",
    "pipes",
    "piping",
    "pipeline",
    "tunnel",
    "tunnels",
    "border",
    "barrier",
    "rail",
    "railway",
    "line",
    "trench",
    "trenches",
    "levee",
    "embankment",
    "seawall",
    "dyke",
    "dike",
    "bridge",
    "quay",
    "pier",
    "promenade",
    "canal",
    "motorway",
    "highway",
    "footpath",
    "path",
    "trail",
    "corridor",
    "rope",
    "wire",
    "hose",
];

/// `of` + up to three words, one of which runs in a line.
fn of_a_line(t: &Tokens, i: usize) -> bool {
    (i..i + 4)
        .take_while(|&k| t.is_word(k) && t.same_line(k))
        .any(|k| LINES.contains(&t.low(k)))
}

/// `a depth of 8m`, `a height of about 3m`, `measuring 20m`.
fn length_before(t: &Tokens, first: usize) -> bool {
    let mut k = first;
    // Skip a hedge of up to two words (`of about`, `of more than`).
    for _ in 0..2 {
        if k > 0 && t.same_line(k) && HEDGE_WORDS.contains(&t.low(k - 1)) {
            k -= 1;
        }
    }
    if k == 0 || !t.same_line(k) {
        return false;
    }
    let w = t.low(k - 1);
    matches!(w, "measuring" | "measures" | "measured")
        || w == "of" && k >= 2 && t.same_line(k - 1) && MEASURES.contains(&t.low(k - 2))
}

const HEDGE_WORDS: &[&str] = &[
    "about", "around", "nearly", "almost", "roughly", "some", "than", "more", "over", "up", "to",
    "least", "at", "just", "under",
];

#[cfg(test)]
mod tests {
    use crate::extract::Dim;
    use crate::extract::quantities::testing::cores;

    #[test]
    fn m_is_metres_only_where_the_words_say_length() {
        for text in [
            "about 400m of the main street",
            "craters more than 8m wide",
            "a 50m-long wall",
            "30m from the shore",
            "the 100m sprint",
            "a depth of about 8m",
            "8m below the surface",
            "a crater 10m across.",
        ] {
            let got = cores(text);
            assert_eq!(got[0].0, Dim::Quantity, "{text}");
            assert_eq!(got[0].2, Some("metres"), "{text}");
        }
        for text in [
            "£400m of the budget",
            "400m euros",
            "4m people",
            "4m of them",
            "rose to 4m from 3m",
            "up 4m from a year earlier",
            "raised 4m from donors",
            "2m below target",
            "4m long-term unemployed",
            "4m across Europe",
        ] {
            assert!(cores(text).iter().all(|m| m.2 != Some("metres")), "{text}");
        }
    }
}
