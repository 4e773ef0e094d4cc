//! Which claims file each article gets, stable across runs.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use anyhow::anyhow;
use rayon::prelude::*;

use claimcheck::claims::{ClaimsFile, yaml};
use claimcheck::files::{folder_of, relative_to};

use super::{Done, Entry, Found, Job};
use crate::cli::Format;

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
pub(super) fn plan(
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
