//! The check a spliced file must pass before it may replace the original.

use super::layout::{Kind, comment_at, lines};
use crate::claims::model::ClaimsFile;

pub(super) fn verify(old_text: &str, text: &str, new: &ClaimsFile) -> Result<(), String> {
    let back = crate::claims::yaml::read(std::path::Path::new("(updated)"), text).map_err(|e| {
        format!(
            "the rewritten file does not read back: line {}: {}",
            e.line, e.message
        )
    })?;
    if back != *new {
        return Err(first_difference(&back, new));
    }
    let mut now = comments(text);
    now.sort_unstable();
    for c in comments(old_text) {
        match now.binary_search(&c) {
            Ok(i) => {
                now.remove(i);
            }
            Err(_) => return Err(format!("the comment `{c}` would be lost")),
        }
    }
    Ok(())
}

/// Every comment of a file: full-line ones as their lines, inline ones
/// trimmed.
pub(super) fn comments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut block: Option<usize> = None;
    for l in lines(text) {
        if let Some(indent) = block {
            if l.kind == Kind::Blank || l.indent > indent {
                continue;
            }
            block = None;
        }
        match l.kind {
            Kind::Blank => {}
            // A comment line must survive as it is, indentation included.
            Kind::Comment => out.push(l.text.trim_end().to_string()),
            Kind::Content => {
                let rest = &l.text[l.indent..];
                let rest = rest.trim_start_matches("- ");
                let value = match rest.find(": ") {
                    Some(i) => rest[i + 1..].trim_start(),
                    None => rest.strip_suffix(':').map_or(rest, |_| ""),
                };
                if value.starts_with('|') || value.starts_with('>') {
                    block = Some(l.indent);
                }
                if let Some(c) = comment_at(value) {
                    out.push(value[c..].trim().to_string());
                }
            }
        }
    }
    out
}

/// A short account of where two models differ, for a message.
fn first_difference(back: &ClaimsFile, want: &ClaimsFile) -> String {
    if back.article != want.article {
        return "the rewritten file's `article` differs from what update meant".to_string();
    }
    if back.claims.len() != want.claims.len() {
        return format!(
            "the rewritten file has {} claims, update meant {}",
            back.claims.len(),
            want.claims.len()
        );
    }
    for (b, w) in back.claims.iter().zip(&want.claims) {
        if b != w {
            return format!(
                "claim {} reads back differently from what update meant",
                w.id
            );
        }
    }
    "the rewritten file reads back differently from what update meant".to_string()
}
