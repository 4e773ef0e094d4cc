//! `claimcheck update`: transcripts (`tests/fixtures/update/<case>.in/` ->
//! `<case>.out/claims.yaml`, exact bytes), the independent expectations of
//! each case, idempotence, dry runs, and refusals of files the splice cannot
//! rewrite safely.
//!
//! Each `.in/` folder holds `claims.yaml` (made from `article.txt` and
//! annotated by hand) and `revised.txt`, then `revised2.txt`... applied in
//! turn. `CLAIMCHECK_BLESS=1` rewrites the `.out/` files; review them.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{claimcheck, root, run};

fn cases() -> Vec<PathBuf> {
    let dir = root().join("tests/fixtures/update");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/update")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "in"))
        .collect();
    out.sort();
    assert!(out.len() >= 4, "update cases: {out:?}");
    out
}

/// A copy of a case's `.in` folder to work in.
fn scratch(case: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    for e in std::fs::read_dir(case).expect("case") {
        let p = e.expect("entry").path();
        std::fs::copy(&p, tmp.path().join(p.file_name().expect("name"))).expect("copy");
    }
    tmp
}

/// `revised.txt`, `revised2.txt`, ... in the order they are applied.
fn revisions(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for n in 1.. {
        let name = if n == 1 {
            "revised.txt".to_string()
        } else {
            format!("revised{n}.txt")
        };
        if !dir.join(&name).exists() {
            break;
        }
        out.push(name);
    }
    out
}

fn update(dir: &Path, article: &str) -> String {
    run(
        claimcheck()
            .current_dir(dir)
            .args(["update", "claims.yaml", article]),
        0,
    )
    .0
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn transcripts_match_their_expected_files() {
    let bless = std::env::var_os("CLAIMCHECK_BLESS").is_some();
    for case in cases() {
        let tmp = scratch(&case);
        for r in revisions(tmp.path()) {
            update(tmp.path(), &r);
        }
        let got = read(&tmp.path().join("claims.yaml"));
        let out = case.with_extension("out").join("claims.yaml");
        if bless {
            std::fs::create_dir_all(out.parent().expect("parent")).expect("mkdir");
            std::fs::write(&out, &got).expect("bless");
            continue;
        }
        assert_eq!(got, read(&out), "{}", case.display());
        // The result is a valid claims file whose quotes are in the article.
        run(
            claimcheck()
                .current_dir(tmp.path())
                .args(["check", "claims.yaml"]),
            0,
        );
    }
}

#[test]
fn every_line_of_the_original_survives_except_tool_owned_values() {
    // Outside tool fields, verdicts moved to history and the article's
    // revision, the update only adds lines.
    let owned = [
        "file:",
        "revision:",
        "sha256:",
        "quote:",
        "sentence:",
        "line:",
        "value:",
        "qualifier:",
        "subject:",
        "source:",
        "unit:",
        "currency:",
        "verdict:",
        "reviewer:",
        "reviewed:",
        "offset:",
        "anchor:",
        "relative:",
    ];
    for case in cases() {
        let tmp = scratch(&case);
        let before = read(&tmp.path().join("claims.yaml"));
        for r in revisions(tmp.path()) {
            update(tmp.path(), &r);
        }
        let after = read(&tmp.path().join("claims.yaml"));
        let diff = similar::TextDiff::from_lines(&before, &after);
        for change in diff.iter_all_changes() {
            if change.tag() == similar::ChangeTag::Delete {
                let line = change.value().trim_start();
                assert!(
                    owned.iter().any(|k| line.starts_with(k)),
                    "{}: update dropped a line that is not the tool's: {line:?}",
                    case.display()
                );
            }
        }
    }
}

#[test]
fn classes_match_the_independent_expectations() {
    for case in cases() {
        let Ok(expected) = std::fs::read_to_string(case.join("expected.yaml")) else {
            continue;
        };
        let expected: Value = serde_saphyr::from_str(&expected).expect("expected.yaml");
        let (out, _) = run(
            claimcheck().current_dir(&case).args([
                "diff",
                "claims.yaml",
                "revised.txt",
                "--format",
                "json",
            ]),
            0,
        );
        let got: Value = serde_json::from_str(&out).expect("json");
        let ids = |v: &Value| -> Vec<String> {
            let mut out: Vec<String> = v
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|e| e["id"].as_str().or(e.as_str()).unwrap_or("").to_string())
                        .collect()
                })
                .unwrap_or_default();
            out.sort();
            out
        };
        for class in ["unchanged", "changed", "removed"] {
            assert_eq!(
                ids(&got[class]),
                ids(&expected[class]),
                "{} {class}",
                case.display()
            );
        }
        let quotes = |v: &Value, path: &[&str]| -> Vec<String> {
            let mut out: Vec<String> = v
                .as_array()
                .map(|a| {
                    a.iter()
                        .map(|e| {
                            let q = path.iter().fold(e, |e, k| &e[*k]);
                            q.as_str().unwrap_or("").to_string()
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.sort();
            out
        };
        assert_eq!(
            quotes(&got["added"], &["new", "quote"]),
            quotes(&expected["added"], &["quote"]),
            "{} added",
            case.display()
        );
    }
}

#[test]
fn a_second_update_with_the_same_article_changes_nothing() {
    for case in cases() {
        let tmp = scratch(&case);
        let claims = tmp.path().join("claims.yaml");
        for r in revisions(tmp.path()) {
            update(tmp.path(), &r);
            let once = read(&claims);
            let out = update(tmp.path(), &r);
            assert!(out.contains("nothing to do"), "{out}");
            assert_eq!(read(&claims), once, "{}", case.display());
        }
    }
}

#[test]
fn the_article_the_file_was_made_from_changes_nothing() {
    for case in cases() {
        let tmp = scratch(&case);
        let claims = tmp.path().join("claims.yaml");
        let before = read(&claims);
        let out = update(tmp.path(), "article.txt");
        assert!(out.contains("nothing to do"), "{out}");
        assert_eq!(read(&claims), before, "{}", case.display());
    }
}

#[test]
fn dry_run_shows_the_changes_and_writes_nothing() {
    let case = root().join("tests/fixtures/update/lavrov-wang.in");
    let tmp = scratch(&case);
    let claims = tmp.path().join("claims.yaml");
    let before = read(&claims);
    let (out, _) = run(
        claimcheck().current_dir(tmp.path()).args([
            "update",
            "claims.yaml",
            "revised.txt",
            "--dry-run",
        ]),
        0,
    );
    assert_eq!(read(&claims), before);
    assert!(out.contains("changed (value, qualifier)"), "{out}");
    assert!(out.contains("[-nearly 1,200-]{+1,189+}"), "{out}");
    assert!(out.contains("+    verdict: needs-recheck"), "{out}");
    assert!(out.contains("+    removed_in: 2"), "{out}");
    assert!(out.contains("not written"), "{out}");
    assert!(!out.contains('\u{1b}'), "no colour when not a terminal");
    let (coloured, _) = run(
        claimcheck().current_dir(tmp.path()).args([
            "update",
            "claims.yaml",
            "revised.txt",
            "--dry-run",
            "--color",
            "always",
        ]),
        0,
    );
    assert!(coloured.contains("\u{1b}["), "colour on request");
    assert!(
        !coloured.contains("[-nearly"),
        "colour replaces the markers"
    );
}

#[test]
fn changed_claims_keep_their_editors_work_in_history() {
    let case = root().join("tests/fixtures/update/lavrov-wang.in");
    let tmp = scratch(&case);
    let before: Value =
        serde_saphyr::from_str(&read(&tmp.path().join("claims.yaml"))).expect("yaml");
    update(tmp.path(), "revised.txt");
    let after: Value =
        serde_saphyr::from_str(&read(&tmp.path().join("claims.yaml"))).expect("yaml");
    assert_eq!(after["article"]["revision"], 2);
    assert_eq!(after["article"]["file"], "revised.txt");
    let find = |v: &Value, id: &str| -> Value {
        v["claims"]
            .as_array()
            .and_then(|a| a.iter().find(|c| c["id"] == id))
            .cloned()
            .unwrap_or_else(|| panic!("{id}"))
    };
    let (old, new) = (
        find(&before, "casualties-un-1"),
        find(&after, "casualties-un-1"),
    );
    assert_eq!(new["value"], 1189);
    assert_eq!(new["verdict"], "needs-recheck");
    assert_eq!(new["sources"], old["sources"]);
    assert_eq!(new["note"], old["note"]);
    let h = &new["history"][0];
    assert_eq!(h["revision"], 1);
    assert_eq!(h["value"], 1200);
    assert_eq!(h["qualifier"], "nearly");
    assert_eq!(h["verdict"], old["verdict"]);
    assert_eq!(h["reviewer"], old["reviewer"]);
    assert_eq!(h["reviewed"], old["reviewed"]);
    let removed = find(&after, "refugees-unhcr-2");
    assert_eq!(removed["removed_in"], 2);
    assert_eq!(
        removed["verdict"],
        find(&before, "refugees-unhcr-2")["verdict"]
    );
    let added = find(&after, "casualties-un-human-rights-office-1");
    assert_eq!(added["verdict"], "unreviewed");
    let last = after["claims"]
        .as_array()
        .and_then(|a| a.last())
        .expect("claims");
    assert_eq!(
        last["id"], "casualties-un-human-rights-office-1",
        "added claims go last"
    );
}

/// Runs update on a hand-broken copy of the worked example's claims file and
/// expects a refusal naming the line where `at` is, with the file left as it
/// was.
fn refused(edit: impl Fn(&str) -> String, at: &str, says: &str) {
    let case = root().join("tests/fixtures/update/lavrov-wang.in");
    let tmp = scratch(&case);
    let claims = tmp.path().join("claims.yaml");
    let broken = edit(&read(&claims));
    std::fs::write(&claims, &broken).expect("write");
    run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["check", "claims.yaml"]),
        0,
    );
    let (_, err) = run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["update", "claims.yaml", "revised.txt"]),
        2,
    );
    let line = broken
        .find(at)
        .map(|i| broken[..i].matches('\n').count() + 1);
    let line = line.unwrap_or_else(|| panic!("`{at}` in the broken file"));
    assert!(err.contains(&format!("claims.yaml:{line}:")), "{err}");
    assert!(err.contains(says), "{err}");
    assert!(err.contains("Nothing was written"), "{err}");
    assert_eq!(read(&claims), broken, "the file is left as it was");
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".claimcheck-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left");
}

#[test]
fn flow_style_claims_are_refused() {
    refused(
        |text| {
            let start = text.find("claims:\n").expect("claims");
            let file: Value = serde_saphyr::from_str(text).expect("yaml");
            format!("{}claims: {}\n", &text[..start], file["claims"])
        },
        "claims: [",
        "flow style",
    );
}

#[test]
fn a_claim_in_flow_style_is_refused() {
    refused(
        |text| {
            text.replacen(
                "  - id: date-meeting-1\n",
                "  - {id: date-x-1, kind: date, quote: Wednesday, sentence: x, line: 1, value: null}\n  - id: date-meeting-1\n",
                1,
            )
        },
        "  - {id:",
        "flow style",
    );
}

#[test]
fn anchors_and_aliases_are_refused() {
    refused(
        |text| {
            let t = text.replacen(
                "    reviewer: Maria Lindqvist\n",
                "    reviewer: &maria Maria Lindqvist\n",
                1,
            );
            t.replacen(
                "    reviewer: Maria Lindqvist\n",
                "    reviewer: *maria\n",
                1,
            )
        },
        "&maria",
        "anchors and aliases",
    );
}

#[test]
fn a_tool_field_moved_under_an_editors_key_is_refused() {
    refused(
        |text| {
            let i = text.find("  - id: casualties-un-1\n").expect("claim");
            let j = i + text[i..].find("    source: UN\n").expect("source");
            let mut t = text.to_string();
            t.replace_range(j..j + "    source: UN\n".len(), "");
            let k = j + 1 + t[j..].find("\n    note:").expect("note");
            t.insert_str(k, "    followup:\n      source: UN\n");
            t
        },
        "      source: UN\n",
        "belongs at the claim's level",
    );
}

#[test]
fn when_the_read_back_check_fails_the_file_stays_and_a_proposal_is_written() {
    // A tool field hand-wrapped over two lines, with ` #` inside the quotes
    // on the second: the splice replaces the field, and the read-back check
    // counts the `#` text as a comment that would be lost. The check errs on
    // the side of the editor: nothing is overwritten.
    let case = root().join("tests/fixtures/update/lavrov-wang.in");
    let tmp = scratch(&case);
    let claims = tmp.path().join("claims.yaml");
    let old = "    quote: nearly 1,200 civilians\n";
    let wrapped = "    quote: \"nearly 1,200\n      civilians #1\"\n";
    let text = read(&claims).replacen(old, wrapped, 1);
    std::fs::write(&claims, &text).expect("write");
    let (_, err) = run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["update", "claims.yaml", "revised.txt"]),
        2,
    );
    assert!(err.contains("could not be spliced"), "{err}");
    assert!(err.contains("The file is unchanged"), "{err}");
    assert_eq!(read(&claims), text);
    let proposal = read(&tmp.path().join("claims.yaml.proposed"));
    assert!(proposal.contains("revision: 2"), "{proposal}");
    assert!(proposal.contains("verdict: needs-recheck"), "{proposal}");
}

#[test]
fn bad_input_names_the_file_and_exits_2() {
    let case = root().join("tests/fixtures/update/lavrov-wang.in");
    let tmp = scratch(&case);
    let (_, err) = run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["update", "missing.yaml", "revised.txt"]),
        2,
    );
    assert!(err.contains("missing.yaml"), "{err}");
    let (_, err) = run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["update", "claims.yaml", "missing.txt"]),
        2,
    );
    assert!(err.contains("missing.txt"), "{err}");
    let broken =
        read(&tmp.path().join("claims.yaml")).replacen("    kind: date\n", "    kind: [date\n", 1);
    std::fs::write(tmp.path().join("claims.yaml"), &broken).expect("write");
    let (_, err) = run(
        claimcheck()
            .current_dir(tmp.path())
            .args(["update", "claims.yaml", "revised.txt"]),
        2,
    );
    assert!(err.contains("claims.yaml:"), "{err}");
    assert_eq!(read(&tmp.path().join("claims.yaml")), broken);
}
