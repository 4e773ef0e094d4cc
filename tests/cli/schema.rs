//! `claimcheck schema`, the schema file `extract` keeps beside claims files,
//! and every claims file we have validated against the schema.
//!
//! Validation uses the `jsonschema` crate (a dev-dependency): a maintained,
//! pure-Rust draft-07 validator with its network and TLS features turned off,
//! so the test checks the schema the way an editor's tool reads it, rather
//! than the way our own reader does.

use std::path::{Path, PathBuf};

use claimcheck::claims::schema;

use crate::support::{claimcheck, example, root, run, write};

fn validator() -> jsonschema::Validator {
    let schema = schema::claims_file();
    assert!(
        jsonschema::draft7::meta::is_valid(&schema),
        "the schema is a valid draft-07 schema"
    );
    jsonschema::draft7::new(&schema).expect("schema compiles")
}

/// A claims file as JSON, the data model editors' validators see. Parsed with
/// serde-saphyr directly: the model's reader would drop what it does not know.
fn as_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The validation errors of `doc`, one `path: message` each.
fn errors(v: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn files_with_ext(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files_with_ext(&p, exts, out);
        } else if p
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| exts.contains(&e))
        {
            out.push(p);
        }
    }
}

fn is_claims_file(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .is_ok_and(|t| t.lines().any(|l| l.trim() == "format: claimcheck/1"))
}

#[test]
fn schema_command_prints_the_schema() {
    let (out, _) = run(claimcheck().arg("schema"), 0);
    assert_eq!(out, schema::text());
    let json: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(json["title"], "claimcheck/1 claims file");
    validator();
}

#[test]
fn committed_and_fixture_claims_files_are_valid() {
    let v = validator();
    let mut files = Vec::new();
    files_with_ext(&root().join("claims"), &["yaml", "yml"], &mut files);
    let committed = files.len();
    assert!(committed > 0, "claims/ holds the worked example");
    let mut fixtures = Vec::new();
    files_with_ext(
        &root().join("tests/fixtures"),
        &["yaml", "yml"],
        &mut fixtures,
    );
    // `broken/` holds files that are wrong on purpose, for `check`.
    files.extend(
        fixtures
            .into_iter()
            .filter(|p| !p.components().any(|c| c.as_os_str() == "broken"))
            .filter(|p| is_claims_file(p)),
    );
    for path in &files {
        let errs = errors(&v, &as_json(path));
        assert!(errs.is_empty(), "{}:\n{}", path.display(), errs.join("\n"));
    }
}

#[test]
fn extracted_claims_files_are_valid() {
    let v = validator();
    let mut articles = Vec::new();
    for dir in ["tests/fixtures", "examples/articles"] {
        files_with_ext(&root().join(dir), &["txt", "md"], &mut articles);
    }
    articles.retain(|p| p.file_name().is_some_and(|n| n != "README.md"));
    assert!(articles.len() > 10, "{articles:?}");
    let dir = tempfile::tempdir().expect("tempdir");
    let into = dir.path().join("claims");
    run(
        claimcheck()
            .arg("extract")
            .arg("--into")
            .arg(&into)
            .args(&articles),
        0,
    );
    let mut written = Vec::new();
    files_with_ext(&into, &["yaml"], &mut written);
    assert_eq!(written.len(), articles.len());
    let mut kinds = std::collections::BTreeSet::new();
    for path in &written {
        let doc = as_json(path);
        let errs = errors(&v, &doc);
        assert!(errs.is_empty(), "{}:\n{}", path.display(), errs.join("\n"));
        for c in doc["claims"].as_array().into_iter().flatten() {
            kinds.insert(c["kind"].as_str().unwrap_or("").to_string());
        }
    }
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["casualties", "date", "quantity", "refugees", "vote"],
        "every kind of claim (and so every shape of value) was validated"
    );
}

#[test]
fn wrong_types_fail_and_editors_own_fields_pass() {
    let v = validator();
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("lavrov.yaml");
    run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg(&out),
        0,
    );
    let text = std::fs::read_to_string(&out).expect("written");

    let wrong = text
        .replacen("    value: 4000000\n", "    value: lots\n", 1)
        .replacen("    line: ", "    line: twelve\n    was_line: ", 1);
    assert_ne!(wrong, text);
    let bad = write(dir.path(), "wrong.yaml", &wrong);
    let errs = errors(&v, &as_json(&bad));
    assert!(
        errs.iter().any(|e| e.starts_with("/claims/0/line:")),
        "{errs:?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.starts_with("/claims/") && e.contains("/value:")),
        "{errs:?}"
    );

    // An editor's work: a desk's own verdict names, its own fields anywhere.
    let edited = text
        .replacen(
            "    verdict: unreviewed\n    sources: []\n",
            "    verdict: half-true\n    sources:\n      - citation: Call with the agency's press office\n        called_by: night desk\n    desk_priority: high\n",
            1,
        )
        .replacen("format: claimcheck/1\n", "format: claimcheck/1\nassigned_to: ana\n", 1)
        // A scale with verdicts named true and false: unquoted, YAML booleans.
        .replacen("    verdict: unreviewed\n", "    verdict: false\n", 1);
    assert_ne!(edited, text);
    let good = write(dir.path(), "edited.yaml", &edited);
    let errs = errors(&v, &as_json(&good));
    assert!(errs.is_empty(), "{errs:?}");

    // A source with neither a url nor a citation is not evidence.
    let empty = text.replacen(
        "    sources: []\n",
        "    sources:\n      - note: somewhere\n",
        1,
    );
    let bad = write(dir.path(), "empty-source.yaml", &empty);
    assert!(!errors(&v, &as_json(&bad)).is_empty());
}

#[test]
fn extract_keeps_one_schema_file_per_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let schema_file = dir.path().join(schema::FILE_NAME);
    run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg(dir.path().join("a.yaml")),
        0,
    );
    assert_eq!(
        std::fs::read_to_string(&schema_file).expect("schema file written"),
        schema::text()
    );
    let first = identity(&schema_file);
    let b = write(
        dir.path(),
        "b.txt",
        "Some 5,000 refugees crossed the border.\n",
    );
    run(
        claimcheck()
            .arg("extract")
            .arg(&b)
            .arg("-o")
            .arg(dir.path().join("b.yaml")),
        0,
    );
    assert_eq!(
        identity(&schema_file),
        first,
        "an identical file is left alone"
    );

    // `--into` writes one for its folder, replacing an older schema.
    let into = dir.path().join("desk");
    std::fs::create_dir(&into).expect("mkdir");
    std::fs::write(into.join(schema::FILE_NAME), "{}\n").expect("stale");
    run(
        claimcheck()
            .arg("extract")
            .arg("--into")
            .arg(&into)
            .arg(&b)
            .arg(example()),
        0,
    );
    assert_eq!(
        std::fs::read_to_string(into.join(schema::FILE_NAME)).expect("refreshed"),
        schema::text()
    );
    let written = std::fs::read_to_string(into.join("b.yaml")).expect("b written");
    assert!(
        written.starts_with("# yaml-language-server: $schema=./claimcheck.schema.json\n"),
        "{written}"
    );
}

#[test]
fn stdout_and_json_get_no_schema_line_or_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (out, _) = run(
        claimcheck()
            .current_dir(dir.path())
            .arg("extract")
            .arg(example()),
        0,
    );
    assert!(out.starts_with("# Claims extracted from "), "{out}");
    assert!(!out.contains("yaml-language-server"));
    run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .args(["--format", "json", "-o"])
            .arg(dir.path().join("a.json")),
        0,
    );
    assert!(!dir.path().join(schema::FILE_NAME).exists());
}

/// Identifies a file's inode, which an atomic rewrite would change.
#[cfg(unix)]
fn identity(p: &Path) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(p).expect("metadata");
    (m.dev(), m.ino())
}

#[cfg(not(unix))]
fn identity(p: &Path) -> std::time::SystemTime {
    std::fs::metadata(p)
        .and_then(|m| m.modified())
        .expect("metadata")
}

/// The worked example is an editor's file: only editor fields were touched.
/// A claim whose tool fields no longer match a fresh extraction means the
/// extractor changed on the bundled article: bring the file up to date (with
/// `update` once it exists) rather than editing tool fields by hand.
#[test]
fn worked_example_keeps_the_extracted_tool_fields() {
    use claimcheck::claims::{Claim, yaml};
    let path = root().join("claims/2022-03-30-lavrov-wang.yaml");
    let text = std::fs::read_to_string(&path).expect("worked example");
    let committed = yaml::read(&path, &text).expect("worked example parses");
    let fresh_dir = tempfile::tempdir().expect("tempdir");
    let fresh_path = fresh_dir.path().join("claims").join("x.yaml");
    run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg(&fresh_path),
        0,
    );
    let fresh_text = std::fs::read_to_string(&fresh_path).expect("fresh");
    let fresh = yaml::read(&fresh_path, &fresh_text).expect("fresh parses");
    let tool = |c: &Claim| {
        (
            c.id.clone(),
            c.kind,
            c.quote.clone(),
            c.sentence.clone(),
            c.line,
            c.value.clone(),
            c.relative.clone(),
            (c.unit.clone(), c.currency.clone()),
            (c.qualifier.clone(), c.subject.clone(), c.source.clone()),
        )
    };
    assert_eq!(committed.article.sha256, fresh.article.sha256);
    assert_eq!(committed.article.published, fresh.article.published);
    for c in &committed.claims {
        assert!(
            fresh.claims.iter().any(|f| tool(f) == tool(c)),
            "{}: tool fields differ from a fresh extraction",
            c.id
        );
    }
    assert!(committed.claims.iter().any(|c| c.verdict != "unreviewed"));
    assert!(
        committed
            .claims
            .iter()
            .any(|c| c.extra.contains_key("desk_priority")),
        "the example shows an editor's own field"
    );
    assert_eq!(
        std::fs::read_to_string(root().join("claims").join(schema::FILE_NAME))
            .expect("claims/ holds the schema file extract wrote"),
        schema::text(),
        "claims/claimcheck.schema.json is stale: run `claimcheck schema > claims/claimcheck.schema.json`"
    );
}
