//! The `claimcheck` binary: parse arguments, call the library, map errors to
//! exit codes. Only this crate writes to stdout and stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::ffi::OsString;
use std::io::ErrorKind;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

mod cli;
mod cmd;

use cmd::log;

fn main() -> ExitCode {
    report_file_size_limit();
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
            match stdout_failure(&err) {
                // Whoever read the output has all they wanted
                // (`claimcheck report | head -1`).
                Some(ErrorKind::BrokenPipe) => return ExitCode::SUCCESS,
                Some(kind) => log::error(format_args!(
                    "standard output: cannot write: {err}. {}",
                    stdout_advice(kind)
                )),
                None => log::error(format_args!("{err:#}")),
            }
            ExitCode::from(2)
        }
    }
}

/// A process over its file size limit (`ulimit -f`) is killed by SIGXFSZ
/// unless the signal is handled; handled, the write fails with EFBIG
/// instead, and the command removes its temporary file and says what
/// happened rather than dying silently with the file half written.
fn report_file_size_limit() {
    #[cfg(unix)]
    {
        let seen = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        // Without the handler the limit still protects the files (they are
        // replaced by rename only once whole); only the message is lost.
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, seen);
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
    let matches = command
        .try_get_matches_from(args)
        .unwrap_or_else(|e| exit_with(&e));
    cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| exit_with(&e))
}

/// clap's own `exit` ignores a failed print, so `claimcheck --help >
/// /dev/full` would succeed with nothing written.
fn exit_with(e: &clap::Error) -> ! {
    match e.print() {
        Ok(()) => std::process::exit(e.exit_code()),
        Err(io) if io.kind() == ErrorKind::BrokenPipe => std::process::exit(e.exit_code()),
        Err(io) => {
            let to = if e.use_stderr() {
                "standard error"
            } else {
                "standard output"
            };
            log::error(format_args!(
                "{to}: cannot write: {io}. {}",
                stdout_advice(io.kind())
            ));
            std::process::exit(2)
        }
    }
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

/// Why writing to standard output failed, when that is what failed. Every
/// read and every file written attaches the file's name to its error, so an
/// I/O error that reaches here bare can only come from printing the result.
/// A closed pipe is recognised anywhere in the chain, in case a write to
/// standard output was given context: no file write reports one (their
/// errors carry the cause in their message, not as a source).
fn stdout_failure(err: &anyhow::Error) -> Option<ErrorKind> {
    let closed = err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
    });
    if closed {
        return Some(ErrorKind::BrokenPipe);
    }
    if let Some(e) = err.downcast_ref::<std::io::Error>() {
        return Some(e.kind());
    }
    err.downcast_ref::<serde_json::Error>()
        .and_then(serde_json::Error::io_error_kind)
}

fn stdout_advice(kind: ErrorKind) -> String {
    match kind {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "The disk it is redirected to is full: free some space and run again, or send the output elsewhere".to_string()
        }
        _ => format!(
            "Check where the output goes: {}",
            claimcheck::files::advice(kind)
        ),
    }
}
