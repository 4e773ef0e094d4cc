//! Every YAML read and write of the project goes through this module, so the
//! YAML crate can be swapped in one place.
//!
//! Writing is done by hand rather than by a serializer: the layout is part of
//! the format (field order, comments for editors, one line per scalar, flow
//! style for small value maps), and it must be byte-for-byte deterministic so
//! files diff cleanly in git. Reading uses serde-saphyr, which reports the
//! line and column of a mistake.
//!
//! Comments belong to editors, and every serde round trip drops them. So a
//! file the tool rewrites (`update`, in the revisions work) is never written
//! afresh from the model: the file is read twice, into the model and into
//! the positioned mirror `check` uses (`check::located`, the byte span of
//! every claim and field), and only tool-owned fields are spliced by span,
//! each claim's block kept with the comments inside and between claims;
//! new claims are rendered by [`write`]'s claim layout and inserted in
//! article order. The result is read back and compared field by field
//! before it replaces the original; otherwise the original stays.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::model::{Claim, ClaimsFile, Source};

/// A claims file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", path.display())]
pub struct YamlError {
    pub path: PathBuf,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

/// Parses a claims file. `path` is only used in messages.
pub fn read(path: &Path, text: &str) -> Result<ClaimsFile, YamlError> {
    serde_saphyr::from_str::<ClaimsFile>(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map_or((1, 1), |l| (l.line().max(1), l.column().max(1)));
        YamlError {
            path: path.to_path_buf(),
            line,
            column,
            message: first_line(&e.to_string()),
        }
    })
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).trim().to_string()
}

/// Writes a claims file. `comments` go first, one `# ` line each.
pub fn write(file: &ClaimsFile, comments: &[String]) -> String {
    let mut out = String::with_capacity(1024 + file.claims.len() * 600);
    for c in comments {
        for line in c.lines() {
            let _ = writeln!(out, "# {line}");
        }
    }
    field(&mut out, 0, "format", &scalar(&file.format));
    out.push_str("article:\n");
    let a = &file.article;
    field(&mut out, 2, "file", &scalar(&a.file));
    field(&mut out, 2, "published", &opt(a.published.as_deref()));
    if let Some(t) = &a.title {
        field(&mut out, 2, "title", &scalar(t));
    }
    if let Some(u) = &a.url {
        field(&mut out, 2, "url", &scalar(u));
    }
    field(&mut out, 2, "revision", &a.revision.to_string());
    field(&mut out, 2, "sha256", &scalar(&a.sha256));
    extras(&mut out, 2, &a.extra);
    if file.claims.is_empty() {
        out.push_str("claims: []\n");
    } else {
        out.push_str("claims:\n");
        for c in &file.claims {
            claim(&mut out, c);
        }
    }
    extras(&mut out, 0, &file.extra);
    out
}

fn claim(out: &mut String, c: &Claim) {
    let _ = writeln!(out, "  - id: {}", scalar(&c.id));
    field(out, 4, "kind", c.kind.name());
    field(out, 4, "quote", &scalar(&c.quote));
    field(out, 4, "sentence", &scalar(&c.sentence));
    field(out, 4, "line", &c.line.to_string());
    field(out, 4, "value", &flow(&c.value));
    if let Some(r) = &c.relative {
        out.push_str("    relative:\n");
        field(out, 6, "offset", &scalar(&r.offset));
        field(out, 6, "anchor", &scalar(&r.anchor));
        extras(out, 6, &r.extra);
    }
    if let Some(u) = &c.unit {
        field(out, 4, "unit", &scalar(u));
    }
    if let Some(cur) = &c.currency {
        field(out, 4, "currency", &scalar(cur));
    }
    field(out, 4, "qualifier", &opt(c.qualifier.as_deref()));
    field(out, 4, "subject", &opt(c.subject.as_deref()));
    field(out, 4, "source", &opt(c.source.as_deref()));
    out.push_str("    # editor fields\n");
    field(out, 4, "verdict", &scalar(&c.verdict));
    if c.sources.is_empty() {
        field(out, 4, "sources", "[]");
    } else {
        out.push_str("    sources:\n");
        for s in &c.sources {
            source(out, s);
        }
    }
    field(out, 4, "reviewer", &opt(c.reviewer.as_deref()));
    field(out, 4, "reviewed", &opt(c.reviewed.as_deref()));
    field(out, 4, "note", &opt(c.note.as_deref()));
    extras(out, 4, &c.extra);
}

fn source(out: &mut String, s: &Source) {
    let mut fields: Vec<(&str, String)> = Vec::new();
    if let Some(u) = &s.url {
        fields.push(("url", scalar(u)));
    }
    if let Some(c) = &s.citation {
        fields.push(("citation", scalar(c)));
    }
    if let Some(n) = &s.note {
        fields.push(("note", scalar(n)));
    }
    let mut first = true;
    for (k, v) in &fields {
        let lead = if first { "      - " } else { "        " };
        first = false;
        let _ = writeln!(out, "{lead}{k}: {v}");
    }
    if first {
        out.push_str("      - {}\n");
        return;
    }
    extras(out, 8, &s.extra);
}

fn field(out: &mut String, indent: usize, key: &str, value: &str) {
    let _ = writeln!(out, "{:indent$}{key}: {value}", "");
}

fn opt(v: Option<&str>) -> String {
    v.map_or_else(|| "null".to_string(), scalar)
}

/// Unknown fields an editor added, written back in block style.
fn extras(
    out: &mut String,
    indent: usize,
    extra: &std::collections::BTreeMap<String, serde_json::Value>,
) {
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

/// A JSON value on one line, in YAML flow style.
pub fn flow(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => scalar(s),
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(flow).collect();
            format!("[{}]", inner.join(", "))
        }
        Value::Object(map) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", scalar(k), flow(v)))
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
    }
}

/// A string as a YAML scalar: plain when that reads back as the same string,
/// double-quoted otherwise.
pub fn scalar(s: &str) -> String {
    if plain_ok(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}') => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `YYYY-MM-DD`: serde-saphyr reads it back as the same string, and editors
/// expect dates unquoted.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn plain_ok(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if s.starts_with(char::is_whitespace) || s.ends_with(char::is_whitespace) {
        return false;
    }
    if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    if s.chars().any(|c| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{85}' | '\u{a0}'
            )
    }) {
        return false;
    }
    // Anything YAML 1.1 or 1.2 would read as another type.
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "null"
            | "~"
            | "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "y"
            | "n"
            | ".nan"
            | ".inf"
            | "-.inf"
            | "+.inf"
    ) {
        return false;
    }
    if s.starts_with("./") || s.starts_with("../") {
        return true;
    }
    if first.is_ascii_digit() || first == '+' || first == '.' {
        // Numbers, dates and times read as other types; words that merely
        // start with a digit (`1,200 civilians`, a hex digest) do not.
        return is_date(s)
            || (s
                .bytes()
                .any(|b| b.is_ascii_alphabetic() && !matches!(b, b'e' | b'E'))
                && !s.contains(':')
                && !lower.starts_with("0x")
                && !lower.starts_with("0o")
                && !lower.starts_with("0b")
                && first != '.'
                && first != '+');
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_read_back_as_the_same_string() {
        let cases = [
            "plain words",
            "almost four million refugees",
            "According to UNHCR, the war: a test",
            "ends with colon:",
            "# not a comment",
            "it's \"quoted\"",
            "back\\slash",
            "null",
            "No",
            "2022-03-30",
            "1,200",
            "12:30",
            "- dash",
            "tab\there",
            "line\nbreak",
            " leading",
            "trailing ",
            "",
            "ünïcödé – dash",
            "control \u{7} bell",
            "a #hash",
            "{braces}",
            "@at",
            "%percent",
            "yes please",
            "2022-03-30",
            "1eb51809fadc9c5a05a874e4c777129786d3e02e58636b215d91c6a845104f8f",
            "0x1f",
            "1e5",
            "12.5 per cent",
            "1:30 am",
            "2022-03-30T10:00:00",
            ".5 km",
            "../examples/a.txt",
            ".inf",
            ".5",
        ];
        for s in cases {
            let yaml = format!("k: {}\n", scalar(s));
            let back: std::collections::BTreeMap<String, String> =
                serde_saphyr::from_str(&yaml).unwrap_or_else(|e| panic!("{yaml}: {e}"));
            assert_eq!(back["k"], s, "{yaml}");
        }
    }

    #[test]
    fn plain_where_possible() {
        assert_eq!(
            scalar("almost four million refugees"),
            "almost four million refugees"
        );
        assert_eq!(scalar("UNHCR"), "UNHCR");
        assert_eq!(scalar("null"), "\"null\"");
        assert_eq!(scalar("1,200 civilians"), "1,200 civilians");
        assert_eq!(scalar("2022-03-30"), "2022-03-30");
        assert_eq!(scalar("1e5"), "\"1e5\"");
        assert_eq!(scalar("1000"), "\"1000\"");
    }
}
