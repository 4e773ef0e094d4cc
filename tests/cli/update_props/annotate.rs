//! Random editor annotations, made on a claims file's text as an editor
//! makes them: full-line comments (at the next line's indentation, or any,
//! before claims and source entries), inline comments, blank lines, notes
//! (quoted as the tool quotes them, line breaks included), verdicts with
//! reviewer, date and a source, and an editor's own fields; optionally saved
//! with Windows line ends.

use std::collections::HashMap;

use claimcheck::claims::yaml;
use proptest::prelude::*;
use proptest::sample::{Index, select};

const WORDS: [&str; 16] = [
    "checked",
    "desk",
    "call back",
    "a: b",
    "#tag",
    "\"quoted\"",
    "it's",
    "naïve",
    "Київ",
    "日本",
    "50%",
    "- dash",
    "null",
    "true",
    "{x}",
    "[1]",
];
const VERDICTS: [&str; 5] = [
    "accurate",
    "mostly-accurate",
    "misleading",
    "inaccurate",
    "unverifiable",
];
const REVIEWERS: [&str; 4] = ["Ines Okafor", "Zoë Brandt", "José Núñez", "O'Neil: night"];

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(select(&WORDS[..]), 1..6).prop_map(|w| w.join(" "))
}

#[derive(Debug, Clone)]
pub(super) struct Annotations {
    /// Before which claim or claim-level key line, and what it says.
    comments: Vec<(Index, String)>,
    /// Which `note: null` gets a note, and the note.
    notes: Vec<(Index, String)>,
    /// Which claim gets which verdict (index into VERDICTS), by whom, which day.
    verdicts: Vec<(Index, usize, usize, u32)>,
    /// After which claim-level `note:` an `x_priority` goes.
    priorities: Vec<(Index, String)>,
    /// Which claim-level line (or claim start) gets an inline comment.
    inline: Vec<(Index, String)>,
    /// Before which claim or claim-level key a blank line goes.
    blanks: Vec<Index>,
    /// Before which claim-level key an editor's `x_seen` field goes.
    fields: Vec<(Index, String)>,
    /// Comments at any indentation before a claim or a source entry.
    stray: Vec<(Index, usize, String)>,
    /// Saved with Windows line ends.
    crlf: bool,
}

pub(super) fn annotations() -> impl Strategy<Value = Annotations> {
    let note = prop_oneof![words(), "[a-zA-Z0-9 :#'\"é–\n]{1,30}"];
    (
        prop::collection::vec((any::<Index>(), words()), 0..8),
        prop::collection::vec((any::<Index>(), note), 0..5),
        prop::collection::vec(
            (
                any::<Index>(),
                0..VERDICTS.len(),
                0..REVIEWERS.len(),
                1..28u32,
            ),
            0..5,
        ),
        prop::collection::vec((any::<Index>(), "[a-z]{1,8}"), 0..4),
        prop::collection::vec((any::<Index>(), words()), 0..4),
        prop::collection::vec(any::<Index>(), 0..3),
        prop::collection::vec((any::<Index>(), "[a-z]{1,8}"), 0..3),
        prop::collection::vec((any::<Index>(), 0..4usize, words()), 0..3),
        prop::bool::weighted(0.15),
    )
        .prop_map(
            |(comments, notes, verdicts, priorities, inline, blanks, fields, stray, crlf)| {
                Annotations {
                    comments,
                    notes,
                    verdicts,
                    priorities,
                    inline,
                    blanks,
                    fields,
                    stray,
                    crlf,
                }
            },
        )
}

/// What an annotation does to one line of the original text.
#[derive(Default)]
struct LineEdit {
    before: Vec<String>,
    replace: Option<String>,
    after: Vec<String>,
}

fn is_claim_key(l: &str) -> bool {
    let Some(rest) = l.strip_prefix("    ") else {
        return false;
    };
    let key: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    !key.is_empty() && rest[key.len()..].starts_with(':')
}

pub(super) fn annotate(text: &str, a: &Annotations) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut edits: HashMap<usize, LineEdit> = HashMap::new();
    let at = |p: &dyn Fn(&str) -> bool| -> Vec<usize> {
        (0..lines.len()).filter(|&i| p(lines[i])).collect()
    };
    let targets = at(&|l| l.starts_with("  - id:") || is_claim_key(l));
    for (i, words) in &a.comments {
        let i = targets[i.index(targets.len())];
        let indent = lines[i].len() - lines[i].trim_start().len();
        let e = edits.entry(i).or_default();
        e.before.push(format!("{}# {words}", " ".repeat(indent)));
    }
    let items = at(&|l| l.starts_with("  - id:") || l.starts_with("      - "));
    for (i, indent, words) in &a.stray {
        let i = items[i.index(items.len())];
        let e = edits.entry(i).or_default();
        e.before
            .push(format!("{}# {words}", " ".repeat(indent * 2)));
    }
    let nulls = at(&|l| l == "    note: null");
    for (i, note) in &a.notes {
        let i = nulls[i.index(nulls.len())];
        edits.entry(i).or_default().replace = Some(format!("    note: {}", yaml::scalar(note)));
    }
    let starts = at(&|l| l.starts_with("  - id:"));
    for (i, v, who, day) in &a.verdicts {
        let c = i.index(starts.len());
        let end = starts.get(c + 1).copied().unwrap_or(lines.len());
        for (j, &l) in lines.iter().enumerate().take(end).skip(starts[c]) {
            let new = if let Some(rest) = l.strip_prefix("    verdict: ") {
                // The verdict word goes; an inline comment stays.
                let tail = rest.find(char::is_whitespace).map_or("", |k| &rest[k..]);
                format!("    verdict: {}{tail}", VERDICTS[*v])
            } else if l.starts_with("    reviewer: ") {
                format!("    reviewer: {}", yaml::scalar(REVIEWERS[*who]))
            } else if l.starts_with("    reviewed: ") {
                format!("    reviewed: 2025-01-{day:02}")
            } else if l == "    sources: []" {
                let e = edits.entry(j).or_default();
                e.after
                    .push(format!("      - url: https://example.org/check/{day}"));
                "    sources:".to_string()
            } else {
                continue;
            };
            edits.entry(j).or_default().replace = Some(new);
        }
    }
    let notes = at(&|l| l.starts_with("    note:"));
    for (i, word) in &a.priorities {
        // After the note's last line (a block note runs on, indented deeper).
        let mut j = notes[i.index(notes.len())];
        while lines.get(j + 1).is_some_and(|l| l.starts_with("     ")) {
            j += 1;
        }
        let e = edits.entry(j).or_default();
        if e.after.is_empty() {
            e.after.push(format!("    x_priority: {word}"));
        }
    }
    for i in &a.blanks {
        let i = targets[i.index(targets.len())];
        edits.entry(i).or_default().before.push(String::new());
    }
    let keys = at(&is_claim_key);
    for (i, word) in &a.fields {
        let i = keys[i.index(keys.len())];
        let e = edits.entry(i).or_default();
        if !e.before.iter().any(|b| b.starts_with("    x_seen")) {
            e.before.push(format!("    x_seen: {word}"));
        }
    }
    // Single-line values only: not a block scalar's head.
    let plain = at(&|l| {
        (l.starts_with("  - id:") || is_claim_key(l))
            && !l.contains(" #")
            && !l.ends_with('|')
            && !l.ends_with('>')
            && !l.ends_with(':')
    });
    for (i, words) in &a.inline {
        let i = plain[i.index(plain.len())];
        let e = edits.entry(i).or_default();
        let line = e.replace.clone().unwrap_or_else(|| lines[i].to_string());
        if !line.contains(" #") {
            e.replace = Some(format!("{line}  # {words}"));
        }
    }
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        let e = edits.remove(&i).unwrap_or_default();
        for b in &e.before {
            out.push_str(b);
            out.push('\n');
        }
        out.push_str(e.replace.as_deref().unwrap_or(l));
        out.push('\n');
        for b in &e.after {
            out.push_str(b);
            out.push('\n');
        }
    }
    if a.crlf {
        out = out.replace('\n', "\r\n");
    }
    out
}
