//! Messages on stderr, in one place so `--quiet`, `--verbose`, `--color`
//! and `NO_COLOR` mean the same for every command.
//!
//! Errors always print: a quiet run that fails must still say why.
//! Warnings and informational lines (counts, summaries) are dropped by
//! `--quiet`; details of how a run went (which desk config applied, how
//! long steps took) are only printed with `--verbose`. The level is set
//! once in `main`, before any command runs, so commands need not pass it
//! around.

use std::fmt::Display;
use std::io::Write;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Effects, Style};

use crate::cli::ColorWhen;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Quiet,
    Normal,
    Verbose,
}

#[derive(Debug)]
struct Settings {
    level: Level,
    color: bool,
}

static SETTINGS: OnceLock<Settings> = OnceLock::new();

const WARNING: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
const DETAIL: Style = Style::new().effects(Effects::DIMMED);

/// Sets the level and decides colour for stderr (its own terminal test:
/// stdout may be piped while stderr is still on screen). Later calls are
/// ignored.
pub fn init(level: Level, when: ColorWhen) {
    let color = match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => !matches!(AutoStream::choice(&std::io::stderr()), ColorChoice::Never),
    };
    let _ = SETTINGS.set(Settings { level, color });
}

fn settings() -> &'static Settings {
    SETTINGS.get_or_init(|| Settings {
        level: Level::Normal,
        color: false,
    })
}

pub fn level() -> Level {
    settings().level
}

/// Something failed: always printed.
pub fn error(msg: impl Display) {
    emit(None, msg);
}

/// Something the user should look at; the run still succeeds.
pub fn warn(msg: impl Display) {
    if level() >= Level::Normal {
        emit(Some(("warning:", WARNING)), msg);
    }
}

/// Counts and summaries: what was done.
pub fn info(msg: impl Display) {
    if level() >= Level::Normal {
        emit(None, msg);
    }
}

/// How the run went: configs used, time taken.
pub fn verbose(msg: impl Display) {
    if level() >= Level::Verbose {
        let s = settings();
        let text = msg.to_string();
        let text = if s.color {
            format!("{DETAIL}{text}{DETAIL:#}")
        } else {
            text
        };
        emit(None, text);
    }
}

fn emit(label: Option<(&str, Style)>, msg: impl Display) {
    let s = settings();
    let label = match label {
        Some((l, style)) if s.color => format!("{style}{l}{style:#} "),
        Some((l, _)) => format!("{l} "),
        None => String::new(),
    };
    // A closed stderr is no reason to fail the command.
    let _ = writeln!(std::io::stderr().lock(), "claimcheck: {label}{msg}");
}

/// Runs `step` and, with `--verbose`, says how long `what` took.
pub fn timed<T>(what: &str, step: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = step();
    verbose(format_args!("{what} in {}", duration(start.elapsed())));
    out
}

/// Milliseconds below ten seconds, so small steps stay comparable.
pub fn duration(d: Duration) -> String {
    if d < Duration::from_secs(10) {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

/// With `--verbose`, which desk config applied to how many claims files
/// (`None` being the built-in defaults), in first-seen order.
pub fn desk_configs<'a>(configs: impl IntoIterator<Item = Option<&'a Path>>) {
    if level() < Level::Verbose {
        return;
    }
    let mut seen: Vec<(Option<&Path>, usize)> = Vec::new();
    for c in configs {
        match seen.iter_mut().find(|(p, _)| *p == c) {
            Some((_, n)) => *n += 1,
            None => seen.push((c, 1)),
        }
    }
    for (path, n) in seen {
        let files = count(n, "claims file");
        match path {
            Some(p) => verbose(format_args!("desk config {}: {files}", p.display())),
            None => verbose(format_args!(
                "no {} found for {files}: built-in verdict scale and settings",
                claimcheck::verdicts::CONFIG_FILE
            )),
        }
    }
}

/// `1 file`, `2 files`.
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
