//! Hostile or broken claims files given to `check`, `report`, `export`,
//! `diff` and `update`, and odd folders walked: a clear message naming the
//! file, a non-zero exit (`check` counts a file it read but refused as a
//! finding, exit 1; the others exit 2), no panic, no hang.

use std::path::{Path, PathBuf};

use crate::support::{claimcheck, example, run, write};

fn no_panic(s: &str) {
    assert!(!s.contains("panicked"), "{s}");
}

/// `check`'s findings go to stdout, the others' errors to stderr.
fn check_says(path: &Path, code: i32, words: &[&str]) -> String {
    let (out, err) = run(claimcheck().arg("check").arg(path), code);
    no_panic(&err);
    let name = path.file_name().expect("name").to_string_lossy();
    assert!(out.contains(&*name), "{out}");
    for w in words {
        assert!(out.contains(w), "{w:?} not in\n{out}");
    }
    out
}

fn other_says(args: &[&str], path: &Path, words: &[&str]) -> String {
    let (_, err) = run(claimcheck().args(args).arg(path), 2);
    no_panic(&err);
    let name = path.file_name().expect("name").to_string_lossy();
    assert!(err.contains(&*name), "{err}");
    for w in words {
        assert!(err.contains(w), "{w:?} not in\n{err}");
    }
    err
}

/// A file every command reads, apart from what a test puts in it.
const HEAD: &str = "format: claimcheck/1\narticle:\n  file: a.txt\n  revision: 1\n  sha256: aa\n";

/// Nine aliases of nine aliases, nine levels deep: 9^9 nodes once expanded.
fn alias_bomb() -> String {
    let mut s = String::from(HEAD);
    s.push_str("lols:\n  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    let names: Vec<char> = ('a'..='j').collect();
    for w in names.windows(2) {
        let (prev, name) = (w[0], w[1]);
        let refs = vec![format!("*{prev}"); 9].join(", ");
        s.push_str(&format!("  {name}: &{name} [{refs}]\n"));
    }
    s.push_str("claims: []\n");
    s
}

#[test]
fn an_alias_bomb_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "bomb.yaml", alias_bomb());
    check_says(&p, 1, &["too large or too complex", "remove them"]);
    other_says(
        &["report"],
        &p,
        &["too large or too complex", "claimcheck check"],
    );
    other_says(
        &["export", "claimreview"],
        &p,
        &["too large or too complex"],
    );
}

/// 100,000 `[` on one line: refused at its depth, and the snippet shows a
/// window of the line around the column, not 100,000 characters.
#[test]
fn deep_nesting_is_refused_with_a_short_snippet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "deep.yaml",
        format!("format: claimcheck/1\narticle: {}\n", "[".repeat(100_000)),
    );
    let out = check_says(&p, 1, &["deep.yaml:2:"]);
    let longest = out.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(longest < 400, "a line of {longest} characters in\n{out}");
    assert!(out.contains('…'), "{out}");
    other_says(&["report"], &p, &["deep.yaml"]);
    let (_, err) = run(claimcheck().arg("update").arg(&p).arg(example()), 2);
    assert!(err.contains("deep.yaml"), "{err}");
    assert!(err.len() < 2_000, "{} bytes of error", err.len());
}

/// A claims file past 64 MiB is refused from its size, before it is read:
/// the file is made sparse, so the test writes almost nothing.
#[test]
fn a_100_mb_claims_file_is_refused_by_its_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "huge.yaml", HEAD);
    std::fs::OpenOptions::new()
        .write(true)
        .open(&p)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("grow the file");
    let (out, err) = run(claimcheck().arg("check").arg(&p), 2);
    assert!(err.contains("huge.yaml") && err.contains("64 MiB"), "{err}");
    assert!(out.contains("1 input could not be read"), "{out}");
    // Met in a folder, it says it is a claims file: reported, not skipped.
    other_says(&["report"], dir.path(), &["huge.yaml", "64 MiB"]);
    other_says(&["export", "claimreview"], dir.path(), &["64 MiB"]);
    let (_, err) = run(claimcheck().arg("diff").arg(&p).arg(example()), 2);
    assert!(err.contains("huge.yaml") && err.contains("64 MiB"), "{err}");
    // A huge YAML file of another kind in a folder is skipped, as any is.
    let other = write(dir.path(), "other.yaml", "name: ci\n");
    std::fs::OpenOptions::new()
        .write(true)
        .open(&other)
        .and_then(|f| f.set_len(100 * 1024 * 1024))
        .expect("grow the file");
    std::fs::remove_file(&p).expect("remove");
    let (out, _) = run(claimcheck().arg("check").arg(dir.path()), 0);
    assert!(out.contains("1 YAML file skipped"), "{out}");
}

#[test]
fn duplicate_keys_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "dup.yaml",
        format!("{HEAD}claims: []\nclaims: []\n"),
    );
    check_says(&p, 1, &["dup.yaml:7:1", "duplicate", "claims"]);
    other_says(&["report"], &p, &["line 7", "duplicate"]);
    other_says(&["export", "claimreview"], &p, &["duplicate"]);
}

#[test]
fn a_list_or_a_scalar_is_not_a_claims_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in [("list.yaml", "- a\n- b\n"), ("scalar.yaml", "just words\n")] {
        let p = write(dir.path(), name, text);
        check_says(&p, 1, &[":1:1: error: not a claims file"]);
        other_says(&["report"], &p, &["line 1 column 1", "claimcheck check"]);
        other_says(&["export", "claimreview"], &p, &["line 1"]);
    }
}

#[test]
fn an_unknown_format_version_names_the_known_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "v9.yaml",
        HEAD.replace("claimcheck/1", "claimcheck/9") + "claims: []\n",
    );
    let known = "reads only `claimcheck/1`";
    check_says(&p, 1, &["claimcheck/9", known]);
    other_says(&["report"], &p, &["claimcheck/9", known]);
    other_says(&["export", "claimreview"], &p, &[known]);
    let (_, err) = run(claimcheck().arg("diff").arg(&p).arg(example()), 2);
    assert!(err.contains("v9.yaml") && err.contains(known), "{err}");
}

/// A project as README lays it out, with the example article in it and a
/// claims file made by `extract -o`, run from `root`.
struct Desk {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    outside: PathBuf,
}

fn desk() -> Desk {
    let tmp = tempfile::tempdir().expect("tempdir");
    let root = tmp.path().join("desk");
    let outside = tmp.path().join("elsewhere");
    for d in [root.join("claims"), root.join("articles"), outside.clone()] {
        std::fs::create_dir_all(d).expect("mkdir");
    }
    std::fs::create_dir(root.join(".git")).expect("mkdir .git");
    let text = std::fs::read(example()).expect("example");
    std::fs::write(root.join("articles/a.txt"), &text).expect("write");
    std::fs::write(outside.join("a.txt"), &text).expect("write");
    Desk {
        _tmp: tmp,
        root,
        outside,
    }
}

fn extract_into(desk: &Desk, article: &Path, claims: &str) -> PathBuf {
    let p = desk.root.join(claims);
    run(
        claimcheck()
            .current_dir(&desk.root)
            .arg("extract")
            .arg(article)
            .arg("-o")
            .arg(&p),
        0,
    );
    p
}

#[test]
fn a_missing_article_is_named() {
    let d = desk();
    let p = extract_into(&d, &d.root.join("articles/a.txt"), "claims/a.yaml");
    std::fs::remove_file(d.root.join("articles/a.txt")).expect("remove");
    let (out, _) = run(claimcheck().current_dir(&d.root).arg("check").arg(&p), 1);
    assert!(
        out.contains("a.yaml:") && out.contains("the article is not at"),
        "{out}"
    );
    let (_, err) = run(
        claimcheck()
            .current_dir(&d.root)
            .args(["report", "--format", "html", "-o", "r.html"])
            .arg(&p),
        2,
    );
    assert!(
        err.contains("a.yaml") && err.contains("the article is not at"),
        "{err}"
    );
    let page = std::fs::read_to_string(d.root.join("r.html")).expect("page written");
    assert!(page.contains("Article text not shown"), "{page}");
}

/// `../../elsewhere/a.txt`, as `extract -o` records an article outside the
/// desk: refused by `check` and by the HTML report unless --allow-outside.
#[test]
fn an_article_outside_the_project_is_refused_unless_allowed() {
    let d = desk();
    let p = extract_into(&d, &d.outside.join("a.txt"), "claims/a.yaml");
    let (out, _) = run(claimcheck().current_dir(&d.root).arg("check").arg(&p), 1);
    let root = d.root.canonicalize().expect("canonical");
    let resolved = d.outside.join("a.txt").canonicalize().expect("canonical");
    for w in [
        "a.yaml:6:9: error: `article.file` leads outside the project",
        &resolved.display().to_string(),
        &root.display().to_string(),
        "--allow-outside",
    ] {
        assert!(out.contains(w), "{w:?} not in\n{out}");
    }
    let (out, _) = run(
        claimcheck()
            .current_dir(&d.root)
            .args(["check", "--allow-outside"])
            .arg(&p),
        0,
    );
    assert_eq!(out, "no problems in 1 file\n");

    let html = |extra: &[&str], code| {
        let (_, err) = run(
            claimcheck()
                .current_dir(&d.root)
                .args(["report", "--format", "html", "-o", "r.html"])
                .args(extra)
                .arg(&p),
            code,
        );
        (
            err,
            std::fs::read_to_string(d.root.join("r.html")).expect("page"),
        )
    };
    let (err, page) = html(&[], 2);
    assert!(
        err.contains("a.yaml:6: `article.file` leads outside"),
        "{err}"
    );
    assert!(!page.contains("UNHCR"), "the article's text is in the page");
    let (err, page) = html(&["--allow-outside"], 0);
    assert!(err.is_empty(), "{err}");
    assert!(
        page.contains("UNHCR"),
        "the article's text is not in the page"
    );
}

/// An absolute path out of the project, and a link inside it that leads
/// out, are refused like `../`.
#[cfg(unix)]
#[test]
fn absolute_paths_and_links_that_escape_are_refused() {
    let d = desk();
    std::os::unix::fs::symlink(d.outside.join("a.txt"), d.root.join("articles/link.txt"))
        .expect("symlink");
    let linked = extract_into(&d, &d.root.join("articles/link.txt"), "claims/link.yaml");
    let made = extract_into(&d, &d.root.join("articles/a.txt"), "claims/abs.yaml");
    let text = std::fs::read_to_string(&made).expect("read");
    let absolute = d.outside.join("a.txt");
    let moved = text.replace(
        "file: ../articles/a.txt",
        &format!("file: {}", absolute.display()),
    );
    assert_ne!(moved, text);
    std::fs::write(&made, moved).expect("write");
    for p in [&linked, &made] {
        let (out, _) = run(claimcheck().current_dir(&d.root).arg("check").arg(p), 1);
        assert!(out.contains("leads outside the project"), "{out}");
    }
}

/// Folders whose links loop: walking them ends, the claims file in them is
/// read, a link to itself is named.
#[cfg(unix)]
#[test]
fn symlink_loops_in_walked_folders_end() {
    use std::os::unix::fs::symlink;
    let d = desk();
    let claims = d.root.join("claims");
    extract_into(&d, &d.root.join("articles/a.txt"), "claims/a.yaml");
    symlink(&claims, claims.join("again")).expect("symlink");
    symlink(&d.root, d.root.join("articles/up")).expect("symlink");
    symlink(claims.join("self.yaml"), claims.join("self.yaml")).expect("symlink");
    symlink(
        d.root.join("articles/me.txt"),
        d.root.join("articles/me.txt"),
    )
    .expect("symlink");

    let (out, err) = run(
        claimcheck().current_dir(&d.root).args(["check", "claims"]),
        2,
    );
    assert!(out.contains("no problems in 1 file"), "{out}");
    assert!(err.contains("self.yaml"), "{err}");
    let (out, err) = run(
        claimcheck()
            .current_dir(&d.root)
            .args(["report", "--format", "json", "claims"]),
        2,
    );
    assert!(out.contains("\"claims\""), "{out}");
    assert!(err.contains("self.yaml"), "{err}");
    let (_, err) = run(
        claimcheck()
            .current_dir(&d.root)
            .args(["extract", "--into", "out", "articles"]),
        1,
    );
    assert!(err.contains("me.txt"), "{err}");
    assert!(d.root.join("out/a.yaml").is_file(), "{err}");
}

/// File names that are not UTF-8, in a walked folder and as an argument.
#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let d = desk();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.yaml");
    let made = extract_into(&d, &d.root.join("articles/a.txt"), "claims/a.yaml");
    let odd = d.root.join("claims").join(name);
    std::fs::rename(&made, &odd).expect("rename");

    let (out, _) = run(
        claimcheck().current_dir(&d.root).args(["check", "claims"]),
        0,
    );
    assert!(out.contains("no problems in 1 file"), "{out}");
    let (out, _) = run(claimcheck().current_dir(&d.root).arg("check").arg(&odd), 0);
    assert!(out.contains("no problems in 1 file"), "{out}");
    let (out, _) = run(
        claimcheck()
            .current_dir(&d.root)
            .args(["report", "--format", "json"])
            .arg(&odd),
        0,
    );
    assert!(out.contains("caf\u{FFFD}.yaml"), "{out}");

    let article = d
        .root
        .join("articles")
        .join(std::ffi::OsStr::from_bytes(b"r\xe9sum\xe9.txt"));
    std::fs::copy(d.root.join("articles/a.txt"), &article).expect("copy");
    let (_, err) = run(
        claimcheck()
            .current_dir(&d.root)
            .args(["extract", "--into", "out", "articles"]),
        0,
    );
    no_panic(&err);
    let made: Vec<_> = std::fs::read_dir(d.root.join("out"))
        .expect("out")
        .map(|e| e.expect("entry").file_name())
        .filter(|n| n.as_bytes().ends_with(b".yaml"))
        .collect();
    assert_eq!(made.len(), 2, "{made:?}");
}
