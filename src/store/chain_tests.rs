//! Taking in bundles and receipts: once only, all or nothing, undoable.

use jiff::civil::Date;

use super::*;
use crate::archive::{Bundle, BundleItem, Receipt, ReceiptItem};
use crate::error::Error;
use crate::model::{AdoptionLevel, AdoptionSource, Item, ItemId, Kind};

const DISTRICT: &str = "中共上街区委办公室";

fn d(day: i8) -> Date {
    Date::new(2025, 3, day).unwrap()
}

fn bundle_item(id: i64, headline: &str, body: &str, unit: &str) -> BundleItem {
    BundleItem {
        id: ItemId(id),
        headline: headline.into(),
        body: vec![body.into()],
        units: vec![unit.into()],
        kind: Kind::Article,
        received: d(1),
    }
}

fn bundle(items: Vec<BundleItem>) -> Bundle {
    Bundle::new(
        DISTRICT,
        "中共郑州市委办公厅",
        d(10),
        ["王五", "李四", "1"],
        items,
    )
}

#[test]
fn a_bundle_arrives_once_credited_to_its_office_and_near_duplicates_are_flagged() {
    let mut store = Store::open_in_memory().unwrap();
    let body = "矿山街道划分网格三十个，配备网格员六十名，实现网格全覆盖，群众诉求当日办结。";
    let mut earlier = Item::new("矿山街道推进网格治理", vec![body.into()], d(2));
    earlier.sources = vec!["中共中原区委办公室".into()];
    let earlier = store.add_item(&earlier, "t").unwrap().id();
    let b = bundle(vec![
        bundle_item(
            7,
            "矿山街道推进网格化治理",
            &format!("{body}下一步将继续深化。"),
            "矿山街道",
        ),
        bundle_item(
            9,
            "区文明办开展志愿服务",
            "服务群众五百余人次。",
            "区文明办",
        ),
    ]);
    let taken = store.take_bundle(&b, "bundle.json").unwrap();
    assert_eq!(taken.already, []);
    let [(first, similar), (second, none)] = taken.added[..] else {
        panic!("{taken:?}")
    };
    assert_eq!((similar, none), (Some(earlier), None));
    let item = store.item(first).unwrap();
    assert_eq!(item.sources, [DISTRICT]);
    assert_eq!(item.received, d(1));
    let from = store.upper(second).unwrap().forwarded_from.unwrap();
    assert_eq!(
        (
            from.office.as_str(),
            from.original_item,
            from.original_units
        ),
        (DISTRICT, ItemId(9), vec!["区文明办".to_string()])
    );

    let again = store.take_bundle(&b, "bundle.json").unwrap();
    assert_eq!((again.added.len(), again.already), (0, vec![first, second]));

    // Its undo takes the items and where they came from; then it arrives anew.
    store.undo().unwrap();
    assert!(matches!(store.item(first), Err(Error::ItemNotFound(_))));
    assert_eq!(store.take_bundle(&b, "bundle.json").unwrap().added.len(), 2);
}

#[test]
fn a_receipt_records_adoptions_once_and_nothing_when_an_item_is_unknown() {
    let mut store = Store::open_in_memory().unwrap();
    let item = Item::new("网格治理见成效", vec!["正文。".into()], d(1));
    let id = store.add_item(&item, "t").unwrap().id();
    let entry = |item: ItemId| ReceiptItem {
        item,
        headline: "另一个标题".into(),
        outlet: "《郑州信息》".into(),
        issue: "3".into(),
        date: d(20),
    };
    let receipt = |items| {
        Receipt::new(
            "中共郑州市委办公厅",
            DISTRICT,
            d(21),
            AdoptionLevel::City,
            items,
        )
    };

    let err = store
        .take_receipt(&receipt(vec![entry(id), entry(ItemId(99))]))
        .unwrap_err();
    assert!(matches!(err, Error::ItemNotFound(ItemId(99))), "{err:?}");
    assert!(store.upper(id).unwrap().adoptions.is_empty());

    let taken = store.take_receipt(&receipt(vec![entry(id)])).unwrap();
    assert_eq!(taken.added, [(id, None)]);
    let upper = store.upper(id).unwrap();
    let a = &upper.adoptions[0];
    assert_eq!(
        (a.outlet.as_str(), a.issue.as_deref()),
        ("郑州信息", Some("第3期"))
    );
    assert_eq!(
        (a.level, a.source, a.date),
        (AdoptionLevel::City, AdoptionSource::Receipt, d(20))
    );
    assert_eq!(
        store.item(id).unwrap(),
        Item {
            id: Some(id),
            ..item.clone()
        },
        "text untouched"
    );
    let again = store.take_receipt(&receipt(vec![entry(id)])).unwrap();
    assert_eq!((again.added.len(), again.already), (0, vec![id]));
}
