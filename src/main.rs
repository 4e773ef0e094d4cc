//! The `claimcheck` binary: parse arguments, call the library, map errors to
//! exit codes. Only this crate writes to stdout and stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::ffi::OsString;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

mod cli;
mod cmd;

use cmd::log;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let cli = parse(&args);
    let level = if cli.quiet {
        log::Level::Quiet
    } else if cli.verbose {
        log::Level::Verbose
    } else {
        log::Level::Normal
    };
    log::init(level, cli.color);
    let result = match &cli.command {
        cli::Command::Extract(args) => cmd::extract::run(args),
        cli::Command::Scan(args) => cmd::scan::run(args).map(|()| 0),
        cli::Command::Check(args) => cmd::check::run(args),
        cli::Command::Schema => cmd::schema::run().map(|()| 0),
        cli::Command::Diff(args) => cmd::diff::run(args, cli.color),
        cli::Command::Update(args) => cmd::update::run(args, cli.color),
        cli::Command::Report(args) => cmd::report::run(args, cli.color),
        cli::Command::Export(cli::ExportFormat::Claimreview(args)) => {
            cmd::export::claimreview(args)
        }
        cli::Command::Text(args) => cmd::text::run(args).map(|()| 0),
        cli::Command::Completions(args) => cmd::completions::run(args).map(|()| 0),
        cli::Command::Man => cmd::man::run().map(|()| 0),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            log::error(format_args!("{err:#}"));
            ExitCode::from(2)
        }
    }
}

/// Parses the arguments. `--color` also applies to clap's own help and
/// error messages, which are written before the parsed value exists, so
/// it is looked up in the raw arguments first (`NO_COLOR` clap honours
/// itself).
fn parse(args: &[OsString]) -> cli::Cli {
    let mut command = cli::Cli::command();
    if let Some(when) = color_flag(args) {
        command = command.color(when);
    }
    let matches = command.get_matches_from(args);
    cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The last `--color WHEN` / `--color=WHEN` before a `--`, if valid.
fn color_flag(args: &[OsString]) -> Option<clap::ColorChoice> {
    let mut found = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => it.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => continue,
        };
        found = match value.as_deref() {
            Some("always") => Some(clap::ColorChoice::Always),
            Some("never") => Some(clap::ColorChoice::Never),
            Some("auto") => Some(clap::ColorChoice::Auto),
            _ => found,
        };
    }
    found
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
