//! The queue's order: by date received unless the editor picks another,
//! paged through the store in that order, dates with years across years.

use jiff::civil::Date;

use super::{press, screen};
use crate::model::{Item, ItemId};
use crate::settings::Settings;
use crate::store::{Added, Store};
use crate::tui::app::App;

/// `n` items imported in id order, received on dates that go back and
/// forth over two years, several a day.
fn store_of(n: usize) -> (Store, Vec<(Date, ItemId)>) {
    let mut store = Store::open_in_memory().unwrap();
    let start = Date::new(2024, 12, 20).unwrap();
    let mut rows = Vec::new();
    for i in 0..n {
        // 0, 7, 3, 10, 6, … days after the start: not the import order.
        let days = (i * 7 % 23) as i64;
        let received = start.checked_add(jiff::Span::new().days(days)).unwrap();
        let body = format!("第{i}篇来稿，内容各不相同：编号{i}。");
        let mut item = Item::new(format!("来稿{i}"), vec![body], received);
        item.sources = vec!["矿山街道".into()];
        match store.add_item(&item, "test").unwrap() {
            Added::New(id) => rows.push((received, id)),
            Added::Exists(id) => panic!("{id} twice"),
        }
    }
    (store, rows)
}

fn app(store: &Store, w: u16, h: u16) -> App {
    App::new(store, Settings::default(), "test.db".into(), (w, h)).unwrap()
}

/// The ids the queue shows, stepping down with `j` to its end.
fn walked(app: &mut App, store: &mut Store) -> Vec<ItemId> {
    let mut seen = vec![app.queue.selected_row().unwrap().id];
    loop {
        press(app, store, "j");
        let id = app.queue.selected_row().unwrap().id;
        if Some(&id) == seen.last() {
            return seen;
        }
        seen.push(id);
    }
}

#[test]
fn the_queue_runs_newest_received_first_through_every_page() {
    // More than the window of 800 rows the queue keeps.
    let (mut store, rows) = store_of(1000);
    let mut app = app(&store, 120, 40);
    let mut expected = rows.clone();
    expected.sort_by(|a, b| b.cmp(a));
    let expected: Vec<ItemId> = expected.into_iter().map(|(_, id)| id).collect();
    assert_eq!(walked(&mut app, &mut store), expected);
    // Back up from the end: the same items, the other way.
    press(&mut app, &mut store, "G");
    let mut back = vec![app.queue.selected_row().unwrap().id];
    for _ in 1..expected.len() {
        press(&mut app, &mut store, "k");
        back.push(app.queue.selected_row().unwrap().id);
    }
    back.reverse();
    assert_eq!(back, expected);
}

#[test]
fn o_cycles_the_order_and_keeps_the_selected_item() {
    let (mut store, rows) = store_of(30);
    let mut app = app(&store, 120, 40);
    press(&mut app, &mut store, "j j");
    let chosen = app.queue.selected_row().unwrap().id;
    press(&mut app, &mut store, "o");
    assert_eq!(app.queue.selected_row().unwrap().id, chosen, "same item");
    assert!(screen(&app).contains("早的在前"), "{}", screen(&app));
    let mut oldest = rows.clone();
    oldest.sort();
    press(&mut app, &mut store, "g");
    let ids: Vec<ItemId> = oldest.iter().map(|(_, id)| *id).collect();
    assert_eq!(walked(&mut app, &mut store), ids);
    press(&mut app, &mut store, "o");
    assert!(screen(&app).contains("导入顺序"), "{}", screen(&app));
    press(&mut app, &mut store, "g");
    let imported: Vec<ItemId> = rows.iter().rev().map(|(_, id)| *id).collect();
    assert_eq!(walked(&mut app, &mut store), imported);
    press(&mut app, &mut store, "o");
    assert_eq!(app.queue.sort, crate::store::Sort::NewestReceived);
    // A filter changes what is listed, not the order.
    press(&mut app, &mut store, "o 5");
    assert_eq!(app.queue.sort, crate::store::Sort::OldestReceived);
}

#[test]
fn dates_show_the_year_only_when_the_items_span_years() {
    let (store, _) = store_of(30);
    let spanning = app(&store, 120, 40);
    let shown = screen(&spanning);
    assert!(shown.contains("2025-01-"), "{shown}");
    assert!(shown.contains("2024-12-"), "{shown}");
    // A store of one year: month and day.
    let mut one_year = Store::open_in_memory().unwrap();
    let day = Date::new(2025, 3, 8).unwrap();
    one_year
        .add_item(&Item::new("三月的来稿", vec!["正文。".into()], day), "t")
        .unwrap();
    let mut one = app(&one_year, 120, 40);
    let shown = screen(&one);
    assert!(shown.contains(" 03-08 "), "{shown}");
    assert!(!shown.contains("2025-03-08"), "{shown}");
    // An item of another year arrives: the queue shows years from its
    // next reload on.
    let other = Date::new(2024, 12, 30).unwrap();
    one_year
        .add_item(
            &Item::new("年底的来稿", vec!["正文二。".into()], other),
            "t",
        )
        .unwrap();
    press(&mut one, &mut one_year, "5");
    assert!(screen(&one).contains("2025-03-08"), "{}", screen(&one));
}
