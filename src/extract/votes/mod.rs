//! Vote records: tallies (`141 in favour, 5 against and 35 abstentions`,
//! `passed 68 to 31`, `unanimously`) and positions (`Beijing has twice
//! refrained from condemning`, `vetoed`), with the body normalized
//! (`the General Assembly` -> `UN General Assembly`).
//!
//! One file per family of rules, each with lines in `corpus.yaml`:
//! - [`tallies`]: counts by side (`141 in favour, 5 against`, `voted 68-31`),
//!   with [`context`] for the words that make two figures a tally;
//! - [`consensus`]: `unanimously`, `without a vote`, `by consensus`;
//! - [`positions`]: how a named actor voted, found by [`actors`];
//! - [`bodies`]: which body voted, normalized, with [`parliaments`];
//! - [`measures`]: what was voted on (`the non-binding resolution`), the
//!   claim's subject;
//! - [`places`]: capitals and short names that stand for a country.
//!
//! Decisions the claims layer can rely on:
//! - `A and B voted against` gives one mention per actor, all with the
//!   same span: each country's vote is checked on its own, and the claims
//!   file keeps one actor per claim.
//! - Spans follow the gold quotes: a tally covers its figures (`141-5 with
//!   35 abstentions`, not `voted`), a position its words with the actors
//!   standing right before them (`Russia also voted against`, `abstained
//!   again`), so two actors' same words in one paragraph get quotes of
//!   their own; `was among 35 countries that abstained` is one position
//!   (the 35 is no count of its own).
//! - A tally needs a vote word beside it (`voted`, `passed`, `a 52-48
//!   vote`); a position needs a named actor and a past (or headline
//!   present) verb, never `will`/`not`; `refrained from condemning` needs
//!   a body or a vote word in the sentence.
//! - `body` is the first body named in the vote's own clause, else the
//!   first the sentence names ([`body_named`]); `the Senate` is `US Senate`
//!   only when the sentence, or the text before it (a `WASHINGTON`
//!   dateline, a `U.S. Senate`), points to the US ([`referents`]).

mod actors;
mod bodies;
mod consensus;
mod context;
mod measures;
mod parliaments;
mod persons;
mod places;
mod positions;
mod referents;
mod tallies;
mod words;

#[cfg(test)]
pub(crate) mod corpus;

pub mod claims;

use serde::Serialize;

use crate::extract::tokens::Tokens;

pub use bodies::body_named;

/// How an actor voted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Position {
    For,
    Against,
    Abstained,
    Vetoed,
}

/// A vote as the claims file records it; keys are present only when stated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Vote {
    #[serde(rename = "for", skip_serializing_if = "Option::is_none")]
    pub yes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub against: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub abstain: Option<u32>,
    /// `unanimously`: every member present voted for.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unanimous: bool,
    /// `adopted without a vote`, `by consensus`.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub without_vote: bool,
    /// Who voted (`China`; a capital standing for its country is the country).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// `twice` -> 2.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub times: Option<u32>,
    /// The body, normalized (`UN General Assembly`, `UN Security Council`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

/// One vote expression in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoteMention {
    /// Byte range of the expression (`141 in favour, 5 against and 35
    /// abstentions`, `has twice refrained from condemning`).
    pub start: usize,
    pub end: usize,
    pub value: Vote,
    /// Name of the rule that made it.
    pub rule: &'static str,
    /// Token range `first..last`.
    #[serde(skip)]
    pub first: usize,
    #[serde(skip)]
    pub last: usize,
}

/// The vote records of tokens `first..last` (one sentence).
pub fn mentions(t: &Tokens, first: usize, last: usize) -> Vec<VoteMention> {
    sentence(t, first, last, &referents::Earlier::default()).0
}

/// The vote records of one sentence and the first body it names (what
/// [`body_named`] gives), found in one pass over its bodies.
pub(crate) fn sentence(
    t: &Tokens,
    first: usize,
    last: usize,
    earlier: &referents::Earlier,
) -> (Vec<VoteMention>, Option<String>) {
    let last = last.min(t.len());
    if first >= last {
        return (Vec::new(), None);
    }
    let bodies = bodies::bodies(t, first, last, earlier);
    let body = bodies.first().map(|b| b.name.clone());
    let measure = context::measure_context(t, first, last, !bodies.is_empty());
    let mut counted = tallies::tallies(t, first, last, measure);
    merge_count_less(
        &mut counted,
        consensus::count_less(t, first, last, !bodies.is_empty()),
    );
    let mut out: Vec<VoteMention> = counted
        .into_iter()
        .map(|c| mention(t, c.first, c.last, c.value, c.rule))
        .collect();
    let context = !bodies.is_empty() || (first..last).any(|i| vote_word(t.low(i)));
    for p in positions::positions(t, first, last, &bodies, context) {
        if out.iter().any(|m| m.first < p.last && p.first < m.last) {
            continue;
        }
        for a in p.actors {
            let value = Vote {
                actor: Some(a.name),
                position: Some(p.position),
                times: p.times,
                ..Vote::default()
            };
            out.push(mention(t, p.first, p.last, value, p.rule));
        }
    }
    for m in &mut out {
        // `..., adopting it 128-9, after Moscow vetoed a text in the
        // Security Council`: a body in the vote's own clause wins.
        let own = bodies::in_clause(&bodies, t, first, m.first, m.last, last);
        m.value.body = own.map(|b| b.name.clone()).or_else(|| body.clone());
    }
    out.sort_by_key(|m| (m.start, m.end));
    (out, body)
}

/// Nouns that make a sentence about a vote (for `refrained from`).
fn vote_word(w: &str) -> bool {
    matches!(
        w,
        "vote" | "votes" | "voting" | "voted" | "resolution" | "resolutions" | "motion" | "ballot"
    )
}

fn mention(t: &Tokens, first: usize, last: usize, value: Vote, rule: &'static str) -> VoteMention {
    VoteMention {
        start: t.toks[first].start(),
        end: t.toks[last - 1].end(),
        value,
        rule,
        first,
        last,
    }
}

/// `unanimously adopted, 15-0`: a count-less vote beside a tally in the
/// same clause is one vote; otherwise each stands alone.
fn merge_count_less(counted: &mut Vec<tallies::Tally>, extra: Vec<tallies::Tally>) {
    for c in extra {
        let near = counted.iter_mut().find(|m| {
            let gap = if c.first >= m.last {
                c.first - m.last
            } else {
                m.first.saturating_sub(c.last)
            };
            gap <= 4 && !(c.first < m.last && m.first < c.last)
        });
        match near {
            Some(m) => {
                m.value.unanimous |= c.value.unanimous;
                m.value.without_vote |= c.value.without_vote;
                m.first = m.first.min(c.first);
                m.last = m.last.max(c.last);
            }
            None => counted.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every prefix and suffix of tricky text: rules look around tokens
    /// near both ends and must neither panic nor leave the range.
    #[test]
    fn no_panic_at_any_cut() {
        let text = "Beijing, Kyiv’s ally, has twice refrained from — 141–5-35 with “35” \
                    abstaining; the U.S. voted 5 to 4, unanimously, without a vote; \
                    was among 3 countries that; joined in voting; by 310 votes to \
                    the non-binding resolution on the - Kaldorian parliament Bill 61";
        let cuts: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &c in &cuts {
            for part in [&text[..c], &text[c..]] {
                let t = Tokens::new(part);
                for m in mentions(&t, 0, t.len()) {
                    assert!(m.start <= m.end && m.end <= part.len());
                    assert!(m.last <= t.len());
                    let _ = measures::subject(&t, 0, m.first, m.last, t.len());
                }
                let _ = body_named(&t, 0, t.len());
            }
        }
        let t = Tokens::new("voted 5-4");
        assert!(mentions(&t, 1, 1).is_empty());
        assert!(mentions(&t, 5, 2).is_empty());
        assert!(!mentions(&t, 0, 99).is_empty());
    }

    /// A common word for a body (`assembly votes`, `the House`) takes
    /// the body the article named before, and only then.
    #[test]
    fn a_common_word_takes_the_body_named_before() {
        let body = |text: &str, from: &str| {
            let t = Tokens::new(text);
            let first = t
                .toks
                .partition_point(|k| k.start() < text.find(from).unwrap_or(0));
            body_named(&t, first, t.len())
        };
        let un = "The U.N. General Assembly met. India, which abstained in earlier assembly votes, abstained again.";
        assert_eq!(body(un, "India").as_deref(), Some("UN General Assembly"));
        let no_un = "The city debated it. India, which abstained in earlier assembly votes, abstained again.";
        assert_eq!(body(no_un, "India"), None);
        let us =
            "WASHINGTON - The bill passed. The House of Representatives had approved it 251-176.";
        assert_eq!(
            body(us, "The House").as_deref(),
            Some("US House of Representatives")
        );
        let senate = "It passed the U.S. Senate 68 to 31. Senators rejected, 44-55, an amendment.";
        assert_eq!(body(senate, "Senators").as_deref(), Some("US Senate"));
        let canberra =
            "CANBERRA - The bill passed. The House of Representatives had approved it 80-60.";
        assert_eq!(
            body(canberra, "The House").as_deref(),
            Some("House of Representatives")
        );
    }

    #[test]
    fn a_body_is_carried_by_name() {
        let t = Tokens::new("At the UN Assembly, the vote was close.");
        assert_eq!(
            body_named(&t, 0, t.len()).as_deref(),
            Some("UN General Assembly")
        );
        let t = Tokens::new("The ministry said nothing.");
        assert_eq!(body_named(&t, 0, t.len()), None);
    }
}
