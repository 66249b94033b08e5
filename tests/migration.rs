//! A store made by the first released schema (tests/fixtures/store-v1.db:
//! the sample data, a draft issue with two items, a rejection and an
//! acceptance) opens with this jianbao, is migrated, and keeps everything.

use jianbao::model::{IssueState, ItemId, Status};
use jianbao::store::{ItemQuery, Store};

/// A copy of the fixture in a new folder: the folder (kept alive) and the file.
fn first_schema_store() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/store-v1.db"),
        &path,
    )
    .unwrap();
    (dir, path)
}

#[test]
fn a_first_schema_store_is_migrated_with_a_copy_kept() {
    let (dir, path) = first_schema_store();
    let before = std::fs::read(&path).unwrap();

    let mut store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        jianbao::store::MIGRATIONS.len() as i64
    );
    let copy = dir.path().join("old.db.v1.bak");
    let kept = rusqlite::Connection::open(&copy).unwrap();
    let v: i64 = kept
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1, "the copy is the store as it was");
    let n: i64 = kept
        .query_row("SELECT count(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 34);
    drop(kept);
    assert!(!before.is_empty());

    let counts = store.counts().unwrap();
    assert_eq!(counts.total(), 34);
    assert_eq!((counts.published, counts.rejected), (8, 1));
    assert_eq!(store.item(ItemId(11)).unwrap().reject_reason, "重复");
    // A reason typed freely before the reason list stays as it was; no
    // edit had a reason before migration 10.
    assert_eq!(store.item(ItemId(11)).unwrap().edit_reason, "");
    let issues = store.issues().unwrap();
    assert_eq!(issues.len(), 2);
    let draft = issues
        .iter()
        .find(|i| i.state == IssueState::Draft)
        .unwrap();
    assert_eq!((draft.number, draft.articles), (57, 2));
    let final_issue = store
        .issue(
            issues
                .iter()
                .find(|i| i.state == IssueState::Final)
                .unwrap()
                .id,
        )
        .unwrap();
    assert_eq!(final_issue.total_number, Some(1083));
    assert_eq!(final_issue.editors, ["王伟", "李晓明"]);
    // Search and the undo history still work on migrated data.
    let hits = store
        .items(&ItemQuery {
            search: Some("蓝天".into()),
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 2);
    assert_eq!(store.item(ItemId(12)).unwrap().status, Status::Accepted);
    store.undo().unwrap();
    assert_eq!(
        store.item(ItemId(12)).unwrap().status,
        Status::New,
        "a step recorded by the old schema undoes"
    );
    // Signatures were filled in: the two versions of the 蓝天 item find each other.
    let mut again = store.item(ItemId(29)).unwrap();
    again.id = None;
    again.body[0] = again.body[0].replacen("。", "，", 1);
    let jianbao::store::Added::New(new) = store.add_item(&again, "again").unwrap() else {
        panic!()
    };
    assert!(store.item(new).unwrap().similar_to.is_some());

    drop(store);
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.counts().unwrap().total(), 35);
    assert!(
        !dir.path().join("old.db.v2.bak").exists(),
        "no copy when nothing is migrated"
    );
}

#[test]
fn several_jianbao_opening_one_old_store_at_once_migrate_it_once() {
    let (dir, path) = first_schema_store();
    let opened: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| Store::open(&path))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for store in opened {
        let store = store.unwrap();
        assert_eq!(store.counts().unwrap().total(), 34);
        assert!(store.verify(|_, _, _| {}).unwrap().is_empty());
    }
    // And a new file, created by several at once.
    let fresh = dir.path().join("new.db");
    let opened: Vec<_> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4).map(|_| s.spawn(|| Store::open(&fresh))).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for store in opened {
        store.unwrap();
    }
}

#[test]
fn six_processes_migrating_one_old_store_leave_exactly_one_true_copy() {
    for _ in 0..3 {
        let (dir, path) = first_schema_store();
        let children: Vec<_> = (0..6)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_jianbao"))
                    .args(["--db", &path.display().to_string(), "list", "--json"])
                    .env("HOME", dir.path())
                    .env("XDG_CONFIG_HOME", dir.path().join("config"))
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut child in children {
            assert!(child.wait().unwrap().success());
        }
        let copies: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".bak"))
            .collect();
        assert_eq!(copies, ["old.db.v1.bak"], "exactly one copy");
        let copy = jianbao::store::inspect(&dir.path().join("old.db.v1.bak")).unwrap();
        assert_eq!(
            (copy.schema, copy.items),
            (1, 34),
            "a copy of the old file, not the migrated one"
        );
        assert!(!dir.path().join("old.db.migrating").exists());
    }
}
