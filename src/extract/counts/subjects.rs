//! What an amount of money, a percentage or a measure is of: named after
//! it (`$400 million in aid`, `45% of voters`), before it through `of` (`a
//! deficit of 5.5%`), or as the subject of its verb (`Inflation rose to
//! 9.1%`, `turnout was 67%`). A percentage of a base (`5.5% of GDP`) is of
//! what is named before; a figure that moves (`shares rose 3%`) is the move.

mod measure;
mod money;
mod phrase;
mod share;
mod walk;
mod when;
mod words;

use self::phrase::{claim_at, last_amount, np_start, span, verb_only};
use self::when::{number_word, time_noun};
use self::words::{base_noun, clause_word, frame_noun, money_act, move_noun, recipient};
use super::lexicon::{month_word, person_noun};
use super::phrases::{Phrase, noun_phrase, text_of};
use super::rules::Judged;
use super::{ClaimKind, Context};
use crate::extract::tokens::Tokens;
use crate::extract::{Dim, Mention};

/// Money, percentages and measures are always claims; only their subject
/// needs finding.
pub fn amount(t: &Tokens, m: &Mention, cx: &Context) -> Judged {
    let np = object_phrase(t, m.last, cx.sentence_end, m.dim == Dim::Money);
    Judged {
        kind: ClaimKind::Quantity,
        subject: subject(t, m, cx).filter(|s| usable(s)),
        quote_end: if np.is_empty() { m.last } else { np.last },
        rule: match m.dim {
            Dim::Money => "money",
            Dim::Percent => "percent",
            _ => "measure",
        },
        inherits: false,
    }
}

/// The noun phrase the quote runs on to: skips `in`, `of`, `worth of`, and
/// for money `on` and `for` (`$400 million in aid`, `45% of voters`, `£1.5bn
/// on asylum accommodation`).
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

/// What follows a figure, as far as its subject goes.
enum After {
    Nothing,
    /// `$400 million in aid`.
    Noun(String),
    /// `5.5 percent of GDP`: a base, the subject only if nothing else is.
    Base(String),
    /// `45% of voters`: a share of a group.
    Part(String),
    /// `$52 million had been received`: money named by what is done with it.
    Act(String),
}

fn subject(t: &Tokens, m: &Mention, cx: &Context) -> Option<String> {
    let floor = cx.sentence_start;
    if let Some(d) = measure::distance(t, m, cx) {
        return Some(d);
    }
    // `£800m ($1bn)`: a conversion is of what the figure before it is.
    if m.first > floor + 1
        && t.low(m.first - 1) == "("
        && t.low(m.last) == ")"
        && let Some((d, _)) = claim_at(t, cx, m.first - 2)
        && d.subject.is_some()
    {
        return d.subject.clone();
    }
    let after = after(t, m, cx.sentence_end);
    if let Some(s) = of_before(t, m, cx, &after) {
        return Some(s);
    }
    match after {
        After::Noun(s) | After::Act(s) | After::Part(s) => Some(s),
        After::Base(s) => walk::before(t, m.first, m.dim, cx).or_else(|| {
            // `22% of its revenue` with nothing before: a share of the base.
            Some(if m.dim == Dim::Percent {
                share::of_group(s)
            } else {
                s
            })
        }),
        After::Nothing => walk::before(t, m.first, m.dim, cx)
            .or_else(|| money::cost(t, m, cx))
            .or_else(|| gapped_vote(t, m, cx))
            .or_else(|| share::poll_share(t, m, cx))
            .or_else(|| share::clause_share(t, m, cx)),
    }
}

/// The subject named after the figure, past a conversion in parentheses.
fn after(t: &Tokens, m: &Mention, end: usize) -> After {
    let mut k = m.last;
    // `85,000 rupiah ($5.40) for a ticket`: a conversion reads on past its
    // closing parenthesis.
    if t.low(k) == ")" && m.first > 0 && t.low(m.first - 1) == "(" {
        k += 1;
    } else if t.low(k) == "("
        && let Some(c) = (k + 1..(k + 8).min(end)).find(|&i| t.low(i) == ")")
    {
        k = c + 1;
    }
    // `£2bn a year for childcare`
    k += money::rate_len(t, k);
    let money = m.dim == Dim::Money;
    let prep = t.low(k);
    let act = (money && matches!(prep, "for" | "on" | "from"))
        .then(|| walk::act_before(t, m.first, 0))
        .flatten();
    let mut i = k;
    if prep == "worth" && t.low(k + 1) == "of" {
        i += 2;
    } else if matches!(prep, "in" | "of")
        || (money && matches!(prep, "on" | "for"))
        || act.is_some()
    {
        i += 1;
        if matches!(t.low(i), "the" | "a" | "an" | "all" | "its" | "their") {
            i += 1;
        }
    }
    if money
        && i == k
        && let Some(s) = money::moved(t, k, end)
    {
        return After::Act(s);
    }
    let np = noun_phrase(t, i, end);
    let Some(text) = text_of(t, &np) else {
        if m.dim == Dim::Percent
            && let Some(group) = share::elided_group(t, k, end)
        {
            return After::Part(group);
        }
        return if money && i == k {
            passive_act(t, k, end)
        } else {
            After::Nothing
        };
    };
    let first = t.low(np.first);
    let head = t.low(np.last - 1);
    let when = (np.first..np.last).any(|x| time_noun(t.low(x)) || month_word(t.low(x)));
    let clause = number_word(first)
        || clause_word(first)
        || (first.ends_with("ing")
            && matches!(t.low(np.first + 1), "the" | "a" | "an" | "its" | "their"));
    // `rose 5% in Germany`: where, not what.
    let place = prep == "in" && t.capitalized(np.last - 1);
    let for_whom = prep == "for"
        && (person_noun(head) || (np.first..np.last + 3).any(|x| recipient(t.low(x))));
    if when || clause || place || for_whom {
        After::Nothing
    } else if prep == "of" && base_noun(head) {
        After::Base(text)
    } else if prep == "of" && m.dim == Dim::Percent {
        After::Part(share::of_group(text))
    } else if let Some(act) = act {
        // `needs $4.2bn for its response plan`, `spent $3bn on tanks`,
        // `released $2m from its reserve fund`
        After::Noun(format!("{act} {prep} {text}"))
    } else if money && prep == "for" {
        // `£6bn for new hospitals`: money with a purpose, not the purpose.
        After::Noun(format!("money for {text}"))
    } else if move_noun(head) && t.low(np.last) == "in" {
        // `a 5% rise in profits`
        let what = noun_phrase(t, np.last + 1, end);
        After::Noun(text_of(t, &what).map_or(text.clone(), |w| format!("{text} in {w}")))
    } else {
        After::Noun(text)
    }
}

/// `$52 million had been received`, `€8 billion would be transferred to
/// the Fund`: the money is named by the act.
fn passive_act(t: &Tokens, k: usize, end: usize) -> After {
    let mut j = k;
    while j < end
        && matches!(
            t.low(j),
            "had"
                | "has"
                | "have"
                | "been"
                | "was"
                | "were"
                | "will"
                | "would"
                | "be"
                | "is"
                | "are"
        )
    {
        j += 1;
    }
    let w = t.low(j);
    let Some(act) = money_act(w).filter(|_| j > k && j < end && verb_only(w)) else {
        return After::Nothing;
    };
    let mut s = act.to_string();
    let prep = t.low(j + 1);
    if matches!(prep, "to" | "for") {
        let mut q = j + 2;
        if matches!(t.low(q), "the" | "its" | "their") {
            q += 1;
        }
        if let Some(x) = text_of(t, &noun_phrase(t, q, end)) {
            s = format!("{s} {prep} {x}");
        }
    }
    After::Act(s)
}

/// `a deficit of 5.5%`, `a lump sum of €400`, `a rise of 126%`: the noun
/// before `of`; a frame like `a peak of` or `a total of` stands for the
/// subject named elsewhere.
fn of_before(t: &Tokens, m: &Mention, cx: &Context, after: &After) -> Option<String> {
    let floor = cx.sentence_start;
    // `a shortfall in excess of $1bn`: the hedge holds the `of`.
    let hedge_of =
        m.qualifier.is_some() && (m.first + 1..m.last.min(m.first + 4)).any(|x| t.low(x) == "of");
    let mut e = if hedge_of {
        m.first
    } else if m.first > floor + 1 && t.low(m.first - 1) == "of" {
        m.first - 1
    } else {
        return None;
    };
    if e <= floor {
        return None;
    }
    // `a case fatality rate (CFR) of 0.7%`
    if t.low(e - 1) == ")"
        && let Some(o) = (e.saturating_sub(6).max(floor)..e - 1)
            .rev()
            .find(|&o| t.low(o) == "(")
    {
        e = o;
    }
    let s = np_start(t, e, floor)?;
    // `a margin of error of 3 points`: the noun the `of` phrase qualifies.
    let text = span(t, phrase::extend(t, s, floor), e);
    let frame = (s..e).all(|x| {
        let w = t.low(x);
        frame_noun(w) || matches!(w, "new" | "all" | "time" | "-" | "historic")
    });
    if frame {
        if let After::Noun(x) = after {
            return Some(x.clone());
        }
        let mut b = s;
        while b > floor && matches!(t.low(b - 1), "a" | "an" | "the" | "its" | "their") {
            b -= 1;
        }
        return walk::before(t, b, m.dim, cx).or(Some(text));
    }
    match after {
        // `a drop of 2% in energy spending`
        After::Noun(x) if move_noun(t.low(e - 1)) && t.low(m.last) == "in" => {
            Some(format!("{text} in {x}"))
        }
        _ => Some(text),
    }
}

/// `the Liberals took 5.1%, and the Greens 4.5%`: a share with its verb left
/// out after a party's vote share.
fn gapped_vote(t: &Tokens, m: &Mention, cx: &Context) -> Option<String> {
    if m.dim != Dim::Percent {
        return None;
    }
    let earlier = last_amount(cx)?.subject.as_deref()?;
    if !earlier.starts_with("vote for ") {
        return None;
    }
    let s = np_start(t, m.first, cx.sentence_start)?;
    (s..m.first)
        .any(|x| t.capitalized(x))
        .then(|| format!("vote for {}", span(t, s, m.first)))
}

/// A lone verb, number or time is never what a figure is of.
fn usable(s: &str) -> bool {
    let w = s.to_lowercase();
    !w.is_empty()
        && (w.contains(' ')
            || !(verb_only(&w) || number_word(&w) || time_noun(&w) || clause_word(&w)))
}
