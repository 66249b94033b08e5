//! Checking a store: the file's integrity, the links between its tables,
//! each item whole, each issue's order without holes, and the search index
//! in step with the items.

use rusqlite::Connection;

use super::Store;
use super::rows::{ITEM_COLUMNS, fingerprint, item_from_row, kind};
use crate::error::Result;
use crate::i18n::{Key, tf};

/// What `PRAGMA integrity_check` reports, without its "ok".
pub(super) fn integrity(conn: &Connection) -> Result<Vec<String>> {
    damage(conn, "integrity_check")
}

/// What `PRAGMA {check}` (integrity_check or quick_check) finds wrong.
/// Damage the check cannot even read past (a page of the schema, say)
/// comes back from SQLite as an error: that is damage too, not a failure
/// of the command.
pub(super) fn damage(conn: &Connection, check: &str) -> Result<Vec<String>> {
    let rows = conn
        .prepare(&format!("PRAGMA {check}"))
        .and_then(|mut stmt| {
            stmt.query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()
        });
    match rows {
        Ok(rows) => Ok(rows.into_iter().filter(|r| r != "ok").collect()),
        Err(e) if crate::error::is_damage(&e) => Ok(vec![e.to_string()]),
        Err(e) => Err(e.into()),
    }
}

/// The steps of [`Store::verify`], in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerifyStep {
    /// SQLite's own check of the file.
    Integrity,
    /// Rows pointing at rows that are not there, and holes in issue order.
    Links,
    /// Each item whole, and found in the search index.
    Items,
    /// The search index holding exactly the items.
    Index,
}

impl Store {
    /// Everything wrong with the store, one line each; empty when sound.
    /// `progress` hears each step as it starts, with (0, 0), and the item
    /// step's (done, total) as it goes.
    pub fn verify(
        &self,
        mut progress: impl FnMut(VerifyStep, usize, usize),
    ) -> Result<Vec<String>> {
        let conn = &self.conn;
        progress(VerifyStep::Integrity, 0, 0);
        let mut problems = integrity(conn)?;
        if !problems.is_empty() {
            // The rest reads through damaged pages; stop at what is known.
            return Ok(problems);
        }
        progress(VerifyStep::Links, 0, 0);
        let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (table, rowid) = row?;
            problems.push(tf(Key::VerifyDangling, &[&table, &rowid]));
        }
        // Positions in each section run 0, 1, 2 … without a gap.
        let mut stmt = conn.prepare(
            "SELECT issue_id, section, count(*), min(position), max(position) FROM issue_items
             GROUP BY issue_id, section HAVING min(position) <> 0 OR max(position) <> count(*) - 1",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (issue, section) = row?;
            let section = kind("issue_items", "section", &section)?.label();
            problems.push(tf(Key::VerifyOrderHole, &[&issue, &section]));
        }
        // The queue's counts (kept by triggers) agree with the items.
        let mut stmt = conn.prepare(
            "SELECT c.status, c.n, (SELECT count(*) FROM items WHERE items.status = c.status)
             FROM item_counts AS c",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (status, kept, counted) = row?;
            if kept != counted {
                let status = super::rows::status("item_counts", "status", &status)?;
                problems.push(tf(Key::VerifyCounts, &[&status.label(), &kept, &counted]));
            }
        }
        progress(VerifyStep::Items, 0, 0);
        let total: i64 = conn.query_row("SELECT count(*) FROM items", [], |r| r.get(0))?;
        let total = total as usize;
        let mut stmt = conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS}, fingerprint, chars FROM items"
        ))?;
        let mut index = conn.prepare(
            "SELECT count(*) FROM item_search WHERE item_search MATCH ?1 AND rowid = ?2",
        )?;
        let mut rows = stmt.query([])?;
        let mut items = 0usize;
        while let Some(row) = rows.next()? {
            if items % super::PROGRESS_EVERY == 0 {
                progress(VerifyStep::Items, items, total);
            }
            items += 1;
            let item = item_from_row(row)?;
            let id = item.id.unwrap_or(crate::model::ItemId(0));
            let after_item = ITEM_COLUMNS.split(',').count();
            let stored_print: String = row.get(after_item)?;
            let stored_chars: i64 = row.get(after_item + 1)?;
            if item.body.iter().all(|p| p.trim().is_empty()) {
                problems.push(tf(Key::VerifyNoBody, &[&id]));
            }
            if stored_print != fingerprint(&item.fingerprint_text())
                || stored_chars != item.chars() as i64
            {
                problems.push(tf(Key::VerifyStale, &[&id]));
            }
            // The item is found by the first term of its headline (or of its
            // text, without one): the index holds this item's text.
            let lead = if item.headline.is_empty() {
                item.body.first().map_or("", String::as_str)
            } else {
                item.headline.as_str()
            };
            let terms = crate::search::index_terms([lead]);
            if let Some(term) = terms.split_whitespace().next() {
                let query = format!("\"{}\"", term.replace('"', "\"\""));
                let found: i64 = index.query_row(rusqlite::params![query, id], |r| r.get(0))?;
                if found == 0 {
                    problems.push(tf(Key::VerifyUnindexed, &[&id]));
                }
            }
        }
        progress(VerifyStep::Index, 0, 0);
        // Every item has an entry and every entry an item.
        let indexed: i64 = conn.query_row("SELECT count(*) FROM item_search", [], |r| r.get(0))?;
        let orphans: i64 = conn.query_row(
            "SELECT count(*) FROM item_search WHERE rowid NOT IN (SELECT id FROM items)",
            [],
            |r| r.get(0),
        )?;
        if indexed != items as i64 || orphans > 0 {
            problems.push(tf(Key::VerifyIndexCount, &[&indexed, &items]));
        }
        Ok(problems)
    }
}
