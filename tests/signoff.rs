//! 审核签发, 保密审查 and the distribution list from the command line, as an
//! office runs them: an issue is signed before it is final, dated by its
//! 签发, refused while a 内部 issue is unreviewed, and a classified one
//! stays on the print path unless forced, which is recorded.

mod common;

use common::Env;

/// The demo store with a draft 2024年第1期 holding two accepted items, its
/// 责任编辑 set.
fn draft() -> Env {
    let env = Env::new();
    env.ok(&["demo"]);
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["list", "--status", "new", "--json"])).unwrap();
    let ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .take(2)
        .map(|i| i["id"].to_string())
        .collect();
    env.ok(&[
        &["accept"][..],
        &ids.iter().map(String::as_str).collect::<Vec<_>>(),
    ]
    .concat());
    let out = env.ok(&["issue", "new", "--number", "1", "--series", "上街信息"]);
    assert!(out.contains("第1期"), "{out}");
    env.ok(&[
        &["issue", "add", "1"][..],
        &ids.iter().map(String::as_str).collect::<Vec<_>>(),
    ]
    .concat());
    env.ok(&["issue", "set", "1", "editors", "郝婕 许亦是"]);
    env
}

fn show(env: &Env) -> serde_json::Value {
    serde_json::from_str(&env.ok(&["issue", "show", "1", "--json"])).unwrap()
}

#[test]
fn an_issue_is_final_only_once_signed_and_its_date_is_the_sign_off_date() {
    let env = draft();
    assert_eq!(
        show(&env)["date"],
        serde_json::Value::Null,
        "undated until signed"
    );
    let err = env.fails(&["issue", "finalise", "1"], 1);
    assert!(err.contains("还没有签发"), "{err}");
    let err = env.fails(&["issue", "finalise", "1", "--force"], 1);
    assert!(
        err.contains("还没有签发"),
        "--force does not stand in for a 签发: {err}"
    );
    assert_eq!(show(&env)["state"], "draft");

    env.ok(&[
        "issue",
        "sign",
        "1",
        "--role",
        "review",
        "--by",
        "李明",
        "--date",
        "2024-05-12",
    ]);
    assert_eq!(
        show(&env)["date"],
        serde_json::Value::Null,
        "a review does not date it"
    );
    let out = env.ok(&[
        "issue",
        "sign",
        "1",
        "--role",
        "签发",
        "--by",
        "张伟",
        "--date",
        "2024年5月13日",
    ]);
    assert!(out.contains("签发：张伟 2024年5月13日"), "{out}");
    let issue = show(&env);
    assert_eq!(issue["date"], "2024-05-13");
    assert_eq!(issue["release"]["signoffs"][1]["by"], "张伟");
    env.ok(&["issue", "finalise", "1"]);
    assert_eq!(show(&env)["state"], "final");

    // What was signed stays as signed.
    let err = env.fails(&["issue", "sign", "1", "--role", "sign", "--by", "王强"], 1);
    assert!(err.contains("已定稿"), "{err}");
    assert_eq!(show(&env)["release"]["signoffs"][1]["by"], "张伟");
}

#[test]
fn bad_sign_offs_are_refused_naming_what_is_wrong() {
    let env = draft();
    let err = env.fails(
        &["issue", "sign", "1", "--role", "approve", "--by", "张伟"],
        1,
    );
    assert!(err.contains("“approve”不是审签环节"), "{err}");
    let err = env.fails(
        &[
            "issue",
            "sign",
            "1",
            "--role",
            "sign",
            "--by",
            "张伟",
            "--date",
            "5月32日",
        ],
        1,
    );
    assert!(err.contains("不是日期"), "{err}");
    let err = env.fails(&["issue", "sign", "1", "--role", "sign", "--by", "  "], 1);
    assert!(err.lines().count() == 1, "one line: {err}");
    assert!(show(&env)["release"].is_null(), "nothing recorded");
}

#[test]
fn an_internal_issue_waits_for_a_confidentiality_review_that_clears_it() {
    let env = draft();
    env.ok(&["issue", "set", "1", "密级", "内部"]);
    env.ok(&[
        "issue",
        "sign",
        "1",
        "--role",
        "sign",
        "--by",
        "张伟",
        "--date",
        "2024-05-13",
    ]);
    let err = env.fails(&["issue", "finalise", "1", "--force"], 1);
    assert!(err.contains("保密审查"), "{err}");
    env.ok(&[
        "issue",
        "secrecy",
        "1",
        "--by",
        "王五",
        "--not-cleared",
        "--note",
        "第二篇有内部数据",
    ]);
    let err = env.fails(&["issue", "finalise", "1"], 1);
    assert!(
        err.contains("保密审查"),
        "a review that did not clear it is no review: {err}"
    );
    env.ok(&[
        "issue",
        "secrecy",
        "1",
        "--by",
        "王五",
        "--date",
        "2024-05-13",
    ]);
    env.ok(&["issue", "finalise", "1"]);
    assert_eq!(show(&env)["release"]["secrecy"], "internal");
}

#[test]
fn the_distribution_list_makes_the_footer_in_rank_order_and_the_print_run() {
    let env = draft();
    env.ok(&[
        "issue",
        "set",
        "1",
        "footer",
        "发：旧名单；联系电话：68912345",
    ]);
    env.ok(&[
        "issue",
        "recipient",
        "1",
        "各街道办事处",
        "--rank",
        "发",
        "--copies",
        "30",
    ]);
    env.ok(&[
        "issue",
        "recipient",
        "1",
        "市委办公室",
        "--rank",
        "report",
        "--copies",
        "2",
    ]);
    env.ok(&["issue", "recipient", "1", "区人大办", "--rank", "抄送"]);
    env.ok(&[
        "issue",
        "recipient",
        "1",
        "区县处级领导",
        "--rank",
        "送",
        "--copies",
        "20",
    ]);
    let out = env.ok(&["issue", "recipient", "1", "区人大办", "--remove"]);
    assert!(out.contains("区人大办"), "{out}");
    let err = env.fails(&["issue", "recipient", "1", "峡窝镇", "--rank", "上报"], 1);
    assert!(err.contains("“上报”不是报尾栏目"), "{err}");

    let shown = env.ok(&["issue", "show", "1"]);
    let footer: Vec<&str> = shown
        .lines()
        .filter(|l| l.contains('：') && !l.starts_with(' '))
        .collect();
    let at = |s: &str| footer.iter().position(|l| l.starts_with(s));
    assert!(
        at("报：市委办公室").unwrap() < at("送：区县处级领导").unwrap(),
        "{shown}"
    );
    assert!(
        at("送：").unwrap() < at("发：各街道办事处").unwrap(),
        "{shown}"
    );
    assert!(at("发：").unwrap() < at("联系电话：").unwrap(), "{shown}");
    assert_eq!(
        at("发：旧名单"),
        None,
        "the list replaces the typed 发 line: {shown}"
    );
    assert!(shown.contains("共印52份"), "{shown}");

    // Sent only once final; by name or all at once.
    let err = env.fails(&["issue", "sent", "1"], 1);
    assert!(err.contains("还没有定稿"), "{err}");
    env.ok(&[
        "issue",
        "sign",
        "1",
        "--role",
        "sign",
        "--by",
        "张伟",
        "--date",
        "2024-05-13",
    ]);
    env.ok(&["issue", "finalise", "1"]);
    let err = env.fails(&["issue", "sent", "1", "--to", "峡窝镇"], 1);
    assert!(err.contains("没有“峡窝镇”"), "{err}");
    env.ok(&[
        "issue",
        "sent",
        "1",
        "--to",
        "市委办公室",
        "--date",
        "2024-05-14",
    ]);
    let recipients = show(&env)["release"]["recipients"].clone();
    let sent: Vec<(String, serde_json::Value)> = recipients
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["name"].as_str().unwrap().to_string(), r["sent"].clone()))
        .collect();
    assert!(
        sent.contains(&("市委办公室".into(), "2024-05-14".into())),
        "{sent:?}"
    );
    assert!(
        sent.contains(&("各街道办事处".into(), serde_json::Value::Null)),
        "{sent:?}"
    );
}

#[test]
fn the_sheet_lists_the_issue_its_people_and_its_distribution() {
    let env = draft();
    env.ok(&["issue", "set", "1", "密级", "秘密"]);
    env.ok(&["issue", "set", "1", "保密期限", "1年"]);
    env.ok(&[
        "issue",
        "recipient",
        "1",
        "各街道办事处",
        "--rank",
        "发",
        "--copies",
        "30",
    ]);
    env.ok(&[
        "issue",
        "recipient",
        "1",
        "市委办公室",
        "--rank",
        "报",
        "--copies",
        "2",
    ]);
    env.ok(&[
        "issue",
        "sign",
        "1",
        "--role",
        "proof2",
        "--by",
        "许亦是",
        "--date",
        "2024-05-11",
    ]);
    env.ok(&[
        "issue",
        "sign",
        "1",
        "--role",
        "review",
        "--by",
        "李明",
        "--date",
        "2024-05-12",
    ]);
    let sheet = env.ok(&["issue", "sheet", "1"]);
    let line = |label: &str| {
        sheet
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("no {label} in {sheet}"))
            .to_string()
    };
    let year = show(&env)["year"].to_string();
    assert_eq!(line("期号"), format!("期号：{year}年第1期（总第1084期）"));
    assert_eq!(line("密级"), "密级：秘密★1年");
    assert_eq!(line("二校"), "二校：许亦是　2024年5月11日");
    assert_eq!(line("审核"), "审核：李明　2024年5月12日");
    assert_eq!(line("签发"), "签发：", "not yet signed");
    assert_eq!(
        line("保密审查"),
        "保密审查：",
        "classified, not yet reviewed"
    );
    assert_eq!(line("印数"), "印数：32份");
    assert_eq!(line("拟稿"), "拟稿：郝婕、许亦是");
    let report = sheet.find("报：市委办公室").unwrap();
    let issue = sheet.find("发：各街道办事处").unwrap();
    assert!(report < issue, "rank order: {sheet}");
    assert!(sheet.lines().any(|l| l.starts_with("稿件：1. ")), "{sheet}");

    env.ok(&[
        "issue",
        "sheet",
        "1",
        "--format",
        "docx",
        "-o",
        "sheet.docx",
    ]);
    let xml = env.document_xml("sheet.docx");
    assert!(xml.contains("简报审签单") && xml.contains("李明"), "{xml}");
    let err = env.fails(&["issue", "sheet", "1", "--format", "pdf"], 1);
    assert!(err.contains("pdf"), "{err}");
}

#[test]
fn a_classified_issue_leaves_the_print_path_only_by_force_which_is_recorded() {
    let env = draft();
    env.ok(&["issue", "set", "1", "密级", "机密"]);
    for format in ["html", "markdown", "json"] {
        let err = env.fails(&["export", "1", "--format", format, "-o", "out"], 1);
        assert!(
            err.contains("涉密") && err.contains("--force"),
            "{format}: {err}"
        );
    }
    assert!(!env.path("out").exists(), "nothing written");
    let err = env.fails(
        &["export", "--all", "--format", "json", "-o", "all.json"],
        1,
    );
    assert!(err.contains("涉密"), "{err}");
    // Paper is the path: text and Word go.
    env.ok(&["export", "1", "--format", "text", "-o", "issue.txt"]);
    env.ok(&["export", "1", "--format", "docx", "-o", "issue.docx"]);
    assert!(
        show(&env)["release"]["forced"].is_null(),
        "nothing forced yet"
    );

    env.ok(&[
        "export",
        "1",
        "--format",
        "html",
        "-o",
        "issue.html",
        "--force",
    ]);
    let forced = show(&env)["release"]["forced"].clone();
    assert_eq!(forced[0]["format"], "html", "{forced}");
    // Undoing the step before does not take the record back.
    env.ok(&["undo", "--yes"]);
    assert_eq!(show(&env)["release"]["forced"][0]["format"], "html");
}
