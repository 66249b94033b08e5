//! Loading many final issues and loose items at once: demo and load data.

use super::indexed::{Near, Prepared, insert_item, place_new};
use super::rows::{insert_masthead, set_members};
use super::{Store, sketch};
use crate::error::Result;
use crate::model::{Issue, Item, Kind};

impl Store {
    /// Stores many final issues and loose items in one transaction (demo and
    /// load data). Search terms are worked out on a second thread while this
    /// one writes. Returns how many items were offered.
    pub fn bulk_add(&mut self, issues: &[Issue], items: &[Item]) -> Result<usize> {
        let all: Vec<&Item> = issues.iter().flat_map(Issue::items).chain(items).collect();
        std::thread::scope(|scope| {
            let (send, prepared) = std::sync::mpsc::sync_channel::<Prepared>(256);
            let work = &all;
            scope.spawn(move || {
                for item in work {
                    if send.send(Prepared::of(item)).is_err() {
                        break;
                    }
                }
            });
            self.write(|tx| {
                // Let the search index gather the whole batch in memory and
                // write it once, instead of merging many small segments.
                tx.execute(
                    "INSERT INTO item_search (item_search, rank) VALUES ('hashsize', 268435456)",
                    [],
                )?;
                let mut bands = Vec::new();
                for issue in issues {
                    let id = insert_masthead(tx, issue, None)?;
                    for (section, list) in [
                        (Kind::Article, &issue.articles),
                        (Kind::Brief, &issue.briefs),
                    ] {
                        let mut ids = Vec::with_capacity(list.len());
                        for i in list {
                            ids.push(
                                place_new(
                                    tx,
                                    i,
                                    section,
                                    "demo",
                                    prepared.recv().ok(),
                                    Near::Batch(&mut bands),
                                )?
                                .id(),
                            );
                        }
                        set_members(tx, id, section, &ids)?;
                    }
                }
                for item in items {
                    // Load data is not checked for near-duplicates.
                    insert_item(
                        tx,
                        item,
                        None,
                        "demo",
                        prepared.recv().ok(),
                        Near::Batch(&mut bands),
                    )?;
                }
                bands.sort_unstable();
                sketch::insert_bands(tx, bands)?;
                tx.execute(
                    "INSERT INTO item_search (item_search, rank) VALUES ('hashsize', 1048576)",
                    [],
                )?;
                Ok(all.len())
            })
        })
    }
}
