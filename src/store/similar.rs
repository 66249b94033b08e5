//! Near-duplicates in the store: signatures and band keys kept beside each
//! item, finding the most similar earlier item, and the editor's decision.

use rusqlite::{Connection, params};

use super::items::{lines, load_item, save_item};
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{Item, ItemId, Status};
use crate::similar::{
    THRESHOLD, band_keys, estimate, from_bytes, jaccard, shingles, signature, to_bytes,
};

/// An item's signature, worked out from its headline and body.
pub(super) fn sketch(item: &Item) -> Vec<u64> {
    signature(&shingles(&item.fingerprint_text()))
}

/// Stores the signature of item `id` and its band keys, replacing the old ones.
pub(super) fn reindex(conn: &Connection, id: i64, sig: &[u64]) -> Result<()> {
    let old: Option<Vec<u8>> = conn
        .prepare_cached("SELECT sketch FROM items WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let mut delete =
        conn.prepare_cached("DELETE FROM item_bands WHERE key = ?1 AND item_id = ?2")?;
    for key in band_keys(&from_bytes(&old.unwrap_or_default())) {
        delete.execute(params![key, id])?;
    }
    conn.prepare_cached("UPDATE items SET sketch = ?2 WHERE id = ?1")?
        .execute(params![id, to_bytes(sig)])?;
    insert_bands(conn, band_keys(sig).into_iter().map(|k| (k, id)))
}

/// Adds (band key, item) rows; a bulk load sorts them first, so that they
/// go into the index in order.
pub(super) fn insert_bands(
    conn: &Connection,
    rows: impl IntoIterator<Item = (i64, i64)>,
) -> Result<()> {
    let mut insert =
        conn.prepare_cached("INSERT OR IGNORE INTO item_bands (key, item_id) VALUES (?1, ?2)")?;
    for (key, id) in rows {
        insert.execute(params![key, id])?;
    }
    Ok(())
}

/// The earlier item most like `item` (signature `sig`), if any is at least
/// [`THRESHOLD`] alike. Candidates share a band; their signatures sort out
/// the unlikely ones before the texts are compared.
pub(super) fn most_similar(conn: &Connection, item: &Item, sig: &[u64]) -> Result<Option<ItemId>> {
    let keys = band_keys(sig);
    if keys.is_empty() {
        return Ok(None);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT items.id, items.sketch FROM item_bands JOIN items ON items.id = item_bands.item_id
         WHERE item_bands.key IN (SELECT value FROM json_each(?1)) ORDER BY items.id",
    )?;
    let keys_json = serde_json::to_string(&keys).map_err(|e| Error::Invalid(e.to_string()))?;
    let candidates: Vec<(i64, Vec<u8>)> = stmt
        .query_map([keys_json], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<Vec<u8>>>(1)?.unwrap_or_default(),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mine = shingles(&item.fingerprint_text());
    let mut best: Option<(f64, i64)> = None;
    for (id, bytes) in candidates {
        if estimate(sig, &from_bytes(&bytes)) < THRESHOLD - 0.25 {
            continue;
        }
        let (headline, body): (String, String) = conn
            .prepare_cached("SELECT headline, body FROM items WHERE id = ?1")?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let other = Item::new(headline, lines(&body), item.received);
        let j = jaccard(&mine, &shingles(&other.fingerprint_text()));
        if j >= THRESHOLD && best.is_none_or(|(b, _)| j > b) {
            best = Some((j, id));
        }
    }
    Ok(best.map(|(_, id)| ItemId(id)))
}

/// Fills in signatures for items stored before they were kept (migration 2).
pub(super) fn backfill(conn: &Connection) -> Result<()> {
    let rows: Vec<(i64, String, String)> = conn
        .prepare("SELECT id, headline, body FROM items")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut bands = Vec::new();
    for (id, headline, body) in rows {
        let item = Item::new(
            headline,
            lines(&body),
            jiff::civil::Date::constant(2000, 1, 1),
        );
        let sig = sketch(&item);
        conn.prepare_cached("UPDATE items SET sketch = ?2 WHERE id = ?1")?
            .execute(params![id, to_bytes(&sig)])?;
        bands.extend(band_keys(&sig).into_iter().map(|k| (k, id)));
    }
    bands.sort_unstable();
    insert_bands(conn, bands)
}

/// What the editor decides about a near-duplicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Both stay; the flag goes.
    KeepBoth,
    /// The new item is rejected as a duplicate of the earlier one.
    DropNew,
    /// The earlier item takes the new one's text; the new one is rejected,
    /// keeping its own original.
    ReplaceOld,
}

impl Store {
    /// Decides about item `new`, flagged as resembling an earlier item. One
    /// transaction, one undo step.
    pub fn resolve_similar(&mut self, new: ItemId, how: Resolution) -> Result<()> {
        self.write(|tx| {
            let mut item = load_item(tx, new)?;
            let Some(old_id) = item.similar_to else {
                return Err(Error::Invalid(tf(Key::ErrNotSimilar, &[&new])));
            };
            let mut old = load_item(tx, old_id)?;
            undo::record(tx, &tf(Key::UndoResolve, &[&new]), &[new, old_id], &[])?;
            item.similar_to = None;
            match how {
                Resolution::KeepBoth => {}
                Resolution::DropNew => {
                    item.status = Status::Rejected;
                    item.reject_reason = tf(Key::ReasonDuplicate, &[&old_id]);
                    super::issues::unplace(tx, new)?;
                }
                Resolution::ReplaceOld => {
                    if old.status == Status::Published {
                        return Err(Error::Invalid(tf(Key::ErrReplacePublished, &[&old_id])));
                    }
                    old.headline = item.headline.clone();
                    old.body = item.body.clone();
                    if !item.sources.is_empty() {
                        old.sources = item.sources.clone();
                    }
                    save_item(tx, &old)?;
                    item.status = Status::Rejected;
                    item.reject_reason = tf(Key::ReasonReplaced, &[&old_id]);
                    super::issues::unplace(tx, new)?;
                }
            }
            save_item(tx, &item)
        })
    }
}
