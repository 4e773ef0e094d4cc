//! `update`'s check-and-replace, kept one step under a lock so an editor's
//! save or a racing update is never overwritten.

use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

use super::{Destination, WriteError, destination, folder_of, stage, sweep, sync_folder};

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

/// The file now at `path`, opened and exclusively locked; `None` when there
/// is no file there any more.
pub(super) fn lock_current(path: &Path) -> std::io::Result<Option<File>> {
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
