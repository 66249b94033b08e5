//! Keeping the search index in step with the items, and querying it.

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, params};

use crate::error::Result;
use crate::model::{Item, ItemId};
use crate::search::{index_terms, matches};

/// `jianbao_match(text, query)`: the exact check behind every index hit.
pub(super) fn register(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "jianbao_match",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text = ctx.get_raw(0).as_str().unwrap_or("");
            let query = ctx.get_raw(1).as_str().unwrap_or("");
            Ok(matches(text, query))
        },
    )?;
    Ok(())
}

pub(super) fn terms(item: &Item) -> String {
    let sources = item.sources.join(" ");
    index_terms(
        [item.headline.as_str(), sources.as_str()]
            .into_iter()
            .chain(item.body.iter().map(String::as_str)),
    )
}

pub(super) fn index(conn: &Connection, id: ItemId, terms: &str) -> Result<()> {
    unindex(conn, id)?;
    conn.prepare_cached("INSERT INTO item_search (rowid, terms) VALUES (?1, ?2)")?
        .execute(params![id, terms])?;
    Ok(())
}

pub(super) fn unindex(conn: &Connection, id: ItemId) -> Result<()> {
    conn.prepare_cached("DELETE FROM item_search WHERE rowid = ?1")?
        .execute([id])?;
    Ok(())
}

/// The SQL text every search confirms its index hits against.
pub(super) const SEARCHED_TEXT: &str =
    "items.headline || char(10) || items.sources || char(10) || items.body";
