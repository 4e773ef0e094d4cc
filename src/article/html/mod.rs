//! Saved HTML pages as articles: the story's own text, without the menus,
//! ads, cookie banners and lists of other stories around it.
//!
//! `meta` first reads the headline, date and URL the page declares; `chrome`
//! removes blocks the page marks as ads, banners, menus and the like;
//! `dom_smoothie` (a port of Mozilla's Readability, the algorithm behind
//! Firefox's reader view) picks the element that holds the story; `text`
//! lays that out as plain text. The headline goes on the first line when
//! the story's text does not already start with it: headlines make claims
//! too, and an editor checking a claim should find every quoted word in
//! `claimcheck text`. Claims' line numbers count lines of that text, not of
//! the HTML file (a page's lines are layout, meaningless to an editor).
//!
//! The text depends on dom_smoothie's choices, so a new version of it can
//! change an unchanged page's text and sha256; `check` then asks for an
//! `update`, which carries every verdict over as for any revision.

use dom_smoothie::{Config, Readability};

mod chrome;
mod meta;
mod text;

pub(crate) use meta::Meta;

/// The text of a page and what it says about itself.
#[derive(Debug)]
pub(crate) struct Page {
    /// Plain text, paragraphs separated by blank lines, ending in `\n`.
    pub text: String,
    pub meta: Meta,
}

/// Why a page gave no article text.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PageError {
    /// Readability found no block of running text (an index page, a page
    /// that builds its story with JavaScript, an error page).
    NoArticle,
}

/// Whether to read a file as an HTML page: by its name, or, for a page
/// saved without one, by how it starts.
pub(crate) fn is_html(path: &std::path::Path, raw: &str) -> bool {
    let by_name = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["html", "htm", "xhtml"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    });
    let head = raw.trim_start_matches('\u{feff}').trim_start();
    let starts = |tag: &str| {
        head.get(..tag.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(tag))
    };
    by_name || starts("<!doctype html") || starts("<html")
}

/// The article in a page.
pub(crate) fn read(raw: &str) -> Result<Page, PageError> {
    let config = Config {
        // Readability.js counts a paragraph towards "there is a story
        // here" from 140 characters; wire copy runs one sentence to a
        // paragraph, often shorter, and a short story is still a story.
        readable_min_content_length: 80,
        ..Config::default()
    };
    let mut r = Readability::new(raw, None, Some(config)).map_err(|_| PageError::NoArticle)?;
    let guess = r.get_article_title().to_string();
    let meta = meta::read(&r.doc, Some(guess).filter(|t| !t.trim().is_empty()));
    chrome::strip(&r.doc);
    // The quick test Readability.js offers for "is there a story here":
    // without it, Readability's last, rule-free attempt returns whatever
    // text the page has, menus included, and we would extract claims from
    // a site's navigation.
    if !r.is_probably_readable() {
        return Err(PageError::NoArticle);
    }
    let article = r.parse().map_err(|_| PageError::NoArticle)?;
    let body = text::to_text(&article.content);
    if body.trim().is_empty() {
        return Err(PageError::NoArticle);
    }
    let text = match &meta.title {
        Some(t) if !starts_with_words(&body, t) => format!("{t}\n\n{body}"),
        _ => body,
    };
    Ok(Page { text, meta })
}

/// Whether `text`'s first line is `title`, give or take spacing and case.
fn starts_with_words(text: &str, title: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    let words = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    words(first) == words(title)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn html_is_known_by_extension_or_by_its_start() {
        assert!(is_html(Path::new("a.HTML"), "plain"));
        assert!(is_html(Path::new("a.htm"), ""));
        assert!(is_html(Path::new("page"), "\u{feff}  <!DOCTYPE html><p>x"));
        assert!(is_html(Path::new("a.txt"), "\n<html lang=en>"));
        assert!(!is_html(Path::new("a.txt"), "The <html> tag is old."));
        assert!(!is_html(
            Path::new("a.md"),
            "<p>inline html in markdown</p>"
        ));
        assert!(!is_html(Path::new("html"), "<!doc"));
    }

    #[test]
    fn headline_goes_first_unless_the_story_starts_with_it() {
        let para = "<p>The agency said almost 4 million people had fled the fighting since February, \
                    according to figures it published on Tuesday in Geneva after weeks of counting.</p>";
        let page = format!(
            "<html><head><title>Four million people flee the fighting | Wire</title></head><body>\
             <nav><a href='/'>Home</a></nav><article>{}</article></body></html>",
            para.repeat(3)
        );
        let p = read(&page).unwrap();
        assert_eq!(
            p.meta.title.as_deref(),
            Some("Four million people flee the fighting")
        );
        assert!(
            p.text
                .starts_with("Four million people flee the fighting\n\nThe agency said"),
            "{}",
            p.text
        );
        assert!(!p.text.contains("Home"), "{}", p.text);
        assert_eq!(p.text.matches("The agency said").count(), 3);

        let with_h1 = page.replace(
            "<article>",
            "<article><h1>Four  million people flee the fighting</h1>",
        );
        let p = read(&with_h1).unwrap();
        assert_eq!(p.text.matches("flee the fighting").count(), 1, "{}", p.text);
    }

    #[test]
    fn a_page_without_a_story_is_no_article() {
        let page = "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>\
                    <footer>\u{a9} 2024 Example News</footer></body></html>";
        assert_eq!(read(page).unwrap_err(), PageError::NoArticle);
        assert_eq!(read("").unwrap_err(), PageError::NoArticle);
    }
}
