//! Colour on stdout: `--color`, `NO_COLOR` and `CLICOLOR_FORCE`, and
//! whether stdout is a terminal, decided in one place (anstream).

use std::io::Stdout;

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Effects, Style};

use crate::cli::ColorWhen;

/// Stdout that drops colour codes when colour is off, and whether it is on
/// (plain output uses text markers instead of colour).
pub fn stdout(when: ColorWhen) -> (AutoStream<Stdout>, bool) {
    let raw = std::io::stdout();
    let choice = match when {
        ColorWhen::Always => ColorChoice::Always,
        ColorWhen::Never => ColorChoice::Never,
        ColorWhen::Auto => AutoStream::choice(&raw),
    };
    let on = !matches!(choice, ColorChoice::Never);
    (AutoStream::new(raw, choice), on)
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
