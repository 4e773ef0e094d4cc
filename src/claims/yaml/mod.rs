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
//! file the tool rewrites (`update`) is never written afresh from the model:
//! `claims::splice` replaces only the fields whose values change, rendered
//! by [`render`] at the indentation they stand at, and reads the result back
//! before it replaces the original.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::model::ClaimsFile;

pub(crate) mod render;
mod scalar;

pub use scalar::{flow, scalar};

/// A claims file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{}:{line}:{column}: {message}", path.display())]
pub struct YamlError {
    pub path: PathBuf,
    pub line: u64,
    pub column: u64,
    pub message: String,
}

/// The largest claims file read. The parser's budget must grow with the
/// file for a large article's claims to read at all, and a bound on the
/// file is what keeps that budget, and the memory a parse takes, bounded.
/// 64 MiB holds some 100,000 claims, far more than any desk reviews in one
/// file; a larger one is refused from its size, before it is read.
pub const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The parser's limits for `text`. serde-saphyr's defaults stop at 250,000
/// nodes, which a claims file of some 50 MB (15,000 claims) reaches
/// honestly. Nodes and events may grow with the text, never beyond a
/// constant factor of it, so an alias bomb ("billion laughs") still breaches
/// the budget after work proportional to its own size; nesting depth and
/// alias counts keep their defaults.
fn options_for(text: &str) -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    if let Some(b) = options.budget.as_mut() {
        b.max_nodes = b.max_nodes.max(text.len() / 4);
        b.max_events = b.max_events.max(text.len() / 2);
    }
    options
}

/// Parses YAML `text` into `T` under the claims file's limits: what `check`
/// reads its mirror of the model with, so both parses refuse the same files.
pub(crate) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_saphyr::Error> {
    serde_saphyr::from_str_with_options(text, options_for(text))
}

/// Refuses a file larger than [`MAX_BYTES`] from its size alone, before it
/// is read; a file that cannot be looked at is left for the read to report.
pub fn check_size(path: &Path) -> Result<(), YamlError> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() > MAX_BYTES => Err(too_large(path, m.len())),
        _ => Ok(()),
    }
}

fn too_large(path: &Path, len: u64) -> YamlError {
    YamlError {
        path: path.to_path_buf(),
        line: 1,
        column: 1,
        message: format!(
            "{len} bytes is more than a claims file may hold ({MAX_BYTES} bytes, 64 MiB); \
             it was not read. Split the article and extract each part into its own claims file"
        ),
    }
}

/// Parses a claims file. `path` is only used in messages. A file of a
/// format version this claimcheck does not know is refused: reading it as
/// `claimcheck/1` could drop or misread what a newer version wrote.
pub fn read(path: &Path, text: &str) -> Result<ClaimsFile, YamlError> {
    let file = read_any_format(path, text)?;
    if file.format.trim() != super::FORMAT {
        let line = text
            .lines()
            .position(|l| l.starts_with("format:"))
            .map_or(1, |i| i as u64 + 1);
        return Err(YamlError {
            path: path.to_path_buf(),
            line,
            column: 1,
            message: unknown_format(file.format.trim()),
        });
    }
    Ok(file)
}

/// Why a `format:` value is refused, naming the versions that are read.
pub fn unknown_format(found: &str) -> String {
    let known = super::FORMAT;
    if found.starts_with("claimcheck/") {
        format!(
            "unknown format `{found}`; this claimcheck reads only `{known}`: upgrade claimcheck, or restore `format: {known}`"
        )
    } else {
        format!("unknown format `{found}`; a claims file starts with `format: {known}`")
    }
}

/// [`read`] without the format version check, for `check`, which reports
/// the version at its own position.
pub(crate) fn read_any_format(path: &Path, text: &str) -> Result<ClaimsFile, YamlError> {
    if text.len() as u64 > MAX_BYTES {
        return Err(too_large(path, text.len() as u64));
    }
    parse::<ClaimsFile>(text).map_err(|e| {
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
    let mut out = Vec::with_capacity(1024 + file.claims.len() * 600);
    // Writing into a Vec cannot fail, and the renderers only write UTF-8.
    let _ = write_to(&mut out, file, comments);
    String::from_utf8(out).unwrap_or_default()
}

/// [`write`] into `w`, one claim at a time, so a file with hundreds of
/// thousands of claims needs no second copy of itself in memory.
pub fn write_to(
    w: &mut dyn std::io::Write,
    file: &ClaimsFile,
    comments: &[String],
) -> std::io::Result<()> {
    emit(w, file, file.claims.iter(), comments).map(drop)
}

/// Writes `head` with `claims` in place of its own (which are ignored), as
/// they come: extraction makes each claim only when it is written. Returns
/// how many claims were written.
pub fn write_streamed(
    w: &mut dyn std::io::Write,
    head: &ClaimsFile,
    claims: impl Iterator<Item = super::Claim>,
    comments: &[String],
) -> std::io::Result<usize> {
    emit(w, head, claims, comments)
}

fn emit<C: std::borrow::Borrow<super::Claim>>(
    w: &mut dyn std::io::Write,
    file: &ClaimsFile,
    claims: impl Iterator<Item = C>,
    comments: &[String],
) -> std::io::Result<usize> {
    let mut claims = claims.peekable();
    let mut count = 0;
    let mut out = String::with_capacity(4096);
    for c in comments {
        for line in c.lines() {
            // A file name can hold a carriage return or a control character
            // that YAML does not allow even in a comment.
            let line: String = line
                .chars()
                .map(|ch| {
                    if ch.is_control() || matches!(ch, '\u{2028}' | '\u{2029}' | '\u{feff}') {
                        '\u{fffd}'
                    } else {
                        ch
                    }
                })
                .collect();
            let _ = writeln!(out, "# {line}");
        }
    }
    render::field(&mut out, 0, "format", &scalar(&file.format));
    out.push_str("article:\n");
    for key in render::ARTICLE_KEYS {
        render::article_field(&mut out, &file.article, key, 2);
    }
    render::extras(&mut out, 2, &file.article.extra);
    if claims.peek().is_none() {
        out.push_str("claims: []\n");
    } else {
        out.push_str("claims:\n");
        for c in claims {
            render::claim(&mut out, c.borrow(), 2);
            count += 1;
            if out.len() > 1 << 15 {
                w.write_all(out.as_bytes())?;
                out.clear();
            }
        }
    }
    render::extras(&mut out, 0, &file.extra);
    w.write_all(out.as_bytes())?;
    Ok(count)
}
