//! The schema and its migrations, versioned by `PRAGMA user_version`.
//!
//! Rule: never edit, reorder or remove a migration that has shipped; add a
//! new one at the end. A store is copied aside before it is migrated.

use std::path::Path;

use rusqlite::Connection;

use crate::error::{Error, Result};

/// 'JBAO': marks a SQLite file as a jianbao store.
pub const APPLICATION_ID: i64 = 0x4A42_414F;

/// One step of the schema: SQL, then optionally Rust that fills new
/// columns from the old data, in the same transaction.
pub struct Migration {
    pub sql: &'static str,
    pub then: Option<fn(&Connection) -> Result<()>>,
}

pub const MIGRATIONS: &[Migration] = &[
    // 1: items, units, issues, undo history, search index.
    Migration {
        sql: r#"
    CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );
    CREATE TABLE unit_aliases (
        alias TEXT PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE
    );
    CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        headline TEXT NOT NULL,
        -- paragraphs, one per line
        body TEXT NOT NULL,
        -- unit names, one per line, in print order
        sources TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('article', 'brief')),
        status TEXT NOT NULL CHECK (status IN ('new', 'accepted', 'held', 'rejected', 'published')),
        received TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        reject_reason TEXT NOT NULL DEFAULT '',
        original TEXT NOT NULL DEFAULT '',
        -- FNV-1a of headline and body without white space: finds resubmissions
        fingerprint TEXT NOT NULL,
        chars INTEGER NOT NULL,
        origin TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
    );
    CREATE INDEX items_by_status ON items (status, id);
    CREATE INDEX items_by_fingerprint ON items (fingerprint);
    CREATE TABLE issues (
        id INTEGER PRIMARY KEY,
        series TEXT NOT NULL,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL CHECK (number > 0),
        supplement INTEGER NOT NULL DEFAULT 0 CHECK (supplement IN (0, 1)),
        total_number INTEGER,
        date TEXT,
        publisher TEXT NOT NULL DEFAULT '',
        print_run INTEGER,
        state TEXT NOT NULL CHECK (state IN ('draft', 'final')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        UNIQUE (series, year, supplement, number)
    );
    CREATE TABLE issue_items (
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        item_id INTEGER NOT NULL UNIQUE REFERENCES items(id),
        section TEXT NOT NULL CHECK (section IN ('article', 'brief')),
        position INTEGER NOT NULL,
        PRIMARY KEY (issue_id, section, position)
    ) WITHOUT ROWID;
    CREATE TABLE issue_footer (
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (issue_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE issue_editors (
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (issue_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE undo_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
        label TEXT NOT NULL,
        -- JSON: the rows as they were before the change
        snapshot TEXT NOT NULL
    );
    -- Terms come from search::index_terms; rowid is the item id.
    CREATE VIRTUAL TABLE item_search USING fts5(
        terms, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
    );
    "#,
        then: None,
    },
    // 2: near-duplicates: each item's MinHash signature, its band keys for
    // finding candidates, and the earlier item it resembles.
    Migration {
        sql: r#"
    ALTER TABLE items ADD COLUMN sketch BLOB;
    ALTER TABLE items ADD COLUMN similar_to INTEGER REFERENCES items(id) ON DELETE SET NULL;
    CREATE TABLE item_bands (
        key INTEGER NOT NULL,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        PRIMARY KEY (key, item_id)
    ) WITHOUT ROWID;
    "#,
        then: Some(super::sketch::backfill),
    },
    // 3: what a submission says besides its text (contributors as JSON,
    // whether the unit was inferred), and what an issue prints besides its
    // items (marking, 编者按, each item's 栏目 heading).
    Migration {
        sql: r#"
    ALTER TABLE items ADD COLUMN contributors TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN source_inferred INTEGER NOT NULL DEFAULT 0 CHECK (source_inferred IN (0, 1));
    ALTER TABLE items ADD COLUMN editor_note TEXT NOT NULL DEFAULT '';
    ALTER TABLE items ADD COLUMN column_heading TEXT NOT NULL DEFAULT '';
    ALTER TABLE issues ADD COLUMN marking TEXT NOT NULL DEFAULT '';
    ALTER TABLE issues ADD COLUMN editor_note TEXT NOT NULL DEFAULT '';
    "#,
        then: None,
    },
    // 4: the queue sorted by the date received pages through an index.
    Migration {
        sql: r#"
    CREATE INDEX items_by_received ON items (received, id);
    CREATE INDEX items_by_status_received ON items (status, received, id);
    "#,
        then: None,
    },
    // 5: 约稿, commissions: what the editor asked a unit for, by when, and
    // the item that answered. The answer has no foreign key: which item
    // answered stays on record even if that item is later dropped.
    Migration {
        sql: r#"
    CREATE TABLE commissions (
        id INTEGER PRIMARY KEY,
        -- as the editor typed it; matched through the unit list's aliases
        unit TEXT NOT NULL,
        topic TEXT NOT NULL,
        due TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('open', 'answered', 'cancelled')),
        item_id INTEGER,
        answered_on TEXT,
        CHECK ((state = 'answered') = (item_id IS NOT NULL AND answered_on IS NOT NULL))
    );
    CREATE INDEX commissions_by_due ON commissions (due, id);
    "#,
        then: None,
    },
    // 6: what the upper levels did with an item: 上级采用 and 领导批示. Both
    // belong to their item and go with it (the one way an item goes is the
    // undo of its import, which refuses while they exist). An adoption's
    // issue is '' when not known, so that the unique index also catches
    // the same adoption recorded twice without one; `source` says whether
    // it was typed in or read from a receipt.
    Migration {
        sql: r#"
    CREATE TABLE adoptions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('city', 'province', 'national')),
        outlet TEXT NOT NULL,
        issue TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('hand', 'receipt'))
    );
    CREATE UNIQUE INDEX adoptions_once ON adoptions (item_id, level, outlet, issue);
    CREATE INDEX adoptions_by_date ON adoptions (date, id);
    CREATE TABLE instructions (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        leader TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('district', 'city', 'province', 'national')),
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        done_on TEXT,
        done_note TEXT,
        CHECK ((done_on IS NULL) = (done_note IS NULL))
    );
    CREATE INDEX instructions_by_item ON instructions (item_id, id);
    CREATE INDEX instructions_by_date ON instructions (date, id);
    "#,
        then: None,
    },
    // 7: the queue's counts by status, kept by triggers: counting the
    // status index on each frame took 30 ms at 100,000 items and 130 ms at
    // 1,000,000. Every status has its row, so a trigger only adds. The
    // issues get an index in the order the workstation lists them, so
    // that opening the newest draft and stepping to a neighbour read one
    // row each.
    Migration {
        sql: r#"
    CREATE TABLE item_counts (
        status TEXT PRIMARY KEY,
        n INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO item_counts (status, n)
        SELECT s.status, (SELECT count(*) FROM items WHERE items.status = s.status)
        FROM (SELECT 'new' AS status UNION ALL SELECT 'accepted' UNION ALL SELECT 'held'
              UNION ALL SELECT 'rejected' UNION ALL SELECT 'published') AS s;
    CREATE TRIGGER items_counted_in AFTER INSERT ON items BEGIN
        UPDATE item_counts SET n = n + 1 WHERE status = new.status;
    END;
    CREATE TRIGGER items_counted_out AFTER DELETE ON items BEGIN
        UPDATE item_counts SET n = n - 1 WHERE status = old.status;
    END;
    CREATE TRIGGER items_counted_moved AFTER UPDATE OF status ON items
        WHEN old.status <> new.status BEGIN
        UPDATE item_counts SET n = n - 1 WHERE status = old.status;
        UPDATE item_counts SET n = n + 1 WHERE status = new.status;
    END;
    CREATE INDEX issues_listed ON issues (year DESC, supplement, number DESC, id DESC);
    "#,
        then: None,
    },
    // 8: desks in a chain. `forwards`: each time an item went up (上报),
    // to which office and when. `forwarded_in`: an item that arrived in
    // another desk's bundle — the office that sent it, the item's id there
    // and the units that wrote it (the item's own sources name the sending
    // office, its 报送单位); one office's item arrives once.
    Migration {
        sql: r#"
    CREATE TABLE forwards (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        recipient TEXT NOT NULL,
        date TEXT NOT NULL
    );
    CREATE INDEX forwards_by_item ON forwards (item_id, id);
    CREATE TABLE forwarded_in (
        item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        office TEXT NOT NULL,
        original_id INTEGER NOT NULL,
        -- unit names, one per line, in print order
        original_units TEXT NOT NULL,
        UNIQUE (office, original_id)
    );
    "#,
        then: None,
    },
    // 9: units as a table (issue 14 §6): each unit's category, its 信息员
    // and phone, its 分管领导 and its quota of items per quarter. All
    // optional, so a list without them loads as before.
    Migration {
        sql: r#"
    ALTER TABLE units ADD COLUMN category TEXT;
    ALTER TABLE units ADD COLUMN contact TEXT;
    ALTER TABLE units ADD COLUMN phone TEXT;
    ALTER TABLE units ADD COLUMN leader TEXT;
    ALTER TABLE units ADD COLUMN quota INTEGER CHECK (quota >= 0);
    "#,
        then: None,
    },
    // 10: why the editor changed an item's text (改稿理由, from the office's
    // reason list), for the feedback sheet sent to its unit. Numbered 10
    // because 8 and 9 are being written on other branches at the same time:
    // when merged, this step stays last.
    Migration {
        sql: "ALTER TABLE items ADD COLUMN edit_reason TEXT NOT NULL DEFAULT '';",
        then: None,
    },
    // 11: an issue's 印发 record (密级, 份号, 审核签发, 保密审查, 分送范围) as
    // one JSON document: it is read and written whole with its issue, as
    // its 审签单 is, and never searched by its parts.
    Migration {
        sql: "ALTER TABLE issues ADD COLUMN release TEXT NOT NULL DEFAULT '{}';",
        then: None,
    },
    // 12: the 保密审查 of an item before it went up: who read it. Forwards
    // recorded before keep an empty name.
    Migration {
        sql: "ALTER TABLE forwards ADD COLUMN reviewer TEXT NOT NULL DEFAULT '';",
        then: None,
    },
];

pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// Brings the store at `path` up to the latest schema, copying it aside
/// first when it already holds data.
pub fn migrate(conn: &mut Connection, path: Option<&Path>) -> Result<()> {
    // One read transaction, so that the three agree even while another
    // jianbao is creating or migrating the store.
    let read = conn.transaction()?;
    let version: i64 = read.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let app: i64 = read.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let tables: i64 = read.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    read.finish()?;
    let display = || path.map(Path::to_path_buf).unwrap_or_default();
    if (app != 0 && app != APPLICATION_ID) || (app == 0 && tables > 0) {
        return Err(Error::NotAStore { path: display() });
    }
    if version > latest() {
        return Err(Error::StoreTooNew {
            path: display(),
            found: version,
            supported: latest(),
        });
    }
    if version == latest() {
        return Ok(());
    }
    // One jianbao at a time copies and migrates: the others wait for it and
    // then find the store migrated, so exactly one copy of the old file is
    // kept, made before anything changed.
    let _lock = match path {
        Some(path) if version > 0 => Some(MigrationLock::take(path)?),
        _ => None,
    };
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version >= latest() {
        return Ok(());
    }
    if version > 0
        && let Some(path) = path
    {
        let copy = numbered_copy(path, &format!("v{version}"));
        crate::atomic::replace(&copy, |tmp| {
            conn.execute("VACUUM INTO ?1", [tmp.to_string_lossy()])?;
            Ok(())
        })?;
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Another jianbao may have migrated while this one waited for the lock.
    let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version >= latest() {
        return Ok(());
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(step.sql)?;
        if let Some(then) = step.then {
            then(&tx)?;
        }
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.commit()?;
    Ok(())
}

/// `jianbao.db.migrating`, made with create-new and holding the owner's
/// process id: held while one jianbao copies and migrates the store. One
/// left by a jianbao that was killed (its process gone) is taken over.
struct MigrationLock(std::path::PathBuf);

impl MigrationLock {
    fn take(store: &Path) -> Result<MigrationLock> {
        let lock = std::path::PathBuf::from(format!("{}.migrating", store.display()));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        loop {
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock)
            {
                Ok(mut file) => {
                    use std::io::Write;
                    let _ = write!(file, "{}", std::process::id());
                    return Ok(MigrationLock(lock));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let owner = std::fs::read_to_string(&lock).unwrap_or_default();
                    let gone = owner.trim().parse::<u32>().is_ok_and(|pid| {
                        Path::new("/proc/self").exists()
                            && !Path::new(&format!("/proc/{pid}")).exists()
                    });
                    if gone || std::time::Instant::now() > deadline {
                        let _ = std::fs::remove_file(&lock);
                        continue;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(e) => return Err(Error::io(&lock, e)),
            }
        }
    }
}

impl Drop for MigrationLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A name beside `path` for a copy: jianbao.db → jianbao.db.v1.bak, or
/// jianbao.db.v1.2.bak if that exists.
pub(super) fn numbered_copy(path: &Path, tag: &str) -> std::path::PathBuf {
    let base = format!("{}.{tag}", path.display());
    let mut candidate = std::path::PathBuf::from(format!("{base}.bak"));
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = format!("{base}.{n}.bak").into();
    }
    candidate
}
