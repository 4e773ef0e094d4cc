//! `claimcheck export FORMAT`: finished fact-checks in formats other sites
//! read. The reviews go to stdout or `-o FILE`; what was left out, and why,
//! to stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use claimcheck::files::write_atomic;
use claimcheck::report::claimreview::{self, Export};
use claimcheck::report::load;
use claimcheck::verdicts::CONFIG_FILE;

use super::log;
use crate::cli::ClaimReviewArgs;

/// 2 when a path could not be read (the export is incomplete), else 0.
pub fn claimreview(args: &ClaimReviewArgs) -> Result<u8> {
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let (files, errors) = log::timed("read the claims files", || load(&paths));
    log::desk_configs(files.iter().map(|l| l.config.path.as_deref()));
    let export = claimreview::export(&files);
    let text = claimreview::to_json(&export.reviews);
    match super::output_file(args.output.as_deref()) {
        Some(path) => write_atomic(path, text.as_bytes(), true)?,
        None => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
    }
    for e in &errors {
        log::error(e);
    }
    report(&export);
    Ok(if errors.is_empty() { 0 } else { 2 })
}

fn report(export: &Export) {
    for w in &export.warnings {
        log::warn(w);
    }
    for config in &export.without_desk_name {
        log::warn(format_args!(
            "no desk name in {}: the reviews have no `author` (the fact-checker); add `[desk] name = \"Your Desk\"`",
            config_name(config.as_deref())
        ));
    }
    for config in &export.without_url_template {
        log::warn(format_args!(
            "no url template in {}: the reviews have no `url`, which Google requires; add `[desk] url_template = \"https://factcheck.example.org/{{id}}\"`",
            config_name(config.as_deref())
        ));
    }
    if export.not_on_scale > 0 {
        log::info(format_args!(
            "{} with a verdict not on the desk's scale skipped; run `claimcheck check`",
            claims(export.not_on_scale)
        ));
    }
    if export.removed > 0 {
        log::info(format_args!(
            "{} no longer in their article skipped",
            claims(export.removed)
        ));
    }
    log::info(format_args!(
        "{} exported; {} without a decided verdict skipped",
        match export.reviews.len() {
            1 => "1 review".to_string(),
            n => format!("{n} reviews"),
        },
        claims(export.skipped)
    ));
}

fn claims(n: usize) -> String {
    if n == 1 {
        "1 claim".to_string()
    } else {
        format!("{n} claims")
    }
}

fn config_name(path: Option<&Path>) -> String {
    match path {
        Some(p) => p.display().to_string(),
        None => format!("the desk config (no {CONFIG_FILE} found above the claims files)"),
    }
}
