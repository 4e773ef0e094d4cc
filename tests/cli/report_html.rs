//! The HTML report, rendered through the library (the `report` command
//! calls the same `render`): highlights, escaping, no remote resources, and
//! with `CLAIMCHECK_BROWSER=1` (set by `.ci/run`) a real headless Chromium.

use std::path::{Path, PathBuf};
use std::process::Command;

use claimcheck::report::html::{read_article, render};
use claimcheck::report::{Loaded, load};

use crate::support::root;

const WORKED: &str = "claims/2022-03-30-lavrov-wang.yaml";

fn page(paths: &[PathBuf]) -> (Vec<Loaded>, String) {
    let (loaded, errors) = load(paths);
    assert!(errors.is_empty(), "{errors:?}");
    let articles: Vec<_> = loaded.iter().map(read_article).collect();
    let html = render(&loaded, &articles);
    (loaded, html)
}

/// Relative to the crate root, where tests run, so the page names the
/// claims file as a user in the repo would.
fn worked_example() -> (Vec<Loaded>, String) {
    page(&[PathBuf::from(WORKED)])
}

/// The opening `<mark ...>` tags of the page.
fn mark_tags(html: &str) -> Vec<&str> {
    html.match_indices("<mark ")
        .filter_map(|(at, _)| html.get(at..).and_then(|t| t.find('>').map(|e| &t[..=e])))
        .collect()
}

#[test]
fn every_claim_of_the_worked_example_is_marked_once_in_its_verdict_class() {
    let (loaded, html) = worked_example();
    let claims = &loaded[0].file.claims;
    assert!(claims.len() >= 10);
    let tags = mark_tags(&html);
    assert_eq!(tags.len(), claims.len(), "{tags:#?}");
    for c in claims {
        let with_id: Vec<&&str> = tags
            .iter()
            .filter(|t| t.contains(&format!("data-claim=\"{}\"", c.id)))
            .collect();
        assert_eq!(with_id.len(), 1, "{}: {with_id:?}", c.id);
        let class = &loaded[0]
            .config
            .scale
            .get(&c.verdict)
            .expect("verdict")
            .class;
        assert!(
            with_id[0].contains(&format!("class=\"v v-{class}\"")),
            "{}: {}",
            c.id,
            with_id[0]
        );
        // The mark holds the quote itself.
        let at = html.find(with_id[0]).expect("tag") + with_id[0].len();
        assert!(
            html[at..].starts_with(&c.quote),
            "{}: {}",
            c.id,
            &html[at..at + 60]
        );
    }
    // The repeated "Tuesday"/"two days" quotes sit in the sentence the
    // claims record, so the numbering follows the article.
    assert!(html.contains("title=\"refugees-unhcr-1 · Accurate · almost 4,000,000\""));
}

#[test]
fn the_page_loads_nothing_from_anywhere() {
    let (_, html) = worked_example();
    let lower = html.to_ascii_lowercase();
    for bad in [
        "<script", "<link", "<img", "<iframe", "@import", "url(", " src=",
    ] {
        assert!(!lower.contains(bad), "{bad}");
    }
    // Links are only the sources' and the in-page anchors.
    for (at, _) in lower.match_indices("href=\"") {
        let target = &lower[at + 6..];
        assert!(
            target.starts_with('#')
                || target.starts_with("https://")
                || target.starts_with("http://"),
            "{}",
            &target[..40.min(target.len())]
        );
    }
    assert!(html.contains("href=\"https://data.unhcr.org/en/situations/ukraine\""));
}

#[test]
fn same_files_same_bytes() {
    assert_eq!(worked_example().1, worked_example().1);
}

#[test]
fn hostile_editor_text_is_inert() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        tmp.path().join("a.txt"),
        "The <b>forum</b> lasted two days & \"more\".\n",
    )
    .expect("article");
    let yaml = "format: claimcheck/1\narticle:\n  file: a.txt\n  published: 2022-03-30\n  title: \"</title><script>alert(1)</script>\"\n  url: \"javascript:alert(2)\"\n  revision: 1\n  sha256: x\nclaims:\n  - id: \"x\\\" onmouseover=\\\"alert(3)\"\n    kind: quantity\n    quote: two days\n    sentence: s\n    line: 1\n    value: 2\n    qualifier: \"<img src=x onerror=alert(4)>\"\n    subject: null\n    source: null\n    verdict: \"<script>alert(5)</script>\"\n    sources:\n      - url: \"javascript:alert(6)\"\n        note: \"\\\"onmouseover=alert(7) \\u0007\\u0000\\u001b[31m\"\n      - url: \" JavaScript:alert(8)\"\n      - citation: \"<a href='https://evil.example'>x</a>\"\n    reviewer: \"'onfocus=alert(9) autofocus '\"\n    reviewed: \"<style>*{}</style>\"\n    note: \"</td></tr></table><script>alert(10)</script>\"\n";
    std::fs::write(tmp.path().join("a.yaml"), yaml).expect("claims");
    let (_, html) = page(&[tmp.path().join("a.yaml")]);
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script tag");
    assert!(!lower.contains("<img"), "img tag");
    assert!(!lower.contains("<b>forum"), "article markup");
    assert!(!lower.contains("<a href='"), "editor markup");
    assert!(!lower.contains("href=\"javascript"), "javascript link");
    assert!(!lower.contains("href=\" javascript"), "javascript link");
    assert_eq!(lower.matches("<style>").count(), 1, "editor style tag");
    // Attribute values never end early: every quote in them is an entity.
    assert!(
        !html.contains("\" onmouseover="),
        "broke out of an attribute"
    );
    assert!(!html.contains("'onfocus"), "broke out of an attribute");
    assert!(
        html.contains("onmouseover=\\&quot;alert(3)")
            || html.contains("onmouseover=&quot;alert(3)")
    );
    for c in ['\u{0}', '\u{7}', '\u{1b}'] {
        assert!(!html.contains(c), "control character {c:?}");
    }
    // The text is still there for a person to read, as text.
    assert!(html.contains("The &lt;b&gt;forum&lt;/b&gt; lasted"));
    assert!(html.contains("javascript:alert(6)"));
    // An unknown verdict is shown as written, escaped.
    assert!(html.contains("&lt;script&gt;alert(5)&lt;/script&gt;"));
}

#[test]
fn changed_and_removed_claims_after_an_update() {
    let case = root().join("tests/fixtures/update/lavrov-wang.in");
    let tmp = tempfile::tempdir().expect("tempdir");
    for f in ["article.txt", "revised.txt"] {
        std::fs::copy(case.join(f), tmp.path().join(f)).expect("copy");
    }
    let out = root().join("tests/fixtures/update/lavrov-wang.out/claims.yaml");
    std::fs::copy(out, tmp.path().join("claims.yaml")).expect("copy");
    let (loaded, html) = page(&[tmp.path().join("claims.yaml")]);
    let claims = &loaded[0].file.claims;
    let removed: Vec<_> = claims.iter().filter(|c| c.removed_in.is_some()).collect();
    assert!(!removed.is_empty());
    for c in &removed {
        assert!(
            !html.contains(&format!("data-claim=\"{}\" title", c.id)),
            "{} highlighted",
            c.id
        );
    }
    assert_eq!(html.matches("<tr id=").count(), claims.len());
    assert_eq!(html.matches("class=\"removed\"").count(), removed.len());
    assert!(html.contains("Removed in revision 2"));
    assert!(html.contains("<h3>Changed claims</h3>"));
    assert!(html.contains("Revision 1: <span class=\"was\">“almost four million refugees”</span>"));
    assert!(
        !html.contains("Quote not found"),
        "every current quote is found"
    );
    assert!(
        !html.contains("has changed since"),
        "the claims file is up to date"
    );
}

/// Renders the worked example in headless Chromium: the DOM it builds has
/// every mark, and a screenshot comes out. Skips with a notice without
/// `CLAIMCHECK_BROWSER=1`, or without a browser when that is not set.
#[test]
#[allow(clippy::print_stderr)] // the notice that the test skipped
fn the_worked_example_in_a_real_browser() {
    let wanted = std::env::var("CLAIMCHECK_BROWSER").is_ok_and(|v| v == "1");
    let Some(browser) = browser() else {
        assert!(!wanted, "CLAIMCHECK_BROWSER=1 but no chromium found");
        eprintln!("notice: no chromium; skipping the browser test");
        return;
    };
    if !wanted {
        eprintln!("notice: set CLAIMCHECK_BROWSER=1 to run the browser test");
        return;
    }
    let (loaded, html) = worked_example();
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("report.html");
    std::fs::write(&file, &html).expect("write page");
    let url = format!("file://{}", file.display());

    let dom = chromium(&browser, tmp.path(), &["--dump-dom", &url]);
    let dom = String::from_utf8_lossy(&dom);
    for c in &loaded[0].file.claims {
        let tag = format!("data-claim=\"{}\"", c.id);
        let marked = dom.match_indices("<mark ").any(|(at, _)| {
            dom[at..]
                .split('>')
                .next()
                .is_some_and(|t| t.contains(&tag))
        });
        assert!(marked, "{} not marked in the rendered DOM", c.id);
    }

    let png = tmp.path().join("report.png");
    let shot = format!("--screenshot={}", png.display());
    chromium(
        &browser,
        tmp.path(),
        &[&shot, "--window-size=1400,1800", &url],
    );
    let bytes = std::fs::read(&png).expect("screenshot written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        bytes.len() > 50_000,
        "screenshot only {} bytes",
        bytes.len()
    );
    if let Ok(to) = std::env::var("CLAIMCHECK_SCREENSHOT_TO") {
        std::fs::copy(&png, root().join(to)).expect("keep screenshot");
    }
}

fn browser() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

/// Runs Chromium headless with no network, profile or background work, and
/// returns its stdout.
fn chromium(browser: &Path, tmp: &Path, args: &[&str]) -> Vec<u8> {
    let profile = tmp.join("profile");
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            "--proxy-server=127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
