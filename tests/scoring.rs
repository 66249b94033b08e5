//! The unit table and the points from the command line: `units load` keeps
//! what the table says of each unit, `units --json` gives it back, and
//! `stats --explain` sums to the points `stats --json` ranks by.

mod common;

use common::Env;
use serde_json::Value;

#[test]
fn the_unit_table_loads_lists_and_feeds_the_points() {
    let env = Env::new();
    env.write(
        "units.toml",
        "[[unit]]\nname = \"矿山街道\"\naliases = [\"矿山街道办事处\"]\ncategory = \"镇街\"\n\
         contact = \"王敏\"\nphone = \"0371-68911200\"\nleader = \"副主任刘丽\"\nquota = 3\n\
         [[unit]]\nname = \"区法院\"\ncategory = \"区直部门\"\nquota = 1\n",
    );
    env.ok(&["units", "load", "units.toml"]);
    let list = env.ok(&["units"]);
    assert!(
        list.contains(
            "矿山街道（矿山街道办事处）　镇街　信息员：王敏 0371-68911200　分管领导：副主任刘丽　定额：每季度 3 条"
        ),
        "{list}"
    );
    let json: Value = serde_json::from_str(&env.ok(&["units", "--json"])).unwrap();
    assert_eq!(json[0]["contact"], "王敏");
    assert_eq!(json[0]["quota"], 3);
    assert_eq!(json[1]["category"], "区直部门");

    env.write(
        "a.txt",
        "报送日期：2025年2月3日\n矿山街道优化卫生环境\n一是认真部署，组织全民参与。（矿山街道）\n",
    );
    let said = env.ok(&["import", "a.txt"]);
    assert!(said.contains("联系人：王敏"), "{said}");

    let stats: Value =
        serde_json::from_str(&env.ok(&["stats", "--quarter", "2025Q1", "--json"])).unwrap();
    let row = |unit: &str| {
        stats["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["unit"] == unit)
            .unwrap()
            .clone()
    };
    // 矿山街道: one item sent, pending: 0.5 (a pending item brings no rate
    // penalty), 2 short of a quota of 3: -2. So -1.5, first of 镇街.
    let ks = row("矿山街道");
    assert_eq!(
        (
            &ks["points"],
            &ks["rank"],
            &ks["shortfall"],
            &ks["category"]
        ),
        (
            &Value::from(-1.5),
            &Value::from(1),
            &Value::from(2),
            &Value::from("镇街")
        )
    );
    // 区法院: nothing sent, 1 short: -1, first of 区直部门.
    assert_eq!(
        (&row("区法院")["points"], &row("区法院")["rank"]),
        (&Value::from(-1.0), &Value::from(1))
    );
    assert_eq!(stats["silent"], serde_json::json!(["区法院"]));

    let explained: Value = serde_json::from_str(&env.ok(&[
        "stats",
        "--quarter",
        "2025Q1",
        "--explain",
        "矿山街道办事处",
        "--json",
    ]))
    .unwrap();
    assert_eq!(explained["unit"], "矿山街道");
    assert_eq!(explained["points"], -1.5);
    let rules: Vec<&str> = explained["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["sent", "quota_shortfall"]);
    let text = env.ok(&["stats", "--quarter", "2025Q1", "--explain", "矿山街道"]);
    assert!(
        text.starts_with("矿山街道得分明细（2025年1月1日—2025年3月31日）\n")
            && text.lines().last().unwrap().ends_with("-1.5"),
        "{text}"
    );
    let err = env.fails(&["stats", "--explain", "区新设局"], 1);
    assert!(
        err.contains("区新设局") && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn an_old_stats_table_in_the_config_still_loads() {
    let env = Env::new();
    env.ok(&["units", "add", "区法院"]);
    env.write(
        "a.txt",
        "报送日期：2025年2月3日\n区法院送法进社区\n正文。（区法院）\n",
    );
    env.ok(&["import", "a.txt"]);
    env.write(
        "old.toml",
        "[stats]\narticle_points = 1.0\nbrief_points = 0.5\n",
    );
    let config = env.path("old.toml");
    let out = env.ok(&[
        "--config",
        config.to_str().unwrap(),
        "stats",
        "--quarter",
        "2025Q1",
        "--report",
    ]);
    assert!(out.contains("采用正文每篇 1 分、简讯每篇 0.5 分"), "{out}");
}
