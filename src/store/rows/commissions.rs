//! Rows of `commissions`.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{corrupt, day};
use crate::error::Result;
use crate::model::{Commission, CommissionId, CommissionState, ItemId};

const TABLE: &str = "commissions";

const COLUMNS: &str = "id, unit, topic, due, note, created, state, item_id, answered_on";

/// A state as stored, with the answer's columns; anything else is damage.
pub(in crate::store) fn commission_state(
    table: &'static str,
    column: &'static str,
    state: &str,
    item: Option<i64>,
    on: Option<&str>,
) -> Result<CommissionState> {
    match (state, item, on) {
        ("open", None, None) => Ok(CommissionState::Open),
        ("cancelled", None, None) => Ok(CommissionState::Cancelled),
        ("answered", Some(item), Some(on)) => Ok(CommissionState::Answered {
            item: ItemId(item),
            on: day(table, column, on)?,
        }),
        _ => Err(corrupt(table, column, state)),
    }
}

fn from_row(r: &Row) -> Result<Commission> {
    let text = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let answered_on: Option<String> = r.get(8)?;
    Ok(Commission {
        id: r.get(0)?,
        unit: text(1)?,
        topic: text(2)?,
        due: day(TABLE, "due", &text(3)?)?,
        note: text(4)?,
        created: day(TABLE, "created", &text(5)?)?,
        state: commission_state(TABLE, "state", &text(6)?, r.get(7)?, answered_on.as_deref())?,
    })
}

pub(in crate::store) fn load_commission(
    conn: &Connection,
    id: CommissionId,
) -> Result<Option<Commission>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM commissions WHERE id = ?1"))?
        .query_row([id], |r| Ok(from_row(r)))
        .optional()?
        .transpose()
}

/// Commissions by due date (then as they were made), all or the open ones.
pub(in crate::store) fn list_commissions(
    conn: &Connection,
    open_only: bool,
) -> Result<Vec<Commission>> {
    let filter = if open_only {
        "WHERE state = 'open'"
    } else {
        ""
    };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM commissions {filter} ORDER BY due, id"
    ))?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(from_row(r)?);
    }
    Ok(out)
}

/// A new commission's row; its id is the one given, or a new one when the
/// id is `None`.
pub(in crate::store) fn insert_commission(
    conn: &Connection,
    c: &Commission,
    id: Option<CommissionId>,
) -> Result<CommissionId> {
    let (state, item, on) = state_columns(c.state);
    conn.prepare_cached(&format!(
        "INSERT INTO commissions ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
    ))?
    .execute(params![
        id,
        c.unit,
        c.topic,
        c.due.to_string(),
        c.note,
        c.created.to_string(),
        state,
        item,
        on
    ])?;
    Ok(CommissionId(conn.last_insert_rowid()))
}

/// Writes `c` whole over the row of its id, making the row if it is gone.
pub(in crate::store) fn put_commission(conn: &Connection, c: &Commission) -> Result<()> {
    delete_commission(conn, c.id)?;
    insert_commission(conn, c, Some(c.id))?;
    Ok(())
}

pub(in crate::store) fn delete_commission(conn: &Connection, id: CommissionId) -> Result<()> {
    conn.prepare_cached("DELETE FROM commissions WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

fn state_columns(state: CommissionState) -> (&'static str, Option<ItemId>, Option<String>) {
    match state {
        CommissionState::Answered { item, on } => {
            (state.as_str(), Some(item), Some(on.to_string()))
        }
        _ => (state.as_str(), None, None),
    }
}
