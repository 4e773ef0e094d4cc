//! Snapshot of the whole `--help` text: the top level and every
//! subcommand, at a fixed width, against `tests/fixtures/help/*.txt`. Any
//! change to the interface (a flag, a default, a description) shows up in
//! review as a change to these files.
//!
//! `CLAIMCHECK_BLESS=1 cargo test --test cli help` rewrites them (and
//! removes those of commands that no longer exist). The commands are read
//! from the help itself, so a new subcommand fails here until its help is
//! blessed, and until it has an example.

use std::path::PathBuf;

use crate::support::{claimcheck, root, run};

const DIR: &str = "tests/fixtures/help";

/// `--help` of `path` as a user sees it in a 100-column terminal, without
/// colour whatever the environment says.
fn help(path: &[String]) -> String {
    let mut cmd = claimcheck();
    cmd.args(path)
        .arg("--help")
        .env("COLUMNS", "100")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        .env("NO_COLOR", "1");
    run(&mut cmd, 0).0
}

/// The names in a help text's `Commands:` list (clap's own `help` left out).
fn subcommands(text: &str) -> Vec<String> {
    text.lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// Every command path, depth first, with its help text.
fn all_helps() -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    let mut todo = vec![Vec::new()];
    while let Some(path) = todo.pop() {
        let text = help(&path);
        for sub in subcommands(&text).into_iter().rev() {
            let mut p = path.clone();
            p.push(sub);
            todo.push(p);
        }
        out.push((path, text));
    }
    out
}

fn fixture(path: &[String]) -> PathBuf {
    let name = std::iter::once("claimcheck")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-");
    root().join(DIR).join(format!("{name}.txt"))
}

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(DIR))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn help_matches_the_committed_snapshots() {
    let bless = std::env::var("CLAIMCHECK_BLESS").is_ok_and(|v| v == "1");
    let helps = all_helps();
    let expected: Vec<PathBuf> = helps.iter().map(|(p, _)| fixture(p)).collect();
    let mut failed = Vec::new();
    for ((path, got), file) in helps.iter().zip(&expected) {
        if bless {
            std::fs::create_dir_all(root().join(DIR)).expect("help fixtures folder");
            std::fs::write(file, got).expect("bless");
            continue;
        }
        match std::fs::read_to_string(file) {
            Ok(want) if want == *got => {}
            Ok(want) => failed.push(format!(
                "--- {}\n{want}+++ claimcheck {} --help\n{got}",
                file.display(),
                path.join(" ")
            )),
            Err(_) => failed.push(format!(
                "{} is missing: claimcheck {} is new? Run with CLAIMCHECK_BLESS=1 and review it",
                file.display(),
                path.join(" ")
            )),
        }
    }
    for file in fixtures() {
        if !expected.contains(&file) {
            if bless {
                std::fs::remove_file(&file).expect("remove a stale snapshot");
            } else {
                failed.push(format!(
                    "{}: no such command any more; run with CLAIMCHECK_BLESS=1",
                    file.display()
                ));
            }
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn the_snapshots_cover_every_command() {
    let helps = all_helps();
    let names: Vec<String> = helps.iter().map(|(p, _)| p.join(" ")).collect();
    for want in [
        "",
        "extract",
        "scan",
        "check",
        "schema",
        "diff",
        "update",
        "report",
        "export",
        "export claimreview",
        "completions",
        "man",
    ] {
        assert!(names.iter().any(|n| n == want), "{want:?} in {names:?}");
    }
}

#[test]
fn every_subcommand_has_an_example_and_the_top_level_the_exit_codes() {
    for (path, text) in all_helps() {
        if path.is_empty() {
            assert!(text.contains("\nExit codes:\n  0  success\n"), "{text}");
            continue;
        }
        let example = format!("  claimcheck {}", path.join(" "));
        assert!(
            text.contains("\nExamples:\n") && text.contains(&example),
            "claimcheck {} --help has no example:\n{text}",
            path.join(" ")
        );
    }
}

/// `claimcheck help SUB` is the same text as `SUB --help`.
#[test]
fn help_subcommand_matches_the_flag() {
    for sub in ["check", "schema"] {
        let mut cmd = claimcheck();
        cmd.args(["help", sub])
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1")
            .env_remove("CLICOLOR_FORCE");
        let (via_help, _) = run(&mut cmd, 0);
        assert_eq!(via_help, help(&[sub.to_string()]));
    }
}

/// The width comes from COLUMNS alone, so the snapshots hold on any terminal.
#[test]
fn help_wraps_at_the_given_width() {
    let text = help(&["report".to_string()]);
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    assert!(text.lines().any(|l| l.chars().count() > 80), "{text}");
}
