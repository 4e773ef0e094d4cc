//! `check`: is a claims file an editor touched still sound?
//!
//! A file is read twice. First through [`located`], a mirror of the model
//! with positions, which places syntax and type errors and every later
//! finding at a line and column. Then through the model itself
//! (`claims::yaml::read`), so a file `check` passes is one every other
//! command can read. Semantic checks ([`rules`], [`article`]) run only on a
//! file that parsed: after a syntax error the parser cannot say what the
//! rest means, so one precise error beats a cascade of guesses.
//!
//! Nothing here prints; the command renders [`FileReport`]s with
//! [`report::render`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;

mod article;
mod located;
pub mod report;
mod rules;
mod syntax;
mod url;

pub use crate::verdicts::Severity;
use crate::verdicts::{self, Config, ConfigError};

/// One finding, at a 1-based line and column (in characters) of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Problem {
    pub(crate) fn error(line: usize, column: usize, message: String) -> Problem {
        Problem {
            line,
            column,
            severity: Severity::Error,
            message,
        }
    }
}

/// The findings for one file, with its text for showing offending lines.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: PathBuf,
    pub text: String,
    pub problems: Vec<Problem>,
}

impl FileReport {
    pub fn count(&self, severity: Severity) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == severity)
            .count()
    }
}

/// What became of one path.
#[derive(Debug)]
pub enum Outcome {
    Checked(FileReport),
    /// A YAML file met while walking a folder that is not a claims file.
    Skipped,
}

/// A file that could not be checked at all (exit code 2).
#[derive(Debug, Clone, thiserror::Error)]
pub enum CheckError {
    #[error("{}: cannot read: {message}; check the path", path.display())]
    Io { path: PathBuf, message: String },
    #[error("{0}")]
    Config(Arc<ConfigError>),
    /// Refused before reading: too large to parse safely.
    #[error("{0}")]
    TooLarge(String),
}

/// Checks files against the desk config that applies to each, loading each
/// config file once however many claims files share it.
#[derive(Debug)]
pub struct Checker {
    today: NaiveDate,
    default: Arc<Config>,
    configs: HashMap<PathBuf, Result<Arc<Config>, Arc<ConfigError>>>,
    allow_outside: bool,
}

impl Checker {
    /// `today` bounds review dates; taking it as an argument keeps the
    /// library's answers independent of the clock.
    pub fn new(today: NaiveDate) -> Checker {
        Checker {
            today,
            default: Arc::new(Config::default()),
            configs: HashMap::new(),
            allow_outside: false,
        }
    }

    /// Reads articles wherever `article.file` leads, not only inside the
    /// claims file's project (`--allow-outside`).
    #[must_use]
    pub fn allow_outside(mut self, allow: bool) -> Checker {
        self.allow_outside = allow;
        self
    }

    /// Checks one file. A file given by name is always checked; one met in
    /// a folder (`explicit` false) is skipped unless it says it is a claims
    /// file, so a folder of mixed YAML can be checked as a whole.
    pub fn check_path(&mut self, path: &Path, explicit: bool) -> Result<Outcome, CheckError> {
        if let Err(e) = crate::claims::yaml::check_size(path) {
            if !explicit && !crate::claims::walk::starts_like_claims(path) {
                return Ok(Outcome::Skipped);
            }
            return Err(CheckError::TooLarge(e.to_string()));
        }
        let bytes = std::fs::read(path).map_err(|e| CheckError::Io {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
        let text = match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let bytes = e.as_bytes();
                let offset = e.utf8_error().valid_up_to();
                let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
                if !explicit {
                    return Ok(Outcome::Skipped);
                }
                let text = String::from_utf8_lossy(bytes).into_owned();
                let problem = Problem::error(
                    line,
                    1,
                    format!("invalid UTF-8 at byte offset {offset}; save the file as UTF-8"),
                );
                return Ok(Outcome::Checked(FileReport {
                    path: path.to_path_buf(),
                    text,
                    problems: vec![problem],
                }));
            }
        };
        if !explicit && !crate::claims::walk::looks_like_claims(&text) {
            return Ok(Outcome::Skipped);
        }
        let config = self.config_for(path)?;
        let problems = check_text_with(path, &text, &config, self.today, self.allow_outside);
        Ok(Outcome::Checked(FileReport {
            path: path.to_path_buf(),
            text,
            problems,
        }))
    }

    fn config_for(&mut self, path: &Path) -> Result<Arc<Config>, CheckError> {
        let dir = path
            .parent()
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let Some(found) = verdicts::config::find(dir) else {
            return Ok(self.default.clone());
        };
        self.configs
            .entry(found.clone())
            .or_insert_with(|| verdicts::load(&found).map(Arc::new).map_err(Arc::new))
            .clone()
            .map_err(CheckError::Config)
    }
}

/// Every problem of one claims file's text, in file order. `path` locates
/// the article (relative to it) and names files in messages.
/// Articles outside the claims file's project are refused.
pub fn check_text(path: &Path, text: &str, config: &Config, today: NaiveDate) -> Vec<Problem> {
    check_text_with(path, text, config, today, false)
}

fn check_text_with(
    path: &Path,
    text: &str,
    config: &Config,
    today: NaiveDate,
    allow_outside: bool,
) -> Vec<Problem> {
    let file: located::File = match crate::claims::yaml::parse(text) {
        Ok(f) => f,
        Err(e) => return vec![syntax::problem(text, &e)],
    };
    let mut out = Vec::new();
    if let Err(e) = crate::claims::yaml::read_any_format(path, text) {
        // The mirror accepted what the model refuses: report the model's
        // words so the two never disagree silently.
        out.push(Problem::error(
            usize::try_from(e.line).unwrap_or(1),
            usize::try_from(e.column).unwrap_or(1),
            format!(
                "{}; other commands cannot read this file",
                without_location(&e.message)
            ),
        ));
    }
    rules::format(&file, &mut out);
    rules::duplicate_ids(&file, &mut out);
    let published = article::check(path, &file, allow_outside, &mut out);
    for claim in &file.claims {
        rules::claim(claim, config, published, today, &mut out);
    }
    out.sort_by_key(|p| (p.line, p.column));
    out
}

/// Why `text` is not a claims file other commands can read, in `check`'s
/// words and at its position: the parser's own (`expected mapping start`,
/// `budget breached: Nodes`) tell an editor little. `e` is what the model's
/// read said, used when the mirror reads the file.
pub fn why_unreadable(text: &str, e: &crate::claims::yaml::YamlError) -> Problem {
    if text.len() as u64 > crate::claims::yaml::MAX_BYTES {
        return Problem::error(1, 1, e.message.clone());
    }
    match crate::claims::yaml::parse::<located::File>(text) {
        Err(parse) => syntax::problem(text, &parse),
        Ok(_) => Problem::error(
            usize::try_from(e.line).unwrap_or(1),
            usize::try_from(e.column).unwrap_or(1),
            without_location(&e.message).to_string(),
        ),
    }
}

/// `error: line 3 column 9: expected ...` -> `expected ...`: the position
/// is already in front of the message.
fn without_location(message: &str) -> &str {
    let m = message.strip_prefix("error: ").unwrap_or(message);
    match m.strip_prefix("line ").and_then(|r| r.split_once(": ")) {
        Some((_, rest)) => rest,
        None => m,
    }
}

#[cfg(test)]
mod tests;
