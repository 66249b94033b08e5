//! Writing a file so that it is either what it was or the whole new file:
//! the new contents go to a temporary file beside it, are synced, and take
//! its place by a rename. Exports and store copies both write this way.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Calls `write` with a temporary path in `path`'s folder, then syncs that
/// file and renames it to `path`. On failure nothing is left behind.
pub fn replace(path: &Path, write: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    // A device, a FIFO or a folder at the path would be replaced by a
    // regular file: only a new path or a regular file is written.
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && !meta.is_file()
        && !meta.file_type().is_symlink()
    {
        return Err(Error::NotRegularTarget(path.to_path_buf()));
    }
    let tmp = temporary(path)?;
    let _ = std::fs::remove_file(&tmp);
    let result = write(&tmp).and_then(|()| {
        std::fs::File::open(&tmp)
            .and_then(|f| f.sync_all())
            .and_then(|()| std::fs::rename(&tmp, path))
            .map_err(|e| Error::io(path, e))
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// .name.PID-N.tmp beside `path`, its folder made if missing: unique to
/// this call, even among threads.
fn temporary(path: &Path) -> Result<PathBuf> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    remove_stale(dir, &name);
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    Ok(dir.join(format!(".{name}.{}-{n}.tmp", std::process::id())))
}

/// Removes temporary copies of `name` left by a jianbao that was killed
/// while writing (a killed backup leaves hundreds of MB): those whose
/// process is gone. Where processes cannot be looked up, nothing is removed.
fn remove_stale(dir: &Path, name: &str) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
            .and_then(|r| r.split_once('-'))
            .and_then(|(pid, n)| n.parse::<u64>().ok().and(pid.parse::<u32>().ok()))
        else {
            continue;
        };
        if pid != std::process::id() && !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporaries_of_a_killed_writer_are_removed_at_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("copy.db");
        // PID 4194304 is above Linux's largest: no such process.
        let stale = dir.path().join(".copy.db.4194304-0.tmp");
        std::fs::write(&stale, "half a copy").unwrap();
        let other = dir.path().join(".other.db.4194304-0.tmp");
        std::fs::write(&other, "not ours").unwrap();
        replace(&path, |tmp| {
            std::fs::write(tmp, "whole").map_err(|e| Error::io(tmp, e))
        })
        .unwrap();
        assert!(!stale.exists());
        assert!(other.exists(), "only temporaries of this name");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "whole");
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").unwrap();
        let err = replace(&path, |tmp| {
            std::fs::write(tmp, "half").unwrap();
            Err(Error::io(tmp, std::io::Error::other("stopped")))
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        replace(&path, |tmp| {
            std::fs::write(tmp, "new").map_err(|e| Error::io(tmp, e))
        })
        .unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
    }
}
