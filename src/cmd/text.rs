//! `claimcheck text`: the text claims are extracted from, as its lines are
//! numbered in claims files.

use std::fmt::Write as _;
use std::io::Write;

use anyhow::{Context, Result};
use claimcheck::article::{Article, source_lines};

use crate::cli::TextArgs;

pub fn run(args: &TextArgs) -> Result<()> {
    let path = &args.article;
    let article = Article::load(path, None)?;
    let text = match article.extracted {
        Some(t) => t,
        None => std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read the article", path.display()))?,
    };
    let out = if args.line_numbers {
        let lines = source_lines(&text);
        let width = lines.len().to_string().len().max(4);
        let mut out = String::with_capacity(text.len() + lines.len() * (width + 2));
        for (i, line) in lines.iter().enumerate() {
            let _ = writeln!(out, "{:>width$}  {line}", i + 1);
        }
        out
    } else {
        text
    };
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    lock.write_all(out.as_bytes())?;
    lock.flush()?;
    Ok(())
}
