//! Bad input: a clear message naming the file, exit code 2, no panic.

use crate::support::{claimcheck, run, write};

fn no_panic(err: &str) {
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn missing_file() {
    let (_, err) = run(claimcheck().args(["extract", "no/such/article.txt"]), 2);
    assert!(err.contains("no/such/article.txt"), "{err}");
    no_panic(&err);
}

#[test]
fn a_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, err) = run(claimcheck().arg("extract").arg(dir.path()), 2);
    assert!(err.contains("is a directory"), "{err}");
}

#[test]
fn invalid_utf8_names_the_byte_offset_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "latin1.txt",
        b"First line.\nCaf\xe9 owners said 30 people were hurt.\n",
    );
    let (_, err) = run(claimcheck().arg("extract").arg(&p), 2);
    assert!(
        err.contains("latin1.txt:2") && err.contains("offset 15"),
        "{err}"
    );
    assert!(err.contains("UTF-8"), "{err}");
}

#[test]
fn binary_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "image.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    );
    let (_, err) = run(claimcheck().arg("extract").arg(&p), 2);
    assert!(err.contains("image.png") && err.contains("binary"), "{err}");
}

#[test]
fn empty_file_warns_and_succeeds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "empty.txt", "");
    let (out, err) = run(claimcheck().arg("extract").arg(&p), 0);
    assert!(out.contains("claims: []"), "{out}");
    assert!(
        err.contains("warning") && err.contains("no claims"),
        "{err}"
    );
}

#[test]
fn bad_header_date_names_the_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(dir.path(), "bad.txt", "date 2022-02-30 Nothing here.\n");
    let (_, err) = run(claimcheck().arg("extract").arg(&p), 2);
    assert!(err.contains("bad.txt:1"), "{err}");
}

#[test]
fn broken_front_matter_names_the_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "bad.md",
        "---\ntitle: [unclosed\npublished: 2022-01-01\n---\nText.\n",
    );
    let (_, err) = run(claimcheck().arg("extract").arg(&p), 2);
    assert!(err.contains("bad.md:"), "{err}");
    no_panic(&err);
}

#[test]
fn a_large_single_line_file_is_handled() {
    let dir = tempfile::tempdir().expect("tempdir");
    let sentence =
        "According to the UN, nearly 1,200 civilians have been killed, and 300 more were hurt. ";
    let text = sentence.repeat(5_000_000 / sentence.len());
    let p = write(dir.path(), "big.txt", &text);
    let out_file = dir.path().join("big.yaml");
    let (_, err) = run(
        claimcheck().arg("extract").arg(&p).arg("-o").arg(&out_file),
        0,
    );
    no_panic(&err);
    let written = std::fs::read_to_string(&out_file).expect("written");
    let claims = written.matches("\n  - id: ").count();
    assert_eq!(claims, 2 * (5_000_000 / sentence.len()));
}
