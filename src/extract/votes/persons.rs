//! A person who voted, named the way a fact-checker looks them up: the
//! title and home state go (`Republican Senator Cole Harmon of Wyoming` ->
//! `Cole Harmon`), and a surname alone takes the full name the article
//! gave earlier (`Harmon voted against` after `Senator Cole Harmon` ->
//! `Cole Harmon`): a roll call is checked by full name, and `Harmon` alone
//! could be anyone.

use crate::extract::tokens::Tokens;

/// How far back (in tokens) a surname looks for its full name.
const REACH: usize = 3000;

/// Words that introduce a person's name without being part of it.
fn title(w: &str) -> bool {
    matches!(
        w,
        "senator"
            | "sen"
            | "rep"
            | "representative"
            | "congressman"
            | "congresswoman"
            | "councilmember"
            | "councillor"
            | "councilor"
            | "councilman"
            | "councilwoman"
            | "alderman"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "judge"
            | "justice"
            | "governor"
            | "gov"
            | "mp"
            | "mep"
            | "commissioner"
            | "speaker"
            | "deputy"
            | "minister"
            | "chancellor"
            | "president"
    )
}

/// Index after the last title word in `s..e` (and its dot), if any.
fn after_title(t: &Tokens, s: usize, e: usize) -> Option<usize> {
    let k = (s..e).rev().find(|&k| t.is_word(k) && title(t.low(k)))?;
    let mut n = k + 1;
    if t.low(n) == "." && t.glued(n) {
        n += 1;
    }
    (n < e && t.capitalized(n)).then_some(n)
}

/// The name of tokens `s..e` as a person: title and `of Ohio` dropped, a
/// lone surname completed from earlier in the text. `None` when the
/// tokens carry no title and are no lone surname (a country, a party).
pub(super) fn person(t: &Tokens, s: usize, e: usize) -> Option<String> {
    let start = after_title(t, s, e);
    let from = start.unwrap_or(s);
    let mut end = e;
    if start.is_some()
        && let Some(of) = (from + 1..e).find(|&k| t.low(k) == "of")
    {
        end = of;
    }
    if end <= from {
        return None;
    }
    let words = (from..end).filter(|&k| t.is_word(k)).count();
    if words == 1
        && t.is_word(from)
        && let Some(full) = full_name(t, s, t.raw(from))
    {
        return Some(full);
    }
    start.map(|_| t.text[t.toks[from].start()..t.toks[end - 1].end()].to_string())
}

/// `Cole Harmon` for `Harmon`: the latest earlier `Title Given Surname`.
fn full_name(t: &Tokens, before: usize, surname: &str) -> Option<String> {
    let lo = before.saturating_sub(REACH);
    (lo + 1..before).rev().find_map(|j| {
        if t.raw(j) != surname || !t.capitalized(j - 1) || !t.is_word(j - 1) {
            return None;
        }
        // One or two given names, then a title.
        let mut g = j - 1;
        if g > lo && t.is_word(g - 1) && t.capitalized(g - 1) && !title(t.low(g - 1)) {
            g -= 1;
        }
        if title(t.low(g)) || g == 0 {
            return None;
        }
        let mut k = g - 1;
        if t.low(k) == "." && k > 0 {
            k -= 1;
        }
        (title(t.low(k)) && (g..=j).all(|x| t.same_line(x) || x == g))
            .then(|| t.text[t.toks[g].start()..t.toks[j].end()].to_string())
    })
}
