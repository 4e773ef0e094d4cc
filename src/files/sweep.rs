//! Removing the temporary files a killed run left behind.

#[cfg(unix)]
use std::fs::File;
use std::path::Path;
#[cfg(unix)]
use std::path::PathBuf;

/// A process killed while writing (SIGKILL, power loss) leaves its
/// temporary file behind; the next successful write into the same folder
/// removes it. A live writer holds a lock on its temporary file, which the
/// kernel drops with a dead one, so a file that can be locked belongs to no
/// one, provided it is not brand new: another process may have created it
/// an instant ago and not locked it yet. Each folder is swept once per run,
/// so writing thousands of files into one folder does not list it
/// thousands of times.
pub(super) fn sweep(dir: &Path) {
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
