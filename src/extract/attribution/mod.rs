//! Attribution: who the article says a figure comes from (`according to X`,
//! `X said`, `X figures show`, `..., said X.`). A claim takes the nearest
//! attribution before it in its sentence, else the first trailing one after
//! it (`..., the ministry said`); `she` or `the agency` refer back to the
//! last fitting source the article named.

pub(crate) mod lexicon;
mod memory;
mod phrase;
mod quotes;
mod rules;
mod source;

pub use memory::Memory;
pub use rules::attributions;
pub use source::Attribution;

use std::ops::Range;

use crate::extract::tokens::Tokens;

/// The attributions of each sentence, with `she` and `the agency` resolved
/// to the fitting source named last.
pub fn per_sentence(t: &Tokens, sentences: &[Range<usize>]) -> Vec<Vec<Attribution>> {
    let mut named = Memory::default();
    sentences
        .iter()
        .enumerate()
        .map(|(si, sentence)| {
            let first = t.toks.partition_point(|k| k.start() < sentence.start);
            let last = t.toks.partition_point(|k| k.start() < sentence.end);
            let mut attrs = attributions(t, first, last);
            named.resolve(&mut attrs, si);
            // Most sentences have one attribution or none; a vector grown by
            // `push` keeps room for four, a tenth of a long article's memory.
            attrs.shrink_to_fit();
            attrs
        })
        .collect()
}

/// The nearest attribution before token `at`, else the first one after it
/// that looks back (`..., the ministry said`). A new clause with its own
/// actor (`..., and Japan pledged`) leaves the claim without a source.
pub fn source_for(attrs: &[Attribution], at: usize) -> Option<&Attribution> {
    let next = attrs.iter().find(|a| a.at > at);
    let trailing = next.filter(|a| a.trailing && !a.void);
    match attrs.iter().rev().find(|a| a.at <= at) {
        // `Italy registered 42,000 arrivals, interior ministry figures
        // show`: the stated source outranks the actor.
        Some(a) if a.weak && trailing.is_some_and(|n| !n.weak) => trailing,
        Some(a) => (!a.void).then_some(a),
        None => trailing,
    }
}
