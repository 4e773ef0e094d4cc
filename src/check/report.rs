//! How findings read: `file:line:col: error: message`, the offending line
//! and a caret under the column, in the layout of C compilers, so editors
//! and terminals that link `file:line:col` take the reader there.

use std::fmt::Write as _;

use super::{FileReport, Severity};

/// One file's findings as text (empty when there are none).
pub fn render(report: &FileReport) -> String {
    let mut out = String::new();
    let lines: Vec<&str> = report.text.lines().collect();
    for p in &report.problems {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}: {}",
            report.path.display(),
            p.line,
            p.column,
            p.severity.name(),
            p.message
        );
        let Some(line) = p.line.checked_sub(1).and_then(|i| lines.get(i)) else {
            continue;
        };
        let (line, caret) = window(line.trim_end_matches('\r'), p.column);
        let number = p.line.to_string();
        let gutter = " ".repeat(number.len());
        // Tabs stay tabs under the caret so it lines up however wide the
        // terminal shows them.
        let pad: String = line
            .chars()
            .take(caret.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let _ = writeln!(out, " {number} | {line}");
        let _ = writeln!(out, " {gutter} | {pad}^");
    }
    out
}

/// Characters of a line shown around the column; a longer line is cut.
const WIDTH: usize = 100;

/// The part of `line` shown for a finding at 1-based character `column`,
/// and the column within it. A line of 200,000 `[` (or a minified value)
/// would otherwise be printed whole; a cut end is marked `…`, and cutting
/// counts characters, so it never splits one.
fn window(line: &str, column: usize) -> (std::borrow::Cow<'_, str>, usize) {
    let total = line.chars().count();
    if total <= WIDTH {
        return (line.into(), column);
    }
    let at = column.saturating_sub(1).min(total);
    let start = at.saturating_sub(WIDTH / 2).min(total - WIDTH);
    let end = start + WIDTH;
    let mut shown = String::with_capacity(WIDTH * 4 + 8);
    if start > 0 {
        shown.push('…');
    }
    shown.extend(line.chars().skip(start).take(WIDTH));
    if end < total {
        shown.push('…');
    }
    let caret = at - start + 1 + usize::from(start > 0);
    (shown.into(), caret)
}

/// Totals over a run, for the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub errors: usize,
    pub warnings: usize,
    /// Files with at least one finding.
    pub files_with_problems: usize,
    pub files_checked: usize,
    /// YAML files in folders that are not claims files.
    pub skipped: usize,
    /// Paths or configs that could not be read.
    pub unreadable: usize,
}

impl Totals {
    pub fn add(&mut self, report: &FileReport) {
        self.files_checked += 1;
        self.errors += report.count(Severity::Error);
        self.warnings += report.count(Severity::Warning);
        if !report.problems.is_empty() {
            self.files_with_problems += 1;
        }
    }

    /// `3 errors, 1 warning in 2 of 5 files`.
    pub fn summary(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let files = plural(self.files_checked, "file", "files");
        let mut s = if self.errors + self.warnings == 0 {
            format!("no problems in {files}")
        } else {
            format!(
                "{}, {} in {} of {files}",
                plural(self.errors, "error", "errors"),
                plural(self.warnings, "warning", "warnings"),
                self.files_with_problems
            )
        };
        if self.skipped > 0 {
            let _ = write!(
                s,
                "; {} skipped (not claims files)",
                plural(self.skipped, "YAML file", "YAML files")
            );
        }
        if self.unreadable > 0 {
            let _ = write!(
                s,
                "; {} could not be read",
                plural(self.unreadable, "input", "inputs")
            );
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Problem;
    use std::path::PathBuf;

    #[test]
    fn caret_under_the_column() {
        let r = FileReport {
            path: PathBuf::from("c.yaml"),
            text: "a: 1\n\tverdict: acurate\n".into(),
            problems: vec![Problem::error(2, 11, "unknown verdict".into())],
        };
        assert_eq!(
            render(&r),
            "c.yaml:2:11: error: unknown verdict\n 2 | \tverdict: acurate\n   | \t         ^\n"
        );
    }

    /// A finding deep in a 200,000-character line shows 100 characters
    /// around it, not the line, with the caret still under the column.
    #[test]
    fn long_lines_are_cut_around_the_column() {
        let line = format!("{}x{}", "é".repeat(150_000), "[".repeat(50_000));
        let r = FileReport {
            path: PathBuf::from("c.yaml"),
            text: format!("a: 1\n{line}\n"),
            problems: vec![Problem::error(2, 150_001, "here".into())],
        };
        let shown = render(&r);
        let lines: Vec<&str> = shown.lines().collect();
        let text = lines[1].strip_prefix(" 2 | ").expect("snippet");
        let caret = lines[2].strip_prefix("   | ").expect("caret line");
        assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
        assert_eq!(text.chars().count(), WIDTH + 2);
        let under = caret.chars().count() - 1;
        assert_eq!(text.chars().nth(under), Some('x'), "{shown}");
        assert!(caret.ends_with('^'));
    }

    #[test]
    fn windows_at_either_end_of_a_long_line() {
        let line = "abcdefghij".repeat(30);
        let (start, caret) = window(&line, 1);
        assert!(start.starts_with("abc") && start.ends_with('…'));
        assert_eq!(caret, 1);
        let (end, caret) = window(&line, 300);
        assert!(end.starts_with('…') && end.ends_with('j'));
        assert_eq!(end.chars().nth(caret - 1), Some('j'));
        // A column past the end (the parser's end of line) stays in view.
        let (_, caret) = window(&line, 301);
        assert_eq!(caret, WIDTH + 2);
        let short = "short line";
        assert_eq!(window(short, 4), (short.into(), 4));
    }

    #[test]
    fn summaries() {
        let mut t = Totals {
            files_checked: 5,
            files_with_problems: 2,
            errors: 3,
            warnings: 1,
            ..Totals::default()
        };
        assert_eq!(t.summary(), "3 errors, 1 warning in 2 of 5 files");
        t = Totals {
            files_checked: 1,
            ..Totals::default()
        };
        assert_eq!(t.summary(), "no problems in 1 file");
        t.skipped = 2;
        t.unreadable = 1;
        assert_eq!(
            t.summary(),
            "no problems in 1 file; 2 YAML files skipped (not claims files); 1 input could not be read"
        );
    }
}
