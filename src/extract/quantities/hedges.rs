//! Hedges: the article's own qualifier on a figure (`nearly`, `more than`,
//! `up to`, `2,000 or more`), normalized so claims can be compared.

use super::units::seq_at;
use crate::extract::tokens::Tokens;

/// Hedges written before a figure, longest first where they share words.
/// The second field is the normalized qualifier.
const HEDGE_BEFORE: &[(&[&str], &str)] = &[
    (&["no", "fewer", "than"], "at least"),
    (&["no", "less", "than"], "at least"),
    (&["no", "more", "than"], "at most"),
    (&["not", "more", "than"], "at most"),
    (&["as", "many", "as"], "as many as"),
    (&["as", "much", "as"], "as many as"),
    (&["as", "few", "as"], "as few as"),
    (&["as", "little", "as"], "as few as"),
    (&["in", "excess", "of"], "more than"),
    (&["upwards", "of"], "more than"),
    (&["upward", "of"], "more than"),
    (&["an", "estimated"], "estimated"),
    (&["a", "estimated"], "estimated"),
    (&["estimated"], "estimated"),
    (&["just", "over"], "just over"),
    (&["just", "under"], "just under"),
    (&["just", "below"], "just under"),
    (&["just", "above"], "just over"),
    (&["well", "over"], "well over"),
    (&["well", "above"], "well over"),
    (&["well", "under"], "well under"),
    (&["slightly", "more", "than"], "just over"),
    (&["slightly", "less", "than"], "just under"),
    (&["a", "little", "over"], "just over"),
    (&["a", "little", "more", "than"], "just over"),
    (&["more", "than"], "more than"),
    (&["greater", "than"], "more than"),
    (&["higher", "than"], "more than"),
    (&["fewer", "than"], "fewer than"),
    (&["less", "than"], "less than"),
    (&["lower", "than"], "less than"),
    (&["at", "least"], "at least"),
    (&["at", "most"], "at most"),
    (&["up", "to"], "up to"),
    (&["close", "to"], "close to"),
    (&["nearly"], "nearly"),
    (&["almost"], "almost"),
    (&["about"], "about"),
    (&["around"], "around"),
    (&["approximately"], "approximately"),
    (&["approx", "."], "approximately"),
    (&["approx"], "approximately"),
    (&["roughly"], "roughly"),
    (&["some"], "some"),
    (&["circa"], "around"),
    (&["ca", "."], "around"),
    (&["over"], "over"),
    (&["above"], "over"),
    (&["under"], "under"),
    (&["below"], "under"),
    (&["exactly"], "exactly"),
    (&["precisely"], "exactly"),
];

/// Hedges written after a figure (`2,000 or more`).
const HEDGE_AFTER: &[(&[&str], &str)] = &[
    (&["or", "more"], "at least"),
    (&["or", "so"], "about"),
    (&["-", "plus"], "more than"),
    (&["plus"], "more than"),
    (&["odd"], "about"),
    (&["-", "odd"], "about"),
];

/// The hedge around tokens `first..last`: `(qualifier, new first, new last)`.
pub(super) fn hedge(t: &Tokens, first: usize, last: usize) -> (Option<&'static str>, usize, usize) {
    for (seq, q) in HEDGE_AFTER {
        if seq_at(t, last, seq) && (seq[0] != "-" || t.glued(last)) && t.same_line(last) {
            return (Some(q), first, last + seq.len());
        }
    }
    for (seq, q) in HEDGE_BEFORE {
        let len = seq.len();
        if first >= len && seq_at(t, first - len, seq) && t.same_line(first) {
            return (Some(q), first - len, last);
        }
    }
    (None, first, last)
}

#[cfg(test)]
mod tests {
    use crate::extract::quantities::mentions;
    use crate::extract::tokens::Tokens;

    #[test]
    fn core_and_figure_spans_leave_the_hedge_out() {
        let text = "nearly $3.5bn";
        let t = Tokens::new(text);
        let m = &mentions(&t)[0];
        assert_eq!(&text[m.start..m.end], "nearly $3.5bn");
        assert_eq!(&text[m.core_start..m.core_end], "$3.5bn");
        assert_eq!(&text[m.figure_start..m.figure_end], "3.5bn");
    }
}
