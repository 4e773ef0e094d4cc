//! `claimcheck report [PATH...]`: the review table and summary across
//! claims files, in several formats, and the `--fail-on` publishing gate.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Result, bail};
use claimcheck::claims::Claim;
use claimcheck::files::write_atomic;
use claimcheck::report::{self, Filter, Loaded, Sort, formats, html};

use super::{color, log};
use crate::cli::{ColorWhen, ReportArgs, ReportFormat, SortBy};

pub fn run(args: &ReportArgs, when: ColorWhen) -> Result<u8> {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (files, errors) = log::timed("read the claims files", || report::load(&paths));
    log::desk_configs(files.iter().map(|l| l.config.path.as_deref()));
    for e in &errors {
        log::error(e);
    }
    if !errors.is_empty() && files.is_empty() {
        bail!("no claims file could be read");
    }
    known_verdicts(&files, &args.verdict, "--verdict")?;
    known_verdicts(&files, &args.fail_on, "--fail-on")?;
    let filter = Filter {
        verdicts: args.verdict.clone(),
        kinds: args.kind.clone(),
        article: args.article.clone(),
        reviewer: args.reviewer.clone(),
        since: args.since,
        removed: args.removed,
    };
    let rows = report::select(&files, &filter, sort(args.sort));
    // The summary counts removed claims even when the table leaves them out.
    let with_removed = Filter {
        removed: true,
        ..filter.clone()
    };
    let mut summary = report::summarize(&files, &rows);
    summary.removed = report::summarize(
        &files,
        &report::select(&files, &with_removed, Sort::Article),
    )
    .removed;
    let (mut out, on) = color::stdout(when);
    let on = on && super::output_file(args.output.as_deref()).is_none();
    let mut unread = Vec::new();
    let text = log::timed("rendered the report", || match args.format {
        ReportFormat::Table => Ok(formats::table(&rows, &summary, on)),
        ReportFormat::Markdown => Ok(formats::markdown(&rows, &summary)),
        ReportFormat::Csv => formats::csv(&rows),
        ReportFormat::Json => Ok(formats::json(&rows, &summary)),
        ReportFormat::Html => Ok(page(&files, &rows, args.allow_outside, &mut unread)),
    })?;
    match super::output_file(args.output.as_deref()) {
        Some(path) => write_atomic(path, text.as_bytes(), true)?,
        None => {
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    }
    let gate = gate(&rows, &args.fail_on);
    if !gate.is_empty() {
        log::error(gate);
        return Ok(1);
    }
    for why in &unread {
        log::error(why);
    }
    Ok(if errors.is_empty() && unread.is_empty() {
        0
    } else {
        2
    })
}

/// The HTML page shows articles whole, so the rows go back into their
/// files (in article order); files with no row left are not shown. An
/// article that cannot be read (missing, or outside the project) leaves its
/// claims without the text, and why goes into `unread` for stderr: a page
/// short of an article is incomplete (exit 2).
fn page(
    files: &[Loaded],
    rows: &[(&Loaded, &Claim)],
    allow_outside: bool,
    unread: &mut Vec<String>,
) -> String {
    let kept: std::collections::HashSet<*const Claim> =
        rows.iter().map(|(_, c)| *c as *const Claim).collect();
    let shown: Vec<Loaded> = files
        .iter()
        .filter_map(|l| {
            let keep: Vec<Claim> = l
                .file
                .claims
                .iter()
                .filter(|c| kept.contains(&(*c as *const Claim)))
                .cloned()
                .collect();
            (!keep.is_empty()).then(|| {
                let mut l = l.clone();
                l.file.claims = keep;
                l
            })
        })
        .collect();
    let articles: Vec<_> = shown
        .iter()
        .map(|l| html::read_article_with(l, allow_outside))
        .collect();
    for (l, a) in shown.iter().zip(&articles) {
        if let Err(why) = a {
            let path = l.path.display().to_string();
            unread.push(if why.starts_with(&path) {
                why.clone()
            } else {
                format!("{path}: {why}; the page shows its claims without the text")
            });
        }
    }
    html::render(&shown, &articles)
}

fn sort(s: SortBy) -> Sort {
    match s {
        SortBy::Article => Sort::Article,
        SortBy::Id => Sort::Id,
        SortBy::Kind => Sort::Kind,
        SortBy::Verdict => Sort::Verdict,
        SortBy::Reviewed => Sort::Reviewed,
        SortBy::Reviewer => Sort::Reviewer,
    }
}

/// A verdict no desk's scale knows is a typo: say so, with a suggestion,
/// rather than report nothing.
fn known_verdicts(files: &[Loaded], names: &[String], flag: &str) -> Result<()> {
    let default = claimcheck::verdicts::Scale::default();
    let scales: Vec<&claimcheck::verdicts::Scale> = if files.is_empty() {
        vec![&default]
    } else {
        files.iter().map(|l| &l.config.scale).collect()
    };
    for name in names {
        if scales.iter().any(|s| s.get(name.trim()).is_some()) {
            continue;
        }
        let hint = scales[0]
            .suggest(name)
            .map(|v| format!("; did you mean `{}`?", v.name))
            .unwrap_or_default();
        bail!(
            "{flag}: unknown verdict `{name}`{hint} Verdicts: {}",
            scales[0].names().join(", ")
        );
    }
    Ok(())
}

/// What the gate found, naming the claims; empty when it passes.
fn gate(rows: &[(&Loaded, &Claim)], fail_on: &[String]) -> String {
    if fail_on.is_empty() {
        return String::new();
    }
    let hits: Vec<String> = rows
        .iter()
        .filter(|(_, c)| fail_on.iter().any(|v| v.trim() == c.verdict.trim()))
        .map(|(l, c)| format!("{}: {} ({})", l.path.display(), c.id, c.verdict))
        .collect();
    if hits.is_empty() {
        return String::new();
    }
    format!(
        "{} claims have a verdict in --fail-on {}:\n  {}",
        hits.len(),
        fail_on.join(","),
        hits.join("\n  ")
    )
}
