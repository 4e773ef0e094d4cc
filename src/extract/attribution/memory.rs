//! Who `he`, `it` and `the agency` refer to: the last source the article
//! named that fits (a person for `she`, an organisation for `it`, a source
//! whose name holds the noun for `the ministry`).

use super::source::{Attribution, Person, Refers};

/// How many sentences back a pronoun may reach.
const PRONOUN_REACH: usize = 3;
/// How many sentences back `the ministry` may reach a named ministry.
const NOUN_REACH: usize = 6;

/// A named source and the sentence it was named in.
#[derive(Debug, Clone)]
struct Named {
    sentence: usize,
    source: String,
    key: String,
    person: Person,
    body: bool,
}

/// The sources named so far, latest last.
#[derive(Debug, Default)]
pub struct Memory {
    named: Vec<Named>,
}

/// Organisation nouns general enough to mean whichever body spoke last.
fn generic_org(w: &str) -> bool {
    matches!(
        w,
        "agency" | "organisation" | "organization" | "group" | "body" | "charity" | "mission"
    )
}

/// Person nouns general enough to mean whichever person spoke last.
fn generic_person(w: &str) -> bool {
    matches!(w, "spokesman" | "spokeswoman" | "spokesperson" | "official")
}

impl Memory {
    /// Resolves the anaphors of one sentence's attributions in order (a
    /// pronoun may refer to a source named earlier in the same sentence),
    /// and remembers the named ones. Unresolved pronouns are dropped; an
    /// unresolved `the ministry` keeps its word, which still tells the
    /// checker where to look.
    pub fn resolve(&mut self, attrs: &mut Vec<Attribution>, si: usize) {
        attrs.retain_mut(|a| {
            if a.void {
                return true;
            }
            let Some(refers) = a.refers.clone() else {
                self.remember(a, si);
                return true;
            };
            match self.find(&refers, si) {
                Some((n, sure)) => {
                    a.source = n.source.clone();
                    a.key = n.key.clone();
                    a.person = n.person;
                    a.body = n.body;
                    // A guess (`the agency` as the last body named) stays
                    // open: a figure that continues an earlier one may
                    // still take that figure's source instead.
                    a.anaphoric = !sure;
                    a.refers = None;
                    self.remember(a, si);
                    true
                }
                None => matches!(refers, Refers::Noun(_)),
            }
        });
    }

    fn remember(&mut self, a: &Attribution, si: usize) {
        self.named.retain(|n| n.source != a.source);
        self.named.push(Named {
            sentence: si,
            source: a.source.clone(),
            key: a.key.clone(),
            person: a.person,
            body: a.body,
        });
        if self.named.len() > 16 {
            self.named.remove(0);
        }
    }

    /// The referent, and whether it is sure (a pronoun of the right kind,
    /// or a noun in the referent's name) or a guess.
    fn find(&self, refers: &Refers, si: usize) -> Option<(&Named, bool)> {
        let near = |reach: usize| {
            self.named
                .iter()
                .rev()
                .take_while(move |n| n.sentence + reach >= si)
        };
        match refers {
            // A titled person first, else a name that may be one.
            Refers::Person => near(PRONOUN_REACH)
                .find(|n| n.person == Person::Surely)
                .or_else(|| near(PRONOUN_REACH).find(|n| n.person == Person::Maybe))
                .map(|n| (n, true)),
            Refers::Thing => near(PRONOUN_REACH).find(|n| n.body).map(|n| (n, true)),
            Refers::Any => near(PRONOUN_REACH).next().map(|n| (n, true)),
            Refers::Noun(w) => {
                let stem = w.trim_end_matches('s');
                let named = near(NOUN_REACH).find(|n| {
                    n.key
                        .split_whitespace()
                        .any(|k| k.trim_end_matches('s') == stem)
                });
                let fits = |n: &&Named| {
                    (generic_org(w) && n.body) || (generic_person(w) && n.person == Person::Surely)
                };
                named
                    .map(|n| (n, true))
                    .or_else(|| near(PRONOUN_REACH).find(fits).map(|n| (n, false)))
            }
        }
    }
}
