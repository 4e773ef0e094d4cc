//! The counts under a report's table: where the desk stands.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Loaded;
use crate::claims::Claim;
use crate::verdicts::NEEDS_RECHECK;

/// A claim named in a summary list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub file: String,
    pub id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub claims: usize,
    /// Verdict name -> claims, in the order of the scale (then any others).
    pub by_verdict: Vec<(String, usize)>,
    pub by_kind: BTreeMap<String, usize>,
    /// Claims with a decided verdict.
    pub decided: usize,
    /// `decided / claims`, 0 when there are no claims.
    pub share_reviewed: f64,
    pub needs_recheck: Vec<Named>,
    pub removed: Vec<Named>,
}

/// The summary of `rows` (already filtered), `files` being all files read.
pub fn summarize(files: &[Loaded], rows: &[(&Loaded, &Claim)]) -> Summary {
    let mut s = Summary {
        files: files.len(),
        claims: rows.len(),
        ..Summary::default()
    };
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (l, c) in rows {
        *counts.entry(c.verdict.as_str()).or_default() += 1;
        *s.by_kind.entry(c.kind.name().to_string()).or_default() += 1;
        if l.config
            .scale
            .get(&c.verdict)
            .is_some_and(|v| v.is_decided())
        {
            s.decided += 1;
        }
        let named = || Named {
            file: l.path.display().to_string(),
            id: c.id.clone(),
        };
        if c.verdict == NEEDS_RECHECK {
            s.needs_recheck.push(named());
        }
        if c.removed_in.is_some() {
            s.removed.push(named());
        }
    }
    // Scale order from the first file's desk (every file of a desk shares
    // it); verdicts outside it follow by name.
    let order: Vec<String> = files.first().map_or_else(Vec::new, |l| {
        l.config
            .scale
            .names()
            .into_iter()
            .map(str::to_string)
            .collect()
    });
    for name in &order {
        if let Some(n) = counts.remove(name.as_str()) {
            s.by_verdict.push((name.clone(), n));
        }
    }
    s.by_verdict
        .extend(counts.into_iter().map(|(k, v)| (k.to_string(), v)));
    s.share_reviewed = if s.claims == 0 {
        0.0
    } else {
        s.decided as f64 / s.claims as f64
    };
    s
}

impl Summary {
    /// Plain text, for the terminal and for logs.
    pub fn text(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut out = format!(
            "{} in {}; {} reviewed ({:.0}%)\n",
            plural(self.claims, "claim", "claims"),
            plural(self.files, "file", "files"),
            self.decided,
            self.share_reviewed * 100.0
        );
        let list = |pairs: Vec<(String, usize)>| {
            pairs
                .into_iter()
                .map(|(k, v)| format!("{k} {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push_str(&format!("by verdict: {}\n", list(self.by_verdict.clone())));
        out.push_str(&format!(
            "by kind: {}\n",
            list(self.by_kind.iter().map(|(k, v)| (k.clone(), *v)).collect())
        ));
        for (label, named) in [
            ("needs recheck", &self.needs_recheck),
            ("removed from the article", &self.removed),
        ] {
            if !named.is_empty() {
                let ids: Vec<String> = named
                    .iter()
                    .map(|n| format!("{} ({})", n.id, n.file))
                    .collect();
                out.push_str(&format!("{label}: {}\n", ids.join(", ")));
            }
        }
        out
    }
}
