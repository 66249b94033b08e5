//! Items: adding, reading, listing a page at a time, deciding, editing.

use rusqlite::Connection;
use serde::Serialize;

use super::indexed::{Added, Near, insert_item, save_item};
use super::rows::{self, ItemRow, LISTED_COLUMNS, load_item, placement, same_text, save_status};
use super::search::SEARCHED_TEXT;
use super::units::SOURCE_IS;
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{Date, IssueId, Item, ItemEdit, ItemId, Status};

/// The order a listing runs in, newest first (or, paging back from the
/// end, oldest first).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// As imported: the item's id.
    #[default]
    Imported,
    /// By the date received, items of one day in import order.
    Received,
}

/// The orders an editor lists items in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Received most recently first: what came in this morning on top.
    #[default]
    NewestReceived,
    OldestReceived,
    /// As imported, the last import first.
    Imported,
}

impl Sort {
    /// The store's order, and whether it runs oldest first.
    pub fn order(self) -> (Order, bool) {
        match self {
            Sort::NewestReceived => (Order::Received, false),
            Sort::OldestReceived => (Order::Received, true),
            Sort::Imported => (Order::Imported, false),
        }
    }
}

/// Where a page starts: the row it follows, as the order sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowKey {
    pub received: Date,
    pub id: ItemId,
}

impl ItemRow {
    pub fn key(&self) -> RowKey {
        RowKey {
            received: self.received,
            id: self.id,
        }
    }
}

/// ` AND …`: only rows after `q.after` and before `q.before` in its order.
pub(super) fn push_bounds(
    q: &ItemQuery,
    sql: &mut String,
    args: &mut Vec<Box<dyn rusqlite::ToSql>>,
) {
    for (key, op) in [(q.before, "<"), (q.after, ">")] {
        let Some(key) = key else { continue };
        match q.order {
            Order::Imported => sql.push_str(&format!(" AND items.id {op} ?")),
            Order::Received => {
                sql.push_str(&format!(" AND (items.received, items.id) {op} (?, ?)"));
                args.push(Box::new(key.received.to_string()));
            }
        }
        args.push(Box::new(key.id));
    }
}

fn direction(q: &ItemQuery) -> &'static str {
    if q.oldest_first { "ASC" } else { "DESC" }
}

/// The ORDER BY terms of `q`'s order, on the items table's own columns.
pub(super) fn order_by(q: &ItemQuery) -> String {
    let direction = direction(q);
    match q.order {
        Order::Imported => format!("items.id {direction}"),
        Order::Received => format!("items.received {direction}, items.id {direction}"),
    }
}

/// Search candidates up to which a listing by date sorts them all; past
/// it, the date index is walked instead (see `Store::matching`).
pub(super) const SORTED_CANDIDATES: usize = 300;

/// `FROM … WHERE …` for the items a query's filters let through, its
/// arguments, and whether it goes through the search index.
struct Matching {
    sql: String,
    args: Vec<Box<dyn rusqlite::ToSql>>,
    indexed: bool,
}

/// Which items to list: newest first, a page at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemQuery {
    pub status: Option<Status>,
    pub unit: Option<String>,
    /// Words that must all occur (Chinese of any length, Latin, numbers).
    pub search: Option<String>,
    pub order: Order,
    /// Only items before this row in the order: the next page after it.
    pub before: Option<RowKey>,
    /// Only items after this row in the order.
    pub after: Option<RowKey>,
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
                        added: &[id],
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
        let search = q.search.as_deref().map(str::trim).filter(|s| !s.is_empty());
        if let Some(words) = search
            && let Some(rows) = self.walked(q, words)?
        {
            return Ok(rows);
        }
        let body = if search.is_some() { ", items.body" } else { "" };
        let Matching {
            sql: matching,
            mut args,
            indexed,
        } = self.matching(q)?;
        let mut sql = format!("SELECT {LISTED_COLUMNS}{body} FROM {matching}");
        push_bounds(q, &mut sql, &mut args);
        let order = match (q.order, indexed) {
            (Order::Imported, true) => format!("item_search.rowid {}", direction(q)),
            _ => order_by(q),
        };
        sql.push_str(&format!(" ORDER BY {order} LIMIT ?"));
        args.push(Box::new(q.limit as i64));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_and_then(
            rusqlite::params_from_iter(args.iter().map(|a| a.as_ref())),
            |r| rows::listed_from_row(r, search),
        )?;
        rows.collect()
    }

    /// The first and last years items were received in, or `None` when
    /// the store has none: the store's, not a listing's, so that the
    /// queue's date column keeps its width as filters change (and the
    /// date index answers at once).
    pub fn received_years(&self) -> Result<Option<(i16, i16)>> {
        let mut stmt = self
            .conn
            // Apart, each is one step down the date index; together in one
            // SELECT they would scan it.
            .prepare_cached(
                "SELECT (SELECT min(received) FROM items), (SELECT max(received) FROM items)",
            )?;
        let (first, last): (Option<String>, Option<String>) =
            stmt.query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let year = |s: &str| rows::day("items", "received", s).map(|d| d.year());
        match (first, last) {
            (Some(first), Some(last)) => Ok(Some((year(&first)?, year(&last)?))),
            _ => Ok(None),
        }
    }

    /// The items a query's filters let through.
    fn matching(&self, q: &ItemQuery) -> Result<Matching> {
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        let search = q.search.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let expression = search.and_then(crate::search::match_expression);
        let mut sql = String::new();
        let mut indexed = false;
        match &expression {
            // Sorted by date, a common word's candidates are not all
            // fetched and sorted: the date index is walked, each item
            // checked against the index's candidates, until a page is full.
            // Only rarer words are worth sorting in full.
            Some(expr)
                if q.order == Order::Received && self.candidates(expr)? > SORTED_CANDIDATES =>
            {
                sql.push_str(
                    "items WHERE +items.id IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)",
                );
                args.push(Box::new(expr.clone()));
            }
            Some(expr) => {
                sql.push_str("item_search JOIN items ON items.id = item_search.rowid WHERE item_search MATCH ?");
                args.push(Box::new(expr.clone()));
                indexed = true;
            }
            None => sql.push_str("items WHERE 1"),
        }
        if let Some(status) = q.status {
            sql.push_str(" AND items.status = ?");
            args.push(Box::new(status.as_str()));
        }
        if let Some(unit) = &q.unit {
            self.unit_filter(unit, &mut sql, &mut args)?;
        }
        // The exact check reads each item's text: after the cheap filters.
        if let Some(words) = search {
            sql.push_str(&format!(" AND jianbao_match({SEARCHED_TEXT}, ?)"));
            args.push(Box::new(words.to_string()));
        }
        Ok(Matching { sql, args, indexed })
    }

    /// ` AND (…)`: the item comes from `unit`, under any name it goes by.
    /// Resolved now, not at import: items from before a unit or an alias
    /// was listed are found too.
    pub(super) fn unit_filter(
        &self,
        unit: &str,
        sql: &mut String,
        args: &mut Vec<Box<dyn rusqlite::ToSql>>,
    ) -> Result<()> {
        let names = self
            .unit_names(unit)?
            .unwrap_or_else(|| vec![unit.trim().to_string()]);
        let any = vec![SOURCE_IS; names.len()].join(" OR ");
        sql.push_str(&format!(" AND ({any})"));
        for name in names {
            args.push(Box::new(name));
        }
        Ok(())
    }

    /// How many items the search index offers for `expression`, counted up
    /// to one past [`SORTED_CANDIDATES`].
    pub(super) fn candidates(&self, expression: &str) -> Result<usize> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT rowid FROM item_search WHERE item_search MATCH ?1 LIMIT ?2)",
            )?
            .query_row(rusqlite::params![expression, SORTED_CANDIDATES as i64 + 1], |r| r.get(0))?;
        Ok(n as usize)
    }

    pub fn counts(&self) -> Result<StatusCounts> {
        let mut counts = StatusCounts::default();
        let mut stmt = self
            .conn
            // Kept by triggers (migration 7): counting the status index grows
            // with the store.
            .prepare_cached("SELECT status, n FROM item_counts")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as usize))
        })?;
        for row in rows {
            let (status, n) = row?;
            match rows::status("items", "status", &status)? {
                Status::New => counts.new = n,
                Status::Accepted => counts.accepted = n,
                Status::Held => counts.held = n,
                Status::Rejected => counts.rejected = n,
                Status::Published => counts.published = n,
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
            return Err(Error::PublishByFinalise);
        }
        if ids.is_empty() {
            return Ok(0);
        }
        self.write(|tx| {
            let mut items = Vec::with_capacity(ids.len());
            for &id in ids {
                let item = load_item(tx, id)?;
                if item.status == Status::Published {
                    return Err(Error::ItemPublished(id));
                }
                items.push(item);
            }
            let placed: Vec<IssueId> = if status == Status::Accepted {
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
            let label = match items.as_slice() {
                [one] => tf(Key::UndoDecideOne, &[&one.name(), &status.label()]),
                _ => tf(Key::UndoDecide, &[&status.label(), &ids.len()]),
            };
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
                    rows::unplace(tx, id)?;
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
            let name = load_item(tx, id)?.name();
            record_with_placements(tx, &tf(Key::UndoEdit, &[&name]), &[id])?;
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
    Err(Error::ItemFinal { item: id, issue })
}

/// Applies `edit` to a stored item and saves it.
fn apply_edit(conn: &Connection, id: ItemId, edit: &ItemEdit) -> Result<Item> {
    let clean = ItemEdit::clean;
    let mut item = load_item(conn, id)?;
    let rewrites = edit.rewrites(&item);
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
        rows::set_section(conn, id, k)?;
    }
    if let Some(n) = &edit.note {
        item.note = n.clone();
    }
    // A reason belongs to a change of the headline or body: the last one
    // is kept.
    if let (true, Some(r)) = (rewrites, &edit.reason) {
        item.edit_reason = r.trim().to_string();
    }
    save_item(conn, &item)?;
    Ok(item)
}
