//! Which tokens can start a date, decided once per token.
//!
//! Every date names time somewhere within a few tokens of its start: a digit,
//! a month, a weekday, a season, a unit (`days`, `week`), a deictic word
//! (`yesterday`), a number or ordinal in words, or a holiday's first word. Most tokens of news copy have none
//! of these near them, and trying the eight rule families there (profiling
//! found them a third of extraction time) only to find nothing is waste.

use super::holiday_names::may_start as holiday_start;
use super::lexicon::{
    month_word, ordinal_day, season_word, small_word, step_word, tens_word, weekday_word,
};
use crate::extract::tokens::{Kind, Tokens};

/// The furthest a date's first time word stands from its first token:
/// `the day after tomorrow` (1), `two and a half weeks ago` (4),
/// `twenty - one days before` (3), `the first Tuesday of` (2), with room.
const REACH: usize = 7;

/// For each token, the index of the nearest time word at or after it, and
/// whether a date's first token can be that token at all.
#[derive(Debug)]
pub(super) struct Near {
    next: Vec<u32>,
    opens: Vec<bool>,
}

impl Near {
    pub fn new(t: &Tokens) -> Near {
        let mut next = vec![u32::MAX; t.len() + 1];
        let mut opens = vec![false; t.len()];
        for i in (0..t.len()).rev() {
            let time = names_time(t, i);
            next[i] = if time {
                u32::try_from(i).unwrap_or(u32::MAX)
            } else {
                next[i + 1]
            };
            opens[i] = time || t.kind(i) != Some(Kind::Word) || opens_date(t.low(i));
        }
        Near { next, opens }
    }

    /// Whether a date could start at token `i`.
    pub fn may_start(&self, i: usize) -> bool {
        self.opens.get(i).copied().unwrap_or(false)
            && self
                .next
                .get(i)
                .is_some_and(|&n| n != u32::MAX && (n as usize) < i + REACH)
    }
}

/// Words that are no time word themselves but that a rule family starts a
/// date with: `the 15th of`, `on the 18th`, `last Tuesday`, `a week ago`,
/// `earlier this year`, `upcoming two weeks`, `mid-March`.
fn opens_date(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "on"
            | "this"
            | "current"
            | "last"
            | "previous"
            | "past"
            | "next"
            | "following"
            | "coming"
            | "upcoming"
            | "earlier"
            | "later"
            | "a"
            | "an"
            | "couple"
            | "dozen"
            | "single"
            | "zero"
            | "mid"
    )
}

fn names_time(t: &Tokens, i: usize) -> bool {
    if t.kind(i) == Some(Kind::Digits) {
        return true;
    }
    let w = t.low(i);
    // `Saturday's`, `today's`, `week’s` are one token.
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    month_word(w).is_some()
        || weekday_word(w).is_some()
        || season_word(w).is_some()
        || step_word(w).is_some()
        || holiday_start(w)
        // Years and days in words: `two thousand and twenty`, `on the first`.
        || small_word(w).is_some()
        || tens_word(w).is_some()
        || ordinal_day(w).is_some()
        || matches!(
            w,
            "today"
                | "yesterday"
                | "tomorrow"
                | "tomorrows"
                | "tmrw"
                | "tonight"
                | "now"
                | "decade"
                | "decades"
                | "century"
                | "weekend"
                | "quarter"
                | "eve"
                | "cy"
                | "hundred"
                | "thousand"
        )
}

#[cfg(test)]
mod tests {
    use super::super::spans;
    use crate::extract::tokens::Tokens;

    /// The gate may only skip work, never change what is found: every input
    /// of the date corpus, the gold articles and (where present) the peer
    /// suites gives the same mentions with and without it.
    #[test]
    fn gate_changes_nothing() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut inputs: Vec<String> = include_str!("corpus.yaml")
            .lines()
            .chain(include_str!("claims.yaml").lines())
            .map(|l| {
                l.trim()
                    .trim_start_matches("- ")
                    .trim_matches('"')
                    .to_string()
            })
            .collect();
        for dir in ["tests/fixtures/gold", "tests/fixtures/articles"] {
            for e in std::fs::read_dir(root.join(dir))
                .into_iter()
                .flatten()
                .flatten()
            {
                inputs.extend(std::fs::read_to_string(e.path()));
            }
        }
        let peers = root.join("../shared/peer-specs");
        for e in std::fs::read_dir(peers).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap_or_default();
            for line in text.lines() {
                if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                    && let Some(s) = v["input"].as_str()
                {
                    inputs.push(s.to_string());
                }
            }
        }
        let published = chrono::NaiveDate::from_ymd_opt(2024, 3, 14);
        let mut differ = Vec::new();
        for s in &inputs {
            let t = Tokens::new(s);
            if spans::scan(&t, published, true) != spans::scan(&t, published, false) {
                differ.push(s.clone());
            }
        }
        assert!(inputs.len() > 500, "too few inputs: {}", inputs.len());
        assert!(differ.is_empty(), "the gate changes: {differ:#?}");
    }
}
