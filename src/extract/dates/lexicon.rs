//! The words dates are made of: months, weekdays, seasons, day numbers in
//! words, and the cue words that tell past-tense copy from forward-looking
//! copy.

use chrono::Weekday;

/// A month name: its number and whether it is the full word. `may` and
/// `march` are full words that are also verbs; callers check the context.
pub(crate) fn month_word(w: &str) -> Option<(u32, bool)> {
    Some(match w {
        "january" => (1, true),
        "february" => (2, true),
        "march" => (3, true),
        "april" => (4, true),
        "may" => (5, true),
        "june" => (6, true),
        "july" => (7, true),
        "august" => (8, true),
        "september" => (9, true),
        "october" => (10, true),
        "november" => (11, true),
        "december" => (12, true),
        "jan" => (1, false),
        "feb" => (2, false),
        "mar" => (3, false),
        "apr" => (4, false),
        "jun" => (6, false),
        "jul" => (7, false),
        "aug" => (8, false),
        "sep" | "sept" => (9, false),
        "oct" => (10, false),
        "nov" => (11, false),
        "dec" => (12, false),
        _ => return None,
    })
}

/// A weekday name and whether it is an abbreviation (`Wed`), which is a
/// weekday only with a period or a day number (`Sun` is a newspaper).
pub(crate) fn weekday_word(w: &str) -> Option<(Weekday, bool)> {
    Some(match w {
        "monday" => (Weekday::Mon, false),
        "tuesday" => (Weekday::Tue, false),
        "wednesday" => (Weekday::Wed, false),
        "thursday" => (Weekday::Thu, false),
        "friday" => (Weekday::Fri, false),
        "saturday" => (Weekday::Sat, false),
        "sunday" => (Weekday::Sun, false),
        "mon" => (Weekday::Mon, true),
        "tue" | "tues" => (Weekday::Tue, true),
        "wed" => (Weekday::Wed, true),
        "thu" | "thur" | "thurs" => (Weekday::Thu, true),
        "fri" => (Weekday::Fri, true),
        "sat" => (Weekday::Sat, true),
        "sun" => (Weekday::Sun, true),
        _ => return None,
    })
}

pub(super) fn season_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "spring",
        "summer" => "summer",
        "autumn" | "fall" => "autumn",
        "winter" => "winter",
        _ => return None,
    })
}

/// Day numbers written as ordinal words (`first` .. `thirty-first` are
/// built from these by the caller).
pub(super) fn ordinal_day(w: &str) -> Option<u32> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        _ => return None,
    })
}

/// Cardinal words below twenty.
pub(super) fn small_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

pub(super) fn tens_word(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// The unit of an offset (`two days ago`, `a week earlier`), with how many
/// of that unit it is (`fortnight` is two weeks).
pub(super) fn step_word(w: &str) -> Option<(super::Step, i32)> {
    use super::Step;
    Some(match w {
        "day" | "days" => (Step::Days, 1),
        "week" | "weeks" => (Step::Weeks, 1),
        "fortnight" | "fortnights" => (Step::Weeks, 2),
        "month" | "months" => (Step::Months, 1),
        "year" | "years" | "yr" | "yrs" => (Step::Years, 1),
        _ => return None,
    })
}

/// Words before a date that bound or hedge it, normalized. `in`, `on`,
/// `during` and `of` only place it and are not qualifiers.
pub(super) fn bound_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "before" | "prior" => "before",
        "after" => "after",
        "since" => "since",
        "until" | "till" | "til" | "through" | "thru" => "until",
        "by" => "by",
        "around" | "circa" | "c." | "approximately" | "roughly" => "around",
        _ => return None,
    })
}

/// Where a date's part is: `early February`, `mid-2021`, `late March`.
pub(super) fn part_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "early" => "early",
        "mid" | "middle" => "mid",
        "late" => "late",
        _ => return None,
    })
}

/// Both a bound and a part (`since early 2020`): the claims file keeps one
/// qualifier, so the two are joined into one fixed string.
pub(super) fn joined(bound: &'static str, part: &'static str) -> &'static str {
    match (bound, part) {
        ("before", "early") => "before early",
        ("before", "mid") => "before mid",
        ("before", "late") => "before late",
        ("after", "early") => "after early",
        ("after", "mid") => "after mid",
        ("after", "late") => "after late",
        ("since", "early") => "since early",
        ("since", "mid") => "since mid",
        ("since", "late") => "since late",
        ("until", "early") => "until early",
        ("until", "mid") => "until mid",
        ("until", "late") => "until late",
        ("by", "early") => "by early",
        ("by", "mid") => "by mid",
        ("by", "late") => "by late",
        ("around", _) => part,
        _ => bound,
    }
}

/// Prepositions after which a bare four-digit number is a year (`in 2021`,
/// `since 2019`, `March of 2021`), not a count.
pub(super) fn year_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "before"
            | "after"
            | "from"
            | "during"
            | "of"
            | "through"
            | "throughout"
            | "between"
            | "circa"
            | "around"
    )
}

/// Words that make a sentence point forward: the weekday or month it names
/// is ahead of publication.
pub(super) fn forward_word(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "won't"
            | "shall"
            | "next"
            | "coming"
            | "upcoming"
            | "scheduled"
            | "due"
            | "plans"
            | "plan"
            | "planning"
            | "planned"
            | "expected"
            | "set"
            | "slated"
            | "tomorrow"
            | "tmrw"
            | "ahead"
    )
}

/// Irregular past forms news copy is written in (regular ones end in -ed).
pub(super) fn past_word(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "met"
            | "told"
            | "went"
            | "came"
            | "took"
            | "gave"
            | "made"
            | "held"
            | "left"
            | "began"
            | "fell"
            | "rose"
            | "saw"
            | "won"
            | "lost"
            | "sent"
            | "spoke"
            | "became"
            | "hit"
            | "struck"
            | "fled"
            | "paid"
            | "sold"
            | "bought"
            | "led"
            | "broke"
            | "ago"
            | "yesterday"
            | "last"
    )
}

/// Words ending in -ed that are not past forms.
pub(super) fn false_past(w: &str) -> bool {
    matches!(
        w,
        "need"
            | "seed"
            | "speed"
            | "bed"
            | "red"
            | "fed"
            | "feed"
            | "shed"
            | "bleed"
            | "breed"
            | "deed"
            | "greed"
            | "weed"
            | "indeed"
            | "succeed"
            | "proceed"
            | "exceed"
            | "hundred"
            | "scheduled"
            | "expected"
            | "planned"
            | "proposed"
            | "intended"
    )
}
