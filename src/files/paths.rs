//! Paths as claims files record them.

use std::path::{Component, Path, PathBuf};

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
