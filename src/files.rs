//! File-system helpers shared by every command that writes.
//!
//! Every claims file, report and schema is written the same way: into a
//! temporary file in the destination's folder, flushed to disk, then renamed
//! over the destination, so a crash, a full disk or a kill at any moment
//! leaves either the old file or the new one, never half of one. A failed
//! write removes its temporary file; only a process killed outright (SIGKILL,
//! power loss) can leave one behind, named `.claimcheck-*.tmp`, which no
//! command reads as a claims file and the next write into that folder
//! removes (`sweep`).

use std::fs::File;
use std::io::{ErrorKind, Read, Write};
use std::path::{Component, Path, PathBuf};

/// Why a file could not be written. Names the file and says what to do.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(
        "{}: already exists and may hold editors' work; not overwritten. Bring it up to date with `claimcheck update {} ARTICLE`, or move it away first",
        .0.display(), .0.display()
    )]
    Exists(PathBuf),
    #[error(
        "{}: changed on disk while claimcheck was updating it (an editor saved?); nothing was written; run the update again",
        .0.display()
    )]
    Changed(PathBuf),
    /// The reason is part of the message rather than its source: the
    /// message is complete on its own, and printing the error chain would
    /// repeat it.
    #[error("{}: cannot write: {error}. Nothing was replaced; {}", path.display(), advice(error.kind()))]
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl WriteError {
    fn io(path: &Path) -> impl Fn(std::io::Error) -> WriteError + '_ {
        move |error| WriteError::Io {
            path: path.to_path_buf(),
            error,
        }
    }
}

/// What a person can do about a failed write, by its cause; shared with
/// the binary's message for a failed write to standard output.
pub fn advice(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => {
            "the disk is full: free some space and run again, or write somewhere else"
        }
        ErrorKind::FileTooLarge => {
            "the file is larger than this process may write (see `ulimit -f`): raise the limit and run again"
        }
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
            "the folder cannot be written to: check its permissions, or write somewhere else"
        }
        ErrorKind::NotADirectory => "part of the path is a file, not a folder: choose another path",
        ErrorKind::IsADirectory => "give a file name inside the folder",
        ErrorKind::NotFound => "the folder cannot be created there: check the path",
        _ => "check the path and the disk, then run again",
    }
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder,
/// flushed to disk, then renamed into place. With `clobber` false an existing
/// file is never replaced, even one created meanwhile by someone else.
pub fn write_atomic(path: &Path, bytes: &[u8], clobber: bool) -> Result<(), WriteError> {
    write_atomic_with(path, clobber, |w| w.write_all(bytes))
}

/// [`write_atomic`] for output made piece by piece: `fill` writes into the
/// temporary file (buffered), so a large claims file never has to be held
/// in memory whole. If `fill` fails, the temporary file is removed and
/// `path` is untouched.
///
/// A destination that is a device or a named pipe (`-o /dev/stdout`) is
/// written straight into: renaming over it would replace the device node
/// itself (for root, `/dev/null` with a plain file).
pub fn write_atomic_with(
    path: &Path,
    clobber: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    // Only a file can hold editors' work; a device or pipe is written into.
    if !clobber && path.is_file() {
        return Err(WriteError::Exists(path.to_path_buf()));
    }
    let target = match destination(path)? {
        Destination::Special => return write_into(path, fill),
        Destination::File(target) => target,
    };
    let tmp = stage(path, &target, fill)?;
    let persisted = if clobber {
        tmp.persist(&target).map(drop)
    } else {
        tmp.persist_noclobber(&target).map(drop)
    };
    persisted.map_err(|e| {
        if e.error.kind() == ErrorKind::AlreadyExists {
            WriteError::Exists(path.to_path_buf())
        } else {
            WriteError::io(path)(e.error)
        }
    })?;
    sync_folder(&target);
    sweep(folder_of(&target));
    Ok(())
}

/// Replaces the file at `path` with `bytes`, but only if it still holds
/// exactly `read`, the text the new content was worked out from: an editor
/// who saved meanwhile keeps their save, and the caller is told
/// ([`WriteError::Changed`]).
///
/// The check and the rename are one step for every claimcheck process: both
/// happen under an exclusive advisory lock on the file. The rename puts a
/// new file (inode) at the path, so a process that was waiting on the old
/// one finds, once it has the lock, that the path no longer is the file it
/// locked, and locks the new one instead; it then sees the content changed
/// and refuses. So of two updates racing on one file the first wins and the
/// second says the file changed and writes nothing: the file is always one
/// update's whole result, and running the loser again applies it on top.
/// Editors' programs take no such lock; for them the check narrows the
/// window to the moment between the comparison and the rename.
pub fn replace_if_unchanged(path: &Path, read: &[u8], bytes: &[u8]) -> Result<(), WriteError> {
    let target = match destination(path)? {
        Destination::File(target) => target,
        Destination::Special => {
            return Err(WriteError::Io {
                path: path.to_path_buf(),
                error: std::io::Error::other("not a regular file"),
            });
        }
    };
    let tmp = stage(path, &target, |w| w.write_all(bytes))?;
    let Some(locked) = lock_current(&target).map_err(WriteError::io(path))? else {
        return Err(WriteError::Changed(path.to_path_buf()));
    };
    if !holds(&locked, read).map_err(WriteError::io(path))? {
        return Err(WriteError::Changed(path.to_path_buf()));
    }
    tmp.persist(&target)
        .map_err(|e| WriteError::io(path)(e.error))?;
    drop(locked);
    sync_folder(&target);
    sweep(folder_of(&target));
    Ok(())
}

enum Destination {
    /// A regular file, or where one will be: the symbolic link's target
    /// when `path` is one, so the link survives the rename.
    File(PathBuf),
    /// A device, named pipe or socket.
    Special,
}

fn destination(path: &Path) -> Result<Destination, WriteError> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let target = if is_link {
        std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
    } else {
        path.to_path_buf()
    };
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => Err(WriteError::Io {
            path: path.to_path_buf(),
            error: std::io::Error::new(ErrorKind::IsADirectory, "it is a folder"),
        }),
        Ok(m) if !m.is_file() => Ok(Destination::Special),
        _ => Ok(Destination::File(target)),
    }
}

/// Writes the temporary file beside `target` and flushes it to disk;
/// dropping the result removes it.
fn stage(
    path: &Path,
    target: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<tempfile::NamedTempFile, WriteError> {
    let io = WriteError::io(path);
    let dir = folder_of(target);
    if let Err(e) = std::fs::create_dir_all(dir) {
        return Err(io(file_in_the_way(dir).unwrap_or(e)));
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".claimcheck-").suffix(".tmp");
    if let Some(perms) = permissions_for(target) {
        builder.permissions(perms);
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| io(file_in_the_way(dir).unwrap_or_else(|| plain(e))))?;
    // Marks the file as in use for `sweep`, until it is renamed and closed.
    #[cfg(unix)]
    let _ = tmp.as_file().try_lock();
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
    fill(&mut buffered).map_err(&io)?;
    buffered.flush().map_err(&io)?;
    drop(buffered);
    tmp.as_file().sync_all().map_err(&io)?;
    Ok(tmp)
}

/// `create_dir_all` under a file reports "File exists", which sends a
/// person looking for the wrong thing; this names the file in the way.
fn file_in_the_way(dir: &Path) -> Option<std::io::Error> {
    let blocker = dir
        .ancestors()
        .find(|a| std::fs::metadata(a).is_ok_and(|m| !m.is_dir()))?;
    Some(std::io::Error::new(
        ErrorKind::NotADirectory,
        format!("{} is a file, not a folder", blocker.display()),
    ))
}

/// tempfile names its temporary file in its errors; the person running
/// claimcheck never chose that name, so only the cause is kept.
fn plain(e: std::io::Error) -> std::io::Error {
    let text = e.to_string();
    match text.split_once(" at path ") {
        Some((cause, _)) => std::io::Error::new(e.kind(), cause.to_string()),
        None => e,
    }
}

/// A device or pipe cannot be replaced atomically, nor does it need to be.
fn write_into(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let io = WriteError::io(path);
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(&io)?;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, file);
    fill(&mut buffered).map_err(&io)?;
    buffered.flush().map_err(&io)
}

/// The file now at `path`, opened and exclusively locked; `None` when there
/// is no file there any more.
fn lock_current(path: &Path) -> std::io::Result<Option<File>> {
    loop {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        file.lock()?;
        if still_at(&file, path)? {
            return Ok(Some(file));
        }
    }
}

/// Whether `file` is still the one at `path`: another process may have
/// renamed a new file there while this one waited for the lock.
#[cfg(unix)]
fn still_at(file: &File, path: &Path) -> std::io::Result<bool> {
    use std::os::unix::fs::MetadataExt;
    let held = file.metadata()?;
    Ok(match std::fs::metadata(path) {
        Ok(now) => now.dev() == held.dev() && now.ino() == held.ino(),
        // Removed meanwhile: the next open finds nothing there.
        Err(e) if e.kind() == ErrorKind::NotFound => false,
        Err(e) => return Err(e),
    })
}

#[cfg(not(unix))]
fn still_at(_: &File, _: &Path) -> std::io::Result<bool> {
    Ok(true)
}

/// Whether `file` holds exactly `expected`, read in pieces so a large claims
/// file is not held in memory a second time.
fn holds(mut file: &File, expected: &[u8]) -> std::io::Result<bool> {
    let mut buf = vec![0u8; 1 << 16];
    let mut at = 0;
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => return Ok(at == expected.len()),
            Ok(n) => n,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if expected.get(at..at + n) != Some(&buf[..n]) {
            return Ok(false);
        }
        at += n;
    }
}

/// A process killed while writing (SIGKILL, power loss) leaves its
/// temporary file behind; the next successful write into the same folder
/// removes it. A live writer holds a lock on its temporary file, which the
/// kernel drops with a dead one, so a file that can be locked belongs to no
/// one, provided it is not brand new: another process may have created it
/// an instant ago and not locked it yet. Each folder is swept once per run,
/// so writing thousands of files into one folder does not list it
/// thousands of times.
fn sweep(dir: &Path) {
    #[cfg(unix)]
    {
        use std::collections::HashSet;
        use std::sync::{Mutex, PoisonError};
        use std::time::Duration;
        static SWEPT: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
        const ABANDONED_AFTER: Duration = Duration::from_secs(60);
        let first = SWEPT
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_or_insert_with(HashSet::new)
            .insert(dir.to_path_buf());
        if !first {
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with(".claimcheck-") && name.ends_with(".tmp")) {
                continue;
            }
            let Ok(file) = File::open(entry.path()) else {
                continue;
            };
            let old = file
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age > ABANDONED_AFTER);
            if old && file.try_lock().is_ok() {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// The rename is only durable once the folder's entry is on disk too. A
/// failure here is not reported: the new file is in place and readable, and
/// some file systems cannot sync a folder at all.
fn sync_folder(target: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder_of(target)) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = target;
}

/// The folder a file is in; `.` for a bare file name, whose `parent()` is
/// the empty path.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// `to` relative to the folder `from_dir`, with `/` separators, for paths
/// recorded inside files that travel with a git repository.
pub fn relative_to(from_dir: &Path, to: &Path) -> String {
    let from = normalize(&std::path::absolute(from_dir).unwrap_or_else(|_| from_dir.to_path_buf()));
    let to_abs = normalize(&std::path::absolute(to).unwrap_or_else(|_| to.to_path_buf()));
    let f: Vec<Component> = from.components().collect();
    let t: Vec<Component> = to_abs.components().collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return to_abs.to_string_lossy().replace('\\', "/");
    }
    let mut parts: Vec<String> = vec!["..".to_string(); f.len() - common];
    parts.extend(
        t[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// Removes `.` and resolves `..` lexically.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// A rewritten file keeps its permissions; a new one is readable by the
/// group and others like any file an editor saves (`0644`), not private to
/// its owner as temporary files are: claims files are shared through git.
fn permissions_for(path: &Path) -> Option<std::fs::Permissions> {
    if let Ok(meta) = std::fs::metadata(path) {
        return Some(meta.permissions());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o644))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(test)]
mod tests {
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
}
