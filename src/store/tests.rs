use jiff::civil::Date;

use super::*;
use crate::model::{FooterLine, Issue, IssueState, Item, ItemEdit, ItemId, Kind, Status};
use crate::store::Resolution;

fn day() -> Date {
    Date::new(2023, 8, 14).unwrap()
}

fn item(headline: &str, body: &str, unit: &str) -> Item {
    let mut item = Item::new(headline, vec![body.to_string()], day());
    item.sources = vec![unit.to_string()];
    item.original = format!("{headline}\n{body}");
    item
}

fn store_with(items: &[Item]) -> (Store, Vec<ItemId>) {
    let mut store = Store::open_in_memory().unwrap();
    let ids = items
        .iter()
        .map(|i| match store.add_item(i, "test").unwrap() {
            Added::New(id) => id,
            Added::Exists(id) => panic!("{id} already there"),
        })
        .collect();
    (store, ids)
}

fn three() -> (Store, Vec<ItemId>) {
    store_with(&[
        item(
            "矿山街道优化卫生环境",
            "一是认真部署，组织全民参与。",
            "矿山街道",
        ),
        item(
            "工业路街道推动网格化治理",
            "科学划分一级网格1个。",
            "工业路街道",
        ),
        item(
            "区委宣传部加强舆情处置",
            "坚持7*24小时值班值守，维护网络舆情平稳。",
            "区委宣传部",
        ),
    ])
}

fn ids(rows: &[ItemRow]) -> Vec<ItemId> {
    rows.iter().map(|r| r.id).collect()
}

#[test]
fn the_same_text_is_stored_once() {
    let (mut store, ids) = three();
    let mut again = item(
        "矿山街道 优化卫生环境",
        "一是认真部署， 组织全民参与。",
        "别的单位",
    );
    again.original = "another file".into();
    assert_eq!(store.add_item(&again, "x").unwrap(), Added::Exists(ids[0]));
    assert_eq!(store.counts().unwrap().total(), 3);
}

#[test]
fn listing_is_newest_first_and_pages_by_keyset() {
    let (store, ids) = three();
    let all = store
        .items(&ItemQuery {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(self::ids(&all), [ids[2], ids[1], ids[0]]);
    let page = store
        .items(&ItemQuery {
            limit: 2,
            before: Some(all[1].key()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(self::ids(&page), [ids[0]]);
    let unit = store
        .items(&ItemQuery {
            limit: 10,
            unit: Some("工业路街道".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(self::ids(&unit), [ids[1]]);
    assert_eq!(all[2].chars, 10 + 14);
}

#[test]
fn search_finds_chinese_of_any_length_and_only_exact_matches() {
    let (store, ids) = three();
    let find = |q: &str| {
        self::ids(
            &store
                .items(&ItemQuery {
                    search: Some(q.into()),
                    limit: 10,
                    ..Default::default()
                })
                .unwrap(),
        )
    };
    assert_eq!(find("卫生"), [ids[0]]);
    assert_eq!(find("网"), [ids[2], ids[1]], "one character: 网格 and 网络");
    assert_eq!(find("格"), [ids[1]], "a character that ends a run");
    assert_eq!(find("舆情处置"), [ids[2]]);
    assert_eq!(find("网格1个"), [ids[1]]);
    assert_eq!(find("7*24"), [ids[2]]);
    assert_eq!(
        find("工业路街道"),
        [ids[1]],
        "source units are searched too"
    );
    assert_eq!(find("卫生 部署"), [ids[0]], "several words: all must occur");
    assert!(find("卫星").is_empty());
    assert!(
        find("生环境优").is_empty(),
        "bigrams present but not in sequence"
    );
    assert_eq!(
        find("，"),
        [ids[2], ids[0]],
        "nothing to look up in the index: the text itself is checked"
    );
}

#[test]
fn search_follows_edits() {
    let (mut store, ids) = three();
    store
        .edit_item(
            ids[0],
            &crate::model::ItemEdit {
                headline: Some("矿山街道整治市容".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let find = |store: &Store, q: &str| {
        self::ids(
            &store
                .items(&ItemQuery {
                    search: Some(q.into()),
                    limit: 10,
                    ..Default::default()
                })
                .unwrap(),
        )
    };
    assert!(find(&store, "卫生环境").is_empty());
    assert_eq!(find(&store, "整治市容"), [ids[0]]);
}

#[test]
fn decisions_apply_together_and_undo_as_one_step() {
    let (mut store, ids) = three();
    assert_eq!(store.decide(&ids[..2], Status::Accepted, None).unwrap(), 2);
    assert_eq!(
        store
            .decide(&ids[2..], Status::Rejected, Some("与上期重复"))
            .unwrap(),
        1
    );
    assert_eq!(store.item(ids[2]).unwrap().reject_reason, "与上期重复");
    let c = store.counts().unwrap();
    assert_eq!((c.new, c.accepted, c.rejected), (0, 2, 1));
    assert!(store.undo().unwrap().is_some());
    assert_eq!(store.item(ids[2]).unwrap().status, Status::New);
    assert_eq!(store.item(ids[2]).unwrap().reject_reason, "");
    assert!(store.undo().unwrap().is_some());
    assert_eq!(store.counts().unwrap().new, 3);
    // Then the three imports, each its own step, and nothing more.
    for left in [2, 1, 0] {
        assert!(store.undo().unwrap().is_some_and(|l| l.starts_with("导入")));
        assert_eq!(store.counts().unwrap().total(), left);
    }
    assert_eq!(store.undo().unwrap(), None);
    let (mut store, _) = three();
    assert!(store.decide(&[ItemId(99)], Status::Held, None).is_err());
    assert_eq!(
        store.counts().unwrap().new,
        3,
        "a failed decision changes nothing"
    );
}

fn draft(store: &mut Store, number: u32) -> IssueId {
    let mut issue = Issue::new("上街信息", 2023, number);
    issue.date = Some(day());
    issue.publisher = "中共上街区委办公室".into();
    issue.footer = vec![FooterLine::new("本期送", "区县处级领导")];
    issue.editors = vec!["郝婕".into()];
    store.create_issue(&issue).unwrap()
}

use crate::model::IssueId;

#[test]
fn assembling_an_issue() {
    let (mut store, ids) = three();
    assert_eq!(store.next_number("上街信息", 2023, false).unwrap(), 1);
    let issue = draft(&mut store, 56);
    assert_eq!(store.next_number("上街信息", 2023, false).unwrap(), 57);
    store.add_to_issue(issue, &ids, Kind::Article).unwrap();
    assert!(
        ids.iter()
            .all(|&id| store.item(id).unwrap().status == Status::Accepted)
    );
    store.move_in_issue(issue, ids[2], 1).unwrap();
    let order = |store: &Store| {
        store
            .issue(issue)
            .unwrap()
            .articles
            .iter()
            .map(|i| i.id.unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&store), [ids[2], ids[0], ids[1]]);
    store
        .edit_item(
            ids[0],
            &crate::model::ItemEdit {
                kind: Some(Kind::Brief),
                ..Default::default()
            },
        )
        .unwrap();
    let full = store.issue(issue).unwrap();
    assert_eq!(full.briefs.len(), 1);
    assert_eq!(order(&store), [ids[2], ids[1]]);
    store.remove_from_issue(issue, ids[2]).unwrap();
    assert_eq!(order(&store), [ids[1]]);
    assert_eq!(store.item(ids[2]).unwrap().status, Status::Accepted);
    // Holding a placed item takes it out of the draft.
    store.decide(&[ids[1]], Status::Held, None).unwrap();
    assert!(order(&store).is_empty());
    store.undo().unwrap();
    assert_eq!(order(&store), [ids[1]]);

    store
        .set_issue_field(issue, &IssueField::parse("发", "各街道办事处").unwrap())
        .unwrap();
    store
        .set_issue_field(issue, &IssueField::parse("total", "1083").unwrap())
        .unwrap();
    let full = store.issue(issue).unwrap();
    assert_eq!(full.footer.len(), 2);
    assert_eq!(full.total_number, Some(1083));
    store.undo().unwrap();
    assert_eq!(store.issue(issue).unwrap().total_number, None);

    store.finalise(issue).unwrap();
    let full = store.issue(issue).unwrap();
    assert_eq!(full.state, IssueState::Final);
    assert!(full.items().all(|i| i.status == Status::Published));
    assert!(store.add_to_issue(issue, &[ids[2]], Kind::Article).is_err());
    assert!(store.decide(&[ids[1]], Status::Rejected, None).is_err());
    store.undo().unwrap();
    assert_eq!(store.issue(issue).unwrap().state, IssueState::Draft);
    assert_eq!(store.item(ids[1]).unwrap().status, Status::Accepted);
}

#[test]
fn issue_numbers_are_unique_per_series_year_and_supplement() {
    let (mut store, _) = three();
    let first = draft(&mut store, 1);
    let mut again = Issue::new("上街信息", 2023, 1);
    assert!(store.create_issue(&again).is_err());
    again.supplement = true;
    store.create_issue(&again).unwrap();
    let second = draft(&mut store, 2);
    assert!(
        store
            .set_issue_field(second, &IssueField::Number(1))
            .is_err()
    );
    assert_eq!(
        store.find_issue(Some("上街信息"), None, 1, false).unwrap(),
        first
    );
    assert_eq!(store.find_issue(None, None, 1, false).unwrap(), first);
    assert!(
        store
            .find_issue(Some("上街信息"), Some(2024), 1, false)
            .is_err()
    );
    // Another series with the same number: the number alone no longer
    // says which, and the error names both.
    let mut other = Issue::new("峡窝信息", 2023, 1);
    other.date = Some(Date::constant(2023, 3, 1));
    let other = store.create_issue(&other).unwrap();
    match store.find_issue(None, None, 1, false) {
        Err(crate::error::Error::IssueAmbiguous { matches, .. }) => {
            assert_eq!(matches, ["上街信息 2023年第1期", "峡窝信息 2023年第1期"])
        }
        r => panic!("{r:?}"),
    }
    assert_eq!(
        store.find_issue(Some("峡窝信息"), None, 1, false).unwrap(),
        other
    );
    store.undo().unwrap();
    // Undo of creating an issue deletes it.
    store.undo().unwrap();
    assert!(store.find_issue(Some("上街信息"), None, 2, false).is_err());
    assert!(
        store.finalise(first).is_err(),
        "an empty issue cannot be final"
    );
}

#[test]
fn an_item_is_in_one_issue_at_most() {
    let (mut store, ids) = three();
    let a = draft(&mut store, 1);
    let b = draft(&mut store, 2);
    store.add_to_issue(a, &ids[..1], Kind::Article).unwrap();
    let err = store
        .add_to_issue(b, &ids[..1], Kind::Article)
        .unwrap_err()
        .to_string();
    assert!(err.contains(&ids[0].to_string()), "{err}");
    assert!(store.issue(b).unwrap().articles.is_empty());
}

#[test]
fn undo_history_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        let Added::New(id) = store
            .add_item(&item("标题", "正文。", "矿山街道"), "t")
            .unwrap()
        else {
            panic!()
        };
        store.decide(&[id], Status::Accepted, None).unwrap();
        id
    };
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.item(id).unwrap().status, Status::Accepted);
    assert!(store.undo_label().unwrap().is_some());
    store.undo().unwrap();
    assert_eq!(store.item(id).unwrap().status, Status::New);
}

#[test]
fn a_newer_or_foreign_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("newer.db");
    drop(Store::open(&newer).unwrap());
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    let err = Store::open(&newer).err().unwrap();
    assert!(
        matches!(err, crate::error::Error::StoreTooNew { found: 99, .. }),
        "{err}"
    );
    assert_eq!(std::fs::read(&newer).unwrap(), before);

    let other = dir.path().join("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    assert!(matches!(
        Store::open(&other),
        Err(crate::error::Error::NotAStore { .. })
    ));

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "这不是数据库，只是一段文字。".repeat(100)).unwrap();
    assert!(matches!(
        Store::open(&text),
        Err(crate::error::Error::NotAStore { .. })
    ));
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        "这不是数据库，只是一段文字。".repeat(100)
    );
}

#[test]
fn units_with_aliases() {
    let mut store = Store::open_in_memory().unwrap();
    let list: crate::model::UnitList = toml::from_str(
        "[[unit]]\nname = \"区委宣传部\"\naliases = [\"宣传部\"]\n[[unit]]\nname = \"矿山街道\"\n",
    )
    .unwrap();
    assert_eq!(store.add_units(&list).unwrap(), 2);
    assert_eq!(store.add_units(&list).unwrap(), 0);
    assert_eq!(store.units().unwrap(), list);
}

#[test]
fn a_revised_resubmission_is_flagged_and_the_editor_decides() {
    let first = item(
        "区生态环境分局多措并举打好蓝天保卫战",
        "一是严控扬尘污染，对全区在建工地实行清单化、动态化管理，开展夜间突击检查15次。二是强化移动源管控，检查车辆460辆次。",
        "区生态环境分局",
    );
    let other = item(
        "区教育局织密织牢校园安全防护网",
        "开展校园安全大排查，强化食品安全管理。",
        "区教育局",
    );
    let (mut store, ids) = store_with(&[first.clone(), other]);
    let mut revised = first.clone();
    revised.body = vec![
        first.body[0]
            .replace("15次", "18次")
            .replace("460辆次", "520辆次"),
    ];
    let Added::New(new) = store.add_item(&revised, "revised.txt").unwrap() else {
        panic!()
    };
    assert_eq!(store.item(new).unwrap().similar_to, Some(ids[0]));
    assert_eq!(store.item(ids[1]).unwrap().similar_to, None);
    let rows = store
        .items(&ItemQuery {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rows[0].similar_to, Some(ids[0]), "listing shows the flag");

    store.resolve_similar(new, Resolution::ReplaceOld).unwrap();
    let old = store.item(ids[0]).unwrap();
    assert!(
        old.body[0].contains("18次"),
        "the earlier item took the new text"
    );
    assert_eq!(old.original, first.original, "and kept its own original");
    let dropped = store.item(new).unwrap();
    assert_eq!(
        (dropped.status, dropped.similar_to),
        (Status::Rejected, None)
    );
    assert!(dropped.reject_reason.contains(&ids[0].to_string()));
    store.undo().unwrap();
    assert!(store.item(ids[0]).unwrap().body[0].contains("15次"));
    assert_eq!(
        store.item(new).unwrap().similar_to,
        Some(ids[0]),
        "undo brings the flag back"
    );

    store.resolve_similar(new, Resolution::DropNew).unwrap();
    assert_eq!(store.item(new).unwrap().status, Status::Rejected);
    store.undo().unwrap();
    store.resolve_similar(new, Resolution::KeepBoth).unwrap();
    assert_eq!(store.item(new).unwrap().status, Status::New);
    assert_eq!(store.item(new).unwrap().similar_to, None);
    assert!(
        store.resolve_similar(new, Resolution::KeepBoth).is_err(),
        "no flag left to decide"
    );
}

#[test]
fn the_published_text_is_never_replaced() {
    let first = item(
        "矿山街道优化卫生环境",
        "一是认真部署，组织全民参与。二是线下发力，强化群众认识。三是专项整治。",
        "矿山街道",
    );
    let (mut store, ids) = store_with(std::slice::from_ref(&first));
    let issue = draft(&mut store, 1);
    store.add_to_issue(issue, &ids, Kind::Article).unwrap();
    store.finalise(issue).unwrap();
    let mut again = first.clone();
    again.body = vec![first.body[0].replace("三是专项整治。", "三是专项整治，打造整洁环境。")];
    let Added::New(new) = store.add_item(&again, "again.txt").unwrap() else {
        panic!()
    };
    assert_eq!(
        store.item(new).unwrap().similar_to,
        Some(ids[0]),
        "published items are compared too"
    );
    assert!(store.resolve_similar(new, Resolution::ReplaceOld).is_err());
    assert_eq!(
        store.item(new).unwrap().status,
        Status::New,
        "a refused decision changes nothing"
    );
}

#[test]
fn editing_the_source_confirms_an_inferred_unit() {
    let mut store = Store::open_in_memory().unwrap();
    let mut item = Item::new(
        "卫健委多措并举",
        vec!["正文。".into()],
        Date::constant(2024, 5, 1),
    );
    item.sources = vec!["区卫健委".into()];
    item.source_inferred = true;
    let id = store.add_item(&item, "x.txt").unwrap().id();
    assert!(store.item(id).unwrap().source_inferred);
    assert!(
        store
            .items(&ItemQuery {
                limit: 5,
                ..ItemQuery::default()
            })
            .unwrap()[0]
            .source_inferred
    );
    store
        .edit_item(
            id,
            &ItemEdit {
                sources: Some(vec!["区卫健委".into()]),
                ..ItemEdit::default()
            },
        )
        .unwrap();
    assert!(!store.item(id).unwrap().source_inferred);
    store.undo().unwrap();
    assert!(
        store.item(id).unwrap().source_inferred,
        "undo brings the mark back"
    );
}

#[test]
fn an_undo_that_cannot_be_applied_says_why_and_does_not_jam() {
    let (mut store, ids) = three();
    store.decide(&ids[..1], Status::Accepted, None).unwrap();
    // A step whose rows no longer fit the store (an item that is gone).
    store
        .conn
        .execute(
            "INSERT INTO undo_log (label, snapshot) VALUES ('坏的一步', ?1)",
            [r#"{"items":[],"issues":[{"id":7,"series":"上街信息","year":2024,"number":1,"supplement":false,"total_number":null,"date":null,"publisher":"","print_run":null,"state":"draft","members":[[999,"article",0]],"footer":[],"editors":[]}]}"#],
        )
        .unwrap();
    let err = store.undo().unwrap_err().to_string();
    assert!(err.contains("坏的一步"), "{err}");
    // The history goes on: the accept before it is taken back.
    assert!(store.undo().unwrap().is_some());
    assert_eq!(store.item(ids[0]).unwrap().status, Status::New);
}

#[test]
fn a_line_break_inside_a_paragraph_or_a_unit_comes_back_exactly() {
    let mut store = Store::open_in_memory().unwrap();
    let mut item = Item::new(
        "标题",
        vec![
            "第一行\n第二行".into(),
            "含\u{E000}私用字符\u{E000}n的段".into(),
        ],
        Date::constant(2024, 5, 1),
    );
    item.sources = vec!["区\n法院".into(), "区检察院".into()];
    let id = store.add_item(&item, "x.json").unwrap().id();
    let back = store.item(id).unwrap();
    assert_eq!(back.body, item.body);
    assert_eq!(back.sources, item.sources);
    assert!(store.verify(|_, _, _| {}).unwrap().is_empty());
}

#[test]
fn an_undo_step_about_one_item_names_it_and_one_about_several_counts_them() {
    let (mut store, ids) = store_with(&[
        item(
            "矿山街道多措并举优化城乡卫生环境",
            "一是认真部署。",
            "矿山街道",
        ),
        item("", "二是加强日常巡查，做到垃圾日产日清。", "矿山街道"),
        item("区法院开展普法", "正文。", "区法院"),
    ]);
    let label = |store: &Store| store.undo_label().unwrap().unwrap();
    // Cut to twelve 字 and …, so the step's line keeps room for the rest.
    let long = "《矿山街道多措并举优化城乡…》";
    store.decide(&[ids[0]], Status::Rejected, None).unwrap();
    assert_eq!(label(&store), format!("把{long}标为退稿"));
    let note = ItemEdit {
        note: Some("待核实".into()),
        ..ItemEdit::default()
    };
    store.edit_item(ids[0], &note).unwrap();
    assert_eq!(label(&store), format!("修改{long}"));
    // Without a headline, the start of the body names it.
    store.decide(&[ids[1]], Status::Accepted, None).unwrap();
    assert_eq!(label(&store), "把《二是加强日常巡查，做到垃…》标为采用");
    let issue = draft(&mut store, 56);
    store.add_to_issue(issue, &[ids[2]], Kind::Article).unwrap();
    assert_eq!(label(&store), "编入《区法院开展普法》");
    store.remove_from_issue(issue, ids[2]).unwrap();
    assert_eq!(label(&store), "撤下《区法院开展普法》");
    store.decide(&ids, Status::Held, None).unwrap();
    assert_eq!(label(&store), "标为暂缓（3 篇）");
    store.add_to_issue(issue, &ids[1..], Kind::Article).unwrap();
    assert_eq!(label(&store), "编入 2 篇稿件");
}

#[test]
fn an_edit_reason_is_kept_only_with_a_change_of_headline_or_body() {
    let (mut store, ids) = store_with(&[item("标题", "正文。", "区法院")]);
    let id = ids[0];
    // What the editor gives back: every field, the text as it was.
    let same_text = ItemEdit {
        headline: Some("标题".into()),
        body: Some(vec!["正文。".into()]),
        note: Some("待核实".into()),
        reason: Some("篇幅过长".into()),
        ..ItemEdit::default()
    };
    store.edit_item(id, &same_text).unwrap();
    assert_eq!(store.item(id).unwrap().edit_reason, "");
    let cut = ItemEdit {
        body: Some(vec!["改过的正文。".into()]),
        ..same_text
    };
    store.edit_item(id, &cut).unwrap();
    assert_eq!(store.item(id).unwrap().edit_reason, "篇幅过长");
}
