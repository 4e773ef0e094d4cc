//! The desk config file, `claimcheck.toml`, and where it is found.
//!
//! Found like `.editorconfig`: the first `claimcheck.toml` in the claims
//! file's folder or any folder above it, so a desk commits one file at the
//! root of its claims repository and every file below follows it.
//!
//! TOML rather than YAML because this file is the desk's, not an editor's
//! daily work: TOML has no indentation to get wrong, its `[[verdicts]]`
//! tables read as a list of cards, and it keeps the config visibly apart from
//! the claims files that `check` walks. Parsed with the `toml` crate (the
//! parser Cargo itself uses), reading only; its errors carry byte spans,
//! turned here into line and column. Unknown keys are refused: in a config a
//! stray key is almost always a typo (`missing_evidense`) that would
//! otherwise be silently ignored.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::{Config, Desk, NEEDS_RECHECK, Scale, Severity, Verdict, is_decided};

/// The config file's name.
pub const CONFIG_FILE: &str = "claimcheck.toml";

/// A config file that could not be used. Names the file, the line and what
/// to do.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{}: cannot read the desk config: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    desk: RawDesk,
    #[serde(default)]
    check: RawCheck,
    #[serde(default)]
    scale: RawScale,
    verdicts: Option<Vec<RawVerdict>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDesk {
    name: Option<Spanned<String>>,
    url_template: Option<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheck {
    missing_evidence: Option<Severity>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    best_rating: Option<i64>,
    worst_rating: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVerdict {
    name: Spanned<String>,
    label: Option<String>,
    class: Option<Spanned<String>>,
    rating: Option<Spanned<i64>>,
}

/// The first `claimcheck.toml` in `dir` or a folder above it; relative to
/// the current folder when it is below it, so messages stay short.
pub fn find(dir: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let found = start
        .ancestors()
        .map(|d| d.join(CONFIG_FILE))
        .find(|p| p.is_file())?;
    let relative = std::env::current_dir()
        .ok()
        .and_then(|cwd| found.strip_prefix(cwd).ok().map(Path::to_path_buf));
    Some(relative.unwrap_or(found))
}

/// The config that applies to files in `dir`: the nearest config file, or
/// the defaults when there is none.
pub fn discover(dir: &Path) -> Result<Config, ConfigError> {
    match find(dir) {
        Some(path) => load(&path),
        None => Ok(Config::default()),
    }
}

/// Reads one config file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(path, &text)
}

/// Parses config text; `path` is used in messages and recorded in the result.
pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
    let err = |span: Option<Range<usize>>, message: String| {
        let (line, column) = span.map_or((1, 1), |s| line_col(text, s.start));
        ConfigError::Invalid {
            path: path.to_path_buf(),
            line,
            column,
            message,
        }
    };
    let raw: Raw = toml::from_str(text).map_err(|e| {
        err(
            e.span(),
            format!(
                "{}; fix the desk config (see examples/claimcheck.toml)",
                e.message().trim_end().trim_end_matches('.')
            ),
        )
    })?;

    let mut desk = Desk::default();
    if let Some(name) = raw.desk.name {
        if name.get_ref().trim().is_empty() {
            return Err(err(
                Some(name.span()),
                "`desk.name` is empty; give the organisation's name, or remove the line".into(),
            ));
        }
        desk.name = Some(name.get_ref().trim().to_string());
    }
    if let Some(t) = raw.desk.url_template {
        let s = t.get_ref().trim();
        let lower = s.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) || !s.contains("{id}") {
            return Err(err(
                Some(t.span()),
                format!(
                    "`desk.url_template` must be an http(s) URL with `{{id}}` where the claim ID goes, e.g. \"https://factcheck.example.org/{{id}}\"; found \"{s}\""
                ),
            ));
        }
        desk.url_template = Some(s.to_string());
    }

    let scale = match raw.verdicts {
        None => {
            let d = Scale::default();
            let v = d.verdicts().to_vec();
            Scale::new(v, raw.scale.best_rating, raw.scale.worst_rating)
        }
        Some(list) => Scale::new(
            verdicts(list, &err)?,
            raw.scale.best_rating,
            raw.scale.worst_rating,
        ),
    };
    if let Some(v) = scale.verdicts().iter().find(|v| {
        v.rating.is_some_and(|r| {
            r < scale.best_rating.min(scale.worst_rating)
                || r > scale.best_rating.max(scale.worst_rating)
        })
    }) {
        return Err(err(
            text.find("[scale]").map(|i| i..i),
            format!(
                "verdict `{}` has rating {}, outside the scale's worst_rating {} .. best_rating {}; change the rating or the bounds",
                v.name,
                v.rating.unwrap_or_default(),
                scale.worst_rating,
                scale.best_rating
            ),
        ));
    }

    Ok(Config {
        path: Some(path.to_path_buf()),
        desk,
        scale,
        missing_evidence: raw.check.missing_evidence.unwrap_or_default(),
    })
}

fn verdicts(
    list: Vec<RawVerdict>,
    err: &impl Fn(Option<Range<usize>>, String) -> ConfigError,
) -> Result<Vec<Verdict>, ConfigError> {
    let mut out: Vec<Verdict> = Vec::with_capacity(list.len());
    for raw in list {
        let name = raw.name.get_ref().trim().to_string();
        let at = Some(raw.name.span());
        if !is_identifier(&name, false) {
            return Err(err(
                at,
                format!(
                    "verdict name \"{name}\" is not usable in a claims file; use lowercase letters, digits and `-` (e.g. \"mostly-accurate\")"
                ),
            ));
        }
        if out.iter().any(|v| v.name == name) {
            return Err(err(
                at,
                format!("verdict `{name}` is listed twice; keep one of them"),
            ));
        }
        if let Some(r) = &raw.rating
            && !is_decided(&name)
        {
            return Err(err(
                Some(r.span()),
                format!(
                    "`{name}` is an undecided verdict and cannot have a rating (nothing is published about it); remove `rating`"
                ),
            ));
        }
        let class = match raw.class {
            Some(c) => {
                let s = c.get_ref().trim().to_string();
                if !is_identifier(&s, true) {
                    return Err(err(
                        Some(c.span()),
                        format!(
                            "class \"{s}\" is not a CSS class name; use letters, digits, `-` and `_`"
                        ),
                    ));
                }
                s
            }
            None => name.clone(),
        };
        let label = raw
            .label
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .unwrap_or_else(|| default_label(&name));
        out.push(Verdict {
            name,
            label,
            class,
            rating: raw.rating.map(Spanned::into_inner),
        });
    }
    if !out.iter().any(Verdict::is_decided) {
        return Err(err(
            None,
            format!(
                "the `[[verdicts]]` list has no decided verdict (only unreviewed/{NEEDS_RECHECK}); add the verdicts editors may give"
            ),
        ));
    }
    Ok(out)
}

fn is_identifier(s: &str, upper_ok: bool) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c == '-'
                || c == '_'
                || (upper_ok && c.is_ascii_uppercase())
        })
}

/// `mostly-accurate` -> `Mostly accurate`.
fn default_label(name: &str) -> String {
    let spaced = name.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => spaced,
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
