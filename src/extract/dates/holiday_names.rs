//! The holidays `holidays.rs` dates, by name, and the calendar rule each
//! falls by.

use chrono::{Days, NaiveDate, Weekday};

use super::resolve::weekday_after;

/// How a holiday falls in a given year.
#[derive(Clone, Copy)]
pub(super) enum Rule {
    Fixed(u32, u32),
    /// Days from Western Easter Sunday.
    Easter(i64),
    /// Days from the fourth Thursday of November.
    Thanksgiving(u64),
}

impl Rule {
    pub(super) fn in_year(self, y: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
            Rule::Easter(k) => easter(y)?.checked_add_signed(chrono::Duration::try_days(k)?),
            Rule::Thanksgiving(k) => {
                let first = weekday_after(NaiveDate::from_ymd_opt(y, 11, 1)?, Weekday::Thu, true);
                first.checked_add_days(Days::new(21 + k))
            }
        }
    }
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian algorithm).
pub(super) fn easter(y: i32) -> Option<NaiveDate> {
    if y < 1583 {
        return None;
    }
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// What a name needs around it to be a date.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Needs {
    Nothing,
    /// A single word (`Christmas`, `Easter`) is a thing (`Christmas
    /// tree`) unless a preposition, a pointer or a year comes with it.
    Lead,
    /// `Saint Patrick` is the saint (`a prayer to St Patrick`) unless a
    /// year follows.
    Year,
}

/// Names, lowercased and split into tokens (`'s` stays on its word), with
/// what each needs around it.
pub(super) const NAMES: &[(&[&str], Rule, Needs)] = &[
    (&["christmas", "eve"], Rule::Fixed(12, 24), Needs::Nothing),
    (&["christmas", "day"], Rule::Fixed(12, 25), Needs::Nothing),
    (&["christmas"], Rule::Fixed(12, 25), Needs::Lead),
    (&["xmas"], Rule::Fixed(12, 25), Needs::Lead),
    (&["boxing", "day"], Rule::Fixed(12, 26), Needs::Nothing),
    (
        &["new", "year's", "eve"],
        Rule::Fixed(12, 31),
        Needs::Nothing,
    ),
    (
        &["new", "years", "eve"],
        Rule::Fixed(12, 31),
        Needs::Nothing,
    ),
    (&["new", "year", "eve"], Rule::Fixed(12, 31), Needs::Nothing),
    (&["new", "year's", "day"], Rule::Fixed(1, 1), Needs::Nothing),
    (&["new", "years", "day"], Rule::Fixed(1, 1), Needs::Nothing),
    (&["new", "year", "day"], Rule::Fixed(1, 1), Needs::Nothing),
    (&["new", "year's"], Rule::Fixed(1, 1), Needs::Lead),
    (&["new", "year"], Rule::Fixed(1, 1), Needs::Lead),
    (&["valentine's", "day"], Rule::Fixed(2, 14), Needs::Nothing),
    (&["valentines", "day"], Rule::Fixed(2, 14), Needs::Nothing),
    (&["valentine", "day"], Rule::Fixed(2, 14), Needs::Nothing),
    (
        &["st", "valentine's", "day"],
        Rule::Fixed(2, 14),
        Needs::Nothing,
    ),
    (
        &["st", "patrick's", "day"],
        Rule::Fixed(3, 17),
        Needs::Nothing,
    ),
    (
        &["st", ".", "patrick's", "day"],
        Rule::Fixed(3, 17),
        Needs::Nothing,
    ),
    (
        &["saint", "patrick's", "day"],
        Rule::Fixed(3, 17),
        Needs::Nothing,
    ),
    (&["st", "patrick's"], Rule::Fixed(3, 17), Needs::Lead),
    (&["st", ".", "patrick's"], Rule::Fixed(3, 17), Needs::Lead),
    (&["saint", "patrick"], Rule::Fixed(3, 17), Needs::Year),
    (&["st", "patrick"], Rule::Fixed(3, 17), Needs::Year),
    (&["st", ".", "patrick"], Rule::Fixed(3, 17), Needs::Year),
    (
        &["april", "fools", "'", "day"],
        Rule::Fixed(4, 1),
        Needs::Nothing,
    ),
    (
        &["april", "fool's", "day"],
        Rule::Fixed(4, 1),
        Needs::Nothing,
    ),
    (
        &["april", "fools", "day"],
        Rule::Fixed(4, 1),
        Needs::Nothing,
    ),
    (&["earth", "day"], Rule::Fixed(4, 22), Needs::Nothing),
    (
        &["international", "workers", "'", "day"],
        Rule::Fixed(5, 1),
        Needs::Nothing,
    ),
    (
        &["international", "workers", "day"],
        Rule::Fixed(5, 1),
        Needs::Nothing,
    ),
    (
        &["international", "women's", "day"],
        Rule::Fixed(3, 8),
        Needs::Nothing,
    ),
    (&["juneteenth"], Rule::Fixed(6, 19), Needs::Lead),
    (&["independence", "day"], Rule::Fixed(7, 4), Needs::Nothing),
    (&["halloween"], Rule::Fixed(10, 31), Needs::Lead),
    (&["armistice", "day"], Rule::Fixed(11, 11), Needs::Nothing),
    (&["remembrance", "day"], Rule::Fixed(11, 11), Needs::Nothing),
    (&["veterans", "day"], Rule::Fixed(11, 11), Needs::Nothing),
    (
        &["veterans", "'", "day"],
        Rule::Fixed(11, 11),
        Needs::Nothing,
    ),
    (&["easter", "sunday"], Rule::Easter(0), Needs::Nothing),
    (&["easter", "day"], Rule::Easter(0), Needs::Nothing),
    (&["easter", "monday"], Rule::Easter(1), Needs::Nothing),
    (&["easter"], Rule::Easter(0), Needs::Lead),
    (&["good", "friday"], Rule::Easter(-2), Needs::Nothing),
    (&["holy", "saturday"], Rule::Easter(-1), Needs::Nothing),
    (&["maundy", "thursday"], Rule::Easter(-3), Needs::Nothing),
    (&["palm", "sunday"], Rule::Easter(-7), Needs::Nothing),
    (&["ash", "wednesday"], Rule::Easter(-46), Needs::Nothing),
    (&["shrove", "tuesday"], Rule::Easter(-47), Needs::Nothing),
    (&["pentecost"], Rule::Easter(49), Needs::Lead),
    (&["whit", "sunday"], Rule::Easter(49), Needs::Nothing),
    (&["ascension", "day"], Rule::Easter(39), Needs::Nothing),
    (&["black", "friday"], Rule::Thanksgiving(1), Needs::Nothing),
    (&["cyber", "monday"], Rule::Thanksgiving(4), Needs::Nothing),
];

/// Whether a holiday name can begin with `w`: this runs at every token of
/// every article, so one match on the word rejects nearly all of them
/// before the names are walked. Kept in step with `NAMES` by a test.
pub(super) fn may_start(w: &str) -> bool {
    matches!(
        w,
        "christmas"
            | "xmas"
            | "boxing"
            | "new"
            | "valentine's"
            | "valentine’s"
            | "valentines"
            | "valentine"
            | "st"
            | "saint"
            | "april"
            | "earth"
            | "international"
            | "juneteenth"
            | "independence"
            | "halloween"
            | "armistice"
            | "remembrance"
            | "veterans"
            | "easter"
            | "good"
            | "holy"
            | "maundy"
            | "palm"
            | "ash"
            | "shrove"
            | "pentecost"
            | "whit"
            | "ascension"
            | "black"
            | "cyber"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computus() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(easter(2018), d(2018, 4, 1));
        assert_eq!(easter(2019), d(2019, 4, 21));
        assert_eq!(easter(2024), d(2024, 3, 31));
        assert_eq!(easter(2038), d(2038, 4, 25));
        assert_eq!(easter(1818), d(1818, 3, 22));
        assert_eq!(Rule::Thanksgiving(1).in_year(2010), d(2010, 11, 26));
    }

    #[test]
    fn every_name_passes_the_first_word_filter() {
        for (words, _, _) in NAMES {
            assert!(may_start(words[0]), "{words:?}");
        }
    }
}
