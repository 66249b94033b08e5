//! Rows of `issue_items`: which item stands where in which issue.

use rusqlite::{Connection, OptionalExtension, params};

use super::kind;
use crate::error::Result;
use crate::model::{IssueId, ItemId, Kind};

/// One row of an issue's order: the item, its section and its position.
pub(in crate::store) type Member = (ItemId, Kind, i64);

/// A section's items in order.
pub(in crate::store) fn members(
    conn: &Connection,
    issue: IssueId,
    section: Kind,
) -> Result<Vec<ItemId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id FROM issue_items WHERE issue_id = ?1 AND section = ?2 ORDER BY position",
    )?;
    let ids = stmt.query_map(params![issue, section.as_str()], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Every row of an issue's order, both sections.
pub(in crate::store) fn all_members(conn: &Connection, issue: IssueId) -> Result<Vec<Member>> {
    let mut stmt = conn
        .prepare_cached("SELECT item_id, section, position FROM issue_items WHERE issue_id = ?1")?;
    let rows = stmt.query_and_then([issue], |r| -> Result<Member> {
        let section = kind("issue_items", "section", &r.get::<_, String>(1)?)?;
        Ok((r.get(0)?, section, r.get(2)?))
    })?;
    rows.collect()
}

pub(in crate::store) fn put_member(
    conn: &Connection,
    issue: IssueId,
    (item, section, position): Member,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO issue_items (issue_id, item_id, section, position) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![issue, item, section.as_str(), position])?;
    Ok(())
}

/// Rewrites a section's order as given (positions 0, 1, 2 …).
pub(in crate::store) fn set_members(
    conn: &Connection,
    issue: IssueId,
    section: Kind,
    ids: &[ItemId],
) -> Result<()> {
    conn.prepare_cached("DELETE FROM issue_items WHERE issue_id = ?1 AND section = ?2")?
        .execute(params![issue, section.as_str()])?;
    for (pos, &id) in ids.iter().enumerate() {
        put_member(conn, issue, (id, section, pos as i64))?;
    }
    Ok(())
}

/// Empties an issue's order.
pub(in crate::store) fn clear_issue(conn: &Connection, issue: IssueId) -> Result<()> {
    conn.execute("DELETE FROM issue_items WHERE issue_id = ?1", [issue])?;
    Ok(())
}

/// Takes an item's row out of whatever order holds it, leaving a gap.
pub(in crate::store) fn clear_item(conn: &Connection, item: ItemId) -> Result<()> {
    conn.execute("DELETE FROM issue_items WHERE item_id = ?1", [item])?;
    Ok(())
}

/// The issue and section an item is placed in.
pub(in crate::store) fn section_of(
    conn: &Connection,
    item: ItemId,
) -> Result<Option<(IssueId, Kind)>> {
    let found = conn
        .prepare_cached("SELECT issue_id, section FROM issue_items WHERE item_id = ?1")?
        .query_row([item], |r| Ok((r.get(0)?, r.get::<_, String>(1)?)))
        .optional()?;
    found
        .map(|(issue, s)| Ok((issue, kind("issue_items", "section", &s)?)))
        .transpose()
}

/// The issue an item is placed in, if any, as (issue id, 2023年第56期).
pub(in crate::store) fn placement(
    conn: &Connection,
    id: ItemId,
) -> Result<Option<(IssueId, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT issues.id, issues.year, issues.number FROM issue_items
             JOIN issues ON issues.id = issue_items.issue_id WHERE issue_items.item_id = ?1",
        )?
        .query_row([id], |r| {
            Ok((r.get(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?))
        })
        .optional()?
        .map(|(issue, year, number)| (issue, format!("{year}年第{number}期"))))
}

/// Takes an item out of the issue it is placed in, closing the gap.
pub(in crate::store) fn unplace(conn: &Connection, item: ItemId) -> Result<()> {
    if let Some((issue, section)) = section_of(conn, item)? {
        let rest: Vec<ItemId> = members(conn, issue, section)?
            .into_iter()
            .filter(|&i| i != item)
            .collect();
        set_members(conn, issue, section, &rest)?;
        // A 栏目 heading belongs to the item's place in its issue.
        conn.prepare_cached("UPDATE items SET column_heading = '' WHERE id = ?1")?
            .execute([item])?;
    }
    Ok(())
}

/// Moves a placed item to the end of the section that matches its kind.
pub(in crate::store) fn set_section(conn: &Connection, item: ItemId, kind: Kind) -> Result<()> {
    if let Some((issue, section)) = section_of(conn, item)?
        && section != kind
    {
        unplace(conn, item)?;
        let mut list = members(conn, issue, kind)?;
        list.push(item);
        set_members(conn, issue, kind, &list)?;
    }
    Ok(())
}
