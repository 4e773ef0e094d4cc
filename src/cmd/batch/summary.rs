//! What a batch run did, said once at the end.

use claimcheck::extract::ClaimKind;

use super::Done;
use crate::cmd::log;

/// The counts the run ends with.
#[derive(Debug, Default)]
pub(super) struct Summary {
    articles: usize,
    extracted: usize,
    skipped: usize,
    updated: usize,
    up_to_date: usize,
    pub(super) failed: usize,
    /// Claims of the files written, by `ClaimKind::ALL` index; claims an
    /// update marked removed are left out.
    kinds: [usize; ClaimKind::ALL.len()],
}

impl Summary {
    pub(super) fn count(&mut self, d: &Done) {
        self.articles += 1;
        let file = match d {
            Done::Extracted(f) => {
                self.extracted += 1;
                f
            }
            Done::Updated(f) => {
                self.updated += 1;
                f
            }
            Done::Skipped => {
                self.skipped += 1;
                return;
            }
            Done::UpToDate => {
                self.up_to_date += 1;
                return;
            }
            Done::Failed(_) => {
                self.failed += 1;
                return;
            }
        };
        for c in file.claims.iter().filter(|c| c.removed_in.is_none()) {
            if let Some(i) = ClaimKind::ALL.iter().position(|k| *k == c.kind) {
                self.kinds[i] += 1;
            }
        }
    }

    pub(super) fn print(&self) {
        let mut parts = vec![format!("{} extracted", self.extracted)];
        if self.skipped > 0 {
            parts.push(format!(
                "{} skipped (claims file already there; --update brings them up to date)",
                self.skipped
            ));
        }
        if self.updated > 0 || self.up_to_date > 0 {
            parts.push(format!("{} updated", self.updated));
            parts.push(format!("{} up to date", self.up_to_date));
        }
        parts.push(format!("{} failed", self.failed));
        log::info(format_args!(
            "{}: {}",
            log::count(self.articles, "article"),
            parts.join(", ")
        ));
        if self.extracted + self.updated == 0 {
            return;
        }
        let total: usize = self.kinds.iter().sum();
        let by_kind: Vec<String> = ClaimKind::ALL
            .iter()
            .zip(self.kinds)
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| format!("{} {n}", k.name()))
            .collect();
        let by_kind = if by_kind.is_empty() {
            String::new()
        } else {
            format!(" ({})", by_kind.join(", "))
        };
        log::info(format_args!(
            "{} in the files written{by_kind}",
            log::count(total, "claim")
        ));
    }
}
