//! Claims: which mentions a fact-checker would check, of what kind
//! (`refugees`, `casualties`, `quantity`), about whom (the subject), and on
//! whose word (the source).
//!
//! A bare number is a claim only when something is counted: a noun after it
//! (`1,200 civilians`), or an elided noun with a verb that says what happened
//! (`More than 2.3 million have arrived`, right after a refugee figure).
//! Money, percentages and measures are always claims. Years, times, names,
//! labels, addresses, codes, `one` as a pronoun and `the two powers` are not.

use std::ops::Range;

use crate::extract::attribution::{Attribution, source_for};
use crate::extract::tokens::Tokens;
use crate::extract::{ClaimKind, Draft, Mention, Value};

mod counted;
mod displacement;
mod elided;
mod exclusions;
mod govern;
mod lexicon;
mod phrases;
mod rules;
mod small;
mod subjects;
mod treatment;

pub(crate) use lexicon::anaphor;

/// What a rule may know about where a mention stands.
#[derive(Debug)]
pub struct Context<'d> {
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// First token of the next mention in the sentence (or the sentence end).
    pub next_mention: usize,
    /// Claims made so far, with the sentence index they came from.
    earlier: &'d [(usize, Draft)],
    sentence_index: usize,
}

impl Context<'_> {
    /// The subject of the latest claim of `kind` in this or the two sentences
    /// before: elided nouns (`More than 2.3 million have arrived`) take it.
    /// A part of a figure (`including nine children`) is skipped: what
    /// follows (`Another 17 were taken to a clinic`) continues the whole.
    pub fn previous_subject(&self, kind: ClaimKind) -> Option<String> {
        self.earlier
            .iter()
            .rev()
            .take_while(|(s, _)| s + 2 >= self.sentence_index)
            .find(|(_, d)| d.kind == kind && d.rule.1 != "subset")
            .and_then(|(_, d)| d.subject.clone())
    }

    /// The latest claim of any kind in this or the two sentences before.
    fn previous(&self) -> Option<&Draft> {
        self.earlier
            .last()
            .filter(|(s, _)| s + 2 >= self.sentence_index)
            .map(|(_, d)| d)
    }

    /// The latest claim of this sentence.
    fn previous_in_sentence(&self) -> Option<&Draft> {
        self.earlier
            .last()
            .filter(|(s, _)| *s == self.sentence_index)
            .map(|(_, d)| d)
    }

    fn previous_of(&self, kind: ClaimKind) -> Option<&Draft> {
        self.earlier
            .iter()
            .rev()
            .take_while(|(s, _)| s + 2 >= self.sentence_index)
            .find(|(_, d)| d.kind == kind)
            .map(|(_, d)| d)
    }
}

/// The figure claims of a text: `mentions` are its number mentions, `attrs`
/// the resolved attributions of each sentence in `sentences`.
pub fn drafts(
    t: &Tokens,
    mentions: &[Mention],
    sentences: &[Range<usize>],
    attrs: &[Vec<Attribution>],
) -> Vec<Draft> {
    let mut made: Vec<(usize, Draft)> = Vec::new();
    let mut m = 0;
    for (si, sentence) in sentences.iter().enumerate() {
        let first = t.toks.partition_point(|k| k.start() < sentence.start);
        let last = t.toks.partition_point(|k| k.start() < sentence.end);
        let attrs = &attrs[si];
        while m < mentions.len() && mentions[m].first < first {
            m += 1;
        }
        let from = m;
        while m < mentions.len() && mentions[m].first < last {
            m += 1;
        }
        for k in from..m {
            let mention = &mentions[k];
            let cx = Context {
                sentence_start: first,
                sentence_end: last,
                next_mention: mentions.get(k + 1).map_or(last, |n| n.first.min(last)),
                earlier: &made,
                sentence_index: si,
            };
            let Some(j) = rules::judge(t, mention, &cx) else {
                continue;
            };
            let quote_end = t.toks[j.quote_end.max(mention.last) - 1].end();
            // A claim that continues an earlier figure (`More than 2.3 million
            // have arrived ..., the agency said`) shares its source when the
            // sentence only refers back to one.
            let source = match source_for(attrs, mention.first) {
                Some(a) if a.anaphoric && j.inherits => cx
                    .previous_of(j.kind)
                    .and_then(|d| d.source.clone())
                    .or(Some(a.source.clone())),
                other => other.map(|a| a.source.clone()),
            };
            let draft = Draft {
                kind: j.kind,
                quote: mention.start..quote_end,
                sentence: sentence.clone(),
                dim: mention.dim,
                value: Value::Amount(mention.value),
                unit: mention.unit,
                qualifier: mention.qualifier,
                relative: None,
                subject: j.subject,
                source,
                rule: (mention.rule, j.rule),
            };
            made.push((si, draft));
        }
    }
    // Collected in place, the drafts keep the doubled room of `made` for
    // the rest of extraction; handing it back costs no copy.
    let mut drafts: Vec<Draft> = made.into_iter().map(|(_, d)| d).collect();
    drafts.shrink_to_fit();
    drafts
}
