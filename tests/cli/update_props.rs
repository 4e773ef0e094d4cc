//! Property tests of `update`, in process (library calls, not the binary):
//! random editor annotations of an annotated claims file and random edits of
//! its article. No comment and no editor field is lost; a second update with
//! the same article changes nothing; the file's own article is a no-op; two
//! updates in a row keep everything too.
//!
//! The annotations (`annotate`) are made on the file's text, as an editor
//! makes them; the article edits (`article_edits`) work on paragraphs. Each
//! case checks the result independently of `splice::verify`: comments
//! counted line by line, editor fields compared claim by claim. The default
//! case count keeps the run to seconds; `PROPTEST_CASES=2000` for a hunt.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;
use claimcheck::article::Article;
use claimcheck::claims::{self, ClaimsFile, splice, yaml};
use claimcheck::extract;
use claimcheck::revise::{self, Outcome};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use crate::support::root;

mod annotate;
mod article_edits;

use annotate::{Annotations, annotate, annotations};
use article_edits::{apply, edits};

/// The annotated fixtures, and how many leading paragraphs of their article
/// are a header the edits leave alone (the `date ...` marker's paragraph).
const FIXTURES: [(&str, usize); 3] = [("kyiv-refugees", 0), ("rail-bill", 1), ("lavrov-wang", 1)];

const CASES: u32 = 64;

fn fixture(name: &str) -> (String, String) {
    let dir = root()
        .join("tests/fixtures/update")
        .join(format!("{name}.in"));
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).expect("fixture");
    (read("claims.yaml"), read("article.txt"))
}

// ---- the update, as the binary chains it ---------------------------------

fn fresh(article: &str, old: &ClaimsFile) -> ClaimsFile {
    let recorded = old
        .article
        .published
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let mut a = Article::from_str(Path::new("article.txt"), article, None).expect("article");
    a.published = a.published.or(recorded);
    let drafts = extract::drafts(&a.text, &a.sentences, a.published);
    claims::build(&a, &drafts, "article.txt")
}

fn read(text: &str) -> Option<ClaimsFile> {
    yaml::read(Path::new("claims.yaml"), text).ok()
}

/// Update, splice and verify; the new text and the outcome.
fn update(text: &str, old: &ClaimsFile, article: &str) -> Result<(String, Outcome), TestCaseError> {
    let outcome = revise::update(old, &fresh(article, old));
    let new = splice::splice(text, old, &outcome.file).map_err(|r| {
        TestCaseError::fail(format!("splice refused, line {}: {}", r.line, r.message))
    })?;
    splice::verify(text, &new, &outcome.file)
        .map_err(|w| TestCaseError::fail(format!("verify failed: {w}\n{new}")))?;
    Ok((new, outcome))
}

/// Full-line comments as their lines; inline ones as `# ...` to the end of
/// the line (text after two spaces and `#`: no tool value holds that, and
/// an editor's value that does is kept whole anyway).
fn comment_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| {
            if l.trim_start().starts_with('#') {
                return Some(l);
            }
            l.rfind("  # ").map(|k| l[k..].trim_start())
        })
        .collect()
}

/// Every comment of `before` is in `after`, byte for byte (as many times
/// as it was).
fn comments_kept(before: &str, after: &str) -> Result<(), TestCaseError> {
    let mut now: HashMap<&str, usize> = HashMap::new();
    for c in comment_lines(after) {
        *now.entry(c).or_default() += 1;
    }
    for c in comment_lines(before) {
        let n = now.get_mut(c).filter(|n| **n > 0);
        prop_assert!(n.is_some(), "comment lost: {c:?}\n--- after:\n{after}");
        if let Some(n) = n {
            *n -= 1;
        }
    }
    Ok(())
}

/// No editor work of `old` (read from `before`) is missing from `after`.
fn nothing_lost(
    before: &str,
    old: &ClaimsFile,
    after: &str,
    outcome: &Outcome,
) -> Result<(), TestCaseError> {
    comments_kept(before, after)?;
    let back = read(after);
    prop_assert!(back.as_ref() == Some(&outcome.file), "read back differs");
    for o in &old.claims {
        let n = outcome.file.claims.iter().find(|c| c.id == o.id);
        prop_assert!(n.is_some(), "claim {} lost", o.id);
        let Some(n) = n else { continue };
        prop_assert_eq!(&n.sources, &o.sources, "sources of {}", o.id);
        prop_assert_eq!(&n.note, &o.note, "note of {}", o.id);
        prop_assert_eq!(&n.extra, &o.extra, "extra fields of {}", o.id);
        let kept = (&n.verdict, &n.reviewer, &n.reviewed) == (&o.verdict, &o.reviewer, &o.reviewed);
        if !kept {
            let last = n.history.last();
            prop_assert!(
                ["needs-recheck", "unreviewed"].contains(&n.verdict.as_str())
                    && n.history.len() == o.history.len() + 1
                    && last.is_some_and(|h| {
                        (&h.verdict, &h.reviewer, &h.reviewed)
                            == (&o.verdict, &o.reviewer, &o.reviewed)
                    }),
                "verdict of {} neither kept nor moved to history: {:?} -> {:?}",
                o.id,
                (&o.verdict, &o.reviewer, &o.reviewed),
                (&n.verdict, &n.reviewer, &n.reviewed, &n.history)
            );
        }
    }
    Ok(())
}

/// A fixture, annotated; `None` when the annotations do not read.
fn annotated(f: usize, a: &Annotations) -> Option<(String, ClaimsFile, String, usize)> {
    let (name, fixed) = FIXTURES[f];
    let (claims, article) = fixture(name);
    let text = annotate(&claims, a);
    let file = read(&text)?;
    Some((text, file, article, fixed))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::support::proptest_cases(CASES), ..ProptestConfig::default() })]

    #[test]
    fn update_loses_no_editor_work(f in 0..FIXTURES.len(), a in annotations(), e in edits()) {
        let Some((text, old, article, fixed)) = annotated(f, &a) else {
            return Err(TestCaseError::reject("annotations do not read"));
        };
        let (new, outcome) = update(&text, &old, &apply(&article, fixed, &e))?;
        nothing_lost(&text, &old, &new, &outcome)?;
    }

    #[test]
    fn update_is_idempotent(f in 0..FIXTURES.len(), a in annotations(), e in edits()) {
        let Some((text, old, article, fixed)) = annotated(f, &a) else {
            return Err(TestCaseError::reject("annotations do not read"));
        };
        let edited = apply(&article, fixed, &e);
        let (once, first) = update(&text, &old, &edited)?;
        let (twice, second) = update(&once, &first.file, &edited)?;
        prop_assert!(second.file == first.file, "a second update changed the model");
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn updating_with_the_same_article_changes_nothing(f in 0..FIXTURES.len(), a in annotations()) {
        let Some((text, old, article, _)) = annotated(f, &a) else {
            return Err(TestCaseError::reject("annotations do not read"));
        };
        let (new, outcome) = update(&text, &old, &article)?;
        prop_assert!(outcome.file == old, "the model changed");
        prop_assert_eq!(new, text);
    }

    #[test]
    fn two_updates_in_a_row_lose_nothing(
        f in 0..FIXTURES.len(),
        a in annotations(),
        e1 in edits(),
        e2 in edits(),
    ) {
        let Some((text, old, article, fixed)) = annotated(f, &a) else {
            return Err(TestCaseError::reject("annotations do not read"));
        };
        let v2 = apply(&article, fixed, &e1);
        let v3 = apply(&v2, fixed, &e2);
        let sha = |t: &str| fresh(t, &old).article.sha256;
        prop_assume!(sha(&v2) != old.article.sha256 && sha(&v3) != sha(&v2));
        let (t2, o2) = update(&text, &old, &v2)?;
        nothing_lost(&text, &old, &t2, &o2)?;
        let (t3, o3) = update(&t2, &o2.file, &v3)?;
        nothing_lost(&t2, &o2.file, &t3, &o3)?;
        comments_kept(&text, &t3)?;
        prop_assert_eq!(o3.file.article.revision, 3);
        for c in &old.claims {
            prop_assert!(o3.file.claims.iter().any(|n| n.id == c.id), "claim {} lost", c.id);
            let n = o3.file.claims.iter().find(|n| n.id == c.id);
            prop_assert!(n.is_some_and(|n| n.sources == c.sources && n.note == c.note && n.extra == c.extra),
                "editor fields of {} changed over two updates", c.id);
        }
    }
}
