//! Words that decide what a count is about. Lowercase; matched per token.

/// Nouns that name displaced people: a count of them is a `refugees` claim.
pub fn refugee_noun(w: &str) -> bool {
    matches!(
        w,
        "refugees"
            | "refugee"
            | "asylum"
            | "seekers"
            | "evacuees"
            | "migrants"
            | "displaced"
            | "idps"
            | "exiles"
            | "deportees"
    )
}

/// Verbs and participles that make a count of people a `refugees` claim,
/// with what they say happened, for the subject.
pub fn refugee_cue(w: &str) -> Option<&'static str> {
    Some(match w {
        "fled" | "flee" | "fleeing" | "exodus" => "fled",
        "displaced" | "uprooted" | "homeless" => "displaced",
        "evacuated" | "relocated" => "evacuated",
        "crossed" => "crossed",
        "sought" | "seeking" | "asylum" => "sought asylum",
        "refuge" => "sought refuge",
        "deported" => "deported",
        "resettled" => "resettled",
        _ => return None,
    })
}

/// What a casualty cue word says happened, for the claim's subject.
pub fn casualty_cue(w: &str) -> Option<&'static str> {
    Some(match w {
        "killed" | "killing" | "kills" | "murdered" | "slain" | "executed" | "massacred"
        | "slaughtered" | "shot" | "lives" => "killed",
        "died" | "perished" | "drowned" => "died",
        "dead" => "dead",
        "deaths" | "death" | "fatalities" | "toll" => "deaths",
        "injured" | "injuring" | "injuries" | "hurt" => "injured",
        "wounded" | "wounding" => "wounded",
        "missing" | "unaccounted" => "missing",
        "casualties" => "casualties",
        _ => return None,
    })
}

/// Nouns that are themselves a casualty count (`1,200 deaths`).
pub fn casualty_noun(w: &str) -> bool {
    matches!(
        w,
        "deaths"
            | "dead"
            | "casualties"
            | "fatalities"
            | "victims"
            | "bodies"
            | "lives"
            | "injuries"
            | "wounded"
            | "injured"
    )
}

/// Nouns for people: a count of them with a casualty cue is a casualty claim.
pub fn person_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "persons"
            | "person"
            | "civilians"
            | "civilian"
            | "soldiers"
            | "soldier"
            | "troops"
            | "servicemen"
            | "servicemembers"
            | "personnel"
            | "fighters"
            | "militants"
            | "combatants"
            | "insurgents"
            | "rebels"
            | "children"
            | "child"
            | "kids"
            | "minors"
            | "babies"
            | "infants"
            | "women"
            | "men"
            | "man"
            | "woman"
            | "boys"
            | "girls"
            | "residents"
            | "inhabitants"
            | "villagers"
            | "citizens"
            | "nationals"
            | "protesters"
            | "demonstrators"
            | "police"
            | "policemen"
            | "officers"
            | "journalists"
            | "reporters"
            | "workers"
            | "staff"
            | "patients"
            | "passengers"
            | "pilots"
            | "sailors"
            | "marines"
            | "members"
            | "prisoners"
            | "hostages"
            | "students"
            | "pupils"
            | "teachers"
            | "doctors"
            | "medics"
            | "nurses"
            | "volunteers"
            | "guards"
            | "mercenaries"
            | "recruits"
            | "conscripts"
            | "others"
            | "adults"
            | "families"
            | "individuals"
            | "victims"
            | "survivors"
            | "pedestrians"
            | "miners"
            | "farmers"
            | "fishermen"
            | "tourists"
            | "visitors"
            | "worshippers"
            | "peacekeepers"
            | "firefighters"
            | "rescuers"
            | "paramedics"
            | "drivers"
            | "crewmen"
            | "employees"
            | "lawmakers"
            | "legislators"
            | "senators"
            | "mps"
            | "officials"
            | "diplomats"
    )
}

/// Words that end a noun phrase: verbs, prepositions, conjunctions, pronouns.
pub fn stop_word(w: &str) -> bool {
    matches!(
        w,
        "have"
            | "has"
            | "had"
            | "were"
            | "was"
            | "are"
            | "is"
            | "be"
            | "been"
            | "being"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "do"
            | "did"
            | "does"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "with"
            | "by"
            | "into"
            | "since"
            | "after"
            | "before"
            | "during"
            | "as"
            | "than"
            | "and"
            | "or"
            | "but"
            | "who"
            | "which"
            | "that"
            | "this"
            | "these"
            | "those"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "you"
            | "i"
            | "the"
            | "a"
            | "an"
            | "their"
            | "its"
            | "his"
            | "her"
            | "our"
            | "of"
            | "per"
            | "each"
            | "every"
            | "more"
            | "less"
            | "fewer"
            | "than,"
            | "so"
            | "if"
            | "when"
            | "while"
            | "where"
            | "whom"
            | "whose"
            | "said"
            | "says"
            | "say"
            | "according"
            | "including"
            | "among"
            | "between"
            | "across"
            | "over"
            | "under"
            | "about"
            | "around"
            | "through"
            | "against"
            | "without"
            | "within"
            | "out"
            | "up"
            | "down"
            | "off"
            | "not"
            | "also"
            | "already"
            | "alone"
            | "now"
            | "then"
            | "there"
            | "here"
            | "only"
            | "just"
            | "still"
            | "ago"
            | "earlier"
            | "later"
            | "old"
            | "last"
            | "next"
            | "previous"
            | "same"
            | "year"
            | "years"
            | "overnight"
            | "today"
            | "yesterday"
            | "tonight"
            | "tomorrow"
            | "apiece"
            | "near"
            | "outside"
            | "inside"
            | "along"
            | "behind"
            | "beyond"
            | "below"
            | "above"
            | "towards"
            | "toward"
            | "via"
            | "amid"
            | "despite"
            | "throughout"
            | "onto"
            | "upon"
            | "worldwide"
            | "nationwide"
            | "globally"
            | "abroad"
            | "overseas"
    )
}

/// Words before a number that make it a label, not a count (`page 3`).
pub fn label_word(w: &str) -> bool {
    matches!(
        w,
        "page"
            | "chapter"
            | "section"
            | "article"
            | "room"
            | "flight"
            | "route"
            | "highway"
            | "number"
            | "no"
            | "nos"
            | "platform"
            | "gate"
            | "line"
            | "channel"
            | "episode"
            | "season"
            | "volume"
            | "version"
            | "v"
            | "level"
            | "grade"
            | "category"
            | "phase"
            | "stage"
            | "resolution"
            | "paragraph"
            | "clause"
            | "item"
            | "table"
            | "figure"
            | "fig"
            | "apartment"
            | "unit"
            | "block"
            | "building"
            | "floor"
            | "district"
            | "ward"
            | "zone"
            | "sector"
            | "division"
            | "brigade"
            | "battalion"
            | "regiment"
            | "squadron"
            | "corps"
            | "model"
            | "size"
            | "type"
            | "class"
            | "tier"
            | "covid"
            | "g"
            | "p"
    )
}

/// Street types: a number before a capitalized name and one of these is an address.
pub fn street_word(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "st"
            | "avenue"
            | "ave"
            | "road"
            | "rd"
            | "boulevard"
            | "blvd"
            | "lane"
            | "ln"
            | "drive"
            | "dr"
            | "square"
            | "place"
            | "way"
            | "court"
            | "terrace"
            | "strasse"
            | "prospekt"
    )
}

/// Months: `March 30` is a date, not a count.
pub fn month_word(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Words after a number that make it a time of day or a date.
pub fn time_word(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm" | "a" | "p" | "o'clock" | "gmt" | "utc" | "bst" | "cet" | "est" | "edt" | "hrs"
    )
}

/// Words after a count that say what happened to the counted things, kept in
/// the subject (`houses destroyed`, `votes cast`).
pub fn participle(w: &str) -> bool {
    (w.len() > 4
        && w.ends_with("ed")
        && !matches!(w, "need" | "agreed" | "seed" | "speed" | "hundred"))
        || matches!(
            w,
            "cast"
                | "built"
                | "sent"
                | "sold"
                | "taken"
                | "held"
                | "hit"
                | "lost"
                | "shot"
                | "won"
                | "broken"
                | "stolen"
                | "burnt"
                | "shut"
                | "torn"
                | "blown"
        )
}

/// Words that refer back to a source named earlier (`the agency said`).
pub fn anaphor(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "it"
            | "agency"
            | "ministry"
            | "organisation"
            | "organization"
            | "office"
            | "group"
            | "official"
            | "officials"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "department"
            | "minister"
            | "statement"
            | "report"
            | "charity"
            | "institute"
            | "mission"
            | "committee"
            | "commission"
    )
}
