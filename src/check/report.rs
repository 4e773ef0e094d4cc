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
        let line = line.trim_end_matches('\r');
        let number = p.line.to_string();
        let gutter = " ".repeat(number.len());
        // Tabs stay tabs under the caret so it lines up however wide the
        // terminal shows them.
        let pad: String = line
            .chars()
            .take(p.column.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let _ = writeln!(out, " {number} | {line}");
        let _ = writeln!(out, " {gutter} | {pad}^");
    }
    out
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
