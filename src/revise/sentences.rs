//! Which sentences of two article versions are similar enough to pair their
//! claims, without running a word diff on every pair of claims.
//!
//! Claims share sentences, so each distinct sentence is compared once. Most
//! pairs of sentences share few words: a multiset intersection of interned
//! words bounds the diff ratio from above (the ratio counts matched words,
//! which cannot outnumber shared words), and only pairs whose bound reaches
//! the threshold get the real diff. A long article with thousands of claims
//! aligns in well under a second instead of minutes.

use std::collections::HashMap;

use similar::{Algorithm, TextDiff};

use crate::claims::Claim;

pub(super) struct Sentences {
    /// Sentence index of each old and new claim.
    old_of: Vec<usize>,
    new_of: Vec<usize>,
    old_words: Vec<Vec<String>>,
    new_words: Vec<Vec<String>>,
    /// For each old sentence, the new sentences at least `threshold`
    /// similar, with the similarity.
    similar: Vec<Vec<(usize, f32)>>,
    /// New claims by the sentence they are in.
    new_claims: Vec<Vec<usize>>,
}

impl Sentences {
    pub fn new(old: &[&Claim], new: &[&Claim], threshold: f32) -> Self {
        let mut vocab: HashMap<String, u32> = HashMap::new();
        let (old_of, old_words, old_ids) = distinct(old, &mut vocab);
        let (new_of, new_words, new_ids) = distinct(new, &mut vocab);
        let mut similar = vec![Vec::new(); old_words.len()];
        for (i, a) in old_ids.iter().enumerate() {
            for (j, b) in new_ids.iter().enumerate() {
                let total = (a.len() + b.len()) as f32;
                if total == 0.0 {
                    similar[i].push((j, 1.0));
                    continue;
                }
                let longest = a.len().max(b.len()) as f32;
                if 2.0 * (total - longest) / total < threshold
                    || 2.0 * shared(a, b) as f32 / total < threshold
                {
                    continue;
                }
                let sim = ratio(&old_words[i], &new_words[j]);
                if sim >= threshold {
                    similar[i].push((j, sim));
                }
            }
        }
        let mut new_claims = vec![Vec::new(); new_words.len()];
        for (c, &s) in new_of.iter().enumerate() {
            new_claims[s].push(c);
        }
        Sentences {
            old_of,
            new_of,
            old_words,
            new_words,
            similar,
            new_claims,
        }
    }

    /// New claims whose sentences are similar to old claim `i`'s.
    pub fn near(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.similar[self.old_of[i]]
            .iter()
            .flat_map(|&(s, _)| self.new_claims[s].iter().copied())
    }

    /// Word-level similarity of the sentences of old claim `i` and new
    /// claim `j`, 0 to 1.
    pub fn similarity(&self, i: usize, j: usize) -> f32 {
        let (a, b) = (self.old_of[i], self.new_of[j]);
        match self.similar[a].iter().find(|(s, _)| *s == b) {
            Some(&(_, sim)) => sim,
            None => ratio(&self.old_words[a], &self.new_words[b]),
        }
    }
}

/// Distinct sentences of `claims`: each claim's sentence index, each
/// sentence's words, and its sorted interned words.
fn distinct(
    claims: &[&Claim],
    vocab: &mut HashMap<String, u32>,
) -> (Vec<usize>, Vec<Vec<String>>, Vec<Vec<u32>>) {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut of = Vec::with_capacity(claims.len());
    let mut words_of = Vec::new();
    let mut ids_of = Vec::new();
    for c in claims {
        let next = index.len();
        let i = *index.entry(c.sentence.as_str()).or_insert(next);
        if i == next {
            let w = words(&c.sentence);
            let mut ids: Vec<u32> = w
                .iter()
                .map(|w| {
                    let n = u32::try_from(vocab.len()).unwrap_or(u32::MAX);
                    *vocab.entry(w.clone()).or_insert(n)
                })
                .collect();
            ids.sort_unstable();
            words_of.push(w);
            ids_of.push(ids);
        }
        of.push(i);
    }
    (of, words_of, ids_of)
}

/// Size of the multiset intersection of two sorted lists.
fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Lowercased words, punctuation trimmed from their ends (`1,200` stays
/// whole; `China,` becomes `china`).
pub(super) fn words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// The `similar` crate's ratio over two word lists.
fn ratio(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_slices(&a, &b)
        .ratio()
}
