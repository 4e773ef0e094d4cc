//! Text normalization that remembers where every byte came from.
//!
//! Extractors match on plain ASCII punctuation and spaces, so typographic
//! variants are folded here once instead of in every rule. Every replacement
//! is the same length or shorter than what it replaces, so the normalized text
//! never outgrows the original and the offset map only needs a checkpoint
//! where the running difference between the two changes. That keeps the map
//! small on 50 MB inputs where almost every byte is copied verbatim.

/// Maps byte offsets of the normalized text back to the original text.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// `(normalized, original)` pairs, sorted by both. Between two
    /// checkpoints the texts are identical byte for byte, so an offset maps
    /// by adding the last checkpoint's difference. The first entry is
    /// `(0, body_start)`.
    checkpoints: Vec<(usize, usize)>,
    /// Original offsets at which a line starts (0 included), so a binary
    /// search turns an offset into a line number.
    line_starts: Vec<usize>,
    /// Length of the normalized text; larger offsets are clamped to it.
    len: usize,
}

impl OffsetMap {
    /// Original byte offset of a normalized offset.
    ///
    /// Exact for offsets at the start of a normalized char; `len` maps to the
    /// end of the body, and larger offsets are clamped to it so a stale
    /// offset can still be reported rather than panic.
    pub fn original(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        let i = self.checkpoints.partition_point(|&(n, _)| n <= offset);
        match i.checked_sub(1).and_then(|i| self.checkpoints.get(i)) {
            Some(&(n, o)) => o + (offset - n),
            None => offset,
        }
    }

    /// 1-based line in the original text, counting `\n`, `\r\n` and a lone
    /// `\r` as one line break each, as editors do.
    pub fn line_of(&self, offset: usize) -> usize {
        let orig = self.original(offset);
        self.line_starts.partition_point(|&s| s <= orig).max(1)
    }
}

/// What a character becomes in the normalized text.
enum Fold {
    Keep,
    Into(&'static str),
    Drop,
}

fn fold(c: char) -> Fold {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2039}'
        | '\u{203A}' => Fold::Into("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => Fold::Into("\""),
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Fold::Into(" "),
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}' | '\u{FEFF}' => Fold::Drop,
        _ => Fold::Keep,
    }
}

/// Normalizes `raw[body_start..]` and returns it with its offset map.
///
/// En and em dashes are kept: the number parser reads them as range
/// separators. A `body_start` past the end or inside a char is moved to the
/// next char boundary rather than trusted.
pub fn normalize(raw: &str, body_start: usize) -> (String, OffsetMap) {
    let mut start = body_start.min(raw.len());
    while !raw.is_char_boundary(start) {
        start += 1;
    }
    let bytes = raw.as_bytes();
    let mut line_starts = line_starts_before(bytes, start);
    let mut out = String::with_capacity(raw.len() - start);
    let mut checkpoints = vec![(0, start)];
    let mut delta = start;
    // Start of the bytes not yet copied to `out`; runs are copied in one go.
    let mut run = start;
    let mut i = start;

    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            match b {
                b'\n' => line_starts.push(i + 1),
                b'\t' => {
                    out.push_str(&raw[run..i]);
                    out.push(' ');
                    run = i + 1;
                }
                b'\r' => {
                    out.push_str(&raw[run..i]);
                    out.push('\n');
                    let next = if bytes.get(i + 1) == Some(&b'\n') {
                        i + 2
                    } else {
                        i + 1
                    };
                    line_starts.push(next);
                    run = next;
                    i = next;
                    checkpoint(&mut checkpoints, &mut delta, out.len(), i);
                    continue;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        let width = c.len_utf8();
        match fold(c) {
            Fold::Keep => {}
            Fold::Into(s) => {
                out.push_str(&raw[run..i]);
                out.push_str(s);
                run = i + width;
                checkpoint(&mut checkpoints, &mut delta, out.len(), run);
            }
            Fold::Drop => {
                out.push_str(&raw[run..i]);
                run = i + width;
                checkpoint(&mut checkpoints, &mut delta, out.len(), run);
            }
        }
        i += width;
    }
    out.push_str(&raw[run..]);
    let len = out.len();
    (
        out,
        OffsetMap {
            checkpoints,
            line_starts,
            len,
        },
    )
}

/// Records that normalized offset `norm` corresponds to original `orig`,
/// unless the difference is unchanged (then the last checkpoint covers it).
fn checkpoint(checkpoints: &mut Vec<(usize, usize)>, delta: &mut usize, norm: usize, orig: usize) {
    if orig - norm == *delta {
        return;
    }
    *delta = orig - norm;
    match checkpoints.last_mut() {
        // Several dropped chars in a row: the later position wins, because
        // the normalized char at `norm` comes after all of them.
        Some(last) if last.0 == norm => last.1 = orig,
        _ => checkpoints.push((norm, orig)),
    }
}

/// Line starts in `bytes[..end]`, with the same rules as [`OffsetMap::line_of`].
fn line_starts_before(bytes: &[u8], end: usize) -> Vec<usize> {
    let mut starts = vec![0];
    for (i, &b) in bytes[..end].iter().enumerate() {
        let breaks = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
        if breaks {
            starts.push(i + 1);
        }
    }
    starts
}

/// 1-based line of byte `offset` in `bytes`, for errors found before the
/// text is normalized (bad UTF-8, headers).
pub(crate) fn line_at(bytes: &[u8], offset: usize) -> usize {
    let end = offset.min(bytes.len());
    line_starts_before(bytes, end)
        .iter()
        .filter(|&&s| s <= end)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(raw: &str) -> String {
        normalize(raw, 0).0
    }

    #[test]
    fn plain_ascii_is_copied_unchanged() {
        let raw = "The Russian Foreign Ministry said on Tuesday.\nNext line.";
        let (text, map) = normalize(raw, 0);
        assert_eq!(text, raw);
        assert_eq!(map.checkpoints, vec![(0, 0)]);
        assert_eq!(map.original(10), 10);
        assert_eq!(map.original(raw.len()), raw.len());
    }

    #[test]
    fn folds_quotes_spaces_and_line_ends() {
        assert_eq!(norm("\u{2018}a\u{2019} \u{201B}b\u{2032}"), "'a' 'b'");
        assert_eq!(
            norm("\u{201C}a\u{201D} \u{201E}b\u{2033} \u{AB}c\u{BB}"),
            "\"a\" \"b\" \"c\""
        );
        assert_eq!(
            norm("1\u{A0}200\u{202F}a\u{2009}b\u{2007}c\u{2003}d\te"),
            "1 200 a b c d e"
        );
        assert_eq!(norm("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert_eq!(norm("a\r\r\nb"), "a\n\nb");
    }

    #[test]
    fn drops_bom_and_zero_width_chars() {
        assert_eq!(norm("\u{FEFF}Hello"), "Hello");
        assert_eq!(
            norm("co\u{AD}op\u{200B}er\u{200C}a\u{200D}t\u{2060}e"),
            "cooperate"
        );
    }

    #[test]
    fn keeps_dashes_and_other_text() {
        let raw = "1,000\u{2013}1,200 \u{2014} Kyiv, Ки\u{0457}в, 北京";
        assert_eq!(norm(raw), raw);
    }

    #[test]
    fn maps_offsets_after_shrinking_replacements() {
        let raw = "\u{201C}Hi\u{201D} said\u{A0}Ann";
        let (text, map) = normalize(raw, 0);
        assert_eq!(text, "\"Hi\" said Ann");
        assert_eq!(map.original(0), 0);
        assert_eq!(map.original(1), 3); // "H"
        assert_eq!(map.original(3), 5); // closing quote
        assert_eq!(map.original(4), 8); // space after it
        assert_eq!(map.original(9), 13); // the NBSP
        assert_eq!(map.original(10), 15); // "Ann"
        assert_eq!(map.original(text.len()), raw.len());
        assert_eq!(map.original(text.len() + 100), raw.len());
    }

    #[test]
    fn dropped_chars_map_to_the_char_after_them() {
        let raw = "a\u{200B}\u{200B}b\u{AD}";
        let (text, map) = normalize(raw, 0);
        assert_eq!(text, "ab");
        assert_eq!(map.original(1), 7);
        assert_eq!(map.original(2), raw.len());
    }

    #[test]
    fn body_start_offsets_and_lines_count_the_header() {
        let raw = "date 2022-03-30\r\nline two\r\nline three";
        let start = raw.find("line two").unwrap();
        let (text, map) = normalize(raw, start);
        assert_eq!(text, "line two\nline three");
        assert_eq!(map.original(0), start);
        assert_eq!(map.line_of(0), 2);
        assert_eq!(map.line_of(8), 2); // the "\n" from "\r\n"
        assert_eq!(map.line_of(9), 3);
        assert_eq!(&raw[map.original(9)..], "line three");
        assert_eq!(map.line_of(text.len()), 3);
    }

    #[test]
    fn lone_cr_and_mixed_breaks_count_as_lines() {
        let raw = "a\rb\r\nc\nd\n\re";
        let (text, map) = normalize(raw, 0);
        assert_eq!(text, "a\nb\nc\nd\n\ne");
        let lines: Vec<usize> = (0..text.len()).map(|i| map.line_of(i)).collect();
        assert_eq!(lines, vec![1, 1, 2, 2, 3, 3, 4, 4, 5, 6]);
    }

    #[test]
    fn bad_body_start_is_clamped_not_panicking() {
        let raw = "é\u{201C}x";
        let (text, map) = normalize(raw, 1);
        assert_eq!(text, "\"x");
        assert_eq!(map.original(0), 2);
        let (text, _) = normalize(raw, 99);
        assert_eq!(text, "");
    }

    #[test]
    fn empty_input() {
        let (text, map) = normalize("", 0);
        assert_eq!(text, "");
        assert_eq!(map.original(0), 0);
        assert_eq!(map.line_of(0), 1);
        assert_eq!(OffsetMap::default().line_of(5), 1);
    }

    #[test]
    fn line_at_counts_all_break_styles() {
        assert_eq!(line_at(b"abc", 2), 1);
        assert_eq!(line_at(b"a\nb\r\nc\rd", 8), 4);
        assert_eq!(line_at(b"a\r\nb", 2), 1);
        assert_eq!(line_at(b"a\r\nb", 3), 2);
        assert_eq!(line_at(b"a\n", 99), 2);
    }

    /// A tiny xorshift generator so the property tests need no dependency
    /// and fail reproducibly.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 >> 33) as usize
        }
    }

    const PIECES: &[&str] = &[
        "a", "Z", "7", " ", ".", "\n", "\r", "\r\n", "\t", "\u{FEFF}", "\u{2018}", "\u{2019}",
        "\u{201B}", "\u{2032}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{2033}", "\u{AB}", "\u{BB}",
        "\u{A0}", "\u{202F}", "\u{2009}", "\u{2007}", "\u{2000}", "\u{200A}", "\u{200B}",
        "\u{200C}", "\u{200D}", "\u{2060}", "\u{AD}", "\u{2013}", "\u{2014}", "é", "ж", "€", "😀",
        "word ",
    ];

    fn random_text(rng: &mut Rng) -> String {
        let n = rng.next() % 60;
        (0..n).map(|_| PIECES[rng.next() % PIECES.len()]).collect()
    }

    #[test]
    fn every_normalized_char_maps_to_a_char_that_normalizes_to_it() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..2000 {
            let raw = random_text(&mut rng);
            let (text, map) = normalize(&raw, 0);
            for (i, c) in text.char_indices() {
                let o = map.original(i);
                assert!(raw.is_char_boundary(o), "{raw:?} offset {i}");
                let orig: String = raw[o..].chars().take(2).collect();
                let expected = norm(&orig);
                assert!(
                    expected.starts_with(c),
                    "{raw:?}: normalized {c:?} at {i} maps to {orig:?}"
                );
            }
            assert_eq!(map.original(text.len()), raw.len(), "{raw:?}");
        }
    }

    #[test]
    fn newline_line_numbers_match_the_original() {
        let mut rng = Rng(42);
        for _ in 0..2000 {
            let raw = random_text(&mut rng);
            let (text, map) = normalize(&raw, 0);
            let mut line = 1;
            for (i, c) in text.char_indices() {
                assert_eq!(map.line_of(i), line, "{raw:?} at {i}");
                assert_eq!(map.line_of(i), line_at(raw.as_bytes(), map.original(i)));
                if c == '\n' {
                    line += 1;
                }
            }
        }
    }

    #[test]
    fn checkpoints_stay_sorted_and_sparse() {
        let raw = "x\u{201C}y\u{201D}".repeat(1000) + &"plain ".repeat(1000);
        let (_, map) = normalize(&raw, 0);
        assert!(
            map.checkpoints
                .windows(2)
                .all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1)
        );
        assert_eq!(map.checkpoints.len(), 2001);
    }
}
