//! Finding each claim's quote in the article text, and writing the text with
//! the quotes marked.
//!
//! A quote is a few words that can occur many times in an article ("two
//! days", "Tuesday"), so the occurrence is chosen by what the claim records
//! about where it was: the sentence first, then the line. Whitespace is
//! compared loosely because the claims file holds quotes on one line while
//! the article may wrap them.

use std::ops::Range;

use super::escape::escape;
use crate::article::Article;
use crate::claims::Claim;

/// Quotes with more occurrences than this are placed among the first ones
/// only; real quotes are never that common, and the bound keeps a one-letter
/// quote in a huge article cheap.
const MAX_CANDIDATES: usize = 2_000;

/// The article text with runs of whitespace collapsed to one space, and for
/// every byte of it the byte of the original it came from.
struct Collapsed {
    text: String,
    origin: Vec<usize>,
}

fn collapse_with_origin(s: &str) -> Collapsed {
    let mut text = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    let mut in_space = false;
    for (i, ch) in s.char_indices() {
        if ch.is_whitespace() {
            if !in_space {
                text.push(' ');
                origin.push(i);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        text.push(ch);
        origin.extend(i..i + ch.len_utf8());
    }
    Collapsed { text, origin }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// For each claim, the byte range of its quote in `article.text`, or `None`
/// when the claim is removed or its quote is not in the text.
pub fn locate(article: &Article, claims: &[Claim]) -> Vec<Option<Range<usize>>> {
    let c = collapse_with_origin(&article.text);
    let mut taken: Vec<Range<usize>> = Vec::new();
    claims
        .iter()
        .map(|claim| {
            if claim.removed_in.is_some() {
                return None;
            }
            let found = best(article, &c, claim, &taken)?;
            taken.push(found.clone());
            Some(found)
        })
        .collect()
}

fn best(
    article: &Article,
    c: &Collapsed,
    claim: &Claim,
    taken: &[Range<usize>],
) -> Option<Range<usize>> {
    let q = collapse(&claim.quote);
    if q.is_empty() {
        return None;
    }
    let sentence = collapse(&claim.sentence);
    let mut best: Option<((bool, usize, bool), Range<usize>)> = None;
    let mut from = 0;
    for _ in 0..MAX_CANDIDATES {
        let Some(at) = c.text.get(from..).and_then(|t| t.find(&q)) else {
            break;
        };
        let cs = from + at;
        let ce = cs + q.len();
        from = cs + c.text[cs..].chars().next().map_or(1, char::len_utf8);
        let (Some(&start), Some(&last)) = (c.origin.get(cs), c.origin.get(ce - 1)) else {
            break;
        };
        let range = start..last + 1;
        let in_sentence = article
            .text
            .get(article.sentence_at(start))
            .is_some_and(|s| {
                let s = collapse(s);
                !sentence.is_empty() && (s.contains(&sentence) || sentence.contains(&s))
            });
        let distance = article.line_of(start).abs_diff(claim.line);
        let reused = taken.contains(&range);
        // Lower is better: in the recorded sentence, near the recorded line,
        // not already another claim's occurrence; ties go to the first.
        let key = (!in_sentence, distance, reused);
        if best.as_ref().is_none_or(|(k, _)| key < *k) {
            best = Some((key, range));
        }
    }
    best.map(|(_, r)| r)
}

/// What a mark looks like: the opening tag and what follows the closing tag
/// (the claim's number). Made by the caller, which knows the verdicts.
#[derive(Debug, Clone)]
pub struct Tag {
    pub open: String,
    pub after: String,
}

/// The article as paragraphs, each located quote wrapped in its claim's tag.
/// Marks never cross a paragraph and nest properly: a quote that overlaps
/// the end of another is cut at that end.
pub fn paragraphs(text: &str, spans: &[Option<Range<usize>>], tags: &[Tag]) -> String {
    let mut ordered: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(k, r)| r.as_ref().map(|r| (r.start, r.end, k)))
        .filter(|(s, e, k)| s < e && *k < tags.len())
        .collect();
    ordered.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    let mut out = String::new();
    let mut next = 0;
    for para in paragraph_ranges(text) {
        out.push_str("<p>");
        let mut pos = para.start;
        let mut open: Vec<(usize, usize)> = Vec::new();
        let close_to =
            |out: &mut String, pos: &mut usize, open: &mut Vec<(usize, usize)>, upto: usize| {
                while let Some(&(end, k)) = open.last() {
                    if end > upto {
                        break;
                    }
                    out.push_str(&escape(text.get(*pos..end).unwrap_or("")));
                    out.push_str("</mark>");
                    out.push_str(&tags[k].after);
                    *pos = end;
                    open.pop();
                }
            };
        while let Some(&(s, e, k)) = ordered.get(next) {
            if s >= para.end {
                break;
            }
            next += 1;
            if s < para.start {
                continue;
            }
            close_to(&mut out, &mut pos, &mut open, s);
            let mut e = e.min(para.end);
            if let Some(&(outer, _)) = open.last() {
                e = e.min(outer);
            }
            if e <= s {
                continue;
            }
            out.push_str(&escape(text.get(pos..s).unwrap_or("")));
            out.push_str(&tags[k].open);
            pos = s;
            open.push((e, k));
        }
        close_to(&mut out, &mut pos, &mut open, usize::MAX);
        out.push_str(&escape(text.get(pos..para.end).unwrap_or("")));
        out.push_str("</p>\n");
    }
    out
}

/// Byte ranges of the paragraphs: runs of lines with text, separated by
/// blank lines, without their surrounding whitespace.
fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.extend(current.take());
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let end = start + lead + trimmed.len();
        match &mut current {
            Some(r) => r.end = end,
            None => current = Some(start + lead..end),
        }
    }
    out.extend(current);
    out
}
