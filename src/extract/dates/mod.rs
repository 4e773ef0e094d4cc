//! Dates: what day, month or year an expression names, resolved against the
//! publication date the way a reader of past-tense news resolves it.
//!
//! A bare weekday (`on Tuesday`) is the latest such day on or before
//! publication unless the sentence points forward (`will meet on Friday`);
//! Duckling and dateparser pick the future, which is wrong for news copy.
//! A span relative to an event the text names (`20 days before Russia's
//! invasion`) keeps its offset and anchor and is resolved only when the
//! article itself dates the anchor; nothing is guessed from world knowledge.

use chrono::{Datelike, NaiveDate};
pub mod anchors;
pub mod claims;
mod event_words;
mod gate;

use serde::Serialize;

use crate::extract::tokens::Tokens;

#[cfg(test)]
pub(crate) mod corpus;
mod holiday_names;
mod holidays;
mod lexicon;
pub(crate) use lexicon::{month_word, weekday_word};
mod months;
mod numeric;
mod ordinals;
mod parts;
mod pointed;
mod relative;
mod resolve;
mod spans;
mod weekdays;
mod years;

/// A resolved date at the grain the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(NaiveDate),
    Month {
        year: i32,
        month: u32,
    },
    Year(i32),
    /// The decade starting that year (`the 1990s` is 1990).
    Decade(i32),
}

impl When {
    /// The claims file's form: `2022-03-30`, `2022-02`, `2021`, `1990s`.
    pub fn iso(self) -> String {
        match self {
            When::Day(d) => d.format("%Y-%m-%d").to_string(),
            When::Month { year, month } => format!("{year:04}-{month:02}"),
            When::Year(y) => format!("{y:04}"),
            When::Decade(y) => format!("{y:04}s"),
        }
    }

    pub fn grain(self) -> &'static str {
        match self {
            When::Day(_) => "day",
            When::Month { .. } => "month",
            When::Year(_) => "year",
            When::Decade(_) => "decade",
        }
    }

    /// The first day the date covers.
    pub fn first_day(self) -> Option<NaiveDate> {
        match self {
            When::Day(d) => Some(d),
            When::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
            When::Year(y) | When::Decade(y) => NaiveDate::from_ymd_opt(y, 1, 1),
        }
    }

    pub fn year(self) -> i32 {
        match self {
            When::Day(d) => d.year(),
            When::Month { year, .. } => year,
            When::Year(y) | When::Decade(y) => y,
        }
    }
}

impl Serialize for When {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

/// The unit of an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Days,
    Weeks,
    Months,
    Years,
}

impl Step {
    pub fn name(self) -> &'static str {
        match self {
            Step::Days => "days",
            Step::Weeks => "weeks",
            Step::Months => "months",
            Step::Years => "years",
        }
    }
}

/// A span from an event the text names: `20 days before Russia's invasion`
/// is `-20 days` from `Russia's invasion`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relative {
    /// Signed: negative is before the anchor.
    pub amount: i32,
    pub step: Step,
    /// The anchor as the text words it (`Russia's invasion`).
    pub anchor: String,
    /// Byte range of the anchor phrase in the text.
    pub anchor_span: std::ops::Range<usize>,
}

impl Relative {
    /// The claims file's form: `-20 days`, `+2 days`.
    pub fn offset(&self) -> String {
        let sign = if self.amount < 0 { '-' } else { '+' };
        let n = self.amount.unsigned_abs();
        let name = self.step.name();
        let name = if n == 1 {
            &name[..name.len() - 1]
        } else {
            name
        };
        format!("{sign}{n} {name}")
    }
}

impl Serialize for Relative {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(2))?;
        map.serialize_entry("offset", &self.offset())?;
        map.serialize_entry("anchor", &self.anchor)?;
        map.end()
    }
}

/// One date expression in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateMention {
    /// Byte range of the whole expression, hedge included (`early February`,
    /// `this Wednesday`, `20 days before Russia's invasion`).
    pub start: usize,
    pub end: usize,
    /// The resolved date; `None` when it cannot be resolved (a weekday with
    /// no publication date, a span from an event the article does not date).
    pub value: Option<When>,
    /// `early`, `mid`, `late`, `around`, `before`, `after`, `since`, `until`,
    /// `by`, a season (`spring`)...
    pub qualifier: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative: Option<Relative>,
    /// Name of the rule that made it.
    pub rule: &'static str,
    /// Token range `first..last`.
    #[serde(skip)]
    pub first: usize,
    #[serde(skip)]
    pub last: usize,
}

/// Every date expression in the text, in text order, resolved against
/// `published` where that is needed.
pub fn mentions(t: &Tokens, published: Option<NaiveDate>) -> Vec<DateMention> {
    spans::mentions(t, published)
}

/// What a rule found, before the qualifier around it is read.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub first: usize,
    pub last: usize,
    pub value: Option<When>,
    pub qualifier: Option<&'static str>,
    pub relative: Option<Relative>,
    pub rule: &'static str,
    /// An offset from the latest date the text gave before this one
    /// (`a week earlier`, `two days later`, `the next day`).
    pub from_prior: Option<(i32, Step)>,
}

impl Found {
    pub fn new(first: usize, last: usize, value: Option<When>, rule: &'static str) -> Found {
        Found {
            first,
            last,
            value,
            qualifier: None,
            relative: None,
            rule,
            from_prior: None,
        }
    }
}

/// What every rule sees: the tokens, the publication date and where the
/// previous mention ended (a year list runs on: `in 2007 and 2009`).
#[derive(Debug)]
pub(super) struct Ctx<'a, 't> {
    pub t: &'a Tokens<'t>,
    pub published: Option<NaiveDate>,
    /// The previous mention was a year ending at this token.
    pub year_before: Option<usize>,
    /// The last [`parts::amount_at`] asked for, and its answer: the rule
    /// families at one token ask for the amount there three or four times.
    pub amount_memo: std::cell::Cell<Option<(usize, Amount)>>,
}

/// An offset's amount and the token after it (`two` in `two days ago`).
type Amount = Option<(i32, usize)>;

impl Ctx<'_, '_> {
    /// [`parts::amount_at`], remembered for the last token asked about.
    pub fn amount_at(&self, i: usize) -> Amount {
        if let Some((at, found)) = self.amount_memo.get()
            && at == i
        {
            return found;
        }
        let found = parts::amount_at(self.t, i);
        self.amount_memo.set(Some((i, found)));
        found
    }
}
