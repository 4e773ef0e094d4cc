//! Words that place a figure in time or count, never name what it is of.

/// Words that place a figure in time, never its subject.
pub fn time_noun(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "years"
            | "month"
            | "months"
            | "quarter"
            | "quarters"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "fortnight"
            | "period"
            | "decade"
            | "half"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "weekend"
            | "today"
            | "yesterday"
            | "tonight"
            | "ago"
            | "midday"
            | "overnight"
            | "noon"
            | "season"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Words inside a time phrase before its time noun (`the first half of`).
pub fn time_modifier(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "this"
            | "last"
            | "next"
            | "previous"
            | "same"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "final"
            | "early"
            | "late"
            | "mid"
            | "end"
            | "start"
            | "beginning"
            | "of"
            | "past"
            | "coming"
            | "each"
            | "per"
            | "every"
            | "fiscal"
            | "financial"
            | "calendar"
            | "election"
            | "between"
            | "and"
            | "from"
            | "to"
    )
}

/// Prepositions that open a time phrase (`in the fourth quarter`).
pub fn time_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "since"
            | "during"
            | "over"
            | "by"
            | "until"
            | "through"
            | "throughout"
    )
}

/// Number words: a count, never a subject.
pub fn number_word(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "dozen"
            | "dozens"
            | "hundred"
            | "hundreds"
            | "thousand"
            | "thousands"
            | "million"
            | "millions"
            | "billion"
            | "billions"
            | "third"
            | "thirds"
            | "fifth"
            | "fifths"
    )
}
