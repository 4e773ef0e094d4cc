//! Faults while writing: a full disk, a closed pipe, destinations that
//! cannot be written, a file size limit, a kill in the middle of a write,
//! an editor saving during `update`, and updates racing on one file. Each
//! ends in a message naming what could not be written and what to do, exit
//! 2 (0 for a reader that stopped early), no panic, and no file on disk
//! left half written.
//!
//! The tests run as root on CI, where a read-only folder is still
//! writable; unwritable destinations are made other ways (a path through a
//! file, a folder given as a file), and the read-only folder case is only
//! asserted where it does fail.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::support::{claimcheck, example, run, write};

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// A folder with the example article (`a.txt`), its claims file with an
/// editor's work in it (`claims.yaml`), and two later revisions of the
/// article (`b.txt`, `c.txt`) that each change one claim.
fn desk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = std::fs::read_to_string(example()).expect("example article");
    write(dir.path(), "a.txt", &text);
    write(
        dir.path(),
        "b.txt",
        text.replace("almost four million", "almost five million"),
    );
    write(
        dir.path(),
        "c.txt",
        text.replace("2.3 million", "2.4 million"),
    );
    run(
        claimcheck()
            .current_dir(dir.path())
            .args(["extract", "a.txt", "-o", "claims.yaml"]),
        0,
    );
    let claims = dir.path().join("claims.yaml");
    let annotated = read(&claims)
        .replacen("reviewer: null", "reviewer: ana", 1)
        .replacen("note: null", "note: checked with UNHCR", 1);
    std::fs::write(&claims, annotated).expect("annotate");
    dir
}

/// The example article `n` times over, for output larger than a pipe holds.
fn big_article(dir: &Path, n: usize) -> PathBuf {
    let text = std::fs::read_to_string(example()).expect("example article");
    let mut big = String::with_capacity((text.len() + 1) * n);
    for _ in 0..n {
        big.push_str(&text);
        big.push('\n');
    }
    write(dir, "big.txt", big)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Temporary files left in `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("ls")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".claimcheck-"))
        .collect()
}

fn no_panic(err: &str) {
    assert!(!err.contains("panicked"), "{err}");
}

/// Every command that prints to stdout, run in a `desk()` folder.
const PRINTERS: &[&[&str]] = &[
    &["extract", "a.txt"],
    &["extract", "a.txt", "--format", "json"],
    &["text", "a.txt"],
    &["schema"],
    &["man"],
    &["completions", "bash"],
    &["--help"],
    &["--version"],
    &["report", "claims.yaml"],
    &["report", "claims.yaml", "--format", "csv"],
    &["check", "claims.yaml"],
    &["export", "claimreview", "claims.yaml"],
    &["diff", "claims.yaml", "b.txt"],
    &["update", "--dry-run", "claims.yaml", "b.txt"],
    &["update", "claims.yaml", "a.txt"],
    &["scan", "almost four million refugees fled"],
];

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_under_stdout_is_named_for_every_command() {
    let dir = desk();
    for args in PRINTERS {
        let full = File::options()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = Command::new(BIN)
            .current_dir(dir.path())
            .args(*args)
            .stdout(full)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("standard output: cannot write") && err.contains("full"),
            "{args:?}: {err}"
        );
        no_panic(&err);
    }
    // Nothing a failed print touched was changed.
    assert!(read(&dir.path().join("claims.yaml")).contains("note: checked with UNHCR"));

    // An update that wrote the file says so, though it could not print.
    let full = File::options()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = Command::new(BIN)
        .current_dir(dir.path())
        .args(["update", "claims.yaml", "b.txt"])
        .stdout(full)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("claims.yaml: updated, but its summary could not be printed"),
        "{err}"
    );
    assert!(read(&dir.path().join("claims.yaml")).contains("revision: 2"));
}

/// Reads one line of `child`'s stdout and closes it, as `| head -1` does.
fn read_one_line_and_close(mut child: Child) -> std::process::Output {
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("first line");
    assert!(!first.is_empty(), "printed something");
    child.wait_with_output().expect("exits")
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    let dir = desk();
    big_article(dir.path(), 60);
    run(
        claimcheck()
            .current_dir(dir.path())
            .args(["extract", "big.txt", "-o", "big.yaml"]),
        0,
    );
    // Output far larger than a pipe holds, so the writes meet the closed
    // pipe rather than finishing into its buffer.
    let big: &[&[&str]] = &[
        &["extract", "big.txt"],
        &["extract", "big.txt", "--format", "json"],
        &["text", "big.txt", "--line-numbers"],
        &["report", "big.yaml"],
        &["--color", "always", "report", "big.yaml"],
        &["report", "big.yaml", "--format", "json"],
        &["report", "big.yaml", "--format", "markdown"],
        &["export", "claimreview", "big.yaml"],
        &["check", "big.yaml"],
    ];
    for args in big.iter().chain(PRINTERS) {
        let child = Command::new(BIN)
            .current_dir(dir.path())
            .args(*args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        let out = read_one_line_and_close(child);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(!err.contains("Broken pipe"), "{args:?}: {err}");
        no_panic(&err);
    }
}

#[test]
fn scan_jsonl_stops_quietly_when_its_reader_does() {
    let mut child = Command::new(BIN)
        .args(["scan", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("stdin");
    // A writer that never blocks the test: scan stops reading once its
    // output is closed, and the failed writes end the thread.
    let feeder = std::thread::spawn(move || {
        let line = "{\"input\": \"almost four million refugees fled\", \"reference\": null}\n";
        for _ in 0..20_000 {
            if stdin.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let out = read_one_line_and_close(child);
    feeder.join().expect("feeder");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    no_panic(&err);
}

#[test]
fn unwritable_destinations_are_named_with_what_to_do() {
    let dir = desk();
    let d = dir.path();
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["extract", "a.txt", "-o", "a.txt/claims.yaml"],
            "a.txt/claims.yaml",
            "a.txt is a file, not a folder",
        ),
        (
            &["report", "claims.yaml", "-o", "claims.yaml/deep/report.txt"],
            "claims.yaml/deep/report.txt",
            "claims.yaml is a file, not a folder",
        ),
        (
            &["export", "claimreview", "claims.yaml", "-o", "."],
            ".",
            "give a file name inside the folder",
        ),
        (
            &["extract", "a.txt", "--into", "a.txt"],
            "a.txt",
            "not a folder",
        ),
    ];
    for (args, names, says) in cases {
        let out = claimcheck()
            .current_dir(d)
            .args(*args)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(out.status.code(), Some(1 | 2)),
            "{args:?}: {:?} {err}",
            out.status
        );
        assert!(err.contains(names) && err.contains(says), "{args:?}: {err}");
        no_panic(&err);
    }
    assert!(read(&d.join("claims.yaml")).contains("note: checked with UNHCR"));
    assert!(leftovers(d).is_empty(), "{:?}", leftovers(d));
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_is_named_where_it_is_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = desk();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).expect("mkdir");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    let writable = File::create(ro.join("probe")).is_ok();
    let _ = std::fs::remove_file(ro.join("probe"));
    let out = claimcheck()
        .current_dir(dir.path())
        .args([
            "report",
            "claims.yaml",
            "--format",
            "csv",
            "-o",
            "ro/report.txt",
        ])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    if writable {
        // Root ignores the mode: the write succeeds, and must be whole.
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert!(read(&ro.join("report.txt")).contains("refugees"));
    } else {
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(
            err.contains("ro/report.txt") && err.contains("permissions"),
            "{err}"
        );
        assert!(!ro.join("report.txt").exists());
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    assert!(leftovers(&ro).is_empty());
}

#[cfg(target_os = "linux")]
#[test]
fn a_device_or_pipe_given_to_o_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = desk();
    let d = dir.path();
    // Through a link in the scratch folder, so that a regression replaces
    // the link rather than the machine's /dev/full.
    std::os::unix::fs::symlink("/dev/full", d.join("full")).expect("symlink");
    for args in [
        &["report", "claims.yaml", "-o", "full"][..],
        &["export", "claimreview", "claims.yaml", "-o", "full"],
    ] {
        let (_, err) = run(claimcheck().current_dir(d).args(args), 2);
        assert!(
            err.contains("full: cannot write") && err.contains("disk is full"),
            "{args:?}: {err}"
        );
        let link = std::fs::symlink_metadata(d.join("full")).expect("link");
        assert!(link.file_type().is_symlink(), "{args:?} replaced the link");
    }
    assert!(
        std::fs::metadata("/dev/full")
            .expect("/dev/full")
            .file_type()
            .is_char_device()
    );

    let fifo = mkfifo(&d.join("fifo"));
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut s = String::new();
            File::open(&fifo)
                .expect("open fifo")
                .read_to_string(&mut s)
                .expect("read fifo");
            s
        })
    };
    run(
        claimcheck().current_dir(d).args([
            "report",
            "claims.yaml",
            "--format",
            "csv",
            "-o",
            "fifo",
        ]),
        0,
    );
    let got = reader.join().expect("reader");
    assert!(got.contains("refugees"), "{got}");
    let meta = std::fs::symlink_metadata(&fifo).expect("fifo");
    assert!(meta.file_type().is_fifo(), "the pipe was replaced");
    assert!(leftovers(d).is_empty(), "{:?}", leftovers(d));
}

#[cfg(unix)]
#[test]
fn a_link_to_a_claims_file_stays_a_link_after_update() {
    let dir = desk();
    let d = dir.path();
    std::os::unix::fs::symlink("claims.yaml", d.join("link.yaml")).expect("symlink");
    run(
        claimcheck()
            .current_dir(d)
            .args(["update", "link.yaml", "b.txt"]),
        0,
    );
    let link = std::fs::symlink_metadata(d.join("link.yaml")).expect("link");
    assert!(link.file_type().is_symlink());
    let claims = read(&d.join("claims.yaml"));
    assert!(claims.contains("revision: 2"), "{claims}");
    assert!(claims.contains("note: checked with UNHCR"));
}

/// `prlimit`, where installed: the test of a file size limit needs it, as
/// setting a limit on a child from Rust needs unsafe code.
fn prlimit(bytes: u64) -> Option<Command> {
    let found = Command::new("prlimit")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "prlimit (util-linux) is needed on CI"
        );
        return None;
    }
    let mut cmd = Command::new("prlimit");
    cmd.arg(format!("--fsize={bytes}")).arg(BIN);
    Some(cmd)
}

#[cfg(unix)]
#[test]
fn a_file_size_limit_is_reported_and_the_old_file_kept() {
    let dir = desk();
    let d = dir.path();
    let claims = d.join("claims.yaml");
    let before = std::fs::read(&claims).expect("read");
    // Smaller than any file these commands write, larger than nothing.
    let limit = 2000;
    let cases: &[(&[&str], &str)] = &[
        (&["update", "claims.yaml", "b.txt"], "claims.yaml"),
        (&["extract", "a.txt", "-o", "new.yaml"], "new.yaml"),
        (&["report", "claims.yaml", "-o", "report.txt"], "report.txt"),
    ];
    for (args, names) in cases {
        let Some(mut cmd) = prlimit(limit) else {
            return;
        };
        let out = cmd.current_dir(d).args(*args).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {:?} {err}",
            out.status
        );
        assert!(
            err.contains(&format!("{names}: cannot write")) && err.contains("ulimit"),
            "{args:?}: {err}"
        );
        no_panic(&err);
    }
    assert_eq!(std::fs::read(&claims).expect("read"), before);
    assert!(!d.join("new.yaml").exists());
    assert!(!d.join("report.txt").exists());
    assert!(leftovers(d).is_empty(), "{:?}", leftovers(d));
}

/// Starts `args`, waits until its temporary file appears (it is writing),
/// and kills it; `false` when it finished first.
fn kill_while_writing(dir: &Path, args: &[&str]) -> bool {
    let mut child = Command::new(BIN)
        .current_dir(dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    loop {
        if !leftovers(dir).is_empty() {
            child.kill().expect("kill");
            child.wait().expect("reaped");
            return true;
        }
        if child.try_wait().expect("status").is_some() {
            return false;
        }
        std::thread::yield_now();
    }
}

#[cfg(unix)]
#[test]
fn a_kill_while_writing_leaves_the_old_file_byte_for_byte() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    big_article(d, 100);
    // `extract -o` streams the claims into its temporary file while it
    // extracts, so the kill lands mid-write.
    run(
        claimcheck()
            .current_dir(d)
            .args(["extract", "big.txt", "-o", "whole.yaml"]),
        0,
    );
    let whole = read(&d.join("whole.yaml"));
    let mut kills = 0;
    for _ in 0..3 {
        let _ = std::fs::remove_file(d.join("claims.yaml"));
        if kill_while_writing(d, &["extract", "big.txt", "-o", "claims.yaml"]) {
            kills += 1;
            assert!(
                !d.join("claims.yaml").exists(),
                "a half-written claims file"
            );
        } else {
            assert_eq!(read(&d.join("claims.yaml")).len(), whole.len());
        }
        // The one thing a kill can leave: a temporary file no command reads.
        for name in leftovers(d) {
            assert!(name.ends_with(".tmp"), "{name}");
        }
    }
    // The temporary file lives while the claims are made and written,
    // most of the run: the polling loop cannot miss it three times.
    assert!(kills > 0, "every extraction finished before the kill");
    // The next write into the folder removes those once they are old
    // enough not to be another run's, just created.
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for name in leftovers(d) {
        File::options()
            .write(true)
            .open(d.join(name))
            .expect("open")
            .set_modified(long_ago)
            .expect("mtime");
    }
    run(
        claimcheck().current_dir(d).args([
            "report",
            "whole.yaml",
            "--format",
            "csv",
            "-o",
            "r.csv",
        ]),
        0,
    );
    assert!(leftovers(d).is_empty(), "{:?}", leftovers(d));

    let desk = desk();
    let d = desk.path();
    let claims = d.join("claims.yaml");
    let before = std::fs::read(&claims).expect("read");
    let updated = {
        let copy = tempfile::tempdir().expect("tempdir");
        for f in ["claims.yaml", "b.txt"] {
            std::fs::copy(d.join(f), copy.path().join(f)).expect("copy");
        }
        run(
            claimcheck()
                .current_dir(copy.path())
                .args(["update", "claims.yaml", "b.txt"]),
            0,
        );
        std::fs::read(copy.path().join("claims.yaml")).expect("read")
    };
    for _ in 0..5 {
        std::fs::write(&claims, &before).expect("reset");
        kill_while_writing(d, &["update", "claims.yaml", "b.txt"]);
        let after = std::fs::read(&claims).expect("read");
        assert!(
            after == before || after == updated,
            "the claims file is neither the old one nor the whole update"
        );
        for name in leftovers(d) {
            std::fs::remove_file(d.join(name)).expect("rm");
        }
    }
}

#[cfg(unix)]
#[test]
fn an_editor_save_during_update_is_kept_and_the_update_refused() {
    let dir = desk();
    let d = dir.path();
    let fifo = mkfifo(&d.join("article.txt"));
    let child = Command::new(BIN)
        .current_dir(d)
        .args(["update", "claims.yaml", "article.txt"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    // `update` reads the claims file before it opens the article, so once
    // the pipe has a reader the file has been read: the editor saves now.
    let mut pipe = File::options().write(true).open(&fifo).expect("open fifo");
    let claims = d.join("claims.yaml");
    let saved = read(&claims).replacen("reviewed: null", "reviewed: 2022-04-01", 1);
    std::fs::write(&claims, &saved).expect("editor saves");
    pipe.write_all(read(&d.join("b.txt")).as_bytes())
        .expect("article");
    drop(pipe);
    let out = child.wait_with_output().expect("exits");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("claims.yaml: changed on disk while claimcheck was updating it")
            && err.contains("run the update again"),
        "{err}"
    );
    assert_eq!(read(&claims), saved, "the editor's save was kept");
    assert!(leftovers(d).is_empty(), "{:?}", leftovers(d));
    // Run again, the update applies on top of the editor's save.
    run(
        claimcheck()
            .current_dir(d)
            .args(["update", "claims.yaml", "b.txt"]),
        0,
    );
    let now = read(&claims);
    assert!(
        now.contains("reviewed: 2022-04-01") && now.contains("revision: 2"),
        "{now}"
    );
}

#[test]
fn racing_updates_leave_one_whole_file() {
    let dir = desk();
    let d = dir.path();
    let claims = d.join("claims.yaml");
    let start = read(&claims);
    // Editor fields at claim level (a changed claim keeps its previous
    // version, indented further, with fields of the same names).
    let editor_fields = start.matches("\n    note: ").count();
    assert!(editor_fields > 5);
    for round in 0..8 {
        std::fs::write(&claims, &start).expect("reset");
        let children: Vec<Child> = (0..4)
            .map(|i| {
                let article = if (i + round) % 2 == 0 {
                    "b.txt"
                } else {
                    "c.txt"
                };
                Command::new(BIN)
                    .current_dir(d)
                    .args(["update", "claims.yaml", article])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("starts")
            })
            .collect();
        // The revisions the winners wrote: each update that reports
        // writing raises the revision by one from what it read, so with
        // check-and-rename as one step they form the chain 2, 3, ...; two
        // writers that both started from the same file would both claim
        // the same revision, and one of their updates would be lost.
        let mut written: Vec<u32> = Vec::new();
        for child in children {
            let out = child.wait_with_output().expect("exits");
            let err = String::from_utf8_lossy(&out.stderr);
            let said = String::from_utf8_lossy(&out.stdout);
            match out.status.code() {
                Some(0) => {
                    assert!(err.is_empty(), "{err}");
                    if let Some((_, to)) = said.split_once(" -> ") {
                        let to = to.split(':').next().expect("revision");
                        written.push(to.parse().expect("a revision number"));
                    } else {
                        assert!(said.contains("up to date"), "{said}");
                    }
                }
                Some(2) => {
                    assert!(
                        err.contains(
                            "claims.yaml: changed on disk while claimcheck was updating it"
                        ),
                        "{err}"
                    );
                }
                other => panic!("exit {other:?}: {err}"),
            }
        }
        let now = read(&claims);
        let file = claimcheck::claims::yaml::read(&claims, &now)
            .unwrap_or_else(|e| panic!("round {round}: {e}\n{now}"));
        assert!(
            file.article.revision >= 2,
            "round {round}: no update landed"
        );
        assert_eq!(file.claims.len(), 14, "round {round}");
        for field in ["verdict", "sources", "reviewer", "reviewed", "note"] {
            let at_claim_level = format!("\n    {field}: ");
            assert_eq!(
                now.matches(&at_claim_level).count(),
                editor_fields,
                "{field}\n{now}"
            );
        }
        assert!(
            now.contains("reviewer: ana") && now.contains("note: checked with UNHCR"),
            "round {round}: an editor's work was lost\n{now}"
        );
        assert!(leftovers(d).is_empty(), "{:?}", leftovers(d));
    }
}

/// A named pipe at `path` (coreutils' `mkfifo`: making one from Rust needs
/// unsafe code), returned for use.
#[cfg(unix)]
fn mkfifo(path: &Path) -> PathBuf {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success(), "mkfifo {}", path.display());
    path.to_path_buf()
}
