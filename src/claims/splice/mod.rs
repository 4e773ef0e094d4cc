//! Rewriting a claims file an editor has worked in, keeping every byte the
//! tool does not own.
//!
//! `update` decides what the file should say (a new [`ClaimsFile`]); this
//! module turns the old text into text that says it. Each field whose value
//! differs between the old and new model is replaced where it stands, in the
//! tool's layout at the field's own indentation; a field the new model adds
//! is inserted after the field that precedes it in the tool's order; new
//! claims go after the last claim. Everything else (comments, blank lines,
//! key order, quoting, editors' own fields, fields whose value did not
//! change) is copied byte for byte. An inline comment on a replaced line is
//! kept on the new line, and comment lines inside a replaced field are kept
//! after it.
//!
//! The result is then checked: read back, it must equal the new model, and
//! every comment of the old text must still be in it. What cannot be placed
//! with certainty is refused with its line, before anything is written.

mod layout;
mod verify;

use std::ops::Range;

use super::model::{Claim, ClaimsFile};
use super::yaml::render::{self, ARTICLE_KEYS, EDITOR_KEYS, TOOL_KEYS};
pub use layout::Refusal;
use layout::{Entry, Kind, Layout, Mapping};

/// The optional claim fields an editor could have moved under another key,
/// where the model would silently not see them.
const OPTIONAL_TOOL_KEYS: [&str; 7] = [
    "relative",
    "unit",
    "currency",
    "qualifier",
    "subject",
    "source",
    "removed_in",
];

/// `old_text` (which reads as `old`) rewritten to read as `new`. `new` must
/// hold `old`'s claims in the same order, changed or not, followed by any
/// added claims.
pub fn splice(old_text: &str, old: &ClaimsFile, new: &ClaimsFile) -> Result<String, Refusal> {
    let layout = layout::layout(old_text)?;
    if layout.claims.len() != old.claims.len() || new.claims.len() < old.claims.len() {
        return Err(Refusal {
            line: 1,
            message: format!(
                "found {} claims laid out in the file but read {}; is a claim written in an unusual way?",
                layout.claims.len(),
                old.claims.len()
            ),
        });
    }
    let mut edits = Edits {
        layout: &layout,
        text: old_text,
        list: Vec::new(),
    };
    for key in ARTICLE_KEYS {
        let render = |a: &super::ArticleInfo, k| {
            let mut s = String::new();
            render::article_field(&mut s, a, key, k);
            s
        };
        let (was, now) = (render(&old.article, 0), render(&new.article, 0));
        if was != now {
            edits.field(&layout.article, key, &ARTICLE_KEYS, |k| {
                render(&new.article, k)
            })?;
        }
    }
    for ((item, o), n) in layout.claims.iter().zip(&old.claims).zip(&new.claims) {
        refuse_moved_fields(&layout, &item.map, o)?;
        edits.claim(&item.map, o, n)?;
    }
    edits.added(&new.claims[old.claims.len()..]);
    Ok(edits.apply())
}

/// Reads `text` back and holds it to `new` and to the comments of
/// `old_text`; the first difference, described, when it falls short.
pub fn verify(old_text: &str, text: &str, new: &ClaimsFile) -> Result<(), String> {
    verify::verify(old_text, text, new)
}

/// An optional tool field missing at the claim's level but present deeper
/// in it (under an editor's own key) would be written a second time.
fn refuse_moved_fields(layout: &Layout, map: &Mapping, c: &Claim) -> Result<(), Refusal> {
    for e in &map.entries {
        if matches!(e.key.as_str(), "sources" | "history" | "relative") || e.block_scalar {
            continue;
        }
        for i in e.first + 1..e.end {
            let l = &layout.lines[i];
            if l.kind != Kind::Content {
                continue;
            }
            let rest = l.text[l.indent..].trim_start_matches("- ");
            let Some(key) = rest.split(':').next() else {
                continue;
            };
            if OPTIONAL_TOOL_KEYS.contains(&key)
                && rest[key.len()..].starts_with(':')
                && map.get(key).is_none()
            {
                return Err(Refusal {
                    line: i + 1,
                    message: format!(
                        "`{key}` of claim {} is under `{}`; it belongs at the claim's level. Move it back (or remove it) and run update again",
                        c.id, e.key
                    ),
                });
            }
        }
    }
    Ok(())
}

struct Edits<'a> {
    layout: &'a Layout<'a>,
    text: &'a str,
    list: Vec<(Range<usize>, String)>,
}

impl Edits<'_> {
    fn claim(&mut self, map: &Mapping, o: &Claim, n: &Claim) -> Result<(), Refusal> {
        let order: Vec<&str> = TOOL_KEYS.iter().chain(&EDITOR_KEYS).copied().collect();
        for key in order.iter().copied().filter(|k| *k != "history") {
            let was = rendered(o, key, 0);
            let now = rendered(n, key, 0);
            if was != now {
                if matches!(key, "id" | "kind" | "sources" | "note") {
                    return Err(Refusal {
                        line: map.entries.first().map_or(1, |e| e.first + 1),
                        message: format!("internal: update would change `{key}` of claim {}", o.id),
                    });
                }
                self.field(map, key, &order, |k| rendered(n, key, k))?;
            }
        }
        self.history(map, o, n)
    }

    /// Replaces, inserts or deletes the entry `key` of `map` so that it reads
    /// as `render(indent)`; `order` is the tool's field order.
    fn field(
        &mut self,
        map: &Mapping,
        key: &str,
        order: &[&str],
        render: impl Fn(usize) -> String,
    ) -> Result<(), Refusal> {
        if let Some(e) = map.get(key) {
            let new = render(e.col);
            let kept = self.kept_comments(e);
            let mut text = match (&e.comment, new.find('\n')) {
                (Some(c), Some(nl)) => {
                    let spaced = if c.starts_with([' ', '\t']) {
                        c.clone()
                    } else {
                        format!(" {c}")
                    };
                    format!("{}{spaced}{}", &new[..nl], &new[nl..])
                }
                (Some(c), None) => format!("{:w$}{}\n", "", c.trim_start(), w = e.col),
                _ => new,
            };
            text.push_str(&kept);
            // The first field of a claim shares its line with the `- `.
            let line = &self.layout.lines[e.first];
            let on_dash = !line.text[..e.col].trim().is_empty();
            let skip = if on_dash { e.col.min(text.len()) } else { 0 };
            let start = line.bytes.start + skip;
            let end = self.layout.lines[e.end - 1].bytes.end;
            let body = text[skip..].to_string();
            // A replaced last line keeps its missing final newline missing.
            let body = if self.text[..end].ends_with('\n') {
                body
            } else {
                body.trim_end_matches('\n').to_string()
            };
            self.list.push((start..end, body));
            return Ok(());
        }
        let new = render(map.indent);
        if new.is_empty() {
            return Ok(());
        }
        let pos = order.iter().position(|k| *k == key).unwrap_or(0);
        let after = order[..pos]
            .iter()
            .rev()
            .find_map(|k| map.get(k))
            .or_else(|| map.entries.first());
        let Some(after) = after else {
            return Err(Refusal {
                line: 1,
                message: format!("nowhere to put `{key}`"),
            });
        };
        self.insert(after.end, new);
        Ok(())
    }

    /// Comment lines inside an entry (not block-scalar text), to keep.
    fn kept_comments(&self, e: &Entry) -> String {
        if e.block_scalar {
            return String::new();
        }
        (e.first + 1..e.end)
            .map(|i| &self.layout.lines[i])
            .filter(|l| l.kind == Kind::Comment)
            .map(|l| format!("{}\n", l.text))
            .collect()
    }

    fn insert(&mut self, line: usize, text: String) {
        let at = self.layout.offset(line);
        let text = if at == self.text.len() && !self.text.is_empty() && !self.text.ends_with('\n') {
            format!("\n{text}")
        } else {
            text
        };
        self.list.push((at..at, text));
    }

    /// New history entries go after the existing ones, or in a new
    /// `history:` field at the end of the claim.
    fn history(&mut self, map: &Mapping, o: &Claim, n: &Claim) -> Result<(), Refusal> {
        if n.history.len() <= o.history.len() {
            return Ok(());
        }
        let fresh = &n.history[o.history.len()..];
        match map.get("history") {
            Some(e) if e.inline.is_empty() => {
                let dash = (e.first + 1..e.end)
                    .map(|i| &self.layout.lines[i])
                    .find(|l| l.kind == Kind::Content)
                    .map_or(e.col + 2, |l| l.indent);
                let mut text = String::new();
                for h in fresh {
                    render::history(&mut text, h, dash);
                }
                self.insert(e.end, text);
            }
            Some(_) => {
                self.field(map, "history", &["history"], |k| rendered(n, "history", k))?;
            }
            None => {
                let end = map.entries.last().map_or(0, |e| e.end);
                let mut text = String::new();
                let mut only_new = n.clone();
                only_new.history = fresh.to_vec();
                render::claim_field(&mut text, &only_new, "history", map.indent);
                self.insert(end, text);
            }
        }
        Ok(())
    }

    /// Claims the new revision adds, after the last claim in the tool's
    /// layout at the file's indentation.
    fn added(&mut self, claims: &[Claim]) {
        if claims.is_empty() {
            return;
        }
        let dash = self.layout.claims.first().map_or(2, |i| i.dash);
        let mut text = String::new();
        for c in claims {
            render::claim(&mut text, c, dash);
        }
        if let Some(last) = self.layout.claims.last() {
            let end = last.map.entries.last().map_or(0, |e| e.end);
            // Comments indented into the last claim stay with it.
            let end = (end..self.layout.lines.len())
                .take_while(|&i| {
                    let l = &self.layout.lines[i];
                    l.kind == Kind::Comment && l.indent > last.dash
                })
                .last()
                .map_or(end, |i| i + 1);
            self.insert(end, text);
        } else if let Some(e) = self.layout.top.get("claims") {
            let start = self.layout.lines[e.first].bytes.start;
            let end = self.layout.lines[e.first].bytes.end;
            let comment = e.comment.clone().unwrap_or_default();
            self.list
                .push((start..end, format!("claims:{comment}\n{text}")));
        } else {
            self.insert(self.layout.lines.len(), format!("claims:\n{text}"));
        }
    }

    /// The old text with the edits made. New lines end the way the file's
    /// first line does.
    fn apply(mut self) -> String {
        self.list.sort_by_key(|(r, _)| (r.start, r.end));
        if self
            .text
            .split('\n')
            .next()
            .is_some_and(|l| l.ends_with('\r'))
        {
            for (_, t) in &mut self.list {
                *t = t.replace('\n', "\r\n");
            }
        }
        let mut out = String::with_capacity(self.text.len() + 1024);
        let mut at = 0;
        for (range, text) in &self.list {
            let start = range.start.max(at);
            out.push_str(&self.text[at..start]);
            out.push_str(text);
            at = range.end.max(at);
        }
        out.push_str(&self.text[at..]);
        out
    }
}

/// One claim field as the tool writes it at indentation `k` (empty when
/// the claim does not have it).
fn rendered(c: &Claim, key: &str, k: usize) -> String {
    let mut s = String::new();
    render::claim_field(&mut s, c, key, k);
    s
}

#[cfg(test)]
mod tests;
