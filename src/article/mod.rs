//! Loading an article: bytes on disk -> normalized text the extractors read.
//!
//! Extractors only ever see `Article::text`, a normalized copy of the body
//! (no BOM, `\n` line ends, straight quotes, plain spaces). Every claim must
//! still point at a line of the file the editor has open, so the article keeps
//! a map from normalized byte offsets back to the original bytes.

use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

mod header;
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
    #[error("{path}: is a directory; give an article file (.txt or .md)")]
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
        "{path}: looks like a binary file (NUL byte at offset {offset}), not article text; give a .txt or .md article"
    )]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}:{line}: {message}")]
    Header {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

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
    /// Maps offsets in `text` back to the original file.
    pub map: OffsetMap,
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
        let bytes = std::fs::read(path).map_err(|source| ArticleError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Article::from_bytes(path, &bytes, published)
    }

    /// Parses an article from memory; `path` is only used for messages.
    pub fn from_bytes(
        path: &Path,
        bytes: &[u8],
        published: Option<NaiveDate>,
    ) -> Result<Article, ArticleError> {
        if let Some(offset) = bytes.iter().position(|&b| b == 0) {
            return Err(ArticleError::Binary {
                path: path.to_path_buf(),
                offset,
            });
        }
        let raw = std::str::from_utf8(bytes).map_err(|e| {
            let offset = e.valid_up_to();
            let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
            ArticleError::InvalidUtf8 {
                path: path.to_path_buf(),
                line,
                offset,
            }
        })?;
        Article::from_str(path, raw, published)
    }

    /// Parses article text; `path` is only used for messages.
    pub fn from_str(
        path: &Path,
        raw: &str,
        published: Option<NaiveDate>,
    ) -> Result<Article, ArticleError> {
        let head = header::parse(raw).map_err(|(line, message)| ArticleError::Header {
            path: path.to_path_buf(),
            line,
            message,
        })?;
        let (text, map) = normalize::normalize(raw, head.body_start);
        let sentences = sentences::split(&text);
        Ok(Article {
            path: path.to_path_buf(),
            text,
            published: published.or(head.published),
            title: head.title,
            url: head.url,
            sentences,
            map,
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
