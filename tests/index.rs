//! jianbao index: the annual index (年度目录), run as a user would.

mod common;

use common::Env;

/// The id of the queued item whose headline starts with `start`.
fn item(env: &Env, start: &str) -> String {
    let list = env.ok(&["list", "--limit", "500", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    let found = list
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["headline"].as_str().unwrap().starts_with(start))
        .unwrap_or_else(|| panic!("no item “{start}”"));
    found["id"].as_i64().unwrap().to_string()
}

/// The demo's finalised 第56期 of 2023, and a 第57期 with an item from a
/// unit of 第56期 (济源路街道), one from 峡窝镇 and a brief from 区委宣传部
/// under its alias 宣传部; finalised when `finalise`.
fn two_issues(finalise: bool) -> Env {
    let env = Env::new();
    env.ok(&["demo"]);
    let ids = [
        item(&env, "济源路街道“三个一”"),
        item(&env, "峡窝镇聚焦"),
        item(&env, "区委宣传部凝聚"),
    ];
    env.ok(&["accept", &ids[0], &ids[1], &ids[2]]);
    env.ok(&["issue", "new", "--date", "2023-09-11"]);
    env.ok(&["issue", "add", "57", &ids[0], &ids[1]]);
    env.ok(&["issue", "add", "57", "--brief", &ids[2]]);
    if finalise {
        env.ok(&["issue", "sign", "57", "--role", "sign", "--by", "张伟"]);
        env.ok(&["issue", "finalise", "57"]);
    }
    env
}

#[test]
fn both_issues_appear_in_order_and_a_unit_lists_its_items_from_both() {
    let env = two_issues(true);
    let text = env.ok(&["index", "--year", "2023"]);
    assert!(text.starts_with("上街信息 2023年 目录\n"), "{text}");
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("no “{s}” in {text}"));
    assert!(at("第56期（总第1083期）　2023年8月28日") < at("第57期（总第1084期）　2023年9月11日"));
    assert!(at("一、按期目录") < at("第56期") && at("第57期") < at("二、按单位目录"));
    // 第57期's brief is marked, and its unit named as the list names it.
    let brief = text
        .lines()
        .find(|l| l.contains("区委宣传部凝聚全民力量"))
        .unwrap();
    assert!(brief.trim_start().starts_with('△'), "{brief}");
    assert!(brief.ends_with(" 区委宣传部"), "{brief}");
    // By unit: 济源路街道 has an item from each issue, in order.
    let part_two = &text[at("二、按单位目录")..];
    let unit = &part_two[part_two.find("济源路街道（2 条）").unwrap()..];
    let unit: Vec<&str> = unit.lines().skip(1).take_while(|l| !l.is_empty()).collect();
    assert_eq!(unit.len(), 2, "{part_two}");
    assert!(
        unit[0].contains("第56期") && unit[0].contains("四个到位"),
        "{unit:?}"
    );
    assert!(
        unit[1].contains("第57期") && unit[1].contains("三个一"),
        "{unit:?}"
    );
    assert!(text.contains("共 2 期 11 条"), "{text}");
}

#[test]
fn a_draft_is_left_out_unless_asked_for_and_then_marked() {
    let env = two_issues(false);
    let text = env.ok(&["index", "--year", "2023"]);
    assert!(
        text.contains("第56期") && !text.contains("第57期"),
        "{text}"
    );
    let text = env.ok(&["index", "--year", "2023", "--drafts"]);
    assert!(text.contains("2023年9月11日（草稿）"), "{text}");
}

#[test]
fn word_and_html_go_to_files_that_hold_the_index() {
    let env = two_issues(true);
    let said = env.ok(&[
        "index",
        "--year",
        "2023",
        "--format",
        "docx",
        "-o",
        "目录.docx",
    ]);
    assert!(said.contains("目录.docx"), "{said}");
    let xml = env.document_xml("目录.docx");
    assert!(xml.contains("峡窝镇聚焦“五个振兴”绘就乡村振兴新画卷"));
    assert!(xml.contains("上街信息 2023年 目录"));

    env.ok(&[
        "index",
        "--year",
        "2023",
        "--format",
        "html",
        "-o",
        "目录.html",
    ]);
    let html = std::fs::read_to_string(env.path("目录.html")).unwrap();
    assert!(html.contains("<title>上街信息 2023年 目录</title>"));
    assert!(html.contains("<h1>上街信息 2023年 目录</h1>"));

    let md = env.ok(&["index", "--year", "2023", "--format", "markdown"]);
    assert!(md.starts_with("# 上街信息 2023年 目录") && md.contains("| 序号 | 标题 | 单位 |"));
    // Text to a file is the same index.
    env.ok(&["index", "--year", "2023", "-o", "目录.txt"]);
    let text = std::fs::read_to_string(env.path("目录.txt")).unwrap();
    assert!(text.contains("第57期（总第1084期）"));
}

#[test]
fn a_title_takes_in_its_sub_series_and_a_sub_series_stands_alone() {
    let env = two_issues(true);
    let id = item(&env, "区应急管理局“四个强化”");
    env.ok(&["accept", &id]);
    let special = ["--series", "上街信息·专报"];
    env.ok(&[&["issue", "new", "--date", "2023-10-01"][..], &special].concat());
    env.ok(&[&["issue", "add", "1", &id][..], &special].concat());
    env.ok(&[&["issue", "set", "1", "editors", "王伟"][..], &special].concat());
    env.ok(&[
        &["issue", "sign", "1", "--role", "sign", "--by", "张伟"][..],
        &special,
    ]
    .concat());
    env.ok(&[&["issue", "finalise", "1"][..], &special].concat());

    let volume = env.ok(&["index", "--year", "2023", "--series", "上街信息"]);
    let at = |s: &str| {
        volume
            .find(s)
            .unwrap_or_else(|| panic!("no “{s}” in {volume}"))
    };
    assert!(at("第57期（总第1084期）") < at("专报第1期　2023年10月1日"));
    assert!(volume.contains("    专报第1期  区应急管理局"), "{volume}");
    assert_eq!(volume, env.ok(&["index", "--year", "2023"]));

    let alone = env.ok(&[&["index", "--year", "2023"][..], &special].concat());
    assert!(alone.starts_with("上街信息·专报 2023年 目录\n"), "{alone}");
    assert!(
        !alone.contains("第56期") && alone.contains("共 1 期 1 条"),
        "{alone}"
    );
}

#[test]
fn what_cannot_be_indexed_is_one_line_and_exit_1() {
    let env = two_issues(false);
    for (args, says) in [
        (&["index", "--year", "2024"][..], "2024"),
        (
            &["index", "--year", "2023", "--series", "峡窝信息"],
            "峡窝信息",
        ),
        (&["index", "--year", "2023", "--format", "pdf"], "pdf"),
        (&["index", "--year", "2023", "--format", "json"], "json"),
        (&["index", "--year", "2023", "--format", "docx"], "-o"),
        (&["index", "--year", "2023", "--format", "html"], "-o"),
    ] {
        let err = env.fails(args, 1);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    // A store whose year holds only a draft: nothing finalised to bind.
    let empty = Env::new();
    empty.ok(&["issue", "new", "--date", "2025-01-05"]);
    let err = empty.fails(&["index", "--year", "2025"], 1);
    assert!(err.contains("--drafts"), "{err}");
    assert!(
        empty
            .ok(&["index", "--year", "2025", "--drafts"])
            .contains("（草稿）")
    );
    // Usage errors are clap's.
    env.fails(&["index"], 2);
    env.fails(&["index", "--year", "二〇二三"], 2);
}
