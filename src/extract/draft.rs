//! A claim as extraction sees it, before the claims file gives it an ID and
//! editor fields. Every dimension's claims share this shape, so the file
//! model and reports never need to know which rules made them.

use std::ops::Range;

use serde::Serialize;

use crate::extract::dates::{Relative, When};
use crate::extract::votes::Vote;
use crate::extract::{Amount, Dim};

/// The kind of a claim, as written in the claims file.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Refugees,
    Casualties,
    Quantity,
    Date,
    Vote,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 5] = [
        ClaimKind::Refugees,
        ClaimKind::Casualties,
        ClaimKind::Quantity,
        ClaimKind::Date,
        ClaimKind::Vote,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ClaimKind::Refugees => "refugees",
            ClaimKind::Casualties => "casualties",
            ClaimKind::Quantity => "quantity",
            ClaimKind::Date => "date",
            ClaimKind::Vote => "vote",
        }
    }
}

/// What a claim says: a figure, a date (unresolved when the article does not
/// date its anchor) or a vote record.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Amount(Amount),
    Date(Option<When>),
    /// Boxed: a vote record is four times the size of a figure, and a
    /// text has far more figures than votes.
    Vote(Box<Vote>),
}

impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Amount(a) => a.serialize(s),
            Value::Date(d) => d.serialize(s),
            Value::Vote(v) => v.serialize(s),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: ClaimKind,
    /// Byte range of the quote in the text.
    pub quote: Range<usize>,
    /// Byte range of the sentence in the text.
    pub sentence: Range<usize>,
    pub dim: Dim,
    pub value: Value,
    /// `percent`, a currency code or a unit.
    pub unit: Option<&'static str>,
    pub qualifier: Option<&'static str>,
    /// A date given as a span from an event (`20 days before the invasion`).
    pub relative: Option<Box<Relative>>,
    pub subject: Option<String>,
    pub source: Option<String>,
    /// The mention rule and the claim rule, for `scan`-style explanations.
    pub rule: (&'static str, &'static str),
}
