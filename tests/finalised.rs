//! A finalised issue cannot change, whatever the path; undoing a finalise
//! asks first; `edit` is the command-line twin of the workstation's `e`.

mod common;

use common::Env;

fn published(env: &Env) {
    let one = env.write("一.txt", "矿山街道推进垃圾分类\n正文一。（矿山街道）\n");
    env.ok(&["import", &one.display().to_string()]);
    env.ok(&["issue", "new", "--date", "2024-03-01"]);
    env.ok(&["issue", "add", "1", "1"]);
    env.ok(&["issue", "sign", "1", "--role", "sign", "--by", "张伟"]);
    env.ok(&["issue", "finalise", "1", "--force"]);
}

#[test]
fn a_published_item_cannot_be_edited_and_says_which_issue() {
    let env = Env::new();
    published(&env);
    let err = env.fails(&["edit", "1"], 1);
    assert!(
        err.contains("稿件 1") && err.contains("2024年第1期"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    let err = env.fails(&["issue", "remove", "1", "1"], 1);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    let shown = env.ok(&["show", "1"]);
    assert!(shown.contains("正文一。"), "{shown}");
}

#[test]
fn undoing_a_finalise_asks_first() {
    let env = Env::new();
    published(&env);
    // No terminal to ask on: refused, naming the step, and nothing undone.
    let err = env.fails(&["undo"], 1);
    assert!(err.contains("--yes"), "{err}");
    assert!(env.ok(&["issue", "list"]).contains("已定稿"));
    env.ok(&["undo", "--yes"]);
    assert!(env.ok(&["issue", "list"]).contains("草稿"));
    // Once it is a draft again, the item can change.
    let editor = env.write(
        "editor.sh",
        "#!/bin/sh\nsed -i 's/正文一。/正文一，改过。/' \"$1\"\n",
    );
    std::process::Command::new("chmod")
        .args(["+x", &editor.display().to_string()])
        .status()
        .unwrap();
    let out = env.run_with(&["--db", "store.db", "edit", "1"], &[("VISUAL", &editor)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(env.ok(&["show", "1"]).contains("正文一，改过。"));
    env.ok(&["undo"]);
    assert!(env.ok(&["show", "1"]).contains("正文一。"));
}
