//! Which claims files a command over many (`check`, `report`, `export`)
//! looks at: the files named, and below each folder named every
//! `*.yaml`/`*.yml` file, in a stable order.

use std::path::{Path, PathBuf};

/// A file to check; `explicit` when the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: PathBuf,
    pub explicit: bool,
}

/// The files under `paths`. Folders are walked recursively in name order;
/// hidden entries (`.git`) and symbolic links to folders (which can loop)
/// are not entered. A path that does not exist, a folder that cannot be
/// listed, or a `*.yaml` link that leads nowhere (dangling, or a loop of
/// links) is returned as an error beside the files that were found.
pub fn targets(paths: &[PathBuf]) -> (Vec<Target>, Vec<(PathBuf, std::io::Error)>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk(p, &mut out, &mut errors),
            Ok(_) => out.push(Target {
                path: p.clone(),
                explicit: true,
            }),
            Err(e) => errors.push((p.clone(), e)),
        }
    }
    (out, errors)
}

fn walk(dir: &Path, out: &mut Vec<Target>, errors: &mut Vec<(PathBuf, std::io::Error)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push((dir.to_path_buf(), e));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        let Ok(link) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if link.is_dir() {
            walk(&p, out, errors);
        } else if link.is_symlink() && is_yaml(&p) {
            match std::fs::metadata(&p) {
                Ok(m) if m.is_file() => out.push(Target {
                    path: p,
                    explicit: false,
                }),
                Ok(_) => {}
                Err(e) => errors.push((p, e)),
            }
        } else if is_yaml(&p) && p.is_file() {
            out.push(Target {
                path: p,
                explicit: false,
            });
        }
    }
}

fn is_yaml(p: &Path) -> bool {
    p.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Whether a YAML text says it is a claims file: a top-level
/// `format: claimcheck/...` line. A line scan, not a parse, so a claims
/// file broken beyond parsing is still recognized and its error reported.
pub fn looks_like_claims(text: &str) -> bool {
    text.lines().any(|l| {
        l.strip_prefix("format:").is_some_and(|v| {
            v.trim()
                .trim_matches(|c| c == '"' || c == '\'')
                .starts_with("claimcheck/")
        })
    })
}

/// [`looks_like_claims`] for a file too large to read whole, from its first
/// 64 KiB, where `format:` stands in every file the tool writes: a folder's
/// huge YAML of another kind is then skipped, not reported.
pub fn starts_like_claims(path: &Path) -> bool {
    use std::io::Read as _;
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(64 * 1024).read_to_end(&mut head));
    read.is_ok() && looks_like_claims(&String::from_utf8_lossy(&head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_files_say_so() {
        assert!(looks_like_claims("# c\nformat: claimcheck/1\narticle:\n"));
        assert!(looks_like_claims("format: \"claimcheck/1\"\n"));
        assert!(!looks_like_claims("name: ci\non: push\n"));
        assert!(!looks_like_claims("  format: claimcheck/1\n"));
    }

    #[test]
    fn folders_recursively_in_order() {
        let d = tempfile::tempdir().expect("tempdir");
        let root = d.path();
        std::fs::create_dir_all(root.join("b/c")).expect("mkdir");
        std::fs::create_dir_all(root.join(".git")).expect("mkdir");
        for f in [
            "b/c/z.yml",
            "b/a.yaml",
            "a.YAML",
            "notes.txt",
            ".git/x.yaml",
            "b/.hidden.yaml",
        ] {
            std::fs::write(root.join(f), "").expect("write");
        }
        let missing = root.join("missing");
        let (found, errors) = targets(&[root.to_path_buf(), missing.clone()]);
        let names: Vec<String> = found
            .iter()
            .map(|t| {
                t.path
                    .strip_prefix(root)
                    .expect("below root")
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        assert_eq!(names, ["a.YAML", "b/a.yaml", "b/c/z.yml"]);
        assert!(found.iter().all(|t| !t.explicit));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].0, missing);
    }

    /// Links that loop are not followed into a hang: one to a folder above
    /// is not entered, one to itself is reported, one to a file is a file.
    #[cfg(unix)]
    #[test]
    fn looping_links_end_the_walk() {
        use std::os::unix::fs::symlink;
        let d = tempfile::tempdir().expect("tempdir");
        let root = d.path();
        std::fs::create_dir_all(root.join("a")).expect("mkdir");
        std::fs::write(root.join("a/c.yaml"), "").expect("write");
        symlink(root, root.join("a/up")).expect("symlink");
        symlink(root.join("self.yaml"), root.join("self.yaml")).expect("symlink");
        symlink(root.join("a/c.yaml"), root.join("b.yaml")).expect("symlink");
        let (found, errors) = targets(&[root.to_path_buf()]);
        let names: Vec<_> = found.iter().map(|t| t.path.clone()).collect();
        assert_eq!(names, [root.join("a/c.yaml"), root.join("b.yaml")]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].0, root.join("self.yaml"));
    }
}
