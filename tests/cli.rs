//! The built binary, run as a user would, on files in a temporary folder.

mod common;

use std::path::Path;
use std::process::Command;

use common::Env;

fn ids(json: &str) -> Vec<i64> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn import_list_decide_assemble_export() {
    let env = Env::new();
    env.write(
        "a.txt",
        "矿山街道优化卫生环境\n一是认真部署，组织全民参与。（矿山街道）\n",
    );
    env.write(
        "b.txt",
        "报送单位：区委宣传部\n区委宣传部加强舆情处置\n坚持7*24小时值班值守。\n",
    );
    env.write("c.txt", "△近日，区法院开展“我是小法官”活动。（区法院）");
    let out = env.ok(&["import", "a.txt", "b.txt", "c.txt"]);
    assert!(
        out.contains("导入 3 篇（其中相似稿 0 篇），已有 0 篇，跳过 0 个，失败 0 个文件"),
        "{out}"
    );

    let json = env.ok(&["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3);
    let first = &rows[2];
    for key in ["id", "headline", "sources", "kind", "status", "chars"] {
        assert!(first.get(key).is_some(), "list --json lacks {key}: {first}");
    }
    assert_eq!(first["headline"], "矿山街道优化卫生环境");
    assert_eq!(first["sources"], serde_json::json!(["矿山街道"]));
    assert_eq!(
        (first["kind"].as_str(), first["status"].as_str()),
        (Some("article"), Some("new"))
    );
    assert_eq!(first["chars"], 10 + 14);
    assert_eq!(rows[0]["kind"], "brief");
    let [c, b, a] = ids(&json)[..] else { panic!() };

    assert!(
        env.ok(&["list", "--search", "卫生", "--json"])
            .contains("矿山街道优化卫生环境")
    );
    assert_eq!(
        ids(&env.ok(&["list", "--search", "网", "--json"])),
        Vec::<i64>::new()
    );
    assert_eq!(ids(&env.ok(&["list", "--search", "舆情", "--json"])), [b]);

    env.ok(&["accept", &a.to_string(), &b.to_string()]);
    env.ok(&[
        "reject",
        &c.to_string(),
        "--reason",
        "重复报送：已在上期刊发",
    ]);
    assert_eq!(
        ids(&env.ok(&["list", "--status", "accepted", "--json"])),
        [b, a]
    );
    assert_eq!(ids(&env.ok(&["list", "--status", "退稿", "--json"])), [c]);
    assert!(env.ok(&["show", &c.to_string()]).contains("已在上期刊发"));
    env.ok(&["undo"]);
    assert_eq!(ids(&env.ok(&["list", "--status", "new", "--json"])), [c]);

    let out = env.ok(&["issue", "new", "--date", "2023-09-04"]);
    assert!(out.contains("2023年第1期"), "{out}");
    env.ok(&["issue", "add", "1", &a.to_string(), &b.to_string()]);
    env.ok(&["issue", "add", "1", &c.to_string(), "--brief"]);
    env.ok(&["issue", "move", "1", &b.to_string(), "--to", "1"]);
    env.ok(&["issue", "set", "1", "total", "1084"]);
    env.ok(&["issue", "set", "1", "editors", "王 伟 李晓明"]);
    env.ok(&["issue", "set", "1", "print-run", "120"]);
    let issue: serde_json::Value =
        serde_json::from_str(&env.ok(&["issue", "show", "1", "--json"])).unwrap();
    assert_eq!(issue["articles"][0]["id"], b);
    assert_eq!(issue["briefs"][0]["status"], "accepted", "adding accepts");
    env.ok(&["issue", "sign", "1", "--role", "sign", "--by", "张伟"]);
    env.ok(&["issue", "finalise", "1"]);
    assert_eq!(
        ids(&env.ok(&["list", "--status", "published", "--json"])).len(),
        3
    );

    env.ok(&["export", "1", "-o", "out/issue.txt"]);
    let text = std::fs::read_to_string(env.path("out/issue.txt")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..3],
        [
            "上街信息",
            "第1期（总第1084期）",
            "中共上街区委办公室　　2023年9月4日"
        ]
    );
    assert!(text.contains(
        "区委宣传部加强舆情处置　坚持7*24小时值班值守。（区委宣传部）\n矿山街道优化卫生环境"
    ));
    assert!(text.contains("△近日，区法院开展“我是小法官”活动。（区法院）"));
    assert!(
        text.ends_with("责任编辑：王　伟　　李晓明\n（共印120份）\n"),
        "{text}"
    );
    let wrapped = env.ok(&[
        "export",
        "1",
        "--year",
        "2023",
        "--width",
        "10",
        "--page-lines",
        "8",
    ]);
    assert!(
        wrapped.contains("— 1 —") && wrapped.contains("— 2 —"),
        "{wrapped}"
    );
}

#[test]
fn a_batch_goes_on_past_bad_files_and_reports_each() {
    let env = Env::new();
    env.write("good.txt", "标题\n正文。（矿山街道）");
    env.write("empty.txt", "");
    env.write("binary.txt", b"\x00\x01\x02PK\x03\x04");
    // 标题 / 正文 as Chinese Windows saves them (GBK), and broken UTF-8 behind a UTF-8 BOM.
    env.write("gbk.txt", b"\xb1\xea\xcc\xe2\n\xd5\xfd\xce\xc4");
    env.write(
        "bad-utf8.txt",
        b"\xEF\xBB\xBF\xe6\xa0\x87\xff\n\xe6\xad\xa3",
    );
    env.write("dup.txt", "标题\n正文。（矿山街道）\n");
    let err = env.fails(
        &[
            "import",
            "good.txt",
            "empty.txt",
            "binary.txt",
            "gbk.txt",
            "bad-utf8.txt",
            "missing.txt",
            "dup.txt",
        ],
        1,
    );
    for (file, reason) in [
        ("empty.txt", "文件是空的"),
        ("binary.txt", "不是文本文件"),
        ("bad-utf8.txt", "不是 UTF-8 文本"),
        ("missing.txt", ""),
    ] {
        let line = err
            .lines()
            .find(|l| l.starts_with(file))
            .unwrap_or_else(|| panic!("no line for {file}: {err}"));
        assert!(line.contains(reason), "{line}");
    }
    let out = env.ok(&["list", "--json"]);
    assert_eq!(
        ids(&out).len(),
        2,
        "the good file and the GBK one are stored"
    );
    assert!(out.contains("\"headline\": \"标题\""));
    let out = env.ok(&["import", "dup.txt"]);
    assert!(out.contains("已导入过"), "{out}");
}

#[test]
fn bulletins_that_are_not_bulletins_are_refused_whole() {
    let env = Env::new();
    env.write(
        "item.txt",
        "矿山街道优化卫生环境\n一是认真部署。（矿山街道）\n",
    );
    let err = env.fails(&["import", "--bulletin", "item.txt"], 1);
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains("item.txt") && err.contains("期号"), "{err}");
    assert!(env.ok(&["issue", "list"]).contains("还没有期"));
    assert_eq!(ids(&env.ok(&["list", "--json"])).len(), 0);
}

#[test]
fn the_sample_bulletin_imports_and_twice_is_refused() {
    let env = Env::new();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bulletin-56.txt");
    let data = data.to_str().unwrap();
    assert!(
        env.ok(&["import", "--bulletin", data])
            .contains("正文 5 篇，简讯 3 篇")
    );
    let err = env.fails(&["import", "--bulletin", data], 1);
    assert!(err.contains("已经存在"), "{err}");
    assert_eq!(ids(&env.ok(&["list", "--json"])).len(), 8);
}

#[test]
fn usage_errors_exit_2_user_errors_exit_1_with_one_line() {
    let env = Env::new();
    env.fails(&["frobnicate"], 2);
    env.fails(&["accept"], 2);
    // Commands that only read never make a store.
    let err = env.fails(&["show", "12"], 1);
    assert!(err.contains("没有这个库"), "{err}");
    assert!(!env.path("store.db").exists());
    env.fails(&["export", "3", "--width", "4294967295"], 2);
    env.fails(&["export", "3", "--page-lines", "99999999999"], 2);
    env.fails(&["wrap", "--width", "100000"], 2);
    let out = env.run(&["--db", ":memory:", "units", "add", "区法院"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(":memory:"));
    env.ok(&["units", "add", "区法院"]);
    let err = env.fails(&["show", "12"], 1);
    assert_eq!(err.trim(), "错误：没有编号为 12 的稿件");
    let err = env.fails(&["list", "--status", "maybe"], 1);
    assert!(err.contains("maybe"), "{err}");
    let err = env.fails(&["export", "3"], 1);
    assert!(err.contains("第 3 期"), "{err}");
    let err = env.fails(&["--lang", "en", "show", "12"], 1);
    assert_eq!(err.trim(), "error: no item with id 12");
    env.write("notes.db", "这不是数据库".repeat(200));
    let out = env.run(&["--db", "notes.db", "list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("不是 jianbao 数据文件"));
    // What the operating system says is said in the interface's language.
    let out = env.run(&["import", "没有这个文件.txt"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("没有这个文件.txt：文件或文件夹不存在") && !err.contains("os error"),
        "{err}"
    );
    let out = env.run(&["--lang", "en", "import", "missing.txt"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.txt: no such file or folder"), "{err}");
}

#[test]
fn db_is_accepted_before_or_after_the_subcommand_and_help_speaks_chinese() {
    let env = Env::new();
    let out = env.run(&["demo", "--db", "after.db"]);
    assert!(out.status.success());
    assert!(env.path("after.db").exists());
    let help = env.run(&["--help"]);
    let text = String::from_utf8(help.stdout).unwrap();
    assert!(
        text.contains("简报编辑工作台") && text.contains("导入来稿"),
        "{text}"
    );
    let help = env.run(&["--lang", "en", "import", "--help"]);
    assert!(
        String::from_utf8(help.stdout)
            .unwrap()
            .contains("whole printed issue")
    );
}

#[test]
fn demo_loads_samples_once_and_status_summarises() {
    let env = Env::new();
    let out = env.ok(&["demo"]);
    assert!(out.contains("样例来稿 26 篇"), "{out}");
    let again = env.ok(&["demo"]);
    assert!(again.contains("样例来稿 0 篇（已有 26 篇）"), "{again}");
    let status = env.ok(&["status"]);
    assert!(
        status.contains("待处理 26") && status.contains("已刊发 8"),
        "{status}"
    );
    assert!(env.ok(&["units"]).contains("区委宣传部（宣传部）"));
    let config = env.ok(&["config"]);
    assert!(config.contains("series = \"上街信息\""), "{config}");
}

#[test]
fn wrap_sets_a_file_or_standard_input() {
    let env = Env::new();
    env.write(
        "p.txt",
        "区政务服务中心“三个优化”着力提升政务营商服务环境。\n\n坚持7*24小时值班值守。\n",
    );
    let out = env.ok(&["wrap", "--width", "8", "p.txt"]);
    assert_eq!(
        out,
        "　　区政务服务中\n心“三个优化”着\n力提升政务营商服\n务环境。\n\n　　坚持7*24小时\n值班值守。\n"
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_jianbao"))
        .args(["wrap", "--width", "5", "--indent", "0"])
        .env("XDG_CONFIG_HOME", env.path("config"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("一二三四五。六七".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "一二三四\n五。六七\n"
    );
    env.write("bad.txt", b"\xff\xfe\x00");
    let err = env.fails(&["wrap", "bad.txt"], 1);
    assert!(err.contains("bad.txt") && err.contains("UTF-8"), "{err}");
}

#[test]
fn check_reports_fixes_and_gates_finalising() {
    let env = Env::new();
    env.write(
        "a.txt",
        "防汛工作取得实效！\n一是网格全覆盖,夯实基础。三是统一调度。截止目前，排查隐患１２处。。",
    );
    env.write(
        "b.txt",
        "矿山街道优化卫生环境\n一是认真部署，组织全民参与。（矿山街道）",
    );
    env.ok(&["import", "a.txt", "b.txt"]);
    let [b, a] = ids(&env.ok(&["list", "--json"]))[..] else {
        panic!()
    };
    let clean = env.ok(&["check", &b.to_string()]);
    assert!(clean.contains("没有发现问题"), "{clean}");
    let out = env.run(&["--db", "store.db", "check", &a.to_string(), "--json"]);
    assert_eq!(out.status.code(), Some(1), "findings make exit code 1");
    let findings: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    for r in [
        "headline-punctuation",
        "half-width-punctuation",
        "broken-sequence",
        "term",
        "full-width-alnum",
        "doubled-marks",
        "missing-source",
    ] {
        assert!(rules.contains(&r), "{r} in {rules:?}");
    }
    let first = &findings[0];
    for key in ["item", "place", "at", "rule", "message"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    let out = env.run(&["--db", "store.db", "check", &a.to_string(), "--fix"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("已自动修正 1 篇"), "{text}");
    assert!(
        !text.contains("半角标点")
            && text.contains("序号连续")
            && !text.contains("broken-sequence"),
        "what is left is the editor's: {text}"
    );
    let body: serde_json::Value =
        serde_json::from_str(&env.ok(&["show", &a.to_string(), "--json"])).unwrap();
    assert_eq!(
        body["body"][0],
        "一是网格全覆盖，夯实基础。三是统一调度。截至目前，排查隐患12处。"
    );
    env.ok(&["undo"]);
    let body: serde_json::Value =
        serde_json::from_str(&env.ok(&["show", &a.to_string(), "--json"])).unwrap();
    assert!(
        body["body"][0].as_str().unwrap().contains("网格全覆盖,"),
        "--fix is one undo step"
    );

    env.ok(&["issue", "new", "--date", "2023-09-04", "--number", "3"]);
    env.ok(&["issue", "add", "3", &a.to_string(), &b.to_string()]);
    env.ok(&["issue", "sign", "3", "--role", "sign", "--by", "张伟"]);
    let err = env.fails(&["issue", "finalise", "3"], 1);
    assert!(
        err.contains("来稿单位") && err.contains("期号") && err.contains("--force"),
        "{err}"
    );
    let out = env.ok(&["issue", "finalise", "3", "--force"]);
    assert!(
        out.contains("已坚持定稿") && out.contains("已定稿"),
        "{out}"
    );
}

#[test]
fn stats_per_unit_in_every_format() {
    let env = Env::new();
    env.ok(&["demo"]);
    let json: serde_json::Value = serde_json::from_str(&env.ok(&[
        "stats",
        "--from",
        "2023-08-01",
        "--to",
        "2023-08-31",
        "--json",
    ]))
    .unwrap();
    let rows = json["rows"].as_array().unwrap();
    let row = rows.iter().find(|r| r["unit"] == "区委宣传部").unwrap();
    for key in [
        "unit",
        "submitted",
        "adopted_articles",
        "adopted_briefs",
        "adopted",
        "rate",
    ] {
        assert!(row.get(key).is_some(), "{key}");
    }
    assert_eq!(
        row["adopted_articles"], 1,
        "the 第56期 article with two units counts for each"
    );
    assert!(
        rows.iter()
            .any(|r| r["submitted"] == 0 && r["adopted"] == 0),
        "units that sent nothing are listed"
    );
    assert!(json["total"]["adopted"].as_u64().unwrap() >= 8);
    let csv = env.ok(&["stats", "--quarter", "2023Q3", "--csv"]);
    assert!(csv.starts_with(
        "rank,unit,submitted,adopted_articles,adopted_briefs,adopted,rate,score,pending,category,"
    ));
    let report = env.ok(&["stats", "--quarter", "2023Q3", "--report"]);
    assert!(
        report.starts_with("上街信息稿件采用情况通报\n（2023年7月1日—2023年9月30日）"),
        "{report}"
    );
    assert!(report.contains("排名\t单位\t报送"));
    let err = env.fails(&["stats", "--quarter", "Q9"], 1);
    assert!(err.contains("Q9"));
}

#[test]
fn stats_count_the_items_received_in_the_period_by_their_fate() {
    let env = Env::new();
    env.ok(&["demo"]);
    let items = [
        ("2024年3月30日", "矿山街道整治背街小巷", "矿山街道"),
        ("2024年1月15日", "区法院开展送法进社区活动", "区法院"),
        ("2024年4月2日", "峡窝镇建成便民服务站", "峡窝镇"),
        ("2024年4月2日", "宣传部举办网络文明讲座", "区委宣传部"),
        ("2024年4月3日", "宣传部组织读书分享活动", "区委宣传部"),
        ("2024年4月5日", "宣传部开展志愿服务月", "区委宣传部"),
    ];
    for (date, headline, unit) in items {
        env.write(
            "item.txt",
            format!("报送日期：{date}\n{headline}\n{headline}，取得明显成效。（{unit}）\n"),
        );
        env.ok(&["import", "item.txt"]);
    }
    let list: serde_json::Value = serde_json::from_str(&env.ok(&["list", "--json"])).unwrap();
    let id = |headline: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|r| r["headline"] == headline)
            .unwrap()["id"]
            .to_string()
    };
    let [a, b, c, _, e, f] = items.map(|(_, headline, _)| id(headline));
    env.ok(&["issue", "new", "--date", "2024-04-02"]);
    env.ok(&["issue", "add", "1", &a, &c]);
    env.ok(&["issue", "add", "1", &b, "--brief"]);
    env.ok(&["issue", "sign", "1", "--role", "sign", "--by", "张伟"]);
    env.ok(&["issue", "finalise", "1"]);
    env.ok(&["reject", &e]);
    env.ok(&["issue", "new", "--date", "2024-04-20"]);
    env.ok(&["issue", "add", "2", &f]);

    let stats = |args: &[&str]| -> serde_json::Value {
        let mut all = vec!["stats", "--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&env.ok(&all)).unwrap()
    };
    let counts = |json: &serde_json::Value, unit: &str| {
        let r = json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["unit"] == unit)
            .unwrap();
        let n = |k: &str| r[k].as_u64().unwrap();
        (
            n("submitted"),
            n("adopted_articles"),
            n("adopted_briefs"),
            n("pending"),
        )
    };

    let q1 = stats(&["--quarter", "2024Q1"]);
    assert_eq!(
        counts(&q1, "矿山街道"),
        (1, 1, 0, 0),
        "received 30 March, published 2 April: adopted in Q1"
    );
    assert_eq!(counts(&q1, "区法院"), (1, 0, 1, 0));
    assert_eq!(q1["rows"][0]["rate"], 1.0);

    let q2 = stats(&["--quarter", "2024Q2"]);
    assert_eq!(counts(&q2, "矿山街道"), (0, 0, 0, 0), "not again in Q2");
    assert_eq!(
        counts(&q2, "区法院"),
        (0, 0, 0, 0),
        "published in Q2, received in Q1: no 采用 without 报送"
    );
    assert_eq!(counts(&q2, "峡窝镇"), (1, 1, 0, 0));
    assert_eq!(
        counts(&q2, "区委宣传部"),
        (3, 0, 0, 2),
        "one new, one rejected, one in a draft: all sent, two pending"
    );
    let total = &q2["total"];
    assert_eq!(
        (
            total["submitted"].as_u64(),
            total["adopted"].as_u64(),
            total["pending"].as_u64()
        ),
        (Some(4), Some(1), Some(2))
    );
    assert_eq!(total["rate"], 0.25);

    let report = env.ok(&["stats", "--quarter", "2024Q2", "--report"]);
    assert!(
        // 区委宣传部, a 重点部门 with a quota of 5: 3 sent × 0.5, 2 off
        // for a rate under 30 %, 2 off for the 2 items short: -2.5, first
        // of its category, whose other units sent nothing.
        report.contains("\n1\t区委宣传部\t3\t0\t0\t2\t0.0%\t0\t0\t0\t0\t0/0/0\t2\t-2.5\n")
            && report.contains("\t合计\t4\t1\t0\t2\t25.0%\t")
            && report.contains("采用率 = 采用合计 ÷ 报送"),
        "{report}"
    );
    let table = env.ok(&["stats", "--quarter", "2024Q2"]);
    assert!(
        table.contains("待定") && table.contains("采用率 = 采用合计 ÷ 报送"),
        "{table}"
    );
    let csv = env.ok(&["stats", "--quarter", "2024Q2", "--csv"]);
    assert!(csv.contains("\n,合计,4,1,0,1,0.2500,"), "{csv}");

    let elsewhere = stats(&["--quarter", "2024Q1", "--series", "其他信息"]);
    assert_eq!(
        counts(&elsewhere, "矿山街道"),
        (1, 0, 0, 0),
        "sent, but not used in that series"
    );
}

/// Every subcommand, as its path of names (`["issue", "new"]`).
fn subcommand_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, above: &[String], out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands() {
            let mut path = above.to_vec();
            path.push(sub.get_name().to_string());
            walk(sub, &path, out);
            out.push(path);
        }
    }
    let mut out = Vec::new();
    walk(
        &<jianbao::cli::Cli as clap::CommandFactory>::command(),
        &[],
        &mut out,
    );
    out
}

#[test]
fn completions_and_the_manual_name_every_subcommand() {
    let env = Env::new();
    let paths = subcommand_paths();
    assert!(paths.len() > 30, "{paths:?}");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = env.ok(&["completions", shell]);
        for path in &paths {
            let name = path.last().unwrap();
            assert!(script.contains(name.as_str()), "{shell}: no {path:?}");
        }
    }
    let bash = env.ok(&["completions", "bash"]);
    assert!(bash.contains("complete -F _jianbao") && bash.contains("export"));

    // The page of jianbao lists its own subcommands; --dir writes a page for
    // every subcommand, nested ones included.
    let page = env.ok(&["man"]);
    assert!(page.contains(".TH jianbao 1"), "{page}");
    for path in paths.iter().filter(|p| p.len() == 1) {
        assert!(
            page.contains(&format!("jianbao\\-{}(1)", path[0])),
            "no {path:?}"
        );
    }
    assert!(
        page.contains("简报编辑工作台"),
        "the page speaks the user's language"
    );
    let said = env.ok(&["man", "--dir", "man1"]);
    assert!(said.contains(&(paths.len() + 1).to_string()), "{said}");
    for path in &paths {
        let file = env
            .path("man1")
            .join(format!("jianbao-{}.1", path.join("-")));
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        assert!(text.contains(".SH NAME"), "{file:?}");
    }
    assert!(env.path("man1/jianbao.1").exists());
}

/// What bash offers for the words typed, through the completion script.
fn bash_completes(script: &std::path::Path, words: &[&str]) -> Vec<String> {
    let line = words.join(" ");
    let program = format!(
        "source {script:?}\nCOMP_WORDS=({line})\nCOMP_CWORD={}\nCOMP_LINE={line:?}\nCOMP_POINT={}\n_jianbao jianbao {:?} {:?}\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"",
        words.len() - 1,
        line.len(),
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .map(String::from)
        .collect()
}

#[test]
fn bash_completes_subcommands_and_flags() {
    let env = Env::new();
    let script = env.write("jianbao.bash", env.ok(&["completions", "bash"]));
    assert_eq!(bash_completes(&script, &["jianbao", "ex"]), ["export"]);
    assert_eq!(
        bash_completes(&script, &["jianbao", "issue", "fin"]),
        ["finalise"]
    );
    assert_eq!(
        bash_completes(&script, &["jianbao", "export", "--al"]),
        ["--all"]
    );
}

#[test]
fn long_commands_draw_no_progress_when_stderr_is_not_a_terminal() {
    let env = Env::new();
    // Each of these shows progress on a terminal; here stderr is a pipe.
    let quiet = |args: &[&str], code: i32| {
        let mut all = vec!["--db", "store.db"];
        all.extend_from_slice(args);
        let out = env.run(&all);
        assert_eq!(out.status.code(), Some(code), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    quiet(&["demo", "--synthetic", "300"], 0);
    assert!(quiet(&["verify"], 0).starts_with("库完好："));
    assert!(quiet(&["backup", "copy.db"], 0).starts_with("已备份到"));
    assert!(
        quiet(
            &["export", "--all", "--format", "json", "-o", "all.json"],
            0
        )
        .starts_with("已写入")
    );
    let json = quiet(&["export", "--all", "--format", "json"], 0);
    assert_eq!(
        json.as_bytes(),
        std::fs::read(env.path("all.json")).unwrap()
    );
    quiet(&["stats"], 0);
    let out = env.run(&[
        "--db", "store.db", "check", "--issue", "56", "--year", "2023",
    ]);
    assert!(
        out.status.code().is_some() && out.stderr.is_empty(),
        "{out:?}"
    );
    assert!(quiet(&["restore", "copy.db", "--yes"], 0).starts_with("已恢复"));
    let out = env.run(&["--db", "other.db", "import", "--json", "all.json"]);
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
    std::fs::create_dir_all(env.path("folder")).unwrap();
    for n in 0..30 {
        env.write(
            &format!("folder/{n}.txt"),
            format!("第{n}篇来稿\n正文第{n}段。（区法院）\n"),
        );
    }
    assert!(quiet(&["import", "folder"], 0).contains("导入 30 篇"));
}

#[test]
fn list_by_unit_finds_every_name_of_the_unit() {
    let env = Env::new();
    // Imported before the unit list knew the unit: stored under the alias.
    env.write(
        "item.txt",
        "报送日期：2024年4月2日\n宣传部举办网络文明讲座\n宣传部举办网络文明讲座，取得明显成效。（宣传部）\n",
    );
    env.ok(&["import", "item.txt"]);
    env.ok(&["units", "add", "区委宣传部", "宣传部"]);
    for name in ["区委宣传部", "宣传部"] {
        let list: serde_json::Value =
            serde_json::from_str(&env.ok(&["list", "--unit", name, "--json"])).unwrap();
        assert_eq!(list.as_array().unwrap().len(), 1, "{name}");
    }
    let err = env.fails(&["list", "--unit", "区气象局"], 1);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("区气象局"), "{err}");
}

#[test]
fn list_sorts_by_date_received_or_import_order() {
    let env = Env::new();
    env.write(
        "a.txt",
        "报送日期：2025年1月2日\n矿山街道优化卫生环境\n一是认真部署。（矿山街道）\n",
    );
    env.write(
        "b.txt",
        "报送日期：2024年12月30日\n区委宣传部加强舆情处置\n坚持值班值守。（区委宣传部）\n",
    );
    env.write(
        "c.txt",
        "报送日期：2025年1月1日\n峡窝镇发展林果产业\n种植核桃三千亩。（峡窝镇）\n",
    );
    for f in ["a.txt", "b.txt", "c.txt"] {
        env.ok(&["import", f]);
    }
    let all = ids(&env.ok(&["list", "--json", "--sort", "imported"]));
    let [c, b, a] = all[..] else {
        panic!("{all:?}")
    };
    assert_eq!(
        ids(&env.ok(&["list", "--json"])),
        [a, c, b],
        "newest received first"
    );
    assert_eq!(
        ids(&env.ok(&["list", "--json", "--sort", "oldest"])),
        [b, c, a]
    );
    let text = env.ok(&["list", "--sort", "oldest"]);
    assert!(text.find("2024-12-30") < text.find("2025-01-02"), "{text}");
    env.fails(&["list", "--sort", "unit"], 2);
}

#[test]
fn a_later_number_with_an_earlier_date_is_refused_at_finalising() {
    // The ledger of one year: 第1期 dated 5 January, then 第2期 dated 2
    // January, which an office's 登记簿 would never hold.
    let env = Env::new();
    env.write(
        "a.txt",
        "矿山街道优化卫生环境\n一是认真部署，组织全民参与。（矿山街道）\n",
    );
    env.write(
        "b.txt",
        "峡窝镇推进乡村振兴\n一是抓好产业，带动群众增收。（峡窝镇）\n",
    );
    env.ok(&["import", "a.txt", "b.txt"]);
    env.ok(&["issue", "new", "--date", "2024-01-05"]);
    env.ok(&["issue", "add", "1", "1"]);
    env.ok(&["issue", "set", "1", "editors", "王伟"]);
    env.ok(&["issue", "sign", "1", "--role", "sign", "--by", "张伟"]);
    env.ok(&["issue", "finalise", "1"]);
    env.ok(&["issue", "new", "--date", "2024-01-02"]);
    env.ok(&["issue", "add", "2", "2"]);
    env.ok(&["issue", "sign", "2", "--role", "sign", "--by", "张伟"]);
    let err = env.fails(&["issue", "finalise", "2"], 1);
    assert!(err.contains("第1期的日期（2024年1月5日）晚于本期"), "{err}");
    env.ok(&["issue", "set", "2", "date", "2024-01-08"]);
    env.ok(&["issue", "finalise", "2"]);
}
