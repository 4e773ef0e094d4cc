//! YAML that does not read as a claims file: the parser's complaint, placed
//! and reworded so an editor knows what to change.
//!
//! The parser's own words describe its state (`while parsing a block
//! collection, did not find expected '-' indicator`); editors need the fix
//! (check the indentation). Each known complaint gets a plain message, and
//! a type error names the field from the text of its line, because "expected
//! a list" means little until it says `sources` wants one.

use serde_saphyr::MessageFormatter;

use super::Problem;
use super::located::at;

/// The one problem a file that does not parse has.
pub(crate) fn problem(text: &str, e: &serde_saphyr::Error) -> Problem {
    let raw = serde_saphyr::UserMessageFormatter.format_message(e.without_snippet());
    let raw = raw.lines().next().unwrap_or("").trim().to_string();
    let (line, column) = e.location().and_then(|l| at(&l)).unwrap_or((1, 1));
    if let Some(tab) = indent_tab(text, line) {
        return Problem::error(
            tab.0,
            tab.1,
            "a tab in the indentation; YAML indents with spaces only: replace the tab with spaces"
                .to_string(),
        );
    }
    if raw.starts_with("missing field `format`") {
        return Problem::error(
            1,
            1,
            "not a claims file: it has no `format: claimcheck/1` line; check a file written by `claimcheck extract`".to_string(),
        );
    }
    let key = key_before(text, line, column);
    if raw.contains("expected mapping start") && key.is_none() && column == 1 {
        // Only the document itself stands at column 1 with no key before it.
        return Problem::error(
            line,
            column,
            "not a claims file: it is a list or a single value, where a claims file is `key: value` fields (`format:`, `article:`, `claims:`); check a file written by `claimcheck extract`".to_string(),
        );
    }
    Problem::error(line, column, reword(&raw, key.as_deref()))
}

/// The first line, up to one past the parser's error line, whose indentation
/// holds a tab. Tabs inside text are fine; only a failed parse makes one in
/// the indentation the likely cause, so this is only asked after a failure.
fn indent_tab(text: &str, error_line: usize) -> Option<(usize, usize)> {
    text.lines()
        .take(error_line.saturating_add(1))
        .enumerate()
        .find_map(|(i, l)| {
            let indent: String = l.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
            let rest = &l[indent.len()..];
            let col = indent.chars().position(|c| c == '\t')?;
            (!rest.is_empty() && !rest.starts_with('#')).then_some((i + 1, col + 1))
        })
}

/// The mapping key written before `column` on `line` (`sources` in
/// `    sources: https://...`), if any.
fn key_before(text: &str, line: usize, column: usize) -> Option<String> {
    let l = text.lines().nth(line.checked_sub(1)?)?;
    let before: String = l.chars().take(column.saturating_sub(1)).collect();
    let before = before.trim_end().strip_suffix(':')?;
    let key = before.trim_start().trim_start_matches("- ").trim();
    let key = key.trim_matches(|c| c == '"' || c == '\'');
    (!key.is_empty() && !key.contains(' ')).then(|| key.to_string())
}

fn reword(raw: &str, key: Option<&str>) -> String {
    let field = key.map(|k| format!("`{k}`: ")).unwrap_or_default();
    if raw.contains("unclosed quote") || raw.contains("end of stream while scanning a quoted") {
        return "a quote opened here is never closed; end the text with the same quote mark (\" or ')"
            .to_string();
    }
    if raw.contains("did not find expected")
        || raw.contains("mapping values are not allowed")
        || raw.contains("bad indentation")
        || raw.contains("invalid indentation")
    {
        return format!(
            "the indentation does not fit here ({raw}); line this field up with the others of its claim (4 spaces; list items start with `- `)"
        );
    }
    if raw.contains("expected sequence start") {
        let hint = match key {
            Some("sources") => {
                "`sources` is a list: one entry per line, each starting with `- url:` or `- citation:`"
                    .to_string()
            }
            Some("claims") => "`claims` is a list of claims, each starting with `- id:`".to_string(),
            _ => format!("{field}expected a list here (one item per line, starting with `- `)"),
        };
        return hint;
    }
    if raw.contains("expected string scalar") || raw.contains("expected a string") {
        return format!(
            "{field}expected text here, not a list or mapping; if the text starts with `[` or `{{` or holds `: `, put it in quotes"
        );
    }
    if raw.contains("limits breached") || raw.contains("budget breached") {
        return format!(
            "the YAML expands to more than a claims file can hold ({raw}): aliases (`*name`) repeating anchors (`&name`), or lists nested too deep. claimcheck writes neither; remove them, or restore the file from version control"
        );
    }
    if raw.contains("expected mapping start") && key == Some("article") {
        return "`article`: expected its `key: value` fields here (`file:`, `revision:`, `sha256:` ...), not a list or a single value".to_string();
    }
    if raw.contains("expected mapping start") {
        return format!(
            "{field}expected `key: value` fields here, not a single value (a source is written `- url: https://...` or `- citation: ...`)"
        );
    }
    if raw.contains("null into") {
        return match key {
            Some("verdict") => {
                "`verdict` cannot be null; write `unreviewed` for a claim nobody has decided yet"
                    .to_string()
            }
            _ => format!("{field}this field needs a value, not null"),
        };
    }
    if ["invalid u", "invalid i", "invalid f"]
        .iter()
        .any(|p| raw.starts_with(p))
    {
        return format!("{field}expected a number here");
    }
    if raw.starts_with("missing field") {
        return format!(
            "{raw}; the tool writes this field: restore it from version control or re-extract"
        );
    }
    if raw.contains("duplicate mapping key") {
        return format!("{raw}; keep one of them");
    }
    if raw.contains("unknown variant") {
        return format!("{field}{raw}");
    }
    if raw.contains("end of file") || raw.contains("end of input") {
        return "the file is empty or ends too early; a claims file starts with `format: claimcheck/1`"
            .to_string();
    }
    format!("{field}{raw}; fix the YAML here")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_before_a_value() {
        let t = "a: 1\n    sources: https://x\n  - id: x\n";
        assert_eq!(key_before(t, 2, 14).as_deref(), Some("sources"));
        assert_eq!(key_before(t, 3, 9).as_deref(), Some("id"));
        assert_eq!(key_before(t, 1, 1), None);
        assert_eq!(key_before(t, 9, 9), None);
    }

    #[test]
    fn tabs_in_indentation_only() {
        assert_eq!(indent_tab("a:\n\tb: 1\n", 1), Some((2, 1)));
        assert_eq!(indent_tab("a:\n  \tb: 1\n", 2), Some((2, 3)));
        assert_eq!(indent_tab("a: x\ty\n", 1), None);
        assert_eq!(indent_tab("a:\n\n\n\tb\n", 1), None);
    }
}
