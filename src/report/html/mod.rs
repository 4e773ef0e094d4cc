//! The HTML report: one self-contained page a person reads in a browser or
//! prints. Each article's text with every claim's quote marked in its
//! verdict's colour, the claims table beside it, the history of changed
//! claims, and on top the counts by verdict as a bar chart.
//!
//! The page fetches nothing (inline CSS, no scripts, no fonts), so it opens
//! the same from a mail attachment, an archive or an air-gapped laptop.
//! Everything from a claims file or an article goes through
//! [`escape::escape`]; only http(s) addresses become links. The output
//! depends only on the input (no clock, no hash-map order), so a report
//! committed next to the claims diffs cleanly.

mod escape;
mod marks;
mod summary;
mod table;
#[cfg(test)]
mod tests;

use std::fmt::Write as _;

pub use escape::{escape, http_url};

use super::Loaded;
use crate::article::{Article, ArticleError};
use crate::claims::Claim;

const STYLE: &str = include_str!("style.css");

/// The article of a claims file, or why it cannot be shown, in words for
/// the page; an article outside the claims file's project is not read.
pub fn read_article(l: &Loaded) -> Result<Article, String> {
    read_article_with(l, false)
}

/// [`read_article`], reading articles outside the project too when
/// `allow_outside` (`--allow-outside`).
pub fn read_article_with(l: &Loaded, allow_outside: bool) -> Result<Article, String> {
    let path = l.resolve_article(allow_outside)?;
    Article::load(&path, None).map_err(|e| match e {
        ArticleError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            format!(
                "the article is not at {} (`article.file` is relative to the claims file)",
                path.display()
            )
        }
        e => format!("cannot read the article: {e}"),
    })
}

/// The page for `files` (claims already filtered by the caller). `articles`
/// holds each file's article in the same order, or the reason it could not
/// be read; the claims are then shown without the text.
pub fn render(files: &[Loaded], articles: &[Result<Article, String>]) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let title = page_title(files);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"claimcheck\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<div class=\"page\">\n",
        escape(&title)
    );
    summary::top(&mut out, files, &title);
    for (i, l) in files.iter().enumerate() {
        let article = articles
            .get(i)
            .map(|a| a.as_ref().map_err(String::as_str))
            .unwrap_or(Err("no article was given for this claims file"));
        story(&mut out, i, l, article);
    }
    out.push_str(
        "<footer class=\"end\">Made by claimcheck from the claims files named above. \
         Marks in the text are the claims' quotes, coloured by verdict; \
         the numbers link text and table.</footer>\n</div>\n</body>\n</html>\n",
    );
    out
}

fn page_title(files: &[Loaded]) -> String {
    match files {
        [one] => match &one.file.article.title {
            Some(t) if !t.trim().is_empty() => format!("Fact-check: {}", t.trim()),
            _ => "Fact-check report".to_string(),
        },
        _ => "Fact-check report".to_string(),
    }
}

/// The article's file name, for headings when it has no title.
fn article_name(l: &Loaded) -> String {
    let f = &l.file.article.file;
    f.rsplit(['/', '\\']).next().unwrap_or(f).to_string()
}

/// How a claim's verdict looks: its label and its CSS class.
struct Look {
    label: String,
    class: String,
}

fn look(l: &Loaded, verdict: &str) -> Look {
    match l.config.scale.get(verdict) {
        Some(v) => Look {
            label: v.label.clone(),
            class: escape::class_name(&v.class),
        },
        None => Look {
            label: verdict.to_string(),
            class: "unknown".to_string(),
        },
    }
}

fn story(out: &mut String, i: usize, l: &Loaded, article: Result<&Article, &str>) {
    let info = &l.file.article;
    let f = i + 1;
    let heading = info
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map_or_else(|| article_name(l), str::to_string);
    let _ = write!(
        out,
        "<section class=\"story\" id=\"f{f}\">\n<header>\n<h2>{}</h2>\n<p class=\"meta\">",
        escape(&heading)
    );
    let mut meta = Vec::new();
    if let Some(p) = &info.published {
        meta.push(format!("Published {}", escape(p)));
    }
    meta.push(format!("revision {}", info.revision));
    meta.push(format!(
        "claims <code>{}</code>",
        escape(&l.path.display().to_string())
    ));
    if let Some(u) = &info.url {
        meta.push(match http_url(u) {
            Some(u) => format!(
                "<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a>",
                escape(u)
            ),
            None => escape(u),
        });
    }
    out.push_str(&meta.join(" · "));
    out.push_str("</p>\n");
    summary::strip(out, l);
    let claims = &l.file.claims;
    let spans = match article {
        Ok(a) => {
            if a.sha256() != info.sha256.trim().to_ascii_lowercase() {
                let _ = writeln!(
                    out,
                    "<p class=\"notice\">The article has changed since these claims were made; \
                     quotes not found in it are flagged. Run <code>claimcheck update {} {}</code>.</p>",
                    escape(&l.path.display().to_string()),
                    escape(&a.path.display().to_string())
                );
            }
            marks::locate(a, claims)
        }
        Err(why) => {
            let _ = writeln!(
                out,
                "<p class=\"notice\">Article text not shown: {}.</p>",
                escape(why)
            );
            vec![None; claims.len()]
        }
    };
    out.push_str("</header>\n<div class=\"cols\">\n");
    match article {
        Ok(a) => {
            let tags: Vec<marks::Tag> = claims
                .iter()
                .enumerate()
                .map(|(k, c)| tag(l, f, k, c))
                .collect();
            out.push_str("<div class=\"text\">\n");
            out.push_str(&marks::paragraphs(&a.text, &spans, &tags));
            out.push_str("</div>\n");
        }
        Err(_) => {
            out.push_str("<div class=\"text missing\"><p>The article text is not available; the claims are listed beside.</p></div>\n");
        }
    }
    table::claims(out, l, f, &spans, article.is_ok());
    out.push_str("</div>\n");
    table::changes(out, l, f);
    out.push_str("</section>\n");
}

fn tag(l: &Loaded, f: usize, k: usize, c: &Claim) -> marks::Tag {
    let look = look(l, &c.verdict);
    let tip = format!("{} · {} · {}", c.id, look.label, super::value::shown(c));
    marks::Tag {
        open: format!(
            "<mark class=\"v v-{}\" id=\"f{f}-m{}\" data-claim=\"{}\" title=\"{}\">",
            look.class,
            k + 1,
            escape(&c.id),
            escape(&tip)
        ),
        after: format!(
            "<sup class=\"n\"><a href=\"#f{f}-c{0}\">{0}</a></sup>",
            k + 1
        ),
    }
}
