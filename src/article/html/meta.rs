//! The headline, publication date and address a saved page declares about
//! itself, read from the whole document before Readability prunes it.
//!
//! Publishers state these in several places, and not all of them on every
//! page, so each is taken from the most deliberate statement available: a
//! meta tag written for crawlers (`article:published_time`, `og:title`),
//! then the JSON-LD block written for search engines, then what the page
//! shows (`<time datetime>`, `<title>`). A `<time>` in a sidebar or a list
//! of related stories dates another article, so those are passed over.

use chrono::NaiveDate;
use dom_query::{Document, NodeRef};
use serde_json::Value;

use crate::article::parse_day;

/// What the page says about itself; every part may be missing.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    pub url: Option<String>,
}

/// Reads the metadata of a parsed page. `fallback_title` is used when the
/// page names its headline nowhere but `<title>`/`<h1>` (Readability's
/// cleaned guess, which drops a trailing "| Site name").
pub(crate) fn read(doc: &Document, fallback_title: Option<String>) -> Meta {
    let ld = json_ld(doc);
    let title = meta_content(doc, &["og:title", "twitter:title"])
        .or_else(|| ld_string(&ld, "headline"))
        .or(fallback_title)
        .map(|t| squeeze(&t))
        .filter(|t| !t.is_empty());
    let published = meta_content(
        doc,
        &[
            "article:published_time",
            "datepublished",
            "og:published_time",
            "dc.date.issued",
            "pubdate",
        ],
    )
    .and_then(|s| day_of(&s))
    .or_else(|| ld_string(&ld, "datePublished").and_then(|s| day_of(&s)))
    .or_else(|| time_element(doc));
    let url = meta_content(doc, &["og:url"])
        .or_else(|| {
            doc.select("link[rel=canonical]")
                .attr("href")
                .map(|h| h.trim().to_string())
        })
        .or_else(|| ld_string(&ld, "url"))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    Meta {
        title,
        published,
        url,
    }
}

/// The `content` of the first `<meta>` whose `property`, `name` or
/// `itemprop` is one of `keys` (compared without case), in `keys` order.
fn meta_content(doc: &Document, keys: &[&str]) -> Option<String> {
    let metas = doc.select("meta[content]");
    let metas = metas.nodes();
    keys.iter().find_map(|key| {
        metas.iter().find_map(|m| {
            let named = ["property", "name", "itemprop"].iter().any(|a| {
                m.attr(a)
                    .is_some_and(|v| v.trim().eq_ignore_ascii_case(key))
            });
            let content = m.attr("content")?.trim().to_string();
            (named && !content.is_empty()).then_some(content)
        })
    })
}

/// Every JSON-LD object on the page, flattened out of arrays and `@graph`,
/// news and article types first. Blocks that do not parse are skipped: a
/// page's broken structured data should not stop the article being read.
fn json_ld(doc: &Document) -> Vec<Value> {
    let mut objects = Vec::new();
    for script in doc.select("script[type]").nodes() {
        let is_ld = script
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let text = script.text();
        let text = text.trim().trim_start_matches("<![CDATA[");
        let text = text.trim_end_matches("]]>");
        if let Ok(v) = serde_json::from_str::<Value>(text) {
            flatten(v, &mut objects);
        }
    }
    objects.sort_by_key(|o| !is_article_type(o));
    objects
}

fn flatten(v: Value, out: &mut Vec<Value>) {
    match v {
        Value::Array(items) => items.into_iter().for_each(|i| flatten(i, out)),
        Value::Object(mut map) => {
            if let Some(graph) = map.remove("@graph") {
                flatten(graph, out);
            }
            out.push(Value::Object(map));
        }
        _ => {}
    }
}

fn is_article_type(o: &Value) -> bool {
    let named = |t: &str| t.ends_with("Article") || t == "Report" || t == "BlogPosting";
    match o.get("@type") {
        Some(Value::String(t)) => named(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(named),
        _ => false,
    }
}

fn ld_string(objects: &[Value], key: &str) -> Option<String> {
    objects.iter().find_map(|o| match o.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    })
}

/// The calendar day an ISO 8601 date or timestamp names, as the publisher
/// wrote it: `2024-03-05T23:30:00-05:00` is the 5th, the day the page's
/// readers saw, not the 6th in UTC.
fn day_of(s: &str) -> Option<NaiveDate> {
    parse_day(s.trim().get(..10)?)
}

/// The `datetime` of the page's own `<time>`: one marked as the publication
/// date if there is one, else the first outside navigation, sidebars,
/// footers and lists of other stories.
fn time_element(doc: &Document) -> Option<NaiveDate> {
    let marked = doc.select("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
    if let Some(d) = marked.nodes().iter().find_map(datetime) {
        return Some(d);
    }
    doc.select("time[datetime]")
        .nodes()
        .iter()
        .filter(|t| !in_page_chrome(t))
        .find_map(datetime)
}

fn datetime(t: &NodeRef) -> Option<NaiveDate> {
    day_of(&t.attr("datetime")?)
}

/// Whether a node sits in the parts of a page around the story.
fn in_page_chrome(node: &NodeRef) -> bool {
    const TAGS: [&str; 4] = ["nav", "aside", "footer", "menu"];
    const HINTS: [&str; 8] = [
        "related",
        "sidebar",
        "comment",
        "footer",
        "promo",
        "recommend",
        "trending",
        "more-",
    ];
    node.ancestors_it(None).any(|a| {
        if a.node_name().is_some_and(|n| TAGS.contains(&&*n)) {
            return true;
        }
        let marks = format!(
            "{} {}",
            a.attr("class").unwrap_or_default(),
            a.attr("id").unwrap_or_default()
        )
        .to_ascii_lowercase();
        HINTS.iter().any(|h| marks.contains(h))
    })
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> Meta {
        read(&Document::from(html), None)
    }

    fn day(s: &str) -> Option<NaiveDate> {
        parse_day(s)
    }

    #[test]
    fn open_graph_and_article_meta_win() {
        let m = meta(
            r#"<html><head><title>Ignored | Site</title>
            <meta property="og:title" content="Floods displace 40,000 &amp; more">
            <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
            <meta property="og:url" content="https://example.com/floods">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD","datePublished":"2020-01-01"}</script>
            </head><body><time datetime="2019-01-01">x</time></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Floods displace 40,000 & more"));
        assert_eq!(m.published, day("2024-03-05"));
        assert_eq!(m.url.as_deref(), Some("https://example.com/floods"));
    }

    #[test]
    fn json_ld_in_a_graph_with_other_types_first() {
        let m = meta(
            r#"<html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","url":"https://example.com/","name":"Site"},
              {"@type":["NewsArticle"],"headline":"Council passes budget","datePublished":"2024-06-11T18:00:00+01:00","url":"https://example.com/budget"}
            ]}</script>
            <script type="application/ld+json">{ not json</script>
            </head><body></body></html>"#,
        );
        assert_eq!(m.title.as_deref(), Some("Council passes budget"));
        assert_eq!(m.published, day("2024-06-11"));
        assert_eq!(m.url.as_deref(), Some("https://example.com/budget"));
    }

    #[test]
    fn time_element_skips_related_stories() {
        let m = meta(
            r#"<html><body>
            <aside class="related"><a href="/a"><time datetime="2024-01-02">Jan 2</time></a></aside>
            <div class="more-stories"><time datetime="2024-01-03">Jan 3</time></div>
            <article><p class="byline"><time datetime="2024-05-14T09:30:00+02:00">14 May</time></p></article>
            </body></html>"#,
        );
        assert_eq!(m.published, day("2024-05-14"));
        let marked = meta(
            r#"<body><time datetime="2023-01-01">a</time><time itemprop="datePublished" datetime="2023-02-02">b</time></body>"#,
        );
        assert_eq!(marked.published, day("2023-02-02"));
    }

    #[test]
    fn bad_or_missing_values_give_none() {
        let m = meta(
            r#"<html><head><meta property="article:published_time" content="yesterday">
            <meta property="og:url" content="/relative"><meta property="og:title" content="  "></head>
            <body><time datetime="2024-02-30">x</time></body></html>"#,
        );
        assert_eq!(m, Meta::default());
        let fallback = read(&Document::from("<p>x</p>"), Some(" A  headline ".into()));
        assert_eq!(fallback.title.as_deref(), Some("A headline"));
    }
}
