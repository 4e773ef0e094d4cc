//! Saved HTML pages as articles (`tests/fixtures/html/`): the claims come
//! from the story and nothing else on the page, the claims file says how
//! the text was read, and `check`, `diff`, `update` and `text` read the page
//! the same way `extract` did.
//!
//! Each story page marks its story with `<!-- story -->` ... `<!-- /story -->`
//! (closed around ads placed inside it), so the test knows the story
//! without asking the code under test.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{claimcheck, root, run, write};

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/html").join(name)
}

/// A story page and what a reader sees in it.
struct Page {
    file: &'static str,
    title: &'static str,
    published: &'static str,
    url: Option<&'static str>,
    /// Quotes the story's claims must include.
    expected: &'static [&'static str],
    /// Figures and phrases of the page around the story.
    chrome: &'static [&'static str],
}

const PAGES: &[Page] = &[
    Page {
        file: "wire-sudan-aid.html",
        title: "UN seeks $2.7 billion as Sudan refugees top 600,000",
        published: "2024-04-16",
        url: Some(
            "https://www.globalwire.example/world/africa/un-seeks-27-billion-sudan-refugees-2024-04-16/",
        ),
        expected: &[
            "more than 600,000 refugees",
            "nearly 18 million people",
            "at least 14,000 people",
            "about $2.1 billion",
            "5%",
        ],
        chrome: &[
            "Save 50%",
            "save 50%",
            "3 comments",
            "1,500 arrive",
            "kills 45",
            "jump 7%",
            "250,000 readers",
            "© 2024",
            "5,061.82",
            "4 weeks for $1",
            "Advertisement",
            "wordCount",
            "15 minutes",
        ],
    },
    Page {
        file: "local-council-cookie-banner.html",
        title: "Millbrook council approves $48.6 million budget in 5-2 vote",
        published: "2024-06-12",
        url: Some(
            "https://millbrookcourier.example/news/local/2024/06/12/council-approves-budget/",
        ),
        expected: &[
            "$48.6 million budget",
            "3.5%",
            "More than 1,400 residents signed",
            "$2.3 million",
            "6%",
        ],
        chrome: &[
            "842 partners",
            "1.2 million monthly",
            "13 months",
            "99 cents",
            "12 Comments",
            "0% APR",
            "72 months",
            "18,000 neighbors",
            "3 months",
            "22 positions",
            "$3 million gap",
            "3 homes",
            "$7.8 million",
            "40% in 5 years",
            "28-14",
            "12 cents",
            "© 2024",
            "555-0142",
            "1887",
            "78°F",
        ],
    },
    Page {
        file: "jsonld-only-earthquake.html",
        title: "Quake in eastern Turkey kills at least 312, officials say",
        published: "2023-10-18",
        url: None,
        expected: &[
            "at least 312 people",
            "more than 2,100",
            "some 15,000 people",
            "500 million lira in emergency aid",
            "more than 600 people",
        ],
        chrome: &[
            "2 dead", "24 hours", "1.8K", "30%", "$5,000", "$89", "61.5%", "28.5", "1998",
            "03456789", "98211",
        ],
    },
    Page {
        file: "time-only-assembly-vote.html",
        title: "UN General Assembly demands Russia withdraw from Ukraine",
        published: "2022-03-02",
        url: None,
        expected: &[
            "141 votes in favour, 5 against and 35 abstentions",
            "at least 227 civilians",
            "more than 870,000 refugees",
        ],
        chrome: &[
            "11 in favour",
            "Half a million",
            "62%",
            "1,904",
            "2.9%",
            "950/month",
            "7 reader comments",
            "0.042",
            "© 2022",
            "-3°C",
            "19:40",
        ],
    },
];

/// The story as plain words: the marked regions with tags, entities and
/// curly quotes turned into what the claims file's `sentence` holds.
fn story_words(html: &str) -> String {
    let mut story = String::new();
    for part in html.split("<!-- story -->").skip(1) {
        let region = part.split("<!-- /story -->").next().unwrap_or("");
        story.push_str(region);
        story.push(' ');
    }
    assert!(!story.trim().is_empty(), "the fixture marks its story");
    words(&strip_tags(&story))
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn words(s: &str) -> String {
    let s = s
        .replace("&rsquo;", "'")
        .replace("&lsquo;", "'")
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace("&ldquo;", "\"")
        .replace("&rdquo;", "\"")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .replace("&ndash;", "\u{2013}")
        .replace("&copy;", "\u{a9}")
        .replace("&deg;", "\u{b0}")
        .replace("&amp;", "&");
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn extract_json(path: &Path) -> Value {
    let (out, _) = run(
        claimcheck().args(["extract", "--format", "json"]).arg(path),
        0,
    );
    serde_json::from_str(&out).expect("extract --format json prints JSON")
}

fn claims(file: &Value) -> &Vec<Value> {
    file["claims"].as_array().expect("claims list")
}

fn text_of(path: &Path) -> String {
    run(claimcheck().arg("text").arg(path), 0).0
}

#[test]
fn claims_come_from_the_story_and_none_from_the_page_around_it() {
    for page in PAGES {
        let path = fixture(page.file);
        let html = std::fs::read_to_string(&path).expect("fixture");
        let story = story_words(&html);
        let file = extract_json(&path);
        let claims = claims(&file);
        assert!(claims.len() >= page.expected.len(), "{}", page.file);
        for c in claims {
            let sentence = c["sentence"].as_str().expect("sentence");
            let quote = c["quote"].as_str().expect("quote");
            assert!(
                story.contains(sentence) && sentence.contains(quote),
                "{}: claim {} is not from the story: {sentence:?}",
                page.file,
                c["id"]
            );
        }
        for want in page.expected {
            assert!(
                claims.iter().any(|c| c["quote"].as_str() == Some(*want)),
                "{}: no claim quotes {want:?}",
                page.file
            );
        }
        let text = text_of(&path);
        let on_page = words(&strip_tags(&html));
        for chrome in page.chrome {
            assert!(
                on_page.contains(chrome) || html.contains(chrome),
                "{}: {chrome:?} is not on the page; the test checks nothing",
                page.file
            );
            assert!(
                !text.contains(chrome),
                "{}: the page's {chrome:?} made it into the text:\n{text}",
                page.file
            );
        }
    }
}

#[test]
fn extract_records_title_date_url_and_how_the_text_was_read() {
    for page in PAGES {
        let path = fixture(page.file);
        let a = &extract_json(&path)["article"];
        assert_eq!(a["title"], page.title, "{}", page.file);
        assert_eq!(a["published"], page.published, "{}", page.file);
        assert_eq!(a["url"].as_str(), page.url, "{}", page.file);
        assert_eq!(a["text"], "html-readability", "{}", page.file);
    }
    let (yaml, _) = run(
        claimcheck()
            .arg("extract")
            .arg(fixture("wire-sudan-aid.html")),
        0,
    );
    let article: Vec<&str> = yaml
        .lines()
        .skip_while(|l| *l != "article:")
        .take_while(|l| *l != "claims:")
        .collect();
    let keys: Vec<&str> = article[1..]
        .iter()
        .map(|l| l.trim().split(':').next().unwrap_or(""))
        .collect();
    assert_eq!(
        keys,
        [
            "file",
            "published",
            "title",
            "url",
            "text",
            "revision",
            "sha256"
        ]
    );
    assert!(yaml.contains("\n  text: html-readability\n"), "{yaml}");
    let (plain, _) = run(
        claimcheck().arg("extract").arg(crate::support::example()),
        0,
    );
    assert!(
        !plain.contains("text:"),
        "plain text articles say nothing: {plain}"
    );
}

#[test]
fn claim_lines_count_lines_of_the_text_command_output() {
    for page in PAGES {
        let path = fixture(page.file);
        let text = text_of(&path);
        assert!(text.starts_with(&format!("{}\n\n", page.title)), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        for c in claims(&extract_json(&path)) {
            let line = c["line"].as_u64().expect("line") as usize;
            let quote = c["quote"].as_str().expect("quote");
            assert!(
                words(lines[line - 1]).contains(quote),
                "{}: line {line} is {:?}, not where {quote:?} is",
                page.file,
                lines[line - 1]
            );
        }
        let (numbered, _) = run(claimcheck().args(["text", "-n"]).arg(&path), 0);
        let first = numbered.lines().next().unwrap_or("");
        assert_eq!(first, format!("   1  {}", page.title));
        assert_eq!(numbered.lines().count(), lines.len());
    }
    let plain = crate::support::example();
    assert_eq!(
        text_of(&plain),
        std::fs::read_to_string(&plain).expect("example")
    );
}

/// A folder with the page and its claims file, as a desk keeps them.
fn desk(page: &str) -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let html = std::fs::read(fixture(page)).expect("fixture");
    let article = write(tmp.path(), "story.html", html);
    let claims = tmp.path().join("story.yaml");
    run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["extract", "story.html", "-o", "story.yaml"]),
        0,
    );
    (tmp, article, claims)
}

#[test]
fn check_finds_every_quote_in_the_page() {
    for page in PAGES {
        let (tmp, _, claims) = desk(page.file);
        let (out, err) = run(
            claimcheck()
                .current_dir(tmp.path())
                .arg("check")
                .arg(&claims),
            0,
        );
        assert!(
            !out.contains("error:") && !err.contains("error:"),
            "{out}{err}"
        );
    }
}

#[test]
fn check_holds_article_text_to_how_the_article_reads() {
    let (tmp, _, claims) = desk("wire-sudan-aid.html");
    let yaml = std::fs::read_to_string(&claims).expect("claims");
    std::fs::write(&claims, yaml.replace("  text: html-readability\n", "")).expect("write");
    let (out, _) = run(
        claimcheck()
            .current_dir(tmp.path())
            .arg("check")
            .arg(&claims),
        1,
    );
    assert!(out.contains("is an HTML page"), "{out}");
    std::fs::write(
        &claims,
        yaml.replace("text: html-readability", "text: html"),
    )
    .expect("write");
    let (out, _) = run(
        claimcheck()
            .current_dir(tmp.path())
            .arg("check")
            .arg(&claims),
        1,
    );
    assert!(out.contains("`text: html` is not a way"), "{out}");
    std::fs::write(&claims, yaml.replace("  text: html-readability\n", "")).expect("write");
    run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["update", "story.yaml", "story.html"]),
        0,
    );
    assert_eq!(
        std::fs::read_to_string(&claims).expect("claims"),
        yaml,
        "update puts `text` back where extract writes it"
    );
    run(
        claimcheck()
            .current_dir(tmp.path())
            .arg("check")
            .arg(&claims),
        0,
    );
}

#[test]
fn diff_and_update_read_the_newer_page_the_same_way() {
    let (tmp, article, claims) = desk("wire-sudan-aid.html");
    let dir = tmp.path();
    let v1 = std::fs::read_to_string(&article).expect("page");
    let v2 = v1.replace("at least 14,000 people", "at least 15,000 people");
    let newer = write(dir, "story-v2.html", &v2);

    let (same, _) = run(
        claimcheck()
            .current_dir(dir)
            .args(["diff", "story.yaml", "story.html", "--exit-code"]),
        0,
    );
    assert!(!same.contains("15,000"), "{same}");
    let (diff, _) = run(
        claimcheck()
            .current_dir(dir)
            .args(["diff", "story.yaml", "story-v2.html", "--exit-code"]),
        1,
    );
    assert!(diff.contains("14,000") && diff.contains("15,000"), "{diff}");

    run(
        claimcheck()
            .current_dir(dir)
            .args(["update", "story.yaml", "story-v2.html"]),
        0,
    );
    let updated = std::fs::read_to_string(&claims).expect("claims");
    assert!(
        updated.contains("\n  text: html-readability\n"),
        "{updated}"
    );
    assert!(
        updated.contains("quote: at least 15,000 people"),
        "{updated}"
    );
    assert!(updated.contains("revision: 2"), "{updated}");
    assert!(
        !updated.contains("removed_in"),
        "nothing else changed: {updated}"
    );
    run(claimcheck().current_dir(dir).arg("check").arg(&claims), 0);
    run(
        claimcheck()
            .current_dir(dir)
            .args(["update", "story.yaml", "story-v2.html"]),
        0,
    );
    assert_eq!(
        std::fs::read_to_string(&claims).expect("claims"),
        updated,
        "a second update against the same page changes nothing"
    );
    drop(newer);
}

#[test]
fn a_page_without_a_story_is_a_clear_error() {
    let path = fixture("no-article-section-front.html");
    for cmd in ["extract", "text"] {
        let (out, err) = run(claimcheck().arg(cmd).arg(&path), 2);
        assert!(out.is_empty(), "{out}");
        assert!(
            err.contains("no-article-section-front.html: found no article text in this HTML page")
                && err.contains(".txt file"),
            "{err}"
        );
    }
}

#[test]
fn broken_and_binary_html_files_exit_2_naming_the_file() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let binary = write(tmp.path(), "photo.html", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let (_, err) = run(claimcheck().arg("extract").arg(&binary), 2);
    assert!(
        err.contains("photo.html: looks like a binary file") && err.contains(".html"),
        "{err}"
    );
    let latin1 = write(
        tmp.path(),
        "latin1.htm",
        b"<html><body><p>Caf\xe9 prices rose 4%.</p></body></html>",
    );
    let (_, err) = run(claimcheck().arg("text").arg(&latin1), 2);
    assert!(err.contains("latin1.htm:1: invalid UTF-8"), "{err}");
    let truncated = write(
        tmp.path(),
        "cut.html",
        "<!DOCTYPE html><html><head><title>Floods kill 40</title></head><body><div class=\"menu\"><a href=\"/\">Ho",
    );
    let (_, err) = run(claimcheck().arg("extract").arg(&truncated), 2);
    assert!(err.contains("cut.html: found no article text"), "{err}");
}

#[test]
fn html_claims_files_are_valid_against_the_schema() {
    let schema = claimcheck::claims::schema::claims_file();
    let v = jsonschema::draft7::new(&schema).expect("schema compiles");
    for page in PAGES {
        let mut doc = extract_json(&fixture(page.file));
        let errs: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errs.is_empty(), "{}: {errs:?}", page.file);
        doc["article"]["text"] = "html".into();
        assert!(!v.is_valid(&doc), "the schema knows the ways text is read");
    }
}
