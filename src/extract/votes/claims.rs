//! Every vote record is a claim. A vote that leaves its body out takes the
//! one named in its sentence or the few before (`The General Assembly met
//! on Thursday. ... China abstained`), else the first body the article
//! named: a story of votes names its body at the top.

use std::ops::Range;

use crate::extract::attribution::{Attribution, source_for};
use crate::extract::tokens::Tokens;
use crate::extract::{ClaimKind, Dim, Draft, Value};

/// How many sentences back a body named earlier still holds.
const BODY_REACH: usize = 3;

/// The vote claims of a text.
pub fn drafts(t: &Tokens, sentences: &[Range<usize>], attrs: &[Vec<Attribution>]) -> Vec<Draft> {
    let mut out = Vec::new();
    let mut bodies: Vec<Option<String>> = Vec::with_capacity(sentences.len());
    let mut first_body: Option<String> = None;
    let earlier = super::referents::Earlier::default();
    for (si, sentence) in sentences.iter().enumerate() {
        let first = t.toks.partition_point(|k| k.start() < sentence.start);
        let last = t.toks.partition_point(|k| k.start() < sentence.end);
        let (votes, named) = super::sentence(t, first, last, &earlier);
        if first_body.is_none() {
            first_body.clone_from(&named);
        }
        bodies.push(named);
        for m in &votes {
            let mut value = m.value.clone();
            if value.body.is_none() {
                // The body named last nearby, else the one the article's
                // story of votes began with.
                value.body = bodies
                    .iter()
                    .rev()
                    .take(BODY_REACH + 1)
                    .find_map(Clone::clone)
                    .or_else(|| first_body.clone());
            }
            out.push(Draft {
                kind: ClaimKind::Vote,
                quote: m.start..m.end,
                sentence: sentence.clone(),
                dim: Dim::Vote,
                value: Value::Vote(Box::new(value)),
                unit: None,
                qualifier: None,
                relative: None,
                subject: super::measures::subject(t, first, m.first, m.last, last),
                source: source_for(&attrs[si], m.first).map(|a| a.source.clone()),
                rule: (m.rule, "vote-record"),
            });
        }
    }
    out
}
