//! Every command that changes the store is one undoable step, in order, and
//! undo never jams.

mod common;

use common::Env;

fn count(env: &Env) -> usize {
    serde_json::from_str::<serde_json::Value>(&env.ok(&["list", "--json"]))
        .unwrap()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn imports_are_steps_in_their_order_and_a_folder_is_one() {
    let env = Env::new();
    let one = env.write("一.txt", "矿山街道推进垃圾分类\n正文一。（矿山街道）\n");
    env.ok(&["import", &one.display().to_string()]);
    env.ok(&["accept", "1"]);
    let two = env.write("二.txt", "区法院开展普法\n正文二。（区法院）\n");
    env.ok(&["import", &two.display().to_string()]);
    assert_eq!(count(&env), 2);
    // The last change was the import: undo takes it back, not the accept.
    let out = env.ok(&["undo"]);
    assert!(out.contains("导入"), "{out}");
    assert_eq!(count(&env), 1);
    let out = env.ok(&["undo"]);
    assert!(out.contains("采用") || out.contains("标为"), "{out}");
    let dir = env.path("来稿");
    std::fs::create_dir(&dir).unwrap();
    for (n, unit) in ["区教育局", "区卫健委", "区人社局"].iter().enumerate() {
        std::fs::write(
            dir.join(format!("{n}.txt")),
            format!("标题{n}\n正文{n}。（{unit}）\n"),
        )
        .unwrap();
    }
    env.ok(&["import", &dir.display().to_string()]);
    assert_eq!(count(&env), 4);
    env.ok(&["undo"]);
    assert_eq!(count(&env), 1, "the folder is one step");
}

#[test]
fn deleting_an_issue_is_undone_and_older_steps_still_undo() {
    let env = Env::new();
    let one = env.write("一.txt", "矿山街道推进垃圾分类\n正文一。（矿山街道）\n");
    env.ok(&["import", &one.display().to_string()]);
    env.ok(&["issue", "new", "--date", "2024-03-01"]);
    env.ok(&["issue", "add", "1", "1"]);
    env.ok(&["issue", "delete", "1"]);
    assert_eq!(env.ok(&["issue", "list", "--json"]).trim(), "[]");
    env.ok(&["undo"]);
    let shown = env.ok(&["issue", "show", "1"]);
    assert!(shown.contains("矿山街道推进垃圾分类"), "{shown}");
    // Then placing, creating, importing: each undoes in turn.
    for _ in 0..3 {
        env.ok(&["undo"]);
    }
    assert_eq!(env.ok(&["issue", "list", "--json"]).trim(), "[]");
    assert_eq!(count(&env), 0);
}

#[test]
fn a_unit_list_change_is_undone() {
    let env = Env::new();
    env.ok(&["units", "add", "区法院", "法院"]);
    assert!(env.ok(&["units"]).contains("区法院"));
    env.ok(&["undo"]);
    assert!(!env.ok(&["units"]).contains("区法院"));
}

#[test]
fn an_archive_is_checked_before_it_is_stored_and_counts_what_was_stored() {
    let env = Env::new();
    let one = env.write("一.txt", "矿山街道推进垃圾分类\n正文一。（矿山街道）\n");
    env.ok(&["import", &one.display().to_string()]);
    let all = env.ok(&["export", "--all", "--format", "json"]);
    env.write("all.json", &all);
    // Into the store it came from, nothing is new, and nothing is counted.
    let out = env.ok(&["import", "--json", "all.json"]);
    assert!(out.contains("0 篇"), "{out}");
    // An item whose body is empty is refused, naming it, and nothing stored.
    let mut v: serde_json::Value = serde_json::from_str(&all).unwrap();
    v["items"][0]["body"] = serde_json::json!([]);
    let other = Env::new();
    other.write("bad.json", serde_json::to_string(&v).unwrap());
    let err = other.fails(&["import", "--json", "bad.json"], 1);
    assert!(err.contains("稿件 1 没有正文"), "{err}");
    assert_eq!(other.ok(&["list", "--json"]).trim(), "[]");
}
