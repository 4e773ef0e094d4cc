//! `claimcheck man`: one manual page for the whole tool, made from the
//! clap definitions. clap_mangen writes one page per command; a desk
//! installs one file, so the subcommands become sections of the main page
//! (`.SH` of theirs demoted to `.SS`), each with its synopsis, options and
//! examples.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;
use clap_mangen::Man;

use crate::cli::Cli;

pub fn run() -> Result<()> {
    let page = render()?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(&page)?;
    out.flush()?;
    Ok(())
}

fn render() -> std::io::Result<Vec<u8>> {
    let mut cmd = Cli::command();
    // Names and synopses of subcommands are only complete once built.
    cmd.build();
    let man = Man::new(cmd.clone()).title("CLAIMCHECK");
    let mut w = Vec::new();
    man.render_title(&mut w)?;
    man.render_name_section(&mut w)?;
    man.render_synopsis_section(&mut w)?;
    man.render_description_section(&mut w)?;
    man.render_options_section(&mut w)?;
    writeln!(w, ".SH COMMANDS")?;
    for sub in leaves(&cmd) {
        section(&mut w, sub)?;
    }
    // The top level's after-help is the exit-code table.
    let mut extra = Vec::new();
    man.render_extra_section(&mut extra)?;
    let extra = String::from_utf8_lossy(&extra).replacen(".SH EXTRA", ".SH \"EXIT STATUS\"", 1);
    w.extend_from_slice(extra.as_bytes());
    man.render_version_section(&mut w)?;
    Ok(w)
}

/// The commands a user runs, depth first: `export claimreview` rather
/// than `export`, which only groups formats.
fn leaves(cmd: &clap::Command) -> Vec<&clap::Command> {
    let mut out = Vec::new();
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        if sub.has_subcommands() {
            out.extend(leaves(sub));
        } else {
            out.push(sub);
        }
    }
    out
}

/// One subcommand as a part of the page: its full name as the heading,
/// then its own sections as subsections.
fn section(w: &mut Vec<u8>, sub: &clap::Command) -> std::io::Result<()> {
    let name = sub.get_bin_name().unwrap_or(sub.get_name());
    writeln!(w, ".SS \"{}\"", name.replace('"', ""))?;
    // Global options are described once, at the top.
    let mut sub = sub.clone();
    let globals: Vec<clap::Id> = sub
        .get_arguments()
        .filter(|a| a.is_global_set() || a.get_id() == "help")
        .map(|a| a.get_id().clone())
        .collect();
    for id in globals {
        sub = sub.mut_arg(id, |a| a.hide(true));
    }
    let man = Man::new(sub.clone());
    let mut part = Vec::new();
    man.render_description_section(&mut part)?;
    man.render_synopsis_section(&mut part)?;
    if sub.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut part)?;
    }
    if sub.get_after_help().is_some() || sub.get_after_long_help().is_some() {
        man.render_extra_section(&mut part)?;
    }
    let text = String::from_utf8_lossy(&part);
    for line in text.lines() {
        match line.strip_prefix(".SH ") {
            // The description follows the heading directly; other parts
            // keep their names, one level down.
            Some("DESCRIPTION") => writeln!(w, ".PP")?,
            Some("EXTRA") => writeln!(w, ".PP")?,
            Some(title) => writeln!(w, ".PP\n.B {}\n.br", title.trim_matches('"'))?,
            None => writeln!(w, "{line}")?,
        }
    }
    Ok(())
}
