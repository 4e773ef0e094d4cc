//! Claim IDs: readable, and stable across re-extraction.
//!
//! An ID is `<kind>-<who>-<n>`: `who` is the source, else the subject (for
//! dates the event, for votes the actor or body: see `claims::id_parts`), and
//! `n` counts claims with the same stem in article order. A claim added or
//! removed elsewhere only shifts IDs that share its exact stem.

/// Lowercase ASCII words joined by `-`, at most `max` bytes, cut at a word.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    w.to_ascii_lowercase().as_str(),
                    "the" | "s" | "of" | "in" | "and" | "for" | "on" | "at" | "to" | "a" | "an"
                )
        })
    {
        let w = word.to_ascii_lowercase();
        if !out.is_empty() && out.len() + 1 + w.len() > max {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w[..w.len().min(max)]);
    }
    out
}

/// IDs for claims given as `(kind, source, subject)`, in article order.
pub fn assign<'a>(
    claims: impl Iterator<Item = (&'a str, Option<&'a str>, Option<&'a str>)>,
) -> Vec<String> {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    claims
        .map(|(kind, source, subject)| {
            let who = source
                .map(|s| slug(s, 24))
                .filter(|s| !s.is_empty())
                .or_else(|| subject.map(|s| slug(s, 24)).filter(|s| !s.is_empty()));
            let stem = match who {
                Some(w) => format!("{kind}-{w}"),
                None => kind.to_string(),
            };
            let n = seen.entry(stem.clone()).or_insert(0);
            *n += 1;
            format!("{stem}-{n}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(slug("UNHCR", 24), "unhcr");
        assert_eq!(
            slug("Ukraine's Foreign Ministry", 24),
            "ukraine-foreign-ministry"
        );
        assert_eq!(
            slug("the UN refugee agency in Geneva and beyond", 24),
            "un-refugee-agency-geneva"
        );
        assert_eq!(slug("Київ", 24), "");
    }

    #[test]
    fn numbering_is_per_stem() {
        let ids = assign(
            [
                ("refugees", Some("UNHCR"), Some("refugees")),
                ("casualties", Some("UN"), Some("civilians killed")),
                ("refugees", Some("UNHCR"), None),
                ("quantity", None, Some("troops")),
                ("quantity", None, None),
            ]
            .into_iter(),
        );
        assert_eq!(
            ids,
            [
                "refugees-unhcr-1",
                "casualties-un-1",
                "refugees-unhcr-2",
                "quantity-troops-1",
                "quantity-1"
            ]
        );
    }
}
