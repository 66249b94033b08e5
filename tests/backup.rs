//! Backup, restore and verify: a consistent copy while the store is being
//! written, a restore that checks the file and asks first, and a verify that
//! finds each kind of damage planted in a store.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::Env;
use jianbao::store::{Store, inspect};

fn raw(env: &Env) -> rusqlite::Connection {
    rusqlite::Connection::open(env.path("store.db")).unwrap()
}

#[test]
fn a_backup_taken_during_writes_is_whole_and_sound() {
    let env = Env::new();
    env.ok(&["demo", "--synthetic", "3000"]);
    // Another process writes all the while: a thousand decisions, one
    // transaction each.
    let mut writer = Store::open(&env.path("store.db")).unwrap();
    let ids: Vec<_> = writer
        .items(&jianbao::store::ItemQuery {
            status: Some(jianbao::model::Status::New),
            limit: 1000,
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect();
    let copier = std::thread::spawn({
        let env_path = env.path("store.db");
        let dir = env.dir.path().to_path_buf();
        move || {
            (0..5)
                .map(|n| {
                    let out = Command::new(env!("CARGO_BIN_EXE_jianbao"))
                        .args(["--db", env_path.to_str().unwrap(), "backup"])
                        .arg(dir.join(format!("copy-{n}.db")))
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                })
                .count()
        }
    });
    for id in &ids {
        writer
            .decide(&[*id], jianbao::model::Status::Accepted, None)
            .unwrap();
    }
    assert_eq!(copier.join().unwrap(), 5);
    let mut accepted = 0;
    for n in 0..5 {
        let path = env.path(&format!("copy-{n}.db"));
        let copy = inspect(&path).unwrap();
        assert!(copy.damage.is_empty());
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.verify(|_, _, _| {}).unwrap(),
            Vec::<String>::new(),
            "copy {n}"
        );
        let counts = store.counts().unwrap();
        assert_eq!(counts.total(), writer.counts().unwrap().total());
        // Each copy is one committed state, later copies no earlier.
        assert!(counts.accepted >= accepted, "copy {n}");
        accepted = counts.accepted;
    }
}

#[test]
fn restore_checks_the_file_asks_and_keeps_the_old_store() {
    let env = Env::new();
    env.ok(&["demo"]);
    env.ok(&["backup", "good.db"]);
    let good = inspect(&env.path("good.db")).unwrap();
    // The store moves on after the backup.
    env.write("来稿.txt", "新的一篇\n正文一段。（区法院）\n");
    env.ok(&["import", "来稿.txt"]);

    // Not on a terminal and no --yes: refused, nothing changed.
    let err = env.fails(&["restore", "good.db"], 1);
    assert!(err.contains("--yes"), "{err}");
    // On a terminal (script(1) gives it one), asked and answered no.
    let command = format!(
        "{} --db store.db restore good.db",
        env!("CARGO_BIN_EXE_jianbao")
    );
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(env.dir.path())
        .env_remove("JIANBAO_LANG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"n\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("[y/N]") && said.contains("未替换"), "{said}");
    assert_eq!(
        inspect(&env.path("store.db")).unwrap().items,
        good.items + 1
    );

    // A damaged copy and a file that is no store are refused.
    damaged_copy(&env, "good.db", "bad.db");
    let err = env.fails(&["restore", "bad.db", "--yes"], 1);
    assert!(err.contains("bad.db"), "{err}");
    env.write("notes.db", "不是数据库");
    let err = env.fails(&["restore", "notes.db", "--yes"], 1);
    assert!(
        err.contains("notes.db") && err.lines().count() == 1,
        "{err}"
    );

    // Confirmed: the store is the copy, and what it was is kept.
    let said = env.ok(&["restore", "good.db", "--yes"]);
    assert!(said.contains("before-restore"), "{said}");
    assert_eq!(inspect(&env.path("store.db")).unwrap().items, good.items);
    let kept = inspect(&env.path("store.db.before-restore.bak")).unwrap();
    assert_eq!(kept.items, good.items + 1);
    assert!(env.ok(&["verify"]).contains(&good.items.to_string()));
}

#[test]
fn verify_names_each_kind_of_damage() {
    let env = Env::new();
    env.ok(&["demo"]);
    assert!(env.ok(&["verify"]).contains("34"));

    let db = raw(&env);
    // A hole in the order of an issue, an item missing from the index, an
    // item whose text changed behind the store's back.
    db.execute(
        "UPDATE issue_items SET position = 9 WHERE section = 'brief' AND position = 1",
        [],
    )
    .unwrap();
    db.execute("DELETE FROM item_search WHERE rowid = 3", [])
        .unwrap();
    db.execute("UPDATE items SET body = body || '补' WHERE id = 5", [])
        .unwrap();
    db.execute("UPDATE items SET body = '' WHERE id = 6", [])
        .unwrap();
    drop(db);
    let err = env.fails(&["verify"], 1);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.iter().any(|l| l.contains("简讯顺序有缺口")), "{err}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("稿件 3") && l.contains("索引")),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("稿件 5") && l.contains("指纹")),
        "{err}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("稿件 6") && l.contains("没有正文")),
        "{err}"
    );
    assert!(
        lines.iter().any(|l| l.contains("检索索引有 33 条")),
        "{err}"
    );
}

/// `to`: `from` with a page's worth of its middle overwritten.
fn damaged_copy(env: &Env, from: &str, to: &str) {
    let mut bad = std::fs::read(env.path(from)).unwrap();
    let middle = bad.len() / 2;
    bad[middle..middle + 4096].fill(0xAB);
    env.write(to, bad);
}

#[test]
fn a_damaged_store_is_not_copied() {
    let env = Env::new();
    env.ok(&["demo"]);
    env.ok(&["backup", "good.db"]);
    damaged_copy(&env, "good.db", "bad.db");
    let out = env.run(&["--db", "bad.db", "backup", "copy.db"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("损坏") && err.lines().count() == 1, "{err}");
    assert!(!env.path("copy.db").exists(), "no copy of a damaged store");
}

#[test]
fn any_command_on_a_damaged_store_names_it_and_the_way_back() {
    let env = Env::new();
    env.ok(&["demo"]);
    env.ok(&["backup", "good.db"]);
    // Every page after the first (the file's header) overwritten: whatever
    // the command reads, it meets the damage.
    let mut bad = std::fs::read(env.path("good.db")).unwrap();
    bad[4096..].fill(0xAB);
    env.write("bad.db", bad);
    let out = env.run(&[
        "--db", "bad.db", "list", "--status", "new", "--limit", "100000",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bad.db") && err.contains("损坏") && err.contains("jianbao restore"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}
