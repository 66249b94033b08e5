//! The one SQLite file that holds everything. The only module that speaks SQL.
//!
//! Every public method that writes does so in one transaction: it either
//! happens entirely or not at all.

mod archive;
mod backup;
mod bulk;
mod chain;
mod commissions;
mod feedback;
mod indexed;
mod issue_order;
mod issues;
mod items;
mod migrate;
mod release;
#[cfg(test)]
mod release_tests;
mod rows;
mod search;
mod similar;
mod sketch;
mod snapshot;
mod stats;
mod undo;
mod units;
mod upper;
mod verify;
mod walk;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};

pub use crate::model::IssueField;
pub use archive::Restored;
pub use backup::{Inspection, RestoreStep, backup_file, inspect};
pub use chain::Taken;
pub use commissions::NewCommission;
pub use indexed::Added;
pub use items::{ItemQuery, Order, RowKey, Sort, StatusCounts};
pub use migrate::{APPLICATION_ID, MIGRATIONS};
pub use rows::{IssueSummary, ItemRow, issue_title};
pub use similar::Resolution;
pub use upper::{NewAdoption, NewInstruction};
pub use verify::VerifyStep;

/// How often the long reads and writes report progress, in items: often
/// enough to move a bar, rarely enough to cost nothing.
const PROGRESS_EVERY: usize = 500;

pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date. Opening does no work that grows with the store's size.
    pub fn open(path: &Path) -> Result<Store> {
        if path.is_file() && !writable(path) {
            return Store::open_read_only(path);
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| Error::io(path, std::io::Error::other(e)))?;
        Store::init(conn, Some(path.to_path_buf()))
    }

    /// A store on a read-only disk, or in a folder jianbao may not write:
    /// opened immutable, so that it can be read (and copied) though nothing
    /// can be written. It must already have the latest schema.
    fn open_read_only(path: &Path) -> Result<Store> {
        let uri = format!("file:{}?immutable=1", path.display());
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(uri, flags)
            .map_err(|e| Error::io(path, std::io::Error::other(e)))?;
        search::register(&conn)?;
        let app: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .map_err(|_| Error::NotAStore {
                path: path.to_path_buf(),
            })?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if app != migrate::APPLICATION_ID {
            return Err(Error::NotAStore {
                path: path.to_path_buf(),
            });
        }
        if version != migrate::latest() {
            return Err(Error::ReadOnlyOld {
                path: path.to_path_buf(),
            });
        }
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
        })
    }

    /// A store that lives in memory only: for tests and trials.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(Duration::from_secs(10))?;
        let not_a_store = |path: &Option<PathBuf>| Error::NotAStore {
            path: path.clone().unwrap_or_default(),
        };
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(|_| not_a_store(&path))?;
        search::register(&conn)?;
        // Migrate before switching to WAL: a new file is made in rollback-
        // journal mode, where every process takes the same file locks, so
        // two jianbao creating one store at once do it one after the other.
        // A file that is not SQLite fails on its first read, here.
        migrate::migrate(&mut conn, path.as_deref()).map_err(|e| match e {
            Error::Db(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::NotADatabase =>
            {
                not_a_store(&path)
            }
            e => e,
        })?;
        conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Runs `f` in one immediate transaction: all of it is written, or none.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// A number that changes whenever another connection (another jianbao
    /// process) commits to the store.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// Schema version of the open store.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// Whether jianbao may write the store at `path` and the files SQLite keeps
/// beside it (the journal, the WAL): the file opens for writing and a file
/// can be made in its folder.
fn writable(path: &Path) -> bool {
    if std::fs::OpenOptions::new().write(true).open(path).is_err() {
        return false;
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let probe = dir.join(format!(".jianbao-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        // Another jianbao of this process id cannot exist; a leftover
        // probe means the folder is writable.
        Err(e) => e.kind() == std::io::ErrorKind::AlreadyExists,
    }
}

#[cfg(test)]
mod chain_tests;
#[cfg(test)]
mod commission_tests;
#[cfg(test)]
mod issue_order_tests;
#[cfg(test)]
mod order_tests;
#[cfg(test)]
mod readback_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod upper_tests;
#[cfg(test)]
mod walk_tests;
