//! One claim as `report --format json` and `--format csv` give it. The
//! field names are part of the interface (scripts read them) and are listed
//! in README; add fields at the end, never rename.

use serde::Serialize;
use serde_json::Value;

use super::Loaded;
use super::value::shown;
use crate::claims::{Claim, History, Source};

#[derive(Debug, Serialize)]
pub struct Record<'a> {
    /// The claims file.
    pub file: String,
    /// The article, as the claims file records it.
    pub article: &'a str,
    pub title: Option<&'a str>,
    pub published: Option<&'a str>,
    pub revision: u32,
    pub id: &'a str,
    pub kind: &'static str,
    pub quote: &'a str,
    pub sentence: &'a str,
    pub line: usize,
    pub value: &'a Value,
    pub value_text: String,
    pub qualifier: Option<&'a str>,
    pub unit: Option<&'a str>,
    pub currency: Option<&'a str>,
    pub subject: Option<&'a str>,
    pub source: Option<&'a str>,
    pub verdict: &'a str,
    pub verdict_label: String,
    pub verdict_class: String,
    pub sources: &'a [Source],
    pub reviewer: Option<&'a str>,
    pub reviewed: Option<&'a str>,
    pub note: Option<&'a str>,
    pub removed_in: Option<u32>,
    pub history: &'a [History],
}

impl<'a> Record<'a> {
    pub fn new(l: &'a Loaded, c: &'a Claim) -> Self {
        let verdict = l.config.scale.get(&c.verdict);
        let a = &l.file.article;
        Record {
            file: l.path.display().to_string(),
            article: &a.file,
            title: a.title.as_deref(),
            published: a.published.as_deref(),
            revision: a.revision,
            id: &c.id,
            kind: c.kind.name(),
            quote: &c.quote,
            sentence: &c.sentence,
            line: c.line,
            value: &c.value,
            value_text: shown(c),
            qualifier: c.qualifier.as_deref(),
            unit: c.unit.as_deref(),
            currency: c.currency.as_deref(),
            subject: c.subject.as_deref(),
            source: c.source.as_deref(),
            verdict: &c.verdict,
            verdict_label: verdict.map_or_else(|| c.verdict.clone(), |v| v.label.clone()),
            verdict_class: verdict.map_or_else(|| "unknown".to_string(), |v| v.class.clone()),
            sources: &c.sources,
            reviewer: c.reviewer.as_deref(),
            reviewed: c.reviewed.as_deref(),
            note: c.note.as_deref(),
            removed_in: c.removed_in,
            history: &c.history,
        }
    }
}

/// CSV columns, in order. Lists become counts, and the source URLs one
/// field separated by spaces (URLs have none).
pub const CSV_FIELDS: [&str; 27] = [
    "file",
    "article",
    "title",
    "published",
    "revision",
    "id",
    "kind",
    "quote",
    "sentence",
    "line",
    "value",
    "value_text",
    "qualifier",
    "unit",
    "currency",
    "subject",
    "source",
    "verdict",
    "verdict_label",
    "verdict_class",
    "sources",
    "source_urls",
    "reviewer",
    "reviewed",
    "note",
    "removed_in",
    "history",
];

impl Record<'_> {
    pub fn csv_row(&self) -> Vec<String> {
        let o = |v: Option<&str>| v.unwrap_or("").to_string();
        let urls: Vec<&str> = self
            .sources
            .iter()
            .filter_map(|s| s.url.as_deref())
            .collect();
        vec![
            self.file.clone(),
            self.article.to_string(),
            o(self.title),
            o(self.published),
            self.revision.to_string(),
            self.id.to_string(),
            self.kind.to_string(),
            self.quote.to_string(),
            self.sentence.to_string(),
            self.line.to_string(),
            match self.value {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                v => v.to_string(),
            },
            self.value_text.clone(),
            o(self.qualifier),
            o(self.unit),
            o(self.currency),
            o(self.subject),
            o(self.source),
            self.verdict.to_string(),
            self.verdict_label.clone(),
            self.verdict_class.clone(),
            self.sources.len().to_string(),
            urls.join(" "),
            o(self.reviewer),
            o(self.reviewed),
            o(self.note),
            self.removed_in.map(|r| r.to_string()).unwrap_or_default(),
            self.history.len().to_string(),
        ]
    }
}
