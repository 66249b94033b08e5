//! Stepping through the issues one query at a time agrees with the full
//! list `issues` prints.

use jiff::civil::Date;

use super::{Added, Store};
use crate::model::{Issue, IssueId, Item, Kind};

/// Issues of two series over two years, a 增刊 among them, created out
/// of order; the 2024 第3期 of 上街信息 is final.
fn issues() -> (Store, IssueId) {
    let mut store = Store::open_in_memory().unwrap();
    let made = [
        ("上街信息", 2024, 2, false),
        ("上街信息", 2023, 9, false),
        ("上街信息", 2024, 1, true),
        ("督查专报", 2023, 4, false),
        ("上街信息", 2024, 3, false),
        ("上街信息", 2024, 1, false),
        ("督查专报", 2022, 7, false),
    ];
    let mut fin = None;
    for (series, year, number, supplement) in made {
        let mut issue = Issue::new(series, year, number);
        issue.supplement = supplement;
        let id = store.create_issue(&issue).unwrap();
        if (year, number, supplement) == (2024, 3, false) {
            fin = Some(id);
        }
    }
    let fin = fin.unwrap();
    let item = Item::new(
        "一篇稿件",
        vec!["正文。".into()],
        Date::new(2024, 3, 1).unwrap(),
    );
    let Added::New(item) = store.add_item(&item, "test").unwrap() else {
        panic!("new store")
    };
    store.add_to_issue(fin, &[item], Kind::Article).unwrap();
    store.finalise(fin).unwrap();
    (store, fin)
}

fn label(store: &Store, id: IssueId) -> String {
    let i = store.issue(id).unwrap();
    let extra = if i.supplement { "增刊" } else { "" };
    format!("{}{}{extra}{}", i.series, i.year, i.number)
}

#[test]
fn stepping_older_and_newer_walks_the_listing_order() {
    let (store, _) = issues();
    let listed: Vec<String> = store
        .issues()
        .unwrap()
        .iter()
        .map(|s| label(&store, s.id))
        .collect();
    // Newest year first; the regular issues before the 增刊; newest number first.
    assert_eq!(
        listed,
        [
            "上街信息20243",
            "上街信息20242",
            "上街信息20241",
            "上街信息2024增刊1",
            "上街信息20239",
            "督查专报20234",
            "督查专报20227",
        ]
    );
    let ids: Vec<IssueId> = store.issues().unwrap().iter().map(|s| s.id).collect();
    for (at, &id) in ids.iter().enumerate() {
        let older = store.issue_beside(id, 1).unwrap();
        let newer = store.issue_beside(id, -1).unwrap();
        assert_eq!(older, ids.get(at + 1).copied(), "older than {}", listed[at]);
        assert_eq!(
            newer,
            at.checked_sub(1).map(|i| ids[i]),
            "newer than {}",
            listed[at]
        );
    }
}

#[test]
fn the_newest_draft_opens_unless_an_existing_issue_is_asked_for() {
    let (store, fin) = issues();
    let open = |id| store.issue_to_open(id).unwrap().map(|id| label(&store, id));
    // 2024 第3期 is newer but final.
    assert_eq!(open(None).as_deref(), Some("上街信息20242"));
    assert_eq!(open(Some(fin)).as_deref(), Some("上街信息20243"));
    assert_eq!(open(Some(IssueId(999))).as_deref(), Some("上街信息20242"));
    let empty = Store::open_in_memory().unwrap();
    assert_eq!(empty.issue_to_open(None).unwrap(), None);
}

#[test]
fn the_other_series_opens_at_its_newest_issue_and_wraps() {
    let (store, fin) = issues();
    let other = |id, step| {
        store
            .issue_of_other_series(id, step)
            .unwrap()
            .map(|id| label(&store, id))
    };
    assert_eq!(other(fin, 1).as_deref(), Some("督查专报20234"));
    assert_eq!(other(fin, -1).as_deref(), Some("督查专报20234"));
    let zhuanbao = store.issue_of_other_series(fin, 1).unwrap().unwrap();
    assert_eq!(other(zhuanbao, 1).as_deref(), Some("上街信息20243"));
    let mut one = Store::open_in_memory().unwrap();
    let only = one.create_issue(&Issue::new("上街信息", 2024, 1)).unwrap();
    assert_eq!(one.issue_of_other_series(only, 1).unwrap(), None);
}
