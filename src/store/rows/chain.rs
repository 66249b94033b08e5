//! Rows of `forwards` (an item sent up) and `forwarded_in` (where an item
//! that arrived in a bundle came from).

use rusqlite::{Connection, OptionalExtension, params};

use super::{day, join_lines, lines};
use crate::error::Result;
use crate::model::{Forward, IssueId, ItemId, Provenance};

/// An item's forwards, by date.
pub(in crate::store) fn forwards_of(conn: &Connection, item: ItemId) -> Result<Vec<Forward>> {
    let mut stmt = conn.prepare_cached(
        "SELECT recipient, date, reviewer FROM forwards WHERE item_id = ?1 ORDER BY date, id",
    )?;
    let mut rows = stmt.query([item])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        out.push(Forward {
            item,
            to: r.get(0)?,
            date: day("forwards", "date", &r.get::<_, String>(1)?)?,
            reviewer: r.get(2)?,
        });
    }
    Ok(out)
}

pub(in crate::store) fn insert_forward(conn: &Connection, f: &Forward) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO forwards (item_id, recipient, date, reviewer) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![f.item, f.to, f.date.to_string(), f.reviewer])?;
    Ok(())
}

/// Where `item` came from, when it arrived in a bundle.
pub(in crate::store) fn provenance_of(
    conn: &Connection,
    item: ItemId,
) -> Result<Option<Provenance>> {
    let row = conn
        .prepare_cached(
            "SELECT office, original_id, original_units FROM forwarded_in WHERE item_id = ?1",
        )?
        .query_row([item], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, ItemId>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .optional()?;
    Ok(row.map(|(office, original_item, units)| Provenance {
        office,
        original_item,
        original_units: lines(&units),
    }))
}

/// The item here that arrived as `office`'s item `original`, if any.
pub(in crate::store) fn arrived_as(
    conn: &Connection,
    office: &str,
    original: ItemId,
) -> Result<Option<ItemId>> {
    Ok(conn
        .prepare_cached("SELECT item_id FROM forwarded_in WHERE office = ?1 AND original_id = ?2")?
        .query_row(params![office, original], |r| r.get(0))
        .optional()?)
}

pub(in crate::store) fn insert_provenance(
    conn: &Connection,
    item: ItemId,
    p: &Provenance,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO forwarded_in (item_id, office, original_id, original_units)
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        item,
        p.office,
        p.original_item,
        join_lines(&p.original_units)
    ])?;
    Ok(())
}

/// The items that arrived from `office` and are printed in a final
/// issue: (item here, its id there, issue), by issue date and place.
pub(in crate::store) fn published_from(
    conn: &Connection,
    office: &str,
) -> Result<Vec<(ItemId, ItemId, IssueId)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT f.item_id, f.original_id, i.id
         FROM forwarded_in AS f
         JOIN issue_items AS m ON m.item_id = f.item_id
         JOIN issues AS i ON i.id = m.issue_id AND i.state = 'final'
         WHERE f.office = ?1
         ORDER BY i.date, i.id, m.section, m.position",
    )?;
    let rows = stmt.query_map([office], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
