//! schema.org `ClaimReview` JSON-LD for the claims a desk has decided: what
//! search engines and fact-check aggregators (Google's Fact Check Explorer,
//! the Duke Reporters' Lab database) read.
//!
//! Google's fact-check markup documentation,
//! <https://developers.google.com/search/docs/appearance/structured-data/factcheck>
//! (as summarised property by property in Full Fact's notes,
//! <https://fullfact.github.io/markup-investigation/docs/notes/01-basic-usage/>),
//! lists these properties; each is produced where the data exists:
//!
//! | type | property | Google | from |
//! |---|---|---|---|
//! | ClaimReview | `claimReviewed` | required | the claim's sentence |
//! | ClaimReview | `reviewRating` | required | the verdict, on the desk's scale |
//! | ClaimReview | `url` | required | `desk.url_template` with the claim ID |
//! | ClaimReview | `author` | recommended | `desk.name`, an `Organization` |
//! | ClaimReview | `datePublished` | recommended | the claim's `reviewed` date |
//! | ClaimReview | `itemReviewed` | recommended | a `Claim`, below |
//! | Claim | `author` | recommended | the attribution (`source:`), see [`author`] |
//! | Claim | `datePublished` | recommended | the article's `published` date |
//! | Claim | `appearance` | recommended | a `CreativeWork`: the article's `url` (and `headline` from its `title`) |
//! | Claim | `firstAppearance` | recommended | never: see below |
//! | Rating | `alternateName` | required | the verdict's label |
//! | Rating | `name` | recommended | the verdict's label too |
//! | Rating | `ratingValue` | recommended | the verdict's rating, when it has one |
//! | Rating | `bestRating`, `worstRating` | recommended | the scale's bounds |
//!
//! `firstAppearance` is left out: the article is where the desk met the
//! claim, and usually reports it from someone else (`according to UNHCR`),
//! so calling it the first appearance would be a guess. `unverifiable` has
//! no `ratingValue` on purpose (see [`crate::verdicts::Verdict::rating`]).
//! Google has said it is phasing ClaimReview out of Search results; the
//! Fact Check Explorer and other aggregators still read it.
//!
//! Claims whose verdict is undecided (`unreviewed`, `needs-recheck`) are
//! skipped and counted; so are claims the article no longer makes
//! (`removed_in`): a fact-check of words the page no longer has would
//! mislead. Dates that are not `YYYY-MM-DD` are left out with a warning
//! rather than published as they are: `check` reports them.

pub mod author;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::{Map, Value, json};

use crate::claims::Claim;
use crate::verdicts::Config;

use super::Loaded;
use author::author_kind;

/// The reviews, in file path order then claim order, and what was left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Export {
    pub reviews: Vec<Value>,
    /// Claims without a decided verdict.
    pub skipped: usize,
    /// Claims the article no longer makes (`removed_in`).
    pub removed: usize,
    /// Claims whose verdict is not on the desk's scale (`check` says so).
    pub not_on_scale: usize,
    /// Desk configs in force without `desk.name` (`None`: no config file
    /// found): their reviews have no `author`.
    pub without_desk_name: BTreeSet<Option<PathBuf>>,
    /// Desk configs in force without `desk.url_template`: their reviews have
    /// no `url`, which Google requires.
    pub without_url_template: BTreeSet<Option<PathBuf>>,
    /// Things left out of a review, one line each (`file: id: why`).
    pub warnings: Vec<String>,
}

/// The ClaimReview objects of every decided claim in `files`.
pub fn export(files: &[Loaded]) -> Export {
    let mut out = Export::default();
    let mut urls: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for loaded in files {
        let config = &loaded.config;
        let mut used_config = false;
        for claim in &loaded.file.claims {
            if claim.removed_in.is_some() {
                out.removed += 1;
                continue;
            }
            if !crate::verdicts::is_decided(&claim.verdict) {
                out.skipped += 1;
                continue;
            }
            let Some(review) = review(loaded, claim, &mut out.warnings) else {
                out.not_on_scale += 1;
                continue;
            };
            used_config = true;
            if let Some(url) = review.get("url").and_then(Value::as_str) {
                urls.entry(url.to_string()).or_default().push(format!(
                    "{}: {}",
                    loaded.path.display(),
                    claim.id
                ));
            }
            out.reviews.push(review);
        }
        if used_config {
            note_missing(config, &mut out);
        }
    }
    for (url, claims) in urls.into_iter().filter(|(_, c)| c.len() > 1) {
        out.warnings.push(format!(
            "{} reviews share the url {url} ({}); claim IDs repeat across articles, so give each article its own folder of published checks or a template that tells them apart",
            claims.len(),
            claims.join(", ")
        ));
    }
    out
}

fn note_missing(config: &Config, out: &mut Export) {
    if config.desk.name.is_none() {
        out.without_desk_name.insert(config.path.clone());
    }
    if config.desk.url_template.is_none() {
        out.without_url_template.insert(config.path.clone());
    }
}

/// One claim's ClaimReview; `None` when its verdict is not on the scale.
fn review(loaded: &Loaded, claim: &Claim, warnings: &mut Vec<String>) -> Option<Value> {
    let config = &loaded.config;
    let rating = config.scale.review_rating(&claim.verdict)?;
    let mut warn = |what: &str, value: &str| {
        warnings.push(format!(
            "{}: {}: {what} {value:?} is not a date (YYYY-MM-DD); left out of the review",
            loaded.path.display(),
            claim.id
        ));
    };

    let mut r = Map::new();
    r.insert("@context".into(), json!("https://schema.org"));
    r.insert("@type".into(), json!("ClaimReview"));
    if let Some(url) = config.desk.review_url(&claim.id) {
        r.insert("url".into(), json!(url));
    }
    r.insert("claimReviewed".into(), json!(claim.sentence.trim()));

    let mut rating_obj = Map::new();
    rating_obj.insert("@type".into(), json!("Rating"));
    if let Some(v) = rating.rating_value {
        rating_obj.insert("ratingValue".into(), json!(v));
    }
    rating_obj.insert("bestRating".into(), json!(rating.best_rating));
    rating_obj.insert("worstRating".into(), json!(rating.worst_rating));
    rating_obj.insert("alternateName".into(), json!(rating.alternate_name));
    rating_obj.insert("name".into(), json!(rating.alternate_name));
    r.insert("reviewRating".into(), Value::Object(rating_obj));

    r.insert(
        "itemReviewed".into(),
        item_reviewed(loaded, claim, &mut warn),
    );

    if let Some(name) = &config.desk.name {
        r.insert(
            "author".into(),
            json!({"@type": "Organization", "name": name}),
        );
    }
    if let Some(day) = claim.reviewed.as_deref() {
        match date(day) {
            Some(d) => {
                r.insert("datePublished".into(), json!(d));
            }
            None => warn("reviewed", day),
        }
    }
    Some(Value::Object(r))
}

/// The claim as schema.org `Claim`: who made it, where and when it appeared.
fn item_reviewed(loaded: &Loaded, claim: &Claim, warn: &mut impl FnMut(&str, &str)) -> Value {
    let article = &loaded.file.article;
    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    if let Some(source) = claim.source.as_deref()
        && let Some(kind) = author_kind(source)
    {
        item.insert(
            "author".into(),
            json!({"@type": kind.schema_type(), "name": source.trim()}),
        );
    }
    if let Some(day) = article.published.as_deref() {
        match date(day) {
            Some(d) => {
                item.insert("datePublished".into(), json!(d));
            }
            None => warn("the article's published", day),
        }
    }
    if let Some(url) = article.url.as_deref().map(str::trim).filter(|u| is_http(u)) {
        let mut work = Map::new();
        work.insert("@type".into(), json!("CreativeWork"));
        work.insert("url".into(), json!(url));
        if let Some(title) = article
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            work.insert("headline".into(), json!(title));
        }
        item.insert("appearance".into(), Value::Object(work));
    }
    Value::Object(item)
}

/// A day, as schema.org `Date` text; `None` unless it is one.
fn date(s: &str) -> Option<String> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%Y-%m-%d").to_string())
}

fn is_http(u: &str) -> bool {
    let low = u.to_ascii_lowercase();
    (low.starts_with("https://") || low.starts_with("http://")) && !u.contains(char::is_whitespace)
}

/// The reviews as a pretty JSON array, safe to paste inside an HTML
/// `<script type="application/ld+json">`: `<`, `>` and `&` are written as
/// `\u003c`-style escapes, so editor text holding `</script>` cannot end
/// the element, and U+2028/U+2029 are escaped for old JavaScript parsers.
/// Still plain JSON: parsing gives back the same strings.
pub fn to_json(reviews: &[Value]) -> String {
    // These characters can only occur inside JSON strings, so replacing
    // them everywhere touches strings only.
    let text = serde_json::to_string_pretty(reviews).unwrap_or_else(|_| "[]".to_string());
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_end_the_element_and_still_parses() {
        let reviews = vec![json!({"claimReviewed": "</script><b>\"x\" & y\u{2028}\u{1}"})];
        let text = to_json(&reviews);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Vec<Value> = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, reviews);
    }

    #[test]
    fn only_real_days_are_dates() {
        assert_eq!(date(" 2022-03-31 ").as_deref(), Some("2022-03-31"));
        assert_eq!(date("2022-02-30"), None);
        assert_eq!(date("last week"), None);
    }
}
