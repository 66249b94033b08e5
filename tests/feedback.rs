//! Reasons for returns and edits, and the feedback sheet to a unit, from
//! the command line.

mod common;

use common::Env;

/// 区人民法院 (区法院 for short) sent three items in the first quarter: the
/// first was cut and printed, the second returned, the third waits; 矿山街道
/// sent one, which is not its business.
fn desk() -> Env {
    let env = Env::new();
    env.ok(&["units", "add", "区人民法院", "区法院"]);
    env.ok(&["units", "add", "矿山街道"]);
    let sent = [
        (
            "a.txt",
            "报送日期：2025年1月6日\n区法院开展普法宣传\n近日，区法院开展普法宣传活动，发放资料500份。活动现场气氛热烈，群众纷纷点赞。（区法院）\n",
        ),
        (
            "b.txt",
            "报送日期：2025年2月3日\n区法院召开工作会议\n会议强调要提高认识、加强领导。（区法院）\n",
        ),
        (
            "c.txt",
            "报送日期：2025年3月20日\n区法院推进诉源治理\n今年以来，区法院推进诉源治理，化解纠纷120件。（区法院）\n",
        ),
        (
            "d.txt",
            "报送日期：2025年2月5日\n矿山街道优化卫生环境\n一是认真部署，组织全民参与。（矿山街道）\n",
        ),
    ];
    for (name, text) in sent {
        env.write(name, text);
        env.ok(&["import", name]);
    }
    env
}

/// Runs `edit 1` with an editor that cuts the second sentence.
fn cut_first(env: &Env, reason: &str) -> std::process::Output {
    let editor = env.write(
        "editor.sh",
        "#!/bin/sh\nsed -i 's/活动现场气氛热烈，群众纷纷点赞。//' \"$1\"\n",
    );
    std::process::Command::new("chmod")
        .args(["+x", &editor.display().to_string()])
        .status()
        .unwrap();
    env.run_with(
        &["--db", "store.db", "edit", "1", "--reason", reason],
        &[("VISUAL", &editor)],
    )
}

fn published_and_returned(env: &Env) {
    let out = cut_first(env, "4");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    env.ok(&["accept", "1"]);
    env.ok(&["issue", "new", "--date", "2025-03-10"]);
    env.ok(&["issue", "add", "1", "1"]);
    env.ok(&["issue", "sign", "1", "--role", "sign", "--by", "张伟"]);
    env.ok(&["issue", "finalise", "1", "--force"]);
    env.ok(&["reject", "2", "--reason", "3：请补充全年数据"]);
}

const QUARTER: [&str; 4] = ["--from", "2025-01-01", "--to", "2025-03-31"];

#[test]
fn the_text_sheet_shows_what_was_sent_used_beside_its_original_and_returned_and_why() {
    let env = desk();
    published_and_returned(&env);
    let mut args = vec!["feedback", "区法院"];
    args.extend(QUARTER);
    let sheet = env.ok(&args);
    let lines: Vec<&str> = sheet.lines().collect();
    assert_eq!(lines[..2], ["信息采用情况反馈", "区人民法院："], "{sheet}");
    assert!(
        sheet.contains("你单位共报送信息 3 篇，其中采用 1 篇，退回 1 篇，尚在处理 1 篇"),
        "{sheet}"
    );
    assert!(
        sheet.contains("2025年1月6日《区法院开展普法宣传》：采用（上街信息 2025年第1期）"),
        "{sheet}"
    );
    assert!(sheet.contains("2025年3月20日《区法院推进诉源治理》：处理中"));
    assert!(!sheet.contains("矿山街道"), "another unit's item: {sheet}");
    // The original as it came, then the printed text without the cut.
    let original = lines.iter().position(|l| *l == "【原稿】").unwrap();
    let printed = lines.iter().position(|l| *l == "【采用稿】").unwrap();
    assert!(
        lines[original..printed]
            .iter()
            .any(|l| l.contains("活动现场气氛热烈"))
    );
    assert!(
        lines[printed..]
            .iter()
            .any(|l| l.ends_with("近日，区法院开展普法宣传活动，发放资料500份。"))
    );
    assert!(sheet.contains("修改理由：篇幅过长"), "{sheet}");
    assert!(
        sheet.contains("2025年2月3日《区法院召开工作会议》，退回原因：缺少数据：请补充全年数据"),
        "{sheet}"
    );
    // The items themselves carry the reasons.
    let shown: serde_json::Value = serde_json::from_str(&env.ok(&["show", "1", "--json"])).unwrap();
    assert_eq!(shown["edit_reason"], "篇幅过长");
    assert!(env.ok(&["show", "1"]).contains("修改理由：篇幅过长"));
    assert!(
        env.ok(&["show", "2"])
            .contains("退稿理由：缺少数据：请补充全年数据")
    );
}

#[test]
fn the_word_sheet_sets_the_original_and_the_printed_text_side_by_side() {
    let env = desk();
    published_and_returned(&env);
    let mut args = vec![
        "feedback",
        "区人民法院",
        "--format",
        "docx",
        "-o",
        "反馈.docx",
    ];
    args.extend(QUARTER);
    assert!(env.ok(&args).contains("反馈.docx"));
    let xml = env.document_xml("反馈.docx");
    assert!(xml.contains("信息采用情况反馈"));
    // One table of two columns: the header, then each text in its cell.
    let table = &xml[xml.find("<w:tbl>").unwrap()..xml.find("</w:tbl>").unwrap()];
    assert_eq!(table.matches("<w:gridCol ").count(), 2);
    let header = table.find("原稿").unwrap();
    let printed_head = table.find("采用稿").unwrap();
    let original_text = table.find("活动现场气氛热烈").unwrap();
    assert!(header < printed_head && printed_head < original_text);
    let cells: Vec<&str> = table.split("<w:tc>").skip(1).collect();
    assert_eq!(cells.len(), 4, "two header cells, two texts");
    assert!(cells[2].contains("活动现场气氛热烈"));
    assert!(!cells[3].contains("活动现场气氛热烈") && cells[3].contains("发放资料500份。"));
    assert!(xml.contains("修改理由：篇幅过长"));
    assert!(xml.contains("退回原因：缺少数据：请补充全年数据"));
}

#[test]
fn a_reason_off_the_list_is_refused_in_one_line_and_nothing_changes() {
    let env = desk();
    let err = env.fails(&["reject", "2", "--reason", "与上期重复"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("与上期重复") && err.contains("1 时效性差"),
        "{err}"
    );
    env.fails(&["reject", "2", "--reason", "99"], 1);
    assert!(env.ok(&["show", "2"]).contains("待处理"));
    // Before the editor opens, so nothing is edited either.
    let out = cut_first(&env, "太长");
    assert_eq!(out.status.code(), Some(1));
    assert!(env.ok(&["show", "1"]).contains("活动现场气氛热烈"));
    // A listed reason by its words, and an office's own after the standard.
    env.ok(&["reject", "2", "--reason", "重复报送"]);
    assert!(env.ok(&["show", "2"]).contains("退稿理由：重复报送"));
    env.write("config.toml", "[feedback]\nreasons = [\"未经单位审核\"]\n");
    env.ok(&["--config", "config.toml", "reject", "3", "--reason", "9"]);
    assert!(env.ok(&["show", "3"]).contains("退稿理由：未经单位审核"));
}

#[test]
fn an_unknown_unit_a_bad_date_or_a_word_file_to_the_terminal_is_one_line() {
    let env = desk();
    for (args, words) in [
        (vec!["feedback", "区检察院"], "区检察院"),
        (
            vec!["feedback", "区法院", "--from", "2025-13-01"],
            "2025-13-01",
        ),
        (vec!["feedback", "区法院", "--format", "docx"], "-o"),
        (vec!["feedback", "区法院", "--format", "pdf"], "pdf"),
    ] {
        let err = env.fails(&args, 1);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(words), "{err}");
    }
}

#[test]
fn an_offices_reason_that_could_not_be_typed_back_is_refused_in_the_settings() {
    let env = desk();
    for bad in ["3", "缺少数据：补充"] {
        env.write(
            "config.toml",
            format!("[feedback]\nreasons = [\"{bad}\"]\n"),
        );
        let err = env.fails(&["--config", "config.toml", "reject", "2"], 1);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("config.toml") && err.contains(bad), "{err}");
    }
    assert!(env.ok(&["show", "2"]).contains("待处理"));
}
