//! Which files of the folders given are articles, in a stable order.

use std::path::{Path, PathBuf};

use claimcheck::files::folder_of;

use super::{EXTENSIONS, Entry, Found};

/// The articles under `paths`, in argument order and, within a folder, in
/// name order.
pub(super) fn walk(paths: &[PathBuf]) -> Vec<Entry> {
    let mut out = Vec::new();
    for root in paths {
        match std::fs::metadata(root) {
            Ok(m) if m.is_dir() => walk_folder(root, &mut out),
            Ok(_) => out.push(Entry::Article(Found {
                path: root.clone(),
                mirror_dir: PathBuf::new(),
                stem: stem(root),
            })),
            Err(e) => out.push(Entry::Unreadable(
                root.clone(),
                format!("{}: cannot read: {e}", root.display()),
            )),
        }
    }
    out
}

pub(super) fn walk_folder(root: &Path, out: &mut Vec<Entry>) {
    let entries = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                let why = e
                    .io_error()
                    .map_or_else(|| e.to_string(), ToString::to_string);
                out.push(Entry::Unreadable(
                    path.clone(),
                    format!("{}: cannot read: {why}", path.display()),
                ));
                continue;
            }
        };
        let path = entry.path();
        // A symbolic link to a file is an article like any other; one to a
        // folder is not followed (it may loop).
        // A link that leads nowhere (dangling, or a loop of links) is
        // reported rather than passed over in silence.
        let is_file = if entry.file_type().is_symlink() {
            match std::fs::metadata(path) {
                Ok(m) => m.is_file(),
                Err(e) if is_article(path) => {
                    out.push(Entry::Unreadable(
                        path.to_path_buf(),
                        format!("{}: cannot read: {e}", path.display()),
                    ));
                    continue;
                }
                Err(_) => false,
            }
        } else {
            entry.file_type().is_file()
        };
        if !is_file || !is_article(path) {
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(path);
        out.push(Entry::Article(Found {
            path: path.to_path_buf(),
            mirror_dir: folder_of(relative)
                .components()
                .filter(|c| !matches!(c, std::path::Component::CurDir))
                .collect(),
            stem: stem(path),
        }));
    }
}

pub(super) fn is_article(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        let e = e.to_string_lossy();
        EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x))
    })
}

pub(super) fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || "article".to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}
