//! "Did you mean": the verdict an editor meant by a name not on the scale.
//!
//! Distances come from `strsim`, which clap already compiles into the binary
//! for its own suggestions, so using it costs nothing; its optimal-string-
//! alignment distance counts two swapped letters (`accuarte`) as one edit,
//! the commonest typing slip, where plain Levenshtein counts two.
//!
//! Before measuring, case, spaces and underscores are folded, so the label
//! (`Mostly accurate`) and snake case (`mostly_accurate`) find the name
//! outright. A suggestion is made only within a third of the name's length
//! (at least one edit): `true` is not "close" to `accurate`, and a wild
//! guess would be worse than the list of names the message gives instead.

use super::{Scale, Verdict};

fn fold(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            ' ' | '_' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

pub(super) fn closest<'a>(scale: &'a Scale, written: &str) -> Option<&'a Verdict> {
    let w = fold(written);
    if w.is_empty() {
        return None;
    }
    if let Some(v) = scale
        .verdicts()
        .iter()
        .find(|v| fold(&v.name) == w || fold(&v.label) == w)
    {
        return Some(v);
    }
    let mut best: Option<(usize, &Verdict)> = None;
    for v in scale.verdicts() {
        let name = fold(&v.name);
        let d = strsim::osa_distance(&w, &name);
        let limit = (name.chars().count() / 3).max(1);
        if d <= limit && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, v));
        }
    }
    best.map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meant(s: &str) -> Option<String> {
        Scale::default().suggest(s).map(|v| v.name.clone())
    }

    #[test]
    fn typos_find_the_verdict() {
        assert_eq!(meant("acurate").as_deref(), Some("accurate"));
        assert_eq!(meant("accuarte").as_deref(), Some("accurate"));
        assert_eq!(meant("innacurate").as_deref(), Some("inaccurate"));
        assert_eq!(meant("mislead").as_deref(), Some("misleading"));
        assert_eq!(meant("needs-reckeck").as_deref(), Some("needs-recheck"));
        assert_eq!(meant("unverifable").as_deref(), Some("unverifiable"));
    }

    #[test]
    fn labels_case_and_separators_fold() {
        assert_eq!(meant("Mostly accurate").as_deref(), Some("mostly-accurate"));
        assert_eq!(meant("mostly_accurate").as_deref(), Some("mostly-accurate"));
        assert_eq!(meant("ACCURATE").as_deref(), Some("accurate"));
        assert_eq!(meant("Needs re-check").as_deref(), Some("needs-recheck"));
    }

    #[test]
    fn no_wild_guesses() {
        assert_eq!(meant("true"), None);
        assert_eq!(meant("false"), None);
        assert_eq!(meant(""), None);
        assert_eq!(meant("x"), None);
        assert_eq!(meant("pants on fire"), None);
    }
}
