//! Quoted speech over several sentences: a sentence inside a quotation
//! takes the speaker named where the quotation opens (`Shah said: "...`) or
//! closes (`...," she said.`), or just before it (`"...," the minister
//! said. "For the 770,000 pensioners ..."`).

use super::rules::find;
use super::source::Attribution;
use crate::extract::tokens::Tokens;

/// How far a quotation is followed, in tokens.
const REACH: usize = 400;

fn opens(w: &str) -> bool {
    matches!(w, "\"" | "\u{201c}")
}

fn closes(w: &str) -> bool {
    matches!(w, "\"" | "\u{201d}")
}

/// Whether a blank line stands between tokens `i - 1` and `i`.
fn paragraph_break(t: &Tokens, i: usize) -> bool {
    i == 0
        || t.text[t.toks[i - 1].end()..t.toks[i].start()]
            .matches('\n')
            .count()
            >= 2
}

/// The first token of the paragraph holding token `i` (within reach).
fn paragraph_start(t: &Tokens, i: usize) -> usize {
    let floor = i.saturating_sub(REACH);
    (floor..=i)
        .rev()
        .find(|&k| paragraph_break(t, k))
        .unwrap_or(floor)
}

/// The quotation mark still open at token `at`, if any.
fn open_quote(t: &Tokens, from: usize, at: usize) -> Option<usize> {
    let mut open = None;
    for k in from..at {
        let w = t.low(k);
        if w == "\u{201c}" {
            open = Some(k);
        } else if w == "\u{201d}" {
            open = None;
        } else if w == "\"" {
            open = if open.is_some() { None } else { Some(k) };
        }
    }
    open
}

/// The speaker of sentence `first..last` if it stands inside a quotation.
pub fn speaker(t: &Tokens, first: usize, last: usize) -> Option<Attribution> {
    let para = paragraph_start(t, first);
    let opened = open_quote(t, para, first).or_else(|| opens(t.low(first)).then_some(first))?;
    if let Some(a) = before_colon(t, para, opened) {
        return Some(cover(a, first));
    }
    // Where the quotation closes, and who is said to speak right after it.
    let end = (last..t.len().min(last + REACH)).find(|&k| k > first && paragraph_break(t, k));
    let end = end.unwrap_or(t.len().min(last + REACH));
    let close = (first + 1..end).find(|&k| closes(t.low(k)) && k != opened)?;
    if close >= last {
        let stop = (close..end).find(|&k| t.low(k) == ".").unwrap_or(end);
        if let Some(a) = find(t, close + 1, stop)
            .into_iter()
            .find(|a| !a.void && a.at <= close + 4)
        {
            return Some(cover(a, first));
        }
        return None;
    }
    // `"...," the minister said. "For the ..."`: the speaker of the
    // quotation just before.
    if opened == first && first > para && t.low(first - 1) == "." {
        let prev_close = (first.saturating_sub(10).max(para)..first - 1)
            .rev()
            .find(|&k| closes(t.low(k)))?;
        return find(t, prev_close + 1, first - 1)
            .into_iter()
            .find(|a| !a.void)
            .map(|a| cover(a, first));
    }
    None
}

/// `Shah said: "...`: the speaker of a quotation opened after a colon.
fn before_colon(t: &Tokens, para: usize, opened: usize) -> Option<Attribution> {
    if opened < para + 2 || t.low(opened - 1) != ":" {
        return None;
    }
    let from = opened.saturating_sub(30).max(para);
    let from = (from..opened - 1)
        .rev()
        .find(|&k| matches!(t.low(k), "." | "!" | "?") || paragraph_break(t, k))
        .map_or(from, |k| if paragraph_break(t, k) { k } else { k + 1 });
    find(t, from, opened - 1)
        .into_iter()
        .rev()
        .find(|a| !a.void)
}

/// The speaker covers the whole sentence.
fn cover(mut a: Attribution, first: usize) -> Attribution {
    a.at = first;
    a.trailing = true;
    a.rule = "quoted";
    a
}
