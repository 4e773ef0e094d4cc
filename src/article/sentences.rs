//! Sentence segmentation for news copy.
//!
//! Unicode's sentence rules split after "Mr." and "St." and do not know that
//! headlines carry no full stop, so we use our own byte-level scan, tuned to
//! wire copy. It runs in two layers:
//!
//! 1. Lines. A blank line always ends a sentence. A single newline ends one
//!    only when the line before looks like a headline, byline or dateline;
//!    wire copy hard-wrapped at ~70 columns must not be cut at every wrap.
//! 2. Punctuation within what remains: `.`, `!`, `?` or an ellipsis, plus
//!    closing quotes and brackets, followed by whitespace and something
//!    that can start a sentence, unless the word before is an abbreviation.
//!
//! Ambiguous abbreviations ("Inc.", "U.S.", "a.m.", initials) end a
//! sentence only when the next word is one that commonly starts a sentence
//! ("The", "He", "But"...): "the U.S. State Department" stays whole while
//! "in the U.S. The next day" splits. A wrong split costs an editor more
//! than a missed one, since a claim's sentence is its context.
//!
//! Everything is linear: each byte is looked at a bounded number of times,
//! and nothing is allocated per character.

use std::ops::Range;

/// Splits `text` into trimmed, ordered, non-overlapping sentence ranges that
/// together cover every non-whitespace character.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut paragraph: Vec<Range<usize>> = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if text[pos..end].trim().is_empty() {
            split_paragraph(text, &paragraph, &mut out);
            paragraph.clear();
        } else {
            paragraph.push(pos..end);
        }
        pos = end + 1;
    }
    split_paragraph(text, &paragraph, &mut out);
    out
}

/// Splits one paragraph, given as its non-blank lines.
fn split_paragraph(text: &str, lines: &[Range<usize>], out: &mut Vec<Range<usize>>) {
    let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
        return;
    };
    let width = lines
        .iter()
        .map(|l| text[l.clone()].trim_end().len())
        .max()
        .unwrap_or(0);
    let mut start = first.start;
    for pair in lines.windows(2) {
        if line_ends_sentence(&text[pair[0].clone()], &text[pair[1].clone()], width) {
            split_segment(text, start..pair[0].end, out);
            start = pair[1].start;
        }
    }
    split_segment(text, start..last.end, out);
}

/// Words that, ending a line, show the sentence runs on to the next line.
const CONTINUATION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "amid", "among", "an", "and", "are", "as", "at", "be",
    "been", "before", "between", "but", "by", "for", "from", "had", "has", "have", "her", "his",
    "if", "in", "into", "is", "its", "nor", "of", "on", "or", "our", "over", "per", "said", "says",
    "than", "that", "the", "their", "these", "this", "those", "to", "told", "under", "via", "was",
    "were", "which", "while", "who", "whom", "whose", "will", "with", "would",
];

/// Whether a single newline between `prev` and `next` ends a sentence,
/// for a paragraph whose longest line is `width` bytes.
fn line_ends_sentence(prev: &str, next: &str, width: usize) -> bool {
    let prev = prev.trim();
    let next = next.trim_start();
    let (Some(last), Some(first)) = (prev.chars().next_back(), next.chars().next()) else {
        return false;
    };
    // A list item or a Markdown heading is a unit of its own whatever ends
    // the line before: a source named in one bullet must not reach the next.
    if starts_list_item(next) || is_heading(prev) || is_heading(next) {
        return true;
    }
    // Terminal punctuation is the punctuation scan's call, which knows
    // abbreviations.
    if ends_with_terminal(prev) || first.is_lowercase() {
        return false;
    }
    if matches!(
        last,
        ',' | ';' | ':' | '(' | '-' | '–' | '—' | '/' | '&' | '+'
    ) {
        return false;
    }
    let last_word = prev
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if CONTINUATION_WORDS.contains(&last_word) {
        return false;
    }
    // A line well short of the paragraph's width was not hard-wrapped.
    looks_like_title(prev) || prev.len() * 4 < width * 3
}

/// `# Title`, `## Title`: a Markdown heading (not a `#hashtag`).
fn is_heading(line: &str) -> bool {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    (1..=6).contains(&hashes) && line.as_bytes().get(hashes).is_none_or(|b| *b == b' ')
}

fn ends_with_terminal(line: &str) -> bool {
    let core = line.trim_end_matches(is_closer);
    core.ends_with(['.', '!', '?', '…'])
}

fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    if matches!(chars.next(), Some('-' | '*' | '+' | '•' | '–' | '—'))
        && chars.next().is_some_and(char::is_whitespace)
    {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let after = &line.as_bytes()[digits..];
    (1..=2).contains(&digits)
        && matches!(after.first(), Some(b'.' | b')'))
        && after.get(1).is_some_and(u8::is_ascii_whitespace)
}

/// All caps, or every word of four letters or more capitalized.
fn looks_like_title(line: &str) -> bool {
    let mut long = 0;
    let mut capitalized = 0;
    for word in line.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = word.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() || word.chars().nth(3).is_none() {
            continue;
        }
        long += 1;
        if first.is_uppercase() {
            capitalized += 1;
        }
    }
    let all_caps = long >= 1 && !line.chars().any(char::is_lowercase);
    all_caps || (long >= 2 && capitalized == long)
}

/// Splits a run of text with no hard breaks at sentence-ending punctuation.
fn split_segment(text: &str, seg: Range<usize>, out: &mut Vec<Range<usize>>) {
    let bytes = text.as_bytes();
    let end = seg.end;
    let mut start = seg.start;
    let mut i = seg.start;
    while i < end {
        let run = i;
        let mut periods = 0;
        let mut other = false;
        let mut j = i;
        while j < end {
            match bytes[j] {
                b'.' => periods += 1,
                b'!' | b'?' => other = true,
                _ if bytes[j..end].starts_with("…".as_bytes()) => {
                    other = true;
                    j += '…'.len_utf8();
                    continue;
                }
                _ => break,
            }
            j += 1;
        }
        if j == run {
            i += 1;
            continue;
        }
        let closers_start = j;
        while let Some(c) = text[j..end].chars().next().filter(|&c| is_closer(c)) {
            j += c.len_utf8();
        }
        let after = &text[j..end];
        let rest = after.trim_start();
        let next_at = end - rest.len();
        let ends = if next_at == j && j < end {
            // "3.5", "U.S.-China", "example.com": no space, no break.
            false
        } else if rest.is_empty() {
            true
        } else {
            let single_period = periods == 1 && !other && closers_start == j;
            ends_before(text, seg.start, run, rest, single_period)
        };
        if ends {
            push_trimmed(text, start..j, out);
            start = j;
        }
        i = j;
    }
    push_trimmed(text, start..end, out);
}

/// Abbreviations that never end a sentence: titles come before a name, and
/// the rest before a number or phrase.
const NEVER_FINAL: &[&str] = &[
    "Adm", "Brig", "Capt", "Cmdr", "Col", "Det", "Dr", "Fr", "Ft", "Gen", "Gov", "Hon", "Insp",
    "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Mt", "Pres", "Prof", "Rep", "Reps", "Rev", "Sen",
    "Sens", "Sgt", "St", "Supt", "approx", "cf", "e.g", "i.e", "vs", "v",
];

/// Abbreviations that end a sentence only before a typical sentence start.
const AMBIGUOUS: &[&str] = &[
    "Apr", "Aug", "Bros", "Co", "Corp", "Dec", "Feb", "Inc", "Jan", "Jr", "Jul", "Jun", "Ltd",
    "Mar", "Nov", "Oct", "Sep", "Sept", "Sr",
];

/// Words that commonly begin a sentence in news copy.
const STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "All",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "Asked",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Dr",
    "During",
    "Earlier",
    "Each",
    "For",
    "From",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "Mr",
    "Mrs",
    "Ms",
    "My",
    "Next",
    "No",
    "None",
    "Now",
    "Officials",
    "On",
    "One",
    "Our",
    "Police",
    "Several",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Two",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
];

/// Whether punctuation at `run` (in a segment starting at `seg_start`)
/// ends a sentence, given the text after the following whitespace.
fn ends_before(text: &str, seg_start: usize, run: usize, rest: &str, single_period: bool) -> bool {
    let Some(next) = rest.chars().next() else {
        return true;
    };
    let opener = matches!(next, '"' | '\'' | '“' | '‘' | '«' | '(' | '[');
    let starts = opener || next.is_ascii_digit() || (next.is_alphabetic() && !next.is_lowercase());
    if !starts {
        return false;
    }
    if !single_period {
        return true;
    }
    let Some((word_at, word)) = word_before(text, seg_start, run) else {
        return true;
    };
    if NEVER_FINAL.contains(&word) {
        return false;
    }
    if matches!(word, "No" | "Nos") && next.is_ascii_digit() {
        return false;
    }
    if is_list_number(text, seg_start, word_at, word) {
        return false;
    }
    let initial = {
        let mut chars = word.chars();
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
    };
    if AMBIGUOUS.contains(&word) || initial || is_dotted(word) {
        return opener || STARTERS.contains(&leading_word(rest));
    }
    true
}

/// The word ending at `run`, without leading quotes or brackets, and where
/// it starts. `None` when the word is implausibly long for an abbreviation.
fn word_before(text: &str, seg_start: usize, run: usize) -> Option<(usize, &str)> {
    let bytes = text.as_bytes();
    let floor = seg_start.max(run.saturating_sub(24));
    let mut w = run;
    while w > floor && !bytes[w - 1].is_ascii_whitespace() {
        w -= 1;
    }
    if w > seg_start && !bytes[w - 1].is_ascii_whitespace() {
        return None;
    }
    let word = text.get(w..run)?;
    let trimmed = word.trim_start_matches(['"', '\'', '(', '[', '“', '‘', '«']);
    Some((run - trimmed.len(), trimmed))
}

/// "U.S", "U.N", "a.m", "Ph.D": letters in groups of one or two, with dots
/// between (the final dot is the one being judged).
fn is_dotted(word: &str) -> bool {
    word.contains('.')
        && word
            .split('.')
            .all(|g| (1..=2).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// "1." or "12." at the start of a line numbers a list item.
fn is_list_number(text: &str, seg_start: usize, word_at: usize, word: &str) -> bool {
    let numeric = (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    if !numeric {
        return false;
    }
    let before = text[seg_start..word_at].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}

/// The run of ASCII letters `rest` starts with.
fn leading_word(rest: &str) -> &str {
    let n = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    &rest[..n]
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[range.clone()];
    let start = range.start + (s.len() - s.trim_start().len());
    let end = range.start + s.trim_end().len();
    if start < end {
        out.push(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[track_caller]
    fn assert_one(text: &str) {
        assert_eq!(sentences(text), vec![text.trim()]);
    }

    #[track_caller]
    fn assert_split(text: &str, expected: &[&str]) {
        assert_eq!(sentences(text), expected);
    }

    #[test]
    fn empty_and_blank_text_has_no_sentences() {
        for t in ["", " ", "\n\n", " \t\n  \n", "\u{a0}\n"] {
            assert!(split(t).is_empty(), "{t:?}");
        }
    }

    #[test]
    fn basic_terminal_punctuation() {
        assert_split(
            "Russia invaded. Ukraine resisted! Will it end? 1,200 died.",
            &[
                "Russia invaded.",
                "Ukraine resisted!",
                "Will it end?",
                "1,200 died.",
            ],
        );
        assert_split("No full stop at the end", &["No full stop at the end"]);
        assert_split("  Padded.  Text.  ", &["Padded.", "Text."]);
    }

    #[test]
    fn lowercase_after_a_period_does_not_split() {
        assert_one("The figure was 4 million. according to an early draft.");
    }

    #[test]
    fn the_worked_example_article() {
        let text = "The Russian Foreign Ministry, in a statement, said Lavrov and Wang met this Wednesday in person in the city of Huangshan. \
According to UNHCR, the war in Ukraine has already left almost four million refugees and, according to the UN, nearly 1,200 civilians have been killed. \
At the UN Assembly, Beijing has twice refrained from condemning Russia's actions.";
        let s = sentences(text);
        assert_eq!(s.len(), 3);
        assert!(s[1].starts_with("According to UNHCR") && s[1].ends_with("killed."));
    }

    #[test]
    fn titles_never_end_a_sentence() {
        for t in [
            "Mr. Lavrov met Mrs. Clinton and Ms. Wang in St. Petersburg.",
            "Dr. Tedros and Prof. Smith spoke.",
            "Gen. Milley, Lt. Col. Vindman and Maj. Gen. Ivanov attended.",
            "Capt. Smith and Sgt. Jones, Adm. Grady, Sen. Manchin and Rep. Pelosi met Gov. Newsom.",
            "Pres. Biden and the Rev. Al Sharpton and the Hon. John Smith arrived.",
            "The fight was Ali vs. Frazier at Mt. Everest base camp.",
            "It is approx. 5 km away.",
            "Some countries, e.g. France and Germany, abstained.",
        ] {
            assert_one(t);
        }
    }

    #[test]
    fn ambiguous_abbreviations_split_only_before_sentence_starters() {
        assert_one("Smith Jr. said the talks failed.");
        assert_one("Apple Inc. Chief Executive Tim Cook said so.");
        assert_split(
            "He works for Apple Inc. The company declined to comment.",
            &[
                "He works for Apple Inc.",
                "The company declined to comment.",
            ],
        );
        assert_one("Martin Luther King Jr. Day is a holiday.");
        assert_split(
            "The speaker was Martin Luther King Jr. He spoke for an hour.",
            &[
                "The speaker was Martin Luther King Jr.",
                "He spoke for an hour.",
            ],
        );
        assert_one("Gazprom Co. Ltd. Chairman Alexei Miller spoke.");
    }

    #[test]
    fn months_before_numbers() {
        assert_one("The invasion began on Feb. 24 and the talks on Mar. 29.");
        assert_one("Attacks on Sept. 11, 2001 and on Jan. 6 were discussed.");
        assert_split(
            "It was signed in Oct. The treaty lapsed.",
            &["It was signed in Oct.", "The treaty lapsed."],
        );
    }

    #[test]
    fn number_abbreviation() {
        assert_one("He lives at No. 10 Downing Street.");
        assert_split(
            "He said No. The talks ended.",
            &["He said No.", "The talks ended."],
        );
    }

    #[test]
    fn dotted_acronyms() {
        assert_one("A spokesman for the U.S. State Department said so.");
        assert_one("The U.N. refugee agency said almost four million people have fled.");
        assert_one("The U.K. Foreign Office and the E.U. Commission disagreed.");
        assert_split(
            "The refugees arrived in the U.S. The next day they were moved.",
            &[
                "The refugees arrived in the U.S.",
                "The next day they were moved.",
            ],
        );
        assert_one("The meeting started at 9 a.m. Moscow time and ended at 5 p.m. local time.");
        assert_split(
            "The meeting started at 9 a.m. The talks lasted six hours.",
            &[
                "The meeting started at 9 a.m.",
                "The talks lasted six hours.",
            ],
        );
        assert_one("She holds a Ph.D. from Moscow State University.");
    }

    #[test]
    fn initials() {
        assert_one("John F. Kennedy was president.");
        assert_one("J. R. R. Tolkien wrote it.");
        assert_one("President George W. Bush and H. W. Bush met.");
        assert_split(
            "He said he preferred Plan B. The others disagreed.",
            &["He said he preferred Plan B.", "The others disagreed."],
        );
    }

    #[test]
    fn decimals_and_numbers() {
        assert_one("The economy shrank 3.5% and 1.2 million people left.");
        assert_one("Exports rose to $4.5bn, or 2.3 per cent of GDP.");
        assert_split(
            "Casualties reached 1,200. 400 of them were children.",
            &["Casualties reached 1,200.", "400 of them were children."],
        );
        assert_one("Version 2.0.1 was released at example.com today.");
    }

    #[test]
    fn ellipses() {
        assert_one("He paused... and then continued.");
        assert_one("He paused\u{2026} and then continued.");
        assert_split(
            "He paused... Then he left.",
            &["He paused...", "Then he left."],
        );
        assert_split("Wait\u{2026} Then go.", &["Wait\u{2026}", "Then go."]);
    }

    #[test]
    fn quotations() {
        assert_one("\"We will not leave,\" he said.");
        assert_one("\"Will you leave?\" he asked.");
        assert_one("\"We will leave!\" shouted the crowd.");
        assert_split(
            "He said: \"We will leave.\" Then he left.",
            &["He said: \"We will leave.\"", "Then he left."],
        );
        assert_split(
            "He left. \"We will return,\" he said.",
            &["He left.", "\"We will return,\" he said."],
        );
        assert_split(
            "She called it 'unacceptable.' The ministry agreed.",
            &["She called it 'unacceptable.'", "The ministry agreed."],
        );
        assert_split(
            "It failed (as expected.) Talks resumed.",
            &["It failed (as expected.)", "Talks resumed."],
        );
        assert_split(
            "It said so in the U.S.\" The ministry did not comment.",
            &["It said so in the U.S.\"", "The ministry did not comment."],
        );
    }

    #[test]
    fn non_ascii_sentence_starts() {
        assert_split("Он сказал. Она ушла.", &["Он сказал.", "Она ушла."]);
        assert_split("It ended. Éric left.", &["It ended.", "Éric left."]);
        assert_one("It ended. élan remained.");
    }

    #[test]
    fn blank_lines_always_split() {
        assert_split(
            "Headline without stop\n\nfirst paragraph continues\n \nthird",
            &[
                "Headline without stop",
                "first paragraph continues",
                "third",
            ],
        );
        assert_split("He met Mr.\n\nSmith", &["He met Mr.", "Smith"]);
    }

    #[test]
    fn headline_dateline_and_byline_lines() {
        let text = "Russia and China pledge closer ties\nBy Jane Doe\nMOSCOW, March 30 (Reuters)\nThe Russian Foreign Ministry said on Tuesday that Foreign Minister Sergei Lavrov would travel to China.";
        assert_split(
            text,
            &[
                "Russia and China pledge closer ties",
                "By Jane Doe",
                "MOSCOW, March 30 (Reuters)",
                "The Russian Foreign Ministry said on Tuesday that Foreign Minister Sergei Lavrov would travel to China.",
            ],
        );
        assert_split(
            "BREAKING NEWS\nLavrov arrives in Huangshan.",
            &["BREAKING NEWS", "Lavrov arrives in Huangshan."],
        );
    }

    #[test]
    fn long_title_case_headline_over_long_paragraph() {
        let text = "China And Russia Pledge Closer Ties As Lavrov Meets Wang In Huangshan\nWang Yi said the two countries would deepen cooperation across trade, energy, technology and security in the coming years, and that no third party would stand in the way.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn dateline_ending_in_dash_joins_the_first_sentence() {
        assert_one("MOSCOW, March 30 (Reuters) -\nRussia's foreign minister arrived in China.");
    }

    #[test]
    fn hard_wrapped_wire_copy_is_not_split_at_wraps() {
        let text = "The Russian Foreign Ministry said on Tuesday that Foreign Minister\n\
Sergei Lavrov would travel to China for a two-day forum on Afghanistan,\n\
where he was expected to meet his Chinese counterpart Wang Yi. According\n\
to UNHCR, the war in Ukraine has already left almost four million\n\
refugees.";
        let s = sentences(text);
        assert_eq!(s.len(), 2, "{s:#?}");
        assert!(s[0].ends_with("Wang Yi."));
        assert!(s[1].starts_with("According\nto UNHCR"));
    }

    #[test]
    fn wrapped_line_ending_in_function_word_or_comma_joins() {
        assert_one("Lavrov met Wang and\nThe Chinese side agreed.");
        assert_one("Lavrov met Wang,\nThe Chinese side agreed.");
        assert_one("Lavrov said:\n\"We will deepen ties.\"");
        assert_one("The ministry\nsaid so.");
    }

    #[test]
    fn one_paragraph_per_line_articles() {
        let text = "Lavrov in China\nThe Russian minister arrived on Tuesday. He met Wang Yi.\nThe talks lasted two days.";
        assert_split(
            text,
            &[
                "Lavrov in China",
                "The Russian minister arrived on Tuesday.",
                "He met Wang Yi.",
                "The talks lasted two days.",
            ],
        );
    }

    #[test]
    fn markdown_headings_and_lists() {
        assert_split(
            "# Lavrov in China\nThe talks began.",
            &["# Lavrov in China", "The talks began."],
        );
        assert_split(
            "Key figures:\n- 4 million refugees\n- 1,200 civilians killed",
            &[
                "Key figures:",
                "- 4 million refugees",
                "- 1,200 civilians killed",
            ],
        );
        assert_split(
            "1. Refugees fled.\n2. Civilians died.",
            &["1. Refugees fled.", "2. Civilians died."],
        );
    }

    #[test]
    fn bullets_ending_in_full_stops_are_separate_sentences() {
        assert_split(
            "- Floods cut 12 roads.\n- Officials said 300 homes were flooded.\n* Aid arrived.\n\u{2022} Schools shut.",
            &[
                "- Floods cut 12 roads.",
                "- Officials said 300 homes were flooded.",
                "* Aid arrived.",
                "\u{2022} Schools shut.",
            ],
        );
        assert_split(
            "Two ferries sank.\n1. Rescuers found 40 people.\n2. Nine are missing.",
            &[
                "Two ferries sank.",
                "1. Rescuers found 40 people.",
                "2. Nine are missing.",
            ],
        );
        assert_split(
            "The storm hit on Monday.\n## Damage\nRoofs were torn off.",
            &[
                "The storm hit on Monday.",
                "## Damage",
                "Roofs were torn off.",
            ],
        );
        assert_one("Donations rose after the\n#GivingTuesday appeal.");
    }

    #[test]
    fn short_heading_lines_without_full_stops_stand_alone() {
        assert_split(
            "Response overview\nRelief teams have reached 14 villages in the hills since the road reopened on Friday.",
            &[
                "Response overview",
                "Relief teams have reached 14 villages in the hills since the road reopened on Friday.",
            ],
        );
        assert_split(
            "Shelter\n- 200 tents were handed out.",
            &["Shelter", "- 200 tents were handed out."],
        );
    }

    #[test]
    fn crlf_and_tabs_are_whitespace() {
        assert_split("One.\r\nTwo.\r\n\r\nThree", &["One.", "Two.", "Three"]);
    }

    #[test]
    fn ranges_are_ordered_trimmed_and_cover_all_text() {
        let samples = [
            "  Mr. A. B. Smith said... \"No.\" Then (he left.)\n\n\nU.S. The end. ",
            "\u{a0}Ünïcode… Ça va? «Oui.» Fin",
            "x.y. z!? ?. . .. \n- \n# \n1. ",
            "word\nWORD\nWord Word Word\n,\n.\n",
        ];
        for text in samples {
            check_invariants(text);
        }
    }

    fn check_invariants(text: &str) {
        let ranges = split(text);
        let mut prev_end = 0;
        let mut covered = String::new();
        for r in &ranges {
            assert!(
                r.start >= prev_end && r.start < r.end,
                "{text:?}: {ranges:?}"
            );
            let s = &text[r.clone()];
            assert_eq!(s, s.trim(), "{text:?}: {r:?}");
            covered.extend(s.chars().filter(|c| !c.is_whitespace()));
            prev_end = r.end;
        }
        let all: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(covered, all, "{text:?}");
    }

    #[test]
    fn invariants_hold_on_generated_text() {
        const PIECES: &[&str] = &[
            "The", "he", "U.S.", "Mr.", "a.m.", "J.", "1.2", "No.", "...", "\u{2026}", ".", "!",
            "?", "\"", "'", ")", "(", " ", " ", "\n", "\n\n", ",", "Inc.", "é", "Ж", "- ", "# ",
            "3",
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PIECES[(state >> 35) as usize % PIECES.len()]);
            }
            check_invariants(&text);
        }
    }

    #[test]
    fn large_input_is_linear() {
        let para = "The U.N. said 1.2 million people fled. Mr. Lavrov met Wang Yi in Huangshan... \"We will not leave,\" he said.\n";
        let text = para.repeat(20_000);
        let started = std::time::Instant::now();
        let n = split(&text).len();
        assert_eq!(n, 60_000);
        // Generous even for a debug build on a slow machine; quadratic
        // behaviour would take minutes.
        assert!(started.elapsed().as_secs() < 20);
        let long_word = "a.".repeat(200_000) + " B";
        assert_eq!(split(&long_word).len(), 2);
    }
}
