//! YAML scalars and flow values written so they read back as the same
//! strings and values, plain wherever that is safe.

use std::fmt::Write as _;

/// A JSON value on one line, in YAML flow style.
pub fn flow(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => scalar(s),
        other => nested(other),
    }
}

/// A value inside `[...]` or `{...}`, where a plain scalar ends at `,`,
/// `]` or `}`: a string holding one of them (`actor: Beijing, Moscow`) is
/// quoted, or it would read back cut short or not at all.
fn nested(v: &serde_json::Value) -> String {
    use serde_json::Value;
    let text = |s: &str| {
        if s.contains([',', '[', ']', '{', '}']) && plain_ok(s) {
            quoted(s)
        } else {
            scalar(s)
        }
    };
    match v {
        Value::Null => "null".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => text(s),
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(nested).collect();
            format!("[{}]", inner.join(", "))
        }
        Value::Object(map) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", text(k), nested(v)))
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
    quoted(s)
}

/// A string as a double-quoted YAML scalar, escaped where it must be.
fn quoted(s: &str) -> String {
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

pub(super) fn plain_ok(s: &str) -> bool {
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
    // Anything YAML 1.1 or 1.2 would read as another type (all of these
    // are short; a sentence need not be lowercased to tell).
    if s.len() <= 5
        && matches!(
            s.to_ascii_lowercase().as_str(),
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
        )
    {
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
                && !radix_prefix(s)
                && first != '.'
                && first != '+');
    }
    true
}

/// `0x1F`, `0o17`, `0b101`: integers in YAML 1.2, whatever the letter case.
fn radix_prefix(s: &str) -> bool {
    matches!(
        s.as_bytes(),
        [b'0', b'x' | b'X' | b'o' | b'O' | b'b' | b'B', ..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the round-trip property test: inside `{...}` a comma ends
    /// a plain scalar, so `actor: ←,` read back as `←` or not at all.
    #[test]
    fn flow_indicators_are_quoted_inside_flow_values() {
        let v = serde_json::json!({"actor": "Beijing, Moscow", "x": ["a]b", "{c}"]});
        assert_eq!(flow(&v), r#"{actor: "Beijing, Moscow", x: ["a]b", "{c}"]}"#);
        // At the top of a field a comma is plain text.
        assert_eq!(flow(&serde_json::json!("1,200 dead")), "1,200 dead");
    }

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
            "0X1F",
            "0o17",
            "0B101",
            "FALSE",
            "Off",
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
        assert_eq!(scalar("0X1F"), "\"0X1F\"");
        assert_eq!(scalar("TRUE"), "\"TRUE\"");
        assert_eq!(scalar("Truest"), "Truest");
    }
}
