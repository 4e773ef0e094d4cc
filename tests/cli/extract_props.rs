//! Property test of extraction: on any text at all (arbitrary Unicode, and
//! news phrases cut and spliced with it, so the rules reach their deep
//! branches near odd characters) nothing panics, and every span the claims
//! point to lies inside the text and on character boundaries, inside its
//! sentence, on the line the claims file gives.

use std::path::Path;

use chrono::NaiveDate;
use claimcheck::article::Article;
use claimcheck::claims;
use claimcheck::extract::{self, tokens::Tokens};
use proptest::prelude::*;

const CASES: u32 = 256;

/// Pieces of wire copy that start the rules of every dimension.
const PHRASES: &[&str] = &[
    "More than 1,200 civilians were killed",
    " according to the UN",
    ", the ministry said.",
    " $3.5bn ",
    "nearly 40%",
    " 2.3 million refugees have fled",
    " on Tuesday",
    " 20 days before the invasion",
    " in early February 2022",
    "The resolution passed 141-5 with 35 abstentions.",
    " China abstained",
    "Russia vetoed",
    " the U.N. General Assembly",
    " between 10 and 15 km",
    " two-thirds ",
    " from 3 to 4 p.m.",
    "\n\n",
    "\n",
    " — ",
    "“",
    "”",
    " 1990s ",
    " 44-55 ",
    " 12,000-strong ",
    " unanimously",
    "WASHINGTON (Reuters) - ",
    "date: 2024-05-01\n\n",
    "---\ntitle: x\n---\n",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PHRASES).prop_map(str::to_string),
        2 => any::<String>(),
        1 => "[0-9.,%$€£ -]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..14).prop_map(|p| p.concat())
}

/// Every byte offset inside `text` and on a character boundary.
fn in_text(text: &str, r: &std::ops::Range<usize>) -> bool {
    r.start <= r.end
        && r.end <= text.len()
        && text.is_char_boundary(r.start)
        && text.is_char_boundary(r.end)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::support::proptest_cases(CASES), ..ProptestConfig::default() })]

    #[test]
    fn extraction_stays_in_bounds(raw in text(), dated in any::<bool>()) {
        let published = dated.then(|| NaiveDate::from_ymd_opt(2024, 5, 1)).flatten();
        // A header that does not parse is refused with a message; that is
        // tested elsewhere.
        let Ok(article) = Article::from_str(Path::new("p.txt"), &raw, published) else {
            return Ok(());
        };
        let text = &article.text;
        for s in &article.sentences {
            prop_assert!(in_text(text, s), "sentence {s:?}");
        }
        let drafts = extract::drafts(text, &article.sentences, article.published);
        for d in &drafts {
            prop_assert!(in_text(text, &d.quote), "quote {:?} of {d:?}", d.quote);
            prop_assert!(in_text(text, &d.sentence), "sentence {:?}", d.sentence);
            prop_assert!(
                d.sentence.start <= d.quote.start && d.quote.end <= d.sentence.end,
                "quote {:?} outside its sentence {:?}", d.quote, d.sentence
            );
        }
        // Editors' tools break lines at CR, LF and CRLF alike.
        let lines = raw.replace("\r\n", "\n").replace('\r', "\n").split('\n').count();
        let file = claims::build(&article, &drafts, "p.txt");
        for c in &file.claims {
            prop_assert!(c.line >= 1 && c.line <= lines, "line {} of {lines}", c.line);
            prop_assert!(!c.quote.is_empty() || c.sentence.is_empty(), "empty quote in {c:?}");
        }
        // The mention layer alone, as `scan` uses it.
        let t = Tokens::new(text);
        for m in extract::quantities::mentions(&t) {
            prop_assert!(in_text(text, &(m.start..m.end)), "mention {m:?}");
            prop_assert!(m.start <= m.core_start && m.core_end <= m.end, "core of {m:?}");
        }
    }
}
