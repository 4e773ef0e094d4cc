//! The body that votes, normalized to the name a fact-checker looks up:
//! `UN Assembly`, `the General Assembly`, `UNGA`, `the 193-member assembly`
//! are the `UN General Assembly`; `Security Council`, `UNSC` the `UN
//! Security Council`.
//!
//! `the Senate` and `the House` are the US chambers only when the sentence
//! says so (`U.S.`, `Washington`, `Republicans`, `Democrats`, `Congress`...):
//! France, Italy, Australia and the Philippines have senates too, so a bare
//! `Senate` stays `Senate`. Other parliaments are in [`super::parliaments`].
//! A city council is named as written (`Chicago City Council`, `city
//! council`).

use super::parliaments::{NAMED, national_parliament, parliament};
use super::referents;
use super::words::clause_stop;
use crate::extract::tokens::Tokens;

/// A body named in the text: token range and normalized name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Body {
    pub first: usize,
    pub last: usize,
    pub name: String,
}

/// Matches lowercase `words` from token `i`, stepping over the dots of
/// abbreviations (`U.N.`). Returns the index after the match.
pub(super) fn seq(t: &Tokens, i: usize, last: usize, words: &[&str]) -> Option<usize> {
    let mut k = i;
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            while t.low(k) == "." && t.glued(k) && k < last {
                k += 1;
            }
        }
        if k >= last || t.low(k) != *w {
            return None;
        }
        k += 1;
    }
    // The dot closing `U.N.` belongs to it.
    if t.low(k) == "." && t.glued(k) && words.last().is_some_and(|w| w.len() == 1) {
        k += 1;
    }
    Some(k.min(last))
}

fn any_seq(t: &Tokens, i: usize, last: usize, options: &[&[&str]]) -> Option<usize> {
    options.iter().find_map(|o| seq(t, i, last, o))
}

/// `UN`, `U.N.`, `United Nations` (and a possessive `UN's`).
fn un_prefix(t: &Tokens, i: usize, last: usize) -> Option<usize> {
    if !t.low(i).starts_with('u') {
        return None;
    }
    any_seq(
        t,
        i,
        last,
        &[&["un"], &["un's"], &["u", "n"], &["united", "nations"]],
    )
}

fn us_prefix(t: &Tokens, i: usize, last: usize) -> Option<usize> {
    // Called on every token of long stretches of text (`us_before`): one
    // byte rejects nearly all of them.
    if !t.low(i).starts_with('u') {
        return None;
    }
    any_seq(t, i, last, &[&["us"], &["u", "s"], &["united", "states"]]).filter(|_| t.raw(i) != "us")
}

/// Whether the sentence places itself in the United States.
fn us_cue(t: &Tokens, first: usize, last: usize) -> bool {
    (first..last).any(|i| {
        us_prefix(t, i, last).is_some()
            || matches!(
                t.raw(i),
                "American"
                    | "Americans"
                    | "Washington"
                    | "Republican"
                    | "Republicans"
                    | "Democrat"
                    | "Democrats"
                    | "GOP"
                    | "Congress"
                    | "Capitol"
                    | "Biden"
                    | "Trump"
                    | "Obama"
            )
            || t.raw(i) == "Democratic" && !t.capitalized(i.wrapping_sub(1))
    })
}

/// UN bodies and the numbers that identify them (`the 193-member
/// assembly`, `the 15-member council`).
fn un_body(t: &Tokens, i: usize, last: usize) -> Option<(usize, &'static str)> {
    let ga = "UN General Assembly";
    let sc = "UN Security Council";
    let hrc = "UN Human Rights Council";
    if let Some(k) = un_prefix(t, i, last) {
        if let Some(e) = any_seq(t, k, last, &[&["general", "assembly"], &["assembly"]]) {
            return Some((e, ga));
        }
        if let Some(e) = seq(t, k, last, &["security", "council"]) {
            return Some((e, sc));
        }
        if let Some(e) = any_seq(
            t,
            k,
            last,
            &[&["human", "rights", "council"], &["rights", "council"]],
        ) {
            return Some((e, hrc));
        }
        if let Some(e) = seq(t, k, last, &["economic", "and", "social", "council"]) {
            return Some((e, "UN Economic and Social Council"));
        }
        return None;
    }
    match t.low(i) {
        "unga" => return Some((i + 1, ga)),
        "unsc" => return Some((i + 1, sc)),
        "unhrc" => return Some((i + 1, hrc)),
        "ecosoc" => return Some((i + 1, "UN Economic and Social Council")),
        _ => {}
    }
    // `the 193-member assembly`, `the 15-nation council`, `the 47-member body`.
    if t.kind(i) == Some(crate::extract::tokens::Kind::Digits) && t.low(i + 1) == "-" {
        let k = i + 2;
        if matches!(t.low(k), "member" | "nation") {
            let body = match t.raw(i) {
                "193" => ga,
                "15" => sc,
                "47" => hrc,
                _ => return None,
            };
            let mut e = k + 1;
            while e < last
                && e < k + 4
                && matches!(
                    t.low(e),
                    "general" | "security" | "human" | "rights" | "un" | "world"
                )
            {
                e += 1;
            }
            if matches!(
                t.low(e),
                "assembly" | "council" | "body" | "chamber" | "forum"
            ) {
                return Some((e + 1, body));
            }
        }
    }
    None
}

/// A capitalized word before a chamber that names whose it is (`Texas
/// Senate`, `Italian Senate`), not a sentence opener.
pub(super) fn owner(t: &Tokens, first: usize, i: usize) -> Option<usize> {
    (i > first
        && t.capitalized(i - 1)
        && t.is_word(i - 1)
        && !matches!(
            t.low(i - 1),
            "the" | "a" | "in" | "at" | "by" | "of" | "and" | "un"
        ))
    .then(|| i - 1)
}

/// Local councils and boards, named as written (`Chicago City Council`,
/// `the city council`, `Los Angeles County Board of Supervisors`).
fn council(t: &Tokens, first: usize, i: usize, last: usize) -> Option<(usize, usize)> {
    let e = any_seq(
        t,
        i,
        last,
        &[
            &["city", "council"],
            &["town", "council"],
            &["county", "council"],
            &["city", "commission"],
            &["county", "commission"],
            &["board", "of", "supervisors"],
            &["school", "board"],
            &["board", "of", "education"],
            &["municipal", "council"],
        ],
    )?;
    let mut s = i;
    while s > first && t.capitalized(s - 1) && t.capitalized(i) && t.low(s - 1) != "the" {
        s -= 1;
    }
    Some((s, e))
}

/// Chambers of the US pattern and courts: `Senate`, `House of
/// Representatives`, `the House`, `Supreme Court`, `Congress`.
fn chamber(
    t: &Tokens,
    first: usize,
    i: usize,
    last: usize,
    us: &dyn Fn() -> bool,
) -> Option<(usize, usize, String)> {
    let us_before = |k: usize| {
        (first..k)
            .rev()
            .take(4)
            .find(|&s| us_prefix(t, s, last) == Some(k))
    };
    let named = |base: &str, k: usize, e: usize, us: &dyn Fn() -> bool| -> (usize, usize, String) {
        if let Some(s) = us_before(k) {
            return (s, e, format!("US {base}"));
        }
        if let Some(s) = owner(t, first, k) {
            return (s, e, format!("{} {base}", t.raw(s)));
        }
        if k > first && t.low(k - 1) == "state" {
            return (k - 1, e, format!("state {base}"));
        }
        (
            k,
            e,
            if us() {
                format!("US {base}")
            } else {
                base.to_string()
            },
        )
    };
    if t.raw(i) == "Senate" {
        return Some(committee(t, named("Senate", i, i + 1, us), last));
    }
    if let Some(e) =
        seq(t, i, last, &["house", "of", "representatives"]).filter(|_| t.capitalized(i))
    {
        return Some(named("House of Representatives", i, e, us));
    }
    if t.raw(i) == "House" && t.low(i + 1) != "of" {
        let the = i > first && t.low(i - 1) == "the";
        if let Some(s) = us_before(i) {
            return Some(committee(
                t,
                (s, i + 1, "US House of Representatives".into()),
                last,
            ));
        }
        if the && us() {
            return Some(committee(
                t,
                (i, i + 1, "US House of Representatives".into()),
                last,
            ));
        }
        return None;
    }
    if let Some(e) = seq(t, i, last, &["supreme", "court"]).filter(|_| t.capitalized(i)) {
        // Courts keep their name; only an explicit `U.S.` makes them American.
        return Some(named("Supreme Court", i, e, &|| false));
    }
    if t.raw(i) == "Congress" && (us_before(i).is_some() || us()) && t.low(i + 1) != "party" {
        let s = us_before(i).unwrap_or(i);
        return Some((s, i + 1, "US Congress".into()));
    }
    None
}

/// `Senate Judiciary Committee`: a chamber's committee, named as written.
fn committee(t: &Tokens, b: (usize, usize, String), last: usize) -> (usize, usize, String) {
    let (s, e, name) = b;
    let mut k = e;
    while k < last && k < e + 5 && t.capitalized(k) && t.is_word(k) {
        if matches!(t.low(k), "committee" | "subcommittee") {
            let text = &t.text[t.toks[e - 1].start()..t.toks[k].end()];
            return (s, k + 1, text.to_string());
        }
        k += 1;
    }
    (s, e, name)
}

/// Whether a body's name can begin at token `i`: a figure (`the
/// 193-member assembly`) or the first word of a pattern below. Most tokens
/// of a text are neither, and this one test spares them every pattern.
/// A name that runs back from its head (`Texas Senate`, `Chicago City
/// Council`) is found from the head.
fn may_start(t: &Tokens, i: usize) -> bool {
    t.kind(i) == Some(crate::extract::tokens::Kind::Digits)
        || matches!(
            t.low(i),
            "un" | "un's"
                | "u"
                | "united"
                | "unga"
                | "unsc"
                | "unhrc"
                | "ecosoc"
                | "general"
                | "security"
                | "human"
                | "senate"
                | "senators"
                | "house"
                | "supreme"
                | "congress"
                | "assembly"
                | "parliament"
                | "commons"
                | "lords"
                | "city"
                | "town"
                | "county"
                | "board"
                | "school"
                | "municipal"
        )
        || (t.capitalized(i) || t.low(i) == "iaea") && NAMED.iter().any(|(w, _)| w[0] == t.low(i))
}

/// Every body named in tokens `first..last`, left to right.
pub(super) fn bodies(
    t: &Tokens,
    first: usize,
    last: usize,
    earlier: &referents::Earlier,
) -> Vec<Body> {
    // Looking back for a US cue costs a scan of the text before; most
    // sentences name no chamber, so it is done only when one is named.
    let us_cell = std::cell::OnceCell::new();
    let us = || {
        *us_cell.get_or_init(|| {
            us_cue(t, first, last) || earlier.us_before(t, first, |i| us_prefix(t, i, t.len()))
        })
    };
    let mut ga_before = None;
    let mut out = Vec::new();
    let mut i = first;
    while i < last {
        if !may_start(t, i) {
            i += 1;
            continue;
        }
        let found = if let Some((e, name)) = un_body(t, i, last) {
            Some((i, e, name.to_string()))
        } else if let Some(e) =
            seq(t, i, last, &["general", "assembly"]).filter(|_| t.capitalized(i))
        {
            // `Illinois General Assembly` is a state legislature.
            match owner(t, first, i) {
                Some(s) => Some((
                    s,
                    e,
                    t.text[t.toks[s].start()..t.toks[e - 1].end()].to_string(),
                )),
                None => Some((i, e, "UN General Assembly".into())),
            }
        } else if let Some(e) =
            seq(t, i, last, &["security", "council"]).filter(|_| t.capitalized(i))
        {
            // `National Security Council`, `Russia's Security Council` are no UN body.
            (owner(t, first, i).is_none() && !(i > first && t.low(i - 1).ends_with("'s")))
                .then(|| (i, e, "UN Security Council".to_string()))
        } else if let Some(e) =
            seq(t, i, last, &["human", "rights", "council"]).filter(|_| t.capitalized(i))
        {
            Some((i, e, "UN Human Rights Council".into()))
        } else if let Some((e, name)) = parliament(t, i, last) {
            Some((i, e, name.to_string()))
        } else if let Some(s) = national_parliament(t, first, i) {
            Some((
                s,
                i + 1,
                t.text[t.toks[s].start()..t.toks[i].end()].to_string(),
            ))
        } else if let Some(found) = chamber(t, first, i, last, &us) {
            Some(found)
        } else if referents::senators_acting(t, i, last) {
            Some((
                i,
                i + 1,
                if us() { "US Senate" } else { "Senate" }.to_string(),
            ))
        } else if referents::assembly_word(t, i)
            && *ga_before.get_or_insert_with(|| {
                earlier.assembly_before(t, first, |k| {
                    t.raw(k) == "General" && t.raw(k + 1) == "Assembly" && owner(t, 0, k).is_none()
                        || un_body(t, k, t.len()).is_some_and(|(_, n)| n == "UN General Assembly")
                })
            })
        {
            Some((i, i + 1, "UN General Assembly".to_string()))
        } else {
            council(t, first, i, last).map(|(s, e)| {
                (
                    s,
                    e,
                    t.text[t.toks[s].start()..t.toks[e - 1].end()].to_string(),
                )
            })
        };
        match found {
            Some((s, e, name)) => {
                out.push(Body {
                    first: s,
                    last: e,
                    name,
                });
                i = e.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The first body named in the clause of tokens `a..z`, within the
/// sentence `first..last`; clauses end at `;`, `but`, `after`, `while`...
pub(super) fn in_clause<'b>(
    bodies: &'b [Body],
    t: &Tokens,
    first: usize,
    a: usize,
    z: usize,
    last: usize,
) -> Option<&'b Body> {
    let mut s = a;
    while s > first && !clause_stop(t, s - 1) {
        s -= 1;
    }
    let mut e = z;
    while e < last && !clause_stop(t, e) {
        e += 1;
    }
    bodies.iter().find(|b| b.first >= s && b.last <= e)
}

/// The body a sentence names (the first one), normalized.
pub fn body_named(t: &Tokens, first: usize, last: usize) -> Option<String> {
    bodies(t, first, last.min(t.len()), &referents::Earlier::default())
        .into_iter()
        .next()
        .map(|b| b.name)
}
