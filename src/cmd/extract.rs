//! `claimcheck extract`: articles -> claims files.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use claimcheck::article::Article;
use claimcheck::claims::{self, ClaimsFile};
use claimcheck::extract;
use claimcheck::files::{relative_to, write_atomic};

use crate::cli::{ExtractArgs, Format};

pub fn run(args: &ExtractArgs) -> Result<()> {
    if args.articles.len() > 1 && args.into.is_none() {
        bail!(
            "{} articles given: use --into DIR to write one claims file per article",
            args.articles.len()
        );
    }
    if let Some(dir) = &args.into {
        return into_dir(args, dir);
    }
    let path = &args.articles[0];
    let article = Article::load(path, args.published)?;
    let file = match &args.output {
        Some(out) => {
            let recorded = relative_to(parent(out), path);
            let file = make(&article, &recorded);
            write_atomic(out, render(&file, path, args.format).as_bytes(), false)?;
            file
        }
        None => {
            let file = make(&article, &path.to_string_lossy().replace('\\', "/"));
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            lock.write_all(render(&file, path, args.format).as_bytes())?;
            lock.flush()?;
            file
        }
    };
    warn_if_empty(path, &file);
    Ok(())
}

/// One claims file per article in `dir`, named after the article. A failing
/// article is reported and the others are still written.
fn into_dir(args: &ExtractArgs, dir: &Path) -> Result<()> {
    let ext = match args.format {
        Format::Yaml => "yaml",
        Format::Json => "json",
    };
    let mut taken: HashSet<PathBuf> = HashSet::new();
    let mut failed = 0;
    for path in &args.articles {
        let stem = path.file_stem().map_or_else(
            || "article".to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        let mut out = dir.join(format!("{stem}.{ext}"));
        let mut n = 2;
        while taken.contains(&out) {
            out = dir.join(format!("{stem}-{n}.{ext}"));
            n += 1;
        }
        taken.insert(out.clone());
        let result = Article::load(path, args.published)
            .map_err(anyhow::Error::from)
            .and_then(|article| {
                let file = make(&article, &relative_to(dir, path));
                write_atomic(&out, render(&file, path, args.format).as_bytes(), false)?;
                Ok(file)
            });
        match result {
            Ok(file) => {
                eprintln!(
                    "{}: {} claims -> {}",
                    path.display(),
                    file.claims.len(),
                    out.display()
                );
                warn_if_empty(path, &file);
            }
            Err(e) => {
                eprintln!("claimcheck: {e:#}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        bail!(
            "{failed} of {} articles failed; the others were written",
            args.articles.len()
        );
    }
    Ok(())
}

fn make(article: &Article, recorded: &str) -> ClaimsFile {
    let drafts = extract::drafts(&article.text, &article.sentences, article.published);
    claims::build(article, &drafts, recorded)
}

fn render(file: &ClaimsFile, article_path: &Path, format: Format) -> String {
    match format {
        Format::Yaml => claims::yaml::write(
            file,
            &claims::header_comments(&article_path.display().to_string()),
        ),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(file).unwrap_or_default();
            s.push('\n');
            s
        }
    }
}

fn parent(p: &Path) -> &Path {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn warn_if_empty(path: &Path, file: &ClaimsFile) {
    if file.claims.is_empty() {
        eprintln!("claimcheck: warning: {}: no claims found", path.display());
    }
}
