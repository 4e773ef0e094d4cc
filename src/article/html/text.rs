//! The HTML Readability kept, as plain text laid out the way our plain-text
//! articles are: one paragraph (or heading, list item, table row) per line,
//! blank lines between them, so sentence splitting and line numbers work as
//! they do on a `.txt` article. The parser has already decoded entities.

use dom_query::{Document, NodeRef};

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
];

/// Elements whose content is never article prose.
const SKIPPED: &[&str] = &[
    "button", "head", "iframe", "noscript", "object", "script", "select", "style", "svg",
    "template", "textarea",
];

/// What must come before the next word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Paragraph,
}

#[derive(Debug)]
struct Writer {
    out: String,
    gap: Gap,
}

impl Writer {
    fn want(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn word(&mut self, w: &str) {
        if !self.out.is_empty() {
            self.out.push_str(match self.gap {
                Gap::None => "",
                Gap::Space => " ",
                Gap::Line => "\n",
                Gap::Paragraph => "\n\n",
            });
        }
        self.gap = Gap::None;
        self.out.push_str(w);
    }

    /// Collapses runs of white space, HTML's rule outside `<pre>` (no-break
    /// spaces too: normalizing would make them plain spaces anyway).
    fn text(&mut self, s: &str) {
        if s.starts_with(char::is_whitespace) {
            self.want(Gap::Space);
        }
        let mut words = s.split_whitespace().peekable();
        while let Some(w) = words.next() {
            self.word(w);
            if words.peek().is_some() {
                self.want(Gap::Space);
            }
        }
        if s.ends_with(char::is_whitespace) && !s.trim().is_empty() {
            self.want(Gap::Space);
        }
    }

    /// Pre-formatted text keeps its line breaks (spaces within a line are
    /// still collapsed: the extractors do not care about alignment).
    fn pre(&mut self, s: &str) {
        for (i, line) in s.split('\n').enumerate() {
            if i > 0 {
                self.want(Gap::Line);
            }
            self.text(line);
        }
    }

    fn node(&mut self, node: &NodeRef, in_pre: bool) {
        if node.is_text() {
            let t = node.text();
            if in_pre {
                self.pre(&t)
            } else {
                self.text(&t)
            }
            return;
        }
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            return;
        }
        let name = node.node_name().map(|n| n.to_ascii_lowercase());
        let name = name.as_deref().unwrap_or("");
        if SKIPPED.contains(&name) {
            return;
        }
        match name {
            "br" => {
                let gap = if self.gap >= Gap::Line {
                    Gap::Paragraph
                } else {
                    Gap::Line
                };
                self.want(gap);
                return;
            }
            "td" | "th" => self.want(Gap::Space),
            _ => {}
        }
        let block = BLOCKS.contains(&name);
        if block {
            self.want(Gap::Paragraph);
        }
        let in_pre = in_pre || name == "pre";
        for child in node.children_it(false) {
            self.node(&child, in_pre);
        }
        if block {
            self.want(Gap::Paragraph);
        }
    }
}

/// Plain text of an HTML fragment, ending in one newline (empty when the
/// fragment has no words).
pub(crate) fn to_text(html: &str) -> String {
    let doc = Document::fragment(html);
    let mut w = Writer {
        out: String::new(),
        gap: Gap::None,
    };
    w.node(&doc.root(), false);
    if !w.out.is_empty() {
        w.out.push('\n');
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn paragraphs_headings_and_list_items_get_their_own_lines() {
        let html = "<div><h2>Aid  cut</h2><p>The fund gave\n   <b>$3.5bn</b>, up 12%.</p>\
                    <ul><li>First item</li><li>Second <i>item</i></li></ul><p>End.</p></div>";
        assert_eq!(
            to_text(html),
            "Aid cut\n\nThe fund gave $3.5bn, up 12%.\n\nFirst item\n\nSecond item\n\nEnd.\n"
        );
    }

    #[test]
    fn entities_are_decoded_and_scripts_dropped() {
        let html = "<p>Smith&nbsp;&amp; Sons paid &euro;40&#8239;million &ndash; &ldquo;a lot&rdquo;.\
                    <script>var x = 99;</script><style>p{}</style><noscript>Enable JS</noscript></p>";
        assert_eq!(
            to_text(html),
            "Smith & Sons paid \u{20ac}40 million \u{2013} \u{201c}a lot\u{201d}.\n"
        );
    }

    #[test]
    fn br_breaks_a_line_and_two_break_a_paragraph() {
        assert_eq!(
            to_text("<p>Line one<br>line two<br/><br>new para</p>"),
            "Line one\nline two\n\nnew para\n"
        );
    }

    #[test]
    fn inline_markup_does_not_split_words_and_cells_are_spaced() {
        assert_eq!(
            to_text("<p>nearly 1,<span>200</span> <a href='x'>civilians</a></p>"),
            "nearly 1,200 civilians\n"
        );
        assert_eq!(
            to_text(
                "<table><tr><th>Year</th><th>Deaths</th></tr><tr><td>2023</td><td>1,189</td></tr></table>"
            ),
            "Year Deaths\n\n2023 1,189\n"
        );
    }

    #[test]
    fn pre_keeps_lines_and_empty_input_is_empty() {
        assert_eq!(to_text("<pre>a  b\nc</pre>"), "a b\nc\n");
        assert_eq!(to_text(""), "");
        assert_eq!(to_text("<div> <p>  </p> </div>"), "");
    }
}
