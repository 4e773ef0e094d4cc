//! Where a claims file's `article.file` leads, and whether the tool may read
//! it there.
//!
//! Claims files travel: a freelancer mails one in, a repository is cloned.
//! One whose `article.file` says `../../etc/passwd` or `/home/me/.ssh/id_rsa`
//! must not get that file read, and printed into an HTML report a desk then
//! publishes. So an article is read only inside the claims file's project,
//! unless the person running the command says otherwise (`--allow-outside`).
//!
//! The project cannot be the claims file's folder: claims files normally sit
//! in `claims/` beside `articles/` and record `../articles/x.txt`. It is the
//! wider of the nearest folder above the claims file holding `.git` (a
//! folder, or the file of a worktree) and the topmost one holding a
//! `claimcheck.toml` (the topmost, because a section may have its own desk
//! config below the desk's, its claims still pointing at the desk's
//! articles); failing both, the claims file's folder.
//!
//! The current folder is allowed too: `extract -o /tmp/c.yaml article.txt`
//! records the article relative to the claims file, wherever each is, and
//! the person who runs a command in a folder means the files under it.
//! Paths are compared canonicalized, so a symbolic link that leads out
//! counts as leading out. An article that does not exist is not judged
//! here: reading it reports that it is missing.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::files::folder_of;
use crate::verdicts::CONFIG_FILE;

/// An `article.file` that leads outside the project, with what it led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outside {
    /// The article's path, canonicalized.
    pub resolved: PathBuf,
    /// The project's folder, canonicalized.
    pub root: PathBuf,
}

impl Outside {
    /// The refusal, without the claims file and line (callers put those in
    /// front, each in its own layout).
    pub fn message(&self) -> String {
        format!(
            "`article.file` leads outside the project: {} is not under {} (the project is the \
             nearest folder above the claims file holding `.git`, or the topmost holding \
             `{CONFIG_FILE}`) nor under the current folder; the article was not read. \
             If this is intended, pass --allow-outside",
            self.resolved.display(),
            self.root.display()
        )
    }
}

/// The article's path as the claims file at `claims` records it: relative
/// to the claims file's folder unless absolute. Not checked.
pub fn joined(claims: &Path, recorded: &str) -> PathBuf {
    let dir = folder_of(claims);
    if Path::new(recorded).is_absolute() || dir == Path::new(".") {
        return PathBuf::from(recorded);
    }
    dir.join(recorded)
}

/// The article's path ([`joined`]), or why it may not be read. With
/// `allow_outside` nothing is refused.
pub fn resolve(claims: &Path, recorded: &str, allow_outside: bool) -> Result<PathBuf, Outside> {
    let path = joined(claims, recorded);
    if allow_outside {
        return Ok(path);
    }
    let (Ok(resolved), Some(root)) = (path.canonicalize(), project_root(claims)) else {
        return Ok(path);
    };
    let cwd = std::env::current_dir().and_then(|c| c.canonicalize());
    if resolved.starts_with(&root) || cwd.is_ok_and(|c| resolved.starts_with(c)) {
        Ok(path)
    } else {
        Err(Outside { resolved, root })
    }
}

/// The project of the claims file at `claims` (see the module docs),
/// canonicalized; `None` when its folder cannot be canonicalized.
pub fn project_root(claims: &Path) -> Option<PathBuf> {
    let dir = folder_of(claims).canonicalize().ok()?;
    let git = dir
        .ancestors()
        .find(|a| a.join(".git").symlink_metadata().is_ok());
    let desk = dir
        .ancestors()
        .filter(|a| a.join(CONFIG_FILE).is_file())
        .last();
    let marked = match (git, desk) {
        // Both are ancestors of `dir`: the shorter is the wider.
        (Some(g), Some(d)) => Some(if d.starts_with(g) { g } else { d }),
        (g, d) => g.or(d),
    };
    Some(marked.map_or_else(|| dir.clone(), Path::to_path_buf))
}

/// The 1-based line of `article.file` in a claims file's text, for messages
/// of commands that read the file through the model, which keeps no
/// positions.
pub fn line_in(text: &str) -> Option<usize> {
    #[derive(Deserialize)]
    struct Head {
        article: HeadArticle,
    }
    #[derive(Deserialize)]
    struct HeadArticle {
        file: serde_saphyr::Spanned<String>,
    }
    let head: Head = super::yaml::parse(text).ok()?;
    usize::try_from(head.article.file.referenced.line())
        .ok()
        .filter(|&l| l > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_paths_are_relative_to_the_claims_file() {
        assert_eq!(
            joined(Path::new("claims/a.yaml"), "../articles/a.txt"),
            PathBuf::from("claims/../articles/a.txt")
        );
        assert_eq!(joined(Path::new("a.yaml"), "a.txt"), PathBuf::from("a.txt"));
        assert_eq!(
            joined(Path::new("claims/a.yaml"), "/abs/a.txt"),
            PathBuf::from("/abs/a.txt")
        );
    }

    /// A desk laid out as README shows (`claims/` beside `articles/`, the
    /// desk config on top, a section's own config below) reads its
    /// articles; a path out of the desk, absolute or through a symbolic
    /// link, is refused unless allowed.
    #[test]
    fn articles_inside_the_desk_are_read_and_others_refused() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let desk = tmp.path().join("desk");
        for d in ["articles", "claims/politics"] {
            std::fs::create_dir_all(desk.join(d)).expect("mkdir");
        }
        std::fs::write(desk.join(CONFIG_FILE), "").expect("write");
        std::fs::write(desk.join("claims/politics").join(CONFIG_FILE), "").expect("write");
        std::fs::write(desk.join("articles/a.txt"), "text").expect("write");
        std::fs::write(tmp.path().join("secret.txt"), "secret").expect("write");
        let claims = desk.join("claims/politics/a.yaml");
        let root = desk.canonicalize().expect("canonical");
        assert_eq!(project_root(&claims), Some(root.clone()));
        assert!(resolve(&claims, "../../articles/a.txt", false).is_ok());

        let out = resolve(&claims, "../../../secret.txt", false).expect_err("outside");
        assert_eq!(out.root, root);
        assert!(out.resolved.ends_with("secret.txt"));
        assert!(
            out.message().contains("--allow-outside"),
            "{}",
            out.message()
        );
        let absolute = tmp.path().join("secret.txt");
        let absolute = absolute.to_str().expect("utf-8 temp path");
        assert!(resolve(&claims, absolute, false).is_err());
        assert!(resolve(&claims, absolute, true).is_ok());
        // Missing: left for the reader to report as missing.
        assert!(resolve(&claims, "../../../nothing.txt", false).is_ok());

        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(tmp.path().join("secret.txt"), desk.join("articles/l.txt"))
                .expect("symlink");
            let out = resolve(&claims, "../../articles/l.txt", false).expect_err("escapes");
            assert!(out.resolved.ends_with("secret.txt"));
        }
    }

    /// `.git` marks a project even where it is a file (a worktree), and
    /// wins over a desk config below it.
    #[test]
    fn a_repository_is_a_project() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let repo = tmp.path().join("repo");
        std::fs::create_dir_all(repo.join("desk/claims")).expect("mkdir");
        std::fs::write(repo.join(".git"), "gitdir: elsewhere\n").expect("write");
        std::fs::write(repo.join("desk").join(CONFIG_FILE), "").expect("write");
        assert_eq!(
            project_root(&repo.join("desk/claims/a.yaml")),
            Some(repo.canonicalize().expect("canonical"))
        );
    }

    #[test]
    fn the_line_of_article_file() {
        let text = "# c\nformat: claimcheck/1\narticle:\n  revision: 1\n  file: a.txt\n";
        assert_eq!(line_in(text), Some(5));
        assert_eq!(line_in("article: [\n"), None);
    }
}
