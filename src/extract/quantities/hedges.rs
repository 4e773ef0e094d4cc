//! Hedges: the article's own qualifier on a figure (`nearly`, `more than`,
//! `up to`, `2,000 or more`), normalized so claims can be compared.

use crate::extract::Dim;
use crate::extract::tokens::Tokens;

/// Hedges written before a figure, longest first where they share words,
/// each with its normalized qualifier.
///
/// A qualifier says which way the true figure may lie, so synonyms map to
/// one word of a short list: `almost`, `nearly`, `about`, `around`,
/// `approximately`, `roughly`, `some`, `estimated` (near the figure);
/// `more than`, `over`, `at least` (a floor); `up to`, `as many as`,
/// `at most`, `fewer than`, `less than`, `under`, `as few as` (a ceiling or
/// a low figure); `exactly`. The mapping:
///
/// | written | qualifier |
/// |---|---|
/// | close to, close on, nigh on, getting on for | nearly |
/// | in excess of, upwards of, north of, greater than, higher than, slightly more than, a little more than | more than |
/// | just over, well over, a little over, just above, well above, above | over |
/// | no fewer than, no less than, a minimum of, not less than | at least |
/// | as much as, as high as | as many as |
/// | no more than, not more than, a maximum of | at most |
/// | as little as, as low as | as few as |
/// | just under, just below, well under, well below, a little under, (just) shy of, just short of, below | under |
/// | slightly less than, a little less than, lower than | less than |
/// | slightly fewer than | fewer than |
/// | circa, ca., roughly around | around / roughly |
/// | approx., approx | approximately |
/// | precisely | exactly |
///
/// Degree words (`just`, `well`, `slightly`) are dropped: a checker compares
/// the figure against its bound, and `just over 500` is still a floor of 500.
const HEDGE_BEFORE: &[(&[&str], &str)] = &[
    (&["no", "fewer", "than"], "at least"),
    (&["no", "less", "than"], "at least"),
    (&["not", "less", "than"], "at least"),
    (&["not", "fewer", "than"], "at least"),
    (&["a", "minimum", "of"], "at least"),
    (&["no", "more", "than"], "at most"),
    (&["not", "more", "than"], "at most"),
    (&["a", "maximum", "of"], "at most"),
    (&["as", "many", "as"], "as many as"),
    (&["as", "much", "as"], "as many as"),
    (&["as", "high", "as"], "as many as"),
    (&["as", "few", "as"], "as few as"),
    (&["as", "little", "as"], "as few as"),
    (&["as", "low", "as"], "as few as"),
    (&["in", "excess", "of"], "more than"),
    (&["upwards", "of"], "more than"),
    (&["upward", "of"], "more than"),
    (&["north", "of"], "more than"),
    (&["an", "estimated"], "estimated"),
    (&["a", "estimated"], "estimated"),
    (&["estimated"], "estimated"),
    (&["just", "over"], "over"),
    (&["just", "under"], "under"),
    (&["just", "below"], "under"),
    (&["just", "above"], "over"),
    (&["just", "shy", "of"], "under"),
    (&["shy", "of"], "under"),
    (&["just", "short", "of"], "under"),
    (&["well", "over"], "over"),
    (&["well", "above"], "over"),
    (&["well", "under"], "under"),
    (&["well", "below"], "under"),
    (&["slightly", "more", "than"], "more than"),
    (&["slightly", "less", "than"], "less than"),
    (&["slightly", "fewer", "than"], "fewer than"),
    (&["slightly", "over"], "over"),
    (&["slightly", "under"], "under"),
    (&["a", "little", "over"], "over"),
    (&["a", "little", "under"], "under"),
    (&["a", "little", "more", "than"], "more than"),
    (&["a", "little", "less", "than"], "less than"),
    (&["more", "than"], "more than"),
    (&["greater", "than"], "more than"),
    (&["higher", "than"], "more than"),
    (&["fewer", "than"], "fewer than"),
    (&["less", "than"], "less than"),
    (&["lower", "than"], "less than"),
    (&["at", "least"], "at least"),
    (&["at", "most"], "at most"),
    (&["up", "to"], "up to"),
    (&["close", "to"], "nearly"),
    (&["close", "on"], "nearly"),
    (&["nigh", "on"], "nearly"),
    (&["getting", "on", "for"], "nearly"),
    (&["nearly"], "nearly"),
    (&["almost"], "almost"),
    (&["about"], "about"),
    (&["roughly", "around"], "roughly"),
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

/// Hedges written after a figure (`2,000 or more`), normalized the same way.
const HEDGE_AFTER: &[(&[&str], &str)] = &[
    (&["or", "more"], "at least"),
    (&["or", "fewer"], "at most"),
    (&["or", "less"], "at most"),
    (&["or", "so"], "about"),
    (&["or", "thereabouts"], "about"),
    (&["-", "plus"], "more than"),
    (&["plus"], "more than"),
    (&["odd"], "about"),
    (&["-", "odd"], "about"),
];

/// The hedge around tokens `first..last`: `(qualifier, new first, new last)`.
///
/// A hedge may end one line of hard-wrapped copy and its figure start the
/// next (see [`Tokens::same_run`]), and Markdown emphasis may stand between
/// them (`Close to **3.3 million**`).
pub(super) fn hedge(
    t: &Tokens,
    first: usize,
    last: usize,
    dim: Dim,
) -> (Option<&'static str>, usize, usize) {
    // Each sequence is compared from the word next to the figure first:
    // it is read once, and almost every sequence fails on it.
    let next = t.low(last);
    for (seq, q) in HEDGE_AFTER {
        if seq.first() == Some(&next)
            && run_at(t, last, seq)
            && (seq[0] != "-" || t.glued(last))
            && t.same_run(last)
        {
            return (Some(q), first, last + seq.len());
        }
    }
    let mut before = first;
    while before > 0 && matches!(t.raw(before - 1), "*" | "_") && t.glued(before) {
        before -= 1;
    }
    // `at least a 5% margin`, `nearly a $2bn shortfall`, `up to a 10-year
    // term`: the article belongs to the noun after the figure, the hedge to
    // the figure. Not for a bare count (`some a 100` is no English).
    if dim != Dim::Number
        && before > 1
        && matches!(t.low(before - 1), "a" | "an")
        && t.same_run(before)
        && t.kind(first) != Some(crate::extract::tokens::Kind::Word)
    {
        before -= 1;
        if let Some(found) = hedge_before(t, before, last, dim) {
            return found;
        }
        return (None, first, last);
    }
    hedge_before(t, before, last, dim).unwrap_or((None, first, last))
}

/// The hedge written right before token `before`.
fn hedge_before(
    t: &Tokens,
    before: usize,
    last: usize,
    dim: Dim,
) -> Option<(Option<&'static str>, usize, usize)> {
    let prev = if before > 0 { t.low(before - 1) } else { "" };
    for (seq, q) in HEDGE_BEFORE {
        let len = seq.len();
        if before >= len
            && seq.last() == Some(&prev)
            && run_at(t, before - len, seq)
            && t.same_run(before)
        {
            if *seq == ["up", "to"] && direction_up(t, before - len)
                || *seq == ["over"] && !over_means_more(t, before - 1, last, dim)
            {
                return None;
            }
            return Some((Some(q), before - len, last));
        }
    }
    None
}

/// Whether the lowercase tokens at `i..` are `seq`, in one run of text.
fn run_at(t: &Tokens, i: usize, seq: &[&str]) -> bool {
    seq.iter()
        .enumerate()
        .all(|(k, w)| t.low(i + k) == *w && (k == 0 || t.same_run(i + k)))
}

/// `up to` after a verb of movement is the particle `up` and the preposition
/// `to`: `edged up to 7.5 percent` and `was revised up to 2%` say where the
/// figure went, not that it is a ceiling (`up to 500 people`). The same
/// holds for `adds up to` (a total). `is up to` stays a hedge: `the fine is
/// up to $500` is a ceiling far more often than a rise.
fn direction_up(t: &Tokens, up: usize) -> bool {
    up > 0 && t.same_line(up) && MOVES_UP.contains(&t.low(up - 1))
}

/// Verbs that take `up` as a direction (every form news copy uses).
const MOVES_UP: &[&str] = &[
    "edge",
    "edges",
    "edged",
    "edging",
    "tick",
    "ticks",
    "ticked",
    "ticking",
    "creep",
    "creeps",
    "crept",
    "creeping",
    "inch",
    "inched",
    "inching",
    "move",
    "moves",
    "moved",
    "moving",
    "jump",
    "jumps",
    "jumped",
    "jumping",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "revise",
    "revises",
    "revised",
    "revising",
    "bump",
    "bumps",
    "bumped",
    "bumping",
    "push",
    "pushes",
    "pushed",
    "pushing",
    "ramp",
    "ramps",
    "ramped",
    "ramping",
    "step",
    "steps",
    "stepped",
    "stepping",
    "round",
    "rounds",
    "rounded",
    "rounding",
    "ratchet",
    "ratchets",
    "ratcheted",
    "ratcheting",
    "shoot",
    "shoots",
    "shot",
    "shooting",
    "go",
    "goes",
    "went",
    "gone",
    "going",
    "come",
    "comes",
    "came",
    "coming",
    "drive",
    "drives",
    "drove",
    "driven",
    "driving",
    "mark",
    "marks",
    "marked",
    "marking",
    "add",
    "adds",
    "added",
    "adding",
    "spike",
    "spikes",
    "spiked",
    "spiking",
    "surge",
    "surges",
    "surged",
    "surging",
    "soar",
    "soars",
    "soared",
    "soaring",
    "leap",
    "leaps",
    "leapt",
    "leaped",
    "leaping",
    "trend",
    "trends",
    "trended",
    "trending",
];

/// Whether `over` at token `over` before the figure `..last` means "more
/// than". It does not when it spans a stretch of time (`spread over three
/// years`, `rose 4% over two days`) or a place (`scattered over 14
/// provinces`): the figure is then exact, and a qualifier would make a
/// fact-checker look for a bound that the article never gave.
///
/// A duration keeps the hedge where `over` compares a length: after `for`,
/// `in`, `of`, `after`, `than` or a verb that measures time (`lasted over
/// two hours`, `the first time in over a decade`), or before `old`, `ago`,
/// `of age` (`over 18 years of age`, `over 40 years ago`).
fn over_means_more(t: &Tokens, over: usize, last: usize, dim: Dim) -> bool {
    let before = if over > 0 && t.same_line(over) {
        t.low(over - 1)
    } else {
        ""
    };
    if SPREAD.contains(&before) {
        return false;
    }
    if dim != Dim::Duration {
        return true;
    }
    let after = if t.same_line(last) { t.low(last) } else { "" };
    matches!(after, "old" | "older" | "ago")
        || after == "of" && t.low(last + 1) == "age"
        || LENGTH_OF_TIME.contains(&before)
}

/// Verbs of spreading: `over` after them is `across` or `throughout`.
const SPREAD: &[&str] = &[
    "spread",
    "spreads",
    "spreading",
    "scattered",
    "distributed",
    "dispersed",
    "stretched",
    "stretching",
    "stretches",
    "staggered",
    "phased",
    "paid",
    "repaid",
    "repayable",
    "payable",
    "split",
    "divided",
    "shared",
];

/// Words after which `over` + a duration compares a length of time.
const LENGTH_OF_TIME: &[&str] = &[
    "for", "in", "of", "after", "than", "within", "lasted", "lasting", "lasts", "last", "took",
    "take", "takes", "taking", "spent", "spend", "waited", "wait", "served", "serving", "aged",
];

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
