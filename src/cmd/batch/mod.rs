//! `claimcheck extract --into DIR ARTICLES...`: many articles at once.
//!
//! Three steps. The walk finds the articles: files named directly, and below
//! each folder named every `.txt`, `.md`, `.html` and `.htm` file, in name
//! order, so two runs see the same list. The plan gives each article its
//! claims file, mirroring its path below the folder it was found in. The
//! loop then extracts (or skips, or updates) in parallel on rayon's pool,
//! one article per task; nothing is printed until it ends, so messages come
//! in walk order and do not tear the progress bar.
//!
//! Names must be stable across runs, because a rerun decides from the
//! claims file on disk whether an article is done. Two articles can want
//! the same name (`index.html` and `index.md` in one folder; two files
//! named directly with the same stem); the second gets `-2`, and so on.
//! Which one is "second" must not depend on what else this run was given,
//! so an existing claims file keeps its name for the article it records
//! (its `article: file:`): a name held by another article's file is never
//! reused, and `--update` never applies one article to another's claims.
//!
//! The walk uses walkdir rather than `claims::walk`'s own: that one is made
//! for claims files; walkdir gives sorted, loop-safe recursion (symbolic
//! links to folders are not entered, hidden entries are skipped as in
//! `claims::walk`) with errors that name the path.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use claimcheck::article::Article;
use claimcheck::claims::{ClaimsFile, schema};
use claimcheck::files::{folder_of, relative_to, write_atomic};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::extract::{make, render};
use super::log;
use super::update::{self, Applied};

mod plan;
mod summary;
mod walk;

use crate::cli::{ExtractArgs, Format};
use plan::plan;
use summary::Summary;
use walk::walk;

/// The file name endings the walk takes as articles.
pub const EXTENSIONS: [&str; 4] = ["txt", "md", "html", "htm"];

/// An article the walk found, and where its claims file goes below `--into`
/// (folder and file stem, before any `-2`).
#[derive(Debug)]
struct Found {
    path: PathBuf,
    mirror_dir: PathBuf,
    stem: String,
}

/// What the walk turned up for one path: an article, or a path it could not
/// read (reported as a failed article).
#[derive(Debug)]
enum Entry {
    Article(Found),
    Unreadable(PathBuf, String),
}

/// One unit of the parallel loop.
#[derive(Debug)]
struct Job {
    /// Position in the walk, which is the order of the messages.
    order: usize,
    article: PathBuf,
    out: PathBuf,
    exists: bool,
}

/// What happened to one article.
#[derive(Debug)]
enum Done {
    Extracted(ClaimsFile),
    Skipped,
    Updated(ClaimsFile),
    UpToDate,
    Failed(anyhow::Error),
}

/// Extracts every article under `args.articles` into `dir`. Returns the exit
/// code: 1 when any article failed (the others were still done). A lone
/// article named directly keeps the single-file contract instead: its
/// failure is the command's error (exit 2).
pub fn run(args: &ExtractArgs, dir: &Path) -> Result<u8> {
    let ext = match args.format {
        Format::Yaml => "yaml",
        Format::Json => "json",
    };
    if args.update && args.format != Format::Yaml {
        bail!("--update works on YAML claims files only; leave out --format json");
    }
    let entries = walk(&args.articles);
    let lone = args.articles.len() == 1 && !args.articles[0].is_dir();
    if entries.is_empty() {
        log::warn(format_args!(
            "no articles (.{}) found in {}",
            EXTENSIONS.join(", ."),
            list(&args.articles)
        ));
        return Ok(0);
    }
    let (jobs, mut results) = plan(entries, dir, args.format, ext);
    let bar = progress(jobs.len());
    let done: Vec<(Job, Done)> = jobs
        .into_par_iter()
        .map(|job| {
            let d = one(&job, args);
            bar.inc(1);
            (job, d)
        })
        .collect();
    bar.finish_and_clear();
    results.extend(done);
    results.sort_by_key(|(job, _)| job.order);
    if lone
        && matches!(results.as_slice(), [(_, Done::Failed(_))])
        && let Some((_, Done::Failed(e))) = results.pop()
    {
        return Err(e);
    }
    let mut folders = BTreeSet::new();
    let mut summary = Summary::default();
    for (job, d) in &results {
        summary.count(d);
        match d {
            Done::Extracted(file) => {
                folders.insert(folder_of(&job.out).to_path_buf());
                log::verbose(format_args!(
                    "{}: {} -> {}",
                    job.article.display(),
                    log::count(file.claims.len(), "claim"),
                    job.out.display()
                ));
                if file.claims.is_empty() {
                    log::warn(format_args!("{}: no claims found", job.article.display()));
                }
            }
            Done::Updated(_) => log::verbose(format_args!(
                "{}: updated {}",
                job.article.display(),
                job.out.display()
            )),
            Done::Skipped | Done::UpToDate => {}
            Done::Failed(e) => log::error(format_args!("{e:#}")),
        }
    }
    if args.format == Format::Yaml {
        for folder in &folders {
            if let Err(e) = schema::write_beside(folder) {
                log::error(format_args!("{e}"));
                summary.failed += 1;
            }
        }
    }
    summary.print();
    if summary.failed > 0 {
        log::error(format_args!(
            "{} failed; the others were done",
            log::count(summary.failed, "article")
        ));
        return Ok(1);
    }
    Ok(0)
}

fn list(paths: &[PathBuf]) -> String {
    let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    names.join(", ")
}

/// On stderr when it is a terminal and the run is not `--quiet`; a hidden
/// bar costs nothing.
fn progress(len: usize) -> ProgressBar {
    if log::level() == log::Level::Quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{wide_bar} {pos}/{len} articles, {elapsed} (eta {eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// One article: extracted into a new claims file, or, when its claims file
/// is there, skipped or (`--update`) brought up to date.
fn one(job: &Job, args: &ExtractArgs) -> Done {
    if job.exists && !args.update {
        return Done::Skipped;
    }
    if job.exists {
        return match update::apply(&job.out, &job.article, args.published) {
            Ok(Applied::UpToDate) => Done::UpToDate,
            Ok(Applied::Updated(outcome)) => Done::Updated(outcome.file),
            Err(e) => Done::Failed(e),
        };
    }
    let result = Article::load(&job.article, args.published)
        .map_err(anyhow::Error::from)
        .and_then(|article| {
            let file = make(&article, &relative_to(folder_of(&job.out), &job.article));
            write_atomic(
                &job.out,
                render(&file, &job.article, args.format, true).as_bytes(),
                false,
            )?;
            Ok(file)
        });
    match result {
        Ok(file) => Done::Extracted(file),
        Err(e) => Done::Failed(e),
    }
}
