//! Bad articles given to every command that reads an article (`extract`,
//! `text`, `diff`, `update`, and `check` through a claims file): the same
//! clear message naming the file, exit code 2, no panic, and the claims file
//! `update` was given is left as it was.

use std::path::{Path, PathBuf};

use crate::support::{claimcheck, example, run, write};

/// A folder with a claims file made from the example article.
fn desk() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let claims = dir.path().join("c.yaml");
    run(
        claimcheck()
            .arg("extract")
            .arg(example())
            .arg("-o")
            .arg(&claims),
        0,
    );
    (dir, claims)
}

/// Runs every article-reading command on `article`; each must exit 2 with
/// a message holding every one of `want`, and leave the claims file alone.
fn refused_everywhere(article: &Path, want: &[&str]) {
    let (_dir, claims) = desk();
    let before = std::fs::read(&claims).expect("claims");
    let commands: [Vec<&std::ffi::OsStr>; 4] = [
        vec!["extract".as_ref(), article.as_os_str()],
        vec!["text".as_ref(), article.as_os_str()],
        vec!["diff".as_ref(), claims.as_os_str(), article.as_os_str()],
        vec!["update".as_ref(), claims.as_os_str(), article.as_os_str()],
    ];
    for args in commands {
        let (_, err) = run(claimcheck().args(&args), 2);
        for w in want {
            assert!(err.contains(w), "{args:?}: wanted {w:?} in {err}");
        }
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(
            err.lines().count(),
            1,
            "{args:?}: one line, not a cascade: {err}"
        );
    }
    assert_eq!(
        std::fs::read(&claims).expect("claims"),
        before,
        "claims file changed"
    );
}

#[test]
fn a_missing_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    refused_everywhere(&dir.path().join("gone.txt"), &["gone.txt"]);
}

#[test]
fn a_directory_for_an_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sub = dir.path().join("folder.txt");
    std::fs::create_dir(&sub).expect("mkdir");
    refused_everywhere(&sub, &["folder.txt", "directory"]);
}

#[test]
fn invalid_utf8() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "latin1.txt",
        b"One.\nTwo.\nCaf\xe9 owners said.\n",
    );
    refused_everywhere(&p, &["latin1.txt:3", "UTF-8"]);
}

#[test]
fn binary_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "photo.jpg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
    );
    refused_everywhere(&p, &["photo.jpg", "binary"]);
}

#[test]
fn a_nul_byte_inside_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "nul.txt",
        b"Some 300 people died.\x00 More text.\n",
    );
    refused_everywhere(&p, &["nul.txt", "NUL byte at offset 21"]);
}

#[test]
fn utf16_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = vec![0xFF, 0xFE];
    for u in "Some 300 people died.".encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    let p = write(dir.path(), "utf16.txt", bytes);
    refused_everywhere(&p, &["utf16.txt", "UTF-8"]);
}

#[test]
fn front_matter_that_is_not_yaml() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "story.md",
        "---\ntitle: \"unclosed\npublished: 2022-01-01\n---\nSome 300 people died.\n",
    );
    refused_everywhere(&p, &["story.md:"]);
}

#[test]
fn a_header_date_that_is_no_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    let md = write(
        dir.path(),
        "story.md",
        "---\npublished: 2022-13-45\n---\nSome 300 people died.\n",
    );
    refused_everywhere(&md, &["story.md:2"]);
    let txt = write(
        dir.path(),
        "story.txt",
        "date yesterday\n\nSome 300 people died.\n",
    );
    refused_everywhere(&txt, &["story.txt:1"]);
}

/// CRLF, LF and lone CR in one file: each ends a line, so the line an
/// editor's tool shows is the line the claim gives.
#[test]
fn mixed_line_endings_count_lines_as_editors_see_them() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "mixed.txt",
        "First, 10 people died.\r\nThen 20 people died.\nLater 30 people died.\rFinally 40 people died.\r\n",
    );
    let (out, _) = run(claimcheck().arg("extract").arg(&p), 0);
    let lines: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim().strip_prefix("line: "))
        .collect();
    assert_eq!(lines, ["1", "2", "3", "4"], "{out}");
}

/// A 100 MB article (mostly blank lines, a figure in each megabyte) is
/// read and extracted, with each claim on its own line.
#[test]
fn a_100_mb_article() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mb = 1 << 20;
    let mut text = String::with_capacity(100 * mb + 100);
    for i in 0..100 {
        text.push_str(&format!(
            "In round {i}, some {} people were hurt.\n",
            100 + i
        ));
        let fill = mb - text.len() % mb;
        text.push_str(&"\n".repeat(fill));
    }
    let p = write(dir.path(), "huge.txt", &text);
    let out = dir.path().join("huge.yaml");
    let (_, err) = run(claimcheck().arg("extract").arg(&p).arg("-o").arg(&out), 0);
    assert!(!err.contains("panicked"), "{err}");
    let written = std::fs::read_to_string(&out).expect("written");
    let lines: Vec<usize> = written
        .lines()
        .filter_map(|l| l.trim().strip_prefix("line: ")?.parse().ok())
        .collect();
    assert_eq!(lines.len(), 100, "{}", &written[..written.len().min(2000)]);
    let second = text.find("In round 1,").expect("second figure");
    let want = text[..second].matches('\n').count() + 1;
    assert_eq!(lines[1], want, "line of the second figure");
    assert!(want > 1_000_000);
}

/// One 50 MB line: a figure at each end of 50 MB of spaces.
#[test]
fn a_single_50_mb_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut text = String::from("Some 300 people died.");
    text.push_str(&" ".repeat(50 << 20));
    text.push_str("Another 400 people died.\n");
    let p = write(dir.path(), "line.txt", &text);
    let out = dir.path().join("line.yaml");
    run(claimcheck().arg("extract").arg(&p).arg("-o").arg(&out), 0);
    let written = std::fs::read_to_string(&out).expect("written");
    assert_eq!(written.matches("\n    line: 1\n").count(), 2, "{written}");
    assert!(written.contains("value: 400"), "{written}");
}

/// An empty article is no revision: `update` refuses rather than mark every
/// claim removed; `extract` of it warns and writes an empty claims list.
#[test]
fn update_refuses_an_empty_article() {
    let (dir, claims) = desk();
    let before = std::fs::read(&claims).expect("claims");
    for text in ["", " \n\n\t\n"] {
        let empty = write(dir.path(), "empty.txt", text);
        let (_, err) = run(claimcheck().arg("update").arg(&claims).arg(&empty), 2);
        assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
        assert_eq!(std::fs::read(&claims).expect("claims"), before);
    }
}
