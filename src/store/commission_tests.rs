use jiff::civil::Date;

use super::*;
use crate::model::{
    Commission, CommissionId, CommissionState, Item, ItemId, Lateness, Unit, UnitList,
};

fn d(m: i8, day: i8) -> Date {
    Date::new(2024, m, day).unwrap()
}

fn item(headline: &str, unit: &str) -> Item {
    let mut item = Item::new(headline, vec![format!("{headline}的正文。")], d(6, 1));
    item.sources = vec![unit.to_string()];
    item
}

/// A store whose unit list knows 区卫生健康委员会 as 区卫健委 too, with an
/// item from each of two units.
fn store() -> (Store, ItemId, ItemId) {
    let mut store = Store::open_in_memory().unwrap();
    store
        .add_units(&UnitList {
            units: vec![Unit {
                name: "区卫生健康委员会".into(),
                aliases: vec!["区卫健委".into()],
                ..Unit::default()
            }],
        })
        .unwrap();
    let id = |a| match a {
        Added::New(id) => id,
        Added::Exists(id) => panic!("{id} already there"),
    };
    let health = id(store.add_item(&item("夏季灭蚊", "区卫健委"), "t").unwrap());
    let street = id(store.add_item(&item("网格治理", "矿山街道"), "t").unwrap());
    (store, health, street)
}

fn ask<'a>(unit: &'a str, topic: &'a str, due: Date) -> NewCommission<'a> {
    NewCommission {
        unit,
        topic,
        due,
        note: "",
        today: d(6, 1),
    }
}

fn commissions(store: &Store) -> Vec<Commission> {
    store.commissions(false).unwrap()
}

#[test]
fn commissions_list_by_due_date_and_open_ones_alone() {
    let (mut store, _, _) = store();
    let late = store
        .add_commission(&ask("矿山街道", "网格员队伍", d(7, 10)))
        .unwrap();
    let soon = store
        .add_commission(&ask("区卫生健康委员会", " 夏季病媒防制 ", d(6, 30)))
        .unwrap();
    assert_eq!(soon.topic, "夏季病媒防制", "trimmed");
    assert_eq!(soon.created, d(6, 1));
    let ids: Vec<_> = commissions(&store).iter().map(|c| c.id).collect();
    assert_eq!(ids, vec![soon.id, late.id]);
    store.cancel_commission(soon.id).unwrap();
    let open: Vec<_> = store.commissions(true).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].id, late.id);
    assert_eq!(commissions(&store).len(), 2);
}

#[test]
fn a_unit_is_matched_under_any_of_its_names() {
    let (mut store, health, _) = store();
    // Asked by the full name; the item names the unit by its alias.
    let c = store
        .add_commission(&ask("区卫生健康委员会", "夏季病媒防制", d(6, 30)))
        .unwrap();
    assert_eq!(c.unit, "区卫生健康委员会", "kept as written");
    let offered = store.open_commissions_for("区卫健委").unwrap();
    assert_eq!(offered.iter().map(|c| c.id).collect::<Vec<_>>(), [c.id]);
    assert!(store.open_commissions_for("矿山街道").unwrap().is_empty());
    let answered = store
        .answer_commission(c.id, health, false, d(7, 2))
        .unwrap();
    assert_eq!(
        answered.state,
        CommissionState::Answered {
            item: health,
            on: d(7, 2)
        }
    );
    assert_eq!(answered.lateness(d(7, 2)), Lateness::AnsweredLate);
    assert!(store.open_commissions_for("区卫健委").unwrap().is_empty());
}

#[test]
fn a_unit_known_only_from_items_may_be_asked_and_an_unknown_one_is_refused() {
    let (mut store, _, _) = store();
    assert!(
        store
            .add_commission(&ask("矿山街道", "网格", d(6, 30)))
            .is_ok()
    );
    let err = store
        .add_commission(&ask("区文明办", "文明创建", d(6, 30)))
        .unwrap_err();
    assert!(
        matches!(&err, Error::NoSuchUnit(u) if u == "区文明办"),
        "{err:?}"
    );
    let err = store
        .add_commission(&ask("矿山街道", "  ", d(6, 30)))
        .unwrap_err();
    assert!(matches!(err, Error::EmptyTopic), "{err:?}");
    assert_eq!(commissions(&store).len(), 1, "nothing written by a refusal");
}

#[test]
fn an_answer_must_come_from_the_unit_unless_the_editor_says_otherwise() {
    let (mut store, health, street) = store();
    let c = store
        .add_commission(&ask("区卫健委", "夏季病媒防制", d(6, 30)))
        .unwrap();
    let err = store
        .answer_commission(c.id, street, false, d(6, 20))
        .unwrap_err();
    assert!(
        matches!(&err, Error::CommissionOtherUnit { item, id, .. } if *item == street && *id == c.id),
        "{err:?}"
    );
    assert_eq!(
        store.commission(c.id).unwrap().state,
        CommissionState::Open,
        "nothing written"
    );
    let err = store
        .answer_commission(c.id, ItemId(999), false, d(6, 20))
        .unwrap_err();
    assert!(matches!(err, Error::ItemNotFound(ItemId(999))), "{err:?}");
    store
        .answer_commission(c.id, street, true, d(6, 20))
        .unwrap();
    let err = store
        .answer_commission(c.id, health, false, d(6, 21))
        .unwrap_err();
    assert!(
        matches!(err, Error::CommissionAnswered { item, .. } if item == street),
        "{err:?}"
    );
    let err = store.cancel_commission(c.id).unwrap_err();
    assert!(matches!(err, Error::CommissionAnswered { .. }), "{err:?}");
    let err = store.cancel_commission(CommissionId(77)).unwrap_err();
    assert!(
        matches!(err, Error::CommissionNotFound(CommissionId(77))),
        "{err:?}"
    );
}

#[test]
fn a_cancelled_commission_cannot_be_answered() {
    let (mut store, health, _) = store();
    let c = store
        .add_commission(&ask("区卫健委", "夏季病媒防制", d(6, 30)))
        .unwrap();
    store.cancel_commission(c.id).unwrap();
    let err = store
        .answer_commission(c.id, health, false, d(6, 20))
        .unwrap_err();
    assert!(matches!(err, Error::CommissionCancelled { .. }), "{err:?}");
}

#[test]
fn each_change_is_one_undo_step_naming_the_commission() {
    let (mut store, health, _) = store();
    let c = store
        .add_commission(&ask("区卫健委", "夏季病媒防制", d(6, 30)))
        .unwrap();
    let label = store.undo_label().unwrap().unwrap();
    assert!(label.contains("夏季病媒防制"), "{label}");
    let before = store.commission(c.id).unwrap();

    store
        .answer_commission(c.id, health, false, d(6, 20))
        .unwrap();
    let label = store.undo().unwrap().unwrap();
    assert!(
        label.contains("夏季病媒防制") && label.contains(&health.to_string()),
        "{label}"
    );
    assert_eq!(store.commission(c.id).unwrap(), before, "open again");

    store.cancel_commission(c.id).unwrap();
    let label = store.undo().unwrap().unwrap();
    assert!(label.contains("夏季病媒防制"), "{label}");
    assert_eq!(store.commission(c.id).unwrap(), before, "open again");

    store.undo().unwrap();
    assert!(commissions(&store).is_empty(), "the commission is gone");
    assert!(matches!(
        store.commission(c.id),
        Err(Error::CommissionNotFound(_))
    ));
}

#[test]
fn steps_without_commissions_stay_version_1_and_with_them_are_version_2() {
    let (mut store, _, _) = store();
    let last = |store: &Store| -> String {
        store
            .conn
            .query_row(
                "SELECT snapshot FROM undo_log ORDER BY id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    assert!(last(&store).starts_with(r#"{"version":1,"#));
    store
        .add_commission(&ask("区卫健委", "夏季病媒防制", d(6, 30)))
        .unwrap();
    assert!(
        last(&store).starts_with(r#"{"version":2,"#),
        "{}",
        last(&store)
    );
}
