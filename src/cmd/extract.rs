//! `claimcheck extract`: articles -> claims files.
//!
//! A YAML claims file written to a file starts with a yaml-language-server
//! modeline pointing to `claimcheck.schema.json`, which is written into the
//! same folder (once; refreshed only when this version's schema differs), so
//! an editor's VS Code validates and completes offline. Output on stdout
//! gets neither: where it ends up is unknown, and a relative path to a
//! schema file that is not there would only produce an editor error. JSON
//! output gets neither either: JSON has no comments.

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use claimcheck::article::Article;
use claimcheck::claims::{self, ClaimsFile, schema};
use claimcheck::extract;
use claimcheck::files::{WriteError, folder_of, relative_to, write_atomic, write_atomic_with};

use super::{batch, log};
use crate::cli::{ExtractArgs, Format};

/// The exit code: with `--into`, 1 when some articles failed.
pub fn run(args: &ExtractArgs) -> Result<u8> {
    if let Some(dir) = &args.into {
        return batch::run(args, dir);
    }
    if args.articles.len() > 1 {
        bail!(
            "{} articles given: use --into DIR to write one claims file per article",
            args.articles.len()
        );
    }
    let path = &args.articles[0];
    if path.is_dir() {
        bail!(
            "{}: is a directory; to extract every article in it, give --into DIR",
            path.display()
        );
    }
    let output = super::output_file(args.output.as_deref());
    // Checked again when the file is written; asking first spares a long
    // article's extraction only to refuse at the end.
    if let Some(out) = output.filter(|o| o.is_file()) {
        return Err(WriteError::Exists(out.to_path_buf()).into());
    }
    let article = Article::load(path, args.published)?;
    let found = match output {
        Some(out) => {
            let recorded = relative_to(folder_of(out), path);
            // `-o /dev/stdout`: no schema file goes into `/dev`, and no
            // modeline points to one.
            let device = out.exists() && !out.is_file();
            let found = write_new(out, &article, &recorded, path, args.format, !device)?;
            if args.format == Format::Yaml && !device {
                schema::write_beside(folder_of(out))?;
            }
            found
        }
        None => {
            let file = make(&article, &path.to_string_lossy().replace('\\', "/"));
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(render(&file, path, args.format, false).as_bytes())?;
            lock.flush()?;
            file.claims.len()
        }
    };
    if found == 0 {
        log::warn(format_args!("{}: no claims found", path.display()));
    }
    Ok(0)
}

pub(super) fn make(article: &Article, recorded: &str) -> ClaimsFile {
    let drafts = extract::drafts(&article.text, &article.sentences, article.published);
    claims::build(article, &drafts, recorded)
}

/// Extracts `article` into a new claims file at `out`, atomically, and says
/// how many claims it holds. YAML is streamed: each claim is made as it is
/// written, so a 50 MB article's claims (several times its size) never sit
/// in memory all at once. `modeline`: start YAML with the schema modeline
/// (not for a device, which has no folder for the schema).
fn write_new(
    out: &Path,
    article: &Article,
    recorded: &str,
    article_path: &Path,
    format: Format,
    modeline: bool,
) -> Result<usize> {
    match format {
        Format::Yaml => {
            let drafts = extract::drafts(&article.text, &article.sentences, article.published);
            let head = claims::header(article, recorded);
            let mut comments: Vec<String> = modeline.then(schema::modeline).into_iter().collect();
            comments.extend(claims::header_comments(&article_path.display().to_string()));
            let mut found = 0;
            write_atomic_with(out, false, |w| {
                found = claims::yaml::write_streamed(
                    w,
                    &head,
                    claims::each_claim(article, &drafts),
                    &comments,
                )?;
                Ok(())
            })?;
            Ok(found)
        }
        Format::Json => {
            let file = make(article, recorded);
            write_atomic(
                out,
                render(&file, article_path, format, true).as_bytes(),
                false,
            )?;
            Ok(file.claims.len())
        }
    }
}

/// The file's text; `to_file` adds the schema modeline to YAML.
pub(super) fn render(
    file: &ClaimsFile,
    article_path: &Path,
    format: Format,
    to_file: bool,
) -> String {
    match format {
        Format::Yaml => {
            let mut comments = Vec::new();
            if to_file {
                comments.push(schema::modeline());
            }
            comments.extend(claims::header_comments(&article_path.display().to_string()));
            claims::yaml::write(file, &comments)
        }
        Format::Json => {
            let mut s = serde_json::to_string_pretty(file).unwrap_or_default();
            s.push('\n');
            s
        }
    }
}
