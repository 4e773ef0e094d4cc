//! claimcheck: checkable claims from news articles, for fact-checking desks.
//!
//! Data flows one way: [`article`] (load and normalize) -> [`extract`]
//! (mentions per dimension, then claims) -> [`claims`] (the YAML file model).
//! The library never prints; the `claimcheck` binary does.

pub mod article;
pub mod check;
pub mod claims;
pub mod extract;
pub mod files;
pub mod report;
pub mod revise;
pub mod verdicts;
