//! Rows of `adoptions` and `instructions`.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{corrupt, day};
use crate::error::Result;
use crate::model::{
    Adoption, AdoptionId, AdoptionLevel, AdoptionSource, Date, Done, Instruction, InstructionId,
    ItemId, LeaderLevel,
};

const ADOPTIONS: &str = "adoptions";
const INSTRUCTIONS: &str = "instructions";

const ADOPTION_COLUMNS: &str = "id, item_id, level, outlet, issue, date, source";
const INSTRUCTION_COLUMNS: &str = "id, item_id, leader, level, date, text, done_on, done_note";

fn adoption_from_row(r: &Row) -> Result<Adoption> {
    let text = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let level = text(2)?;
    let issue = text(4)?;
    let source = text(6)?;
    Ok(Adoption {
        id: r.get(0)?,
        item: r.get(1)?,
        level: AdoptionLevel::from_db(&level).ok_or_else(|| corrupt(ADOPTIONS, "level", &level))?,
        outlet: text(3)?,
        issue: (!issue.is_empty()).then_some(issue),
        date: day(ADOPTIONS, "date", &text(5)?)?,
        source: AdoptionSource::from_db(&source)
            .ok_or_else(|| corrupt(ADOPTIONS, "source", &source))?,
    })
}

fn instruction_from_row(r: &Row) -> Result<Instruction> {
    let text = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    let level = text(3)?;
    let done_on: Option<String> = r.get(6)?;
    let done_note: Option<String> = r.get(7)?;
    let done = match (done_on, done_note) {
        (Some(on), Some(note)) => Some(Done {
            on: day(INSTRUCTIONS, "done_on", &on)?,
            note,
        }),
        (None, None) => None,
        (Some(on), None) => return Err(corrupt(INSTRUCTIONS, "done_note", &on)),
        (None, Some(note)) => return Err(corrupt(INSTRUCTIONS, "done_on", &note)),
    };
    Ok(Instruction {
        id: r.get(0)?,
        item: r.get(1)?,
        by: text(2)?,
        level: LeaderLevel::from_db(&level)
            .ok_or_else(|| corrupt(INSTRUCTIONS, "level", &level))?,
        date: day(INSTRUCTIONS, "date", &text(4)?)?,
        text: text(5)?,
        done,
    })
}

fn collect<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    from_row: fn(&Row) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(from_row(r)?);
    }
    Ok(out)
}

/// An item's adoptions, by date.
pub(in crate::store) fn adoptions_of(conn: &Connection, item: ItemId) -> Result<Vec<Adoption>> {
    collect(
        conn,
        &format!("SELECT {ADOPTION_COLUMNS} FROM adoptions WHERE item_id = ?1 ORDER BY date, id"),
        [item],
        adoption_from_row,
    )
}

/// Adoptions dated from `from` to `to`, both included, by date.
pub(in crate::store) fn adoptions_between(
    conn: &Connection,
    from: Date,
    to: Date,
) -> Result<Vec<Adoption>> {
    collect(
        conn,
        &format!(
            "SELECT {ADOPTION_COLUMNS} FROM adoptions
             WHERE date BETWEEN ?1 AND ?2 ORDER BY date, id"
        ),
        params![from.to_string(), to.to_string()],
        adoption_from_row,
    )
}

/// The adoption of `item` at `level` in that issue of that bulletin.
pub(in crate::store) fn same_adoption(conn: &Connection, a: &Adoption) -> Result<Option<Adoption>> {
    conn.prepare_cached(&format!(
        "SELECT {ADOPTION_COLUMNS} FROM adoptions
         WHERE item_id = ?1 AND level = ?2 AND outlet = ?3 AND issue = ?4"
    ))?
    .query_row(
        params![
            a.item,
            a.level.as_str(),
            a.outlet,
            a.issue.as_deref().unwrap_or("")
        ],
        |r| Ok(adoption_from_row(r)),
    )
    .optional()?
    .transpose()
}

pub(in crate::store) fn insert_adoption(conn: &Connection, a: &Adoption) -> Result<AdoptionId> {
    conn.prepare_cached(&format!(
        "INSERT INTO adoptions ({ADOPTION_COLUMNS}) VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6)"
    ))?
    .execute(params![
        a.item,
        a.level.as_str(),
        a.outlet,
        a.issue.as_deref().unwrap_or(""),
        a.date.to_string(),
        a.source.as_str()
    ])?;
    Ok(AdoptionId(conn.last_insert_rowid()))
}

pub(in crate::store) fn delete_adoption(conn: &Connection, id: AdoptionId) -> Result<()> {
    conn.prepare_cached("DELETE FROM adoptions WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

pub(in crate::store) fn load_instruction(
    conn: &Connection,
    id: InstructionId,
) -> Result<Option<Instruction>> {
    conn.prepare_cached(&format!(
        "SELECT {INSTRUCTION_COLUMNS} FROM instructions WHERE id = ?1"
    ))?
    .query_row([id], |r| Ok(instruction_from_row(r)))
    .optional()?
    .transpose()
}

/// An item's instructions, by date.
pub(in crate::store) fn instructions_of(
    conn: &Connection,
    item: ItemId,
) -> Result<Vec<Instruction>> {
    collect(
        conn,
        &format!(
            "SELECT {INSTRUCTION_COLUMNS} FROM instructions WHERE item_id = ?1 ORDER BY date, id"
        ),
        [item],
        instruction_from_row,
    )
}

/// Instructions dated from `from` to `to`, both included, by date.
pub(in crate::store) fn instructions_between(
    conn: &Connection,
    from: Date,
    to: Date,
) -> Result<Vec<Instruction>> {
    collect(
        conn,
        &format!(
            "SELECT {INSTRUCTION_COLUMNS} FROM instructions
             WHERE date BETWEEN ?1 AND ?2 ORDER BY date, id"
        ),
        params![from.to_string(), to.to_string()],
        instruction_from_row,
    )
}

/// An instruction's row; its id is the one given, or a new one when the
/// id is `None`.
pub(in crate::store) fn insert_instruction(
    conn: &Connection,
    i: &Instruction,
    id: Option<InstructionId>,
) -> Result<InstructionId> {
    conn.prepare_cached(&format!(
        "INSERT INTO instructions ({INSTRUCTION_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
    ))?
    .execute(params![
        id,
        i.item,
        i.by,
        i.level.as_str(),
        i.date.to_string(),
        i.text,
        i.done.as_ref().map(|d| d.on.to_string()),
        i.done.as_ref().map(|d| d.note.as_str()),
    ])?;
    Ok(InstructionId(conn.last_insert_rowid()))
}

/// Writes `i` whole over the row of its id, making the row if it is gone.
pub(in crate::store) fn put_instruction(conn: &Connection, i: &Instruction) -> Result<()> {
    delete_instruction(conn, i.id)?;
    insert_instruction(conn, i, Some(i.id))?;
    Ok(())
}

pub(in crate::store) fn delete_instruction(conn: &Connection, id: InstructionId) -> Result<()> {
    conn.prepare_cached("DELETE FROM instructions WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Whether anything of the upper levels is recorded on `item`: an
/// adoption, an instruction, or its having been forwarded.
pub(in crate::store) fn has_upper(conn: &Connection, item: ItemId) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM adoptions WHERE item_id = ?1)
                 OR EXISTS (SELECT 1 FROM instructions WHERE item_id = ?1)
                 OR EXISTS (SELECT 1 FROM forwards WHERE item_id = ?1)",
        )?
        .query_row([item], |r| r.get(0))?)
}
