//! One pass over the text into words, digit runs and punctuation.
//!
//! Every rule downstream works on tokens rather than on regular expressions:
//! one linear scan, no backtracking, so a 50 MB single-line article costs the
//! same per byte as a short one.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with apostrophes between letters (`Russia's`, `don't`).
    Word,
    /// Digits with `,` or `.` between digits (`1,200`, `3.5`, `192.168.1.2`).
    Digits,
    /// Any other single non-space character (`$`, `%`, `-`, `–`, `/`, `.`).
    Punct,
}

/// Eight bytes a token: news copy has a token every five bytes or so, so a
/// 50 MB article has ten million of them, and at 8 bytes instead of 24 they
/// take 160 MB less. The start offset keeps its top two bits for the kind;
/// offsets fit in the rest because articles over 1 GiB are refused when
/// read (`article::MAX_BYTES`), and [`tokenize`] stops there for any longer
/// text handed to the library.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start_kind: u32,
    end: u32,
}

/// Bits of `start_kind` that hold the offset.
const OFFSET_BITS: u32 = 30;
const OFFSET_MASK: u32 = (1 << OFFSET_BITS) - 1;
/// Text past this offset is not tokenized (see [`Token`]).
const TOKENIZED_BYTES: usize = 1 << OFFSET_BITS;

impl Token {
    fn new(start: usize, end: usize, kind: Kind) -> Token {
        let code = match kind {
            Kind::Word => 0,
            Kind::Digits => 1,
            Kind::Punct => 2,
        };
        Token {
            start_kind: u32::try_from(start).map_or(OFFSET_MASK, |s| s.min(OFFSET_MASK))
                | code << OFFSET_BITS,
            end: u32::try_from(end).unwrap_or(u32::MAX),
        }
    }

    /// Byte offset where the token starts.
    pub fn start(&self) -> usize {
        (self.start_kind & OFFSET_MASK) as usize
    }

    /// Byte offset just past the token.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn kind(&self) -> Kind {
        match self.start_kind >> OFFSET_BITS {
            0 => Kind::Word,
            1 => Kind::Digits,
            _ => Kind::Punct,
        }
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} {}..{}", self.kind(), self.start(), self.end())
    }
}

/// The text, its ASCII-lowercased twin (same byte offsets) and its tokens.
#[derive(Debug)]
pub struct Tokens<'t> {
    pub text: &'t str,
    pub lower: String,
    pub toks: Vec<Token>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Tokens<'t> {
        Tokens {
            text,
            lower: text.to_ascii_lowercase(),
            toks: tokenize(text),
        }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Lowercased text of token `i` ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| &self.lower[t.start()..t.end()])
    }

    /// Original text of token `i` ("" past the end).
    pub fn raw(&self, i: usize) -> &'t str {
        self.toks
            .get(i)
            .map_or("", |t| &self.text[t.start()..t.end()])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(Token::kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Whether token `i` begins right where token `i - 1` ends (`4m`, `$3`).
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && self.toks[i - 1].end() == self.toks[i].start()
    }

    /// Whether only spaces (no newline) separate tokens `i - 1` and `i`.
    pub fn same_line(&self, i: usize) -> bool {
        i > 0
            && i < self.toks.len()
            && !self.text[self.toks[i - 1].end()..self.toks[i].start()].contains('\n')
    }

    /// Whether tokens `i - 1` and `i` run on as one phrase: on one line, or
    /// across the one line break of hard-wrapped copy (wire text wrapped at
    /// 70 columns puts `more than` at the end of a line and `17,000` at the
    /// start of the next). A blank line ends the run, and so does a break
    /// after a short line: a headline, a list item or a table row is not
    /// wrapped prose.
    pub fn same_run(&self, i: usize) -> bool {
        if self.same_line(i) {
            return true;
        }
        if i == 0 || i >= self.toks.len() {
            return false;
        }
        let (end, start) = (self.toks[i - 1].end(), self.toks[i].start());
        if self.text[end..start].matches('\n').count() != 1 {
            return false;
        }
        let line_start = self.text[..end].rfind('\n').map_or(0, |k| k + 1);
        self.text[line_start..end].chars().count() >= WRAPPED_LINE
    }

    /// Whether the token starts with an uppercase letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }
}

/// The shortest line taken for wrapped prose: hard-wrapped copy fills its
/// lines to 60-80 columns; headlines and list items are mostly shorter.
const WRAPPED_LINE: usize = 50;

fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut toks = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while i < bytes.len().min(TOKENIZED_BYTES) {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        // `.25` is a number when the dot does not end a word or a number.
        let leading_dot = b == b'.'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.'));
        let kind = if b.is_ascii_digit() || leading_dot {
            i = digit_run(bytes, i + 1);
            if digits_value(&text[start..i]).is_none() {
                split_run(text, start, i, &mut toks);
                continue;
            }
            Kind::Digits
        } else if let Some(len) = letter_len(text, i) {
            i += len;
            loop {
                if let Some(len) = letter_len(text, i) {
                    i += len;
                } else if bytes.get(i) == Some(&b'\'') && letter_len(text, i + 1).is_some() {
                    i += 1;
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            i += utf8_len(b);
            Kind::Punct
        };
        toks.push(Token::new(start, i.min(bytes.len()), kind));
    }
    toks.shrink_to_fit();
    toks
}

/// Thin spaces that group digits: `40\u{202f}000`, `1\u{a0}234`.
fn group_space(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..i + 3) {
        Some([0xE2, 0x80, 0xAF | 0x89]) => 3,
        _ if bytes.get(i..i + 2) == Some(&[0xC2, 0xA0]) => 2,
        _ => 0,
    }
}

/// End of a run of digits with `,` `.` or thin spaces between digits.
fn digit_run(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            i += 1;
        } else if matches!(bytes[i], b',' | b'.')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 2;
        } else if let g @ 2..=3 = group_space(bytes, i)
            && bytes
                .get(i + g..i + g + 3)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(i + g + 3).is_some_and(u8::is_ascii_digit)
        {
            i += g + 3;
        } else {
            break;
        }
    }
    i
}

/// A run that is no one number (`192.168.1.2`, `22,24,26`): digits and
/// separators as tokens of their own.
fn split_run(text: &str, start: usize, end: usize, toks: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        let s = i;
        if bytes[i].is_ascii_digit() {
            while i < end && bytes[i].is_ascii_digit() {
                i += 1;
            }
            toks.push(Token::new(s, i, Kind::Digits));
        } else {
            i += utf8_len(bytes[i]);
            toks.push(Token::new(s, i, Kind::Punct));
        }
    }
}

/// The value of a digits token, without allocating: `1,200`, `3.5`, `.25`,
/// `1.111,11` (European), `12,34,567.89` (Indian), `1,3` (decimal comma),
/// `40\u{202f}000`. `None` when the separators make no one number.
pub fn digits_value(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (mut commas, mut dots, mut last_comma, mut last_dot) = (0, 0, 0, 0);
    for (k, &c) in b.iter().enumerate() {
        if c == b',' {
            commas += 1;
            last_comma = k;
        } else if c == b'.' {
            dots += 1;
            last_dot = k;
        }
    }
    // The decimal separator, if any: the last one that is not a group mark.
    let decimal: Option<u8> = match (commas, dots) {
        (0, 0) => None,
        (0, 1) => Some(b'.'),
        (0, _) => None,
        (1, 0) => {
            // `1,200` groups; `1,3`, `5,00` and `12,34` are decimal commas.
            if b.len() - last_comma - 1 == 3 {
                None
            } else {
                Some(b',')
            }
        }
        (_, 0) => None,
        _ if last_dot > last_comma && dots == 1 => Some(b'.'),
        _ if last_comma > last_dot && commas == 1 => Some(b','),
        _ => return None,
    };
    let group = match decimal {
        Some(b'.') => b',',
        Some(_) => b'.',
        None if commas > 0 => b',',
        None => b'.',
    };
    let int_end = decimal.map_or(b.len(), |d| if d == b'.' { last_dot } else { last_comma });
    // Group sizes: western (1-3 then 3s) or Indian (1-2, 2s, then a final 3).
    let groups = s[..int_end].split(|c: char| c as u32 == u32::from(group));
    let sizes = groups.clone().count();
    if sizes > 1 {
        let western = groups.clone().enumerate().all(|(k, g)| {
            if k == 0 {
                (1..=3).contains(&g.len())
            } else {
                g.len() == 3
            }
        });
        let indian = group == b','
            && groups.clone().enumerate().all(|(k, g)| {
                if k == 0 {
                    (1..=2).contains(&g.len())
                } else if k + 1 == sizes {
                    g.len() == 3
                } else {
                    g.len() == 2
                }
            });
        if !(western || indian) {
            return None;
        }
    }
    let mut mantissa: u128 = 0;
    let mut frac_digits: i32 = 0;
    let mut digits = 0;
    for (k, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits > 30 {
                return None;
            }
            mantissa = mantissa * 10 + u128::from(c - b'0');
            if k > int_end {
                frac_digits += 1;
            }
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let m = mantissa as f64;
    Some(m / 10f64.powi(frac_digits))
}

/// Byte length of the letter at `i`, if there is one.
fn letter_len(text: &str, i: usize) -> Option<usize> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii_alphabetic() {
        return Some(1);
    }
    if b < 0x80 {
        return None;
    }
    let c = text.get(i..)?.chars().next()?;
    (c.is_alphabetic() || c == '\u{301}').then(|| c.len_utf8())
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, Kind)> {
        let t = Tokens::new(text);
        (0..t.len())
            .map(|i| (t.raw(i).to_string(), t.toks[i].kind()))
            .collect()
    }

    /// The kind shares a word with the start offset; neither may spill
    /// into the other, up to the last offset an article can have.
    #[test]
    fn a_token_keeps_its_kind_and_offsets() {
        for kind in [Kind::Word, Kind::Digits, Kind::Punct] {
            for (start, end) in [(0, 1), (7, 12), (TOKENIZED_BYTES - 2, TOKENIZED_BYTES)] {
                let tok = Token::new(start, end, kind);
                assert_eq!((tok.start(), tok.end(), tok.kind()), (start, end, kind));
            }
        }
        assert_eq!(std::mem::size_of::<Token>(), 8);
    }

    #[test]
    fn splits_words_digits_and_punctuation() {
        let got = kinds("Nearly 1,200 civilians, $3.5bn; Russia's 4m-strong.");
        let texts: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Nearly",
                "1,200",
                "civilians",
                ",",
                "$",
                "3.5",
                "bn",
                ";",
                "Russia's",
                "4",
                "m",
                "-",
                "strong",
                "."
            ]
        );
        assert_eq!(got[1].1, Kind::Digits);
        assert_eq!(got[4].1, Kind::Punct);
    }

    #[test]
    fn trailing_separator_is_not_part_of_a_number() {
        let texts: Vec<String> = kinds("rose to 1,200. Then 3,")
            .into_iter()
            .map(|k| k.0)
            .collect();
        assert_eq!(texts, ["rose", "to", "1,200", ".", "Then", "3", ","]);
    }

    #[test]
    fn a_run_crosses_one_break_after_a_full_line() {
        let wrapped = "an archipelago nation of more than about sixty-odd more\n17,000 islands";
        let t = Tokens::new(wrapped);
        let i = (0..t.len()).find(|&i| t.raw(i) == "17,000").unwrap();
        assert!(t.same_run(i) && !t.same_line(i));
        let short = Tokens::new("Game over\n20 players");
        assert!(!short.same_run(2));
        let spaced = wrapped.replace('\n', "\n\n");
        let blank = Tokens::new(&spaced);
        assert!(!blank.same_run(i));
    }

    #[test]
    fn glue_and_non_ascii() {
        let t = Tokens::new("£2,000 – Kyiv’s café");
        assert!(t.glued(1));
        assert_eq!(t.raw(2), "–");
        assert_eq!(t.raw(3), "Kyiv");
        assert_eq!(t.raw(5), "s");
        assert_eq!(t.raw(6), "café");
    }
}
