//! Undo history, kept in the store so that it survives a restart. Each step
//! holds the rows a change touched as they were before it.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::Store;
use super::items::{load_item, save_item};
use crate::error::{Error, Result};
use crate::model::{Item, ItemId, UnitList};

/// Steps kept; older ones are forgotten.
const KEEP: i64 = 500;

#[derive(Debug, Serialize, Deserialize)]
struct Snapshot {
    items: Vec<Item>,
    issues: Vec<IssueRows>,
    /// Issues the change created: undoing it deletes them.
    #[serde(default)]
    created: Vec<i64>,
    /// Items the change added (an import): undoing it deletes them.
    #[serde(default)]
    added: Vec<i64>,
    /// The unit list before a change to it.
    #[serde(default)]
    units: Option<UnitList>,
    /// One command written in several transactions (an import of many
    /// files, each its own) is one step: its records share this mark.
    #[serde(default)]
    batch: Option<String>,
    /// The step finalised an issue: undoing it asks first.
    #[serde(default)]
    finalised: bool,
}

/// What a change touched, to record before it is made.
#[derive(Default)]
pub(super) struct Touched<'a> {
    pub items: &'a [ItemId],
    pub issues: &'a [i64],
    pub created: &'a [i64],
    pub added: &'a [i64],
    pub units: Option<UnitList>,
    pub batch: Option<&'a str>,
    pub finalised: bool,
}

/// An issue's own rows: masthead, placement of items, footer, editors.
#[derive(Debug, Serialize, Deserialize)]
struct IssueRows {
    id: i64,
    series: String,
    year: i64,
    number: i64,
    supplement: bool,
    total_number: Option<i64>,
    date: Option<String>,
    publisher: String,
    print_run: Option<i64>,
    state: String,
    members: Vec<(i64, String, i64)>,
    footer: Vec<(String, String)>,
    editors: Vec<String>,
}

fn capture_issue(conn: &Connection, id: i64) -> Result<Option<IssueRows>> {
    let head = conn
        .prepare_cached(
            "SELECT series, year, number, supplement, total_number, date, publisher, print_run, state
             FROM issues WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(IssueRows {
                id,
                series: r.get(0)?,
                year: r.get(1)?,
                number: r.get(2)?,
                supplement: r.get(3)?,
                total_number: r.get(4)?,
                date: r.get(5)?,
                publisher: r.get(6)?,
                print_run: r.get(7)?,
                state: r.get(8)?,
                members: Vec::new(),
                footer: Vec::new(),
                editors: Vec::new(),
            })
        })
        .optional()?;
    let Some(mut rows) = head else {
        return Ok(None);
    };
    let mut stmt = conn
        .prepare_cached("SELECT item_id, section, position FROM issue_items WHERE issue_id = ?1")?;
    rows.members = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT label, text FROM issue_footer WHERE issue_id = ?1 ORDER BY position",
    )?;
    rows.footer = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn
        .prepare_cached("SELECT name FROM issue_editors WHERE issue_id = ?1 ORDER BY position")?;
    rows.editors = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(rows))
}

/// Records the state of `items` and `issues` before a change labelled `label`.
pub(super) fn record(
    conn: &Connection,
    label: &str,
    items: &[ItemId],
    issues: &[i64],
) -> Result<()> {
    record_with(conn, label, items, issues, &[])
}

/// As [`record`], for a change that creates the issues in `created`.
pub(super) fn record_with(
    conn: &Connection,
    label: &str,
    items: &[ItemId],
    issues: &[i64],
    created: &[i64],
) -> Result<()> {
    record_touched(
        conn,
        label,
        Touched {
            items,
            issues,
            created,
            ..Touched::default()
        },
    )
}

/// Records everything a change touches, as it was before it.
pub(super) fn record_touched(conn: &Connection, label: &str, t: Touched) -> Result<()> {
    let mut snapshot = Snapshot {
        items: Vec::new(),
        issues: Vec::new(),
        created: t.created.to_vec(),
        added: t.added.to_vec(),
        units: t.units,
        batch: t.batch.map(String::from),
        finalised: t.finalised,
    };
    for &id in t.items {
        snapshot.items.push(load_item(conn, id)?);
    }
    let mut seen = std::collections::HashSet::new();
    for &id in t.issues {
        if seen.insert(id)
            && let Some(rows) = capture_issue(conn, id)?
        {
            snapshot.issues.push(rows);
        }
    }
    let json = serde_json::to_string(&snapshot)
        .map_err(|e| crate::error::Error::Invalid(e.to_string()))?;
    conn.prepare_cached("INSERT INTO undo_log (label, snapshot) VALUES (?1, ?2)")?
        .execute(params![label, json])?;
    conn.prepare_cached("DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?1")?
        .execute([KEEP])?;
    Ok(())
}

/// Adds to the step just recorded the issues and items its change went on
/// to create, once their ids are known.
pub(super) fn amend_last(conn: &Connection, created: &[i64], added: &[i64]) -> Result<()> {
    let (id, json): (i64, String) = conn.query_row(
        "SELECT id, snapshot FROM undo_log ORDER BY id DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut snapshot: Snapshot =
        serde_json::from_str(&json).map_err(|e| Error::Invalid(e.to_string()))?;
    snapshot.created.extend_from_slice(created);
    snapshot.added.extend_from_slice(added);
    let json = serde_json::to_string(&snapshot).map_err(|e| Error::Invalid(e.to_string()))?;
    conn.execute(
        "UPDATE undo_log SET snapshot = ?2 WHERE id = ?1",
        params![id, json],
    )?;
    Ok(())
}

/// Puts an issue's rows back, making the issue again if it was deleted.
fn restore_issue(conn: &Connection, rows: &IssueRows) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO issues (id, series, year, number, supplement, total_number, date, publisher, print_run, state)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (id) DO UPDATE SET series = ?2, year = ?3, number = ?4, supplement = ?5, total_number = ?6,
         date = ?7, publisher = ?8, print_run = ?9, state = ?10",
    )?
    .execute(params![
        rows.id,
        rows.series,
        rows.year,
        rows.number,
        rows.supplement,
        rows.total_number,
        rows.date,
        rows.publisher,
        rows.print_run,
        rows.state
    ])?;
    for table in ["issue_footer", "issue_editors"] {
        conn.execute(
            &format!("DELETE FROM {table} WHERE issue_id = ?1"),
            [rows.id],
        )?;
    }
    for (i, (label, text)) in rows.footer.iter().enumerate() {
        conn.execute(
            "INSERT INTO issue_footer (issue_id, position, label, text) VALUES (?1, ?2, ?3, ?4)",
            params![rows.id, i as i64, label, text],
        )?;
    }
    for (i, name) in rows.editors.iter().enumerate() {
        conn.execute(
            "INSERT INTO issue_editors (issue_id, position, name) VALUES (?1, ?2, ?3)",
            params![rows.id, i as i64, name],
        )?;
    }
    Ok(())
}

impl Store {
    /// The label of the step `undo` would take back, if any.
    pub fn undo_label(&self) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT label FROM undo_log ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Whether the step `undo` would take back finalised an issue, which
    /// the editor is asked about first, as finalising is.
    pub fn undo_unfinalises(&self) -> Result<bool> {
        Ok(self
            .top_steps()?
            .first()
            .is_some_and(|(_, _, s)| s.finalised))
    }

    /// Takes back the last recorded change (all of it, when one command
    /// wrote it in several transactions); returns its label, or `None` when
    /// there is nothing to undo. A step that can no longer be applied is
    /// taken off the history with an error saying why, so that older steps
    /// can still be undone.
    pub fn undo(&mut self) -> Result<Option<String>> {
        let steps = self.top_steps()?;
        let Some(label) = steps.first().map(|(_, label, _)| label.clone()) else {
            return Ok(None);
        };
        let applied = self.write(|tx| {
            for (id, _, snapshot) in &steps {
                apply(tx, snapshot)?;
                tx.execute("DELETE FROM undo_log WHERE id = ?1", [id])?;
            }
            Ok(())
        });
        match applied {
            Ok(()) => Ok(Some(label)),
            Err(e) => {
                self.write(|tx| {
                    for (id, _, _) in &steps {
                        tx.execute("DELETE FROM undo_log WHERE id = ?1", [id])?;
                    }
                    Ok(())
                })?;
                Err(Error::Invalid(crate::i18n::tf(
                    crate::i18n::Key::ErrUndoFailed,
                    &[&label, &e],
                )))
            }
        }
    }

    /// The newest step, and the steps before it of the same batch, newest
    /// first.
    fn top_steps(&self) -> Result<Vec<(i64, String, Snapshot)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, label, snapshot FROM undo_log ORDER BY id DESC")?;
        let mut rows = stmt.query([])?;
        let mut out: Vec<(i64, String, Snapshot)> = Vec::new();
        while let Some(r) = rows.next()? {
            let (id, label, json): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let snapshot: Snapshot =
                serde_json::from_str(&json).map_err(|e| Error::Invalid(e.to_string()))?;
            let same_batch = match out.first() {
                None => true,
                Some((_, _, first)) => first.batch.is_some() && first.batch == snapshot.batch,
            };
            if !same_batch {
                break;
            }
            let batch = snapshot.batch.is_some();
            out.push((id, label, snapshot));
            if !batch {
                break;
            }
        }
        Ok(out)
    }
}

/// Puts back what one step recorded.
fn apply(tx: &Connection, snapshot: &Snapshot) -> Result<()> {
    // Placements first: an item may move between issues.
    for rows in &snapshot.issues {
        tx.execute("DELETE FROM issue_items WHERE issue_id = ?1", [rows.id])?;
    }
    for item in &snapshot.items {
        if let Some(id) = item.id {
            tx.execute("DELETE FROM issue_items WHERE item_id = ?1", [id.0])?;
        }
    }
    for &issue in &snapshot.created {
        tx.execute("DELETE FROM issue_items WHERE issue_id = ?1", [issue])?;
        tx.execute("DELETE FROM issues WHERE id = ?1", [issue])?;
    }
    for rows in &snapshot.issues {
        restore_issue(tx, rows)?;
    }
    for rows in &snapshot.issues {
        for (item, section, position) in &rows.members {
            tx.execute(
                "INSERT INTO issue_items (issue_id, item_id, section, position) VALUES (?1, ?2, ?3, ?4)",
                params![rows.id, item, section, position],
            )?;
        }
    }
    for item in &snapshot.items {
        save_item(tx, item)?;
    }
    for &id in &snapshot.added {
        super::items::delete_item(tx, ItemId(id))?;
    }
    if let Some(units) = &snapshot.units {
        tx.execute("DELETE FROM unit_aliases", [])?;
        tx.execute("DELETE FROM units", [])?;
        super::units::insert_units(tx, units)?;
    }
    Ok(())
}
