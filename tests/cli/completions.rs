//! `claimcheck completions SHELL` and `claimcheck man`: made from the clap
//! definitions, so they know every subcommand.

use crate::support::{claimcheck, run};

const SUBCOMMANDS: [&str; 11] = [
    "extract",
    "scan",
    "check",
    "schema",
    "diff",
    "update",
    "report",
    "export",
    "text",
    "completions",
    "man",
];

#[test]
fn every_shell_gets_a_script_that_knows_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let (out, err) = run(claimcheck().args(["completions", shell]), 0);
        assert!(err.is_empty(), "{shell}: {err}");
        assert!(out.len() > 1000, "{shell}: {} bytes", out.len());
        for sub in SUBCOMMANDS.iter().chain(&["claimreview"]) {
            assert!(out.contains(sub), "{shell} script mentions {sub}");
        }
        assert!(out.contains("--fail-on"), "{shell}: options too");
    }
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let (_, err) = run(claimcheck().args(["completions", "tcsh"]), 2);
    assert!(err.contains("possible values"), "{err}");
}

#[test]
fn the_man_page_is_roff_with_every_subcommand() {
    let (out, err) = run(claimcheck().arg("man"), 0);
    assert!(err.is_empty(), "{err}");
    assert!(out.contains("\n.TH CLAIMCHECK 1 "), "{out}");
    for section in ["NAME", "SYNOPSIS", "OPTIONS", "COMMANDS", "\"EXIT STATUS\""] {
        assert!(out.contains(&format!("\n.SH {section}\n")), "{section}");
    }
    for sub in SUBCOMMANDS
        .iter()
        .filter(|s| **s != "export")
        .chain(&["export claimreview"])
    {
        assert!(
            out.contains(&format!("\n.SS \"claimcheck {sub}\"\n")),
            "section for {sub}"
        );
    }
    // Options and examples of subcommands are there, the global ones once.
    assert!(out.contains("fail\\-on"), "report's options");
    assert!(
        out.contains("claimcheck report claims/ \\-\\-format csv"),
        "examples"
    );
    assert_eq!(out.matches("\\fB\\-\\-quiet\\fR\n").count(), 1, "{out}");
}
