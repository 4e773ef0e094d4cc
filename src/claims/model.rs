//! The claims file, format `claimcheck/1`, as Rust types.
//!
//! Field order here is the order in the file. Tool-owned fields come first,
//! editor-owned fields last; `extra` keeps whatever an editor added that the
//! tool does not know, so no rewrite ever drops it.
//!
//! The JSON Schema that `claimcheck schema` prints is derived from these
//! types (see [`super::schema`]), so doc comments on fields are what an
//! editor sees when hovering a key in VS Code: they are written for editors.
//! The `extra` maps become `additionalProperties: true`, which keeps the
//! schema as lenient as the reader.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::extract::ClaimKind;

pub const FORMAT: &str = "claimcheck/1";

/// The verdict every new claim starts with.
pub const UNREVIEWED: &str = "unreviewed";

/// A day, as `published` and `reviewed` hold it. Only the shape: whether the
/// day exists and is not in the future is `check`'s business.
const DAY_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

const SHA256_PATTERN: &str = "^[0-9a-f]{64}$";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
/// The checkable claims of one news article, with the verdicts and sources
/// editors record for them. Fields the tool does not know are allowed and kept.
#[schemars(title = "claimcheck/1 claims file")]
pub struct ClaimsFile {
    /// The format and its version; always `claimcheck/1` for this schema.
    #[schemars(extend("const" = FORMAT))]
    pub format: String,
    /// The article the claims were extracted from.
    pub article: ArticleInfo,
    /// One entry per claim, in article order.
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
/// The article the claims come from. Tool-owned.
pub struct ArticleInfo {
    /// The article's path, relative to the claims file.
    pub file: String,
    /// Publication date, `YYYY-MM-DD`; null when the article gives none.
    #[serde(default)]
    #[schemars(pattern(DAY_PATTERN))]
    pub published: Option<String>,
    /// The article's headline, when its front matter or page gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the article was published, when its front matter or page gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How the claims' text was read out of the article file: `html-readability`
    /// for a saved web page, whose story text `claimcheck text` prints (claims'
    /// `line` counts lines of that text). Absent when the file itself is the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<ArticleText>,
    /// Bumped by every update against a newer version of the article.
    #[schemars(range(min = 1))]
    pub revision: u32,
    /// sha256 of the normalized text the claims were made from.
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: String,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// Where the text claims point into came from, when it is not the article
/// file itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ArticleText {
    /// The main text of a saved HTML page, as a Readability port finds it.
    HtmlReadability,
}

impl ArticleText {
    /// The value as the claims file spells it.
    pub fn name(self) -> &'static str {
        match self {
            ArticleText::HtmlReadability => "html-readability",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
/// One checkable claim. The fields above `verdict` are the tool's (it
/// rewrites them when the article changes); `verdict` and below are the
/// editor's.
pub struct Claim {
    /// Stable across re-extraction and revisions (`refugees-unhcr-1`).
    pub id: String,
    /// What sort of claim it is.
    pub kind: ClaimKind,
    /// The words of the article that make the claim.
    pub quote: String,
    /// The sentence the quote is in, on one line.
    pub sentence: String,
    /// 1-based line of the quote in the article file.
    #[schemars(range(min = 1))]
    pub line: usize,
    /// A number, or `{min, max}` for ranges and vague amounts; a date as ISO
    /// text (`2022-03-30`, `2022-02`, `2021`, `1990s`), or null when the
    /// article dates it only from an event (see `relative`); a vote as a map
    /// (`{for: 141, against: 5, abstain: 35}`, `{actor: China, position:
    /// abstained, times: 2}`).
    #[schemars(schema_with = "super::schema::value")]
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
    /// The revision of the article from which the claim is gone. The claim
    /// stays, with its verdict, so the desk's work on it is not lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 2))]
    pub removed_in: Option<u32>,
    // --- editor fields ---
    /// The editor's verdict, a name from the desk's verdict scale (the
    /// default scale, or the desk's own in `claimcheck.toml`). Any text is
    /// allowed here because desks have their own scales (unquoted `true` and
    /// `false` are names too); `claimcheck check` checks it against the scale
    /// in force.
    #[serde(default = "unreviewed")]
    #[schemars(transform = super::schema::verdict)]
    pub verdict: String,
    /// The evidence the editor checked: each entry a `url` or a `citation`.
    /// A decided verdict needs at least one.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Who checked the claim.
    #[serde(default)]
    pub reviewer: Option<String>,
    /// Date of review, `YYYY-MM-DD`.
    #[serde(default)]
    #[schemars(pattern(DAY_PATTERN))]
    pub reviewed: Option<String>,
    /// The editor's note: what the check found, in a sentence or two.
    #[serde(default)]
    pub note: Option<String>,
    /// What the claim said in earlier revisions of the article, and the
    /// verdict it had then; written by `update` when the claim changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<History>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A claim as an earlier revision of the article made it, with the verdict
/// the desk gave it then. Of the other tool fields, only those that changed
/// are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct History {
    /// The article revision these values and this verdict belonged to.
    #[schemars(range(min = 1))]
    pub revision: u32,
    /// The words of that revision that made the claim.
    pub quote: String,
    /// The sentence the quote was in.
    pub sentence: String,
    /// The value then, always given so the entry reads on its own.
    #[schemars(schema_with = "super::schema::value")]
    pub value: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative: Option<Span>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The verdict the claim had in that revision.
    #[schemars(transform = super::schema::verdict)]
    pub verdict: String,
    #[serde(default)]
    pub reviewer: Option<String>,
    #[serde(default)]
    #[schemars(pattern(DAY_PATTERN))]
    pub reviewed: Option<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

fn unreviewed() -> String {
    UNREVIEWED.to_string()
}

/// Evidence an editor checked: a URL or a citation, with an optional note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(extend("anyOf" = [{"required": ["url"]}, {"required": ["citation"]}]))]
pub struct Source {
    /// An http(s) address of the evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url)]
    pub url: Option<String>,
    /// The evidence when it has no address: a document, a call, a dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub citation: Option<String>,
    /// What this source says about the claim (`4,019,287 as of 30 March`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A date's offset from an event the article names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    /// Signed, with its unit: `-20 days`, `+2 weeks`.
    pub offset: String,
    /// The event as the article words it (`Russia's invasion`).
    pub anchor: String,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}
