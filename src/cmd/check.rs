//! `claimcheck check`: validate claims files; findings on stdout, files that
//! could not be read on stderr.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Result;
use claimcheck::check::report::{Totals, render};
use claimcheck::check::{CheckError, Checker, Outcome};
use claimcheck::claims::walk;

use super::log;
use crate::cli::CheckArgs;

/// What the run found, for the exit code: 2 when some input could not be
/// read (that outranks findings: the check is incomplete), 1 on errors.
pub fn run(args: &CheckArgs) -> Result<u8> {
    let paths: Vec<PathBuf> = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let start = Instant::now();
    let (targets, missing) = walk::targets(&paths);
    let mut totals = Totals::default();
    for (path, e) in &missing {
        log::error(format_args!(
            "{}: cannot read: {e}; check the path",
            path.display()
        ));
        totals.unreadable += 1;
    }
    let mut checker =
        Checker::new(chrono::Local::now().date_naive()).allow_outside(args.allow_outside);
    let mut bad_configs: Vec<String> = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for t in &targets {
        match checker.check_path(&t.path, t.explicit) {
            Ok(Outcome::Checked(report)) => {
                out.write_all(render(&report).as_bytes())?;
                totals.add(&report);
            }
            Ok(Outcome::Skipped) => totals.skipped += 1,
            Err(CheckError::Config(e)) => {
                let msg = e.to_string();
                if !bad_configs.contains(&msg) {
                    log::error(&msg);
                    bad_configs.push(msg);
                    totals.unreadable += 1;
                }
                log::error(format_args!(
                    "{}: not checked (its desk config is broken)",
                    shown(&t.path)
                ));
            }
            Err(e) => {
                log::error(&e);
                totals.unreadable += 1;
            }
        }
    }
    writeln!(out, "{}", totals.summary())?;
    if log::level() == log::Level::Verbose {
        let configs: Vec<Option<PathBuf>> = targets.iter().map(|t| desk_config(&t.path)).collect();
        log::desk_configs(configs.iter().map(Option::as_deref));
        log::verbose(format_args!(
            "checked {} in {}",
            log::count(targets.len(), "file"),
            log::duration(start.elapsed())
        ));
    }
    out.flush()?;
    Ok(if totals.unreadable > 0 {
        2
    } else if totals.errors > 0 {
        1
    } else {
        0
    })
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

/// The desk config the checker uses for this file (the same lookup).
fn desk_config(path: &Path) -> Option<PathBuf> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    claimcheck::verdicts::config::find(dir)
}
