//! What an attribution is: the source as written, whether it is a person
//! or a body (so `she` and `it` can find it later), and whether it still
//! refers back (`the agency`).

use super::lexicon::{org_noun, person_noun, source_noun};
use super::phrase::{backward, display, head_word, is_name};
use crate::extract::counts::anaphor;
use crate::extract::tokens::Tokens;

/// What an anaphoric attribution may refer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refers {
    /// `he`, `she`
    Person,
    /// `it`
    Thing,
    /// `they`, `the data`
    Any,
    /// `the agency`, `the ministry`: a source whose name holds the noun.
    Noun(String),
}

/// One attribution in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// Token index where the attribution stands (claims take the nearest one
    /// before them, else the first trailing one after).
    pub at: usize,
    /// The source as written, without a leading `the` (`UNHCR`, `UN`,
    /// `Ukraine's Foreign Ministry`).
    pub source: String,
    /// `he`, `the agency`: refers back to a source named earlier, and is
    /// not resolved yet.
    pub anaphoric: bool,
    pub rule: &'static str,
    /// Also covers figures before it (`..., the ministry said`); a leading
    /// `X said ...` covers only what follows.
    pub trailing: bool,
    /// Not a source: a new clause with its own actor (`..., and Japan
    /// pledged ...`) ends the reach of the attribution before it.
    pub void: bool,
    pub(crate) refers: Option<Refers>,
    /// The verb says what the source did (`Italy registered 42,000
    /// arrivals`): a trailing `..., ministry figures show` outranks it.
    pub weak: bool,
    /// Whether the source is a person (`she` may refer to it).
    pub(crate) person: Person,
    /// The source is a body, not people (`it` may refer to it).
    pub(crate) body: bool,
    /// Lowercase words describing the source, for `the agency` later.
    pub(crate) key: String,
}

impl Attribution {
    pub(super) fn named(
        t: &Tokens,
        s: usize,
        e: usize,
        at: usize,
        rule: &'static str,
    ) -> Attribution {
        let refers = (e == s + 1 && s > 0 && t.low(s - 1) == "the" && !t.capitalized(s))
            .then(|| t.low(s))
            .filter(|w| anaphor(w) || org_noun(w) || person_noun(w))
            .map(|w| Refers::Noun(w.to_string()));
        // `council leader Jane Doe`: a lowercase title before a person's
        // name describes her; the name is the source.
        let named_from = (s..e)
            .find(|&k| !t.capitalized(k) && person_noun(t.low(k)))
            .map(|k| k + 1)
            .filter(|&n| e >= n + 2 && (n..e).all(|k| is_name(t, k)))
            .unwrap_or(s);
        Attribution {
            at,
            source: display(t, named_from, e),
            anaphoric: refers.is_some(),
            rule,
            trailing: false,
            void: false,
            weak: false,
            refers,
            person: person(t, s, e),
            body: is_body(t, s, e),
            key: key(t, s, e),
        }
    }

    pub(super) fn pronoun(
        t: &Tokens,
        i: usize,
        at: usize,
        rule: &'static str,
    ) -> Option<Attribution> {
        let refers = match t.low(i) {
            "he" | "she" => Refers::Person,
            "it" => Refers::Thing,
            "they" => Refers::Any,
            _ => return None,
        };
        Some(Attribution {
            at,
            source: t.raw(i).to_string(),
            anaphoric: true,
            rule,
            trailing: false,
            void: false,
            weak: false,
            refers: Some(refers),
            person: Person::No,
            body: false,
            key: String::new(),
        })
    }

    pub(super) fn void(at: usize) -> Attribution {
        Attribution {
            at,
            source: String::new(),
            anaphoric: false,
            rule: "new-clause",
            trailing: false,
            void: true,
            weak: false,
            refers: None,
            person: Person::No,
            body: false,
            key: String::new(),
        }
    }

    /// `The World Bank approved ..., the bank said`: a bare noun refers to
    /// a name holding it earlier in the same sentence.
    pub(super) fn resolve_here(mut self, t: &Tokens, first: usize, s: usize) -> Attribution {
        let Some(Refers::Noun(w)) = &self.refers else {
            return self;
        };
        let found = (first + 1..s.saturating_sub(1))
            .rev()
            .find(|&k| t.capitalized(k) && t.low(k) == w && is_name(t, k - 1));
        if let Some((ps, pe)) = found.and_then(|k| backward(t, first, k + 1)) {
            let named = Attribution::named(t, ps, pe, self.at, self.rule);
            self.source = named.source;
            self.key = named.key;
            self.person = named.person;
            self.body = named.body;
            self.refers = None;
            self.anaphoric = false;
        }
        self
    }

    pub(super) fn trailing(mut self, yes: bool) -> Attribution {
        self.trailing = yes;
        self
    }
}

pub(super) fn key(t: &Tokens, s: usize, e: usize) -> String {
    (s..e)
        .filter(|&k| t.is_word(k))
        .map(|k| t.low(k).trim_end_matches("'s"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a source phrase surely names a person: a person noun stands in
/// it (`spokesman for the Environment Agency`, `Mayor Ana Reyes`).
pub(super) fn is_person(t: &Tokens, s: usize, e: usize) -> bool {
    let head = head_word(t, s, e);
    let stop = (s..e)
        .find(|&k| matches!(t.low(k), "of" | "for" | "("))
        .unwrap_or(e);
    !org_noun(head) && (s..stop).any(|k| t.is_word(k) && person_noun(t.low(k)))
}

/// Whether a source phrase may name a person: two to four capitalized
/// words that name no body (`Marta Keller`, but also `Red Cross`).
fn maybe_person(t: &Tokens, s: usize, e: usize) -> bool {
    if is_person(t, s, e) {
        return true;
    }
    let words: Vec<usize> = (s..e).filter(|&k| t.is_word(k)).collect();
    (2..=4).contains(&words.len())
        && (s..e).all(|k| t.is_word(k))
        && words.iter().all(|&k| {
            let raw = t.raw(k);
            t.capitalized(k)
                && !org_noun(t.low(k))
                && !raw.contains('\'')
                && raw.chars().skip(1).any(char::is_lowercase)
        })
}

/// Whether a source phrase names a body `it` may stand for: its head is an
/// organisation noun or a name that is not a person's (`officials` is not).
fn is_body(t: &Tokens, s: usize, e: usize) -> bool {
    let head = head_word(t, s, e);
    org_noun(head) || (!is_person(t, s, e) && !source_noun(head))
}

/// How sure it is that a source is a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Person {
    #[default]
    No,
    /// A name that could be a person's (`Marta Keller`, `Red Cross`).
    Maybe,
    /// A title or role says so (`Mayor Ana Reyes`, `a spokeswoman`).
    Surely,
}

fn person(t: &Tokens, s: usize, e: usize) -> Person {
    if is_person(t, s, e) {
        Person::Surely
    } else if maybe_person(t, s, e) {
        Person::Maybe
    } else {
        Person::No
    }
}
