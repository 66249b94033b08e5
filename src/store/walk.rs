//! A search's page found by walking the listing's own order: the rows come
//! in the order asked for and each is checked against the words, so a word
//! most items hold fills a page after a few hundred rows, whatever the
//! store's size. Looking such a word up in the search index instead means
//! gathering every item that holds it before the first row is known —
//! the cost that grew tenfold from 100,000 to 1,000,000 items.

use super::Store;
use super::items::{ItemQuery, order_by, push_bounds};
use super::rows::{self, ItemRow, LISTED_COLUMNS};
use super::search::SEARCHED_TEXT;
use crate::error::Result;
use crate::search::{looks_up_prefix, match_expression};

/// Rows walked per row asked for before the walk gives up: a word held by
/// fewer than one item in this many is left to the search index.
const ROWS_PER_HIT: usize = 25;

impl Store {
    /// The page for `q` (searching `words`) by the walk, or `None` when the
    /// walk did not fill it: the word is rare, or the page is the last.
    pub(super) fn walked(&self, q: &ItemQuery, words: &str) -> Result<Option<Vec<ItemRow>>> {
        let walk = q.limit.max(20) * ROWS_PER_HIT;
        // Whether a walk is likely to fill the page: the index is asked how
        // many of the last `walk` items imported hold the words — a cheap
        // question, except for a lone character (a prefix), which is walked
        // without asking. Items arrive about in the order received, so the
        // answer holds for that order too; it only decides the way, never
        // the rows.
        if !looks_up_prefix(words)
            && let Some(expression) = match_expression(words)
            && self.recent_candidates(&expression, walk)? < q.limit
        {
            return Ok(None);
        }
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        let mut inner = String::from("SELECT * FROM items WHERE 1");
        if let Some(status) = q.status {
            inner.push_str(" AND items.status = ?");
            args.push(Box::new(status.as_str()));
        }
        push_bounds(q, &mut inner, &mut args);
        let order = order_by(q);
        inner.push_str(&format!(" ORDER BY {order} LIMIT ?"));
        args.push(Box::new(walk as i64));
        let mut sql =
            format!("SELECT {LISTED_COLUMNS}, items.body FROM ({inner}) AS items WHERE 1");
        // The unit is checked on the rows walked, not in the walk: a unit
        // with few items would otherwise make it read the whole store.
        if let Some(unit) = &q.unit {
            self.unit_filter(unit, &mut sql, &mut args)?;
        }
        sql.push_str(&format!(
            " AND jianbao_match({SEARCHED_TEXT}, ?) ORDER BY {order} LIMIT ?"
        ));
        args.push(Box::new(words.to_string()));
        args.push(Box::new(q.limit as i64));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let found = stmt
            .query_and_then(
                rusqlite::params_from_iter(args.iter().map(|a| a.as_ref())),
                |r| rows::listed_from_row(r, Some(words)),
            )?
            .collect::<Result<Vec<_>>>()?;
        Ok((found.len() == q.limit).then_some(found))
    }

    /// How many of the last `recent` items imported the search index offers
    /// for `expression`.
    fn recent_candidates(&self, expression: &str, recent: usize) -> Result<usize> {
        let n: i64 = self
            .conn
            .prepare_cached(
                "SELECT count(*) FROM item_search WHERE item_search MATCH ?1
                 AND rowid > (SELECT ifnull(max(id), 0) FROM items) - ?2",
            )?
            .query_row(rusqlite::params![expression, recent as i64], |r| r.get(0))?;
        Ok(n as usize)
    }
}
