//! The claims file: its model, its YAML form, and how extraction fills it.

use std::collections::BTreeMap;

use crate::article::Article;
use crate::extract::{Dim, Draft, Value};

pub mod article_file;
mod ids;
pub mod model;
pub mod schema;
pub mod splice;
pub mod walk;
pub mod yaml;

pub use model::{
    ArticleInfo, ArticleText, Claim, ClaimsFile, FORMAT, History, Source, Span, UNREVIEWED,
};

/// A price keeps what it is per apart from its currency (`$80 a barrel`:
/// `currency: USD`, `unit: per barrel`), so the currency field stays a code
/// a desk can filter on.
fn money_unit(unit: Option<&str>) -> (Option<String>, Option<String>) {
    match unit {
        Some(u) => match u.split_once(" per ") {
            Some((code, per)) => (Some(format!("per {per}")), Some(code.to_string())),
            None => (None, Some(u.to_string())),
        },
        None => (None, None),
    }
}

/// A new claims file for `article`; `article_file` is the article's path as
/// the claims file should record it (relative to the claims file).
pub fn build(article: &Article, drafts: &[Draft], article_file: &str) -> ClaimsFile {
    let mut file = header(article, article_file);
    file.claims = each_claim(article, drafts).collect();
    file
}

/// A new claims file with no claims yet: what [`yaml::write_streamed`]
/// writes [`each_claim`] under, so a large article's claims never all sit in
/// memory at once.
pub fn header(article: &Article, article_file: &str) -> ClaimsFile {
    ClaimsFile {
        format: FORMAT.to_string(),
        article: ArticleInfo {
            file: article_file.to_string(),
            published: article.published.map(|d| d.format("%Y-%m-%d").to_string()),
            title: article.title.clone(),
            url: article.url.clone(),
            text: article
                .extracted
                .is_some()
                .then_some(ArticleText::HtmlReadability),
            revision: 1,
            sha256: article.sha256(),
            extra: BTreeMap::new(),
        },
        claims: Vec::new(),
        extra: BTreeMap::new(),
    }
}

/// The claims of `drafts`, in order, made one at a time.
pub fn each_claim<'a>(
    article: &'a Article,
    drafts: &'a [Draft],
) -> impl Iterator<Item = Claim> + 'a {
    let ids = ids::assign(drafts.iter().map(id_parts));
    // Claims of one sentence come together; its one-line form is made once.
    let mut last_sentence: Option<(std::ops::Range<usize>, String)> = None;
    drafts.iter().zip(ids).map(move |(d, id)| {
        let (unit, currency) = match d.dim {
            Dim::Money => money_unit(d.unit),
            _ => (d.unit.map(str::to_string), None),
        };
        Claim {
            id,
            kind: d.kind,
            quote: article.text[d.quote.clone()].to_string(),
            sentence: match &last_sentence {
                Some((range, text)) if *range == d.sentence => text.clone(),
                _ => {
                    let text = collapse(&article.text[d.sentence.clone()]);
                    last_sentence = Some((d.sentence.clone(), text.clone()));
                    text
                }
            },
            line: article.line_of(d.quote.start),
            value: value_json(&d.value),
            relative: d.relative.as_ref().map(|r| Span {
                offset: r.offset(),
                anchor: r.anchor.clone(),
                extra: BTreeMap::new(),
            }),
            unit,
            currency,
            qualifier: d.qualifier.map(str::to_string),
            subject: d.subject.clone(),
            source: d.source.clone(),
            removed_in: None,
            verdict: UNREVIEWED.to_string(),
            sources: Vec::new(),
            reviewer: None,
            reviewed: None,
            note: None,
            history: Vec::new(),
            extra: BTreeMap::new(),
        }
    })
}

/// What a claim's ID is made of: a figure is known by its source, a date by
/// the event it dates (`date-meeting-1`), a vote by who voted or where
/// (`vote-china-1`): the parts least likely to change in a revision.
fn id_parts(d: &Draft) -> (&str, Option<&str>, Option<&str>) {
    match &d.value {
        Value::Date(_) => (d.kind.name(), None, d.subject.as_deref()),
        Value::Vote(v) => (
            d.kind.name(),
            v.actor.as_deref().or(v.body.as_deref()),
            None,
        ),
        Value::Amount(_) => (d.kind.name(), d.source.as_deref(), d.subject.as_deref()),
    }
}

/// Sentences can span hard-wrapped lines; the file keeps them on one line.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn value_json(v: &Value) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

/// The comment lines a new claims file starts with.
pub fn header_comments(article_display: &str) -> Vec<String> {
    vec![
        format!("Claims extracted from {article_display}"),
        "Editors: fill in verdict, sources, reviewer, reviewed and note. Leave the rest to the tool."
            .to_string(),
    ]
}

#[cfg(test)]
mod tests {
    use super::money_unit;

    /// Streaming a new file claim by claim gives the very bytes that
    /// building the whole file first gives, with claims and without.
    #[test]
    fn streamed_files_are_the_built_files() {
        let path = std::path::Path::new("a.txt");
        for text in [
            "date 2024-03-14\n\nSome 5,000 refugees crossed on Sunday, the UN said. \
             The assembly voted 141 to 5 on 2 March.",
            "Nothing to check here.",
        ] {
            let article =
                crate::article::Article::from_str(path, text, None).expect("article loads");
            let drafts =
                crate::extract::drafts(&article.text, &article.sentences, article.published);
            let comments = vec!["a comment".to_string()];
            let built = super::yaml::write(&super::build(&article, &drafts, "a.txt"), &comments);
            let mut streamed = Vec::new();
            let n = super::yaml::write_streamed(
                &mut streamed,
                &super::header(&article, "a.txt"),
                super::each_claim(&article, &drafts),
                &comments,
            )
            .expect("writes to memory");
            assert_eq!(String::from_utf8(streamed).expect("utf-8"), built);
            assert_eq!(n, drafts.len());
            assert_eq!(n == 0, text.starts_with("Nothing"), "{text}");
        }
    }

    #[test]
    fn a_price_splits_into_currency_and_what_it_is_per() {
        let some = |s: &str| Some(s.to_string());
        assert_eq!(money_unit(Some("USD")), (None, some("USD")));
        assert_eq!(
            money_unit(Some("USD per barrel")),
            (some("per barrel"), some("USD"))
        );
        // A generic currency name with a space is still all currency.
        assert_eq!(money_unit(Some("CFA francs")), (None, some("CFA francs")));
    }
}
