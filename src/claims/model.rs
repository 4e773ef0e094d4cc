//! The claims file, format `claimcheck/1`, as Rust types.
//!
//! Field order here is the order in the file. Tool-owned fields come first,
//! editor-owned fields last; `extra` keeps whatever an editor added that the
//! tool does not know, so no rewrite ever drops it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::extract::ClaimKind;

pub const FORMAT: &str = "claimcheck/1";

/// The verdict every new claim starts with.
pub const UNREVIEWED: &str = "unreviewed";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimsFile {
    pub format: String,
    pub article: ArticleInfo,
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleInfo {
    /// The article's path, relative to the claims file.
    pub file: String,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Bumped by every update against a newer version of the article.
    pub revision: u32,
    /// sha256 of the normalized text the claims were made from.
    pub sha256: String,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub kind: ClaimKind,
    /// The words of the article that make the claim.
    pub quote: String,
    pub sentence: String,
    /// 1-based line of the quote in the article file.
    pub line: usize,
    /// A number, or `{min, max}` for ranges and vague amounts; a date as ISO
    /// text (`2022-03-30`, `2022-02`, `2021`); a vote as a map (`{for: 141,
    /// against: 5, abstain: 35}`, `{actor: China, position: abstained}`).
    pub value: serde_json::Value,
    /// A date given as a span from an event: `{offset: "-20 days", anchor:
    /// "Russia's invasion"}`; `value` is null unless the article dates it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<Span>,
    /// `percent`, `percentage points`, or a unit of measure or time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// ISO 4217 code, for money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The article's own hedge, normalized (`almost`, `more than`).
    #[serde(default)]
    pub qualifier: Option<String>,
    /// What is counted (`civilians killed`, `refugees`).
    #[serde(default)]
    pub subject: Option<String>,
    /// Who the article attributes the figure to.
    #[serde(default)]
    pub source: Option<String>,
    // --- editor fields ---
    #[serde(default = "unreviewed")]
    pub verdict: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub reviewer: Option<String>,
    /// Date of review, `YYYY-MM-DD`.
    #[serde(default)]
    pub reviewed: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

fn unreviewed() -> String {
    UNREVIEWED.to_string()
}

/// Evidence an editor checked: a URL or a citation, with an optional note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A date's offset from an event the article names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Signed, with its unit: `-20 days`, `+2 weeks`.
    pub offset: String,
    pub anchor: String,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
