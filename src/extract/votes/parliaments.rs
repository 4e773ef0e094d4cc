//! Parliaments: those known by one name (`Knesset`, `Rada` -> `Verkhovna
//! Rada`), normalized to the name a fact-checker looks up, and a
//! parliament named by its country (`the Kaldorian parliament`, `Hungary's
//! parliament`), kept as written: the adjective is all the text gives, and
//! turning it into a country's official chamber would need a table of
//! every country's parliament.

use super::bodies::{owner, seq};
use crate::extract::tokens::Tokens;

/// Parliaments known by one name, with their normalized form.
pub(super) const NAMED: &[(&[&str], &str)] = &[
    (&["verkhovna", "rada"], "Verkhovna Rada"),
    (&["rada"], "Verkhovna Rada"),
    (&["state", "duma"], "State Duma"),
    (&["duma"], "State Duma"),
    (&["bundestag"], "Bundestag"),
    (&["bundesrat"], "Bundesrat"),
    (&["knesset"], "Knesset"),
    (&["sejm"], "Sejm"),
    (&["riksdag"], "Riksdag"),
    (&["storting"], "Storting"),
    (&["folketing"], "Folketing"),
    (&["eduskunta"], "Eduskunta"),
    (&["dáil"], "Dáil"),
    (&["dail"], "Dáil"),
    (&["seanad"], "Seanad"),
    (&["lok", "sabha"], "Lok Sabha"),
    (&["rajya", "sabha"], "Rajya Sabha"),
    (&["majlis"], "Majlis"),
    (&["federation", "council"], "Federation Council"),
    (&["legislative", "yuan"], "Legislative Yuan"),
    (&["legislative", "council"], "Legislative Council"),
    (&["european", "parliament"], "European Parliament"),
    (&["eu", "parliament"], "European Parliament"),
    (&["house", "of", "commons"], "House of Commons"),
    (&["house", "of", "lords"], "House of Lords"),
    (&["scottish", "parliament"], "Scottish Parliament"),
    (&["senedd"], "Senedd"),
    (&["national", "assembly"], "National Assembly"),
    (&["congress", "of", "deputies"], "Congress of Deputies"),
    (&["chamber", "of", "deputies"], "Chamber of Deputies"),
    (&["world", "health", "assembly"], "World Health Assembly"),
    (
        &["international", "court", "of", "justice"],
        "International Court of Justice",
    ),
    (&["icj"], "International Court of Justice"),
    (
        &["european", "court", "of", "human", "rights"],
        "European Court of Human Rights",
    ),
    (&["constitutional", "court"], "Constitutional Court"),
    (
        &["iaea", "board", "of", "governors"],
        "IAEA Board of Governors",
    ),
    (&["iaea", "board"], "IAEA Board of Governors"),
    (
        &[
            "parliamentary",
            "assembly",
            "of",
            "the",
            "council",
            "of",
            "europe",
        ],
        "PACE",
    ),
    (&["pace"], "PACE"),
];

/// A parliament of [`NAMED`] at token `i`.
pub(super) fn parliament(t: &Tokens, i: usize, last: usize) -> Option<(usize, &'static str)> {
    if !t.capitalized(i) && t.low(i) != "iaea" {
        return None;
    }
    NAMED
        .iter()
        .find_map(|(w, name)| seq(t, i, last, w).map(|e| (e, *name)))
        // `Commons` and `Lords` alone are their houses after `the`.
        .or_else(|| {
            (i > 0 && t.low(i - 1) == "the")
                .then(|| match t.raw(i) {
                    "Commons" => Some((i + 1, "House of Commons")),
                    "Lords" => Some((i + 1, "House of Lords")),
                    _ => None,
                })
                .flatten()
        })
}

/// `the Ukrainian parliament`, `Hungary's parliament`: a parliament at
/// token `i` with the capitalized word before it that says whose it is.
/// Returns where the name starts. A bare `parliament` names no country.
pub(super) fn national_parliament(t: &Tokens, first: usize, i: usize) -> Option<usize> {
    if t.low(i) != "parliament" {
        return None;
    }
    owner(t, first, i).filter(|&s| national(t.low(s)))
}

/// A country's adjective or possessive (`Ukrainian`, `Danish`,
/// `Lebanese`, `Israeli`, `Czech`, `Hungary's`), not a capitalized word
/// that opens the sentence (`When parliament voted`).
fn national(w: &str) -> bool {
    ["an", "ese", "ish", "i", "ch", "ic", "'s"]
        .iter()
        .any(|e| w.ends_with(e) && w.len() > e.len() + 2)
        || matches!(w, "greek" | "swiss" | "thai" | "slovak" | "kyrgyz" | "lao")
}
