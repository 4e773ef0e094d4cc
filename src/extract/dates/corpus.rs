//! Walks `corpus.yaml`: each positive example must give a date mention
//! covering its bracketed part (the whole example without brackets), with
//! the value, qualifier and relative span given; each negative must give
//! no date at all. The way `extract::corpus` walks the other dimensions,
//! with the date's own fields (a publication date, a relative span).

use chrono::NaiveDate;
use serde::Deserialize;

use super::{DateMention, mentions};
use crate::extract::tokens::Tokens;

#[derive(Debug, Deserialize)]
struct Corpus {
    /// The publication date examples are resolved against.
    published: String,
    positive: Vec<Case>,
    negative: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Case {
    /// ISO value (`2022-03-30`, `2022-02`, `2021`, `1990s`), or null.
    value: Option<String>,
    #[serde(default)]
    qualifier: Option<String>,
    /// `{offset: "-20 days", anchor: "Russia's invasion"}`.
    #[serde(default)]
    relative: Option<Rel>,
    /// Overrides the corpus date; `none` means no publication date.
    #[serde(default)]
    published: Option<String>,
    /// How many date mentions the example holds (default 1).
    #[serde(default)]
    count: Option<usize>,
    examples: Vec<String>,
}

#[derive(Debug, Deserialize, PartialEq)]
struct Rel {
    offset: String,
    anchor: String,
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// (input without brackets, the bracketed part).
fn split(example: &str) -> (String, String) {
    match (example.find('['), example.find(']')) {
        (Some(a), Some(b)) if a < b => (
            example.replace(['[', ']'], ""),
            example[a + 1..b].to_string(),
        ),
        _ => (example.to_string(), example.trim().to_string()),
    }
}

fn check(case: &Case, input: &str, want: &str, found: &[DateMention]) -> Result<(), String> {
    let texts: Vec<&str> = found.iter().map(|m| &input[m.start..m.end]).collect();
    if found.len() != case.count.unwrap_or(1) {
        return Err(format!("{} mentions: {texts:?}", found.len()));
    }
    let Some(m) = found.iter().find(|m| &input[m.start..m.end] == want) else {
        return Err(format!("no mention covers {want:?}: {texts:?}"));
    };
    let value = m.value.map(super::When::iso);
    if value != case.value {
        return Err(format!("value {value:?} != {:?} ({})", case.value, m.rule));
    }
    if m.qualifier != case.qualifier.as_deref() {
        return Err(format!(
            "qualifier {:?} != {:?}",
            m.qualifier, case.qualifier
        ));
    }
    let rel = m.relative.as_ref().map(|r| Rel {
        offset: r.offset(),
        anchor: r.anchor.clone(),
    });
    if rel != case.relative {
        return Err(format!("relative {rel:?} != {:?}", case.relative));
    }
    Ok(())
}

/// Walks the date corpus: (examples checked, failures). Called by the one
/// corpus test in `extract/corpus.rs`.
pub(crate) fn walk() -> (usize, Vec<String>) {
    let corpus: Corpus = serde_saphyr::from_str(include_str!("corpus.yaml"))
        .unwrap_or_else(|e| panic!("dates/corpus.yaml does not parse: {e}"));
    let default = date(&corpus.published);
    let mut failures = Vec::new();
    let mut cases = 0;
    for case in &corpus.positive {
        let published = match case.published.as_deref() {
            Some("none") => None,
            Some(s) => date(s),
            None => default,
        };
        for example in &case.examples {
            cases += 1;
            let (input, want) = split(example);
            let found = mentions(&Tokens::new(&input), published);
            if let Err(why) = check(case, &input, &want, &found) {
                failures.push(format!("{example:?}: {why}"));
            }
        }
    }
    for example in &corpus.negative {
        cases += 1;
        let found = mentions(&Tokens::new(example), default);
        if !found.is_empty() {
            let texts: Vec<&str> = found.iter().map(|m| &example[m.start..m.end]).collect();
            failures.push(format!("negative {example:?} gave {texts:?}"));
        }
    }
    (cases, failures)
}
