//! File-system helpers shared by every command that writes.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Why a file could not be written. Names the file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error(
        "{}: already exists and may hold editors' work; not overwritten. Bring it up to date with `claimcheck update {} ARTICLE`, or move it away first",
        .0.display(), .0.display()
    )]
    Exists(PathBuf),
    #[error("{}: cannot write: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
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
pub fn write_atomic_with(
    path: &Path,
    clobber: bool,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let io = |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    };
    if !clobber && path.exists() {
        return Err(WriteError::Exists(path.to_path_buf()));
    }
    let dir = folder_of(path);
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".claimcheck-").suffix(".tmp");
    if let Some(perms) = permissions_for(path) {
        builder.permissions(perms);
    }
    let mut tmp = builder.tempfile_in(dir).map_err(io)?;
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
    fill(&mut buffered).map_err(io)?;
    buffered.flush().map_err(io)?;
    drop(buffered);
    tmp.as_file().sync_all().map_err(io)?;
    let persisted = if clobber {
        tmp.persist(path).map(drop)
    } else {
        tmp.persist_noclobber(path).map(drop)
    };
    persisted.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            WriteError::Exists(path.to_path_buf())
        } else {
            io(e.error)
        }
    })
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
}
