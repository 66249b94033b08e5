//! The queue pane's state: a filter, and a window of rows paged from the
//! store around the selection — never the whole queue.

use std::collections::BTreeSet;

use crate::error::Result;
use crate::i18n::{Key, t, tf};
use crate::model::{ItemId, Status};
use crate::store::{ItemQuery, ItemRow, RowKey, Sort, Store};

/// Rows fetched at a time.
pub const PAGE: usize = 200;
/// Rows kept at most; older pages are dropped as the window moves.
const WINDOW: usize = 4 * PAGE;

/// The order `o` moves the queue to from `sort`.
pub fn next_sort(sort: Sort) -> Sort {
    match sort {
        Sort::NewestReceived => Sort::OldestReceived,
        Sort::OldestReceived => Sort::Imported,
        Sort::Imported => Sort::NewestReceived,
    }
}

/// An order's name, for the status line.
pub fn sort_label(sort: Sort) -> &'static str {
    t(match sort {
        Sort::NewestReceived => Key::SortNewestReceived,
        Sort::OldestReceived => Key::SortOldestReceived,
        Sort::Imported => Key::SortImported,
    })
}

#[derive(Debug, Clone, Default)]
pub struct Queue {
    pub status: Option<Status>,
    pub unit: Option<String>,
    pub search: String,
    pub rows: Vec<ItemRow>,
    pub selected: usize,
    /// The first row on screen.
    pub offset: usize,
    /// Rows exist past the end of the window (older) / before its start (newer).
    pub more_older: bool,
    pub more_newer: bool,
    pub marked: BTreeSet<ItemId>,
    pub sort: Sort,
    /// The store's items were received in more than one year, so dates
    /// show the year.
    pub years: bool,
}

impl Queue {
    pub fn new() -> Queue {
        Queue {
            status: Some(Status::New),
            ..Queue::default()
        }
    }

    /// The query for a page in the queue's order, or (`back`) against it,
    /// to page back from the other end.
    fn query(&self, limit: usize, back: bool) -> ItemQuery {
        let (order, oldest_first) = self.sort.order();
        ItemQuery {
            status: self.status,
            unit: self.unit.clone(),
            search: Some(self.search.clone()).filter(|s| !s.trim().is_empty()),
            order,
            oldest_first: oldest_first != back,
            limit,
            ..ItemQuery::default()
        }
    }

    /// A page next to the row `key`, down the queue or up it, nearest first.
    fn page_from(&self, key: RowKey, down: bool) -> ItemQuery {
        let mut q = self.query(PAGE + 1, !down);
        // The store's keys are absolute: past the key is later in an
        // ascending page, earlier in a descending one.
        if q.oldest_first {
            q.after = Some(key);
        } else {
            q.before = Some(key);
        }
        q
    }

    /// The current filter in words, for messages.
    pub fn filter_label(&self) -> String {
        let mut s = self
            .status
            .map_or(t(Key::FilterAllLabel), |st| st.label())
            .to_string();
        if let Some(unit) = &self.unit {
            s.push_str(&format!("，{unit}"));
        }
        if !self.search.is_empty() {
            s.push_str(&tf(Key::FilterSearchLabel, &[&self.search]));
        }
        s
    }

    pub fn selected_row(&self) -> Option<&ItemRow> {
        self.rows.get(self.selected)
    }

    /// Reloads from the newest row, keeping the selection on the same item
    /// when it is still there, else at the same place.
    pub fn reload(&mut self, store: &Store) -> Result<()> {
        let keep = self.selected_row().map(|r| r.id);
        let at = self.selected;
        let window = (self.selected + PAGE).max(PAGE);
        self.rows = store.items(&self.query(window + 1, false))?;
        self.years = store
            .received_years()?
            .is_some_and(|(first, last)| first != last);
        self.more_older = self.rows.len() > window;
        self.rows.truncate(window);
        self.more_newer = false;
        self.selected = keep
            .and_then(|id| self.rows.iter().position(|r| r.id == id))
            .unwrap_or(at)
            .min(self.rows.len().saturating_sub(1));
        self.marked
            .retain(|id| self.rows.iter().any(|r| r.id == *id));
        Ok(())
    }

    /// Moves the selection to `id` when the window holds it.
    pub fn select(&mut self, id: ItemId) {
        if let Some(at) = self.rows.iter().position(|r| r.id == id) {
            self.selected = at;
        }
    }

    /// A filter changed: start again at the top, without marks.
    pub fn refilter(&mut self, store: &Store) -> Result<usize> {
        let dropped = self.marked.len();
        self.marked.clear();
        self.selected = 0;
        self.offset = 0;
        self.rows.clear();
        self.reload(store)?;
        Ok(dropped)
    }

    /// The next order: the list starts again at its top, the selection
    /// staying on its item when the first page holds it.
    pub fn resort(&mut self, store: &Store) -> Result<()> {
        let keep = self.selected_row().map(|r| r.id);
        self.sort = next_sort(self.sort);
        self.selected = 0;
        self.offset = 0;
        self.reload(store)?;
        if let Some(id) = keep {
            self.select(id);
        }
        Ok(())
    }

    pub fn down(&mut self, n: usize, store: &Store) -> Result<()> {
        if self.selected + n + 1 >= self.rows.len() && self.more_older {
            self.load_older(store)?;
        }
        self.selected = (self.selected + n).min(self.rows.len().saturating_sub(1));
        Ok(())
    }

    pub fn up(&mut self, n: usize, store: &Store) -> Result<()> {
        if self.selected < n && self.more_newer {
            self.load_newer(store)?;
        }
        self.selected = self.selected.saturating_sub(n);
        Ok(())
    }

    pub fn top(&mut self, store: &Store) -> Result<()> {
        self.selected = 0;
        self.offset = 0;
        self.rows.clear();
        self.reload(store)
    }

    /// The oldest rows, fetched from the other end.
    pub fn bottom(&mut self, store: &Store) -> Result<()> {
        let mut rows = store.items(&self.query(PAGE + 1, true))?;
        self.more_newer = rows.len() > PAGE;
        rows.truncate(PAGE);
        rows.reverse();
        self.rows = rows;
        self.more_older = false;
        self.selected = self.rows.len().saturating_sub(1);
        // Scrolled from the top, so keeping the selection in view puts the
        // last row at the bottom of a full pane, not alone at its top.
        self.offset = 0;
        Ok(())
    }

    fn load_older(&mut self, store: &Store) -> Result<()> {
        let Some(last) = self.rows.last().map(ItemRow::key) else {
            return Ok(());
        };
        let mut page = store.items(&self.page_from(last, true))?;
        self.more_older = page.len() > PAGE;
        page.truncate(PAGE);
        self.rows.extend(page);
        if self.rows.len() > WINDOW {
            let drop = self.rows.len() - WINDOW;
            self.rows.drain(..drop);
            self.selected = self.selected.saturating_sub(drop);
            self.offset = self.offset.saturating_sub(drop);
            self.more_newer = true;
        }
        Ok(())
    }

    fn load_newer(&mut self, store: &Store) -> Result<()> {
        let Some(first) = self.rows.first().map(ItemRow::key) else {
            return Ok(());
        };
        let mut page = store.items(&self.page_from(first, false))?;
        self.more_newer = page.len() > PAGE;
        page.truncate(PAGE);
        page.reverse();
        let added = page.len();
        page.append(&mut self.rows);
        self.rows = page;
        self.selected += added;
        self.offset += added;
        if self.rows.len() > WINDOW {
            self.rows.truncate(WINDOW);
            self.more_older = true;
        }
        Ok(())
    }

    /// The items a decision applies to: the marked ones (all visible under
    /// the current filter, since marks are cleared when it changes) in the
    /// order the queue shows them, so that placing several keeps the order
    /// the editor sees; or the selected one.
    pub fn targets(&self) -> Vec<ItemId> {
        if self.marked.is_empty() {
            self.selected_row().map(|r| vec![r.id]).unwrap_or_default()
        } else {
            self.rows
                .iter()
                .map(|r| r.id)
                .filter(|id| self.marked.contains(id))
                .collect()
        }
    }

    /// Keeps the selection on screen in a list `height` rows tall.
    pub fn scroll_to_selection(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Item;

    fn store(n: usize) -> (Store, Vec<ItemId>) {
        let mut store = Store::open_in_memory().unwrap();
        let items: Vec<Item> = (0..n)
            .map(|i| {
                Item::new(
                    format!("标题{i}"),
                    vec![format!("正文{i}。")],
                    jiff::civil::Date::constant(2023, 1, 1),
                )
            })
            .collect();
        let ids = store
            .add_items(&items, "t")
            .unwrap()
            .into_iter()
            .map(|a| match a {
                crate::store::Added::New(id) => id,
                crate::store::Added::Exists(id) => id,
            })
            .collect();
        (store, ids)
    }

    #[test]
    fn paging_walks_the_whole_queue_in_order_and_keeps_a_bounded_window() {
        let (store, ids) = store(1500);
        let mut q = Queue::new();
        q.reload(&store).unwrap();
        assert_eq!(q.rows.len(), PAGE);
        let mut seen = vec![q.selected_row().unwrap().id];
        for _ in 0..1499 {
            q.down(1, &store).unwrap();
            seen.push(q.selected_row().unwrap().id);
            assert!(q.rows.len() <= WINDOW);
        }
        let mut newest_first = ids.clone();
        newest_first.reverse();
        assert_eq!(seen, newest_first);
        q.down(1, &store).unwrap();
        assert_eq!(q.selected_row().unwrap().id, ids[0], "stops at the oldest");
        for _ in 0..1499 {
            q.up(1, &store).unwrap();
        }
        assert_eq!(
            q.selected_row().unwrap().id,
            ids[1499],
            "and walks back to the newest"
        );
        q.bottom(&store).unwrap();
        assert_eq!(q.selected_row().unwrap().id, ids[0]);
        q.up(PAGE + 5, &store).unwrap();
        assert_eq!(q.selected_row().unwrap().id, ids[PAGE + 5]);
        q.top(&store).unwrap();
        assert_eq!(q.selected_row().unwrap().id, ids[1499]);
    }

    #[test]
    fn marks_belong_to_one_filter() {
        let (store, ids) = store(5);
        let mut q = Queue::new();
        q.reload(&store).unwrap();
        q.marked.insert(ids[1]);
        q.marked.insert(ids[3]);
        assert_eq!(
            q.targets(),
            vec![ids[3], ids[1]],
            "in queue order, newest first"
        );
        q.search = "标题1".into();
        assert_eq!(q.refilter(&store).unwrap(), 2);
        assert!(q.marked.is_empty());
        assert_eq!(q.targets(), vec![ids[1]]);
    }
}
