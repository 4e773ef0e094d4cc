//! Colour on stdout: `--color`, `NO_COLOR` and `CLICOLOR_FORCE`, and
//! whether stdout is a terminal, decided in one place (anstream).

use std::io::Write;

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Effects, Style};

use crate::cli::ColorWhen;

/// Stdout, and whether colour is on (plain output uses text markers
/// instead). With colour off the text is written as it is: commands only
/// colour when it is on, and scanning hundreds of megabytes of a report for
/// escape codes to strip costs time for nothing.
pub fn stdout(when: ColorWhen) -> (Box<dyn Write>, bool) {
    let raw = std::io::stdout();
    let choice = match when {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto => AutoStream::choice(&raw),
    };
    if matches!(choice, ColorChoice::Never) {
        return (Box::new(raw.lock()), false);
    }
    (Box::new(AutoStream::new(raw, choice)), true)
}

pub const REMOVED: Style = AnsiColor::Red.on_default().effects(Effects::STRIKETHROUGH);
pub const ADDED: Style = AnsiColor::Green.on_default().effects(Effects::BOLD);
pub const CHANGED: Style = AnsiColor::Yellow.on_default();
pub const DIM: Style = Style::new().effects(Effects::DIMMED);

/// `text` in `style`, or as it is when colour is off.
pub fn paint(on: bool, style: Style, text: &str) -> String {
    if on {
        format!("{style}{text}{style:#}")
    } else {
        text.to_string()
    }
}

/// A removed claim's row: red, not struck through, so it stays readable.
pub const GONE: Style = AnsiColor::Red.on_default();
