//! The one test that walks every dimension's corpus (Duckling's habit):
//! positive examples with the value they must give, negative examples that
//! must give nothing. Corpora are data files beside each dimension's rules.

use serde::Deserialize;

use super::{Mention, scan};

/// A mention-level corpus: what `scan` must find in a short text.
#[derive(Debug, Deserialize)]
struct MentionCorpus {
    positive: Vec<MentionCase>,
    #[serde(default)]
    negative: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct MentionCase {
    /// Expected dimension (`number`, `percent`, `money`...).
    dim: String,
    /// A number, or `{min, max}`.
    value: serde_json::Value,
    #[serde(default)]
    qualifier: Option<String>,
    #[serde(default)]
    unit: Option<String>,
    examples: Vec<String>,
}

pub(crate) const MENTION_CORPORA: &[(&str, &str)] = &[
    ("numbers", include_str!("numbers/corpus.yaml")),
    ("quantities", include_str!("quantities/corpus.yaml")),
];

fn same_value(got: &serde_json::Value, want: &serde_json::Value) -> bool {
    match (got, want) {
        (serde_json::Value::Number(a), serde_json::Value::Number(b)) => {
            let (a, b) = (
                a.as_f64().unwrap_or(f64::NAN),
                b.as_f64().unwrap_or(f64::NAN),
            );
            (a - b).abs() <= 1e-9 * b.abs().max(1.0)
        }
        (serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
            a.len() == b.len()
                && b.iter()
                    .all(|(k, v)| a.get(k).is_some_and(|g| same_value(g, v)))
        }
        _ => got == want,
    }
}

/// An example may bracket the part the mention must cover, so context can
/// stand around it: `[hundreds] of people`. Returns (input, expected cover).
fn split_example(example: &str) -> (String, String) {
    match (example.find('['), example.find(']')) {
        (Some(a), Some(b)) if a < b => (
            example.replace(['[', ']'], ""),
            example[a + 1..b].to_string(),
        ),
        _ => (example.to_string(), example.trim().to_string()),
    }
}

fn check_mention(example: &str, case: &MentionCase, found: &[Mention]) -> Result<(), String> {
    let (example, text) = split_example(example);
    let [m] = found else {
        let texts: Vec<&str> = found.iter().map(|m| &example[m.start..m.end]).collect();
        return Err(format!("expected one mention, got {texts:?}"));
    };
    let covered = &example[m.start..m.end];
    if covered != text {
        return Err(format!("mention covers {covered:?}, not the whole input"));
    }
    if m.dim.name() != case.dim {
        return Err(format!("dim {} != {}", m.dim.name(), case.dim));
    }
    let got = serde_json::to_value(m.value).map_err(|e| e.to_string())?;
    if !same_value(&got, &case.value) {
        return Err(format!("value {got} != {}", case.value));
    }
    if m.qualifier != case.qualifier.as_deref() {
        return Err(format!(
            "qualifier {:?} != {:?}",
            m.qualifier, case.qualifier
        ));
    }
    if m.unit != case.unit.as_deref() {
        return Err(format!("unit {:?} != {:?}", m.unit, case.unit));
    }
    Ok(())
}

#[test]
fn every_mention_corpus_holds() {
    let mut failures = Vec::new();
    let mut cases = 0;
    // Dates and votes have values of their own shape; each walks its corpus
    // with its own checker, and this test holds them all to one account.
    for (name, walk) in [
        (
            "dates",
            super::dates::corpus::walk as fn() -> (usize, Vec<String>),
        ),
        ("votes", super::votes::corpus::walk),
    ] {
        let (n, failed) = walk();
        assert!(n >= 100, "{name}: only {n} corpus examples");
        cases += n;
        failures.extend(failed.into_iter().map(|f| format!("{name}: {f}")));
    }
    for (name, data) in MENTION_CORPORA {
        let corpus: MentionCorpus = serde_saphyr::from_str(data)
            .unwrap_or_else(|e| panic!("{name}/corpus.yaml does not parse: {e}"));
        for case in &corpus.positive {
            for example in &case.examples {
                cases += 1;
                let input = split_example(example).0;
                if let Err(why) = check_mention(example, case, &scan(&input)) {
                    failures.push(format!("{name}: {example:?}: {why}"));
                }
            }
        }
        for example in &corpus.negative {
            cases += 1;
            let found = scan(example);
            if !found.is_empty() {
                failures.push(format!("{name}: negative {example:?} gave {found:?}"));
            }
        }
    }
    assert!(cases > 0);
    assert!(
        failures.is_empty(),
        "{} of {cases} corpus examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A claim-level corpus: article fragments and the claims they must give,
/// in order (an empty list means: no claim at all).
#[derive(Debug, Deserialize)]
struct ClaimCase {
    text: String,
    claims: Vec<ExpectedClaim>,
}

/// Only the fields given are compared.
#[derive(Debug, Deserialize)]
struct ExpectedClaim {
    kind: String,
    #[serde(default)]
    value: Option<serde_json::Value>,
    #[serde(default)]
    qualifier: Option<Option<String>>,
    #[serde(default)]
    subject: Option<Option<String>>,
    #[serde(default)]
    source: Option<Option<String>>,
    #[serde(default)]
    quote: Option<String>,
}

pub(crate) const CLAIM_CORPORA: &[(&str, &str)] = &[
    ("counts", include_str!("counts/corpus.yaml")),
    ("subjects", include_str!("counts/subjects.yaml")),
    ("attribution", include_str!("attribution/corpus.yaml")),
    ("date claims", include_str!("dates/claims.yaml")),
    ("vote claims", include_str!("votes/claims.yaml")),
];

fn check_claims(case: &ClaimCase) -> Result<(), String> {
    let path = std::path::Path::new("corpus");
    let article =
        crate::article::Article::from_str(path, &case.text, None).map_err(|e| e.to_string())?;
    let drafts = super::drafts(&article.text, &article.sentences, article.published);
    let got: Vec<String> = drafts
        .iter()
        .map(|d| {
            format!(
                "{} {} q={:?} subj={:?} src={:?} quote={:?}",
                d.kind.name(),
                serde_json::to_string(&d.value).unwrap_or_default(),
                d.qualifier,
                d.subject,
                d.source,
                &article.text[d.quote.clone()]
            )
        })
        .collect();
    if drafts.len() != case.claims.len() {
        return Err(format!(
            "expected {} claims, got {got:#?}",
            case.claims.len()
        ));
    }
    for (i, (d, want)) in drafts.iter().zip(&case.claims).enumerate() {
        let mut bad = Vec::new();
        if d.kind.name() != want.kind {
            bad.push("kind");
        }
        if let Some(v) = &want.value {
            let value = serde_json::to_value(&d.value).unwrap_or_default();
            if !same_value(&value, v) {
                bad.push("value");
            }
        }
        if want
            .qualifier
            .as_ref()
            .is_some_and(|q| q.as_deref() != d.qualifier)
        {
            bad.push("qualifier");
        }
        if want.subject.as_ref().is_some_and(|s| s != &d.subject) {
            bad.push("subject");
        }
        if want.source.as_ref().is_some_and(|s| s != &d.source) {
            bad.push("source");
        }
        if want
            .quote
            .as_ref()
            .is_some_and(|q| q != &article.text[d.quote.clone()])
        {
            bad.push("quote");
        }
        if !bad.is_empty() {
            return Err(format!("claim {i}: wrong {bad:?}; got {}", got[i]));
        }
    }
    Ok(())
}

#[test]
fn every_claim_corpus_holds() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (name, data) in CLAIM_CORPORA {
        let corpus: Vec<ClaimCase> = serde_saphyr::from_str(data)
            .unwrap_or_else(|e| panic!("{name}/corpus.yaml does not parse: {e}"));
        for case in &corpus {
            cases += 1;
            if let Err(why) = check_claims(case) {
                failures.push(format!("{name}: {:?}: {why}", case.text));
            }
        }
    }
    assert!(cases > 0);
    assert!(
        failures.is_empty(),
        "{} of {cases} claim corpus cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
