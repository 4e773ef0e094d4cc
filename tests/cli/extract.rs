//! `claimcheck extract`: outputs, options, and the refusal to overwrite.

use std::path::Path;

use claimcheck::claims::yaml;

use crate::support::{claimcheck, example, run, write};

#[test]
fn output_file_records_the_article_relative_to_itself() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("claims").join("lavrov.yaml");
    run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg(&out),
        0,
    );
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(
        text.starts_with(
            "# yaml-language-server: $schema=./claimcheck.schema.json\n# Claims extracted from "
        ),
        "{text}"
    );
    let file = yaml::read(&out, &text).expect("parses");
    let recorded = out.parent().expect("dir").join(&file.article.file);
    assert_eq!(
        std::fs::canonicalize(recorded).expect("recorded path resolves"),
        std::fs::canonicalize(example()).expect("example")
    );
    assert!(!file.claims.is_empty());
}

#[test]
fn refuses_to_overwrite_and_points_to_update() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = write(dir.path(), "c.yaml", "# an editor's work\n");
    let (_, err) = run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg(&out),
        2,
    );
    assert!(
        err.contains("already exists") && err.contains("claimcheck update"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&out).expect("kept"),
        "# an editor's work\n"
    );
}

/// The refusal comes before the article is read: a long article is not
/// extracted only to be thrown away, and its faults are not the news.
#[test]
fn refuses_before_reading_the_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = write(dir.path(), "c.yaml", "# an editor's work\n");
    let article = dir.path().join("broken.txt");
    std::fs::write(&article, b"caf\xe9 au lait\n").expect("write");
    let (_, err) = run(
        claimcheck()
            .arg("extract")
            .arg(&article)
            .arg("-o")
            .arg(&out),
        2,
    );
    assert!(err.contains("already exists"), "{err}");
    assert!(!err.contains("UTF-8"), "{err}");
}

/// A device is no claims file: `-o /dev/stdout` prints rather than being
/// refused as a file that may hold editors' work.
#[cfg(unix)]
#[test]
fn a_device_for_output_is_written_into() {
    let (out, _) = run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg("/dev/stdout"),
        0,
    );
    assert!(out.contains("claims:"), "{out}");
    assert!(!out.contains("yaml-language-server"), "{out}");
    assert!(!Path::new("/dev/claimcheck.schema.json").exists());
}

#[test]
fn dash_output_is_stdout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (out, _) = run(
        claimcheck()
            .current_dir(dir.path())
            .arg("extract")
            .arg(std::fs::canonicalize(example()).expect("example"))
            .arg("-o")
            .arg("-"),
        0,
    );
    assert!(out.contains("claims:"), "{out}");
    assert!(!dir.path().join("-").exists());
}

#[test]
fn into_writes_one_file_per_article_and_skips_existing_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(
        dir.path(),
        "a.txt",
        "According to the UN, 300 civilians were killed.\n",
    );
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).expect("mkdir");
    let b = write(&sub, "a.txt", "Some 5,000 refugees crossed the border.\n");
    let into = dir.path().join("out");
    run(
        claimcheck()
            .arg("extract")
            .arg("--into")
            .arg(&into)
            .arg(&a)
            .arg(&b),
        0,
    );
    let first = std::fs::read_to_string(into.join("a.yaml")).expect("a.yaml");
    let second = std::fs::read_to_string(into.join("a-2.yaml")).expect("a-2.yaml");
    assert!(
        first.contains("kind: casualties") && first.contains("file: ../a.txt"),
        "{first}"
    );
    assert!(
        second.contains("kind: refugees") && second.contains("file: ../sub/a.txt"),
        "{second}"
    );
    // A second run skips it, keeps it, and says so.
    let (_, err) = run(
        claimcheck().arg("extract").arg("--into").arg(&into).arg(&a),
        0,
    );
    assert!(err.contains("1 skipped"), "{err}");
    assert_eq!(
        std::fs::read_to_string(into.join("a.yaml")).expect("kept"),
        first
    );
}

#[test]
fn json_has_the_same_structure() {
    let (out, _) = run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .args(["--format", "json"]),
        0,
    );
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(json["format"], "claimcheck/1");
    assert_eq!(json["article"]["published"], "2022-03-30");
    let claims = json["claims"].as_array().expect("claims list");
    let refugees = claims
        .iter()
        .find(|c| c["kind"] == "refugees")
        .expect("a refugees claim");
    assert_eq!(refugees["value"], 4_000_000);
    assert_eq!(refugees["verdict"], "unreviewed");
    assert_eq!(refugees["sources"], serde_json::json!([]));
}

#[test]
fn published_overrides_and_plain_text_needs_no_header() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = write(
        dir.path(),
        "plain.txt",
        "Officials said 40 houses were destroyed.\n",
    );
    let (out, _) = run(claimcheck().arg("extract").arg(&a), 0);
    assert!(out.contains("published: null"), "{out}");
    let (out, _) = run(
        claimcheck()
            .arg("extract")
            .arg(&a)
            .args(["--published", "2022-04-01"]),
        0,
    );
    assert!(out.contains("published: 2022-04-01"), "{out}");
    let (out, _) = run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .args(["--published", "2022-04-01"]),
        0,
    );
    assert!(
        out.contains("published: 2022-04-01"),
        "--published beats the header: {out}"
    );
    let (_, err) = run(
        claimcheck()
            .arg("extract")
            .arg(&a)
            .args(["--published", "01/04/2022"]),
        2,
    );
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn markdown_front_matter_gives_date_title_and_url() {
    let dir = tempfile::tempdir().expect("tempdir");
    let md = write(
        dir.path(),
        "story.md",
        "---\ntitle: Floods\npublished: 2023-09-12\nurl: https://example.org/floods\n---\n\n# Floods\n\nAt least 5,300 people died, officials said.\n",
    );
    let (out, _) = run(claimcheck().arg("extract").arg(&md), 0);
    let file = yaml::read(Path::new("out"), &out).expect("parses");
    assert_eq!(file.article.published.as_deref(), Some("2023-09-12"));
    assert_eq!(file.article.title.as_deref(), Some("Floods"));
    assert_eq!(
        file.article.url.as_deref(),
        Some("https://example.org/floods")
    );
    let c = &file.claims[0];
    assert_eq!(c.kind.name(), "casualties");
    assert_eq!(c.line, 9);
}

#[test]
fn several_articles_without_into_is_a_usage_error() {
    let (_, err) = run(claimcheck().arg("extract").arg(example()).arg(example()), 2);
    assert!(err.contains("--into"), "{err}");
}

#[test]
fn written_file_reads_back_to_the_same_model() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("c.yaml");
    run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg(&out),
        0,
    );
    let text = std::fs::read_to_string(&out).expect("written");
    let file = yaml::read(&out, &text).expect("parses");
    let again = yaml::write(
        &file,
        &claimcheck::claims::header_comments(&example().display().to_string()),
    );
    assert_eq!(yaml::read(&out, &again).expect("re-parses"), file);
}

#[test]
fn editing_an_unrelated_paragraph_keeps_the_other_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let original = std::fs::read_to_string(example()).expect("example");
    let edited = original
        .replace(
            "Representatives of the Taliban government are also taking part.",
            "Taliban representatives also attend, and some 300 journalists are covering it.",
        )
        .replace("Wang said relations", "Wang Yi said that relations");
    assert_ne!(edited, original);
    let a = write(dir.path(), "a.txt", &original);
    let b = write(dir.path(), "b.txt", &edited);
    let ids = |p: &Path| -> Vec<(String, String)> {
        let (out, _) = run(claimcheck().arg("extract").arg(p), 0);
        let file = yaml::read(p, &out).expect("parses");
        file.claims.into_iter().map(|c| (c.quote, c.id)).collect()
    };
    let before = ids(&a);
    let after = ids(&b);
    assert_eq!(
        after.len(),
        before.len() + 1,
        "the edit adds one claim: {after:?}"
    );
    for (quote, id) in &before {
        let kept = after.iter().find(|(q, _)| q == quote).map(|(_, i)| i);
        assert_eq!(kept, Some(id), "{quote}");
    }
}
