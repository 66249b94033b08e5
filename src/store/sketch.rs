//! Near-duplicates in the store: signatures and band keys kept beside each
//! item, and finding the most similar earlier item.

use rusqlite::{Connection, params};

use super::rows::{lines, load_text};
use crate::error::{Error, Result};
use crate::model::{Item, ItemId};
use crate::similar::{
    THRESHOLD, band_keys, estimate, from_bytes, jaccard, shingles, signature, to_bytes,
};

/// An item's signature, worked out from its headline and body.
pub(super) fn sketch(item: &Item) -> Vec<u64> {
    signature(&shingles(&item.fingerprint_text()))
}

/// Stores the signature of item `id` and its band keys, replacing the old ones.
pub(super) fn reindex(conn: &Connection, id: ItemId, sig: &[u64]) -> Result<()> {
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
    rows: impl IntoIterator<Item = (i64, ItemId)>,
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
    let keys_json = serde_json::to_string(&keys).map_err(Error::Json)?;
    let candidates: Vec<(ItemId, Vec<u8>)> = stmt
        .query_map([keys_json], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<Vec<u8>>>(1)?.unwrap_or_default(),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mine = shingles(&item.fingerprint_text());
    let mut best: Option<(f64, ItemId)> = None;
    for (id, bytes) in candidates {
        if estimate(sig, &from_bytes(&bytes)) < THRESHOLD - 0.25 {
            continue;
        }
        let other = load_text(conn, id, item.received)?;
        let j = jaccard(&mine, &shingles(&other.fingerprint_text()));
        if j >= THRESHOLD && best.is_none_or(|(b, _)| j > b) {
            best = Some((j, id));
        }
    }
    Ok(best.map(|(_, id)| id))
}

/// Fills in signatures for items stored before they were kept (migration 2).
pub(super) fn backfill(conn: &Connection) -> Result<()> {
    let rows: Vec<(ItemId, String, String)> = conn
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
