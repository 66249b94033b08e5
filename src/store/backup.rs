//! Copies of the store: a consistent snapshot while it is in use, a look at
//! a candidate file before restoring it, and restoring it through SQLite so
//! that other open connections (the workstation) see the change safely.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::{Store, migrate};
use crate::error::{Error, Result};

/// What a store file holds, read without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inspection {
    pub schema: i64,
    pub items: usize,
    pub issues: usize,
    /// What `PRAGMA integrity_check` found; empty when the file is sound.
    pub damage: Vec<String>,
    path: PathBuf,
}

impl Inspection {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Refuses a damaged file, naming what is wrong.
    pub fn sound(&self) -> Result<()> {
        if self.damage.is_empty() {
            return Ok(());
        }
        Err(Error::RestoreDamaged {
            path: self.path.clone(),
            damage: self.damage.clone(),
        })
    }
}

/// Writes a consistent copy of the database behind `conn` to `dest`: the
/// copy is whole or `dest` is left as it was.
fn vacuum_into(conn: &Connection, dest: &Path) -> Result<()> {
    // A copy of a damaged store would only spread the damage: the check
    // comes first (quick_check: the same scan without cross-checking
    // every index, so a backup stays a matter of seconds).
    let damage = super::verify::damage(conn, "quick_check")?;
    if !damage.is_empty() {
        return Err(Error::BackupDamaged(damage));
    }
    crate::atomic::replace(dest, |tmp| {
        conn.execute("VACUUM INTO ?1", [tmp.to_string_lossy()])?;
        Ok(())
    })
}

fn open_read_only(path: &Path) -> Result<Connection> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::NotAStore {
            path: path.to_path_buf(),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| Error::io(path, std::io::Error::other(e)))?;
    conn.busy_timeout(Duration::from_secs(10))?;
    Ok(conn)
}

impl Store {
    /// A consistent copy of the store at `dest`, taken while others may be
    /// writing (a read transaction sees one committed state).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        vacuum_into(&self.conn, dest)
    }
}

/// A consistent copy of the store at `src` without opening it as a store
/// (no migration): for the workstation's daily copies, on their own
/// connection.
pub fn backup_file(src: &Path, dest: &Path) -> Result<()> {
    vacuum_into(&open_read_only(src)?, dest)
}

/// Reads `path` as a store without changing it: refuses what is not a
/// jianbao store or comes from a newer jianbao, and checks its integrity.
pub fn inspect(path: &Path) -> Result<Inspection> {
    let conn = open_read_only(path)?;
    let not_a_store = || Error::NotAStore {
        path: path.to_path_buf(),
    };
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(|_| not_a_store())?;
    let schema: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if app != migrate::APPLICATION_ID || schema == 0 {
        return Err(not_a_store());
    }
    if schema > migrate::latest() {
        return Err(Error::StoreTooNew {
            path: path.to_path_buf(),
            found: schema,
            supported: migrate::latest(),
        });
    }
    let damage = super::verify::integrity(&conn)?;
    let count = |table: &str| -> Result<usize> {
        Ok(conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap_or(0) as usize)
    };
    Ok(Inspection {
        schema,
        items: count("items")?,
        issues: count("issues")?,
        damage,
        path: path.to_path_buf(),
    })
}

/// The steps of [`Store::restore_from`], in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RestoreStep {
    /// Copying the current store aside.
    KeepCurrent,
    /// Copying the candidate in, page by page.
    CopyIn,
}

impl Store {
    /// Replaces the store's contents with the store `candidate` inspected
    /// (refused if damaged), through SQLite's backup API, so that a
    /// workstation open on the same file sees the new contents, not a torn
    /// file. A copy of what was there is kept first; its path is returned.
    /// An older schema is migrated after. `progress` hears each step as it
    /// starts, with (0, 0), and the pages copied in of all the pages.
    pub fn restore_from(
        &mut self,
        candidate: &Inspection,
        progress: impl FnMut(RestoreStep, usize, usize),
    ) -> Result<PathBuf> {
        candidate.sound()?;
        let path = self.path.clone().ok_or(Error::InMemory)?;
        // rusqlite calls back through `Fn`.
        let progress = std::cell::RefCell::new(progress);
        let kept = migrate::numbered_copy(&path, "before-restore");
        (progress.borrow_mut())(RestoreStep::KeepCurrent, 0, 0);
        self.backup_to(&kept)?;
        (progress.borrow_mut())(RestoreStep::CopyIn, 0, 0);
        self.conn.restore(
            rusqlite::MAIN_DB,
            candidate.path(),
            Some(|p: rusqlite::backup::Progress| {
                let total = p.pagecount.max(0) as usize;
                let done = total.saturating_sub(p.remaining.max(0) as usize);
                (progress.borrow_mut())(RestoreStep::CopyIn, done, total);
            }),
        )?;
        migrate::migrate(&mut self.conn, Some(&path))?;
        Ok(kept)
    }
}
