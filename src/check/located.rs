//! A claims file read with the position of every value `check` judges.
//!
//! These types mirror `claims::model` field for field and type for type, with
//! `serde_saphyr::Spanned` around the values a message points at. They are a
//! parallel structure rather than spans bolted onto the model because
//! serde-saphyr loses positions under `#[serde(flatten)]` (serde buffers the
//! map), and the model needs `flatten` to keep editors' own fields. Here there
//! is no `flatten`: unknown fields are skipped, which is exactly "accepted".
//! Reading the whole file through these types also places type errors (a
//! string where `sources` wants a list) at the value's line and column.
//!
//! Parsing the YAML gives positions straight from the parser, so comments,
//! flow style, quoting and odd indentation cannot mislead it the way a
//! line-by-line scan of the text could.

use serde::Deserialize;
use serde_saphyr::{Location, Spanned};

use crate::extract::ClaimKind;

/// `Spanned<Option<T>>` for a field that may be missing: `reviewer: null`
/// still has a position, a missing key has none.
fn absent<T>() -> Spanned<Option<T>> {
    Spanned::new(None, Location::UNKNOWN, Location::UNKNOWN)
}

fn unreviewed() -> Spanned<String> {
    Spanned::new(
        crate::claims::UNREVIEWED.to_string(),
        Location::UNKNOWN,
        Location::UNKNOWN,
    )
}

#[derive(Debug, Deserialize)]
pub(crate) struct File {
    pub format: Spanned<String>,
    pub article: Spanned<Article>,
    #[serde(default)]
    pub claims: Vec<Spanned<Claim>>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Article {
    pub file: Spanned<String>,
    #[serde(default = "absent")]
    pub published: Spanned<Option<String>>,
    #[serde(default)]
    #[allow(dead_code)]
    pub title: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    pub url: Option<String>,
    #[serde(default = "absent")]
    pub text: Spanned<Option<String>>,
    #[allow(dead_code)]
    pub revision: u32,
    pub sha256: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
pub(crate) struct Claim {
    pub id: Spanned<String>,
    pub kind: ClaimKind,
    pub quote: Spanned<String>,
    pub sentence: String,
    pub line: usize,
    pub value: serde_json::Value,
    #[serde(default)]
    pub relative: Option<Span>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub currency: Option<String>,
    #[serde(default)]
    pub qualifier: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub removed_in: Option<u32>,
    /// Not optional, like the model: `verdict: null` is refused there, so
    /// here too; a missing key means `unreviewed`.
    #[serde(default = "unreviewed")]
    pub verdict: Spanned<String>,
    #[serde(default)]
    pub sources: Vec<Spanned<Source>>,
    #[serde(default = "absent")]
    pub reviewer: Spanned<Option<String>>,
    #[serde(default = "absent")]
    pub reviewed: Spanned<Option<String>>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
pub(crate) struct Source {
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    #[serde(default)]
    pub citation: Option<Spanned<String>>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
pub(crate) struct Span {
    pub offset: String,
    pub anchor: String,
}

/// 1-based `(line, column)` of a location, `None` when the parser had none.
pub(crate) fn at(l: &Location) -> Option<(usize, usize)> {
    let line = usize::try_from(l.line()).ok().filter(|&n| n > 0)?;
    let column = usize::try_from(l.column()).unwrap_or(1).max(1);
    Some((line, column))
}
