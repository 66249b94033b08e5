use jiff::civil::Date;

use super::*;
use crate::model::{AdoptionLevel, AdoptionSource, Done, Item, ItemId, LeaderLevel};

fn d(m: i8, day: i8) -> Date {
    Date::new(2025, m, day).unwrap()
}

/// A store with one item, its import undoable.
fn store() -> (Store, ItemId) {
    let mut store = Store::open_in_memory().unwrap();
    let item = Item::new("网格治理见成效", vec!["正文。".to_string()], d(3, 1));
    let id = store.add_item(&item, "t").unwrap().id();
    (store, id)
}

fn adopt<'a>(item: ItemId, outlet: &'a str, issue: &'a str) -> NewAdoption<'a> {
    NewAdoption {
        item,
        level: AdoptionLevel::City,
        outlet,
        issue,
        date: d(3, 2),
        source: AdoptionSource::Hand,
    }
}

fn instruct(item: ItemId, by: &str) -> NewInstruction<'_> {
    NewInstruction {
        item,
        by,
        level: LeaderLevel::District,
        date: d(3, 5),
        text: "请认真总结推广",
    }
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .conn
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

#[test]
fn adoptions_are_listed_by_item_and_by_date() {
    let (mut store, item) = store();
    let a = store
        .add_adoption(&adopt(item, "《市委信息》", "12"))
        .unwrap();
    assert_eq!(a.outlet, "市委信息", "《》 are the reader's");
    assert_eq!(a.issue.as_deref(), Some("第12期"));
    let mut later = adopt(item, "要情专报", "");
    later.level = AdoptionLevel::Province;
    later.date = d(4, 1);
    let b = store.add_adoption(&later).unwrap();
    assert_eq!(b.issue, None);
    assert_eq!(store.upper(item).unwrap().adoptions, vec![a.clone(), b]);
    assert_eq!(store.adoptions(d(3, 1), d(3, 31)).unwrap(), vec![a]);
    assert!(store.adoptions(d(5, 1), d(5, 31)).unwrap().is_empty());
}

#[test]
fn the_same_adoption_twice_is_refused_and_writes_nothing() {
    let (mut store, item) = store();
    let a = store.add_adoption(&adopt(item, "市委信息", "12")).unwrap();
    let steps = count(&store, "undo_log");
    for (outlet, issue) in [("市委信息", "第12期"), ("《市委信息》", " 12 ")] {
        let err = store.add_adoption(&adopt(item, outlet, issue)).unwrap_err();
        assert!(
            matches!(err, Error::AdoptionExists { item: i, id, .. } if i == item && id == a.id),
            "{err:?}"
        );
    }
    // Another issue of the same bulletin is another adoption.
    assert!(store.add_adoption(&adopt(item, "市委信息", "13")).is_ok());
    assert_eq!(count(&store, "adoptions"), 2);
    assert_eq!(count(&store, "undo_log"), steps + 1);
}

#[test]
fn refusals_name_what_is_wrong() {
    let (mut store, item) = store();
    let err = store.add_adoption(&adopt(item, " 《》 ", "")).unwrap_err();
    assert!(matches!(err, Error::EmptyOutlet), "{err:?}");
    let err = store
        .add_adoption(&adopt(ItemId(99), "市委信息", ""))
        .unwrap_err();
    assert!(matches!(err, Error::ItemNotFound(ItemId(99))), "{err:?}");
    let err = store.add_instruction(&instruct(item, " ")).unwrap_err();
    assert!(matches!(err, Error::EmptyLeader), "{err:?}");
    let mut empty = instruct(item, "张三");
    empty.text = "";
    let err = store.add_instruction(&empty).unwrap_err();
    assert!(matches!(err, Error::EmptyInstruction), "{err:?}");
    let err = store
        .instruction_done(crate::model::InstructionId(7), d(3, 9), "已落实")
        .unwrap_err();
    assert!(matches!(err, Error::InstructionNotFound(_)), "{err:?}");
    assert_eq!(
        count(&store, "adoptions") + count(&store, "instructions"),
        0
    );
}

#[test]
fn an_instruction_is_followed_up_once() {
    let (mut store, item) = store();
    let i = store.add_instruction(&instruct(item, " 张三 ")).unwrap();
    assert_eq!(i.by, "张三");
    assert_eq!(i.done, None);
    let err = store.instruction_done(i.id, d(3, 9), "  ").unwrap_err();
    assert!(matches!(err, Error::EmptyFeedback), "{err:?}");
    let done = store
        .instruction_done(i.id, d(3, 9), "已召开专题会")
        .unwrap();
    let expected = Some(Done {
        on: d(3, 9),
        note: "已召开专题会".into(),
    });
    assert_eq!(done.done, expected);
    let err = store.instruction_done(i.id, d(3, 10), "再次").unwrap_err();
    assert!(
        matches!(err, Error::InstructionDone { id, on } if id == i.id && on == d(3, 9)),
        "{err:?}"
    );
    assert_eq!(store.upper(item).unwrap().instructions, vec![done]);
    assert_eq!(store.instructions(d(3, 5), d(3, 5)).unwrap().len(), 1);
}

#[test]
fn each_change_is_one_undo_step_naming_the_item() {
    let (mut store, item) = store();
    store.add_adoption(&adopt(item, "市委信息", "12")).unwrap();
    let i = store.add_instruction(&instruct(item, "张三")).unwrap();
    store.instruction_done(i.id, d(3, 9), "已落实").unwrap();
    let last: String = store
        .conn
        .query_row(
            "SELECT snapshot FROM undo_log ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(last.starts_with(r#"{"version":3,"#), "{last}");

    let label = store.undo().unwrap().unwrap();
    assert!(label.contains("网格治理见成效"), "{label}");
    assert_eq!(store.upper(item).unwrap().instructions[0].done, None);
    let label = store.undo().unwrap().unwrap();
    assert!(
        label.contains("网格治理见成效") && label.contains("张三"),
        "{label}"
    );
    assert!(store.upper(item).unwrap().instructions.is_empty());
    let label = store.undo().unwrap().unwrap();
    assert!(label.contains("网格治理见成效"), "{label}");
    assert_eq!(store.upper(item).unwrap(), crate::model::Upper::default());
    // Then the import itself: the item goes, nothing is left behind.
    store.undo().unwrap().unwrap();
    assert!(store.item(item).is_err());
}

#[test]
fn undoing_an_import_refuses_to_take_adoptions_with_it() {
    let (mut store, item) = store();
    store.add_adoption(&adopt(item, "市委信息", "12")).unwrap();
    store.add_instruction(&instruct(item, "张三")).unwrap();
    // The steps that recorded them lost, as when undoing one failed.
    store
        .conn
        .execute(
            "DELETE FROM undo_log WHERE id > (SELECT min(id) FROM undo_log)",
            [],
        )
        .unwrap();
    let err = store.undo().unwrap_err();
    let Error::UndoFailed { cause, .. } = &err else {
        panic!("{err:?}");
    };
    assert!(
        matches!(**cause, Error::ItemHasUpper(i) if i == item),
        "{err:?}"
    );
    assert!(store.item(item).is_ok());
    assert_eq!(count(&store, "adoptions"), 1);
    assert_eq!(count(&store, "instructions"), 1);
}

#[test]
fn a_stored_level_jianbao_does_not_know_is_damage() {
    let (mut store, item) = store();
    store.add_adoption(&adopt(item, "市委信息", "12")).unwrap();
    // The CHECK constraint keeps honest writers out; a foreign one may not.
    store
        .conn
        .execute("PRAGMA ignore_check_constraints = ON", [])
        .unwrap();
    store
        .conn
        .execute("UPDATE adoptions SET level = 'county'", [])
        .unwrap();
    let err = store.upper(item).unwrap_err();
    assert!(
        matches!(
            err,
            Error::Corrupt {
                table: "adoptions",
                ..
            }
        ),
        "{err:?}"
    );
}
