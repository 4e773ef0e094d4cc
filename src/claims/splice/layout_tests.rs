use super::*;

const FILE: &str = "\
# a comment
format: claimcheck/1
article:
  file: a.txt   # moved here in May
  revision: 1
claims:
- id: x-1
  quote: \"a # not a comment\"
  sources:
  - url: https://example.org
    note: |
      # a heading in a note, not a comment
      more text
  # between fields
  note: null
\"odd key\": 1
";

#[test]
fn finds_the_fields_of_the_article_and_of_each_claim() {
    let l = layout(FILE).expect("layout");
    let keys: Vec<&str> = l.top.entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["format", "article", "claims", "odd key"]);
    let file = l.article.get("file").expect("file");
    assert_eq!(file.inline, "a.txt");
    assert_eq!(file.comment.as_deref(), Some("   # moved here in May"));
    assert_eq!(l.claims.len(), 1);
    let c = &l.claims[0];
    assert_eq!(c.dash, 0);
    let keys: Vec<&str> = c.map.entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["id", "quote", "sources", "note"]);
    assert_eq!(c.map.get("quote").expect("quote").comment, None);
    // The sequence at the key's own column and the block scalar belong to
    // `sources`; the comment after them does not.
    let sources = c.map.get("sources").expect("sources");
    assert_eq!((sources.first, sources.end), (8, 13));
}

#[test]
fn inline_comments_are_found_outside_quotes_only() {
    assert_eq!(comment_at("plain # c"), Some(6));
    assert_eq!(comment_at("plain#not"), None);
    assert_eq!(comment_at("\"quoted # not\" # c"), Some(15));
    assert_eq!(comment_at("'it''s # not' # c"), Some(14));
    assert_eq!(comment_at("# only"), Some(0));
}

#[test]
fn refuses_what_it_cannot_place() {
    let cases = [
        ("format: x\narticle: {file: a}\n", 2, "flow style"),
        ("article:\n  file: a\nclaims: [{id: x}]\n", 3, "flow style"),
        (
            "article:\n  file: a\nclaims:\n  - {id: x}\n",
            4,
            "flow style",
        ),
        ("article:\n  file: &f a\n", 2, "anchors"),
        (
            "article:\n  file: a\nclaims:\n  - id: x\n    note: *f\n",
            5,
            "anchors",
        ),
        ("article:\n  file: a\n? complex\n: key\n", 3, "key: value"),
        ("article:\n\tfile: a\n", 2, "tab"),
        (
            "article:\n  file: a\nclaims:\n  -\n    id: x\n",
            4,
            "first field",
        ),
    ];
    for (text, line, says) in cases {
        let r = layout(text).expect_err(text);
        assert_eq!(r.line, line, "{text}");
        assert!(r.message.contains(says), "{text}: {}", r.message);
    }
}

#[test]
fn text_that_looks_like_an_anchor_inside_a_block_scalar_is_text() {
    let text =
        "article:\n  file: a\nclaims:\n  - id: x\n    note: |\n      - *emphasis* in a list\n";
    assert!(layout(text).is_ok());
}
