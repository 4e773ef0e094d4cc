//! Words that tell what an amount is of: verbs that move a figure, verbs
//! that spend money, nouns that are a base or a moment rather than a subject.

/// A verb that moves a figure (`rose 3%`, `fell by 0.4 percent`), by the
/// noun that names the move: the figure is then the move, not the level.
pub fn change_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "rose" | "rise" | "rises" | "risen" | "rising" | "climbed" | "climb" | "climbs"
        | "soared" | "soar" | "soars" | "raised" | "raise" | "raises" => "rise",
        "increased" | "increase" | "increases" | "increasing" => "increase",
        "jumped" | "jump" | "jumps" | "surged" | "surge" | "surges" => "jump",
        "gained" | "gain" | "gains" | "advanced" | "advance" | "advances" => "gain",
        "grew" | "grow" | "grows" | "grown" | "growing" | "expanded" | "expand" | "expands" => {
            "growth"
        }
        "fell" | "fall" | "falls" | "fallen" | "falling" | "slipped" | "slip" | "slips"
        | "dipped" | "dip" | "dips" | "slid" | "slide" | "slides" | "sank" | "sink" | "sinks"
        | "plunged" | "plunge" | "plunges" | "tumbled" | "tumble" | "tumbles" | "slumped"
        | "slump" | "slumps" | "eased" | "ease" | "eases" | "lost" | "lose" | "loses" => "fall",
        "dropped" | "drop" | "drops" => "drop",
        "declined" | "decline" | "declines" => "decline",
        "decreased" | "decrease" | "decreases" => "decrease",
        "cut" | "cuts" | "lowered" | "lower" | "lowers" => "cut",
        "reduced" | "reduce" | "reduces" => "reduction",
        "slowed" | "slow" | "slows" => "slowdown",
        "widened" | "widen" | "widens" | "deepened" | "swelled" => "widening",
        "narrowed" | "narrow" | "narrows" => "narrowing",
        "improved" | "improve" | "improves" => "improvement",
        "worsened" | "worsen" | "worsens" | "deteriorated" => "deterioration",
        _ => return None,
    })
}

/// Nouns that name a move, so `a drop of 2% in energy spending` keeps
/// what dropped.
pub fn move_noun(w: &str) -> bool {
    matches!(
        w,
        "rise"
            | "increase"
            | "jump"
            | "gain"
            | "growth"
            | "fall"
            | "drop"
            | "decline"
            | "decrease"
            | "cut"
            | "cuts"
            | "reduction"
            | "slowdown"
            | "widening"
            | "narrowing"
            | "surge"
            | "loss"
    )
}

/// Verbs that put a subject at a level (`stood at`, `reached`, `was`), and
/// the words around them that a subject reaches its figure through.
pub fn level_verb(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "is"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "stood"
            | "stands"
            | "stand"
            | "reached"
            | "reach"
            | "reaches"
            | "hit"
            | "hits"
            | "peaked"
            | "peaks"
            | "remained"
            | "remain"
            | "remains"
            | "stayed"
            | "stay"
            | "stays"
            | "held"
            | "hold"
            | "holds"
            | "hovered"
            | "hovers"
            | "totalled"
            | "totaled"
            | "totals"
            | "total"
            | "amounted"
            | "amounts"
            | "averaged"
            | "averages"
            | "came"
            | "comes"
            | "stabilised"
            | "stabilized"
            | "settled"
            | "ended"
            | "closed"
            | "opened"
            | "edged"
            | "changed"
            | "unchanged"
            | "topped"
            | "exceeded"
            | "surpassed"
            | "neared"
            | "cost"
            | "costs"
            | "valued"
            | "accelerated"
            | "quickened"
            | "doubled"
            | "tripled"
            | "quadrupled"
            | "halved"
            | "shrank"
            | "shrink"
            | "shrinks"
            | "shrunk"
            | "contracted"
            | "bring"
            | "brings"
            | "bringing"
            | "brought"
    )
}

/// Words a subject reaches its figure through without changing it: the
/// auxiliaries, hedges and forecasts of `is expected to remain at`.
pub fn linking_word(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "shall"
            | "not"
            | "also"
            | "now"
            | "still"
            | "already"
            | "only"
            | "just"
            | "further"
            | "little"
            | "expected"
            | "forecast"
            | "projected"
            | "predicted"
            | "estimated"
            | "seen"
            | "set"
            | "likely"
            | "due"
            | "put"
            | "equal"
            | "equivalent"
            | "about"
            | "around"
            | "some"
    )
}

/// Verbs whose subject is a party or candidate when their object is a bare
/// percentage (`Chega won 18.1%`): the figure is a share of the vote.
pub fn vote_verb(w: &str) -> bool {
    matches!(
        w,
        "won"
            | "wins"
            | "win"
            | "took"
            | "takes"
            | "take"
            | "secured"
            | "secures"
            | "garnered"
            | "captured"
            | "polled"
            | "got"
            | "gets"
            | "received"
            | "receives"
    )
}

/// Nouns that name a contender for votes, lower-case (`the far-right party`).
pub fn party_noun(w: &str) -> bool {
    matches!(
        w,
        "party"
            | "parties"
            | "candidate"
            | "alliance"
            | "coalition"
            | "bloc"
            | "front"
            | "movement"
            | "list"
            | "incumbent"
            | "challenger"
            | "socialists"
            | "conservatives"
            | "liberals"
            | "greens"
            | "democrats"
            | "republicans"
    )
}

/// Verbs whose subject gives, gets or needs the money rather than being it
/// (`donors pledged £800m`): the money is named by the noun of the act.
pub fn money_act(w: &str) -> Option<&'static str> {
    Some(match w {
        "pledged" | "pledge" | "pledges" | "pledging" | "promised" | "promise" | "promises" => {
            "pledge"
        }
        "donated" | "donate" | "donates" => "donation",
        "allocated" | "allocate" | "allocates" | "allocating" => "allocation",
        "spent" | "spend" | "spends" | "spending" => "spending",
        "invested" | "invest" | "invests" | "investing" => "investment",
        "paid" | "pay" | "pays" | "paying" => "payment",
        "lent" | "lend" | "lends" => "loan",
        "borrowed" | "borrow" | "borrows" => "borrowing",
        "needs" | "need" | "needed" => "funding needed",
        "requires" | "require" | "required" => "funding required",
        "received" | "receive" | "receives" => "funding received",
        "provided" | "provide" | "provides" | "providing" | "given" | "gave" | "give" | "gives"
        | "giving" => "funding provided",
        "raised" | "raise" | "raises" => "funds raised",
        "released" | "release" | "releases" | "releasing" => "money released",
        "saved" | "save" | "saves" => "savings",
        "appealed" | "appeal" | "appeals" => "appeal",
        "sought" | "seeks" | "seek" | "requested" | "request" | "requests" => "request",
        "offered" | "offer" | "offers" => "offer",
        "committed" | "commit" | "commits" => "commitment",
        "contributed" | "contribute" | "contributes" => "contribution",
        "awarded" | "award" | "awards" => "award",
        "transferred" | "transfer" | "transfers" => "transfer",
        "earmarked" => "funding earmarked",
        "earned" | "earns" | "earn" => "earnings",
        "owed" | "owes" | "owe" => "debt",
        "fined" => "fine",
        _ => return None,
    })
}

/// Verbs of giving: money they move with no noun of its own is the same
/// money as the aid named just before (`Japan pledged 200 million yen`).
pub fn giving(act: &str) -> bool {
    matches!(
        act,
        "pledge" | "donation" | "funding provided" | "money released" | "contribution"
    )
}

/// Nouns that name money given or lent for a purpose.
pub fn money_noun(w: &str) -> bool {
    matches!(
        w,
        "aid" | "funding" | "funds" | "assistance" | "relief" | "donations" | "grants" | "loans"
    )
}

/// What a percentage is taken of when it is not the thing measured: `5.5
/// percent of GDP` is a deficit, not GDP.
pub fn base_noun(w: &str) -> bool {
    matches!(
        w,
        "gdp"
            | "gnp"
            | "gni"
            | "product"
            | "income"
            | "output"
            | "budget"
            | "revenue"
            | "revenues"
            | "turnover"
            | "wages"
            | "salary"
            | "salaries"
            | "earnings"
            | "capacity"
            | "levels"
            | "value"
            | "price"
    )
}

/// Nouns that stand for a figure named elsewhere in the sentence: `down
/// from a peak of 9%`, `a total of $5m in aid`.
pub fn frame_noun(w: &str) -> bool {
    matches!(
        w,
        "peak"
            | "high"
            | "low"
            | "record"
            | "total"
            | "sum"
            | "amount"
            | "figure"
            | "maximum"
            | "minimum"
            | "level"
            | "average"
    )
}

/// Nouns that take `to` for what they concern (`cuts to the budget`, `aid
/// to Sudan`), so the phrase runs on through `to`.
pub fn to_noun(w: &str) -> bool {
    matches!(
        w,
        "aid"
            | "cuts"
            | "cut"
            | "transfer"
            | "transfers"
            | "exports"
            | "payments"
            | "contribution"
            | "contributions"
            | "loans"
            | "subsidies"
            | "damage"
            | "funding"
            | "support"
            | "assistance"
    )
}

/// Words after a figure that continue a clause rather than name its subject
/// (`€14 billion following the ruling`).
pub fn clause_word(w: &str) -> bool {
    matches!(
        w,
        "following"
            | "once"
            | "below"
            | "above"
            | "including"
            | "excluding"
            | "bringing"
            | "benefiting"
            | "benefitting"
            | "giving"
            | "making"
            | "taking"
            | "leaving"
            | "according"
            | "compared"
            | "led"
            | "up"
            | "down"
            | "ahead"
            | "behind"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
    )
}

/// Who or where money is for (`€1.2m for the worst-hit areas`): the
/// recipient, not what the money is.
pub fn recipient(w: &str) -> bool {
    matches!(
        w,
        "areas"
            | "area"
            | "regions"
            | "region"
            | "communities"
            | "households"
            | "families"
            | "victims"
            | "country"
            | "countries"
            | "city"
            | "cities"
            | "province"
            | "provinces"
    )
}
