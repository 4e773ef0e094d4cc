//! `extract --into DIR` over folders: the walk, mirrored and collision-free
//! names, bad files skipped with exit 1, reruns that skip or `--update`, and
//! a clean stdout.

use std::path::{Path, PathBuf};

use crate::support::{claimcheck, root, run, write};

/// A scratch copy of `tests/fixtures/batch/archive` as `archive/` in a new
/// folder, which the commands run in, so recorded paths are relative.
fn scratch() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy(
        &root().join("tests/fixtures/batch/archive"),
        &tmp.path().join("archive"),
    );
    tmp
}

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for e in std::fs::read_dir(from).expect("ls fixture") {
        let e = e.expect("entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("type").is_dir() {
            copy(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

fn extract(dir: &Path, args: &[&str], code: i32) -> (String, String) {
    let mut cmd = claimcheck();
    cmd.current_dir(dir).arg("extract").args(args);
    run(&mut cmd, code)
}

fn read(p: impl AsRef<Path>) -> String {
    let p = p.as_ref();
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Every file below `dir`, relative, sorted.
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("ls") {
            let p = e.expect("entry").path();
            if p.is_dir() {
                todo.push(p);
            } else {
                let rel = p.strip_prefix(dir).expect("below");
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

const CLAIMS: [&str; 4] = [
    "out/local/2022/flood.yaml",
    "out/local/index.yaml",
    "out/notes.yaml",
    "out/world/index.yaml",
];

#[test]
fn a_folder_is_walked_and_mirrored_and_two_index_pages_do_not_collide() {
    let tmp = scratch();
    let (out, err) = extract(tmp.path(), &["--into", "out", "archive"], 0);
    assert_eq!(out, "", "stdout stays clean");
    assert!(
        err.contains("4 articles: 4 extracted") && err.contains("0 failed"),
        "{err}"
    );
    let written: Vec<String> = tree(&tmp.path().join("out"))
        .into_iter()
        .filter(|f| f.ends_with(".yaml"))
        .map(|f| format!("out/{f}"))
        .collect();
    assert_eq!(
        written, CLAIMS,
        "hidden folders and other files are left out"
    );
    // Each claims file records its own article, relative to itself.
    for (claims, article) in [
        (
            "out/world/index.yaml",
            "file: ../../archive/world/index.html",
        ),
        (
            "out/local/index.yaml",
            "file: ../../archive/local/index.html",
        ),
        (
            "out/local/2022/flood.yaml",
            "file: ../../../archive/local/2022/flood.md",
        ),
        ("out/notes.yaml", "file: ../archive/notes.txt"),
    ] {
        let text = read(tmp.path().join(claims));
        assert!(text.contains(article), "{claims}:\n{text}");
    }
    let flood = read(tmp.path().join("out/local/2022/flood.yaml"));
    assert!(flood.contains("value: 120"), "{flood}");
    let notes = read(tmp.path().join("out/notes.yaml"));
    assert!(notes.contains("kind: casualties"), "{notes}");
    // Every folder with claims files has the schema they point to.
    for folder in ["out/world", "out/local", "out/local/2022", "out"] {
        assert!(
            tmp.path()
                .join(folder)
                .join("claimcheck.schema.json")
                .is_file(),
            "{folder}"
        );
    }
    // The recorded paths lead back to the articles: `check` finds every
    // quote where the file says it is.
    let (_, err) = run(
        claimcheck().current_dir(tmp.path()).args(["check", "out"]),
        0,
    );
    assert!(!err.contains("error"), "{err}");
}

#[test]
fn the_summary_counts_claims_by_kind() {
    let tmp = scratch();
    let (_, err) = extract(tmp.path(), &["--into", "out", "archive/notes.txt"], 0);
    assert!(err.contains("1 article: 1 extracted"), "{err}");
    assert!(err.contains("casualties 1"), "{err}");
    assert!(err.contains("quantity 1"), "{err}");
}

#[test]
fn a_bad_file_is_reported_and_skipped_and_the_rest_is_done() {
    let tmp = scratch();
    write(
        &tmp.path().join("archive/local"),
        "latin1.txt",
        b"First line.\nCaf\xe9 owners said 30 people were hurt.\n",
    );
    let (out, err) = extract(tmp.path(), &["--into", "out", "archive"], 1);
    assert_eq!(out, "");
    assert!(
        err.contains("archive/local/latin1.txt:2") && err.contains("UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("5 articles: 4 extracted") && err.contains("1 failed"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    for claims in CLAIMS {
        assert!(tmp.path().join(claims).is_file(), "{claims}");
    }
    assert!(!tmp.path().join("out/local/latin1.yaml").exists());
}

#[test]
fn a_lone_bad_article_keeps_exit_code_2() {
    let tmp = scratch();
    write(tmp.path(), "latin1.txt", b"Caf\xe9 owners.\n");
    let (_, err) = extract(tmp.path(), &["--into", "out", "latin1.txt"], 2);
    assert!(err.contains("latin1.txt:1"), "{err}");
    let (_, err) = extract(tmp.path(), &["--into", "out", "no/such.txt"], 2);
    assert!(err.contains("no/such.txt"), "{err}");
}

#[test]
fn a_rerun_skips_articles_that_have_claims_files_and_changes_nothing() {
    let tmp = scratch();
    extract(tmp.path(), &["--into", "out", "archive"], 0);
    let notes = tmp.path().join("out/notes.yaml");
    let edited = read(&notes).replacen(
        "verdict: unreviewed",
        "verdict: accurate # checked with the ministry",
        1,
    );
    std::fs::write(&notes, &edited).expect("edit");
    let before: Vec<String> = CLAIMS.iter().map(|c| read(tmp.path().join(c))).collect();
    let (out, err) = extract(tmp.path(), &["--into", "out", "archive"], 0);
    assert_eq!(out, "");
    assert!(err.contains("0 extracted, 4 skipped"), "{err}");
    let after: Vec<String> = CLAIMS.iter().map(|c| read(tmp.path().join(c))).collect();
    assert_eq!(after, before);
    assert!(
        !tree(&tmp.path().join("out"))
            .iter()
            .any(|f| f.contains("-2."))
    );
}

#[test]
fn update_brings_the_edited_article_up_to_date_and_keeps_the_editors_work() {
    let tmp = scratch();
    extract(tmp.path(), &["--into", "out", "archive"], 0);
    let notes = tmp.path().join("out/notes.yaml");
    let verdict = "verdict: accurate # checked with the ministry, 31 March";
    std::fs::write(
        &notes,
        read(&notes).replacen("verdict: unreviewed", verdict, 1),
    )
    .expect("edit claims");
    let others: Vec<String> = CLAIMS[..2]
        .iter()
        .chain(&CLAIMS[3..])
        .map(|c| read(tmp.path().join(c)))
        .collect();
    let article = tmp.path().join("archive/notes.txt");
    std::fs::write(
        &article,
        format!(
            "{}\nSome 2,000 refugees reached the coast, the UNHCR said.\n",
            read(&article)
        ),
    )
    .expect("edit article");
    let (out, err) = extract(tmp.path(), &["--into", "out", "archive", "--update"], 0);
    assert_eq!(out, "");
    assert!(
        err.contains("1 updated") && err.contains("3 up to date"),
        "{err}"
    );
    let text = read(&notes);
    assert!(text.contains(verdict), "{text}");
    assert!(text.contains("revision: 2"), "{text}");
    assert!(text.contains("kind: refugees"), "{text}");
    let unchanged: Vec<String> = CLAIMS[..2]
        .iter()
        .chain(&CLAIMS[3..])
        .map(|c| read(tmp.path().join(c)))
        .collect();
    assert_eq!(
        unchanged, others,
        "files of unchanged articles are untouched"
    );
}

#[test]
fn names_stay_with_their_articles_when_a_later_run_is_given_fewer() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(tmp.path().join("sub")).expect("mkdir");
    write(
        tmp.path(),
        "a.txt",
        "According to the UN, 300 civilians were killed.\n",
    );
    write(
        &tmp.path().join("sub"),
        "a.txt",
        "Some 5,000 refugees crossed the border.\n",
    );
    extract(tmp.path(), &["--into", "out", "a.txt", "sub/a.txt"], 0);
    let first = read(tmp.path().join("out/a.yaml"));
    assert!(first.contains("file: ../a.txt"), "{first}");
    write(
        &tmp.path().join("sub"),
        "a.txt",
        "Some 5,000 refugees crossed the border.\nAccording to the UN, 12 people died.\n",
    );
    // sub/a.txt alone would want out/a.yaml; that file is a.txt's.
    let (_, err) = extract(tmp.path(), &["--into", "out", "sub/a.txt", "--update"], 0);
    assert!(err.contains("1 updated"), "{err}");
    assert_eq!(read(tmp.path().join("out/a.yaml")), first);
    let second = read(tmp.path().join("out/a-2.yaml"));
    assert!(
        second.contains("file: ../sub/a.txt") && second.contains("revision: 2"),
        "{second}"
    );
}

#[test]
fn quiet_prints_nothing_and_stdout_stays_clean() {
    let tmp = scratch();
    let mut cmd = claimcheck();
    cmd.current_dir(tmp.path())
        .args(["--quiet", "extract", "--into", "out", "archive"]);
    let (out, err) = run(&mut cmd, 0);
    assert_eq!((out.as_str(), err.as_str()), ("", ""));
    assert!(tmp.path().join("out/notes.yaml").is_file());
}

#[test]
fn update_needs_into_and_yaml() {
    let tmp = scratch();
    let (_, err) = extract(tmp.path(), &["archive/notes.txt", "--update"], 2);
    assert!(err.contains("--into"), "{err}");
    let (_, err) = extract(
        tmp.path(),
        &["--into", "out", "archive", "--update", "--format", "json"],
        2,
    );
    assert!(err.contains("--update") && err.contains("YAML"), "{err}");
}

#[test]
fn a_folder_without_into_says_how() {
    let tmp = scratch();
    let (_, err) = extract(tmp.path(), &["archive"], 2);
    assert!(
        err.contains("is a directory") && err.contains("--into"),
        "{err}"
    );
}

#[test]
fn a_folder_without_articles_warns_and_writes_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir(tmp.path().join("empty")).expect("mkdir");
    let (_, err) = extract(tmp.path(), &["--into", "out", "empty"], 0);
    assert!(err.contains("no articles"), "{err}");
    assert!(!tmp.path().join("out").exists());
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_loop_does_not_hang_the_walk() {
    let tmp = scratch();
    std::os::unix::fs::symlink("..", tmp.path().join("archive/world/up")).expect("symlink");
    let (_, err) = extract(tmp.path(), &["--into", "out", "archive"], 0);
    assert!(err.contains("4 articles: 4 extracted"), "{err}");
}

#[test]
fn json_claims_files_mirror_too() {
    let tmp = scratch();
    extract(
        tmp.path(),
        &["--into", "out", "archive", "--format", "json"],
        0,
    );
    let p: PathBuf = tmp.path().join("out/local/2022/flood.json");
    let json: serde_json::Value = serde_json::from_str(&read(&p)).expect("json");
    assert_eq!(
        json["article"]["file"],
        "../../../archive/local/2022/flood.md"
    );
    let (_, err) = extract(
        tmp.path(),
        &["--into", "out", "archive", "--format", "json"],
        0,
    );
    assert!(err.contains("4 skipped"), "{err}");
}

#[test]
fn an_article_reached_twice_is_done_once() {
    let tmp = scratch();
    let (_, err) = extract(
        tmp.path(),
        &[
            "--into",
            "out",
            "archive",
            "archive/local",
            "archive/notes.txt",
        ],
        0,
    );
    assert!(err.contains("4 articles: 4 extracted"), "{err}");
    let written: Vec<String> = tree(&tmp.path().join("out"))
        .into_iter()
        .filter(|f| f.ends_with(".yaml"))
        .map(|f| format!("out/{f}"))
        .collect();
    assert_eq!(written, CLAIMS);
}
