//! Who made a claim, as ClaimReview's `itemReviewed.author`: a `Person` or
//! an `Organization`, from the attribution the extractor recorded
//! (`source:`), which is a phrase as the article wrote it.
//!
//! The rule, in order:
//! 1. A source that names nobody is left out (`officials`, `the
//!    government`, `Economists`, `finance minister`): every word is a
//!    generic noun or lowercase. Outside the article such an author tells an
//!    aggregator nothing, and a wrong `author` is worse than none.
//! 2. A `Person` when a title or role says so: an honorific (`Mr`, `Dr`,
//!    `Cllr`) or a person noun before any `of`/`for` (`Home Secretary`,
//!    `NATO's secretary-general`, `spokesman for the Environment Agency`,
//!    `Foreign Minister Sergei Lavrov`), unless the phrase ends in an
//!    organisation noun (`French president's office`).
//! 3. A `Person` when it has the shape of a personal name: two or three
//!    capitalized words, none an acronym, an organisation noun, a word
//!    common in institutions' names (`Red Cross`, `World Food Programme`)
//!    or a suffix no name has (`Western Power Distribution`).
//! 4. Otherwise an `Organization`. Single words are mostly bodies and
//!    places standing for governments in news copy (`UNHCR`, `Moscow`,
//!    `INSEE`); a bare surname (`Lavrov`) is mislabelled, which is why rule
//!    2 and 3 look for a title or a full name first.
//!
//! The nouns are the attribution extractor's own lexicon, so "what counts as
//! an organisation" means the same thing in both places.

use crate::extract::attribution::lexicon::{function_word, org_noun, person_noun, source_noun};

/// schema.org type of a claim's author.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorKind {
    Person,
    Organization,
}

impl AuthorKind {
    pub fn schema_type(self) -> &'static str {
        match self {
            AuthorKind::Person => "Person",
            AuthorKind::Organization => "Organization",
        }
    }
}

/// The kind of author an attribution names; `None` when it names nobody.
pub fn author_kind(source: &str) -> Option<AuthorKind> {
    let words: Vec<&str> = source
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"')))
        .filter(|w| !w.is_empty())
        .collect();
    if !words.iter().any(|w| is_name_word(w)) {
        return None;
    }
    let stop = words
        .iter()
        .position(|w| matches!(w.to_lowercase().as_str(), "of" | "for" | "at" | "with"))
        .unwrap_or(words.len());
    let before = &words[..stop];
    let head = before.last().map(|w| bare(w)).unwrap_or_default();
    let titled = before.first().is_some_and(|w| honorific(&bare(w)))
        || before.iter().any(|w| bare(w).split('-').any(person_noun));
    if titled && !head.split('-').any(org_noun) {
        return Some(AuthorKind::Person);
    }
    if personal_name(&words) {
        return Some(AuthorKind::Person);
    }
    Some(AuthorKind::Organization)
}

/// A word lowercased, without a possessive and surrounding dots.
fn bare(w: &str) -> String {
    let low = w.to_lowercase();
    let low = low
        .strip_suffix("'s")
        .or_else(|| low.strip_suffix("\u{2019}s"))
        .unwrap_or(&low);
    low.trim_matches(|c: char| c == '.' || c == '\'' || c == '\u{2019}')
        .to_string()
}

/// A capitalized word that is not a generic noun: part of a name.
fn is_name_word(w: &str) -> bool {
    if !w
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    let b = bare(w);
    let generic = |s: &str| source_noun(s) || org_noun(s) || person_noun(s) || function_word(s);
    let singular = b.strip_suffix('s').filter(|s| !s.is_empty());
    !(generic(&b) || singular.is_some_and(generic))
}

fn honorific(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "prof"
            | "professor"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
    )
}

/// `Marta Keller`, `Priya Shah`: two or three words shaped like a name.
fn personal_name(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            let rest: Vec<char> = chars.collect();
            let b = bare(w);
            first_upper
                && rest.iter().any(|c| c.is_lowercase())
                && rest
                    .iter()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
                && !w.ends_with("'s")
                && !w.ends_with("\u{2019}s")
                && !org_noun(&b)
                && !institution_word(&b)
                && ![
                    "tion", "sion", "ment", "ness", "ity", "ship", "ics", "ism", "ogy",
                ]
                .iter()
                .any(|s| b.ends_with(s))
        })
}

/// Words frequent in the names of bodies, places and brands, and in no
/// person's name.
fn institution_word(w: &str) -> bool {
    matches!(
        w,
        "red"
            | "cross"
            | "crescent"
            | "national"
            | "international"
            | "world"
            | "global"
            | "united"
            | "european"
            | "federal"
            | "royal"
            | "central"
            | "western"
            | "eastern"
            | "northern"
            | "southern"
            | "american"
            | "british"
            | "power"
            | "energy"
            | "health"
            | "food"
            | "rights"
            | "refugees"
            | "news"
            | "press"
            | "times"
            | "post"
            | "general"
            | "public"
            | "state"
            | "city"
            | "county"
            | "republic"
            | "kingdom"
            | "airlines"
            | "motors"
            | "group"
            | "holdings"
            | "partners"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<&'static str> {
        author_kind(s).map(AuthorKind::schema_type)
    }

    #[test]
    fn bodies_acronyms_and_places_are_organizations() {
        for s in [
            "UNHCR",
            "UN",
            "U.N. refugee agency",
            "World Bank",
            "World Food Programme",
            "Ukraine's Foreign Ministry",
            "Russian Foreign Ministry",
            "Office of the U.N. High Commissioner for Refugees (UNHCR)",
            "Association of American Railroads",
            "Moscow",
            "EU officials",
            "French president's office",
            "Western Power Distribution",
            "Red Cross",
            "European Union",
            "state weather agency PAGASA",
        ] {
            assert_eq!(kind(s), Some("Organization"), "{s}");
        }
    }

    #[test]
    fn titles_roles_and_full_names_are_people() {
        for s in [
            "Marta Keller",
            "Cllr Priya Shah",
            "Cllr Shah",
            "Home Secretary",
            "NATO's secretary-general",
            "spokesman for the Environment Agency",
            "Minister for Finance",
            "US special envoy for Sudan",
            "Foreign Minister Sergei Lavrov",
            "Dr Tedros",
        ] {
            assert_eq!(kind(s), Some("Person"), "{s}");
        }
    }

    #[test]
    fn sources_that_name_nobody_have_no_author() {
        for s in [
            "officials",
            "Officials",
            "Economists",
            "government",
            "Government",
            "finance minister",
            "regional emergency director",
            "Unions",
            "",
            "   ",
        ] {
            assert_eq!(kind(s), None, "{s:?}");
        }
    }
}
