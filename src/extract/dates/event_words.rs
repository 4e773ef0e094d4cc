//! The words that name what a date dates. A date claim's subject is the
//! event word nearest the date, in noun form, so `met this Wednesday` and
//! `The meeting came ...` later in the article are known to be one event.

/// The noun form of an event word, or `None` when `w` names no event.
/// Verbs map to their noun (`met` -> `meeting`, `invaded` -> `invasion`).
pub fn event_noun(w: &str) -> Option<&'static str> {
    singular_event(w).or_else(|| w.strip_suffix('s').and_then(singular_event))
}

fn singular_event(w: &str) -> Option<&'static str> {
    Some(match w {
        "met" | "meet" | "meets" | "meeting" | "meetings" => "meeting",
        "talks" | "negotiations" => "talks",
        "summit" | "summits" => "summit",
        "visit" | "visited" | "visits" | "trip" => "visit",
        "signed" | "signing" => "signing",
        "agreement" | "agreed" | "deal" | "accord" | "pact" | "treaty" => "agreement",
        "ceasefire" | "truce" | "armistice" => "ceasefire",
        "attack" | "attacked" | "attacks" | "raid" | "ambush" | "bombing" | "bombed" => "attack",
        "strike" | "strikes" | "struck" | "shelling" | "shelled" => "strike",
        "invasion" | "invaded" => "invasion",
        "war" | "offensive" | "assault" | "incursion" => "offensive",
        "battle" | "fighting" | "clashes" | "clashed" => "fighting",
        "election" | "elections" | "elected" | "poll" | "referendum" => "election",
        "vote" | "voted" | "votes" | "ballot" => "vote",
        "ruling" | "ruled" | "verdict" | "judgment" | "judgement" | "sentenced" => "ruling",
        "hearing" | "trial" | "testified" => "hearing",
        "arrest" | "arrested" | "detained" | "detention" => "arrest",
        "died" | "death" | "killed" | "killing" | "assassinated" | "assassination" => "death",
        "launch" | "launched" => "launch",
        "earthquake" | "quake" | "tremor" => "earthquake",
        "storm" | "typhoon" | "hurricane" | "cyclone" | "landfall" => "storm",
        "flood" | "floods" | "flooding" => "flood",
        "explosion" | "blast" | "exploded" | "crash" | "crashed" | "collapse" | "collapsed" => {
            "explosion"
        }
        "fire" | "wildfire" | "blaze" => "fire",
        "outbreak" => "outbreak",
        "swap" | "exchange" | "handover" => "exchange",
        "protest" | "protests" | "demonstration" | "rally" | "march" => "protest",
        "coup" => "coup",
        "resigned" | "resignation" => "resignation",
        "appointed" | "appointment" | "sworn" | "inauguration" | "inaugurated" => "appointment",
        "approved" | "approval" | "passed" | "adopted" | "enacted" => "approval",
        "published" | "released" | "release" | "issued" => "publication",
        "declared" | "declaration" => "declaration",
        "announced" | "announcement" | "unveiled" => "announcement",
        "took" | "effect" | "entered" => "entry into force",
        "began" | "begun" | "started" | "start" | "opened" | "opening" => "start",
        "ended" | "end" | "closed" | "closing" | "expired" => "end",
        "reached" | "arrived" | "arrival" | "returned" | "fled" => "arrival",
        "conference" | "forum" | "session" | "congress" | "convention" => "conference",
        "reported" | "recorded" | "registered" | "confirmed" => "report",
        _ => return None,
    })
}

/// Words that frame an event rather than name one (`the start of the
/// invasion`): the event is what follows `of`.
pub fn frame_noun(w: &str) -> bool {
    matches!(
        w,
        "start" | "beginning" | "end" | "anniversary" | "eve" | "day" | "outset" | "aftermath"
    )
}

/// Verbs that report speech. A date right after one (`said on Tuesday`,
/// `told reporters on Wednesday`) dates the telling, which is a byline
/// detail, not a checkable event. Unlike attribution's speech verbs it
/// leaves out `announced`, `reported` and `confirmed`: what is announced on
/// a day is often the news itself.
pub fn telling_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "added"
            | "stated"
            | "warned"
            | "wrote"
            | "tweeted"
            | "posted"
            | "noted"
            | "insisted"
            | "explained"
            | "claimed"
            | "argued"
            | "replied"
            | "responded"
            | "commented"
            | "acknowledged"
            | "admitted"
            | "urged"
            | "asked"
            | "denied"
            | "stressed"
            | "reiterated"
            | "remarked"
            | "suggested"
            | "indicated"
            | "predicted"
            | "estimated"
            | "forecast"
            | "expects"
            | "expected"
            | "show"
            | "shows"
            | "showed"
    )
}

/// Words that may stand between a telling verb and its date (`said in a
/// statement on Tuesday`, `told reporters late on Wednesday`).
pub fn telling_filler(w: &str) -> bool {
    matches!(
        w,
        "on" | "in"
            | "a"
            | "an"
            | "the"
            | "its"
            | "his"
            | "her"
            | "their"
            | "statement"
            | "interview"
            | "briefing"
            | "press"
            | "conference"
            | "news"
            | "reporters"
            | "journalists"
            | "parliament"
            | "lawmakers"
            | "late"
            | "early"
            | "earlier"
            | "later"
            | "also"
            | "separately"
            | "him"
            | "them"
            | "us"
            | "me"
            | "it"
            | ","
    )
}
