//! `claimcheck export claimreview` on the annotated worked example, checked
//! against the properties Google's fact-check markup documentation lists as
//! required and recommended (see src/report/claimreview.rs).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{EXAMPLE, claimcheck, root, run, write};

const WORKED: &str = "claims/2022-03-30-lavrov-wang.yaml";
const DESK: &str =
    "[desk]\nname = \"Test Desk\"\nurl_template = \"https://fc.example.org/checks/{id}\"\n";

/// Editor text meant to break out of a `<script>` element, with quotes,
/// a tab and control characters.
const HOSTILE: &str = "He said \"</script><script>alert('x')</script>\" & left\t\u{7}\u{1b}[31m.";

/// Claims appended to the worked example: one unverifiable, one removed
/// from the article, one full of hostile text.
const EXTRA_CLAIMS: &str = r#"  - id: quantity-unverifiable-1
    kind: quantity
    quote: two-day forum
    sentence: Lavrov is attending the two-day forum being held in Huangshan on Afghanistan.
    line: 11
    value: 2
    qualifier: null
    subject: forum
    source: Marta Keller
    verdict: unverifiable
    sources:
      - citation: Nobody would say.
    reviewer: Maria Lindqvist
    reviewed: 2022-04-02
    note: null
  - id: quantity-removed-1
    kind: quantity
    quote: three-day forum
    sentence: A three-day forum that a later version no longer mentions.
    line: 11
    value: 3
    qualifier: null
    subject: forum
    source: null
    removed_in: 2
    verdict: inaccurate
    sources:
      - citation: x
    reviewer: Maria Lindqvist
    reviewed: 2022-04-02
    note: null
  - id: quantity-hostile-1
    kind: quantity
    quote: two-day forum
    sentence: "He said \"</script><script>alert('x')</script>\" & left\t\a\e[31m."
    line: 11
    value: 2
    qualifier: null
    subject: forum
    source: "UNHCR \"</script>\""
    verdict: inaccurate
    sources:
      - citation: x
    reviewer: Maria Lindqvist
    reviewed: 2022-04-02
    note: null
"#;

/// A temp copy of the worked example (with the article's url and title
/// added, and the claims above), under a desk config of `config`.
fn desk(config: Option<&str>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("claims")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("examples/articles")).expect("mkdir");
    std::fs::copy(root().join(EXAMPLE), dir.path().join(EXAMPLE)).expect("copy article");
    let text = std::fs::read_to_string(root().join(WORKED)).expect("worked example");
    let published = "  published: 2022-03-30\n";
    assert!(text.contains(published));
    let text = text.replacen(
        published,
        &format!(
            "{published}  title: Lavrov and Wang meet in Huangshan\n  url: https://news.example.com/2022/03/30/lavrov-wang\n"
        ),
        1,
    );
    let claims = write(dir.path(), WORKED, format!("{text}{EXTRA_CLAIMS}"));
    if let Some(c) = config {
        write(dir.path(), "claimcheck.toml", c);
    }
    (dir, claims)
}

fn export(dir: &Path, args: &[&str], code: i32) -> (Vec<Value>, String, String) {
    let (out, err) = run(
        claimcheck()
            .current_dir(dir)
            .args(["export", "claimreview"])
            .args(args),
        code,
    );
    let reviews: Vec<Value> = serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("stdout is not a JSON array: {e}\n{out}"));
    (reviews, out, err)
}

fn by_id<'a>(reviews: &'a [Value], id: &str) -> &'a Value {
    let url = format!("https://fc.example.org/checks/{id}");
    reviews
        .iter()
        .find(|r| r["url"] == url.as_str())
        .unwrap_or_else(|| panic!("no review of {id}"))
}

fn is_day(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 10 && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok())
}

fn text(v: &Value) -> bool {
    v.as_str().is_some_and(|s| !s.trim().is_empty())
}

#[test]
fn every_required_and_recommended_google_property_is_there_and_typed() {
    let (dir, _) = desk(Some(DESK));
    let (reviews, _, err) = export(dir.path(), &[], 0);
    // 11 decided claims of the worked example, the unverifiable and the
    // hostile one; the removed one and 3 undecided are left out.
    assert_eq!(reviews.len(), 13, "{err}");
    assert!(
        err.contains("3 claims without a decided verdict skipped"),
        "{err}"
    );
    assert!(
        err.contains("1 claim no longer in their article skipped"),
        "{err}"
    );
    assert!(!err.contains("warning"), "{err}");
    for r in &reviews {
        let id = r["url"].as_str().expect("url (required) is text");
        assert!(id.starts_with("https://fc.example.org/checks/"), "{r:#}");
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        assert!(text(&r["claimReviewed"]), "claimReviewed (required): {r:#}");
        let rating = &r["reviewRating"];
        assert_eq!(rating["@type"], "Rating", "reviewRating (required): {r:#}");
        assert!(
            text(&rating["alternateName"]),
            "alternateName (required): {r:#}"
        );
        assert!(text(&rating["name"]), "{r:#}");
        assert!(rating["bestRating"].is_i64() && rating["worstRating"].is_i64());
        let unverifiable = rating["alternateName"] == "Unverifiable";
        assert_eq!(rating["ratingValue"].is_i64(), !unverifiable, "{r:#}");
        assert_eq!(
            r["author"],
            serde_json::json!({"@type": "Organization", "name": "Test Desk"})
        );
        assert!(is_day(&r["datePublished"]), "{r:#}");
        let item = &r["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert_eq!(item["datePublished"], "2022-03-30");
        let appearance = &item["appearance"];
        assert_eq!(appearance["@type"], "CreativeWork");
        assert_eq!(
            appearance["url"],
            "https://news.example.com/2022/03/30/lavrov-wang"
        );
        assert_eq!(appearance["headline"], "Lavrov and Wang meet in Huangshan");
        if let Some(author) = item.get("author") {
            assert!(["Organization", "Person"].contains(&author["@type"].as_str().unwrap_or("")));
            assert!(text(&author["name"]), "{r:#}");
        }
    }
}

#[test]
fn the_unhcr_refugee_figure_in_full_and_the_order_is_the_files() {
    let (dir, _) = desk(Some(DESK));
    let (reviews, _, _) = export(dir.path(), &["claims"], 0);
    let r = by_id(&reviews, "refugees-unhcr-1");
    assert_eq!(
        r["claimReviewed"],
        "According to UNHCR, the war in Ukraine has already left almost four million refugees and, according to the UN, nearly 1,200 civilians have been killed since the start of the invasion on February 24."
    );
    assert_eq!(
        r["reviewRating"],
        serde_json::json!({"@type": "Rating", "ratingValue": 4, "bestRating": 4, "worstRating": 1, "alternateName": "Accurate", "name": "Accurate"})
    );
    assert_eq!(
        r["itemReviewed"]["author"],
        serde_json::json!({"@type": "Organization", "name": "UNHCR"})
    );
    assert_eq!(r["datePublished"], "2022-03-31");
    let misleading = by_id(&reviews, "refugees-ukraine-foreign-ministry-1");
    assert_eq!(misleading["reviewRating"]["ratingValue"], 2);
    assert_eq!(misleading["reviewRating"]["alternateName"], "Misleading");
    let urls: Vec<&str> = reviews.iter().filter_map(|r| r["url"].as_str()).collect();
    let ids: Vec<&str> = urls
        .iter()
        .map(|u| u.rsplit('/').next().unwrap_or(""))
        .collect();
    assert_eq!(
        ids[..3],
        [
            "date-meeting-1",
            "date-agreement-1",
            "date-virtual-summit-1"
        ]
    );
    assert_eq!(ids.last(), Some(&"quantity-hostile-1"));
    assert!(!ids.contains(&"quantity-removed-1"));
    assert!(!ids.contains(&"quantity-world-bank-2"), "unreviewed");
}

#[test]
fn unverifiable_has_a_label_and_no_rating_value() {
    let (dir, _) = desk(Some(DESK));
    let (reviews, _, _) = export(dir.path(), &[], 0);
    let r = by_id(&reviews, "quantity-unverifiable-1");
    let rating = r["reviewRating"].as_object().expect("rating");
    assert!(!rating.contains_key("ratingValue"), "{rating:?}");
    assert_eq!(rating["alternateName"], "Unverifiable");
    assert_eq!(
        r["itemReviewed"]["author"],
        serde_json::json!({"@type": "Person", "name": "Marta Keller"})
    );
}

#[test]
fn hostile_editor_text_is_plain_json_that_cannot_end_a_script_element() {
    let (dir, _) = desk(Some(DESK));
    let (reviews, raw, _) = export(dir.path(), &[], 0);
    assert!(!raw.contains("</"), "{raw}");
    assert!(!raw.contains("<script"), "{raw}");
    assert!(
        !raw.chars().any(|c| c.is_control() && c != '\n'),
        "raw control characters"
    );
    let r = by_id(&reviews, "quantity-hostile-1");
    assert_eq!(r["claimReviewed"], HOSTILE);
    assert_eq!(r["itemReviewed"]["author"]["name"], "UNHCR \"</script>\"");
}

#[test]
fn output_file_holds_what_stdout_would() {
    let (dir, _) = desk(Some(DESK));
    let (_, printed, _) = export(dir.path(), &[], 0);
    let (out, err) = run(
        claimcheck().current_dir(dir.path()).args([
            "export",
            "claimreview",
            "claims",
            "-o",
            "site/reviews.json",
        ]),
        0,
    );
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("13 reviews exported"), "{err}");
    let written = std::fs::read_to_string(dir.path().join("site/reviews.json")).expect("written");
    assert_eq!(written, printed);
}

#[test]
fn without_a_desk_name_or_template_it_says_so_and_a_missing_path_is_exit_2() {
    let (dir, _) = desk(None);
    let (reviews, _, err) = export(dir.path(), &["claims", "no-such-folder"], 2);
    assert_eq!(reviews.len(), 13);
    assert!(
        reviews
            .iter()
            .all(|r| r.get("author").is_none() && r.get("url").is_none())
    );
    assert!(err.contains("no desk name"), "{err}");
    assert!(err.contains("no url template"), "{err}");
    assert!(err.contains("no-such-folder: cannot read"), "{err}");
}
