//! jianbao's proofing against the planted-error corpus of 公文 conventions,
//! tests/proofing/conventions.tsv: every planted error is found by its rule
//! and by nothing else, every certain correction is made exactly, what only
//! the editor can settle is left as written, and no correct line is flagged.

mod common;

use common::Env;
use jianbao::check::{CheckSettings, check_item, fixes};
use jianbao::model::Item;

struct Line {
    number: usize,
    category: String,
    rule: String,
    fix: String,
    text: String,
    expected: String,
}

fn corpus() -> Vec<Line> {
    let text = include_str!("proofing/conventions.tsv");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 5, "line {}: {l}", n + 1);
            Line {
                number: n + 1,
                category: cols[0].into(),
                rule: cols[1].into(),
                fix: cols[2].into(),
                text: cols[3].into(),
                expected: cols[4].into(),
            }
        })
        .collect()
}

fn item(text: &str) -> Item {
    let body = text.split('¶').map(String::from).collect();
    let mut item = Item::new("标题", body, jiff::civil::Date::constant(2023, 8, 1));
    item.sources = vec!["单位".into()];
    item
}

/// The rules that fired, and the text after the safe fixes.
fn proofread(text: &str) -> (Vec<String>, String) {
    let it = item(text);
    let found = check_item(&it, &CheckSettings::default());
    let rules = found.iter().map(|f| f.rule.name()).collect();
    let fixed = fixes(&it, &found)
        .and_then(|e| e.body)
        .map_or_else(|| text.to_string(), |b| b.join("¶"));
    (rules, fixed)
}

#[test]
fn every_category_has_planted_errors_and_correct_lines() {
    let lines = corpus();
    for category in [
        "numbering",
        "document-number",
        "year-zero",
        "ellipsis",
        "words",
        "dates-numbers",
    ] {
        let of = |ok: bool| {
            lines
                .iter()
                .filter(|l| l.category == category && (l.rule == "ok") == ok)
                .count()
        };
        assert!(of(false) >= 5 && of(true) >= 4, "{category}");
    }
    for l in &lines {
        assert!(
            matches!(l.fix.as_str(), "auto" | "editor" | "-"),
            "line {}",
            l.number
        );
        assert_eq!(
            l.rule == "ok",
            l.text == l.expected,
            "line {}: a planted line is corrected, a correct one is not",
            l.number
        );
    }
}

#[test]
fn planted_errors_are_found_and_the_certain_ones_fixed() {
    let mut wrong = Vec::new();
    for l in corpus().iter().filter(|l| l.rule != "ok") {
        let (rules, fixed) = proofread(&l.text);
        if !rules.contains(&l.rule) {
            wrong.push(format!(
                "line {}: {} not found in {:?}",
                l.number, l.rule, rules
            ));
        }
        if let Some(other) = rules.iter().find(|r| **r != l.rule) {
            wrong.push(format!("line {}: also {other}", l.number));
        }
        let want = if l.fix == "auto" {
            &l.expected
        } else {
            &l.text
        };
        if &fixed != want {
            wrong.push(format!("line {}: fixed to {fixed}, not {want}", l.number));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn correct_lines_raise_no_alarm() {
    let alarms: Vec<String> = corpus()
        .iter()
        .filter(|l| l.rule == "ok")
        .filter_map(|l| {
            let (rules, _) = proofread(&l.text);
            (!rules.is_empty()).then(|| format!("line {}: {} {:?}", l.number, l.text, rules))
        })
        .collect();
    assert!(alarms.is_empty(), "{}", alarms.join("\n"));
}

/// What a user sees: each finding names its rule in Chinese; `--rules`
/// lists the rules and the word list with the settings' changes.
#[test]
fn the_command_line_names_rules_in_chinese_and_lists_them() {
    let env = Env::new();
    env.write(
        "a.txt",
        "专项行动取得实效\n（一）聚焦重点领域\n一、总体要求\n截止8月底，按照上政[2023]5号文件，于2023.8.14召开会议……等。",
    );
    env.ok(&["import", "a.txt"]);
    let out = env.fails(&["check", "1"], 1);
    assert!(out.is_empty(), "{out}");
    let out = env.run(&["--db", "store.db", "check", "1"]);
    let text = String::from_utf8_lossy(&out.stdout);
    for shown in [
        "序号层次",
        "文号括号",
        "日期写法",
        "省略号",
        "用词",
        "〔2023〕",
        "2023年8月14日",
    ] {
        assert!(text.contains(shown), "{shown} in {text}");
    }
    let out = env.run(&["--db", "store.db", "check", "1", "--fix"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "what is left keeps the exit code"
    );
    assert!(text.contains("已自动修正 1 篇"), "{text}");
    let body: serde_json::Value = serde_json::from_str(&env.ok(&["show", "1", "--json"])).unwrap();
    assert_eq!(
        body["body"][2], "截至8月底，按照上政〔2023〕5号文件，于2023年8月14日召开会议……等。",
        "the certain fixes made, the 等 after …… left for the editor"
    );

    let rules = env.ok(&["check", "--rules"]);
    for shown in [
        "numbering-mark",
        "序号后标点",
        "document-number",
        "文号年份用六角括号",
        "截止目前 → 截至目前",
        "人工确认",
    ] {
        assert!(rules.contains(shown), "{shown} in {rules}");
    }
    std::fs::create_dir_all(env.path("config/jianbao")).unwrap();
    env.write(
        "config/jianbao/config.toml",
        "[check]\nwords = [\n  { wrong = \"其它\", off = true },\n  { wrong = \"某某工程\", right = \"某工程\", why = \"本单位规定\" },\n]\n",
    );
    let rules = env.ok(&["check", "--rules"]);
    assert!(
        !rules.contains("其它 → 其他") && rules.contains("某某工程 → 某工程"),
        "{rules}"
    );
    env.write("b.txt", "其它工作\n其它单位推进某某工程。（区委办）");
    env.ok(&["import", "b.txt"]);
    let out = env.run(&["--db", "store.db", "check", "2"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("本单位规定") && !text.contains("其他"),
        "{text}"
    );
}

/// Personal data, tests/proofing/personal.tsv: every ID number, phone number
/// and e-mail address found where it starts, of its kind, and nothing in
/// the traps (sums, years, 文号, public service numbers, masked numbers).
#[test]
fn personal_data_is_found_and_the_traps_are_left() {
    let label = |kind: &str| match kind {
        "id" => "身份证号（",
        "maybe-id" => "疑似身份证号",
        "mobile" => "手机号码（",
        "landline" => "固定电话号码（",
        "email" => "电子邮箱（",
        other => panic!("unknown kind {other}"),
    };
    let text = include_str!("proofing/personal.tsv");
    let mut wrong = Vec::new();
    let (mut planted, mut traps) = (0, 0);
    for (n, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let (expect, sentence) = line.split_once('\t').expect("two columns");
        let mut want: Vec<(usize, &str)> = Vec::new();
        if expect == "-" {
            traps += 1;
        } else {
            for one in expect.split(" ; ") {
                planted += 1;
                let (kind, piece) = one.split_once('=').expect("kind=text");
                let at = sentence.find(piece).expect("the piece is in the sentence");
                want.push((sentence[..at].chars().count(), label(kind)));
            }
        }
        let found = check_item(&item(sentence), &CheckSettings::default());
        let got: Vec<_> = found
            .iter()
            .filter(|f| f.rule.name() == "personal-data")
            .collect();
        let same = got.len() == want.len()
            && got
                .iter()
                .zip(&want)
                .all(|(f, (at, label))| f.at == *at && f.message.starts_with(label));
        if !same {
            let got: Vec<_> = got.iter().map(|f| (f.at, &f.message)).collect();
            wrong.push(format!(
                "line {}: {sentence}: want {want:?}, got {got:?}",
                n + 1
            ));
        }
        assert!(
            got.iter()
                .all(|f| f.rule.blocks_finalising() && f.fix.is_none())
        );
    }
    assert!(
        planted >= 30 && traps >= 25,
        "{planted} planted, {traps} traps"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Finalising is refused without a 责任编辑 and with a phone number in a
/// body; the editor adds the one and removes the other, or overrides.
#[test]
fn finalising_needs_an_editor_and_no_personal_data() {
    let env = Env::new();
    env.write(
        "a.txt",
        "矿山街道优化卫生环境\n一是认真部署，组织全民参与，网格员张某（电话138 1234 5678）包片负责。（矿山街道）\n",
    );
    env.write(
        "b.txt",
        "峡窝镇推进乡村振兴\n一是抓好产业，带动群众增收。（峡窝镇）\n",
    );
    env.ok(&["import", "a.txt", "b.txt"]);
    env.ok(&["issue", "new", "--date", "2024-01-05"]);
    env.ok(&["issue", "add", "1", "1", "2"]);
    env.ok(&["issue", "sign", "1", "--role", "sign", "--by", "张伟"]);
    let err = env.fails(&["issue", "finalise", "1"], 1);
    assert!(
        err.contains("没有责任编辑")
            && err.contains("手机号码（138 **** 5678）")
            && err.contains("--force"),
        "{err}"
    );
    let out = env.run(&["--db", "store.db", "check", "1", "--json"]);
    let found: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let personal: Vec<_> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "personal-data")
        .collect();
    assert_eq!(personal.len(), 1, "{found}");
    assert_eq!(
        (&personal[0]["place"]["paragraph"], &personal[0]["at"]),
        (&serde_json::json!(0), &serde_json::json!(22))
    );
    env.ok(&["issue", "set", "1", "editors", "王伟 李晓明"]);
    let err = env.fails(&["issue", "finalise", "1"], 1);
    assert!(
        !err.contains("责任编辑") && err.contains("手机号码"),
        "{err}"
    );
    let out = env.ok(&["issue", "finalise", "1", "--force"]);
    assert!(
        out.contains("已坚持定稿") && out.contains("手机号码"),
        "{out}"
    );
}

/// A 专报 piece of some 2,500 字 is usual and passes; one of some 3,500 is
/// over the 专报's limit; the settings' `[check.report]` sets it.
#[test]
fn a_report_piece_is_measured_against_the_report_limit() {
    let env = Env::new();
    let sentence = "全区深入推进营商环境改革，持续优化政务服务，企业满意度明显提升。";
    let n = sentence.chars().count();
    env.write(
        "a.txt",
        format!(
            "关于营商环境的调研\n{}（区委办）\n",
            sentence.repeat(2500 / n)
        ),
    );
    env.write(
        "b.txt",
        format!(
            "关于乡村振兴的调研\n{}（区委办）\n",
            sentence.repeat(3500 / n)
        ),
    );
    env.ok(&["import", "a.txt", "b.txt"]);
    let special = ["--series", "上街信息·专报"];
    env.ok(&[&["issue", "new", "--date", "2023-10-01"][..], &special].concat());
    env.ok(&[&["issue", "add", "1", "1", "2"][..], &special].concat());
    let too_long = |env: &Env| -> Vec<(u64, String)> {
        let out = env.run(&[
            "--db",
            "store.db",
            "check",
            "--issue",
            "1",
            "--series",
            "上街信息·专报",
            "--json",
        ]);
        let found: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        found
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "too-long")
            .map(|f| {
                (
                    f["item"].as_u64().unwrap(),
                    f["message"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let found = too_long(&env);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, 2);
    assert!(
        found[0].1.starts_with("专报稿件：正文共 34") && found[0].1.ends_with("超过 3000 字"),
        "{found:?}"
    );
    // Alone, both are over a regular item's 600.
    let out = env.run(&["--db", "store.db", "check", "1", "--json"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("too-long"));
    std::fs::create_dir_all(env.path("config/jianbao")).unwrap();
    env.write(
        "config/jianbao/config.toml",
        "[check]\narticle_max = 600\n\n[check.report]\narticle_max = 2000\n",
    );
    let found = too_long(&env);
    assert_eq!(
        found.iter().map(|f| f.0).collect::<Vec<_>>(),
        [1, 2],
        "{found:?}"
    );
}
