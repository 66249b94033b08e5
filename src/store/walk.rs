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

/// Rows sampled per row asked for to judge how common the words are.
const ROWS_PER_HIT: usize = 25;

impl Store {
    /// The page for `q` (searching `words`) by the walk, or `None` when the
    /// walk did not fill it, or would cost more than the search index.
    pub(super) fn walked(&self, q: &ItemQuery, words: &str) -> Result<Option<Vec<ItemRow>>> {
        let sample = q.limit.max(20) * ROWS_PER_HIT;
        // How far to walk: the index is asked how many of the last `sample`
        // items imported hold the words — a cheap question, except for a
        // lone character (a prefix), which is walked without asking. Items
        // arrive about in the order received, so the answer holds for that
        // order too; it only decides the way, never the rows. A word held
        // by one item in sixty-odd (垃圾分类) needs some thousand rows walked
        // for a page; the index must fetch every item holding it, which is
        // the cheaper way only while those are fewer.
        let expression = match_expression(words).filter(|_| !looks_up_prefix(words));
        let walk = if let Some(expression) = expression {
            let seen = self.recent_candidates(&expression, sample)?;
            if seen >= q.limit {
                sample
            } else if seen == 0 {
                return Ok(None);
            } else {
                // Half as much again as the sample says, so that an uneven
                // stretch still fills the page.
                let needed = q.limit * sample * 3 / (seen * 2);
                let holding = seen * self.item_total()? / sample;
                if needed >= holding {
                    return Ok(None);
                }
                needed
            }
        } else {
            sample
        };
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

    /// Every item in the store, from the counts the triggers keep.
    fn item_total(&self) -> Result<usize> {
        let n: i64 = self
            .conn
            .prepare_cached("SELECT ifnull(sum(n), 0) FROM item_counts")?
            .query_row([], |r| r.get(0))?;
        Ok(n.max(0) as usize)
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
