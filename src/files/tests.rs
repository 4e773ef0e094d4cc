use super::lock::lock_current;
use super::*;

#[test]
fn relative_paths() {
    assert_eq!(
        relative_to(
            Path::new("/a/claims"),
            Path::new("/a/examples/articles/x.txt")
        ),
        "../examples/articles/x.txt"
    );
    assert_eq!(relative_to(Path::new("/a"), Path::new("/a/x.txt")), "x.txt");
    assert_eq!(
        relative_to(Path::new("/a/b/./c/.."), Path::new("/a/x.txt")),
        "../x.txt"
    );
}

#[test]
fn refuses_to_clobber_and_keeps_the_old_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("c.yaml");
    write_atomic(&p, b"old", false).expect("first write");
    let err = write_atomic(&p, b"new", false).expect_err("must refuse");
    assert!(matches!(err, WriteError::Exists(_)));
    assert_eq!(std::fs::read(&p).expect("read"), b"old");
    write_atomic(&p, b"new", true).expect("clobber");
    assert_eq!(std::fs::read(&p).expect("read"), b"new");
    let leftovers = std::fs::read_dir(dir.path()).expect("ls").count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[cfg(unix)]
#[test]
fn new_files_are_shareable_and_rewrites_keep_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("claims.yaml");
    write_atomic(&path, b"a", false).expect("write");
    let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o644);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    write_atomic(&path, b"b", true).expect("rewrite");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(std::fs::read(&path).expect("read"), b"b");
}

#[test]
fn a_failed_fill_leaves_the_old_file_and_no_temporary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("c.yaml");
    write_atomic(&p, b"old", false).expect("first write");
    let err = write_atomic_with(&p, true, |w| {
        w.write_all(b"half of the new")?;
        Err(std::io::Error::other("disk full"))
    })
    .expect_err("the fill failed");
    assert!(err.to_string().contains("c.yaml"), "{err}");
    assert_eq!(std::fs::read(&p).expect("read"), b"old");
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
}

#[test]
fn replaces_only_what_was_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("c.yaml");
    std::fs::write(&p, "editor's save").expect("write");
    let err = replace_if_unchanged(&p, b"what update read", b"update").expect_err("changed");
    assert!(matches!(err, WriteError::Changed(_)), "{err}");
    assert!(err.to_string().contains("c.yaml: changed on disk"), "{err}");
    assert_eq!(std::fs::read(&p).expect("read"), b"editor's save");
    // A prefix of the file is not the file.
    let err = replace_if_unchanged(&p, b"editor's", b"update").expect_err("longer");
    assert!(matches!(err, WriteError::Changed(_)), "{err}");
    replace_if_unchanged(&p, b"editor's save", b"update").expect("unchanged");
    assert_eq!(std::fs::read(&p).expect("read"), b"update");
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
    std::fs::remove_file(&p).expect("rm");
    let err = replace_if_unchanged(&p, b"update", b"again").expect_err("gone");
    assert!(matches!(err, WriteError::Changed(_)), "{err}");
    assert!(!p.exists(), "a removed file is not brought back");
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 0);
}

#[test]
fn the_lock_is_released_and_taken_on_the_new_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("c.yaml");
    std::fs::write(&p, "one").expect("write");
    replace_if_unchanged(&p, b"one", b"two").expect("first");
    replace_if_unchanged(&p, b"two", b"three").expect("second");
    assert_eq!(std::fs::read(&p).expect("read"), b"three");
    let held = lock_current(&p).expect("lock").expect("file");
    let other = std::fs::File::open(&p).expect("open");
    assert!(other.try_lock().is_err(), "the lock is exclusive");
    drop(held);
    other.try_lock().expect("released with its file");
}

#[test]
fn a_file_in_the_way_is_named() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("f");
    std::fs::write(&file, "x").expect("write");
    let err = write_atomic(&file.join("sub/c.yaml"), b"y", true).expect_err("through a file");
    let msg = err.to_string();
    assert!(
        msg.contains("f/sub/c.yaml: cannot write") && msg.contains("is a file, not a folder"),
        "{msg}"
    );
    let err = write_atomic(dir.path(), b"y", true).expect_err("a folder");
    assert!(err.to_string().contains("give a file name"), "{err}");
}

/// The lock's whole point: a writer that waited for another's rename
/// must judge the file now at the path, not the one it waited on.
#[test]
fn a_writer_waiting_for_the_lock_sees_what_the_holder_renamed_in() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("c.yaml");
    std::fs::write(&p, "read by both").expect("write");
    let held = lock_current(&p).expect("lock").expect("file");
    let waiter = {
        let p = p.clone();
        std::thread::spawn(move || replace_if_unchanged(&p, b"read by both", b"loser"))
    };
    // Time for the waiter to reach the lock. If it has not yet, it
    // finds the new file instead, and the outcome is the same.
    std::thread::sleep(std::time::Duration::from_millis(50));
    write_atomic(&p, b"winner", true).expect("the holder's rename");
    drop(held);
    let err = waiter
        .join()
        .expect("waiter")
        .expect_err("the file changed");
    assert!(matches!(err, WriteError::Changed(_)), "{err}");
    assert_eq!(std::fs::read(&p).expect("read"), b"winner");
    assert_eq!(std::fs::read_dir(dir.path()).expect("ls").count(), 1);
}

#[cfg(unix)]
#[test]
fn abandoned_temporary_files_are_swept_and_live_ones_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let make = |name: &str, old: bool| {
        let f = std::fs::File::create(d.join(name)).expect("create");
        if old {
            f.set_modified(long_ago).expect("mtime");
        }
        f
    };
    drop(make(".claimcheck-dead.tmp", true));
    drop(make(".claimcheck-new.tmp", false));
    let live = make(".claimcheck-live.tmp", true);
    live.lock().expect("lock");
    drop(make("notes.tmp", true));
    write_atomic(&d.join("c.yaml"), b"x", true).expect("write");
    let mut left: Vec<String> = std::fs::read_dir(d)
        .expect("ls")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            ".claimcheck-live.tmp",
            ".claimcheck-new.tmp",
            "c.yaml",
            "notes.tmp"
        ]
    );
}
