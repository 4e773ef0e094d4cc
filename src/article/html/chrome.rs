//! Page furniture removed before Readability looks for the story.
//!
//! Readability judges a block by its text and its density of links, so an
//! ad or a newsletter box with one sentence of copy, sitting inside the
//! story's container, passes for a paragraph, and every figure in it
//! ("save 50%", "join 250,000 readers") would become a claim. Publishers
//! mark such blocks plainly, in their tag or in a class, id or ARIA role,
//! because their own stylesheets and ad code need to find them; those marks
//! are what this module goes by. It errs towards keeping text: a block goes
//! only when one of its marks is a whole word from the lists below.

use dom_query::{Document, NodeRef};

/// Elements that hold no part of a story (a pull quote in an `<aside>`
/// repeats the story's own words).
const TAGS: &[&str] = &["aside", "dialog", "footer", "form", "nav"];

/// ARIA landmark roles of the page around the story.
const ROLES: &[&str] = &[
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "navigation",
    "search",
];

/// Words of a class or id (split at `-` and `_`) that mark furniture.
const WORDS: &[&str] = &[
    "ad",
    "ads",
    "adslot",
    "advert",
    "advertisement",
    "banner",
    "comments",
    "consent",
    "cookie",
    "cookies",
    "gdpr",
    "newsletter",
    "outbrain",
    "paywall",
    "promo",
    "recirc",
    "related",
    "share",
    "sharing",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "taboola",
    "trending",
];

/// Elements kept whatever their marks: `<body class="has-ads">` is the page.
const NEVER: &[&str] = &["html", "body", "main", "article"];

/// Removes the page's furniture from `doc`.
pub(crate) fn strip(doc: &Document) {
    let mut doomed: Vec<NodeRef> = doc
        .root()
        .descendants_it()
        .filter(|n| n.is_element() && is_furniture(n))
        .collect();
    doomed.extend(doc.select("time").nodes().iter().filter_map(timestamp_line));
    for n in doomed {
        n.remove_from_parent();
    }
}

/// The block around a `<time>` when that block is a byline or timestamp
/// ("By Erik Lindqvist - Wednesday 2 March 2022, 19:40"): short and not a
/// sentence. Its date is when the page was published, which `meta` reads;
/// left in, it would read as the date of an event. A `<time>` inside a
/// sentence of the story ends in a full stop and stays.
fn timestamp_line<'a>(time: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    const BLOCKS: &[&str] = &["p", "div", "li", "header", "section"];
    let block = time.ancestors_it(None).find(|a| {
        a.node_name()
            .is_some_and(|n| BLOCKS.contains(&n.to_ascii_lowercase().as_str()))
    })?;
    let text = block.text();
    let text = text.trim();
    let sentence = text.ends_with(['.', '!', '?', '"', '\u{201d}']);
    (text.chars().count() <= 120 && !sentence).then_some(block)
}

fn is_furniture(n: &NodeRef) -> bool {
    let name = n
        .node_name()
        .map(|s| s.to_ascii_lowercase())
        .unwrap_or_default();
    if NEVER.contains(&name.as_str()) {
        return false;
    }
    if TAGS.contains(&name.as_str()) || n.attr("aria-hidden").is_some_and(|v| &*v == "true") {
        return true;
    }
    if n.attr("role")
        .is_some_and(|r| ROLES.iter().any(|x| r.trim().eq_ignore_ascii_case(x)))
    {
        return true;
    }
    ["class", "id"].iter().any(|a| {
        n.attr(a).is_some_and(|v| {
            v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|w| WORDS.iter().any(|x| w.eq_ignore_ascii_case(x)))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(html: &str) -> String {
        let doc = Document::from(html);
        strip(&doc);
        doc.select("body")
            .text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn marked_furniture_goes() {
        let html = r#"<body class="has-ads"><main><article class="story">
            <p>Kept 1.</p>
            <div class="ad-slot ad-inline"><p>Save 50% today.</p></div>
            <div id="cookie_banner"><p>We and our 842 partners use cookies.</p></div>
            <div class="newsletter-box">Join 250,000 readers.</div>
            <div role="navigation">Page 2 of 3</div>
            <span aria-hidden="true">3 comments</span>
            <aside>Pull quote</aside><nav>Home</nav><form>Search</form>
            <p class="storymeta">By A. Writer - <time datetime="2022-03-02">Wednesday 2 March</time></p>
            <p>Kept 2, voted on <time datetime="2022-03-01">Tuesday</time>.</p></article></main><footer>&copy; 2024</footer></body>"#;
        assert_eq!(stripped(html), "Kept 1. Kept 2, voted on Tuesday.");
    }

    #[test]
    fn words_must_match_whole() {
        let html = r#"<body><div class="shadow header-lead loading"><p>Kept.</p></div>
            <div id="adrenaline-story">Also kept.</div></body>"#;
        assert_eq!(stripped(html), "Kept. Also kept.");
    }
}
