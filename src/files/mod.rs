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
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

mod lock;
mod paths;
mod sweep;

pub use lock::replace_if_unchanged;
pub use paths::{folder_of, relative_to};
use sweep::sweep;

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
mod tests;
