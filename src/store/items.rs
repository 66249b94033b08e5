//! Items: adding, reading, listing a page at a time, deciding, editing.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::search::{self, SEARCHED_TEXT};
use super::{Store, fingerprint, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{Contributors, Item, ItemEdit, ItemId, Kind, Status};

/// What happened to an item offered to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New(ItemId),
    /// The same headline and body (white space aside) were already there.
    Exists(ItemId),
}

impl Added {
    pub fn id(self) -> ItemId {
        match self {
            Added::New(id) | Added::Exists(id) => id,
        }
    }
}

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

/// Which items to list: newest first, a page at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemQuery {
    pub status: Option<Status>,
    pub unit: Option<String>,
    /// Words that must all occur (Chinese of any length, Latin, numbers).
    pub search: Option<String>,
    /// Only items older than this one: the next page after it.
    pub before: Option<ItemId>,
    /// Only items newer than this one.
    pub after: Option<ItemId>,
    /// Oldest first instead of newest first (to page back from the end).
    pub oldest_first: bool,
    pub limit: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub new: usize,
    pub accepted: usize,
    pub held: usize,
    pub rejected: usize,
    pub published: usize,
}

impl StatusCounts {
    pub fn get(&self, status: Status) -> usize {
        match status {
            Status::New => self.new,
            Status::Accepted => self.accepted,
            Status::Held => self.held,
            Status::Rejected => self.rejected,
            Status::Published => self.published,
        }
    }

    pub fn total(&self) -> usize {
        self.new + self.accepted + self.held + self.rejected + self.published
    }
}

pub(super) const ITEM_COLUMNS: &str = "items.id, items.headline, items.body, items.sources, items.kind, items.status, items.received, items.note, items.reject_reason, items.original, items.similar_to, items.contributors, items.source_inferred, items.editor_note, items.column_heading";

/// Contributors as stored: a JSON object, or '' when there are none.
fn contributors_to_sql(c: &Contributors) -> String {
    if c.is_empty() {
        return String::new();
    }
    serde_json::to_string(c).unwrap_or_default()
}

fn contributors_from_sql(s: &str) -> rusqlite::Result<Contributors> {
    if s.is_empty() {
        return Ok(Contributors::default());
    }
    serde_json::from_str(s)
        .map_err(|_| rusqlite::Error::InvalidColumnType(11, s.into(), rusqlite::types::Type::Text))
}

/// Paragraphs (and units) are stored one per line. A line break inside
/// one is stored as this private-use mark and `n`, and the mark itself
/// doubled, so that every paragraph comes back exactly as it went in.
const ESCAPE: char = '\u{E000}';

/// Paragraphs or units as one column.
pub(super) fn join_lines(parts: &[String]) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in part.chars() {
            match c {
                ESCAPE => out.extend([ESCAPE, ESCAPE]),
                '\n' => out.extend([ESCAPE, 'n']),
                c => out.push(c),
            }
        }
    }
    out
}

/// The paragraphs or units of a column written by [`join_lines`].
pub(super) fn lines(text: &str) -> Vec<String> {
    text.split('\n')
        .filter(|s| !s.is_empty())
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                match (c, c == ESCAPE) {
                    (_, true) => match chars.next() {
                        Some(ESCAPE) => out.push(ESCAPE),
                        Some('n') => out.push('\n'),
                        Some(other) => out.extend([ESCAPE, other]),
                        None => out.push(ESCAPE),
                    },
                    (c, false) => out.push(c),
                }
            }
            out
        })
        .collect()
}

pub(super) fn parse_kind(s: &str) -> rusqlite::Result<Kind> {
    Kind::parse(s)
        .ok_or_else(|| rusqlite::Error::InvalidColumnType(0, s.into(), rusqlite::types::Type::Text))
}

pub(super) fn parse_status(s: &str) -> rusqlite::Result<Status> {
    Status::parse(s)
        .ok_or_else(|| rusqlite::Error::InvalidColumnType(0, s.into(), rusqlite::types::Type::Text))
}

pub(super) fn parse_day(s: &str) -> rusqlite::Result<Date> {
    s.parse()
        .map_err(|_| rusqlite::Error::InvalidColumnType(0, s.into(), rusqlite::types::Type::Text))
}

pub(super) fn item_from_row(row: &Row) -> rusqlite::Result<Item> {
    Ok(Item {
        id: Some(ItemId(row.get(0)?)),
        headline: row.get(1)?,
        body: lines(&row.get::<_, String>(2)?),
        sources: lines(&row.get::<_, String>(3)?),
        kind: parse_kind(&row.get::<_, String>(4)?)?,
        status: parse_status(&row.get::<_, String>(5)?)?,
        received: parse_day(&row.get::<_, String>(6)?)?,
        note: row.get(7)?,
        reject_reason: row.get(8)?,
        original: row.get(9)?,
        similar_to: row.get::<_, Option<i64>>(10)?.map(ItemId),
        contributors: contributors_from_sql(&row.get::<_, String>(11)?)?,
        source_inferred: row.get(12)?,
        editor_note: row.get(13)?,
        column: row.get(14)?,
    })
}

pub(super) fn load_item(conn: &Connection, id: ItemId) -> Result<Item> {
    conn.prepare_cached(&format!("SELECT {ITEM_COLUMNS} FROM items WHERE id = ?1"))?
        .query_row([id.0], item_from_row)
        .optional()?
        .ok_or(Error::ItemNotFound(id))
}

/// What indexing an item takes, worked out ahead of the insert (bulk loads
/// do it on another thread).
pub(super) struct Prepared {
    pub terms: String,
    pub sketch: Vec<u64>,
}

impl Prepared {
    pub fn of(item: &Item) -> Prepared {
        Prepared {
            terms: search::terms(item),
            sketch: super::similar::sketch(item),
        }
    }
}

/// How an insert treats near-duplicates.
pub(super) enum Near<'a> {
    /// Note the earlier item the new one most resembles; index it now.
    Detect,
    /// Only index it, now (items of a printed issue).
    Index,
    /// Only index it, later: its band rows are added to this batch.
    Batch(&'a mut Vec<(i64, i64)>),
}

/// The stored item with the same headline and body, white space aside.
pub(super) fn same_text(conn: &Connection, item: &Item) -> Result<Option<ItemId>> {
    let text = item.fingerprint_text();
    let mut same =
        conn.prepare_cached("SELECT id, headline, body FROM items WHERE fingerprint = ?1")?;
    let existing = same.query_map([fingerprint(&text)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in existing {
        let (id, headline, body) = row?;
        let stored = Item::new(headline, lines(&body), item.received);
        if stored.fingerprint_text() == text {
            return Ok(Some(ItemId(id)));
        }
    }
    Ok(None)
}

/// Inserts `item` (under `id` when given: restoring an archive) unless its
/// text is already there, and indexes it for search and for near-duplicates.
pub(super) fn insert_item(
    conn: &Connection,
    item: &Item,
    id: Option<ItemId>,
    origin: &str,
    prepared: Option<Prepared>,
    near: Near,
) -> Result<Added> {
    if let Some(id) = same_text(conn, item)? {
        return Ok(Added::Exists(id));
    }
    let print = fingerprint(&item.fingerprint_text());
    let prepared = prepared.unwrap_or_else(|| Prepared::of(item));
    let similar = match near {
        Near::Detect => super::similar::most_similar(conn, item, &prepared.sketch)?,
        _ => item.similar_to,
    };
    conn.prepare_cached(
        "INSERT INTO items (headline, body, sources, kind, status, received, note, reject_reason, original, fingerprint, chars, origin, similar_to, sketch, id,
                            contributors, source_inferred, editor_note, column_heading)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
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
        print,
        item.chars() as i64,
        origin,
        similar.map(|s| s.0),
        crate::similar::to_bytes(&prepared.sketch),
        id.map(|i| i.0),
        contributors_to_sql(&item.contributors),
        item.source_inferred,
        item.editor_note,
        item.column,
    ])?;
    let id = conn.last_insert_rowid();
    search::index(conn, id, &prepared.terms)?;
    let bands = crate::similar::band_keys(&prepared.sketch)
        .into_iter()
        .map(|k| (k, id));
    match near {
        Near::Batch(batch) => batch.extend(bands),
        _ => super::similar::insert_bands(conn, bands)?,
    }
    Ok(Added::New(ItemId(id)))
}

/// Writes every editable column of `item` back and re-indexes it.
pub(super) fn save_item(conn: &Connection, item: &Item) -> Result<()> {
    let id = item
        .id
        .ok_or_else(|| Error::Invalid("item without id".into()))?;
    let changed = conn
        .prepare_cached(
            "UPDATE items SET headline = ?2, body = ?3, sources = ?4, kind = ?5, status = ?6, note = ?7,
             reject_reason = ?8, fingerprint = ?9, chars = ?10, similar_to = ?11,
             contributors = ?12, source_inferred = ?13, editor_note = ?14, column_heading = ?15,
             updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')
             WHERE id = ?1",
        )?
        .execute(params![
            id.0,
            item.headline,
            join_lines(&item.body),
            join_lines(&item.sources),
            item.kind.as_str(),
            item.status.as_str(),
            item.note,
            item.reject_reason,
            fingerprint(&item.fingerprint_text()),
            item.chars() as i64,
            item.similar_to.map(|s| s.0),
            contributors_to_sql(&item.contributors),
            item.source_inferred,
            item.editor_note,
            item.column,
        ])?;
    if changed == 0 {
        return Err(Error::ItemNotFound(id));
    }
    search::index(conn, id.0, &search::terms(item))?;
    super::similar::reindex(conn, id.0, &super::similar::sketch(item))
}

/// Sets an item's status (and reject reason) alone: neither is searched nor
/// part of the near-duplicate signature, so nothing is re-indexed.
pub(super) fn save_status(
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
        .execute(params![id.0, status.as_str(), reason])?;
    if changed == 0 {
        return Err(Error::ItemNotFound(id));
    }
    Ok(())
}

/// The draft issue an item is placed in, if any, as (issue id, number label).
pub(super) fn placement(conn: &Connection, id: ItemId) -> Result<Option<(i64, String)>> {
    Ok(conn
        .prepare_cached(
            "SELECT issues.id, issues.state, issues.year, issues.number FROM issue_items
             JOIN issues ON issues.id = issue_items.issue_id WHERE issue_items.item_id = ?1",
        )?
        .query_row([id.0], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })
        .optional()?
        .map(|(issue, _, year, number)| (issue, format!("{year}年第{number}期"))))
}

impl Store {
    /// Adds one item (one transaction) unless the same text is already
    /// stored; one undo step.
    pub fn add_item(&mut self, item: &Item, origin: &str) -> Result<Added> {
        self.add_item_in(item, origin, None)
    }

    /// As [`Store::add_item`]; items added with the same `batch` (the files
    /// of one import) are one undo step.
    pub fn add_item_in(&mut self, item: &Item, origin: &str, batch: Option<&str>) -> Result<Added> {
        self.write(|tx| {
            let added = insert_item(tx, item, None, origin, None, Near::Detect)?;
            if let Added::New(id) = added {
                undo::record_touched(
                    tx,
                    &tf(Key::UndoImport, &[&origin]),
                    undo::Touched {
                        added: &[id.0],
                        batch,
                        ..undo::Touched::default()
                    },
                )?;
            }
            Ok(added)
        })
    }

    /// Adds many items in one transaction (demo data, archives).
    pub fn add_items<'a>(
        &mut self,
        items: impl IntoIterator<Item = &'a Item>,
        origin: &str,
    ) -> Result<Vec<Added>> {
        self.write(|tx| {
            items
                .into_iter()
                .map(|item| insert_item(tx, item, None, origin, None, Near::Detect))
                .collect()
        })
    }

    /// Whether item `id` may be edited: an error naming its issue when it is
    /// published.
    pub fn editable(&self, id: ItemId) -> Result<()> {
        refuse_published(&self.conn, &load_item(&self.conn, id)?)
    }

    /// The item already stored with `item`'s text, if any: what an import
    /// would find instead of adding.
    pub fn find_same(&self, item: &Item) -> Result<Option<ItemId>> {
        same_text(&self.conn, item)
    }

    pub fn item(&self, id: ItemId) -> Result<Item> {
        load_item(&self.conn, id)
    }

    /// One page of items, newest first.
    pub fn items(&self, q: &ItemQuery) -> Result<Vec<ItemRow>> {
        let mut sql = String::from(
            "SELECT items.id, items.headline,
                    CASE WHEN items.headline = '' THEN substr(items.body, 1, 60) ELSE '' END,
                    items.sources, items.kind, items.status, items.received, items.chars, items.similar_to,
                    items.source_inferred
             FROM ",
        );
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        let search = q.search.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let expression = search.and_then(crate::search::match_expression);
        match (&search, &expression) {
            (Some(_), Some(expr)) => {
                sql.push_str("item_search JOIN items ON items.id = item_search.rowid WHERE item_search MATCH ?");
                args.push(Box::new(expr.clone()));
            }
            _ => sql.push_str("items WHERE 1"),
        }
        if let Some(words) = search {
            sql.push_str(&format!(" AND jianbao_match({SEARCHED_TEXT}, ?)"));
            args.push(Box::new(words.to_string()));
        }
        if let Some(status) = q.status {
            sql.push_str(" AND items.status = ?");
            args.push(Box::new(status.as_str()));
        }
        if let Some(unit) = &q.unit {
            sql.push_str(
                " AND instr(char(10) || items.sources || char(10), char(10) || ? || char(10)) > 0",
            );
            args.push(Box::new(unit.clone()));
        }
        if let Some(before) = q.before {
            sql.push_str(" AND items.id < ?");
            args.push(Box::new(before.0));
        }
        if let Some(after) = q.after {
            sql.push_str(" AND items.id > ?");
            args.push(Box::new(after.0));
        }
        let order = if expression.is_some() {
            "item_search.rowid"
        } else {
            "items.id"
        };
        let direction = if q.oldest_first { "ASC" } else { "DESC" };
        sql.push_str(&format!(" ORDER BY {order} {direction} LIMIT ?"));
        args.push(Box::new(q.limit as i64));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            rusqlite::params_from_iter(args.iter().map(|a| a.as_ref())),
            |r| {
                Ok(ItemRow {
                    id: ItemId(r.get(0)?),
                    headline: r.get(1)?,
                    lead: r.get(2)?,
                    sources: lines(&r.get::<_, String>(3)?),
                    kind: parse_kind(&r.get::<_, String>(4)?)?,
                    status: parse_status(&r.get::<_, String>(5)?)?,
                    received: parse_day(&r.get::<_, String>(6)?)?,
                    chars: r.get::<_, i64>(7)? as usize,
                    similar_to: r.get::<_, Option<i64>>(8)?.map(ItemId),
                    source_inferred: r.get(9)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn counts(&self) -> Result<StatusCounts> {
        let mut counts = StatusCounts::default();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT status, count(*) FROM items GROUP BY status")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize))
        })?;
        for row in rows {
            let (status, n) = row?;
            match Status::parse(&status) {
                Some(Status::New) => counts.new = n,
                Some(Status::Accepted) => counts.accepted = n,
                Some(Status::Held) => counts.held = n,
                Some(Status::Rejected) => counts.rejected = n,
                Some(Status::Published) => counts.published = n,
                None => {}
            }
        }
        Ok(counts)
    }

    /// Accepts, holds or rejects items (one transaction, one undo step).
    /// An item taken out of `accepted` also leaves the draft it was placed in.
    /// Returns how many items changed.
    pub fn decide(
        &mut self,
        ids: &[ItemId],
        status: Status,
        reason: Option<&str>,
    ) -> Result<usize> {
        if status == Status::Published {
            return Err(Error::invalid(Key::ErrPublishByFinalise));
        }
        if ids.is_empty() {
            return Ok(0);
        }
        self.write(|tx| {
            let mut items = Vec::with_capacity(ids.len());
            for &id in ids {
                let item = load_item(tx, id)?;
                if item.status == Status::Published {
                    return Err(Error::Invalid(tf(Key::ErrItemPublished, &[&id])));
                }
                items.push(item);
            }
            let placed: Vec<i64> = if status == Status::Accepted {
                Vec::new()
            } else {
                ids.iter()
                    .map(|&id| placement(tx, id))
                    .collect::<Result<Vec<_>>>()?
                    .into_iter()
                    .flatten()
                    .map(|p| p.0)
                    .collect()
            };
            let label = tf(Key::UndoDecide, &[&status.label(), &ids.len()]);
            undo::record(tx, &label, ids, &placed)?;
            let mut changed = 0;
            for item in items {
                if item.status == status && reason.is_none() {
                    continue;
                }
                let reason = if status == Status::Rejected {
                    reason.unwrap_or("")
                } else {
                    ""
                };
                let Some(id) = item.id else { continue };
                save_status(tx, id, status, reason)?;
                if status != Status::Accepted {
                    super::issues::unplace(tx, id)?;
                }
                changed += 1;
            }
            Ok(changed)
        })
    }

    /// Changes several items at once (proofing fixes): one transaction, one
    /// undo step.
    pub fn edit_items(&mut self, edits: &[(ItemId, ItemEdit)], label: &str) -> Result<()> {
        self.write(|tx| {
            let ids: Vec<ItemId> = edits.iter().map(|(id, _)| *id).collect();
            record_with_placements(tx, label, &ids)?;
            for (id, edit) in edits {
                apply_edit(tx, *id, edit)?;
            }
            Ok(())
        })
    }

    /// Changes an item's text or attributes (one undo step).
    pub fn edit_item(&mut self, id: ItemId, edit: &ItemEdit) -> Result<Item> {
        self.write(|tx| {
            record_with_placements(tx, &tf(Key::UndoEdit, &[&id]), &[id])?;
            apply_edit(tx, id, edit)
        })
    }
}

/// Records an undo step for `ids` and the issues they are placed in: a
/// change of kind moves an item within its issue.
fn record_with_placements(conn: &Connection, label: &str, ids: &[ItemId]) -> Result<()> {
    let mut placed = Vec::new();
    for &id in ids {
        placed.extend(placement(conn, id)?.map(|p| p.0));
    }
    undo::record(conn, label, ids, &placed)
}

/// Deletes an item that an undone import added, with its search terms;
/// its near-duplicate bands go with it and links to it are cleared.
pub(super) fn delete_item(conn: &Connection, id: ItemId) -> Result<()> {
    conn.execute("DELETE FROM issue_items WHERE item_id = ?1", [id.0])?;
    conn.execute(
        "UPDATE items SET similar_to = NULL WHERE similar_to = ?1",
        [id.0],
    )?;
    conn.execute("DELETE FROM item_search WHERE rowid = ?1", [id.0])?;
    conn.execute("DELETE FROM items WHERE id = ?1", [id.0])?;
    Ok(())
}

/// A published item's text, units and place are what was printed: no path
/// may change them.
fn refuse_published(conn: &Connection, item: &Item) -> Result<()> {
    let id = item.id.unwrap_or(ItemId(0));
    if item.status != Status::Published {
        return Ok(());
    }
    let issue = placement(conn, id)?
        .map(|(_, label)| label)
        .unwrap_or_default();
    Err(Error::Invalid(tf(Key::ErrItemFinal, &[&id, &issue])))
}

/// Applies `edit` to a stored item and saves it.
fn apply_edit(conn: &Connection, id: ItemId, edit: &ItemEdit) -> Result<Item> {
    let clean = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    };
    let mut item = load_item(conn, id)?;
    let text_changes = edit.headline.is_some()
        || edit.body.is_some()
        || edit.sources.is_some()
        || edit.kind.is_some();
    if text_changes {
        refuse_published(conn, &item)?;
    }
    if let Some(h) = &edit.headline {
        item.headline = h.trim().to_string();
    }
    if let Some(b) = &edit.body {
        item.body = clean(b);
    }
    if let Some(s) = &edit.sources {
        item.sources = clean(s);
        // The editor has now set the units: they are no longer a guess.
        item.source_inferred = false;
    }
    if let Some(k) = edit.kind {
        item.kind = k;
        super::issues::set_section(conn, id, k)?;
    }
    if let Some(n) = &edit.note {
        item.note = n.clone();
    }
    save_item(conn, &item)?;
    Ok(item)
}
