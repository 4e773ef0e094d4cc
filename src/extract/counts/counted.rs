//! What a plain number counts: the noun phrase after it, or after `of` in a
//! vague amount or a part of a whole (`hundreds of residents`, `43 of 110
//! water points`, `498 of its soldiers`, `1,200 of them`).

use super::lexicon::{casualty_cue, person_noun, refugee_noun, stop_word};
use super::phrases::{Phrase, noun_phrase};
use super::rules::{Judged, join};
use super::treatment::care_word;
use super::{ClaimKind, Context, Draft};
use crate::extract::tokens::{Kind, Tokens};
use crate::extract::{Amount, Mention};

pub struct Counted<'d> {
    /// The counted noun phrase (empty when the noun is elided).
    pub np: Phrase,
    /// The token after the figure and whatever `of ...` was read with it.
    pub after: usize,
    /// `1,200 of them`: the claim `them` refers to.
    pub of_them: Option<&'d Draft>,
    /// The subject, when it comes from a claim referred to.
    pub inherited: Option<String>,
}

pub fn counted_phrase<'d>(t: &Tokens, m: &Mention, cx: &'d Context) -> Counted<'d> {
    let mut k = m.last;
    // `hundreds of thousands more people`, `2,000 additional troops`, `300 more were hurt`
    if matches!(t.low(k), "more" | "additional" | "extra")
        && t.is_word(k + 1)
        && (!stop_word(t.low(k + 1)) || t.low(k + 1) != "than")
    {
        k += 1;
    }
    let np = noun_phrase(t, k, cx.sentence_end);
    let none = |np: Phrase| Counted {
        after: if np.is_empty() { k } else { np.last },
        np,
        of_them: None,
        inherited: None,
    };
    if !np.is_empty() || t.low(k) != "of" {
        return none(np);
    }
    let vague = m.words && matches!(m.value, Amount::Range { .. });
    let mut j = k + 1;
    if matches!(
        t.low(j),
        "the" | "its" | "their" | "his" | "her" | "our" | "these" | "those"
    ) {
        j += 1;
    }
    // `11 of Sudan's 18 states`, `9 of the country's 26 provinces`
    if t.low(j).ends_with("'s") && j + 1 < cx.sentence_end {
        j += 1;
    }
    if !vague && t.low(j) == "them" {
        let d = cx.previous_in_sentence().or_else(|| cx.previous());
        return Counted {
            np: Phrase {
                first: m.last,
                last: m.last,
            },
            after: j + 1,
            inherited: d.and_then(|d| d.subject.clone()),
            of_them: d,
        };
    }
    // `43 of 110 water points`, `79 of the 230 seats`: the whole's figure.
    if !vague {
        while t.kind(j) == Some(Kind::Digits)
            || (t.low(j) == "," && t.glued(j) && t.kind(j + 1) == Some(Kind::Digits))
        {
            j += 1;
        }
    }
    let np = noun_phrase(t, j, cx.sentence_end);
    if np.is_empty() {
        return none(Phrase {
            first: m.last,
            last: m.last,
        });
    }
    none(np)
}

/// Whether the figure is the whole in a part-of-whole phrase (`many of the
/// region's 4 million residents`, `79 of the 230 seats`): what the sentence
/// says happened is said of the part.
pub fn whole_of_part(t: &Tokens, first: usize, start: usize) -> bool {
    let mut k = first;
    // `of the region's 4 million`, `of its 300`
    if k > start && t.low(k - 1).ends_with("'s") {
        k -= 1;
    }
    if k > start
        && matches!(
            t.low(k - 1),
            "the" | "its" | "their" | "his" | "her" | "our"
        )
    {
        k -= 1;
    }
    k >= start + 2
        && t.low(k - 1) == "of"
        && (t.kind(k - 2) == Some(Kind::Digits)
            || matches!(
                t.low(k - 2),
                "many"
                    | "some"
                    | "most"
                    | "half"
                    | "all"
                    | "none"
                    | "several"
                    | "few"
                    | "majority"
                    | "third"
                    | "quarter"
                    | "fifth"
                    | "tenth"
                    | "each"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "thousands"
                    | "hundreds"
                    | "dozens"
            ))
}

/// `including 15 children`, `among them six children`: a part of the
/// casualty or refugee figure just before in the sentence is of its kind.
pub fn subset(t: &Tokens, m: &Mention, cx: &Context, phrase: Option<&str>) -> Option<Judged> {
    let prev = if m.first > cx.sentence_start {
        t.low(m.first - 1)
    } else {
        ""
    };
    let among_them = prev == "them" && m.first >= 2 && t.low(m.first - 2) == "among";
    if prev != "including" && !among_them {
        return None;
    }
    let d = cx.previous_in_sentence()?;
    let what = d.subject.as_deref().and_then(|s| s.rsplit(' ').next());
    let described = described_as(t, m.last, cx.sentence_end);
    let phrase = phrase.or(described.as_deref());
    let subject = match d.kind {
        ClaimKind::Casualties => {
            let cue = what.and_then(casualty_cue).map(|c| match c {
                "deaths" | "casualties" => "killed",
                c => c,
            });
            // `58 people were being treated, including nine children`
            let cue = cue.or(what.filter(|w| care_word(w)));
            match cue {
                Some(c) => join(phrase, c),
                None => phrase.map(str::to_string),
            }
        }
        ClaimKind::Refugees => phrase.map(str::to_string).or(d.subject.clone()),
        _ => return None,
    };
    Some(Judged {
        kind: d.kind,
        subject,
        quote_end: m.last,
        rule: "subset",
        inherits: false,
    })
}

/// `arrivals` counts migrants when the sentence, or the refugee figure just
/// before it, is about migration (`42,000 arrivals by sea`), not tourists.
pub fn arrivals(t: &Tokens, np: &Phrase, cx: &Context) -> bool {
    if np.is_empty() || t.low(np.last - 1) != "arrivals" {
        return false;
    }
    (t.low(np.last) == "by" && matches!(t.low(np.last + 1), "sea" | "boat" | "land" | "small"))
        || cx.previous_of(ClaimKind::Refugees).is_some()
        || (cx.sentence_start..cx.sentence_end).any(|k| {
            let w = t.low(k);
            refugee_noun(w)
                || matches!(
                    w,
                    "migrant" | "boat" | "boats" | "crossings" | "smugglers" | "smuggling"
                )
        })
}

/// A people named by nationality (`500,000 Sudanese`, `6,000 Afghans`).
pub fn nationality(t: &Tokens, k: usize) -> bool {
    let w = t.low(k);
    w.ends_with("ians")
        || w.ends_with("ans")
        || (t.capitalized(k) && w.len() > 4 && (w.ends_with("ese") || w.ends_with("is")))
}

/// `two who appear to be children`, `three who were soldiers`: people
/// counted by a word alone, described by the relative clause after it.
fn described_as(t: &Tokens, k: usize, end: usize) -> Option<String> {
    if t.low(k) != "who" {
        return None;
    }
    let j = (k + 1..end.min(k + 6)).find(|&j| matches!(t.low(j), "be" | "were" | "are" | "was"))?;
    let j = if matches!(t.low(j + 1), "a" | "an") {
        j + 2
    } else {
        j + 1
    };
    (j < end && person_noun(t.low(j))).then(|| t.raw(j).to_string())
}
