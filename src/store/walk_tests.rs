//! Searching by walking the listing's order (`walk.rs`) and falling back to
//! the search index give the same rows; the queue's counts kept by
//! triggers agree with the items.

use jiff::civil::Date;

use super::{Added, ItemQuery, Order, Store};
use crate::model::{ItemId, Status};

struct Row {
    id: ItemId,
    received: Date,
    unit: &'static str,
    text: String,
    status: Status,
}

/// 1,200 items over two years: 网 in every second, 峰 in every hundredth
/// (too rare for a walk to fill a page), from two units, a third rejected.
fn store() -> (Store, Vec<Row>) {
    let mut store = Store::open_in_memory().unwrap();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for i in 0..1200usize {
        let received = Date::new(
            2024 + (i % 2) as i16,
            1 + (i * 5 % 12) as i8,
            1 + (i * 7 % 28) as i8,
        )
        .unwrap();
        let unit = if i % 3 == 1 {
            "峡窝镇"
        } else {
            "矿山街道"
        };
        let mut text = format!("第{i}次推进工作");
        if i % 2 == 0 {
            text.push_str("，网上办理");
        }
        if i % 100 == 7 {
            text.push_str("，登峰造极");
        }
        text.push('。');
        let mut item = crate::model::Item::new(format!("标题{i}"), vec![text.clone()], received);
        item.sources = vec![unit.into()];
        items.push(item);
        rows.push((received, unit, text));
    }
    // One step, so that one undo takes every item out again.
    let added = store.add_items(&items, "test").unwrap();
    let rows: Vec<Row> = added
        .into_iter()
        .zip(rows)
        .map(|(added, (received, unit, text))| {
            let Added::New(id) = added else {
                panic!("{text} twice")
            };
            Row {
                id,
                received,
                unit,
                text,
                status: Status::New,
            }
        })
        .collect();
    let rejected: Vec<ItemId> = rows.iter().step_by(3).map(|r| r.id).collect();
    store.decide(&rejected, Status::Rejected, None).unwrap();
    let mut rows = rows;
    for r in rows.iter_mut().step_by(3) {
        r.status = Status::Rejected;
    }
    (store, rows)
}

/// What `q` should list, worked out from the rows themselves.
fn expected(rows: &[Row], q: &ItemQuery, word: &str) -> Vec<ItemId> {
    let mut hits: Vec<&Row> = rows
        .iter()
        .filter(|r| r.text.contains(word))
        .filter(|r| q.status.is_none_or(|s| r.status == s))
        .filter(|r| q.unit.as_deref().is_none_or(|u| r.unit == u))
        .collect();
    match q.order {
        Order::Received => hits.sort_by_key(|r| (r.received, r.id)),
        Order::Imported => hits.sort_by_key(|r| r.id),
    }
    if !q.oldest_first {
        hits.reverse();
    }
    hits.iter().map(|r| r.id).collect()
}

/// Every row of `q`, a page of `limit` at a time, newest pages first.
fn paged(store: &Store, q: &ItemQuery, limit: usize) -> Vec<ItemId> {
    let mut all: Vec<super::ItemRow> = Vec::new();
    loop {
        let mut page_q = ItemQuery { limit, ..q.clone() };
        if let Some(last) = all.last() {
            if q.oldest_first {
                page_q.after = Some(last.key());
            } else {
                page_q.before = Some(last.key());
            }
        }
        let page = store.items(&page_q).unwrap();
        if page.is_empty() {
            return all.iter().map(|r| r.id).collect();
        }
        all.extend(page);
    }
}

#[test]
fn a_word_most_items_hold_lists_as_a_rare_one_does() {
    let (store, rows) = store();
    for word in ["网", "网上", "峰", "登峰"] {
        for order in [Order::Received, Order::Imported] {
            for oldest_first in [false, true] {
                for status in [None, Some(Status::New)] {
                    for unit in [None, Some("峡窝镇")] {
                        let q = ItemQuery {
                            order,
                            oldest_first,
                            status,
                            unit: unit.map(String::from),
                            search: Some(word.into()),
                            ..ItemQuery::default()
                        };
                        let want = expected(&rows, &q, word);
                        assert!(!want.is_empty(), "{word}: the data holds it");
                        let why =
                            format!("{word} {order:?} oldest {oldest_first} {status:?} {unit:?}");
                        assert_eq!(paged(&store, &q, 20), want, "{why}");
                        assert_eq!(paged(&store, &q, 7), want, "{why}");
                    }
                }
            }
        }
    }
}

#[test]
fn a_page_the_walk_cannot_fill_comes_from_the_index() {
    let (store, rows) = store();
    // 峰 is in 12 of 1,200 items: a walk of 500 rows finds about five.
    let q = ItemQuery {
        order: Order::Received,
        search: Some("峰".into()),
        limit: 10,
        ..ItemQuery::default()
    };
    let page: Vec<ItemId> = store.items(&q).unwrap().iter().map(|r| r.id).collect();
    assert_eq!(page, expected(&rows, &q, "峰")[..10]);
}

fn counted(store: &Store) -> Vec<(String, i64)> {
    let mut stmt = store
        .conn
        .prepare("SELECT status, count(*) FROM items GROUP BY status ORDER BY status")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn kept(store: &Store) -> Vec<(String, i64)> {
    let mut stmt = store
        .conn
        .prepare("SELECT status, n FROM item_counts WHERE n > 0 ORDER BY status")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn the_counts_follow_every_change_and_verify_checks_them() {
    let (mut store, rows) = store();
    assert_eq!(kept(&store), counted(&store));
    let c = store.counts().unwrap();
    assert_eq!((c.new, c.rejected, c.total()), (800, 400, 1200));
    let some: Vec<ItemId> = rows
        .iter()
        .skip(1)
        .step_by(3)
        .take(50)
        .map(|r| r.id)
        .collect();
    store.decide(&some, Status::Held, None).unwrap();
    assert_eq!(store.counts().unwrap().held, 50);
    store.undo().unwrap();
    assert_eq!(store.counts().unwrap().held, 0);
    // Undoing an import deletes its row.
    let late = crate::model::Item::new("标题", vec!["另一篇。".into()], rows[0].received);
    store.add_item(&late, "test").unwrap();
    assert_eq!(store.counts().unwrap().new, 801);
    store.undo().unwrap();
    assert_eq!(store.counts().unwrap().new, 800);
    // Undoing the rejections.
    store.undo().unwrap();
    assert_eq!(store.counts().unwrap().new, 1200);
    assert_eq!(kept(&store), counted(&store));
    assert!(store.verify(|_, _, _| {}).unwrap().is_empty());

    store
        .conn
        .execute("UPDATE item_counts SET n = 3 WHERE status = 'held'", [])
        .unwrap();
    let problems = store.verify(|_, _, _| {}).unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains('3'), "{}", problems[0]);
}
