//! Rows of `items`.

use jiff::civil::Date;
use rusqlite::{Connection, Row, params};
use serde::Serialize;

use super::{day, fingerprint, join_lines, kind, lines, status};
use crate::error::{Error, Result};
use crate::model::{Contributors, Item, ItemId, Kind, Status};

/// One row of a listing: what the queue shows, without the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemRow {
    pub id: ItemId,
    pub headline: String,
    /// The start of the body, for items without a headline (briefs).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lead: String,
    pub sources: Vec<String>,
    pub kind: Kind,
    pub status: Status,
    pub received: Date,
    /// 字数.
    pub chars: usize,
    /// The earlier item this one closely resembles, or null.
    pub similar_to: Option<ItemId>,
    /// The unit was read from the text, not named by the sender.
    pub source_inferred: bool,
    /// Where a search found what the headline does not show
    /// (`search::excerpt`); empty otherwise.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub excerpt: String,
}

impl ItemRow {
    /// The headline, or the start of the body when there is none.
    pub fn title(&self) -> &str {
        if self.headline.is_empty() {
            &self.lead
        } else {
            &self.headline
        }
    }
}

pub(in crate::store) const ITEM_COLUMNS: &str = "items.id, items.headline, items.body, items.sources, items.kind, items.status, items.received, items.note, items.reject_reason, items.original, items.similar_to, items.contributors, items.source_inferred, items.editor_note, items.column_heading, items.edit_reason";

/// The columns [`listed_from_row`] reads, for a listing's SELECT.
pub(in crate::store) const LISTED_COLUMNS: &str = "items.id, items.headline,
    CASE WHEN items.headline = '' THEN substr(items.body, 1, 60) ELSE '' END,
    items.sources, items.kind, items.status, items.received, items.chars, items.similar_to,
    items.source_inferred";

/// Contributors as stored: a JSON object, or '' when there are none.
fn contributors_to_sql(c: &Contributors) -> Result<String> {
    if c.is_empty() {
        return Ok(String::new());
    }
    serde_json::to_string(c).map_err(Error::Json)
}

fn contributors_from_sql(s: &str) -> Result<Contributors> {
    if s.is_empty() {
        return Ok(Contributors::default());
    }
    serde_json::from_str(s).map_err(|_| super::corrupt("items", "contributors", s))
}

/// An item from the columns of [`ITEM_COLUMNS`], in that order.
pub(in crate::store) fn item_from_row(row: &Row) -> Result<Item> {
    Ok(Item {
        id: Some(row.get(0)?),
        headline: row.get(1)?,
        body: lines(&row.get::<_, String>(2)?),
        sources: lines(&row.get::<_, String>(3)?),
        kind: kind("items", "kind", &row.get::<_, String>(4)?)?,
        status: status("items", "status", &row.get::<_, String>(5)?)?,
        received: day("items", "received", &row.get::<_, String>(6)?)?,
        note: row.get(7)?,
        reject_reason: row.get(8)?,
        original: row.get(9)?,
        similar_to: row.get(10)?,
        contributors: contributors_from_sql(&row.get::<_, String>(11)?)?,
        source_inferred: row.get(12)?,
        editor_note: row.get(13)?,
        column: row.get(14)?,
        edit_reason: row.get(15)?,
    })
}

/// A listing's row from the columns of [`LISTED_COLUMNS`], then the body
/// when searching, for the excerpt that shows why `search` found it.
pub(in crate::store) fn listed_from_row(r: &Row, search: Option<&str>) -> Result<ItemRow> {
    let mut row = ItemRow {
        id: r.get(0)?,
        headline: r.get(1)?,
        lead: r.get(2)?,
        sources: lines(&r.get::<_, String>(3)?),
        kind: kind("items", "kind", &r.get::<_, String>(4)?)?,
        status: status("items", "status", &r.get::<_, String>(5)?)?,
        received: day("items", "received", &r.get::<_, String>(6)?)?,
        chars: r.get::<_, i64>(7)? as usize,
        similar_to: r.get(8)?,
        source_inferred: r.get(9)?,
        excerpt: String::new(),
    };
    if let Some(words) = search {
        row.excerpt = crate::search::excerpt(row.title(), &r.get::<_, String>(10)?, words);
    }
    Ok(row)
}

pub(in crate::store) fn load_item(conn: &Connection, id: ItemId) -> Result<Item> {
    conn.prepare_cached(&format!("SELECT {ITEM_COLUMNS} FROM items WHERE id = ?1"))?
        .query_and_then([id], item_from_row)?
        .next()
        .transpose()?
        .ok_or(Error::ItemNotFound(id))
}

/// An item's headline and body alone, as an item received on `received`:
/// what the comparisons of texts need.
pub(in crate::store) fn load_text(conn: &Connection, id: ItemId, received: Date) -> Result<Item> {
    let (headline, body): (String, String) = conn
        .prepare_cached("SELECT headline, body FROM items WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(Item::new(headline, lines(&body), received))
}

/// The stored item with the same headline and body, white space aside.
pub(in crate::store) fn same_text(conn: &Connection, item: &Item) -> Result<Option<ItemId>> {
    let text = item.fingerprint_text();
    let mut same =
        conn.prepare_cached("SELECT id, headline, body FROM items WHERE fingerprint = ?1")?;
    let existing = same.query_map([fingerprint(&text)], |r| {
        Ok((
            r.get::<_, ItemId>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in existing {
        let (id, headline, body) = row?;
        let stored = Item::new(headline, lines(&body), item.received);
        if stored.fingerprint_text() == text {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Inserts `item`'s row (under `id` when given), recording where it came
/// from, the earlier item it resembles and its signature.
pub(in crate::store) fn insert_item(
    conn: &Connection,
    item: &Item,
    id: Option<ItemId>,
    origin: &str,
    similar: Option<ItemId>,
    sketch: &[u8],
) -> Result<ItemId> {
    conn.prepare_cached(
        "INSERT INTO items (headline, body, sources, kind, status, received, note, reject_reason, original, fingerprint, chars, origin, similar_to, sketch, id,
                            contributors, source_inferred, editor_note, column_heading, edit_reason)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?
    .execute(params![
        item.headline,
        join_lines(&item.body),
        join_lines(&item.sources),
        item.kind.as_str(),
        item.status.as_str(),
        item.received.to_string(),
        item.note,
        item.reject_reason,
        item.original,
        fingerprint(&item.fingerprint_text()),
        item.chars() as i64,
        origin,
        similar,
        sketch,
        id,
        contributors_to_sql(&item.contributors)?,
        item.source_inferred,
        item.editor_note,
        item.column,
        item.edit_reason,
    ])?;
    Ok(ItemId(conn.last_insert_rowid()))
}

/// Writes every editable column of `item` back.
pub(in crate::store) fn update_item(conn: &Connection, item: &Item) -> Result<ItemId> {
    let id = item.id.ok_or(Error::ItemWithoutId)?;
    let changed = conn
        .prepare_cached(
            "UPDATE items SET headline = ?2, body = ?3, sources = ?4, kind = ?5, status = ?6, note = ?7,
             reject_reason = ?8, fingerprint = ?9, chars = ?10, similar_to = ?11,
             contributors = ?12, source_inferred = ?13, editor_note = ?14, column_heading = ?15,
             edit_reason = ?16,
             updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            item.headline,
            join_lines(&item.body),
            join_lines(&item.sources),
            item.kind.as_str(),
            item.status.as_str(),
            item.note,
            item.reject_reason,
            fingerprint(&item.fingerprint_text()),
            item.chars() as i64,
            item.similar_to,
            contributors_to_sql(&item.contributors)?,
            item.source_inferred,
            item.editor_note,
            item.column,
            item.edit_reason,
        ])?;
    if changed == 0 {
        return Err(Error::ItemNotFound(id));
    }
    Ok(id)
}

/// Sets an item's status (and reject reason) alone.
pub(in crate::store) fn save_status(
    conn: &Connection,
    id: ItemId,
    status: Status,
    reason: &str,
) -> Result<()> {
    let changed = conn
        .prepare_cached(
            "UPDATE items SET status = ?2, reject_reason = ?3,
             updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?1",
        )?
        .execute(params![id, status.as_str(), reason])?;
    if changed == 0 {
        return Err(Error::ItemNotFound(id));
    }
    Ok(())
}

/// Points item `id` at the earlier item it resembles.
pub(in crate::store) fn set_link(conn: &Connection, id: ItemId, to: ItemId) -> Result<()> {
    conn.prepare_cached("UPDATE items SET similar_to = ?2 WHERE id = ?1")?
        .execute(params![id, to])?;
    Ok(())
}

/// Deletes an item's row with its place in an issue; links to it are cleared.
pub(in crate::store) fn delete_item(conn: &Connection, id: ItemId) -> Result<()> {
    conn.execute("DELETE FROM issue_items WHERE item_id = ?1", [id])?;
    conn.execute(
        "UPDATE items SET similar_to = NULL WHERE similar_to = ?1",
        [id],
    )?;
    conn.execute("DELETE FROM items WHERE id = ?1", [id])?;
    Ok(())
}
