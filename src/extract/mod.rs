//! Extraction: text -> mentions (what a figure says) -> claims (which figures
//! a fact-checker would check, with their subject and source).
//!
//! Each dimension lives in its own folder with its rules and a corpus of
//! examples (`corpus.yaml`) that one test walks, the way Duckling keeps them.
//! Recognition is liberal (every number is a mention, so `scan` can show it);
//! judgement is strict (only figures about something become claims).

use serde::Serialize;

pub mod attribution;
pub mod counts;
pub mod dates;
mod draft;
pub mod numbers;
pub mod quantities;
pub mod tokens;
pub mod votes;

#[cfg(test)]
mod corpus;

/// The dimension a mention belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dim {
    Number,
    Ordinal,
    Percent,
    Money,
    Quantity,
    Duration,
    Date,
    Vote,
}

impl Dim {
    pub fn name(self) -> &'static str {
        match self {
            Dim::Number => "number",
            Dim::Ordinal => "ordinal",
            Dim::Percent => "percent",
            Dim::Money => "money",
            Dim::Quantity => "quantity",
            Dim::Duration => "duration",
            Dim::Date => "date",
            Dim::Vote => "vote",
        }
    }
}

/// A value: one figure, or the bounds a range or a vague amount gives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Exact(f64),
    Range { min: f64, max: f64 },
}

impl Amount {
    /// The figure a reader would quote: the value, or a range's lower bound.
    pub fn lead(self) -> f64 {
        match self {
            Amount::Exact(v) => v,
            Amount::Range { min, .. } => min,
        }
    }
}

impl Serialize for Amount {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match *self {
            Amount::Exact(v) => serialize_figure(v, s),
            Amount::Range { min, max } => {
                let mut map = s.serialize_map(Some(2))?;
                map.serialize_entry("min", &Figure(min))?;
                map.serialize_entry("max", &Figure(max))?;
                map.end()
            }
        }
    }
}

/// A figure written as an integer when it is one (`4000000`, not `4000000.0`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Figure(pub f64);

impl Serialize for Figure {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_figure(self.0, s)
    }
}

fn serialize_figure<S: serde::Serializer>(v: f64, s: S) -> Result<S::Ok, S::Error> {
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        #[allow(clippy::cast_possible_truncation)]
        s.serialize_i64(v as i64)
    } else {
        // Round away binary noise (`0.1 + 0.2`) while keeping real precision.
        let rounded: f64 = format!("{v:.12}").parse().unwrap_or(v);
        s.serialize_f64(rounded)
    }
}

/// One recognized expression in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    pub dim: Dim,
    pub value: Amount,
    /// The article's own hedge, normalized (`almost`, `more than`, `up to`).
    pub qualifier: Option<&'static str>,
    /// `percent`, an ISO currency code, or a unit (`km`, `tonnes`, `days`).
    pub unit: Option<&'static str>,
    /// Name of the rule that made it.
    pub rule: &'static str,
    /// Byte range without the hedge: the figure with its currency or unit
    /// (`$3.5bn` in `nearly $3.5bn`), what other engines call the mention.
    pub core_start: usize,
    pub core_end: usize,
    /// Byte range of the bare figure, without hedge, currency or unit
    /// (`3.5bn` in `nearly $3.5bn`; `10-15` in `between 10-15 km`).
    pub figure_start: usize,
    pub figure_end: usize,
    /// Token range `first..last` (for later layers).
    #[serde(skip)]
    pub first: usize,
    #[serde(skip)]
    pub last: usize,
    /// The number was spelled in words only (`four`), not digits.
    #[serde(skip)]
    pub words: bool,
}

/// Every mention in `text`, in text order (the `scan` view).
pub fn scan(text: &str) -> Vec<Mention> {
    let t = tokens::Tokens::new(text);
    quantities::mentions(&t)
}

pub use draft::{ClaimKind, Draft, Value};

/// The claims of a text whose sentences are given as byte ranges, in text
/// order; `published` resolves relative dates (`on Tuesday`).
pub fn drafts(
    text: &str,
    sentences: &[std::ops::Range<usize>],
    published: Option<chrono::NaiveDate>,
) -> Vec<Draft> {
    let t = tokens::Tokens::new(text);
    let attrs = attribution::per_sentence(&t, sentences);
    let figures = counts::drafts(&t, &quantities::mentions(&t), sentences, &attrs);
    let dated = dates::anchors::merge_appositives(&t, dates::mentions(&t, published));
    let mut when = dates::claims::drafts(&t, &dated, sentences, &attrs, &figures);
    dates::anchors::resolve_spans(&t, &mut when);
    let records = votes::claims::drafts(&t, sentences, &attrs);
    let mut all = merge(figures, when, records);
    // Rules read hard-wrapped lines as one run, and the sentence splitter
    // does not always agree where a line break ends a sentence (`... before
    // the invasion` / `2.3 million refugees ...`): a quote never reaches
    // outside the sentence the claims file shows with it.
    for d in &mut all {
        d.sentence = d.sentence.start.min(d.quote.start)..d.sentence.end.max(d.quote.end);
    }
    all
}

/// All claims in text order. A figure inside a vote tally (`141 in favour`)
/// or a date (`20 days before the invasion`) is part of that claim, not a
/// claim of its own.
fn merge(figures: Vec<Draft>, dates: Vec<Draft>, votes: Vec<Draft>) -> Vec<Draft> {
    let mut spans: Vec<std::ops::Range<usize>> = dates
        .iter()
        .chain(&votes)
        .map(|d| d.quote.clone())
        .collect();
    spans.sort_by_key(|r| r.start);
    // The furthest end among spans starting before each point, so one
    // binary search tells whether a figure overlaps any of them.
    let mut reach = Vec::with_capacity(spans.len());
    let mut furthest = 0;
    for r in &spans {
        furthest = furthest.max(r.end);
        reach.push(furthest);
    }
    let covered = |d: &Draft| {
        let before = spans.partition_point(|r| r.start < d.quote.end);
        before > 0 && reach[before - 1] > d.quote.start
    };
    let mut all: Vec<Draft> = figures.into_iter().filter(|d| !covered(d)).collect();
    all.extend(dates);
    all.extend(votes);
    sort_in_place(&mut all, |d| (d.quote.start, d.quote.end));
    all
}

/// Stable sort by span without the scratch copy a stable sort of the
/// drafts themselves takes (half the claims of a long article): the order
/// is found on small keys, whose index breaks ties, and then the drafts
/// are moved into it one cycle of the permutation at a time.
fn sort_in_place<T>(all: &mut [T], key: impl Fn(&T) -> (usize, usize)) {
    if all.is_sorted_by_key(&key) {
        return;
    }
    let mut keys: Vec<(usize, usize, usize)> = all
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (a, b) = key(d);
            (a, b, i)
        })
        .collect();
    keys.sort_unstable();
    // `from[k]`: where the draft that belongs at `k` is now.
    let mut from: Vec<usize> = keys.into_iter().map(|(_, _, i)| i).collect();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != usize::MAX {
            let src = from[at];
            from[at] = usize::MAX;
            if src == start {
                break;
            }
            all.swap(at, src);
            at = src;
        }
    }
}

#[cfg(test)]
mod sort_tests {
    use super::sort_in_place;

    /// The in-place sort gives what a stable sort gives, ties included,
    /// over permutations with long cycles, fixed points and equal spans.
    #[test]
    fn sorts_as_a_stable_sort_does() {
        let mut seed = 0x2545_f491_u64;
        for len in [0usize, 1, 2, 3, 7, 64, 500] {
            for spread in [1usize, 3, 50] {
                let items: Vec<(usize, usize, usize)> = (0..len)
                    .map(|i| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        let start = (seed % spread as u64) as usize;
                        (start, start + (seed >> 20) as usize % 2, i)
                    })
                    .collect();
                let mut want = items.clone();
                want.sort_by_key(|x| (x.0, x.1));
                let mut got = items;
                sort_in_place(&mut got, |x| (x.0, x.1));
                assert_eq!(got, want, "len {len}, spread {spread}");
            }
        }
    }
}
