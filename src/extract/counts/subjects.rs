//! What an amount of money, a percentage or a measure is of: named after
//! it (`$400 million in aid`, `45% of voters`) or before it (`Inflation rose
//! to 9.1%`, `turnout was 67%`).

use super::lexicon::{month_word, participle, stop_word};
use super::phrases::{Phrase, noun_phrase, text_of};
use super::rules::Judged;
use super::{ClaimKind, Context};
use crate::extract::tokens::Tokens;
use crate::extract::{Dim, Mention};

/// Money, percentages and measures are always claims; only their subject
/// needs finding.
pub fn amount(t: &Tokens, m: &Mention, cx: &Context) -> Judged {
    let np = object_phrase(t, m.last, cx.sentence_end, m.dim == Dim::Money);
    let subject = text_of(t, &np).or_else(|| subject_before(t, m.first, cx));
    Judged {
        kind: ClaimKind::Quantity,
        subject,
        quote_end: if np.is_empty() { m.last } else { np.last },
        rule: match m.dim {
            Dim::Money => "money",
            Dim::Percent => "percent",
            _ => "measure",
        },
        inherits: false,
    }
}

/// The noun phrase after an amount of money or a percentage: skips `in`,
/// `of`, `worth of`, and for money `on` and `for` (`$400 million in aid`,
/// `45% of voters`, `£1.5bn on asylum accommodation`).
fn object_phrase(t: &Tokens, i: usize, end: usize, money: bool) -> Phrase {
    let mut k = i;
    if t.low(k) == "worth" && t.low(k + 1) == "of" {
        k += 2;
    } else if matches!(t.low(k), "in" | "of") || (money && matches!(t.low(k), "on" | "for")) {
        k += 1;
        if matches!(t.low(k), "the" | "all" | "its" | "their") {
            k += 1;
        }
    }
    let np = noun_phrase(t, k, end);
    // `9.1% in June`, `£2bn in 2022`: when, not what.
    if np.is_empty() || np.last == np.first + 1 && month_word(t.low(np.first)) {
        Phrase { first: i, last: i }
    } else {
        np
    }
}

/// What a rate or an amount is of, when it is named before the figure:
/// `Inflation rose to 9.1%`, `Ukraine's economy is expected to shrink by
/// 45.1 per cent`, `turnout was 67%`, `the deal is worth $3bn`.
fn subject_before(t: &Tokens, first: usize, cx: &Context) -> Option<String> {
    let mut k = first;
    let mut skipped = 0;
    while k > cx.sentence_start && skipped < 6 {
        let w = t.low(k - 1);
        let linking = matches!(
            w,
            "to" | "at"
                | "by"
                | "of"
                | "from"
                | "was"
                | "is"
                | "were"
                | "are"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "could"
                | "expected"
                | "forecast"
                | "projected"
                | "set"
                | "worth"
                | "stood"
                | "stands"
                | "reached"
                | "hit"
                | "rose"
                | "fell"
                | "grew"
                | "shrank"
                | "shrink"
                | "grow"
                | "rise"
                | "fall"
                | "jumped"
                | "climbed"
                | "dropped"
                | "declined"
                | "increased"
                | "decreased"
                | "contracted"
                | "expanded"
                | "slowed"
                | "eased"
                | "soared"
                | "slumped"
                | "totalled"
                | "totaled"
                | "totals"
                | "cost"
                | "costs"
                | "valued"
                | "estimated"
                | "put"
                | "now"
                | "about"
        ) || (w.ends_with("ly") && w.len() > 4);
        if !linking {
            break;
        }
        k -= 1;
        skipped += 1;
    }
    if skipped == 0 {
        return None;
    }
    // The noun phrase ending at `k`: up to three words, no verbs or determiners.
    let end = k;
    let mut start = k;
    while start > cx.sentence_start && end - start < 3 {
        let j = start - 1;
        let w = t.low(j);
        if !t.is_word(j) || stop_word(w) || participle(w) || w.ends_with("ly") {
            break;
        }
        start = j;
    }
    if start == end || !t.is_word(end - 1) {
        return None;
    }
    Some(t.text[t.toks[start].start..t.toks[end - 1].end].to_string())
}
