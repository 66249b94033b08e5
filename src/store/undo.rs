//! Undo history, kept in the store so that it survives a restart. Each step
//! holds the rows a change touched as they were before it, and puts them
//! back with the same functions that load and save them.

use rusqlite::{Connection, OptionalExtension, params};

use super::indexed::{delete_item, save_item};
use super::snapshot::{self, IssueRows, Step};
use super::{Store, rows};
use crate::error::{Error, Result};
use crate::model::{AdoptionId, CommissionId, InstructionId, IssueId, ItemId, UnitList};

/// Steps kept; older ones are forgotten.
const KEEP: i64 = 500;

/// What a change touched, to record before it is made.
#[derive(Default)]
pub(super) struct Touched<'a> {
    pub items: &'a [ItemId],
    pub issues: &'a [IssueId],
    pub created: &'a [IssueId],
    pub added: &'a [ItemId],
    pub units: Option<UnitList>,
    pub batch: Option<&'a str>,
    pub finalised: bool,
    pub commissions: &'a [CommissionId],
    pub commissions_added: &'a [CommissionId],
    pub adoptions_added: &'a [AdoptionId],
    pub instructions: &'a [InstructionId],
    pub instructions_added: &'a [InstructionId],
}

fn capture_issue(conn: &Connection, id: IssueId) -> Result<Option<IssueRows>> {
    let Some(masthead) = rows::load_masthead(conn, id)? else {
        return Ok(None);
    };
    Ok(Some(IssueRows {
        masthead,
        members: rows::all_members(conn, id)?,
        notes_recorded: true,
        release_recorded: true,
    }))
}

/// Records the state of `items` and `issues` before a change labelled `label`.
pub(super) fn record(
    conn: &Connection,
    label: &str,
    items: &[ItemId],
    issues: &[IssueId],
) -> Result<()> {
    record_touched(
        conn,
        label,
        Touched {
            items,
            issues,
            ..Touched::default()
        },
    )
}

/// Records everything a change touches, as it was before it.
pub(super) fn record_touched(conn: &Connection, label: &str, t: Touched) -> Result<()> {
    let mut step = Step {
        created: t.created.to_vec(),
        added: t.added.to_vec(),
        units: t.units,
        batch: t.batch.map(String::from),
        finalised: t.finalised,
        commissions_added: t.commissions_added.to_vec(),
        adoptions_added: t.adoptions_added.to_vec(),
        instructions_added: t.instructions_added.to_vec(),
        ..Step::default()
    };
    for &id in t.instructions {
        if let Some(i) = rows::load_instruction(conn, id)? {
            step.instructions.push(i);
        }
    }
    for &id in t.commissions {
        if let Some(c) = rows::load_commission(conn, id)? {
            step.commissions.push(c);
        }
    }
    for &id in t.items {
        step.items.push(rows::load_item(conn, id)?);
    }
    let mut seen = std::collections::HashSet::new();
    for &id in t.issues {
        if seen.insert(id)
            && let Some(rows) = capture_issue(conn, id)?
        {
            step.issues.push(rows);
        }
    }
    conn.prepare_cached("INSERT INTO undo_log (label, snapshot) VALUES (?1, ?2)")?
        .execute(params![label, snapshot::encode(&step)?])?;
    conn.prepare_cached("DELETE FROM undo_log WHERE id <= (SELECT max(id) FROM undo_log) - ?1")?
        .execute([KEEP])?;
    Ok(())
}

/// Adds to the step just recorded the issues and items its change went on
/// to create, once their ids are known.
pub(super) fn amend_last(conn: &Connection, created: &[IssueId], added: &[ItemId]) -> Result<()> {
    let (id, json): (i64, String) = conn.query_row(
        "SELECT id, snapshot FROM undo_log ORDER BY id DESC LIMIT 1",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut step = snapshot::decode(&json)?;
    step.created.extend_from_slice(created);
    step.added.extend_from_slice(added);
    conn.execute(
        "UPDATE undo_log SET snapshot = ?2 WHERE id = ?1",
        params![id, snapshot::encode(&step)?],
    )?;
    Ok(())
}

/// Puts an issue's masthead, footer and editors back, making the issue
/// again if it was deleted.
fn restore_issue(conn: &Connection, rows: &IssueRows) -> Result<()> {
    let mut masthead = rows.masthead.clone();
    let Some(id) = masthead.id else {
        return Ok(());
    };
    if let Some(now) = rows::load_masthead(conn, id)? {
        if !rows.notes_recorded {
            masthead.marking = now.marking;
            masthead.editor_note = now.editor_note;
        }
        if rows.release_recorded {
            // Forced exports are an audit trail: undoing the step before
            // one does not take it back.
            masthead.release.forced = now.release.forced;
        } else {
            masthead.release = now.release;
        }
    }
    rows::save_masthead(conn, &masthead, id)
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

    /// The items the step `undo` would take back touched, in the order it
    /// recorded them, so that the caller can select what comes back.
    pub fn undo_items(&self) -> Result<Vec<ItemId>> {
        Ok(self
            .top_steps()?
            .iter()
            .flat_map(|(_, _, s)| s.items.iter().filter_map(|i| i.id))
            .collect())
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
            for (id, _, step) in &steps {
                apply(tx, step)?;
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
                Err(Error::UndoFailed {
                    label,
                    cause: Box::new(e),
                })
            }
        }
    }

    /// The newest step, and the steps before it of the same batch, newest
    /// first.
    fn top_steps(&self) -> Result<Vec<(i64, String, Step)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, label, snapshot FROM undo_log ORDER BY id DESC")?;
        let mut rows = stmt.query([])?;
        let mut out: Vec<(i64, String, Step)> = Vec::new();
        while let Some(r) = rows.next()? {
            let (id, label, json): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let step = snapshot::decode(&json)?;
            let same_batch = match out.first() {
                None => true,
                Some((_, _, first)) => first.batch.is_some() && first.batch == step.batch,
            };
            if !same_batch {
                break;
            }
            let batch = step.batch.is_some();
            out.push((id, label, step));
            if !batch {
                break;
            }
        }
        Ok(out)
    }
}

/// Puts back what one step recorded.
fn apply(tx: &Connection, step: &Step) -> Result<()> {
    // Placements first: an item may move between issues.
    for issue in &step.issues {
        if let Some(id) = issue.masthead.id {
            rows::clear_issue(tx, id)?;
        }
    }
    for item in &step.items {
        if let Some(id) = item.id {
            rows::clear_item(tx, id)?;
        }
    }
    for &issue in &step.created {
        rows::clear_issue(tx, issue)?;
        rows::delete_issue(tx, issue)?;
    }
    for issue in &step.issues {
        restore_issue(tx, issue)?;
    }
    for issue in &step.issues {
        if let Some(id) = issue.masthead.id {
            for &member in &issue.members {
                rows::put_member(tx, id, member)?;
            }
        }
    }
    for item in &step.items {
        save_item(tx, item)?;
    }
    // An item goes with what the upper levels did with it; that is
    // recorded after its import, so undone first, unless its step was
    // lost. Refused then rather than deleted unseen.
    for &id in &step.added {
        if rows::has_upper(tx, id)? {
            return Err(Error::ItemHasUpper(id));
        }
        delete_item(tx, id)?;
    }
    if let Some(units) = &step.units {
        rows::clear_units(tx)?;
        rows::insert_units(tx, units)?;
    }
    for c in &step.commissions {
        rows::put_commission(tx, c)?;
    }
    for &id in &step.commissions_added {
        rows::delete_commission(tx, id)?;
    }
    for &id in &step.adoptions_added {
        rows::delete_adoption(tx, id)?;
    }
    for i in &step.instructions {
        rows::put_instruction(tx, i)?;
    }
    for &id in &step.instructions_added {
        rows::delete_instruction(tx, id)?;
    }
    Ok(())
}
