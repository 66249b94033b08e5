//! The whole store as one document, and back.

use std::collections::HashMap;

use super::indexed::{Added, Near, insert_item, place_new};
use super::rows::{self, ITEM_COLUMNS, insert_masthead, item_from_row, set_link, set_members};
use super::{Store, undo};
use crate::archive::Archive;
use crate::error::{Error, Result};
use crate::model::{IssueId, ItemId, Kind, UnitList};

/// What a restore brought in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restored {
    pub issues: usize,
    pub items: usize,
    pub units: usize,
    /// Whether items and issues kept the ids they had (the store was empty).
    pub same_ids: bool,
}

/// Whether the store holds no items and no issues.
fn is_empty(conn: &rusqlite::Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT NOT EXISTS (SELECT 1 FROM items) AND NOT EXISTS (SELECT 1 FROM issues)",
        [],
        |r| r.get(0),
    )?)
}

impl Store {
    /// Everything: units, issues oldest first with their items, and the items
    /// in no issue, by id. `progress` hears (items read, items) as it goes.
    pub fn archive(&self, mut progress: impl FnMut(usize, usize)) -> Result<Archive> {
        let total: i64 = self
            .conn
            .query_row("SELECT count(*) FROM items", [], |r| r.get(0))?;
        let total = total as usize;
        let mut done = 0;
        progress(done, total);
        let ids: Vec<IssueId> = self
            .conn
            .prepare("SELECT id FROM issues ORDER BY id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut issues = Vec::with_capacity(ids.len());
        for id in ids {
            let issue = self.issue(id)?;
            done += issue.items().count();
            progress(done, total);
            issues.push(issue);
        }
        let mut items = Vec::new();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ITEM_COLUMNS} FROM items WHERE id NOT IN (SELECT item_id FROM issue_items) ORDER BY id"
        ))?;
        for item in stmt.query_and_then([], item_from_row)? {
            items.push(item?);
            done += 1;
            if done % super::PROGRESS_EVERY == 0 {
                progress(done, total);
            }
        }
        progress(done, total);
        let mut archive = Archive::new(self.units()?.units, issues, items);
        let mut stmt = self
            .conn
            .prepare("SELECT id, origin FROM items WHERE origin <> '' ORDER BY id")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (id, origin) = row?;
            archive.origins.insert(id, origin);
        }
        Ok(archive)
    }

    /// Brings `archive` into the store in one transaction. Into an empty
    /// store everything keeps its id, so an export of the restored store is
    /// the export that was restored; otherwise items and issues are numbered
    /// anew and the links between them follow. `origin` is recorded for
    /// items the archive does not say the origin of. `progress` hears
    /// (items stored, items) as it goes.
    pub fn restore(
        &mut self,
        archive: &Archive,
        origin: &str,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<Restored> {
        // Every record is checked as `verify` would before anything is
        // stored: an item without a body would be damage from the start.
        for item in archive
            .issues
            .iter()
            .flat_map(|i| i.items())
            .chain(&archive.items)
        {
            if item.body.iter().all(|p| p.trim().is_empty()) {
                return Err(Error::ItemWithoutBody(item.id.unwrap_or(ItemId(0))));
            }
        }
        let total = archive
            .issues
            .iter()
            .map(|i| i.items().count())
            .sum::<usize>()
            + archive.items.len();
        self.write(|tx| {
            // Decided under the write lock: nothing can be added meanwhile.
            let same_ids = is_empty(tx)?;
            let units = rows::insert_units(
                tx,
                &UnitList {
                    units: archive.units.clone(),
                },
            )?;
            let mut count = 0;
            let mut seen = 0;
            let mut new_ids: Vec<ItemId> = Vec::new();
            let mut new_issues: Vec<IssueId> = Vec::new();
            undo::record_touched(
                tx,
                &crate::i18n::tf(crate::i18n::Key::UndoImport, &[&origin]),
                undo::Touched {
                    units: Some(rows::load_units(tx)?),
                    ..undo::Touched::default()
                },
            )?;
            // Old id → id in this store, to rewrite the near-duplicate links
            // once every item is in.
            let mut ids: HashMap<ItemId, ItemId> = HashMap::new();
            let mut links = Vec::new();
            let mut add = |item: &crate::model::Item, placed: Option<Kind>| -> Result<ItemId> {
                let mut copy = item.clone();
                copy.similar_to = None;
                if !same_ids {
                    copy.id = None;
                }
                let from = item.id.and_then(|id| archive.origins.get(&id.0));
                let from = from.map_or(origin, String::as_str);
                let added = match placed {
                    Some(section) => place_new(tx, &copy, section, from, None, Near::Index)?,
                    None => insert_item(tx, &copy, copy.id, from, None, Near::Index)?,
                };
                let new = added.id();
                // What was stored is counted: an item already there, or
                // listed twice, is not restored again.
                if let Added::New(id) = added {
                    count += 1;
                    new_ids.push(id);
                }
                seen += 1;
                if seen % super::PROGRESS_EVERY == 0 {
                    progress(seen, total);
                }
                if let Some(old) = item.id {
                    ids.insert(old, new);
                }
                if let Some(to) = item.similar_to {
                    links.push((new, to));
                }
                Ok(new)
            };
            for issue in &archive.issues {
                let id = insert_masthead(tx, issue, issue.id.filter(|_| same_ids))?;
                new_issues.push(id);
                for (section, list) in [
                    (Kind::Article, &issue.articles),
                    (Kind::Brief, &issue.briefs),
                ] {
                    let members = list
                        .iter()
                        .map(|item| add(item, Some(section)))
                        .collect::<Result<Vec<_>>>()?;
                    set_members(tx, id, section, &members)?;
                }
            }
            for item in &archive.items {
                add(item, None)?;
            }
            undo::amend_last(tx, &new_issues, &new_ids)?;
            progress(seen, total);
            for (item, to) in links {
                // A link to an item the archive does not hold is dropped.
                if let Some(&to) = ids.get(&to) {
                    set_link(tx, item, to)?;
                }
            }
            Ok(Restored {
                issues: archive.issues.len(),
                items: count,
                units,
                same_ids,
            })
        })
    }
}
