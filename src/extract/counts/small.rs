//! Small numbers in words (`two`, `eight`) count things in passing far more
//! often than they state a figure (`two ministers met`, `she has three
//! children`). They are claims only when the sentence reports them as an
//! outcome: what happened to the counted things (`Eight schools were
//! closed`), the object of a verb of result (`won eight seats`, `borders
//! seven countries`, `is sending two teams`), or a count listed beside a
//! figure already claimed (`took 5.1% and eight seats`).

use super::Context;
use super::govern::predicate_verb;
use super::lexicon::participle;
use crate::extract::Mention;
use crate::extract::tokens::Tokens;

pub fn checkable(t: &Tokens, m: &Mention, cx: &Context, np_end: usize) -> bool {
    let prev = |n: usize| {
        if m.first >= cx.sentence_start + n {
            t.low(m.first - n)
        } else {
            ""
        }
    };
    outcome_predicate(t, np_end, cx.sentence_end)
        || result_verb(prev(1))
        || (prev(1) == "to" && result_verb(prev(2)))
        || beside_claim(t, m, cx)
        // `a team of nine epidemiologists`: the size of what was sent.
        || (prev(1) == "of" && body(prev(2)))
        // `narrowed by two points`, `cut by three`: the size of a change.
        || (prev(1) == "by" && prev(2).ends_with("ed"))
}

/// Groups whose size is reported: `a team of six`, `a convoy of nine trucks`.
fn body(w: &str) -> bool {
    matches!(
        w,
        "team"
            | "group"
            | "delegation"
            | "crew"
            | "contingent"
            | "convoy"
            | "fleet"
            | "squad"
            | "panel"
            | "unit"
            | "detachment"
            | "flotilla"
    )
}

/// `Eight schools in the area were closed`: a participle of what happened,
/// not of what was planned or said.
fn outcome_predicate(t: &Tokens, np_end: usize, end: usize) -> bool {
    let Some(k) = predicate_verb(t, np_end, end) else {
        return false;
    };
    let w = t.low(k);
    participle(w)
        && !matches!(
            w,
            "expected"
                | "scheduled"
                | "supposed"
                | "asked"
                | "invited"
                | "told"
                | "allowed"
                | "needed"
                | "required"
                | "named"
                | "called"
                | "based"
                | "involved"
                | "pictured"
                | "accompanied"
                | "joined"
                | "married"
                | "aged"
        )
}

/// Verbs whose object is a result someone could check.
fn result_verb(w: &str) -> bool {
    matches!(
        w,
        "won"
            | "win"
            | "wins"
            | "winning"
            | "took"
            | "secured"
            | "gained"
            | "lost"
            | "kept"
            | "retained"
            | "seized"
            | "captured"
            | "destroyed"
            | "damaged"
            | "built"
            | "closed"
            | "opened"
            | "sent"
            | "sending"
            | "deployed"
            | "deploying"
            | "dispatched"
            | "borders"
            | "bordering"
            | "delivered"
            | "recorded"
            | "reported"
            | "confirmed"
            | "arrested"
            | "detained"
            | "released"
            | "freed"
            | "rescued"
            | "shot"
            | "downed"
            | "sank"
            | "launched"
            | "fired"
            | "close"
            | "closes"
            | "closing"
            | "shut"
            | "shutting"
            | "cut"
            | "cuts"
            | "cutting"
            | "shed"
            | "shedding"
            | "axe"
            | "scrap"
            | "build"
            | "open"
            | "opening"
            | "hire"
            | "hiring"
            | "deploy"
            | "send"
    )
}

/// `took 5.1% and eight seats`: a count in a list with a claimed figure.
fn beside_claim(t: &Tokens, m: &Mention, cx: &Context) -> bool {
    if m.first < cx.sentence_start + 2 || !matches!(t.low(m.first - 1), "and" | ",") {
        return false;
    }
    let before = t.toks[m.first - 2].end();
    cx.previous_in_sentence()
        .is_some_and(|d| d.quote.end == before)
}

/// People named by a role or a tie rather than as a population: a small
/// count of them is who took part (`two ministers`, `three judges`, `her
/// two sons`), rarely a figure anyone checks.
pub fn role_noun(w: &str) -> bool {
    matches!(
        w,
        "ministers"
            | "envoys"
            | "judges"
            | "leaders"
            | "diplomats"
            | "lawmakers"
            | "senators"
            | "ambassadors"
            | "delegates"
            | "executives"
            | "directors"
            | "officials"
            | "experts"
            | "speakers"
            | "candidates"
            | "sons"
            | "daughters"
            | "brothers"
            | "sisters"
            | "siblings"
            | "wives"
            | "husbands"
            | "parents"
            | "grandchildren"
            | "friends"
            | "colleagues"
            | "partners"
            | "authors"
            | "witnesses"
    )
}
