//! The block layout of a claims file, one field at a time and at any
//! indentation, so `write` and the `update` splice render fields the same
//! way: a file the tool touched reads as if the tool had written it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::scalar::{flow, scalar};
use crate::claims::model::{ArticleInfo, ArticleText, Claim, History, Source};

/// The article's fields in file order (the tool owns all of them).
pub(crate) const ARTICLE_KEYS: [&str; 7] = [
    "file",
    "published",
    "title",
    "url",
    "text",
    "revision",
    "sha256",
];

/// A claim's tool-owned fields in file order.
pub(crate) const TOOL_KEYS: [&str; 13] = [
    "id",
    "kind",
    "quote",
    "sentence",
    "line",
    "value",
    "relative",
    "unit",
    "currency",
    "qualifier",
    "subject",
    "source",
    "removed_in",
];

/// A claim's editor-owned fields in file order (`history` is written by the
/// tool but only ever appended to).
pub(crate) const EDITOR_KEYS: [&str; 6] = [
    "verdict", "sources", "reviewer", "reviewed", "note", "history",
];

/// The comment line that separates tool fields from editor fields.
const EDITOR_COMMENT: &str = "# editor fields";

/// One claim as a block sequence item whose `-` is at column `dash`.
pub(crate) fn claim(out: &mut String, c: &Claim, dash: usize) {
    let k = dash + 2;
    let mut body = String::new();
    for key in TOOL_KEYS {
        claim_field(&mut body, c, key, k);
    }
    pad(&mut body, k);
    body.push_str(EDITOR_COMMENT);
    body.push('\n');
    for key in EDITOR_KEYS {
        if key != "history" {
            claim_field(&mut body, c, key, k);
        }
    }
    extras(&mut body, k, &c.extra);
    claim_field(&mut body, c, "history", k);
    item(out, &body, dash);
}

/// Writes one field of a claim as a `key: value` entry at indentation `k`;
/// nothing for an optional field the claim does not have. Returns whether
/// it wrote.
pub(crate) fn claim_field(out: &mut String, c: &Claim, key: &str, k: usize) -> bool {
    let start = out.len();
    match key {
        "id" => scalar_field(out, k, key, &c.id),
        "kind" => field(out, k, key, c.kind.name()),
        "quote" => scalar_field(out, k, key, &c.quote),
        "sentence" => scalar_field(out, k, key, &c.sentence),
        "line" => field(out, k, key, &c.line.to_string()),
        "value" => field(out, k, key, &flow(&c.value)),
        "relative" => {
            if let Some(r) = &c.relative {
                let _ = writeln!(out, "{:k$}relative:", "");
                field(out, k + 2, "offset", &scalar(&r.offset));
                field(out, k + 2, "anchor", &scalar(&r.anchor));
                extras(out, k + 2, &r.extra);
            }
        }
        "unit" => some(out, k, key, c.unit.as_deref()),
        "currency" => some(out, k, key, c.currency.as_deref()),
        "qualifier" => field(out, k, key, &opt(c.qualifier.as_deref())),
        "subject" => field(out, k, key, &opt(c.subject.as_deref())),
        "source" => field(out, k, key, &opt(c.source.as_deref())),
        "removed_in" => {
            if let Some(r) = c.removed_in {
                field(out, k, key, &r.to_string());
            }
        }
        "verdict" => field(out, k, key, &scalar(&c.verdict)),
        "sources" => {
            if c.sources.is_empty() {
                field(out, k, key, "[]");
            } else {
                let _ = writeln!(out, "{:k$}sources:", "");
                for s in &c.sources {
                    source(out, s, k + 2);
                }
            }
        }
        "reviewer" => field(out, k, key, &opt(c.reviewer.as_deref())),
        "reviewed" => field(out, k, key, &opt(c.reviewed.as_deref())),
        "note" => field(out, k, key, &opt(c.note.as_deref())),
        "history" if !c.history.is_empty() => {
            let _ = writeln!(out, "{:k$}history:", "");
            for h in &c.history {
                history(out, h, k + 2);
            }
        }
        _ => {}
    }
    out.len() > start
}

/// One history entry as a block sequence item whose `-` is at `dash`.
pub(crate) fn history(out: &mut String, h: &History, dash: usize) {
    let k = dash + 2;
    let mut body = String::new();
    field(&mut body, k, "revision", &h.revision.to_string());
    field(&mut body, k, "quote", &scalar(&h.quote));
    field(&mut body, k, "sentence", &scalar(&h.sentence));
    field(&mut body, k, "value", &flow(&h.value));
    if let Some(r) = &h.relative {
        let _ = writeln!(body, "{:k$}relative:", "");
        field(&mut body, k + 2, "offset", &scalar(&r.offset));
        field(&mut body, k + 2, "anchor", &scalar(&r.anchor));
        extras(&mut body, k + 2, &r.extra);
    }
    some(&mut body, k, "unit", h.unit.as_deref());
    some(&mut body, k, "currency", h.currency.as_deref());
    some(&mut body, k, "qualifier", h.qualifier.as_deref());
    some(&mut body, k, "source", h.source.as_deref());
    field(&mut body, k, "verdict", &scalar(&h.verdict));
    field(&mut body, k, "reviewer", &opt(h.reviewer.as_deref()));
    field(&mut body, k, "reviewed", &opt(h.reviewed.as_deref()));
    extras(&mut body, k, &h.extra);
    item(out, &body, dash);
}

/// Writes one field of the article map at indentation `k`.
pub(crate) fn article_field(out: &mut String, a: &ArticleInfo, key: &str, k: usize) -> bool {
    let start = out.len();
    match key {
        "file" => field(out, k, key, &scalar(&a.file)),
        "published" => field(out, k, key, &opt(a.published.as_deref())),
        "title" => some(out, k, key, a.title.as_deref()),
        "url" => some(out, k, key, a.url.as_deref()),
        "text" => some(out, k, key, a.text.map(ArticleText::name)),
        "revision" => field(out, k, key, &a.revision.to_string()),
        "sha256" => field(out, k, key, &scalar(&a.sha256)),
        _ => {}
    }
    out.len() > start
}

/// A block mapping rendered at `dash + 2`, turned into a sequence item by
/// putting `- ` in front of its first line.
fn item(out: &mut String, body: &str, dash: usize) {
    pad(out, dash);
    out.push_str("- ");
    out.push_str(&body[(dash + 2).min(body.len())..]);
}

fn source(out: &mut String, s: &Source, dash: usize) {
    let k = dash + 2;
    let mut body = String::new();
    if let Some(u) = &s.url {
        field(&mut body, k, "url", &scalar(u));
    }
    if let Some(c) = &s.citation {
        field(&mut body, k, "citation", &scalar(c));
    }
    if let Some(n) = &s.note {
        field(&mut body, k, "note", &scalar(n));
    }
    extras(&mut body, k, &s.extra);
    if body.is_empty() {
        let _ = writeln!(out, "{:dash$}- {{}}", "");
        return;
    }
    item(out, &body, dash);
}

pub(crate) fn field(out: &mut String, indent: usize, key: &str, value: &str) {
    // Pushed piece by piece: a claims file has a dozen fields a claim, and
    // the formatting machinery was a tenth of the whole `extract` run.
    pad(out, indent);
    out.push_str(key);
    out.push_str(": ");
    out.push_str(value);
    out.push('\n');
}

/// [`field`] with `value` written as a YAML scalar, without first making
/// a copy of a value that needs no quotes (most do not).
fn scalar_field(out: &mut String, indent: usize, key: &str, value: &str) {
    if super::scalar::plain_ok(value) {
        field(out, indent, key, value);
    } else {
        field(out, indent, key, &scalar(value));
    }
}

fn pad(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn some(out: &mut String, indent: usize, key: &str, value: Option<&str>) {
    if let Some(v) = value {
        scalar_field(out, indent, key, v);
    }
}

fn opt(v: Option<&str>) -> String {
    v.map_or_else(|| "null".to_string(), scalar)
}

/// Unknown fields an editor added, written back in block style.
pub(crate) fn extras(out: &mut String, indent: usize, extra: &BTreeMap<String, serde_json::Value>) {
    for (k, v) in extra {
        let _ = write!(out, "{:indent$}{}:", "", scalar(k));
        block(out, indent, v);
    }
}

/// A JSON value in block style, after `key:` (starts with a space or newline).
fn block(out: &mut String, indent: usize, v: &serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            for item in items {
                let _ = write!(out, "{:indent$}  -", "");
                match item {
                    Value::Object(map) if !map.is_empty() => {
                        let mut first = true;
                        for (k, v) in map {
                            if first {
                                let _ = write!(out, " {}:", scalar(k));
                                first = false;
                            } else {
                                let _ = write!(out, "{:w$}{}:", "", scalar(k), w = indent + 4);
                            }
                            block(out, indent + 4, v);
                        }
                    }
                    _ => block(out, indent + 2, item),
                }
            }
        }
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            for (k, v) in map {
                let _ = write!(out, "{:w$}{}:", "", scalar(k), w = indent + 2);
                block(out, indent + 2, v);
            }
        }
        other => {
            let _ = writeln!(out, " {}", flow(other));
        }
    }
}
