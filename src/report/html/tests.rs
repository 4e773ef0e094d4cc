use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::*;
use crate::claims::ClaimsFile;
use crate::verdicts::Config;

fn loaded(yaml: &str) -> Loaded {
    let file: ClaimsFile = serde_saphyr::from_str(yaml).expect("claims file");
    Loaded {
        path: PathBuf::from("claims/a.yaml"),
        file,
        config: Arc::new(Config::default()),
    }
}

fn article(text: &str) -> Article {
    Article::from_str(Path::new("a.txt"), text, None).expect("article")
}

const HEAD: &str = "format: claimcheck/1\narticle:\n  file: a.txt\n  published: 2022-03-30\n  revision: 1\n  sha256: x\nclaims:\n";

fn claim(id: &str, quote: &str, sentence: &str, line: usize, verdict: &str) -> String {
    format!(
        "  - id: {id}\n    kind: quantity\n    quote: {quote:?}\n    sentence: {sentence:?}\n    line: {line}\n    value: 2\n    qualifier: null\n    subject: null\n    source: null\n    verdict: {verdict}\n"
    )
}

fn marks_in(html: &str) -> Vec<(String, String)> {
    html.match_indices("<mark ")
        .map(|(at, _)| {
            let tag = &html[at..at + html[at..].find('>').unwrap()];
            let claim = tag
                .split("data-claim=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let end = at + html[at..].find('>').unwrap() + 1;
            let text = &html[end..end + html[end..].find('<').unwrap()];
            (claim.to_string(), text.to_string())
        })
        .collect()
}

#[test]
fn a_repeated_quote_is_marked_in_its_own_sentence() {
    let text = "Two days of talks ended.\n\nThe forum lasted two days, he said.\n\nAnother two days passed.\n";
    let yaml = format!(
        "{HEAD}{}{}",
        claim(
            "forum",
            "two days",
            "The forum lasted two days, he said.",
            3,
            "accurate"
        ),
        claim(
            "other",
            "two days",
            "Another two days passed.",
            5,
            "inaccurate"
        ),
    );
    let a = article(text);
    let html = render(&[loaded(&yaml)], &[Ok(a)]);
    let marks = marks_in(&html);
    assert_eq!(
        marks,
        [
            ("forum".into(), "two days".into()),
            ("other".into(), "two days".into())
        ]
    );
    let forum = html.find("data-claim=\"forum\"").unwrap();
    assert!(
        html[..forum].contains("The forum lasted "),
        "marked in the wrong sentence"
    );
    assert!(html.contains("class=\"v v-good\" id=\"f1-m1\""));
    assert!(html.contains("class=\"v v-bad\" id=\"f1-m2\""));
}

#[test]
fn overlapping_quotes_nest_and_paragraphs_stay_whole() {
    let text = "Almost four million refugees have fled.\n\nNext paragraph.\n";
    let yaml = format!(
        "{HEAD}{}{}{}",
        claim(
            "outer",
            "four million refugees",
            "Almost four million refugees have fled.",
            1,
            "accurate"
        ),
        claim(
            "inner",
            "million",
            "Almost four million refugees have fled.",
            1,
            "misleading"
        ),
        claim(
            "cross",
            "refugees have",
            "Almost four million refugees have fled.",
            1,
            "unreviewed"
        ),
    );
    let html = render(&[loaded(&yaml)], &[Ok(article(text))]);
    let body = html.split("<div class=\"text\">").nth(1).unwrap();
    let body = &body[..body.find("</div>").unwrap()];
    assert_eq!(body.matches("<mark").count(), 3, "{body}");
    assert_eq!(body.matches("</mark>").count(), 3, "{body}");
    // Well nested: never more closes than opens at any point.
    let mut depth = 0i32;
    for piece in body.split('<').skip(1) {
        if piece.starts_with("mark") {
            depth += 1;
        } else if piece.starts_with("/mark") {
            depth -= 1;
            assert!(depth >= 0, "{body}");
        }
    }
    assert_eq!(body.matches("<p>").count(), 2);
}

#[test]
fn claims_without_their_article_are_listed_with_the_reason() {
    let yaml = format!("{HEAD}{}", claim("c", "two days", "s", 1, "accurate"));
    let html = render(
        &[loaded(&yaml)],
        &[Err("the article is not at x/a.txt".into())],
    );
    assert!(html.contains("Article text not shown: the article is not at x/a.txt."));
    assert!(html.contains("data-claim=\"c\""));
    assert!(!html.contains("<mark"));
    // Missing entries in `articles` are a reason too, not a panic.
    let html = render(&[loaded(&yaml)], &[]);
    assert!(html.contains("Article text not shown"));
}

#[test]
fn same_input_same_bytes() {
    let text = "The forum lasted two days.\n";
    let yaml = format!(
        "{HEAD}{}",
        claim("c", "two days", "The forum lasted two days.", 1, "accurate")
    );
    let one = render(&[loaded(&yaml)], &[Ok(article(text))]);
    let two = render(&[loaded(&yaml)], &[Ok(article(text))]);
    assert_eq!(one, two);
}

#[test]
fn percentages_are_rounded_in_integers() {
    assert_eq!(summary::percent_for_tests(1, 3), "33.3");
    assert_eq!(summary::percent_for_tests(2, 3), "66.7");
    assert_eq!(summary::percent_for_tests(0, 0), "0");
}

#[test]
fn a_quote_the_article_no_longer_has_is_flagged_not_marked() {
    let yaml = format!(
        "{HEAD}{}",
        claim(
            "gone",
            "three days",
            "The forum lasted three days.",
            1,
            "accurate"
        )
    );
    let html = render(
        &[loaded(&yaml)],
        &[Ok(article("The forum lasted two days.\n"))],
    );
    assert!(!html.contains("<mark"));
    assert!(html.contains("Quote not found in the article text"));
    // The recorded sha256 is not the article's: the page says what to run.
    assert!(html.contains("The article has changed since these claims were made"));
    assert!(html.contains("claimcheck update claims/a.yaml a.txt"));
}
