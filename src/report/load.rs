//! Reading many claims files at once, for reports and exports.
//!
//! Files are parsed in parallel (a desk's archive is thousands of files and
//! parsing is most of the work); the desk config that applies to each file
//! is discovered once per folder. Files are returned in path order whatever
//! the order they finish in, so reports are deterministic.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;

use crate::claims::{ClaimsFile, article_file, walk, yaml};
use crate::files::folder_of;
use crate::verdicts::{Config, config};

/// One claims file, read, with the desk config in force for it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: PathBuf,
    pub file: ClaimsFile,
    pub config: Arc<Config>,
}

impl Loaded {
    /// The article's path as the claims file records it, resolved against
    /// the claims file's folder.
    pub fn article_path(&self) -> PathBuf {
        folder_of(&self.path).join(&self.file.article.file)
    }

    /// The article's path, unless it lies outside the claims file's project
    /// and `allow_outside` is false; then the refusal, naming the claims
    /// file and the line of `article.file`.
    pub fn resolve_article(&self, allow_outside: bool) -> Result<PathBuf, String> {
        article_file::resolve(&self.path, &self.file.article.file, allow_outside).map_err(|o| {
            // The model keeps no positions: the line is looked up only for
            // the message.
            let line = std::fs::read_to_string(&self.path)
                .ok()
                .and_then(|t| article_file::line_in(&t))
                .map_or_else(String::new, |l| format!(":{l}"));
            format!("{}{line}: {}", self.path.display(), o.message())
        })
    }
}

/// A file or folder that could not be read, with what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    pub message: String,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// The claims files named or found below `paths`. YAML files found in a
/// folder that are not claims files (no `format: claimcheck/...`) are
/// skipped quietly; files named explicitly must be claims files.
pub fn load(paths: &[PathBuf]) -> (Vec<Loaded>, Vec<LoadError>) {
    let (targets, missing) = walk::targets(paths);
    let mut errors: Vec<LoadError> = missing
        .into_iter()
        .map(|(path, e)| LoadError {
            path,
            message: format!("cannot read: {e}"),
        })
        .collect();
    let mut configs: HashMap<PathBuf, Result<Arc<Config>, String>> = HashMap::new();
    for t in &targets {
        let dir = folder_of(&t.path).to_path_buf();
        configs
            .entry(dir)
            .or_insert_with_key(|d| config::discover(d).map(Arc::new).map_err(|e| e.to_string()));
    }
    let results: Vec<Option<Result<Loaded, LoadError>>> = targets
        .par_iter()
        .map(|t| {
            let err = |message: String| LoadError {
                path: t.path.clone(),
                message,
            };
            if let Err(e) = yaml::check_size(&t.path) {
                if !t.explicit && !walk::starts_like_claims(&t.path) {
                    return None;
                }
                return Some(Err(err(e.message)));
            }
            let bytes = match std::fs::read(&t.path) {
                Ok(b) => b,
                Err(e) => return Some(Err(err(format!("cannot read: {e}")))),
            };
            let text = match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(_) if !t.explicit => return None,
                Err(e) => {
                    return Some(Err(err(format!(
                        "invalid UTF-8 at byte offset {}; save the file as UTF-8",
                        e.utf8_error().valid_up_to()
                    ))));
                }
            };
            if !t.explicit && !walk::looks_like_claims(&text) {
                return None;
            }
            let file = match yaml::read(&t.path, &text) {
                Ok(f) => f,
                Err(e) => {
                    let p = crate::check::why_unreadable(&text, &e);
                    return Some(Err(LoadError {
                        path: t.path.clone(),
                        message: format!(
                            "line {} column {}: {}; run `claimcheck check {}` for details",
                            p.line,
                            p.column,
                            p.message,
                            t.path.display()
                        ),
                    }));
                }
            };
            let config = match &configs[folder_of(&t.path)] {
                Ok(c) => Arc::clone(c),
                Err(e) => return Some(Err(err(e.clone()))),
            };
            Some(Ok(Loaded {
                path: t.path.clone(),
                file,
                config,
            }))
        })
        .collect();
    let mut loaded = Vec::new();
    for r in results.into_iter().flatten() {
        match r {
            Ok(l) => loaded.push(l),
            Err(e) => errors.push(e),
        }
    }
    (loaded, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_claims_files_in_path_order_and_reports_the_broken_ones() {
        let d = tempfile::tempdir().expect("tempdir");
        let good = "format: claimcheck/1\narticle:\n  file: a.txt\n  revision: 1\n  sha256: aa\nclaims: []\n";
        for name in ["b.yaml", "a.yaml", "sub/c.yml"] {
            let p = d.path().join(name);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, good).expect("write");
        }
        std::fs::write(d.path().join("ci.yaml"), "on: push\n").expect("write");
        std::fs::write(
            d.path().join("broken.yaml"),
            "format: claimcheck/1\narticle: [\n",
        )
        .expect("write");
        let (loaded, errors) = load(&[d.path().to_path_buf()]);
        let names: Vec<String> = loaded
            .iter()
            .map(|l| {
                l.path
                    .strip_prefix(d.path())
                    .expect("below")
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["a.yaml", "b.yaml", "sub/c.yml"]);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].path.ends_with("broken.yaml"));
        assert!(
            errors[0].message.contains("claimcheck check"),
            "{}",
            errors[0].message
        );
        assert_eq!(loaded[0].article_path(), d.path().join("a.txt"));
    }
}
