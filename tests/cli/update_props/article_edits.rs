//! Random edits of an article, by paragraph (blank-line separated): delete
//! one, swap two, change a figure, insert one with a figure, prepend a
//! phrase to the first sentence, repeat one, change a hedge word.

use proptest::prelude::*;
use proptest::sample::Index;

const PHRASES: [&str; 4] = [
    "Separately,",
    "In a statement on Friday,",
    "Meanwhile,",
    "According to the latest figures,",
];

#[derive(Debug, Clone)]
pub(super) enum Edit {
    Delete(Index),
    Swap(Index, Index),
    /// Paragraph, which run of digits, the number put there.
    Figure(Index, Index, u32),
    Insert(Index, u32),
    Reword(Index, usize),
    /// The paragraph repeated right after itself (the same claims twice).
    Repeat(Index),
    /// The first hedge word of the paragraph replaced by another.
    Hedge(Index, usize),
}

const HEDGES: [&str; 6] = ["about", "nearly", "more than", "at least", "almost", "some"];

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<Index>().prop_map(Edit::Delete),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::Swap(a, b)),
        (any::<Index>(), any::<Index>(), 1..200_000u32).prop_map(|(p, d, n)| Edit::Figure(p, d, n)),
        (any::<Index>(), 1..200_000u32).prop_map(|(p, n)| Edit::Insert(p, n)),
        (any::<Index>(), 0..PHRASES.len()).prop_map(|(p, w)| Edit::Reword(p, w)),
        any::<Index>().prop_map(Edit::Repeat),
        (any::<Index>(), 0..HEDGES.len()).prop_map(|(p, h)| Edit::Hedge(p, h)),
    ]
}

pub(super) fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(edit(), 1..4)
}

/// `1234567` as `1,234,567`.
fn grouped(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

pub(super) fn apply(article: &str, fixed: usize, edits: &[Edit]) -> String {
    let mut paras: Vec<String> = article
        .split("\n\n")
        .map(|p| p.trim_matches('\n').to_string())
        .filter(|p| !p.is_empty())
        .collect();
    for e in edits {
        let n = paras.len().saturating_sub(fixed);
        if n == 0 {
            break;
        }
        let pick = |i: &Index| fixed + i.index(n);
        match e {
            Edit::Delete(i) => {
                paras.remove(pick(i));
            }
            Edit::Swap(a, b) => paras.swap(pick(a), pick(b)),
            Edit::Figure(i, d, num) => {
                let p = &mut paras[pick(i)];
                let runs = digit_runs(p);
                if !runs.is_empty() {
                    let (s, t) = runs[d.index(runs.len())];
                    p.replace_range(s..t, &grouped(*num));
                }
            }
            Edit::Insert(i, num) => {
                let at = fixed + i.index(n + 1);
                let p = format!("Officials said {} people were evacuated.", grouped(*num));
                paras.insert(at, p);
            }
            Edit::Reword(i, w) => {
                let p = &mut paras[pick(i)];
                let lower = p.chars().nth(1).is_some_and(char::is_lowercase);
                if lower {
                    let first = p.chars().next().map_or(0, char::len_utf8);
                    let head = p[..first].to_lowercase();
                    p.replace_range(..first, &head);
                }
                *p = format!("{} {p}", PHRASES[*w]);
            }
            Edit::Repeat(i) => {
                let at = pick(i);
                let p = paras[at].clone();
                paras.insert(at + 1, p);
            }
            Edit::Hedge(i, h) => {
                let p = &mut paras[pick(i)];
                let found = HEDGES
                    .iter()
                    .filter_map(|w| p.find(&format!(" {w} ")).map(|k| (k + 1, w.len())))
                    .min();
                if let Some((k, len)) = found {
                    p.replace_range(k..k + len, HEDGES[*h]);
                }
            }
        }
    }
    let mut out = paras.join("\n\n");
    out.push('\n');
    out
}

/// Byte ranges of the runs of ASCII digits (char boundaries by construction).
fn digit_runs(s: &str) -> Vec<(usize, usize)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    out
}
