//! Listing by the date received: the order, its tie-break and paging.

use jiff::civil::Date;

use super::{Added, ItemQuery, ItemRow, Order, Store};
use crate::model::{Item, ItemId};

/// Six items imported in this order, received over a new year.
fn received_over_new_year() -> (Store, Vec<ItemId>) {
    let mut store = Store::open_in_memory().unwrap();
    let dates = [
        (2025, 1, 2),
        (2024, 12, 30),
        (2025, 1, 2),
        (2025, 1, 1),
        (2024, 12, 30),
        (2025, 1, 1),
    ];
    let ids = dates
        .iter()
        .enumerate()
        .map(|(i, &(y, m, d))| {
            let body = format!("第{i}篇稿件的正文，讲一件事。");
            let mut item = Item::new(format!("标题{i}"), vec![body], Date::new(y, m, d).unwrap());
            item.sources = vec![
                if i % 2 == 0 {
                    "矿山街道"
                } else {
                    "峡窝镇"
                }
                .into(),
            ];
            match store.add_item(&item, "test").unwrap() {
                Added::New(id) => id,
                Added::Exists(id) => panic!("{id} twice"),
            }
        })
        .collect();
    (store, ids)
}

/// Every row of `q`, fetched two at a time from the keys of the last page.
fn paged(store: &Store, q: &ItemQuery) -> Vec<ItemId> {
    let mut all: Vec<ItemRow> = Vec::new();
    loop {
        let mut page_q = ItemQuery {
            limit: 2,
            ..q.clone()
        };
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
fn newest_received_first_with_import_order_breaking_ties() {
    let (store, id) = received_over_new_year();
    let by_date = ItemQuery {
        order: Order::Received,
        limit: 100,
        ..ItemQuery::default()
    };
    let expected = [id[2], id[0], id[5], id[3], id[4], id[1]];
    let rows: Vec<ItemId> = store
        .items(&by_date)
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(rows, expected);
    assert_eq!(paged(&store, &by_date), expected, "pages join up");
    let oldest = ItemQuery {
        oldest_first: true,
        ..by_date.clone()
    };
    let mut reversed = expected;
    reversed.reverse();
    assert_eq!(paged(&store, &oldest), reversed);
    let imported = ItemQuery {
        limit: 100,
        ..ItemQuery::default()
    };
    assert_eq!(
        paged(&store, &imported),
        [id[5], id[4], id[3], id[2], id[1], id[0]]
    );
}

#[test]
fn a_search_and_a_unit_keep_the_order() {
    let (store, id) = received_over_new_year();
    let q = ItemQuery {
        order: Order::Received,
        search: Some("稿件 正文".into()),
        unit: Some("矿山街道".into()),
        limit: 100,
        ..ItemQuery::default()
    };
    assert_eq!(paged(&store, &q), [id[2], id[0], id[4]]);
}

#[test]
fn the_years_items_were_received_in() {
    let (mut store, _) = received_over_new_year();
    assert_eq!(store.received_years().unwrap(), Some((2024, 2025)));
    let late = Item::new(
        "后来的稿件",
        vec!["二〇三〇年的来稿。".into()],
        Date::new(2030, 3, 1).unwrap(),
    );
    store.add_item(&late, "test").unwrap();
    assert_eq!(store.received_years().unwrap(), Some((2024, 2030)));
    assert_eq!(
        Store::open_in_memory().unwrap().received_years().unwrap(),
        None
    );
}

#[test]
fn a_common_word_lists_in_the_same_order_as_a_rare_one() {
    // Past the candidates a date-sorted search sorts in full, the store
    // walks the date index instead: the order must not change with it.
    let mut store = Store::open_in_memory().unwrap();
    let mut expected = Vec::new();
    for i in 0..(super::items::SORTED_CANDIDATES + 100) {
        let received = Date::new(2025, 1 + (i * 5 % 12) as i8, 1 + (i * 7 % 28) as i8).unwrap();
        // Every third item holds the searched words apart: the index
        // offers it, the exact check refuses it.
        let body = if i % 3 == 0 {
            format!("网格与格化，化管与管理第{i}次。")
        } else {
            format!("推进网格化管理第{i}次。")
        };
        let item = Item::new(format!("标题{i}"), vec![body], received);
        let Added::New(id) = store.add_item(&item, "test").unwrap() else {
            panic!("{i} twice")
        };
        if i % 3 != 0 {
            expected.push((received, id));
        }
    }
    expected.sort_by(|a, b| b.cmp(a));
    let expected: Vec<ItemId> = expected.into_iter().map(|(_, id)| id).collect();
    let q = ItemQuery {
        order: Order::Received,
        search: Some("网格化管理".into()),
        limit: 100_000,
        ..ItemQuery::default()
    };
    let expression = crate::search::match_expression("网格化管理").unwrap();
    assert!(store.candidates(&expression).unwrap() > super::items::SORTED_CANDIDATES);
    assert_eq!(paged(&store, &q), expected);
    let all: Vec<ItemId> = store.items(&q).unwrap().iter().map(|r| r.id).collect();
    assert_eq!(all, expected);
}
