//! The publication date printed near the top of a saved page or a press
//! release (`Published 14:05, 9 February 2025`, `For immediate release:
//! Tuesday 8 October 2024, 13:00`, `Updated March 30, 2022`) when the file
//! has no `date` header or front matter. Without it every `on Tuesday` and
//! `yesterday` in the article would stay unresolved.
//!
//! Only a short line among the first few that carries a publishing word and
//! a full date with its year counts; a date in the body is an event's date,
//! never the article's.

use chrono::NaiveDate;

/// How many non-blank lines from the top a byline may stand on.
const TOP_LINES: usize = 8;
/// Longer lines are prose, not bylines.
const BYLINE_CHARS: usize = 100;

/// The publication date a byline line near the top of `text` gives.
pub fn published(text: &str) -> Option<NaiveDate> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(TOP_LINES)
        .filter(|l| l.chars().count() <= BYLINE_CHARS && publishing_cue(l))
        .find_map(full_date)
}

/// Words that say a line dates the article itself.
pub fn publishing_cue(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    [
        "published",
        "updated",
        "posted",
        "release",
        "first appeared",
        "issued",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// The first full date of a line: `9 February 2025`, `February 9, 2025`,
/// `Feb. 9, 2025` or `2025-02-09`.
fn full_date(line: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '|' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        if let Ok(d) = NaiveDate::parse_from_str(w, "%Y-%m-%d") {
            return Some(d);
        }
        let Some(month) = month(w) else { continue };
        let number = |k: usize| {
            words
                .get(k)
                .and_then(|s| s.trim_end_matches('.').parse::<u32>().ok())
        };
        // `9 February 2025`
        if let (Some(day), Some(year)) = (i.checked_sub(1).and_then(number), number(i + 1))
            && let Some(d) = ymd(year, month, day)
        {
            return Some(d);
        }
        // `February 9, 2025`
        if let (Some(day), Some(year)) = (number(i + 1), number(i + 2))
            && let Some(d) = ymd(year, month, day)
        {
            return Some(d);
        }
    }
    None
}

fn ymd(year: u32, month: u32, day: u32) -> Option<NaiveDate> {
    if !(1900..=2200).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS
        .iter()
        .position(|m| w.len() >= 3 && m.starts_with(w.as_str()))
        .and_then(|p| u32::try_from(p + 1).ok())
}

#[cfg(test)]
mod tests {
    use super::published;

    fn day(s: &str) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn bylines_near_the_top_date_the_article() {
        let p = |s: &str| published(s);
        assert_eq!(
            p("Flood hits town\n\nBy Helen Pryce\n\nPublished 14:05, 9 February 2025\n\nBody."),
            day("2025-02-09")
        );
        assert_eq!(
            p("PRESS RELEASE\nFor immediate release: Tuesday 8 October 2024, 13:00\nText"),
            day("2024-10-08")
        );
        assert_eq!(
            p("Title\nUpdated Feb. 3, 2023 at 5pm\nText"),
            day("2023-02-03")
        );
        assert_eq!(p("Title\nPosted 2021-06-01\nText"), day("2021-06-01"));
    }

    #[test]
    fn dates_in_the_body_or_without_a_cue_or_a_year_are_not_bylines() {
        assert_eq!(
            published("The deal was signed on 9 February 2025 in Rome."),
            None
        );
        assert_eq!(published("Title\nPublished 9 February\nText"), None);
        let late = "a\nb\nc\nd\ne\nf\ng\nh\ni\nPublished 9 February 2025";
        assert_eq!(published(late), None);
        assert_eq!(
            published(
                "Title\nThe report, published in a long line of prose that goes on and on about the flood and its causes on 9 February 2025, said"
            ),
            None
        );
    }
}
