//! Word-level differences between two versions of a sentence, as plain text
//! with `[-old-]{+new+}` markers (the convention of `git diff --word-diff`),
//! so the output reads the same in a terminal, a log or a test. Colour is a
//! rendering of the same runs and belongs to the binary.

use similar::{ChangeTag, TextDiff};

/// One run of the diff: text both versions share, or text only one has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Run {
    Same(String),
    Old(String),
    New(String),
}

/// The runs that turn `old` into `new`, word by word. Deleted and inserted
/// words next to each other are grouped (`[-nearly 1,200-]{+1,189+}`), old
/// before new, rather than interleaved word by word.
pub fn runs(old: &str, new: &str) -> Vec<Run> {
    let diff = TextDiff::from_words(old, new);
    let mut out = Vec::new();
    let (mut same, mut del, mut ins) = (String::new(), String::new(), String::new());
    for change in diff.iter_all_changes() {
        let v = change.value();
        match change.tag() {
            // A space between two changed words stays inside the change.
            ChangeTag::Equal if v.trim().is_empty() && !(del.is_empty() && ins.is_empty()) => {
                if !del.is_empty() {
                    del.push_str(v);
                }
                if !ins.is_empty() {
                    ins.push_str(v);
                }
            }
            ChangeTag::Equal => {
                flush(&mut out, &mut del, &mut ins, &mut same);
                same.push_str(v);
            }
            ChangeTag::Delete => {
                take(&mut out, &mut same);
                del.push_str(v);
            }
            ChangeTag::Insert => {
                take(&mut out, &mut same);
                ins.push_str(v);
            }
        }
    }
    flush(&mut out, &mut del, &mut ins, &mut same);
    take(&mut out, &mut same);
    out
}

fn take(out: &mut Vec<Run>, same: &mut String) {
    if !same.is_empty() {
        out.push(Run::Same(std::mem::take(same)));
    }
}

/// Ends a change: its old and new text, trailing spaces moved out of the
/// markers into the shared text that follows.
fn flush(out: &mut Vec<Run>, del: &mut String, ins: &mut String, same: &mut String) {
    let mut trailing = String::new();
    for (s, old) in [(del, true), (ins, false)] {
        if s.is_empty() {
            continue;
        }
        let kept = s.trim_end().len();
        if trailing.is_empty() {
            trailing = s[kept..].to_string();
        }
        s.truncate(kept);
        let text = std::mem::take(s);
        if !text.is_empty() {
            out.push(if old { Run::Old(text) } else { Run::New(text) });
        }
    }
    same.push_str(&trailing);
}

/// The diff as one line with `[-old-]{+new+}` markers.
pub fn marked(old: &str, new: &str) -> String {
    runs(old, new)
        .into_iter()
        .map(|r| match r {
            Run::Same(s) => s,
            Run::Old(s) => format!("[-{s}-]"),
            Run::New(s) => format!("{{+{s}+}}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::marked;

    #[test]
    fn a_changed_figure_is_one_marked_change() {
        assert_eq!(
            marked(
                "the UN, nearly 1,200 civilians have been killed",
                "the UN, 1,189 civilians have been killed"
            ),
            "the UN, [-nearly 1,200-]{+1,189+} civilians have been killed"
        );
    }

    #[test]
    fn identical_sentences_have_no_markers() {
        assert_eq!(
            marked("Same words here.", "Same words here."),
            "Same words here."
        );
    }

    #[test]
    fn a_removed_sentence_is_all_old() {
        assert_eq!(marked("Gone now.", ""), "[-Gone now.-]");
    }
}
