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

use std::collections::{BTreeSet, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow, bail};
use claimcheck::article::Article;
use claimcheck::claims::{ClaimsFile, schema, yaml};
use claimcheck::extract::ClaimKind;
use claimcheck::files::{folder_of, relative_to, write_atomic};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::extract::{make, render};
use super::log;
use super::update::{self, Applied};
use crate::cli::{ExtractArgs, Format};

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

/// The articles under `paths`, in argument order and, within a folder, in
/// name order.
fn walk(paths: &[PathBuf]) -> Vec<Entry> {
    let mut out = Vec::new();
    for root in paths {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => walk_folder(root, &mut out),
            Ok(_) => out.push(Entry::Article(Found {
                path: root.clone(),
                mirror_dir: PathBuf::new(),
                stem: stem(root),
            })),
            Err(e) => out.push(Entry::Unreadable(
                root.clone(),
                format!("{}: cannot read: {e}", root.display()),
            )),
        }
    }
    out
}

fn walk_folder(root: &Path, out: &mut Vec<Entry>) {
    let entries = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                let why = e
                    .io_error()
                    .map_or_else(|| e.to_string(), ToString::to_string);
                out.push(Entry::Unreadable(
                    path.clone(),
                    format!("{}: cannot read: {why}", path.display()),
                ));
                continue;
            }
        };
        let path = entry.path();
        // A symbolic link to a file is an article like any other; one to a
        // folder is not followed (it may loop).
        let is_file =
            entry.file_type().is_file() || (entry.file_type().is_symlink() && path.is_file());
        if !is_file || !is_article(path) {
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(path);
        out.push(Entry::Article(Found {
            path: path.to_path_buf(),
            mirror_dir: folder_of(relative)
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .collect(),
            stem: stem(path),
        }));
    }
}

fn is_article(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        let e = e.to_string_lossy();
        EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x))
    })
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || "article".to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Whose an existing claims file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Nobody,
    This,
    Other,
}

/// Whether `out` is free, already the claims file of `article`, or another
/// article's. A file that cannot be read as a claims file counts as this
/// article's: the name is the one this article would get, skipping it
/// loses nothing, and `--update` then reports what is wrong with it.
fn owner(out: &Path, article: &Path, format: Format) -> Owner {
    let Ok(text) = std::fs::read_to_string(out) else {
        return if out.exists() {
            Owner::This
        } else {
            Owner::Nobody
        };
    };
    let expected = relative_to(folder_of(out), article);
    // A line scan settles the usual case (a rerun meeting the file it
    // wrote) without parsing the whole file; anything else is parsed.
    if format == Format::Yaml && recorded_by_scan(&text) == Some(expected.as_str()) {
        return Owner::This;
    }
    let file: Option<ClaimsFile> = match format {
        Format::Yaml => yaml::read(out, &text).ok(),
        Format::Json => serde_json::from_str(&text).ok(),
    };
    match file {
        Some(f) if f.article.file != expected => Owner::Other,
        _ => Owner::This,
    }
}

/// The `file:` under the top-level `article:` of a claims file as
/// `extract` writes it (plain or quoted, maybe with a comment after).
fn recorded_by_scan(text: &str) -> Option<&str> {
    let mut lines = text.lines().skip_while(|l| l.trim_end() != "article:");
    lines.next()?;
    let line = lines
        .take_while(|l| l.starts_with(' '))
        .find_map(|l| l.trim_start().strip_prefix("file:"))?;
    let value = line.split(" #").next()?.trim();
    Some(value.trim_matches(|c| c == '"' || c == '\''))
}

/// Gives each article its claims file. The first candidate of every
/// article is looked at in parallel (on a rerun that is one claims file
/// read per article); the rest, needed only where names collide, in order.
fn plan(
    entries: Vec<Entry>,
    dir: &Path,
    format: Format,
    ext: &str,
) -> (Vec<Job>, Vec<(Job, Done)>) {
    let mut found = Vec::new();
    let mut failed = Vec::new();
    // The same article reached twice (named twice, or in two folders given,
    // one inside the other) is done once, under its first name.
    let mut seen = HashSet::new();
    for (order, e) in entries.into_iter().enumerate() {
        match e {
            Entry::Article(f) => {
                let id = std::fs::canonicalize(&f.path).unwrap_or_else(|_| f.path.clone());
                if seen.insert(id) {
                    found.push((order, f));
                }
            }
            Entry::Unreadable(path, why) => failed.push((
                Job {
                    order,
                    article: path,
                    out: PathBuf::new(),
                    exists: false,
                },
                Done::Failed(anyhow!(why)),
            )),
        }
    }
    let candidate = |f: &Found, n: usize| {
        let name = if n == 1 {
            format!("{}.{ext}", f.stem)
        } else {
            format!("{}-{n}.{ext}", f.stem)
        };
        dir.join(&f.mirror_dir).join(name)
    };
    let first: Vec<Owner> = found
        .par_iter()
        .map(|(_, f)| owner(&candidate(f, 1), &f.path, format))
        .collect();
    let mut taken = HashSet::new();
    let mut jobs = Vec::with_capacity(found.len());
    for ((order, f), first) in found.into_iter().zip(first) {
        let mut n = 1;
        let (out, exists) = loop {
            let out = candidate(&f, n);
            if !taken.contains(&out) {
                let who = if n == 1 {
                    first
                } else {
                    owner(&out, &f.path, format)
                };
                match who {
                    Owner::Nobody => break (out, false),
                    Owner::This => break (out, true),
                    Owner::Other => {}
                }
            }
            n += 1;
        };
        taken.insert(out.clone());
        jobs.push(Job {
            order,
            article: f.path,
            out,
            exists,
        });
    }
    (jobs, failed)
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

/// The counts the run ends with.
#[derive(Debug, Default)]
struct Summary {
    articles: usize,
    extracted: usize,
    skipped: usize,
    updated: usize,
    up_to_date: usize,
    failed: usize,
    /// Claims of the files written, by `ClaimKind::ALL` index; claims an
    /// update marked removed are left out.
    kinds: [usize; ClaimKind::ALL.len()],
}

impl Summary {
    fn count(&mut self, d: &Done) {
        self.articles += 1;
        let file = match d {
            Done::Extracted(f) => {
                self.extracted += 1;
                f
            }
            Done::Updated(f) => {
                self.updated += 1;
                f
            }
            Done::Skipped => {
                self.skipped += 1;
                return;
            }
            Done::UpToDate => {
                self.up_to_date += 1;
                return;
            }
            Done::Failed(_) => {
                self.failed += 1;
                return;
            }
        };
        for c in file.claims.iter().filter(|c| c.removed_in.is_none()) {
            if let Some(i) = ClaimKind::ALL.iter().position(|k| *k == c.kind) {
                self.kinds[i] += 1;
            }
        }
    }

    fn print(&self) {
        let mut parts = vec![format!("{} extracted", self.extracted)];
        if self.skipped > 0 {
            parts.push(format!(
                "{} skipped (claims file already there; --update brings them up to date)",
                self.skipped
            ));
        }
        if self.updated > 0 || self.up_to_date > 0 {
            parts.push(format!("{} updated", self.updated));
            parts.push(format!("{} up to date", self.up_to_date));
        }
        parts.push(format!("{} failed", self.failed));
        log::info(format_args!(
            "{}: {}",
            log::count(self.articles, "article"),
            parts.join(", ")
        ));
        if self.extracted + self.updated == 0 {
            return;
        }
        let total: usize = self.kinds.iter().sum();
        let by_kind: Vec<String> = ClaimKind::ALL
            .iter()
            .zip(self.kinds)
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| format!("{} {n}", k.name()))
            .collect();
        let by_kind = if by_kind.is_empty() {
            String::new()
        } else {
            format!(" ({})", by_kind.join(", "))
        };
        log::info(format_args!(
            "{} in the files written{by_kind}",
            log::count(total, "claim")
        ));
    }
}

#[cfg(test)]
mod tests {
    // Imports inside the tests: benches/batch.rs compiles this file too,
    // with cfg(test) but without a test harness, which drops the tests.

    #[test]
    fn the_scan_finds_the_recorded_article_as_extract_and_editors_write_it() {
        use super::recorded_by_scan;
        let file = |v: &str| {
            format!("# comment\nformat: claimcheck/1\narticle:\n  {v}\n  revision: 1\nclaims: []\n")
        };
        assert_eq!(
            recorded_by_scan(&file("file: ../a/index.html")),
            Some("../a/index.html")
        );
        assert_eq!(
            recorded_by_scan(&file("file: \"../a b.txt\"   # relative to this file")),
            Some("../a b.txt")
        );
        assert_eq!(recorded_by_scan(&file("title: x")), None);
        // A `file:` of a claim's source, outside `article:`, is not it.
        assert_eq!(
            recorded_by_scan("article:\n  revision: 1\nclaims:\n  - file: x.txt\n"),
            None
        );
    }

    #[test]
    fn a_claims_file_belongs_to_the_article_it_records() {
        use super::{Format, Owner, folder_of, owner};
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("out/a.yaml");
        let a = dir.path().join("a.txt");
        let b = dir.path().join("sub/a.txt");
        assert_eq!(owner(&out, &a, Format::Yaml), Owner::Nobody);
        std::fs::create_dir_all(folder_of(&out)).expect("mkdir");
        std::fs::write(
            &out,
            "format: claimcheck/1\narticle:\n  file: ../a.txt\n  revision: 1\n  sha256: x\nclaims: []\n",
        )
        .expect("write");
        assert_eq!(owner(&out, &a, Format::Yaml), Owner::This);
        assert_eq!(owner(&out, &b, Format::Yaml), Owner::Other);
        std::fs::write(&out, "not: [a claims file").expect("write");
        assert_eq!(owner(&out, &b, Format::Yaml), Owner::This);
    }
}
