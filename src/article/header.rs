//! Article headers: the `date YYYY-MM-DD` marker and Markdown front matter.
//!
//! Both carry metadata that must not reach the extractors: a date inside the
//! body would otherwise be extracted as a claim. The header parser therefore
//! only reports where the body starts; normalization begins there.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::normalize::line_at;

/// What the header said, and where the body starts in the raw text.
#[derive(Debug, Default, PartialEq)]
pub struct Header {
    /// Byte offset in the raw text where the article body begins.
    pub body_start: usize,
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub url: Option<String>,
}

/// Errors are `(1-based line, message)`; the caller adds the file name.
pub fn parse(raw: &str) -> Result<Header, (usize, String)> {
    let after_bom = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    let bom = raw.len() - after_bom.len();
    if let Some(header) = front_matter(raw, bom)? {
        return Ok(header);
    }
    let trimmed = after_bom.trim_start();
    let marker_at = raw.len() - trimmed.len();
    if let Some(rest) = trimmed.strip_prefix("date")
        && rest.starts_with([' ', '\t'])
    {
        return date_marker(raw, marker_at, raw.len() - rest.len());
    }
    Ok(Header::default())
}

/// The inline marker: `date 2022-03-30 The Russian Foreign Ministry ...`,
/// with the body on the same line or the next.
fn date_marker(raw: &str, marker_at: usize, after_word: usize) -> Result<Header, (usize, String)> {
    let rest = &raw[after_word..];
    let value = rest.trim_start_matches([' ', '\t']);
    let token_len = value.find(char::is_whitespace).unwrap_or(value.len());
    let token = &value[..token_len];
    let line = line_at(raw.as_bytes(), marker_at);
    let published = parse_day(token).ok_or_else(|| {
        let found = if token.is_empty() {
            "no date".to_string()
        } else {
            format!("`{}`", shorten(token))
        };
        (
            line,
            format!(
                "the `date` marker has {found}, not a real date; write it as `date YYYY-MM-DD` (for example `date 2022-03-30`), or pass --published"
            ),
        )
    })?;
    let body = value[token_len..].trim_start();
    Ok(Header {
        body_start: raw.len() - body.len(),
        published: Some(published),
        ..Header::default()
    })
}

/// The keys we read from front matter; everything else is the author's and
/// is ignored.
#[derive(Debug, Default, Deserialize)]
struct FrontMatter {
    published: Option<Spanned<serde_json::Value>>,
    date: Option<Spanned<serde_json::Value>>,
    title: Option<String>,
    url: Option<String>,
}

/// Markdown front matter: a `---` line first (after an optional BOM), YAML,
/// and a closing `---` line. `Ok(None)` when the text has none.
fn front_matter(raw: &str, from: usize) -> Result<Option<Header>, (usize, String)> {
    let mut lines = Lines { raw, pos: from };
    match lines.next() {
        Some((start, end)) if raw[start..end].trim_end() == "---" => {}
        _ => return Ok(None),
    }
    let yaml_start = lines.pos;
    let mut yaml_end = None;
    for (start, end) in lines.by_ref() {
        if raw[start..end].trim_end() == "---" {
            yaml_end = Some(start);
            break;
        }
    }
    let Some(yaml_end) = yaml_end else {
        return Err((
            line_at(raw.as_bytes(), from),
            "front matter starts with `---` here but is never closed; add a line `---` after the metadata, before the article text".to_string(),
        ));
    };
    let body_start = lines.pos;
    // YAML line 1 is the line after the opening `---`.
    let first_line = line_at(raw.as_bytes(), yaml_start);
    let yaml = &raw[yaml_start..yaml_end];
    let fm = serde_saphyr::from_str::<Option<FrontMatter>>(yaml)
        .map_err(|e| {
            let line = e
                .location()
                .map_or(0, |l| usize::try_from(l.line()).unwrap_or(usize::MAX));
            let line = first_line.saturating_add(line.saturating_sub(1));
            (
                line,
                format!(
                    "front matter is not valid YAML ({}); fix it, or remove the `---` block",
                    yaml_message(&e)
                ),
            )
        })?
        .unwrap_or_default();

    let date_field = match (fm.published, fm.date) {
        (Some(p), _) if !p.value.is_null() => Some(("published", p)),
        (_, Some(d)) if !d.value.is_null() => Some(("date", d)),
        _ => None,
    };
    let published = match date_field {
        None => None,
        Some((key, field)) => {
            let day = field.value.as_str().and_then(parse_date_or_datetime);
            let yaml_line = usize::try_from(field.referenced.line()).unwrap_or(usize::MAX);
            let line = first_line.saturating_add(yaml_line.saturating_sub(1));
            Some(day.ok_or_else(|| {
                (
                    line,
                    format!(
                        "front matter `{key}: {}` is not a date; write `{key}: YYYY-MM-DD` (for example `{key}: 2022-03-30`) or an ISO date-time",
                        shorten(&scalar_text(&field.value))
                    ),
                )
            })?)
        }
    };
    Ok(Some(Header {
        body_start,
        published,
        title: fm.title.as_deref().and_then(clean_text),
        url: fm.url.as_deref().and_then(clean_text),
    }))
}

/// Line iterator yielding `(start, end)` of each line's content; it splits
/// on `\n`, `\r\n` and a lone `\r` like the offset map does, so error lines
/// agree with claim lines.
struct Lines<'a> {
    raw: &'a str,
    /// Start of the next line (just after the last line break consumed).
    pos: usize,
}

impl Iterator for Lines<'_> {
    type Item = (usize, usize);
    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.pos;
        if start >= self.raw.len() {
            return None;
        }
        let bytes = self.raw.as_bytes();
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(bytes.len(), |i| start + i);
        self.pos = match bytes.get(end) {
            Some(b'\r') if bytes.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
            None => end,
        };
        Some((start, end))
    }
}

/// Exactly `YYYY-MM-DD` naming a real day.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, &c)| {
            if i == 4 || i == 7 {
                c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `YYYY-MM-DD`, or an ISO date-time whose date part is taken (the
/// publication day as the author wrote it, not shifted to UTC).
fn parse_date_or_datetime(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let date = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with(['T', 't', ' '])) {
        return None;
    }
    if rest.len() > 1 && !rest.as_bytes()[1].is_ascii_digit() {
        return None;
    }
    parse_day(date)
}

/// Titles and URLs as one trimmed line; blank means absent.
fn clean_text(s: &str) -> Option<String> {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

fn scalar_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The parser's user-facing message without its location: we report the
/// line in the whole file, not in the YAML block.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    use serde_saphyr::MessageFormatter;
    let msg = serde_saphyr::UserMessageFormatter.format_message(e.without_snippet());
    let msg = msg.lines().next().unwrap_or("");
    match e.location() {
        Some(l) => format!("{msg}, column {}", l.column()),
        None => msg.to_string(),
    }
}

/// Quoted user input in a message stays short even if the input is not.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<NaiveDate> {
        Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    fn body(raw: &str) -> &str {
        &raw[parse(raw).unwrap().body_start..]
    }

    fn err(raw: &str) -> (usize, String) {
        parse(raw).unwrap_err()
    }

    #[test]
    fn plain_text_has_no_header() {
        for raw in [
            "",
            "   ",
            "The Russian Foreign Ministry said.",
            "Dated 2022-03-30 text",
            "\u{feff}Hi",
        ] {
            assert_eq!(parse(raw).unwrap(), Header::default(), "{raw:?}");
        }
    }

    #[test]
    fn date_marker_on_the_same_line() {
        let raw = " date 2022-03-30 The Russian Foreign Ministry, ...";
        let h = parse(raw).unwrap();
        assert_eq!(h.published, day("2022-03-30"));
        assert_eq!(&raw[h.body_start..], "The Russian Foreign Ministry, ...");
        assert_eq!(h.title, None);
    }

    #[test]
    fn date_marker_on_its_own_line() {
        assert_eq!(body("date 2022-03-30\nThe Russian"), "The Russian");
        assert_eq!(
            body("\u{feff}\r\n  date\t2022-03-30  \r\n\r\nThe Russian"),
            "The Russian"
        );
        assert_eq!(body("date 2022-03-30"), "");
        assert_eq!(
            parse("date 2022-03-30   ").unwrap().published,
            day("2022-03-30")
        );
    }

    #[test]
    fn date_marker_with_an_impossible_date_is_an_error() {
        let (line, msg) = err("date 2022-02-30 The text");
        assert_eq!(line, 1);
        assert!(msg.contains("`2022-02-30`"), "{msg}");
        assert!(msg.contains("YYYY-MM-DD"), "{msg}");
        let (line, msg) = err("\n\n date soon\nText");
        assert_eq!(line, 3);
        assert!(
            msg.contains("`soon`") && msg.contains("YYYY-MM-DD"),
            "{msg}"
        );
        for bad in [
            "date 2022-3-30 x",
            "date 30-03-2022 x",
            "date 2022-03-30The",
            "date  \nx",
            "date 2022-13-01",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn word_date_without_a_space_is_not_a_marker() {
        assert_eq!(parse("dated 2022").unwrap(), Header::default());
        assert_eq!(parse("date\n2022-03-30").unwrap(), Header::default());
    }

    #[test]
    fn front_matter_fields() {
        let raw = "---\ntitle: Lavrov meets Wang\nurl: https://example.com/a\npublished: 2022-03-30\ntags: [china, russia]\n---\nThe Russian";
        let h = parse(raw).unwrap();
        assert_eq!(h.published, day("2022-03-30"));
        assert_eq!(h.title.as_deref(), Some("Lavrov meets Wang"));
        assert_eq!(h.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(&raw[h.body_start..], "The Russian");
    }

    #[test]
    fn front_matter_with_bom_and_crlf() {
        let raw = "\u{feff}---\r\ntitle: \"Quoted: title\"\r\npublished: 2022-03-30T09:15:00+03:00\r\n---\r\nBody\r\n";
        let h = parse(raw).unwrap();
        assert_eq!(h.published, day("2022-03-30"));
        assert_eq!(h.title.as_deref(), Some("Quoted: title"));
        assert_eq!(&raw[h.body_start..], "Body\r\n");
    }

    #[test]
    fn front_matter_dates_and_fallbacks() {
        let p = |raw: &str| parse(raw).unwrap().published;
        assert_eq!(p("---\ndate: 2021-12-01\n---\n"), day("2021-12-01"));
        assert_eq!(
            p("---\npublished: 2022-01-02\ndate: 2021-12-01\n---\n"),
            day("2022-01-02")
        );
        assert_eq!(
            p("---\npublished:\ndate: 2021-12-01\n---\n"),
            day("2021-12-01")
        );
        assert_eq!(
            p("---\npublished: 2022-03-30 23:59:59\n---\n"),
            day("2022-03-30")
        );
        assert_eq!(p("---\npublished: '2022-03-30'\n---\n"), day("2022-03-30"));
        assert_eq!(p("---\ntitle: x\n---\n"), None);
        assert_eq!(p("---\n---\nBody"), None);
    }

    #[test]
    fn front_matter_blank_title_is_absent_and_multiline_is_joined() {
        let h = parse("---\ntitle: ''\nurl: \n---\n").unwrap();
        assert_eq!((h.title, h.url), (None, None));
        let h = parse("---\ntitle: |\n  Two\n  lines\n---\n").unwrap();
        assert_eq!(h.title.as_deref(), Some("Two lines"));
        let h = parse("---\ntitle: 1984\n---\n").unwrap();
        assert_eq!(h.title.as_deref(), Some("1984"));
    }

    #[test]
    fn front_matter_bad_published_names_the_line() {
        let (line, msg) = err("---\ntitle: x\npublished: March 30\n---\nBody");
        assert_eq!(line, 3);
        assert!(
            msg.contains("published: March 30") && msg.contains("YYYY-MM-DD"),
            "{msg}"
        );
        let (line, _) = err("\u{feff}---\r\n\r\ndate: 2022-02-30\r\n---\r\n");
        assert_eq!(line, 3);
        let (line, msg) = err("---\npublished: 2022\n---\n");
        assert_eq!(line, 2);
        assert!(msg.contains("`published: 2022`"), "{msg}");
        assert!(parse("---\npublished: [2022-03-30]\n---\n").is_err());
        assert!(parse("---\npublished: 2022-03-30Tnoon\n---\n").is_err());
        assert!(parse("---\npublished: 2022-03-30x\n---\n").is_err());
    }

    #[test]
    fn front_matter_invalid_yaml_names_the_line() {
        let (line, msg) = err("---\ntitle: ok\ntitle2: [unclosed\nurl: x\n---\nBody");
        assert_eq!(line, 4);
        assert!(msg.contains("not valid YAML"), "{msg}");
        assert!(!msg.contains("at line"), "{msg}");
        let (line, _) = err("---\ntitle: \"open\n---\n");
        assert_eq!(line, 2);
        let (line, _) = err("---\n- a list\n---\n");
        assert_eq!(line, 2);
        let (line, _) = err("---\nurl: {a: 1}\n---\n");
        assert_eq!(line, 2);
        let (line, msg) = err("---\npublished: 2022-03-30\npublished: 2022-03-31\n---\n");
        assert_eq!(line, 3);
        assert!(
            msg.contains("duplicate") && !msg.contains("Options"),
            "{msg}"
        );
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let (line, msg) = err("---\ntitle: x\nThe article text");
        assert_eq!(line, 1);
        assert!(msg.contains("never closed") && msg.contains("---"), "{msg}");
        assert!(parse("---").is_err());
        assert!(parse("\u{feff}---\r\n").is_err());
    }

    #[test]
    fn dashes_later_in_the_text_are_not_front_matter() {
        assert_eq!(parse("Title\n---\nBody\n---\n").unwrap(), Header::default());
        assert_eq!(parse("----\nx\n----\n").unwrap(), Header::default());
    }

    #[test]
    fn front_matter_body_start_after_closing_line() {
        assert_eq!(body("---\ntitle: x\n---"), "");
        assert_eq!(body("---\ntitle: x\n---  \n\nBody"), "\nBody");
        assert_eq!(body("---\rtitle: x\r---\rBody"), "Body");
    }

    #[test]
    fn never_panics_on_odd_input() {
        let samples = [
            "date",
            "date ",
            "date é",
            "dateé",
            " date 2022-03-3é",
            "---\n\u{0}\n---",
            "---\n:\n---",
            "\u{feff}",
            "\u{feff}date 2022-03-30",
            "---\ntitle: 'é\n---",
            "date 2022-03-30\u{a0}x",
            "---\n---",
            "---\r\n---\r\n",
            "date 20\u{e9}2-03-30",
        ];
        for s in samples {
            let _ = parse(s);
            for i in 0..=s.len() {
                if let Some(prefix) = s.get(..i) {
                    let _ = parse(prefix);
                }
            }
        }
    }

    #[test]
    fn generated_inputs_never_panic_and_body_start_is_a_boundary() {
        const PIECES: &[&str] = &[
            "---",
            "\n",
            "\r\n",
            "\r",
            " ",
            "date",
            "date ",
            "2022-03-30",
            "published: ",
            "title: ",
            "url: ",
            "\u{feff}",
            "é",
            "'",
            "\"",
            "[",
            ":",
            "T10:00",
            "x",
            "- ",
        ];
        let mut state = 0x1234_5678_9ABC_DEF1u64;
        for _ in 0..5000 {
            let mut raw = String::new();
            for _ in 0..(state % 16) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                raw.push_str(PIECES[(state >> 40) as usize % PIECES.len()]);
            }
            match parse(&raw) {
                Ok(h) => assert!(raw.is_char_boundary(h.body_start), "{raw:?}"),
                Err((line, msg)) => {
                    assert!(line >= 1 && line <= raw.len() + 1, "{raw:?}: {line}");
                    assert!(!msg.is_empty());
                }
            }
        }
    }
}
