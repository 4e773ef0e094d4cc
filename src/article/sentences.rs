//! Sentence segmentation for news copy.

use std::ops::Range;

pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?' | '\n') {
            if text[start..i].trim().len() > 0 {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(start..text.len());
    }
    out
}
