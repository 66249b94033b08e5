//! 约稿 from the command line: asked, listed, offered by an import,
//! answered; refusals say one line, exit 1 and change nothing.

mod common;

use common::Env;
use serde_json::Value;

fn listed(env: &Env) -> Vec<Value> {
    serde_json::from_str::<Value>(&env.ok(&["commission", "list", "--json"]))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// A store that knows 区卫生健康委员会, also called 区卫健委.
fn env_with_units() -> Env {
    let env = Env::new();
    env.ok(&["units", "add", "区卫生健康委员会", "区卫健委"]);
    env
}

#[test]
fn a_commission_is_asked_offered_by_an_import_and_answered() {
    let env = env_with_units();
    let out = env.ok(&[
        "commission",
        "add",
        "区卫生健康委员会",
        "夏季病媒防制",
        "--due",
        "2020年6月30日",
        "--note",
        "请附照片",
    ]);
    assert!(
        out.contains("约稿 1") && out.contains("2020年6月30日"),
        "{out}"
    );
    env.ok(&[
        "commission",
        "add",
        "区卫健委",
        "秋季爱国卫生运动",
        "--due",
        "2099-12-31",
    ]);

    let table = env.ok(&["commission", "list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines.len(), 2, "{table}");
    assert!(
        lines[0].contains("夏季病媒防制") && lines[0].contains("逾期"),
        "{table}"
    );
    assert!(lines[0].contains("待答复"), "{table}");
    assert!(!lines[1].contains("逾期"), "due in 2099: {table}");

    // An item from the unit, written under its alias (the import stores the
    // unit list's name), is offered as the answer to both open
    // commissions, one asked by the name and one by the alias.
    let file = env.write(
        "来稿.txt",
        "区卫健委开展灭蚊行动\n入夏以来，全区清理积水点。（区卫健委）\n",
    );
    let report = env.ok(&["import", &file.display().to_string()]);
    assert!(
        report.contains(
            "稿件 1（区卫生健康委员会）可作为约稿 1《夏季病媒防制》的回复：jianbao commission answer 1 1"
        ),
        "{report}"
    );
    assert!(report.contains("jianbao commission answer 2 1"), "{report}");

    let out = env.ok(&["commission", "answer", "1", "1"]);
    assert!(out.contains("夏季病媒防制"), "{out}");
    let table = env.ok(&["commission", "list"]);
    let first = table.lines().next().unwrap();
    assert!(
        first.contains("已答复（稿件 1）") && first.contains("逾期答复"),
        "{table}"
    );
    let open = env.ok(&["commission", "list", "--open"]);
    assert_eq!(open.lines().count(), 1, "{open}");
    assert!(open.contains("秋季爱国卫生运动"), "{open}");

    // Undo takes the answer back.
    let out = env.ok(&["undo"]);
    assert!(out.contains("夏季病媒防制"), "{out}");
    assert_eq!(listed(&env)[0]["state"], "open");
}

#[test]
fn the_json_gives_every_field_exactly() {
    let env = env_with_units();
    env.ok(&[
        "commission",
        "add",
        "区卫健委",
        "夏季\u{1b}[31m病媒",
        "--due",
        "2020-06-30",
        "--note",
        "附照片",
    ]);
    let rows = listed(&env);
    let c = &rows[0];
    assert_eq!(c["id"], 1);
    assert_eq!(c["unit"], "区卫健委");
    assert_eq!(c["topic"], "夏季\u{1b}[31m病媒", "JSON stays exact");
    assert_eq!(c["due"], "2020-06-30");
    assert_eq!(c["note"], "附照片");
    assert_eq!(c["state"], "open");
    assert_eq!(c["late"], true);
    assert!(c["overdue_days"].as_i64().unwrap() > 1000);
    assert!(c["created"].is_string());
    assert!(c.get("item").is_none());
    // The table shows the escape as a visible mark, never acting on it.
    let table = env.ok(&["commission", "list"]);
    assert!(!table.contains('\u{1b}'), "{table:?}");

    env.ok(&["commission", "cancel", "1"]);
    let c = &listed(&env)[0];
    assert_eq!(c["state"], "cancelled");
    assert_eq!(c["late"], false);
    assert!(c.get("overdue_days").is_none());
}

#[test]
fn refusals_say_one_line_exit_1_and_change_nothing() {
    let env = env_with_units();
    let other = env.write("街道.txt", "矿山街道推进网格治理\n正文。（矿山街道）\n");
    env.ok(&["import", &other.display().to_string()]);
    env.ok(&[
        "commission",
        "add",
        "区卫健委",
        "夏季病媒防制",
        "--due",
        "2099-01-01",
    ]);
    let before = env.ok(&["commission", "list", "--json"]);
    let one_line = |stderr: String, needle: &str| {
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.contains(needle), "{stderr}");
    };

    one_line(
        env.fails(
            &[
                "commission",
                "add",
                "区文明办",
                "创建",
                "--due",
                "2099-01-01",
            ],
            1,
        ),
        "区文明办",
    );
    one_line(
        env.fails(
            &["commission", "add", "区卫健委", "创建", "--due", "下周"],
            1,
        ),
        "下周",
    );
    one_line(env.fails(&["commission", "answer", "9", "1"], 1), "9");
    one_line(env.fails(&["commission", "answer", "1", "42"], 1), "42");
    // Item 1 comes from 矿山街道, not the unit asked.
    one_line(
        env.fails(&["commission", "answer", "1", "1"], 1),
        "区卫健委",
    );
    one_line(env.fails(&["commission", "cancel", "9"], 1), "9");
    assert_eq!(env.ok(&["commission", "list", "--json"]), before);

    // Allowed when the editor says so; then answering or cancelling again
    // is refused.
    env.ok(&["commission", "answer", "1", "1", "--any-unit"]);
    let after = env.ok(&["commission", "list", "--json"]);
    one_line(
        env.fails(&["commission", "answer", "1", "1"], 1),
        "夏季病媒防制",
    );
    one_line(env.fails(&["commission", "cancel", "1"], 1), "夏季病媒防制");
    assert_eq!(env.ok(&["commission", "list", "--json"]), after);
}

#[test]
fn english_messages_name_the_commission() {
    let env = env_with_units();
    let out = env.ok(&[
        "--lang",
        "en",
        "commission",
        "add",
        "区卫健委",
        "灭蚊",
        "--due",
        "2099-01-01",
    ]);
    assert!(
        out.contains("commission 1") && out.contains("‘灭蚊’"),
        "{out}"
    );
    let err = env.fails(&["--lang", "en", "commission", "cancel", "5"], 1);
    assert!(err.contains("no commission numbered 5"), "{err}");
    let table = env.ok(&["--lang", "en", "commission", "list"]);
    assert!(table.contains("open"), "{table}");
}
