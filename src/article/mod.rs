//! Loading an article: bytes on disk -> normalized text the extractors read.
//!
//! Extractors only ever see `Article::text`, a normalized copy of the body
//! (no BOM, `\n` line ends, straight quotes, plain spaces). Every claim must
//! still point at a line of the file the editor has open, so the article keeps
//! a map from normalized byte offsets back to the original bytes.

use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

mod byline;
pub use byline::publishing_cue;
mod header;
pub use header::parse_day;
mod html;
mod normalize;
mod sentences;

pub use normalize::OffsetMap;

/// Why an article could not be read. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum ArticleError {
    #[error("{path}: cannot read the article: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: is a directory; give an article file (.txt, .md or .html)")]
    IsDirectory { path: PathBuf },
    #[error(
        "{path}:{line}: invalid UTF-8 at byte offset {offset}; save the article as UTF-8 and try again"
    )]
    InvalidUtf8 {
        path: PathBuf,
        line: usize,
        offset: usize,
    },
    #[error(
        "{path}: looks like a binary file (NUL byte at offset {offset}), not article text; give a .txt, .md or .html article"
    )]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}:{line}: {message}")]
    Header {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error(
        "{path}: is {size} bytes, more than the {MAX_BYTES} bytes (1 GiB) claimcheck reads as one article; split it into several articles"
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error(
        "{path}: found no article text in this HTML page, only menus, links or scripts; save the page once the story shows in the browser, or copy the story into a .txt file"
    )]
    NoArticleText { path: PathBuf },
}

/// The largest article read. Extraction keeps byte offsets as `u32`
/// (`extract::tokens`), and a 1 GiB article already needs several GiB of
/// memory; past this, a clear refusal beats running out of either.
pub const MAX_BYTES: u64 = 1 << 30;

/// An article ready for extraction.
#[derive(Debug, Clone)]
pub struct Article {
    /// The path as the user gave it (used in messages and in the claims file).
    pub path: PathBuf,
    /// Normalized body text; all extraction offsets index into this.
    pub text: String,
    /// Publication date: `--published`, else the header or front matter.
    pub published: Option<NaiveDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// Byte ranges of `text`, one per sentence, in order, covering every
    /// non-blank part of the text (headlines without a full stop included).
    pub sentences: Vec<Range<usize>>,
    /// Maps offsets in `text` back to the original file (for an HTML page,
    /// to `extracted`).
    pub map: OffsetMap,
    /// For an HTML page, the text read out of it: what extraction ran on
    /// before normalizing, and what claims' line numbers count lines of.
    /// `None` when the file itself is the text.
    pub extracted: Option<String>,
}

impl Article {
    /// Reads and parses an article file. `published` overrides any date the
    /// file itself carries.
    pub fn load(path: &Path, published: Option<NaiveDate>) -> Result<Article, ArticleError> {
        if path.is_dir() {
            return Err(ArticleError::IsDirectory {
                path: path.to_path_buf(),
            });
        }
        let io = |source| ArticleError::Io {
            path: path.to_path_buf(),
            source,
        };
        // Refused before reading: a file this size would be read whole.
        let size = std::fs::metadata(path).map_err(io)?.len();
        too_large(path, size)?;
        let bytes = std::fs::read(path).map_err(io)?;
        Article::from_bytes(path, &bytes, published)
    }

    /// Parses an article from memory; `path` is only used for messages.
    pub fn from_bytes(
        path: &Path,
        bytes: &[u8],
        published: Option<NaiveDate>,
    ) -> Result<Article, ArticleError> {
        too_large(path, bytes.len() as u64)?;
        // UTF-16 text is full of NUL bytes, but calling it binary would send
        // the user looking for the wrong fix.
        if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
            return Err(ArticleError::InvalidUtf8 {
                path: path.to_path_buf(),
                line: 1,
                offset: 0,
            });
        }
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(ArticleError::Binary {
                path: path.to_path_buf(),
                offset,
            });
        }
        let raw = std::str::from_utf8(bytes).map_err(|e| {
            let offset = e.valid_up_to();
            ArticleError::InvalidUtf8 {
                path: path.to_path_buf(),
                line: normalize::line_at(bytes, offset),
                offset,
            }
        })?;
        Article::from_str(path, raw, published)
    }

    /// Parses article text, or an HTML page (known by `path`'s extension or
    /// by how `raw` starts); `path` is otherwise only used for messages.
    pub fn from_str(
        path: &Path,
        raw: &str,
        published: Option<NaiveDate>,
    ) -> Result<Article, ArticleError> {
        if html::is_html(path, raw) {
            return Article::from_html(path, raw, published);
        }
        let head = header::parse(raw).map_err(|(line, message)| ArticleError::Header {
            path: path.to_path_buf(),
            line,
            message,
        })?;
        let (text, map) = normalize::normalize(raw, head.body_start);
        let sentences = sentences::split(&text);
        let published = published
            .or(head.published)
            .or_else(|| byline::published(&text));
        Ok(Article {
            path: path.to_path_buf(),
            text,
            published,
            title: head.title,
            url: head.url,
            sentences,
            map,
            extracted: None,
        })
    }

    fn from_html(
        path: &Path,
        raw: &str,
        published: Option<NaiveDate>,
    ) -> Result<Article, ArticleError> {
        let page =
            html::read(raw).map_err(|html::PageError::NoArticle| ArticleError::NoArticleText {
                path: path.to_path_buf(),
            })?;
        let (text, map) = normalize::normalize(&page.text, 0);
        let sentences = sentences::split(&text);
        let published = published
            .or(page.meta.published)
            .or_else(|| byline::published(&text));
        Ok(Article {
            path: path.to_path_buf(),
            text,
            published,
            title: page.meta.title,
            url: page.meta.url,
            sentences,
            map,
            extracted: Some(page.text),
        })
    }

    /// 1-based line number, in the original file, of a byte offset in `text`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.map.line_of(offset)
    }

    /// The sentence containing `offset` (the last one if past the end).
    pub fn sentence_at(&self, offset: usize) -> Range<usize> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences
            .get(i)
            .or(self.sentences.last())
            .cloned()
            .unwrap_or(0..self.text.len())
    }

    /// Hex sha256 of the normalized text: what the claims file was made from.
    pub fn sha256(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(self.text.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

fn too_large(path: &Path, size: u64) -> Result<(), ArticleError> {
    if size > MAX_BYTES {
        return Err(ArticleError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    Ok(())
}

/// The lines of a text as claims' `line` numbers count them: `\n`, `\r\n`
/// and a lone `\r` each end one, and a final line ending starts no new line.
pub fn source_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        match rest.find(['\n', '\r']) {
            Some(i) => {
                lines.push(&rest[..i]);
                let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = &rest[i + skip..];
            }
            None => {
                lines.push(rest);
                rest = "";
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(raw: &str) -> Article {
        Article::from_str(Path::new("a.txt"), raw, None).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn inline_date_marker() {
        let raw = " date 2022-03-30 The Russian Foreign Ministry said on Tuesday that Lavrov would travel.\n\
Wang Yi met him in Huangshan.\n\
According to UNHCR, almost four million refugees have fled.";
        let a = article(raw);
        assert_eq!(a.published, Some(day("2022-03-30")));
        assert!(a.text.starts_with("The Russian"), "{:?}", a.text);
        let at = a.text.find("almost four million").unwrap();
        assert_eq!(a.line_of(at), 3);
        assert_eq!(a.line_of(0), 1);
        assert_eq!(a.sentences.len(), 3);
        assert_eq!(
            &a.text[a.sentence_at(at)],
            "According to UNHCR, almost four million refugees have fled."
        );
        assert_eq!(a.map.original(at), raw.find("almost four million").unwrap());
    }

    #[test]
    fn marker_with_bad_date_is_a_header_error() {
        let err =
            Article::from_str(Path::new("x.txt"), "\ndate 2022-02-30 Text", None).unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, ArticleError::Header { line: 2, .. }), "{msg}");
        assert!(
            msg.starts_with("x.txt:2: ") && msg.contains("YYYY-MM-DD"),
            "{msg}"
        );
    }

    #[test]
    fn front_matter_metadata() {
        let raw = "---\ntitle: Lavrov meets Wang\nurl: https://example.com/lavrov\npublished: 2022-03-30T08:00:00Z\n---\nThe talks began.\nThey lasted 2 days.\n";
        let a = article(raw);
        assert_eq!(a.published, Some(day("2022-03-30")));
        assert_eq!(a.title.as_deref(), Some("Lavrov meets Wang"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/lavrov"));
        assert_eq!(a.text, "The talks began.\nThey lasted 2 days.\n");
        assert_eq!(a.line_of(a.text.find("They").unwrap()), 7);
    }

    #[test]
    fn published_argument_wins() {
        let over = Some(day("2023-01-02"));
        let a = Article::from_str(
            Path::new("a.md"),
            "---\npublished: 2022-03-30\n---\nBody.",
            over,
        )
        .unwrap();
        assert_eq!(a.published, over);
        let a = Article::from_str(Path::new("a.txt"), "date 2022-03-30 Body.", over).unwrap();
        assert_eq!(a.published, over);
        let a = Article::from_str(Path::new("a.txt"), "Plain body.", over).unwrap();
        assert_eq!(a.published, over);
        assert_eq!(article("Plain body.").published, None);
    }

    #[test]
    fn crlf_line_numbers() {
        let raw = "Headline\r\n\r\nFirst sentence.\r\nSecond sentence with 1,200 deaths.\rThird.";
        let a = article(raw);
        assert!(!a.text.contains('\r'));
        assert_eq!(a.line_of(a.text.find("First").unwrap()), 3);
        assert_eq!(a.line_of(a.text.find("1,200").unwrap()), 4);
        assert_eq!(a.line_of(a.text.find("Third").unwrap()), 5);
        let texts: Vec<&str> = a.sentences.iter().map(|r| &a.text[r.clone()]).collect();
        assert_eq!(
            texts,
            [
                "Headline",
                "First sentence.",
                "Second sentence with 1,200 deaths.",
                "Third."
            ]
        );
    }

    #[test]
    fn curly_quote_offsets_map_back() {
        let raw =
            "\u{feff}\u{201C}We will not leave,\u{201D} he said. It\u{2019}s nearly\u{a0}1,200.";
        let a = article(raw);
        assert_eq!(a.text, "\"We will not leave,\" he said. It's nearly 1,200.");
        for needle in ["We will", "\" he", "he said", "It's", "s nearly", "1,200"] {
            let at = a.text.find(needle).unwrap();
            let orig = a.map.original(at);
            let want = match needle {
                "\" he" => raw.find('\u{201D}').unwrap(),
                "It's" => raw.find("It").unwrap(),
                "s nearly" => raw.find("s nearly").unwrap(),
                other => raw.find(other).unwrap(),
            };
            assert_eq!(orig, want, "{needle}");
        }
        assert_eq!(a.map.original(a.text.len()), raw.len());
        assert_eq!(a.sentences.len(), 2);
    }

    #[test]
    fn empty_and_whitespace_only_articles() {
        for raw in [
            "",
            "   \n\t\n",
            "\u{feff}",
            "date 2022-03-30",
            "---\ntitle: x\n---\n\n",
        ] {
            let a = article(raw);
            assert!(a.sentences.is_empty(), "{raw:?}");
            assert_eq!(a.sentence_at(0), 0..a.text.len());
            assert!(a.line_of(0) <= a.line_of(a.text.len()));
            assert_eq!(a.map.original(a.text.len()), raw.len());
        }
    }

    #[test]
    fn invalid_utf8_reports_offset_and_line() {
        let bytes = b"First line\r\nsecond line\nbad \xFF here";
        let err = Article::from_bytes(Path::new("bad.txt"), bytes, None).unwrap_err();
        match err {
            ArticleError::InvalidUtf8 { line, offset, .. } => {
                assert_eq!((line, offset), (3, 28));
            }
            other => panic!("unexpected {other}"),
        }
        let err = Article::from_bytes(Path::new("bad.txt"), b"ok\r\xC3", None).unwrap_err();
        assert!(
            matches!(
                err,
                ArticleError::InvalidUtf8 {
                    line: 2,
                    offset: 3,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn nul_bytes_are_binary_and_utf16_is_not_utf8() {
        let err =
            Article::from_bytes(Path::new("img.png"), b"\x89PNG\r\n\x1a\n\0\0", None).unwrap_err();
        assert!(
            matches!(err, ArticleError::Binary { offset: 8, .. }),
            "{err}"
        );
        let err = Article::from_bytes(Path::new("a.txt"), b"text\0", None).unwrap_err();
        assert!(
            matches!(err, ArticleError::Binary { offset: 4, .. }),
            "{err}"
        );
        let err = Article::from_bytes(Path::new("u16.txt"), b"\xFF\xFEH\0i\0", None).unwrap_err();
        assert!(
            matches!(
                err,
                ArticleError::InvalidUtf8 {
                    offset: 0,
                    line: 1,
                    ..
                }
            ),
            "{err}"
        );
    }

    #[test]
    fn from_bytes_and_from_str_agree() {
        let raw = "date 2022-03-30\nThe U.N. refugee agency said 4 million fled.";
        let a = Article::from_bytes(Path::new("a.txt"), raw.as_bytes(), None).unwrap();
        let b = article(raw);
        assert_eq!(a.text, b.text);
        assert_eq!(a.sha256(), b.sha256());
        assert_eq!(a.sentences, vec![0..a.text.len()]);
    }

    /// A sparse file: refused from its size, without being read.
    #[test]
    fn load_refuses_an_article_over_the_limit() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("huge.txt");
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(MAX_BYTES + 1).expect("sparse file");
        let err = Article::load(&path, None).expect_err("refused");
        assert!(matches!(err, ArticleError::TooLarge { .. }), "{err}");
        let msg = err.to_string();
        assert!(msg.contains("huge.txt") && msg.contains("split"), "{msg}");
    }

    #[test]
    fn load_reports_directories_and_missing_files() {
        let dir = std::env::temp_dir();
        assert!(matches!(
            Article::load(&dir, None),
            Err(ArticleError::IsDirectory { .. })
        ));
        let missing = dir.join("claimcheck-no-such-article.txt");
        assert!(matches!(
            Article::load(&missing, None),
            Err(ArticleError::Io { .. })
        ));
    }

    #[test]
    fn source_lines_count_as_line_of_does() {
        let raw = "one\r\ntwo\rthree\n\nfive\n";
        assert_eq!(source_lines(raw), ["one", "two", "three", "", "five"]);
        let a = article(raw);
        assert_eq!(a.line_of(a.text.find("five").unwrap()), 5);
        assert_eq!(source_lines("no break"), ["no break"]);
        assert!(source_lines("").is_empty());
    }

    #[test]
    fn html_pages_are_read_as_their_story() {
        let para = "<p>According to UNHCR, almost 4 million refugees have fled the country since the invasion began, the agency said in Geneva.</p>";
        let page = format!(
            "<!doctype html><html><head><meta property=\"og:title\" content=\"Four million refugees\">\
             <meta property=\"article:published_time\" content=\"2022-03-30T09:00:00+03:00\"></head>\
             <body><nav><a href='/'>Save 50% today</a></nav><article>{}</article></body></html>",
            para.repeat(3)
        );
        for name in ["page.html", "PAGE.HTM", "saved-without-extension"] {
            let a = Article::from_str(Path::new(name), &page, None).unwrap();
            assert_eq!(a.title.as_deref(), Some("Four million refugees"));
            assert_eq!(a.published, Some(day("2022-03-30")));
            let extracted = a.extracted.as_deref().unwrap();
            assert!(
                extracted.starts_with("Four million refugees\n\nAccording"),
                "{extracted}"
            );
            assert!(!a.text.contains("50%"), "{}", a.text);
            let at = a.text.find("almost 4 million").unwrap();
            assert_eq!(a.line_of(at), 3);
            assert_eq!(
                source_lines(extracted)[2].find("almost"),
                Some(at - a.text[..at].rfind('\n').unwrap() - 1)
            );
        }
        let over = Some(day("2023-01-02"));
        assert_eq!(
            Article::from_str(Path::new("p.html"), &page, over)
                .unwrap()
                .published,
            over
        );
        let err = Article::from_bytes(
            Path::new("empty.html"),
            b"<html><body><nav>Home</nav></body></html>",
            None,
        )
        .unwrap_err();
        assert!(matches!(err, ArticleError::NoArticleText { .. }), "{err}");
        assert!(
            err.to_string()
                .starts_with("empty.html: found no article text"),
            "{err}"
        );
        assert!(article("Plain.").extracted.is_none());
    }

    #[test]
    fn sha256_is_of_the_normalized_text() {
        let a = article("It\u{2019}s here.");
        let b = article("It's here.");
        assert_eq!(a.sha256(), b.sha256());
        assert_eq!(a.sha256().len(), 64);
        assert_ne!(a.sha256(), article("Its here.").sha256());
    }

    /// Run with `cargo test --release --lib article -- --ignored`: the
    /// whole load path on a 50 MB article must stay well under a second or
    /// two, since a desk may feed in a whole archive dump.
    #[test]
    #[ignore = "timing; run in release"]
    fn fifty_megabytes_load_quickly() {
        let para = "The U.N. refugee agency said on Tuesday that almost 4 million people had fled, \u{201C}an unprecedented\u{a0}exodus,\u{201D} and Mr. Lavrov\r\nmet Wang Yi in Huangshan... It\u{2019}s the 2nd visit.\r\n\r\n";
        let raw = para.repeat(50_000_000 / para.len());
        let started = std::time::Instant::now();
        let a = Article::from_bytes(Path::new("big.txt"), raw.as_bytes(), None).unwrap();
        let elapsed = started.elapsed();
        assert_eq!(a.sentences.len(), 2 * (50_000_000 / para.len()));
        assert!(elapsed.as_secs_f64() < 3.0, "{elapsed:?}");
        let last = a.text.len() - 1;
        assert_eq!(a.line_of(last), 3 * (50_000_000 / para.len()));
    }
}
