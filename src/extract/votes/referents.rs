//! Bodies a sentence names only by a common word (`senators rejected it`,
//! `in earlier assembly votes`), resolved by what the article named
//! before: `the assembly` after `the U.N. General Assembly` is that
//! assembly, and `the House` in a story datelined `WASHINGTON` or that
//! named the `U.S. Senate` is the US chamber. Without such an earlier name
//! they stay unresolved: many countries have senates and assemblies.

use crate::extract::tokens::{Kind, Tokens};

/// How far back (in tokens) an earlier name still holds.
const REACH: usize = 3000;

/// Whether the text before token `first` places the story in the US: a
/// `WASHINGTON` dateline or a chamber named `U.S. Senate`, `US House`...
pub(super) fn us_before(
    t: &Tokens,
    first: usize,
    us_prefix: impl Fn(usize) -> Option<usize>,
) -> bool {
    (first.saturating_sub(REACH)..first).any(|i| {
        t.raw(i) == "WASHINGTON"
            || us_prefix(i).is_some_and(|k| matches!(t.raw(k), "Senate" | "House" | "Congress"))
    })
}

/// Whether the text before `first` named the UN General Assembly.
pub(super) fn assembly_before(first: usize, ga: impl Fn(usize) -> bool) -> bool {
    (first.saturating_sub(REACH)..first).any(ga)
}

/// `senators voted`, `Senators rejected`: the chamber acting, at token `i`.
/// `two senators voted against` counts voters; it does not name the chamber.
pub(super) fn senators_acting(t: &Tokens, i: usize, last: usize) -> bool {
    t.low(i) == "senators"
        && (i == 0 || t.kind(i - 1) == Some(Kind::Punct) || t.low(i - 1) == "the")
        && i + 1 < last
        && matches!(
            t.low(i + 1),
            "voted"
                | "rejected"
                | "approved"
                | "passed"
                | "adopted"
                | "backed"
                | "confirmed"
                | "defeated"
        )
}

/// `assembly votes`, `the assembly`: a lowercase common noun for an
/// assembly at token `i` (a capitalized `Assembly` is a name of its own).
pub(super) fn assembly_word(t: &Tokens, i: usize) -> bool {
    t.raw(i) == "assembly"
        && (i > 0 && matches!(t.low(i - 1), "the" | "earlier" | "previous" | "past")
            || matches!(t.low(i + 1), "vote" | "votes" | "voted"))
}
