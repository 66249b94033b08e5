//! Items written together with their search terms and near-duplicate
//! bands: the one way an item is inserted, saved or deleted, so that the
//! indexes never fall out of step with the rows.

use rusqlite::Connection;

use super::{rows, search, sketch};
use crate::error::{Error, Result};
use crate::model::{Item, ItemId, Kind};

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
            sketch: sketch::sketch(item),
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
    Batch(&'a mut Vec<(i64, ItemId)>),
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
    if let Some(id) = rows::same_text(conn, item)? {
        return Ok(Added::Exists(id));
    }
    let prepared = prepared.unwrap_or_else(|| Prepared::of(item));
    let similar = match near {
        Near::Detect => sketch::most_similar(conn, item, &prepared.sketch)?,
        _ => item.similar_to,
    };
    let sig = crate::similar::to_bytes(&prepared.sketch);
    let id = rows::insert_item(conn, item, id, origin, similar, &sig)?;
    search::index(conn, id, &prepared.terms)?;
    let bands = crate::similar::band_keys(&prepared.sketch)
        .into_iter()
        .map(|k| (k, id));
    match near {
        Near::Batch(batch) => batch.extend(bands),
        _ => sketch::insert_bands(conn, bands)?,
    }
    Ok(Added::New(id))
}

/// Writes every editable column of `item` back and re-indexes it.
pub(super) fn save_item(conn: &Connection, item: &Item) -> Result<()> {
    let id = rows::update_item(conn, item)?;
    search::index(conn, id, &search::terms(item))?;
    sketch::reindex(conn, id, &sketch::sketch(item))
}

/// Deletes an item that an undone import added, with its search terms;
/// its near-duplicate bands go with it and links to it are cleared.
pub(super) fn delete_item(conn: &Connection, id: ItemId) -> Result<()> {
    search::unindex(conn, id)?;
    rows::delete_item(conn, id)
}

/// Inserts an item of a printed or restored issue (under its own id if it
/// carries one): already edited, so nothing to flag as a near-duplicate.
/// An item already stored takes the status and section given, unless it is
/// placed in another issue.
pub(super) fn place_new(
    conn: &Connection,
    item: &Item,
    section: Kind,
    origin: &str,
    prepared: Option<Prepared>,
    near: Near,
) -> Result<Added> {
    let mut item: Item = item.clone();
    item.kind = section;
    match insert_item(conn, &item, item.id, origin, prepared, near)? {
        Added::New(id) => Ok(Added::New(id)),
        Added::Exists(id) => {
            if let Some((_, label)) = rows::placement(conn, id)? {
                return Err(Error::ItemPlaced {
                    item: id,
                    issue: label,
                });
            }
            let mut stored = rows::load_item(conn, id)?;
            stored.status = item.status;
            stored.kind = section;
            save_item(conn, &stored)?;
            Ok(Added::Exists(id))
        }
    }
}
