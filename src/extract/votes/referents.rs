//! Bodies a sentence names only by a common word (`senators rejected it`,
//! `in earlier assembly votes`), resolved by what the article named
//! before: `the assembly` after `the U.N. General Assembly` is that
//! assembly, and `the House` in a story datelined `WASHINGTON` or that
//! named the `U.S. Senate` is the US chamber. Without such an earlier name
//! they stay unresolved: many countries have senates and assemblies.

use crate::extract::tokens::{Kind, Tokens};

/// How far back (in tokens) an earlier name still holds.
const REACH: usize = 3000;

/// Where the text names the US or the UN General Assembly, worked out once
/// per text the first time a sentence needs it: each sentence that names a
/// chamber asks about the 3,000 tokens before it, and asking afresh each
/// time was a twentieth of the whole run on a story of votes.
#[derive(Debug, Default)]
pub(crate) struct Earlier {
    us: std::cell::OnceCell<Vec<usize>>,
    assembly: std::cell::OnceCell<Vec<usize>>,
}

impl Earlier {
    /// Whether the text before token `first` places the story in the US: a
    /// `WASHINGTON` dateline or a chamber named `U.S. Senate`, `US House`...
    pub(super) fn us_before(
        &self,
        t: &Tokens,
        first: usize,
        us_prefix: impl Fn(usize) -> Option<usize>,
    ) -> bool {
        let at = self.us.get_or_init(|| {
            (0..t.len())
                .filter(|&i| {
                    t.raw(i) == "WASHINGTON"
                        || us_prefix(i)
                            .is_some_and(|k| matches!(t.raw(k), "Senate" | "House" | "Congress"))
                })
                .collect()
        });
        within_reach(at, first)
    }

    /// Whether the text before `first` named the UN General Assembly.
    pub(super) fn assembly_before(
        &self,
        t: &Tokens,
        first: usize,
        ga: impl Fn(usize) -> bool,
    ) -> bool {
        let at = self
            .assembly
            .get_or_init(|| (0..t.len()).filter(|&k| ga(k)).collect());
        within_reach(at, first)
    }
}

/// Whether one of the sorted token indices `at` lies in the reach before
/// `first`.
fn within_reach(at: &[usize], first: usize) -> bool {
    let from = at.partition_point(|&i| i < first.saturating_sub(REACH));
    at.get(from).is_some_and(|&i| i < first)
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

#[cfg(test)]
mod tests {
    use super::{REACH, within_reach};

    /// The reach is the `REACH` tokens before `first`, not `first` itself.
    #[test]
    fn an_earlier_name_holds_for_the_reach_before_the_sentence() {
        let at = [10, 5000];
        assert!(!within_reach(&at, 10));
        assert!(within_reach(&at, 11));
        assert!(within_reach(&at, 10 + REACH));
        assert!(!within_reach(&at, 11 + REACH));
        assert!(within_reach(&at, 5001));
        assert!(!within_reach(&[], 5001));
    }
}
