//! What a claims file should say once a newer version of its article is
//! taken in. Works on the model only; `claims::splice` writes it into the
//! editor's text.
//!
//! - Unchanged claims take the new tool fields (line, sentence, quote) and
//!   keep everything of the editor's.
//! - Changed claims keep their ID, take the new tool fields, and get a
//!   `history` entry with what they said before and the verdict, reviewer
//!   and review date they had; the verdict becomes `needs-recheck` and the
//!   reviewer and date move into that entry. An `unreviewed` claim stays
//!   `unreviewed`: nothing was checked, so nothing needs re-checking.
//!   Sources and notes stay: they are usually still the evidence to look at.
//! - Removed claims stay, verdict and all, marked `removed_in`; one that
//!   comes back in a later revision loses the mark and is treated as above.
//! - Added claims go last, in article order, `unreviewed`, with IDs no claim
//!   in the file uses.
//!
//! The same article again (same sha256) changes nothing, so a second update
//! with the same article leaves the file as it is.

use std::collections::{HashMap, HashSet};

use super::align::{Alignment, Field, align_file, same_value};
use crate::claims::{Claim, ClaimsFile, History, UNREVIEWED};
use crate::verdicts::NEEDS_RECHECK;

/// The updated file and the IDs in each class, in file order.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub file: ClaimsFile,
    pub unchanged: Vec<String>,
    pub changed: Vec<String>,
    /// Removed claims that came back, also counted as changed or unchanged.
    pub restored: Vec<String>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl Outcome {
    /// Whether the claims file needs rewriting.
    pub fn any_change(&self, old: &ClaimsFile) -> bool {
        self.file != *old
    }
}

/// `old` brought up to date with `fresh`, a claims file just extracted from
/// the newer article (its `article` says where that article is).
pub fn update(old: &ClaimsFile, fresh: &ClaimsFile) -> Outcome {
    let mut file = old.clone();
    let a = &fresh.article;
    file.article.file.clone_from(&a.file);
    file.article.title = a.title.clone().or(file.article.title);
    file.article.url = a.url.clone().or(file.article.url);
    file.article.text = a.text;
    file.article.published = file.article.published.or_else(|| a.published.clone());
    if old.article.sha256 == a.sha256 {
        let unchanged = old.claims.iter().map(|c| c.id.clone()).collect();
        return Outcome {
            file,
            unchanged,
            changed: Vec::new(),
            restored: Vec::new(),
            added: Vec::new(),
            removed: Vec::new(),
        };
    }
    let revision = old.article.revision + 1;
    file.article.revision = revision;
    file.article.sha256.clone_from(&a.sha256);
    let alignment = align_file(&old.claims, &fresh.claims);
    let order: HashMap<*const Claim, usize> = old
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c as *const Claim, i))
        .collect();
    let index = |c: &Claim| order.get(&(c as *const Claim)).copied();
    let mut out = Outcome {
        file: ClaimsFile {
            claims: Vec::new(),
            ..file
        },
        unchanged: Vec::new(),
        changed: Vec::new(),
        restored: Vec::new(),
        added: Vec::new(),
        removed: Vec::new(),
    };
    let mut claims = old.claims.clone();
    let Alignment {
        unchanged,
        changed,
        added,
        removed,
    } = alignment;
    for p in unchanged.iter().chain(&changed) {
        let Some(i) = index(p.old) else { continue };
        let c = &mut claims[i];
        if p.old.removed_in.is_some() {
            out.restored.push(c.id.clone());
        }
        if !p.changed.is_empty() {
            c.history
                .push(history(p.old, &p.changed, old.article.revision));
            if p.old.verdict != UNREVIEWED {
                c.verdict = NEEDS_RECHECK.to_string();
                c.reviewer = None;
                c.reviewed = None;
            }
        }
        take_tool_fields(c, p.new);
    }
    out.unchanged = unchanged.iter().map(|p| p.old.id.clone()).collect();
    out.changed = changed.iter().map(|p| p.old.id.clone()).collect();
    for c in &removed {
        if let Some(i) = index(c) {
            claims[i].removed_in = Some(revision);
            out.removed.push(c.id.clone());
        }
    }
    let mut used: HashSet<String> = claims.iter().map(|c| c.id.clone()).collect();
    for n in added {
        let mut c = n.clone();
        c.id = unused_id(&n.id, &used);
        used.insert(c.id.clone());
        out.added.push(c.id.clone());
        claims.push(c);
    }
    out.file.claims = claims;
    out
}

/// The tool fields of `new` on `c`; a value equal as a value keeps its old
/// spelling, so `4000000.0` does not churn into `4000000`.
fn take_tool_fields(c: &mut Claim, new: &Claim) {
    c.quote.clone_from(&new.quote);
    c.sentence.clone_from(&new.sentence);
    c.line = new.line;
    if !same_value(&c.value, &new.value) {
        c.value = new.value.clone();
    }
    c.relative.clone_from(&new.relative);
    c.unit.clone_from(&new.unit);
    c.currency.clone_from(&new.currency);
    c.qualifier.clone_from(&new.qualifier);
    c.subject.clone_from(&new.subject);
    c.source.clone_from(&new.source);
    c.removed_in = None;
}

/// What `old` said and the verdict it had, keeping the fields that changed.
fn history(old: &Claim, changed: &[Field], file_revision: u32) -> History {
    let had = |f: Field| changed.contains(&f);
    History {
        // A claim that comes back was last seen the revision before it went.
        revision: old
            .removed_in
            .map_or(file_revision, |r| r.saturating_sub(1).max(1)),
        quote: old.quote.clone(),
        sentence: old.sentence.clone(),
        value: old.value.clone(),
        relative: old
            .relative
            .clone()
            .filter(|_| had(Field::Relative) || had(Field::Value)),
        unit: old.unit.clone().filter(|_| had(Field::Unit)),
        currency: old.currency.clone().filter(|_| had(Field::Currency)),
        qualifier: old.qualifier.clone().filter(|_| had(Field::Qualifier)),
        source: old.source.clone().filter(|_| had(Field::Source)),
        verdict: old.verdict.clone(),
        reviewer: old.reviewer.clone(),
        reviewed: old.reviewed.clone(),
        extra: Default::default(),
    }
}

/// `id`'s stem with the lowest number no claim in the file uses.
fn unused_id(id: &str, used: &HashSet<String>) -> String {
    if !used.contains(id) {
        return id.to_string();
    }
    let stem = match id.rsplit_once('-') {
        Some((stem, n)) if n.bytes().all(|b| b.is_ascii_digit()) => stem,
        _ => id,
    };
    (1..)
        .map(|n| format!("{stem}-{n}"))
        .find(|c| !used.contains(c))
        .unwrap_or_else(|| id.to_string())
}

#[cfg(test)]
#[path = "update_tests.rs"]
mod tests;
