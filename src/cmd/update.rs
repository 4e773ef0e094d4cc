//! `claimcheck update CLAIMS NEW_ARTICLE`: the claims file brought up to
//! date with a newer version of its article, editors' work kept.
//!
//! The order of safety: the file is read; what it should say is worked out
//! on the model (`revise::update`); the change is spliced into the editor's
//! text (`claims::splice`), which refuses layouts it cannot place; the
//! result is read back and compared with the model, comments counted; the
//! file on disk is compared with what was read (an editor may have saved
//! meanwhile, or another update finished first); only then is it replaced,
//! atomically, the comparison and the rename under one lock
//! (`files::replace_if_unchanged`). When the read-back
//! check fails, the original stays and the updated claims are written
//! beside it for a person to merge.
//!
//! `apply` is that whole sequence without the printing, for `extract
//! --into --update`, which runs it on many files at once.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use chrono::NaiveDate;
use claimcheck::claims::{splice, yaml};
use claimcheck::files::{replace_if_unchanged, write_atomic};
use claimcheck::revise::{Outcome, align_file, update};
use similar::TextDiff;

use super::color::{self, paint};
use super::diff::{Versions, load, text_report};
use super::log;
use crate::cli::{ColorWhen, UpdateArgs};

/// A claims file worked out against a newer article, not yet written.
pub struct Prepared {
    pub versions: Versions,
    pub outcome: Outcome,
    /// The file's new text, spliced into the editor's; `None` when the
    /// file is already up to date.
    pub text: Option<String>,
}

/// What `apply` did to a claims file.
#[derive(Debug)]
pub enum Applied {
    UpToDate,
    Updated(Box<Outcome>),
}

/// Brings the claims file at `claims` up to date with the article at
/// `article` and writes it: the whole of `claimcheck update`, for callers
/// that handle many files and do their own reporting.
pub fn apply(claims: &Path, article: &Path, published: Option<NaiveDate>) -> Result<Applied> {
    let p = prepare(claims, article, published)?;
    match &p.text {
        None => Ok(Applied::UpToDate),
        Some(text) => {
            commit(claims, &p.versions.text, text)?;
            Ok(Applied::Updated(Box::new(p.outcome)))
        }
    }
}

/// Reads, updates the model and splices, writing nothing to `claims`; a
/// splice that fails its read-back check leaves the updated claims beside
/// it (`.proposed`) and is an error.
pub fn prepare(claims: &Path, article: &Path, published: Option<NaiveDate>) -> Result<Prepared> {
    refuse_blank(article)?;
    let v = log::timed("read the claims file and extracted the article", || {
        load(claims, article, published)
    })?;
    let outcome = log::timed("aligned the claims", || update(&v.old, &v.fresh));
    if !outcome.any_change(&v.old) {
        return Ok(Prepared {
            versions: v,
            outcome,
            text: None,
        });
    }
    let text = splice::splice(&v.text, &v.old, &outcome.file).map_err(|r| {
        anyhow::anyhow!(
            "{}:{}: cannot update this file safely: {}. Nothing was written.",
            claims.display(),
            r.line,
            r.message
        )
    })?;
    if let Err(why) = splice::verify(&v.text, &text, &outcome.file) {
        let proposed = proposal_path(claims);
        let comments = vec![
            format!("Proposed by `claimcheck update` for {}", claims.display()),
            "The file itself could not be rewritten safely; merge these claims into it by hand."
                .to_string(),
        ];
        write_atomic(
            &proposed,
            yaml::write(&outcome.file, &comments).as_bytes(),
            true,
        )?;
        bail!(
            "{}: the update could not be spliced into the file without risk to the editors' text ({why}). \
             The file is unchanged. The updated claims (without the file's comments) are in {}: compare and merge by hand",
            claims.display(),
            proposed.display()
        );
    }
    Ok(Prepared {
        versions: v,
        outcome,
        text: Some(text),
    })
}

/// An empty article (a failed download, a file saved before it was
/// written) would mark every claim removed and take a revision number;
/// that is never the update anyone meant. Only short files are read here.
fn refuse_blank(article: &Path) -> Result<()> {
    let blank = match std::fs::metadata(article) {
        Ok(m) if m.is_file() && m.len() == 0 => true,
        Ok(m) if m.is_file() && m.len() < 4096 => {
            std::fs::read(article).is_ok_and(|b| b.iter().all(u8::is_ascii_whitespace))
        }
        // Anything else is for the article loader to judge and explain.
        _ => false,
    };
    if blank {
        bail!(
            "{}: the article is empty; updating against it would mark every claim removed. Nothing was written. Give the article's text, or keep the claims file as it is if the story was taken down",
            article.display()
        );
    }
    Ok(())
}

/// Replaces the file with `text` unless it changed on disk since it was
/// read as `read` (an editor may have saved meanwhile, or another update
/// won a race); see [`replace_if_unchanged`] for how the check and the
/// rename are kept together.
fn commit(path: &Path, read: &str, text: &str) -> Result<()> {
    replace_if_unchanged(path, read.as_bytes(), text.as_bytes())?;
    Ok(())
}

pub fn run(args: &UpdateArgs, when: ColorWhen) -> Result<u8> {
    let path = &args.claims;
    let Prepared {
        versions: v,
        outcome,
        text,
    } = prepare(path, &args.article, args.published)?;
    let (mut out, on) = color::stdout(when);
    // The outcome line is what a run reports, not its result: `--quiet`
    // drops it (a dry run's changes are its result and always print).
    let quiet = log::level() == log::Level::Quiet;
    let Some(text) = text else {
        if quiet {
            return Ok(0);
        }
        writeln!(
            out,
            "{}: up to date with {} (revision {}); nothing to do",
            path.display(),
            args.article.display(),
            v.old.article.revision
        )?;
        return Ok(0);
    };
    if args.dry_run {
        let a = align_file(&v.old.claims, &v.fresh.claims);
        out.write_all(text_report(&a, path, &args.article, on).as_bytes())?;
        writeln!(out)?;
        let name = path.display().to_string();
        let diff = TextDiff::from_lines(&v.text, &text);
        for line in diff.unified_diff().header(&name, &name).to_string().lines() {
            let style = match line.as_bytes().first() {
                Some(b'+') if !line.starts_with("+++") => color::ADDED,
                Some(b'-') if !line.starts_with("---") => color::GONE,
                Some(b'@') => color::DIM,
                _ => anstyle::Style::new(),
            };
            writeln!(out, "{}", paint(on, style, line))?;
        }
        writeln!(out, "(dry run: {} not written)", path.display())?;
        return Ok(0);
    }
    commit(path, &v.text, &text)?;
    if quiet {
        return Ok(0);
    }
    // The file is written by now: a summary that cannot be printed must
    // not read as a failed update, which a person would run again.
    let printed = out
        .write_all(summary(path, &v.old.article.revision, &outcome).as_bytes())
        .and_then(|()| out.flush());
    match printed {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => bail!(
            "{}: updated, but its summary could not be printed to standard output: {e}",
            path.display()
        ),
        _ => Ok(0),
    }
}

/// Beside the claims file, under a name `check` and `report` do not read
/// as a claims file.
fn proposal_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".proposed");
    path.with_file_name(name)
}

fn summary(path: &Path, revision: &u32, o: &Outcome) -> String {
    let mut s = format!(
        "{}: revision {} -> {}: {} unchanged, {} changed, {} added, {} removed\n",
        path.display(),
        revision,
        o.file.article.revision,
        o.unchanged.len(),
        o.changed.len(),
        o.added.len(),
        o.removed.len()
    );
    let recheck: Vec<&str> = o
        .changed
        .iter()
        .filter(|id| {
            o.file
                .claims
                .iter()
                .any(|c| &c.id == *id && c.verdict == claimcheck::verdicts::NEEDS_RECHECK)
        })
        .map(String::as_str)
        .collect();
    for (label, ids) in [
        ("needs recheck", recheck),
        (
            "added (unreviewed)",
            o.added.iter().map(String::as_str).collect(),
        ),
        ("removed", o.removed.iter().map(String::as_str).collect()),
        (
            "back again",
            o.restored.iter().map(String::as_str).collect(),
        ),
    ] {
        if !ids.is_empty() {
            s.push_str(&format!("  {label}: {}\n", ids.join(", ")));
        }
    }
    s
}
