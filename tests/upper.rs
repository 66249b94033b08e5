//! 上级采用 and 领导批示 from the command line: recorded on an item, shown
//! by `show` and `show --json`, listed, undone; refusals say one line,
//! exit 1 and change nothing.

mod common;

use common::Env;
use serde_json::Value;

/// A store with one imported item, number 1.
fn env_with_item() -> Env {
    let env = Env::new();
    let file = env.write("来稿.txt", "矿山街道推进网格治理\n正文。（矿山街道）\n");
    env.ok(&["import", &file.display().to_string()]);
    env
}

fn shown(env: &Env) -> Value {
    serde_json::from_str(&env.ok(&["show", "1", "--json"])).unwrap()
}

#[test]
fn adoptions_and_instructions_show_on_the_item() {
    let env = env_with_item();
    let out = env.ok(&[
        "adopted",
        "1",
        "--level",
        "市级",
        "--outlet",
        "《市委信息》",
        "--issue",
        "12",
        "--date",
        "2025-03-02",
    ]);
    assert!(
        out.contains("已登记上级采用 1") && out.contains("市级《市委信息》第12期（2025年3月2日）"),
        "{out}"
    );
    env.ok(&["adopted", "1", "--level", "national", "--outlet", "要情"]);
    let out = env.ok(&[
        "instruction",
        "1",
        "--by",
        "张三",
        "--level",
        "district",
        "--date",
        "2025年3月5日",
        "--text",
        "请认真总结推广",
    ]);
    assert!(out.contains("已登记领导批示 1"), "{out}");
    let out = env.ok(&["instruction", "done", "1", "--note", "已召开专题会"]);
    assert!(out.contains("已落实"), "{out}");

    let text = env.ok(&["show", "1"]);
    assert!(
        text.contains("上级采用：市级《市委信息》第12期（2025年3月2日）"),
        "{text}"
    );
    assert!(
        text.contains("领导批示：张三（区级，2025年3月5日）：请认真总结推广（已落实，"),
        "{text}"
    );

    let json = shown(&env);
    assert_eq!(
        json["headline"], "矿山街道推进网格治理",
        "the item's fields stay"
    );
    let adoptions = json["adoptions"].as_array().unwrap();
    assert_eq!(adoptions.len(), 2);
    let a = &adoptions[0];
    assert_eq!(a["id"], 1);
    assert_eq!(a["item"], 1);
    assert_eq!(a["level"], "city");
    assert_eq!(a["outlet"], "市委信息");
    assert_eq!(a["issue"], "第12期");
    assert_eq!(a["date"], "2025-03-02");
    assert_eq!(a["source"], "hand");
    assert_eq!(adoptions[1]["level"], "national");
    assert_eq!(adoptions[1]["issue"], Value::Null);
    let i = &json["instructions"][0];
    assert_eq!(i["by"], "张三");
    assert_eq!(i["level"], "district");
    assert_eq!(i["date"], "2025-03-05");
    assert_eq!(i["text"], "请认真总结推广");
    assert_eq!(i["done"]["note"], "已召开专题会");

    let listed = env.ok(&["adoptions", "--from", "2025-03-01", "--to", "2025-03-31"]);
    assert_eq!(listed.lines().count(), 1, "{listed}");
    assert!(listed.contains("《市委信息》"), "{listed}");
    let listed: Value = serde_json::from_str(&env.ok(&["instruction", "list", "--json"])).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);

    // Each was one step: undone in turn, newest first.
    let undone = env.ok(&["undo"]);
    assert!(undone.contains("矿山街道推进网格治理"), "{undone}");
    assert_eq!(shown(&env)["instructions"][0]["done"], Value::Null);
}

#[test]
fn an_item_with_none_shows_empty_lists() {
    let env = env_with_item();
    let json = shown(&env);
    assert_eq!(json["adoptions"], Value::Array(vec![]));
    assert_eq!(json["instructions"], Value::Array(vec![]));
    assert!(!env.ok(&["show", "1"]).contains("上级采用"));
    assert!(env.ok(&["adoptions"]).contains("没有上级采用记录"));
}

#[test]
fn refusals_say_one_line_exit_1_and_change_nothing() {
    let env = env_with_item();
    env.ok(&[
        "adopted",
        "1",
        "--level",
        "city",
        "--outlet",
        "市委信息",
        "--issue",
        "第12期",
    ]);
    env.ok(&[
        "instruction",
        "1",
        "--by",
        "张三",
        "--level",
        "区级",
        "--date",
        "2025-03-05",
        "--text",
        "阅",
    ]);
    env.ok(&[
        "instruction",
        "done",
        "1",
        "--note",
        "已落实",
        "--date",
        "2025-03-05",
    ]);
    let before = env.ok(&["show", "1", "--json"]);
    let one_line = |stderr: String, needle: &str| {
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.contains(needle), "{stderr}");
    };
    let adopt = |level: &str, outlet: &str, issue: &str, item: &str| {
        env.fails(
            &[
                "adopted", item, "--level", level, "--outlet", outlet, "--issue", issue,
            ],
            1,
        )
    };
    one_line(adopt("city", "《市委信息》", "12", "1"), "已登记过这次采用");
    one_line(adopt("区级", "市委信息", "13", "1"), "区级");
    one_line(adopt("town", "市委信息", "13", "1"), "town");
    one_line(adopt("city", " ", "13", "1"), "刊物名称");
    one_line(adopt("city", "市委信息", "13", "9"), "9");
    one_line(
        env.fails(
            &[
                "adopted",
                "1",
                "--level",
                "city",
                "--outlet",
                "市委信息",
                "--date",
                "上周",
            ],
            1,
        ),
        "上周",
    );
    let instruct = |level: &str, date: &str, text: &str| {
        env.fails(
            &[
                "instruction",
                "1",
                "--by",
                "李四",
                "--level",
                level,
                "--date",
                date,
                "--text",
                text,
            ],
            1,
        )
    };
    one_line(instruct("乡级", "2025-03-05", "阅"), "乡级");
    one_line(instruct("city", "三月", "阅"), "三月");
    one_line(instruct("city", "2025-03-05", "  "), "批示内容");
    one_line(
        env.fails(&["instruction", "done", "1", "--note", "再次"], 1),
        "已于2025年3月5日",
    );
    one_line(
        env.fails(&["instruction", "done", "7", "--note", "已落实"], 1),
        "7",
    );
    assert_eq!(env.ok(&["show", "1", "--json"]), before);
}

#[test]
fn english_messages_and_labels() {
    let env = env_with_item();
    let out = env.ok(&[
        "--lang",
        "en",
        "adopted",
        "1",
        "--level",
        "province",
        "--outlet",
        "省委信息",
        "--date",
        "2025-03-02",
    ]);
    assert!(
        out.contains("adoption 1 recorded") && out.contains("provincial ‘省委信息’ (2025年3月2日)"),
        "{out}"
    );
    let err = env.fails(
        &[
            "--lang", "en", "adopted", "1", "--level", "district", "--outlet", "x",
        ],
        1,
    );
    assert!(err.contains("is not an adoption level"), "{err}");
    let err = env.fails(
        &["--lang", "en", "instruction", "done", "3", "--note", "x"],
        1,
    );
    assert!(err.contains("no instruction numbered 3"), "{err}");
}
