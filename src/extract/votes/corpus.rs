//! Walks `corpus.yaml`: each positive example is one sentence whose vote
//! mentions must have exactly these values (and, when the example brackets
//! a part, the first mention covers that part); each negative sentence must
//! give no vote at all.
//!
//! The shared walker in `extract::corpus` goes through `scan`, which does
//! not carry votes; this one calls [`super::mentions`] on the sentence.

use serde::Deserialize;

use super::mentions;
use crate::extract::tokens::Tokens;

#[derive(Debug, Deserialize)]
struct Corpus {
    positive: Vec<Case>,
    negative: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Case {
    /// The one mention's value, or `values` for several (one per actor).
    #[serde(default)]
    value: Option<serde_json::Value>,
    #[serde(default)]
    values: Option<Vec<serde_json::Value>>,
    /// The rule expected to make the (first) mention.
    #[serde(default)]
    rule: Option<String>,
    examples: Vec<String>,
}

const CORPUS: &str = include_str!("corpus.yaml");

fn split(example: &str) -> (String, Option<String>) {
    match (example.find('['), example.find(']')) {
        (Some(a), Some(b)) if a < b => (
            example.replace(['[', ']'], ""),
            Some(example[a + 1..b].to_string()),
        ),
        _ => (example.to_string(), None),
    }
}

fn check(example: &str, case: &Case) -> Result<(), String> {
    let (text, cover) = split(example);
    let t = Tokens::new(&text);
    let found = mentions(&t, 0, t.len());
    let got: Vec<serde_json::Value> = found
        .iter()
        .map(|m| serde_json::to_value(&m.value).unwrap_or_default())
        .collect();
    let want: Vec<serde_json::Value> = match (&case.value, &case.values) {
        (Some(v), _) => vec![v.clone()],
        (None, Some(vs)) => vs.clone(),
        (None, None) => return Err("case has no value".into()),
    };
    let texts: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
    if got != want {
        return Err(format!("got {got:?} over {texts:?}"));
    }
    if let Some(cover) = cover
        && texts.first() != Some(&cover.as_str())
    {
        return Err(format!("covers {texts:?}, not {cover:?}"));
    }
    if let Some(rule) = &case.rule
        && found.first().map(|m| m.rule) != Some(rule.as_str())
    {
        return Err(format!(
            "rule {:?}, not {rule}",
            found.first().map(|m| m.rule)
        ));
    }
    Ok(())
}

/// Walks the vote corpus: (examples checked, failures). Called by the one
/// corpus test in `extract/corpus.rs`.
pub(crate) fn walk() -> (usize, Vec<String>) {
    let corpus: Corpus = serde_saphyr::from_str(CORPUS).expect("votes/corpus.yaml parses");
    let mut failures = Vec::new();
    let mut cases = 0;
    for case in &corpus.positive {
        for example in &case.examples {
            cases += 1;
            if let Err(why) = check(example, case) {
                failures.push(format!("{example:?}: {why}"));
            }
        }
    }
    for example in &corpus.negative {
        cases += 1;
        let t = Tokens::new(example);
        let found = mentions(&t, 0, t.len());
        if !found.is_empty() {
            let texts: Vec<&str> = found.iter().map(|m| &example[m.start..m.end]).collect();
            failures.push(format!(
                "negative {example:?} gave {texts:?} ({:?})",
                found[0].value
            ));
        }
    }
    (cases, failures)
}
