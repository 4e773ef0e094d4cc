//! `claimcheck check` on the broken claims files of `tests/fixtures/broken/`.
//!
//! Each `NAME.expected` there is the exact transcript of
//! `claimcheck check tests/fixtures/broken/NAME.yaml` (or of the folder
//! `NAME/`, or of the whole folder for `all.expected`), run from the crate
//! root: stdout, then `[stderr]` and stderr when there is any, then
//! `[exit N]`. A transcript file rather than trycmd: this one loop does the
//! job without a new dev-dependency and its build time.
//! `CLAIMCHECK_BLESS=1 cargo test --test cli check` rewrites the transcripts
//! after an intended change; review the diff before committing it.

use std::path::{Path, PathBuf};

use crate::support::{claimcheck, root, run, write};

const BROKEN: &str = "tests/fixtures/broken";

fn transcript(arg: &str) -> String {
    let out = claimcheck()
        .current_dir(root())
        .args(["check", arg])
        .output()
        .expect("claimcheck runs");
    let mut t = String::from_utf8_lossy(&out.stdout).into_owned();
    let err = String::from_utf8_lossy(&out.stderr);
    if !err.is_empty() {
        t.push_str("[stderr]\n");
        t.push_str(&err);
    }
    t.push_str(&format!("[exit {}]\n", out.status.code().unwrap_or(-1)));
    t
}

fn argument(name: &str) -> String {
    if name == "all" {
        return BROKEN.to_string();
    }
    let file = format!("{BROKEN}/{name}.yaml");
    if root().join(&file).is_file() {
        file
    } else {
        format!("{BROKEN}/{name}")
    }
}

fn expected_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(BROKEN))
        .expect("fixtures folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "expected"))
        .collect();
    files.sort();
    files
}

#[test]
fn broken_files_give_their_exact_transcript() {
    let bless = std::env::var("CLAIMCHECK_BLESS").is_ok_and(|v| v == "1");
    let mut failed = Vec::new();
    let files = expected_files();
    assert!(files.len() >= 15, "transcripts: {}", files.len());
    for path in &files {
        let name = path.file_stem().expect("stem").to_string_lossy();
        let got = transcript(&argument(&name));
        if bless {
            std::fs::write(path, &got).expect("bless");
            continue;
        }
        let want = std::fs::read_to_string(path).expect("read transcript");
        if got != want {
            failed.push(format!("--- {}\n{want}+++ got\n{got}", path.display()));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn every_broken_claims_file_has_a_transcript() {
    let dir = root().join(BROKEN);
    for entry in std::fs::read_dir(&dir).expect("fixtures folder") {
        let p = entry.expect("entry").path();
        let name = p.file_stem().expect("stem").to_string_lossy().into_owned();
        let wants = p.is_dir() || p.extension().is_some_and(|e| e == "yaml");
        assert!(
            !wants || dir.join(format!("{name}.expected")).is_file(),
            "{} has no {name}.expected",
            p.display()
        );
    }
}

/// The exit code follows the worst finding: errors 1, warnings alone 0.
#[test]
fn warnings_alone_pass() {
    let t = transcript(&argument("warning"));
    assert!(t.contains(": warning: ") && !t.contains(": error: "), "{t}");
    assert!(t.ends_with("[exit 0]\n"), "{t}");
}

#[test]
fn a_missing_path_is_exit_2_and_the_others_are_still_checked() {
    let (out, err) = run(
        claimcheck().current_dir(root()).args([
            "check",
            "no/such/claims.yaml",
            &argument("verdict-typo"),
        ]),
        2,
    );
    assert!(
        err.contains("no/such/claims.yaml") && err.contains("check the path"),
        "{err}"
    );
    assert!(out.contains("did you mean `accurate`?"), "{out}");
}

#[test]
fn non_claims_yaml_in_a_folder_is_skipped_but_named_files_are_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "ci.yaml", "name: ci\non: push\n");
    let (out, _) = run(claimcheck().arg("check").arg(dir.path()), 0);
    assert!(
        out.contains("no problems in 0 files; 1 YAML file skipped (not claims files)"),
        "{out}"
    );
    let (out, _) = run(claimcheck().arg("check").arg(dir.path().join("ci.yaml")), 1);
    assert!(
        out.contains("ci.yaml:1:1: error: not a claims file"),
        "{out}"
    );
}

#[test]
fn a_freshly_extracted_file_passes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let claims = dir.path().join("claims.yaml");
    run(
        claimcheck()
            .arg("extract")
            .arg(crate::support::example())
            .arg("-o")
            .arg(&claims),
        0,
    );
    let (out, _) = run(claimcheck().arg("check").arg(&claims), 0);
    assert_eq!(out, "no problems in 1 file\n");
}

#[test]
fn no_panic_on_garbage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: [&[u8]; 8] = [
        b"",
        b"\xff\xfe\x00",
        b"format: claimcheck/1\n",
        b"format: claimcheck/1\narticle: 3\n",
        b"format: claimcheck/1\narticle:\n  file: \"\"\n  revision: 1\n  sha256: x\nclaims: [1, 2]\n",
        b"[[[[[[[[[[[[[[[[",
        b"format: claimcheck/1\narticle: &a\n  file: *a\n",
        "format: claimcheck/1\n\u{feff}\t\u{2028}: é\n".as_bytes(),
    ];
    for (i, bytes) in cases.iter().enumerate() {
        let p = write(dir.path(), &format!("c{i}.yaml"), bytes);
        let out = claimcheck().arg("check").arg(&p).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{i}: {err}");
        assert_eq!(out.status.code(), Some(1), "case {i}");
    }
    let _ = Path::new(".");
}

#[test]
fn the_annotated_worked_example_passes() {
    let (out, _) = run(
        claimcheck().current_dir(root()).args(["check", "claims"]),
        0,
    );
    assert!(
        out.to_lowercase().contains("no problems in 1 file"),
        "{out}"
    );
}
