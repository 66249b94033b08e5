//! The workstation's rolling daily copies: one a day, named by the date,
//! the last few kept. Which files to drop is decided here, purely; the copy
//! itself is the store's.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::error::{Error, Result};

/// How many daily copies are kept.
pub const KEEP: usize = 7;

/// Where the daily copies of the store at `store` live: a `backups` folder
/// beside it.
pub fn folder(store: &Path) -> PathBuf {
    store
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups")
}

fn stem(store: &Path) -> String {
    store
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "jianbao".into())
}

/// jianbao.db on 2026-11-27 → jianbao-2026-11-27.db.
pub fn name(store: &Path, day: Date) -> String {
    format!("{}-{day}.db", stem(store))
}

/// Of the file names in the folder, the daily copies of `stem` to delete so
/// that the newest `keep` remain. Other files are never touched.
pub fn to_prune(names: &[String], stem: &str, keep: usize) -> Vec<String> {
    let mut dated: Vec<(Date, &String)> = names
        .iter()
        .filter_map(|n| {
            let day = n
                .strip_prefix(stem)?
                .strip_prefix('-')?
                .strip_suffix(".db")?;
            Some((day.parse::<Date>().ok()?, n))
        })
        .collect();
    dated.sort();
    let excess = dated.len().saturating_sub(keep);
    dated
        .into_iter()
        .take(excess)
        .map(|(_, n)| n.clone())
        .collect()
}

/// Today's copy of the store at `store`, unless it exists already; then the
/// oldest copies beyond [`KEEP`] are removed. Returns the new copy's path.
pub fn daily(store: &Path, today: Date) -> Result<Option<PathBuf>> {
    let dir = folder(store);
    let path = dir.join(name(store, today));
    if path.exists() {
        return Ok(None);
    }
    crate::store::backup_file(store, &path)?;
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| Error::io(&dir, e))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    for old in to_prune(&names, &stem(store), KEEP) {
        let old = dir.join(old);
        std::fs::remove_file(&old).map_err(|e| Error::io(&old, e))?;
    }
    Ok(Some(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_oldest_daily_copies_of_this_store_go() {
        let mut names: Vec<String> = (1..=9)
            .map(|d| format!("jianbao-2026-11-0{d}.db"))
            .collect();
        names.push("jianbao-2026-10-30.db".into());
        names.push("other-2026-01-01.db".into());
        names.push("jianbao-notes.txt".into());
        names.push("jianbao-2026-13-01.db".into());
        let gone = to_prune(&names, "jianbao", 7);
        assert_eq!(
            gone,
            [
                "jianbao-2026-10-30.db",
                "jianbao-2026-11-01.db",
                "jianbao-2026-11-02.db"
            ]
        );
        assert!(to_prune(&names[..3], "jianbao", 7).is_empty());
    }

    #[test]
    fn a_copy_a_day_and_seven_kept() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("jianbao.db");
        let mut store = crate::store::Store::open(&db).unwrap();
        crate::demo::load_samples(&mut store, Date::constant(2026, 11, 1)).unwrap();
        for day in 1..=9 {
            let made = daily(&db, Date::constant(2026, 11, day)).unwrap();
            assert!(made.is_some());
            assert!(
                daily(&db, Date::constant(2026, 11, day)).unwrap().is_none(),
                "once a day"
            );
        }
        let mut left: Vec<String> = std::fs::read_dir(folder(&db))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left.len(), KEEP);
        assert_eq!(left[0], "jianbao-2026-11-03.db");
        let copy = crate::store::inspect(&folder(&db).join("jianbao-2026-11-09.db")).unwrap();
        assert!(copy.damage.is_empty());
        assert_eq!(copy.items, store.counts().unwrap().total());
    }
}
