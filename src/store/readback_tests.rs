//! What the store reads back from its file: values it does not know, and
//! undo steps written by older and newer versions.

use super::*;
use crate::model::{FooterLine, Issue, Item, ItemEdit, Kind, Status};

fn day() -> jiff::civil::Date {
    jiff::civil::Date::constant(2023, 8, 14)
}

#[test]
fn a_stored_status_jianbao_does_not_know_is_an_error_naming_it() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .add_item(&Item::new("标题", vec!["正文。".into()], day()), "t")
        .unwrap()
        .id();
    // The schema's CHECK keeps such values out; a damaged or foreign file
    // need not have it.
    store
        .conn
        .pragma_update(None, "ignore_check_constraints", true)
        .unwrap();
    store
        .conn
        .execute("UPDATE items SET status = '采用' WHERE id = ?1", [id])
        .unwrap();
    let corrupt = |e: Error| matches!(e, Error::Corrupt { table: "items", column: "status", ref value } if value == "采用");
    assert!(corrupt(store.item(id).unwrap_err()));
    let query = ItemQuery {
        limit: 10,
        ..ItemQuery::default()
    };
    assert!(corrupt(store.items(&query).unwrap_err()));
    let err = store.item(id).unwrap_err().to_string();
    assert!(
        err.contains("items.status") && err.contains("采用"),
        "{err}"
    );
}

/// A step as the jianbao before versioned steps wrote it: item 1 before
/// its headline was changed, and issue 1 with items 1 and 2 in order.
const UNVERSIONED_STEP: &str = r#"{"items":[{"id":1,"headline":"矿山街道优化卫生环境","body":["一是认真部署，组织全民参与。"],"sources":["矿山街道"],"kind":"article","status":"accepted","received":"2023-08-14","note":"","reject_reason":"","original":"矿山街道优化卫生环境\n一是认真部署，组织全民参与。","similar_to":null}],"issues":[{"id":1,"series":"上街信息","year":2023,"number":56,"supplement":false,"total_number":null,"date":"2023-08-14","publisher":"中共上街区委办公室","print_run":null,"state":"draft","members":[[1,"article",0],[2,"article",1]],"footer":[["本期送","区县处级领导"]],"editors":["郝婕"]}],"created":[],"added":[],"units":null,"batch":null,"finalised":false}"#;

#[test]
fn a_step_written_before_steps_had_versions_still_undoes() {
    let mut store = Store::open_in_memory().unwrap();
    let first = Item::new(
        "矿山街道优化卫生环境",
        vec!["一是认真部署，组织全民参与。".into()],
        day(),
    );
    let second = Item::new(
        "工业路街道推动网格化治理",
        vec!["科学划分一级网格1个。".into()],
        day(),
    );
    let ids: Vec<_> = [first, second]
        .iter()
        .map(|i| store.add_item(i, "t").unwrap().id())
        .collect();
    let mut issue = Issue::new("上街信息", 2023, 56);
    issue.marking = "内部资料".into();
    let issue = store.create_issue(&issue).unwrap();
    store.add_to_issue(issue, &ids, Kind::Article).unwrap();
    // Everything the step holds is changed after it.
    let edit = ItemEdit {
        headline: Some("新标题".into()),
        ..ItemEdit::default()
    };
    store.edit_item(ids[0], &edit).unwrap();
    store.remove_from_issue(issue, ids[1]).unwrap();
    store
        .set_issue_field(issue, &IssueField::Publisher("别的单位".into()))
        .unwrap();
    store.conn.execute("DELETE FROM undo_log", []).unwrap();
    store
        .conn
        .execute(
            "INSERT INTO undo_log (label, snapshot) VALUES ('旧的一步', ?1)",
            [UNVERSIONED_STEP],
        )
        .unwrap();

    assert_eq!(store.undo().unwrap().as_deref(), Some("旧的一步"));
    let item = store.item(ids[0]).unwrap();
    assert_eq!(item.headline, "矿山街道优化卫生环境");
    assert_eq!(item.status, Status::Accepted);
    let back = store.issue(issue).unwrap();
    let order: Vec<_> = back.articles.iter().filter_map(|i| i.id).collect();
    assert_eq!(order, ids);
    assert_eq!(back.publisher, "中共上街区委办公室");
    assert_eq!(back.footer, [FooterLine::new("本期送", "区县处级领导")]);
    assert_eq!(back.editors, ["郝婕"]);
    assert_eq!(back.date, Some(day()));
    // The old step did not record the marking: it stays as it is.
    assert_eq!(back.marking, "内部资料");
}

#[test]
fn steps_carry_their_version_and_a_newer_one_is_refused() {
    let mut store = Store::open_in_memory().unwrap();
    store
        .add_item(&Item::new("标题", vec!["正文。".into()], day()), "t")
        .unwrap();
    let written: String = store
        .conn
        .query_row("SELECT snapshot FROM undo_log", [], |r| r.get(0))
        .unwrap();
    assert!(written.starts_with(r#"{"version":1,"#), "{written}");
    store
        .conn
        .execute(
            "INSERT INTO undo_log (label, snapshot) VALUES ('新的一步', ?1)",
            [r#"{"version":7,"items":[],"issues":[],"renamed":true}"#],
        )
        .unwrap();
    let err = store.undo().unwrap_err();
    assert!(
        matches!(
            err,
            Error::UndoTooNew {
                found: 7,
                supported: 6
            }
        ),
        "{err}"
    );
    // Nothing was taken off: a newer jianbao can still undo it.
    assert_eq!(store.undo_label().unwrap().as_deref(), Some("新的一步"));
}

#[test]
fn a_unit_table_with_details_is_recorded_at_version_4_and_undone_whole() {
    use crate::model::{Unit, UnitList};
    let mut store = Store::open_in_memory().unwrap();
    let detailed = Unit {
        category: Some("镇街".into()),
        contact: Some("王敏".into()),
        phone: Some("0371-68911200".into()),
        leader: Some("副镇长刘丽".into()),
        quota: Some(6),
        ..Unit::named("峡窝镇", &["峡窝"])
    };
    let list = |u: Unit| UnitList { units: vec![u] };
    store.add_units(&list(detailed.clone())).unwrap();
    assert_eq!(store.units().unwrap(), list(detailed.clone()));
    // A second load changes what it gives and keeps what it leaves out.
    let changed = Unit {
        quota: Some(4),
        ..Unit::named("峡窝镇", &[])
    };
    store.add_units(&list(changed)).unwrap();
    let now = store.units().unwrap();
    assert_eq!(now.units[0].quota, Some(4));
    assert_eq!(now.units[0].contact.as_deref(), Some("王敏"));
    let written: String = store
        .conn
        .query_row(
            "SELECT snapshot FROM undo_log ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(written.starts_with(r#"{"version":4,"#), "{written}");
    store.undo().unwrap();
    assert_eq!(store.units().unwrap(), list(detailed));
}

#[test]
fn a_step_that_holds_an_edit_reason_is_written_at_version_5_and_restores_it() {
    let mut store = Store::open_in_memory().unwrap();
    let id = store
        .add_item(&Item::new("标题", vec!["正文。".into()], day()), "t")
        .unwrap()
        .id();
    let edit = |body: &str, reason: &str| ItemEdit {
        body: Some(vec![body.into()]),
        reason: Some(reason.into()),
        ..ItemEdit::default()
    };
    store
        .edit_item(id, &edit("改过一次。", "篇幅过长"))
        .unwrap();
    store
        .edit_item(id, &edit("改过两次。", "缺少数据"))
        .unwrap();
    let last: String = store
        .conn
        .query_row(
            "SELECT snapshot FROM undo_log ORDER BY id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(last.starts_with(r#"{"version":5,"#), "{last}");
    store.undo().unwrap();
    let back = store.item(id).unwrap();
    assert_eq!(
        (back.body, back.edit_reason),
        (vec!["改过一次。".to_string()], "篇幅过长".to_string())
    );
}
