//! Is the claims file still about the article it points to? The article is
//! loaded exactly as `extract` loads it, so its sha256 and its text are the
//! ones the claims were made from when nothing changed.

use std::path::Path;

use chrono::NaiveDate;

use super::Problem;
use super::located::{File, at};
use crate::article::{Article, ArticleError, parse_day};
use crate::claims::{ArticleText, article_file};

/// Checks the article link and every quote; returns the publication date the
/// review dates are held against (the claims file's, else the article's).
/// With `allow_outside` false, an article outside the claims file's
/// project is not read (see `claims::article_file`).
pub(crate) fn check(
    claims_path: &Path,
    file: &File,
    allow_outside: bool,
    out: &mut Vec<Problem>,
) -> Option<NaiveDate> {
    let info = &file.article.value;
    let info_at = at(&file.article.referenced).unwrap_or((1, 1));
    let recorded_published = published(file, info_at, out);

    let recorded = info.file.value.trim();
    let (l, c) = at(&info.file.referenced).unwrap_or(info_at);
    if recorded.is_empty() {
        out.push(Problem::error(
            l,
            c,
            "`article.file` is empty; give the article's path, relative to this claims file".into(),
        ));
        return recorded_published;
    }
    let path = match article_file::resolve(claims_path, recorded, allow_outside) {
        Ok(p) => p,
        Err(outside) => {
            out.push(Problem::error(l, c, outside.message()));
            return recorded_published;
        }
    };
    let article = match Article::load(&path, None) {
        Ok(a) => a,
        Err(ArticleError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            out.push(Problem::error(
                l,
                c,
                format!(
                    "the article is not at {}; fix `article.file` (it is relative to this claims file), or restore the article",
                    path.display()
                ),
            ));
            return recorded_published;
        }
        Err(e) => {
            out.push(Problem::error(
                l,
                c,
                format!("cannot read the article: {e}"),
            ));
            return recorded_published;
        }
    };

    let update = format!(
        "run `claimcheck update {} {}`",
        claims_path.display(),
        path.display()
    );
    text_origin(file, &article, info_at, &update, out);

    let recorded_sha = info.sha256.value.trim();
    if !recorded_sha.eq_ignore_ascii_case(&article.sha256()) {
        let (l, c) = at(&info.sha256.referenced).unwrap_or(info_at);
        out.push(Problem::error(
            l,
            c,
            format!(
                "the article {} changed since this file was made (its sha256 differs); {update} to carry the verdicts over to the new version",
                path.display()
            ),
        ));
    }

    let text = collapse(&article.text);
    // A claim marked removed quotes an earlier revision, on purpose.
    for claim in file.claims.iter().filter(|c| c.value.removed_in.is_none()) {
        let quote = &claim.value.quote;
        let q = collapse(&quote.value);
        if q.is_empty() || !text.contains(&q) {
            let (l, c) = at(&quote.referenced)
                .or_else(|| at(&claim.referenced))
                .unwrap_or(info_at);
            out.push(Problem::error(
                l,
                c,
                format!(
                    "the quote of `{}` is no longer in the article {}; {update}, or restore the quote",
                    claim.value.id.value.trim(),
                    path.display()
                ),
            ));
        }
    }
    recorded_published.or(article.published)
}

/// `article.text` must say how the article is read now: claims' line
/// numbers count lines of the page's story text, not of the HTML file.
fn text_origin(
    file: &File,
    article: &Article,
    info_at: (usize, usize),
    update: &str,
    out: &mut Vec<Problem>,
) {
    let t = &file.article.value.text;
    let recorded = t.value.as_deref().map(str::trim);
    let html = ArticleText::HtmlReadability.name();
    let read_as = article.extracted.is_some().then_some(html);
    if recorded == read_as {
        return;
    }
    let (l, c) = at(&t.referenced).unwrap_or(info_at);
    let message = match recorded {
        Some(other) if other != html => format!(
            "`text: {other}` is not a way claimcheck reads articles; it writes `text: {html}` for HTML pages and leaves `text` out otherwise"
        ),
        Some(_) => format!(
            "`text: {html}` says the claims were read out of an HTML page, but {} is not one; {update}",
            article.path.display()
        ),
        None => format!(
            "{} is an HTML page, so claims' lines count lines of its story text (`claimcheck text` prints it), but `article.text` does not say so; {update}",
            article.path.display()
        ),
    };
    out.push(Problem::error(l, c, message));
}

/// `article.published` as a date, when the file gives one.
fn published(file: &File, info_at: (usize, usize), out: &mut Vec<Problem>) -> Option<NaiveDate> {
    let p = &file.article.value.published;
    let text = p
        .value
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())?;
    let day = parse_day(text);
    if day.is_none() {
        let (l, c) = at(&p.referenced).unwrap_or(info_at);
        out.push(Problem::error(
            l,
            c,
            format!(
                "`published: {text}` is not a date; write it as YYYY-MM-DD, e.g. 2022-03-30, or null"
            ),
        ));
    }
    day
}

/// Whitespace-insensitive comparison: a re-wrapped paragraph is the same
/// article.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
