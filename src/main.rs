//! The `claimcheck` binary: parse arguments, call the library, map errors to
//! exit codes. Only this crate writes to stdout and stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::process::ExitCode;

use clap::Parser;

mod cli;
mod cmd;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match &cli.command {
        cli::Command::Extract(args) => cmd::extract::run(args).map(|()| 0),
        cli::Command::Scan(args) => cmd::scan::run(args).map(|()| 0),
        cli::Command::Check(args) => cmd::check::run(args),
        cli::Command::Schema => cmd::schema::run().map(|()| 0),
        cli::Command::Diff(args) => cmd::diff::run(args, cli.color),
        cli::Command::Update(args) => cmd::update::run(args, cli.color),
        cli::Command::Report(args) => cmd::report::run(args, cli.color),
        cli::Command::Export(cli::ExportFormat::Claimreview(args)) => {
            cmd::export::claimreview(args)
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimcheck: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
