//! Aligning the claims of a claims file with the claims of a newer version
//! of its article.
//!
//! # The matching rule
//!
//! An old claim and a new claim are *candidates* when
//! - they are of the same kind, and
//! - their subjects are compatible: equal, one of them missing, or sharing a
//!   content word (`people displaced` / `people forced from their homes`:
//!   a reworded sentence rewords its subject too; for a date, whose subject
//!   is the event as extraction names it, any subject will do when the
//!   date and the sentence are the same), and
//! - the article still says the same thing about them in one of two ways:
//!   their sentences are similar (word-level similarity, see below, of at
//!   least [`SIMILAR_SENTENCE`]), or their values are the same value and
//!   their sources are compatible (a sentence reworded around an unchanged
//!   figure). A claim whose figure changed *and* whose sentence was
//!   rewritten is not recognized: it shows as removed plus added, which
//!   loses nothing and asks the editor to look.
//!
//! Sentence similarity is the `similar` crate's ratio over lowercased words
//! with punctuation stripped (2 × shared words / all words), so a changed
//! figure or hedge costs a word or two and commas do not count.
//!
//! Position plays no part: a moved paragraph keeps its claims. Candidates
//! are scored (sentence similarity, then equal value, quote, source, subject
//! and ID as bonuses) and paired greedily, best score first, each claim at
//! most once; ties go to article order, so the result is deterministic.
//! Greedy is enough here: the bonuses make the right pair clearly best in
//! the cases that matter (several dates in one sentence, two counts of the
//! same source), and an article has tens of claims, not thousands.
//!
//! A pair is *unchanged* when value, qualifier, unit, currency, source and
//! (for a date the article gives only relative to an event) the offset
//! agree. Values compare as values: `1000` and `1000.0`, `1,000` and `1000`
//! are the same number once extracted, and `last Friday` and `Friday` are
//! the same date once resolved. Otherwise the pair is *changed*, with the
//! fields that differ. Unpaired old claims are *removed*, unpaired new ones
//! *added*.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::sentences::{Sentences, words};
use crate::claims::Claim;
use crate::extract::ClaimKind;

/// Sentences at least this similar are the same sentence, edited.
pub const SIMILAR_SENTENCE: f32 = 0.5;

/// A tool field whose value differs between the old and new claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Value,
    Qualifier,
    Unit,
    Currency,
    Source,
    Relative,
}

impl Field {
    pub fn name(self) -> &'static str {
        match self {
            Field::Value => "value",
            Field::Qualifier => "qualifier",
            Field::Unit => "unit",
            Field::Currency => "currency",
            Field::Source => "source",
            Field::Relative => "relative",
        }
    }
}

/// An old claim and the new claim it became.
#[derive(Debug, Clone)]
pub struct Pair<'a> {
    pub old: &'a Claim,
    pub new: &'a Claim,
    /// Empty for an unchanged claim.
    pub changed: Vec<Field>,
    /// Word-level similarity of the two sentences, 0 to 1.
    pub similarity: f32,
}

/// Every claim of both versions, in exactly one class.
#[derive(Debug, Clone, Default)]
pub struct Alignment<'a> {
    /// In old article order.
    pub unchanged: Vec<Pair<'a>>,
    /// In old article order.
    pub changed: Vec<Pair<'a>>,
    /// In new article order.
    pub added: Vec<&'a Claim>,
    /// In old article order.
    pub removed: Vec<&'a Claim>,
}

impl Alignment<'_> {
    /// Whether the new version changes anything a claims file records.
    pub fn any_change(&self) -> bool {
        !(self.changed.is_empty() && self.added.is_empty() && self.removed.is_empty())
    }
}

/// Pairs `old` claims (from a claims file) with `new` ones (extracted from a
/// newer version of the article) by the rule in the module docs.
pub fn align<'a>(old: &'a [Claim], new: &'a [Claim]) -> Alignment<'a> {
    let old: Vec<&Claim> = old.iter().collect();
    let new: Vec<&Claim> = new.iter().collect();
    align_refs(&old, &new)
}

/// Aligns a claims file's claims, some of which may be marked removed in an
/// earlier revision, with a newer version's. Claims still in the article
/// are aligned first; claims marked removed are then aligned with what is
/// left, so a sentence that comes back gets its claim (and verdict) back.
/// A removed claim that stays gone is in no class: it was reported already.
pub fn align_file<'a>(old: &'a [Claim], new: &'a [Claim]) -> Alignment<'a> {
    let (gone, active): (Vec<&Claim>, Vec<&Claim>) =
        old.iter().partition(|c| c.removed_in.is_some());
    let new: Vec<&Claim> = new.iter().collect();
    let first = align_refs(&active, &new);
    let back = align_refs(&gone, &first.added);
    let order: HashMap<*const Claim, usize> = old
        .iter()
        .enumerate()
        .map(|(i, c)| (c as *const Claim, i))
        .collect();
    let position = |c: &Claim| order.get(&(c as *const Claim)).copied();
    let mut out = Alignment {
        unchanged: first.unchanged.into_iter().chain(back.unchanged).collect(),
        changed: first.changed.into_iter().chain(back.changed).collect(),
        added: back.added,
        removed: first.removed,
    };
    out.unchanged.sort_by_key(|p| position(p.old));
    out.changed.sort_by_key(|p| position(p.old));
    out
}

fn align_refs<'a>(old: &[&'a Claim], new: &[&'a Claim]) -> Alignment<'a> {
    let sentences = Sentences::new(old, new, SIMILAR_SENTENCE);
    // New claims by kind and value, for sentences reworded around a figure.
    let mut by_value: HashMap<(&str, String), Vec<usize>> = HashMap::new();
    for (j, n) in new.iter().enumerate() {
        by_value
            .entry((n.kind.name(), value_key(&n.value)))
            .or_default()
            .push(j);
    }
    let mut candidates: Vec<(f32, usize, usize, f32)> = Vec::new();
    let mut near: Vec<usize> = Vec::new();
    for (i, o) in old.iter().enumerate() {
        near.clear();
        near.extend(sentences.near(i));
        if let Some(js) = by_value.get(&(o.kind.name(), value_key(&o.value))) {
            near.extend(js);
        }
        near.sort_unstable();
        near.dedup();
        for &j in &near {
            let n = new[j];
            if o.kind != n.kind {
                continue;
            }
            let sim = sentences.similarity(i, j);
            let same_value = same_value(&o.value, &n.value);
            // A date's subject is the event as extraction words it, which a
            // reworded sentence rewords; the same date in the same sentence
            // is the same claim.
            let relabelled = o.kind == ClaimKind::Date && same_value && sim >= SIMILAR_SENTENCE;
            if !(subjects_compatible(o, n) || relabelled) {
                continue;
            }
            let same_source = same_text(&o.source, &n.source);
            let source_ok = same_source || o.source.is_none() || n.source.is_none();
            if sim < SIMILAR_SENTENCE && !(same_value && source_ok) {
                continue;
            }
            let bonus = |yes: bool, w: f32| if yes { w } else { 0.0 };
            let score = sim
                + bonus(same_value, 0.5)
                + bonus(o.quote.eq_ignore_ascii_case(&n.quote), 0.3)
                + bonus(same_source, 0.2)
                + bonus(same_text(&o.subject, &n.subject), 0.2)
                + bonus(o.id == n.id, 0.1);
            candidates.push((score, i, j, sim));
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut old_taken = vec![None; old.len()];
    let mut new_taken = vec![false; new.len()];
    for (_, i, j, sim) in candidates {
        if old_taken[i].is_none() && !new_taken[j] {
            old_taken[i] = Some((j, sim));
            new_taken[j] = true;
        }
    }
    let mut out = Alignment::default();
    for (i, taken) in old_taken.into_iter().enumerate() {
        match taken {
            Some((j, similarity)) => {
                let pair = Pair {
                    old: old[i],
                    new: new[j],
                    changed: differences(old[i], new[j]),
                    similarity,
                };
                if pair.changed.is_empty() {
                    out.unchanged.push(pair);
                } else {
                    out.changed.push(pair);
                }
            }
            None => out.removed.push(old[i]),
        }
    }
    out.added = new
        .iter()
        .zip(new_taken)
        .filter(|(_, taken)| !taken)
        .map(|(c, _)| *c)
        .collect();
    out
}

/// The tool fields that differ, in file order.
fn differences(o: &Claim, n: &Claim) -> Vec<Field> {
    let mut out = Vec::new();
    if !same_value(&o.value, &n.value) {
        out.push(Field::Value);
    }
    if !same_text(&o.qualifier, &n.qualifier) {
        out.push(Field::Qualifier);
    }
    if !same_text(&o.unit, &n.unit) {
        out.push(Field::Unit);
    }
    if !same_text(&o.currency, &n.currency) {
        out.push(Field::Currency);
    }
    if !same_text(&o.source, &n.source) {
        out.push(Field::Source);
    }
    // The anchor is the article's wording of the event; only the offset is
    // a fact, and only when the article gives no date of its own.
    let offset = |c: &Claim| c.relative.as_ref().map(|r| r.offset.clone());
    if o.value.is_null() && n.value.is_null() && offset(o) != offset(n) {
        out.push(Field::Relative);
    }
    out
}

/// Values as values: numbers by magnitude whatever their JSON spelling,
/// maps key by key, text exactly (dates are ISO text).
pub fn same_value(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value as V;
    match (a, b) {
        (V::Number(x), V::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0),
            _ => x == y,
        },
        (V::Object(x), V::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().all(|k| match (x.get(k), y.get(k)) {
                (Some(p), Some(q)) => same_value(p, q),
                (None, Some(V::Null)) | (Some(V::Null), None) => true,
                _ => false,
            })
        }
        (V::Array(x), V::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_value(p, q))
        }
        (V::String(x), V::String(y)) => x.trim() == y.trim(),
        _ => a == b,
    }
}

fn same_text(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.trim().eq_ignore_ascii_case(y.trim()),
        (None, None) => true,
        _ => false,
    }
}

/// Words too common to say two subjects are about the same thing.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "and", "or", "by", "with",
    "their", "its", "his", "her", "have", "has", "been", "who", "were", "was",
];

fn subjects_compatible(o: &Claim, n: &Claim) -> bool {
    let (Some(a), Some(b)) = (&o.subject, &n.subject) else {
        return true;
    };
    let content = |s: &str| -> BTreeSet<String> {
        words(s)
            .into_iter()
            .filter(|w| w.chars().count() > 2 && !FUNCTION_WORDS.contains(&w.as_str()))
            .collect()
    };
    let (a, b) = (content(a), content(b));
    a == b || !a.is_disjoint(&b)
}

/// A value as a lookup key: numbers by magnitude, so `1000` and `1000.0`
/// meet; [`same_value`] still decides.
fn value_key(v: &serde_json::Value) -> String {
    use serde_json::Value as V;
    match v {
        V::Number(n) => n.as_f64().map_or_else(|| n.to_string(), |f| format!("{f}")),
        V::Object(m) => {
            let mut parts: Vec<String> = m
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{k}={}", value_key(v)))
                .collect();
            parts.sort();
            parts.join(",")
        }
        V::Array(a) => a.iter().map(value_key).collect::<Vec<_>>().join(";"),
        V::String(s) => s.trim().to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
#[path = "align_tests.rs"]
mod tests;
