//! Where each field of a claims file is, by line, for files in the block
//! layout the tool writes and editors keep when they type in it.
//!
//! This is not a YAML parser: the file has already been read by one (the
//! model), and whatever is spliced is read again and compared. Its job is to
//! find the lines a field occupies, so an edit can replace exactly those,
//! and to refuse, with the line, whatever it cannot place with certainty
//! (flow style for the file's structure, anchors and aliases, complex keys).

use std::ops::Range;

/// A piece of the file this splicer will not edit, with the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub line: usize,
    pub message: String,
}

fn refuse<T>(line: usize, message: impl Into<String>) -> Result<T, Refusal> {
    Err(Refusal {
        line: line + 1,
        message: message.into(),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Blank,
    Comment,
    Content,
}

#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// Byte range of the line in the file, newline included.
    pub bytes: Range<usize>,
    /// The line without its newline (and without a `\r` before it).
    pub text: &'a str,
    pub indent: usize,
    pub kind: Kind,
}

/// One `key: value` entry of a block mapping.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub key: String,
    /// Column of the key.
    pub col: usize,
    /// Line of the key.
    pub first: usize,
    /// One past the entry's last content line; comment and blank lines
    /// after it are not the entry's.
    pub end: usize,
    /// The value's text on the key line (empty when it starts below).
    pub inline: String,
    /// Whether the value is a `|` or `>` block scalar, whose lines are all
    /// content even when they start with `#`.
    pub block_scalar: bool,
    /// An inline comment on the key line, with the spaces before it.
    pub comment: Option<String>,
}

/// A block mapping: its key column and its entries in file order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Mapping {
    pub indent: usize,
    pub entries: Vec<Entry>,
}

impl Mapping {
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }
}

/// A claim: a sequence item holding a block mapping.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    pub dash: usize,
    pub map: Mapping,
}

/// The parts of a claims file the splice edits.
#[derive(Debug)]
pub(crate) struct Layout<'a> {
    pub lines: Vec<Line<'a>>,
    pub top: Mapping,
    pub article: Mapping,
    pub claims: Vec<Item>,
}

impl Layout<'_> {
    /// Byte offset of the start of line `i` (the file's end past the last).
    pub fn offset(&self, i: usize) -> usize {
        self.lines.get(i).map_or_else(
            || self.lines.last().map_or(0, |l| l.bytes.end),
            |l| l.bytes.start,
        )
    }
}

pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let end = start + raw.len();
        let body = raw.strip_suffix('\n').unwrap_or(raw);
        let body = body.strip_suffix('\r').unwrap_or(body);
        let trimmed = body.trim_start_matches(' ');
        let indent = body.len() - trimmed.len();
        let kind = if trimmed.trim().is_empty() {
            Kind::Blank
        } else if trimmed.starts_with('#') {
            Kind::Comment
        } else {
            Kind::Content
        };
        out.push(Line {
            bytes: start..end,
            text: body,
            indent,
            kind,
        });
        start = end;
    }
    out
}

pub(crate) fn layout(text: &str) -> Result<Layout<'_>, Refusal> {
    let lines = lines(text);
    if let Some((i, _)) = lines
        .iter()
        .enumerate()
        .find(|(_, l)| l.kind == Kind::Content && l.text.starts_with('\t'))
    {
        return refuse(i, "a tab indents this line; YAML indents with spaces");
    }
    refuse_anchors(&lines)?;
    let top = mapping(&lines, 0..lines.len(), 0, None)?;
    let Some(article) = top.get("article") else {
        return refuse(0, "no `article:` map at the top level");
    };
    let article = nested_mapping(&lines, article)?;
    let mut claims = Vec::new();
    if let Some(entry) = top.get("claims") {
        match entry.inline.as_str() {
            "" => claims = items(&lines, entry)?,
            "[]" | "null" | "~" => {}
            _ => {
                return refuse(
                    entry.first,
                    "`claims:` is written in flow style ([...]); write each claim as a `- ` item on its own lines",
                );
            }
        }
    }
    Ok(Layout {
        lines,
        top,
        article,
        claims,
    })
}

/// Anchors and aliases anywhere: an edit to an anchored value would change
/// every alias of it too, somewhere the splice does not look.
fn refuse_anchors(lines: &[Line]) -> Result<(), Refusal> {
    let mut block: Option<usize> = None;
    for (i, l) in lines.iter().enumerate() {
        if let Some(indent) = block {
            if l.kind == Kind::Blank || l.indent > indent {
                continue;
            }
            block = None;
        }
        if l.kind != Kind::Content {
            continue;
        }
        let mut rest = &l.text[l.indent..];
        while let Some(r) = rest.strip_prefix("- ") {
            rest = r.trim_start();
        }
        let value = key_value(rest).map_or(rest, |(_, v, _)| v);
        if value.starts_with('|') || value.starts_with('>') {
            block = Some(l.indent);
        }
        if [rest, value]
            .iter()
            .any(|v| v.starts_with('&') || v.starts_with('*') || v.starts_with("<<:"))
        {
            return refuse(
                i,
                "anchors and aliases (&name, *name, <<) are not supported in claims files; write the values out in full",
            );
        }
    }
    Ok(())
}

/// The block mapping below a key whose value starts on the next line.
fn nested_mapping(lines: &[Line], entry: &Entry) -> Result<Mapping, Refusal> {
    if !entry.inline.is_empty() {
        return refuse(
            entry.first,
            format!(
                "`{}:` is written in flow style or on one line; write its fields one per line",
                entry.key
            ),
        );
    }
    let body = entry.first + 1..entry.end;
    let Some(indent) = body
        .clone()
        .map(|i| &lines[i])
        .find(|l| l.kind == Kind::Content)
        .map(|l| l.indent)
    else {
        return refuse(entry.first, format!("`{}:` is empty", entry.key));
    };
    mapping(lines, body, indent, None)
}

/// The claims: block sequence items under `claims:`, each a block mapping.
fn items(lines: &[Line], entry: &Entry) -> Result<Vec<Item>, Refusal> {
    let body = entry.first + 1..entry.end;
    let content: Vec<usize> = body.filter(|&i| lines[i].kind == Kind::Content).collect();
    let Some(&first) = content.first() else {
        return Ok(Vec::new());
    };
    let dash = lines[first].indent;
    let mut starts = Vec::new();
    for &i in &content {
        let l = &lines[i];
        if l.indent == dash {
            let rest = &l.text[dash..];
            if !(rest.starts_with("- ") || rest == "-") {
                return refuse(i, "expected a claim here, a line starting with `- `");
            }
            starts.push(i);
        } else if l.indent < dash {
            return refuse(i, "this line is indented less than the claims above it");
        }
    }
    let mut out = Vec::new();
    for (n, &s) in starts.iter().enumerate() {
        let next = starts.get(n + 1).copied().unwrap_or(entry.end);
        let rest = lines[s].text[dash + 1..].trim_start();
        if rest.is_empty() {
            return refuse(
                s,
                "write the claim's first field on the `- ` line (`- id: ...`)",
            );
        }
        if rest.starts_with('{') {
            return refuse(
                s,
                "this claim is written in flow style ({...}); write its fields one per line",
            );
        }
        if rest.starts_with('&') || rest.starts_with('*') {
            return refuse(
                s,
                "anchors and aliases (&name, *name) are not supported in claims files; write the claim out",
            );
        }
        let end = (s..next)
            .rev()
            .find(|&i| lines[i].kind == Kind::Content)
            .map_or(s + 1, |i| i + 1);
        let map = mapping(lines, s..end, dash + 2, Some(dash + 2))?;
        out.push(Item { dash, map });
    }
    Ok(out)
}

/// Entries of the block mapping whose keys are at column `indent` on the
/// lines `range`. `first_col` is the key column of the first line when it
/// follows a `- ` on the same line.
fn mapping(
    lines: &[Line],
    range: Range<usize>,
    indent: usize,
    first_col: Option<usize>,
) -> Result<Mapping, Refusal> {
    let mut entries: Vec<Entry> = Vec::new();
    let start = range.start;
    for i in range {
        let l = &lines[i];
        let in_block = entries.last().is_some_and(|e| e.block_scalar);
        let col = if i == start {
            first_col.unwrap_or(l.indent)
        } else {
            l.indent
        };
        match l.kind {
            Kind::Blank => continue,
            Kind::Comment if !(in_block && col > indent) => continue,
            _ => {}
        }
        if col > indent || (in_block && l.kind == Kind::Comment) {
            match entries.last_mut() {
                Some(e) => e.end = i + 1,
                None => return refuse(i, "this line is indented more than the fields around it"),
            }
            continue;
        }
        if col < indent {
            return refuse(i, "this line is indented less than the fields around it");
        }
        let rest = &l.text[col..];
        // A sequence at the key's own column belongs to the key above it.
        if (rest.starts_with("- ") || rest == "-")
            && entries.last().is_some_and(|e| e.inline.is_empty())
        {
            if let Some(e) = entries.last_mut() {
                e.end = i + 1;
            }
            continue;
        }
        let Some((key, inline, comment)) = key_value(rest) else {
            return refuse(i, "expected a `key: value` line here");
        };
        if key == "<<" {
            return refuse(
                i,
                "merge keys (`<<:`) are not supported in claims files; write the fields out",
            );
        }
        if inline.starts_with('&') || inline.starts_with('*') {
            return refuse(
                i,
                "anchors and aliases (&name, *name) are not supported in claims files; write the value out",
            );
        }
        let block_scalar = inline.starts_with('|') || inline.starts_with('>');
        entries.push(Entry {
            key,
            col,
            first: i,
            end: i + 1,
            inline: inline.to_string(),
            block_scalar,
            comment: comment.map(str::to_string),
        });
    }
    Ok(Mapping { indent, entries })
}

/// `key: value  # note` -> the key (unquoted), the value's text, and the
/// inline comment with the spaces before it; `None` when the line is not a
/// simple key.
fn key_value(rest: &str) -> Option<(String, &str, Option<&str>)> {
    if rest.starts_with("? ") || rest == "?" {
        return None;
    }
    let (key, after) = if let Some(q) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let close = quoted_end(rest, q)?;
        let after = rest[close..].strip_prefix(':')?;
        (rest[1..close - 1].to_string(), after)
    } else {
        let colon = rest
            .match_indices(':')
            .map(|(i, _)| i)
            .find(|&i| rest[i + 1..].is_empty() || rest[i + 1..].starts_with([' ', '\t']))?;
        (rest[..colon].trim_end().to_string(), &rest[colon + 1..])
    };
    if !(after.is_empty() || after.starts_with([' ', '\t'])) {
        return None;
    }
    let value = after.trim_start();
    Some(match comment_at(value) {
        Some(c) => {
            let v = value[..c].trim_end();
            let spaced = &after[after.len() - value.len() + v.len()..];
            (key, v, Some(spaced))
        }
        None => (key, value.trim_end(), None),
    })
}

/// Byte index just past the closing quote of the quoted scalar that opens
/// `s`, on this line.
fn quoted_end(s: &str, q: char) -> Option<usize> {
    let mut chars = s.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        if q == '"' && c == '\\' {
            chars.next();
        } else if c == q {
            if q == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                chars.next();
            } else {
                return Some(i + 1);
            }
        }
    }
    None
}

/// Where an inline comment starts in a value's text, if it has one: a `#`
/// after whitespace, outside a quoted scalar that opens the value.
pub(crate) fn comment_at(value: &str) -> Option<usize> {
    if value.starts_with('#') {
        return Some(0);
    }
    let from = match value.chars().next() {
        Some(q @ ('"' | '\'')) => quoted_end(value, q)?,
        _ => 0,
    };
    let tail = &value[from..];
    tail.char_indices()
        .find(|&(i, c)| c == '#' && tail[..i].ends_with([' ', '\t']))
        .map(|(i, _)| from + i)
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
