//! Making editor and article text inert in a page.
//!
//! Everything a claims file or an article holds is written by someone else
//! (a wire service, an editor, whoever last touched the YAML), so none of it
//! may become markup. One function serves text and double- or single-quoted
//! attributes alike, so there is no way to pick the wrong one.

/// Text safe inside an element or a quoted attribute. Control characters
/// (which HTML parsers reject or treat inconsistently) become U+FFFD, so a
/// stray one is visible rather than silently dropped; tab and newline stay.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(ch),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The URL when it may become a link: http or https only, so `javascript:`,
/// `data:` and relative paths stay text. Whitespace or control characters
/// inside the address (which browsers strip, turning `java\tscript:` into a
/// scheme) also disqualify it.
pub fn http_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("http://") || lower.starts_with("https://");
    let clean = !url.chars().any(|c| c.is_whitespace() || c.is_control());
    let has_host = url
        .split_once("//")
        .is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with('/'));
    (scheme_ok && clean && has_host).then_some(url)
}

/// A CSS class name from a desk's verdict class: ASCII letters, digits and
/// `-` only, so a desk config cannot break out of the attribute or the
/// stylesheet's selectors.
pub fn class_name(s: &str) -> String {
    let c: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if c.is_empty() { "none".to_string() } else { c }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_quotes_become_entities() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(
            escape("a\u{0}b\u{7}c\u{1b}[0m\u{85}"),
            "a\u{FFFD}b\u{FFFD}c\u{FFFD}[0m\u{FFFD}"
        );
        assert_eq!(escape("line\nnext\ttab é"), "line\nnext\ttab é");
    }

    #[test]
    fn only_http_addresses_are_links() {
        assert_eq!(
            http_url(" https://data.unhcr.org/x "),
            Some("https://data.unhcr.org/x")
        );
        assert_eq!(http_url("HTTP://example.org"), Some("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "https://a.org/\u{0}x",
            "https:// evil",
            "data:text/html,<script>",
            "//example.org",
            "https:///path",
            "http://",
            "ftp://example.org",
            "/relative",
            "",
        ] {
            assert_eq!(http_url(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn class_names_are_plain() {
        assert_eq!(class_name("good"), "good");
        assert_eq!(class_name("x\" onclick=\"y"), "x--onclick--y");
        assert_eq!(class_name(""), "none");
    }
}
