//! Vote records: tallies (`141 in favour, 5 against and 35 abstentions`,
//! `passed 68 to 31`, `unanimously`) and positions (`Beijing has twice
//! refrained from condemning`, `vetoed`), with the body normalized
//! (`the General Assembly` -> `UN General Assembly`).

pub mod claims;

use serde::Serialize;

use crate::extract::tokens::Tokens;

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
    let _ = (t, first, last);
    Vec::new()
}

/// The normalized body a sentence names (`the General Assembly` -> `UN
/// General Assembly`), for votes in later sentences that leave it out.
pub fn body_named(t: &Tokens, first: usize, last: usize) -> Option<String> {
    let _ = (t, first, last);
    None
}
