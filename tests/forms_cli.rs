//! What `import` says it understood, before and after storing, for the
//! forms in tests/forms; several series in one store.

mod common;

use std::path::PathBuf;

use common::Env;

fn form(path: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/forms")
        .join(path)
        .display()
        .to_string()
}

fn with_units() -> Env {
    let env = Env::new();
    env.ok(&["units", "load", &form("units.toml")]);
    env
}

#[test]
fn a_dry_run_says_what_would_be_stored_and_stores_nothing() {
    let env = with_units();
    let out = env.ok(&[
        "import",
        "--dry-run",
        &form("submissions/09-form-wide-fields.txt"),
        &form("submissions/13-unit-in-headline.txt"),
        &form("submissions/23-unknown-unit.txt"),
    ]);
    assert!(out.contains("新安路街道“小区夜话”架起干群连心桥"), "{out}");
    assert!(out.contains("签发：周志强"), "{out}");
    assert!(
        out.contains("区卫健委（据标题或首句推断，请确认）"),
        "{out}"
    );
    assert!(out.contains("峡窝镇便民服务中心（单位表中没有）"), "{out}");
    assert!(out.contains("未保存"), "{out}");
    assert_eq!(env.ok(&["list", "--json"]).trim(), "[]");

    let json: serde_json::Value = serde_json::from_str(&env.ok(&[
        "import",
        "--dry-run",
        "--json",
        &form("submissions/13-unit-in-headline.txt"),
    ]))
    .unwrap();
    assert_eq!(json[0]["outcome"], "would_import");
    assert_eq!(json[0]["item"]["units"][0]["status"], "inferred");
    assert_eq!(env.ok(&["list", "--json"]).trim(), "[]");

    let out = env.ok(&[
        "import",
        "--bulletin",
        "--dry-run",
        &form("bulletins/05-dongcheng-year-number.txt"),
    ]);
    assert!(out.contains("东城信息 2024年第5期"), "{out}");
    assert!(out.contains("栏目："), "{out}");
    assert!(
        out.contains("第") && out.contains("行：“工作动态”单独成行"),
        "{out}"
    );
    assert_eq!(env.ok(&["issue", "list", "--json"]).trim(), "[]");
}

#[test]
fn a_dry_run_on_a_store_that_does_not_exist_does_not_make_one() {
    let env = Env::new();
    env.ok(&["import", "--dry-run", &form("submissions/01-plain.txt")]);
    assert!(!env.path("store.db").exists());
}

#[test]
fn contributors_are_kept_shown_and_never_printed() {
    let env = with_units();
    let out = env.ok(&["import", &form("submissions/04-credits-bracket.txt")]);
    assert!(
        out.contains("报送人员："),
        "the real import says what it read: {out}"
    );
    let id = env.ok(&["list", "--json"]);
    let id = serde_json::from_str::<serde_json::Value>(&id).unwrap()[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["show", &id, "--json"])).unwrap();
    let phone = json["contributors"]["phone"].as_str().unwrap().to_string();
    assert!(phone.starts_with("1"), "{json}");
    assert!(json.get("source_inferred").is_none(), "absent when false");
    let shown = env.ok(&["show", &id]);
    assert!(shown.contains(&phone), "the reader shows it: {shown}");

    env.ok(&["accept", &id]);
    env.ok(&["issue", "new", "--date", "2024-06-01"]);
    env.ok(&["issue", "add", "1", &id]);
    for format in ["text", "markdown", "html", "json"] {
        let out = env.ok(&["export", "1", "--format", format]);
        assert!(
            !out.contains(&phone),
            "{format} export prints the phone number"
        );
    }
    // The archive keeps them: they are the desk's data.
    let all = env.ok(&["export", "--all", "--format", "json"]);
    assert!(all.contains(&phone));
}

#[test]
fn issues_of_several_series_are_told_apart() {
    let env = with_units();
    for f in [
        "bulletins/04-xiawo-bian.txt",
        "bulletins/05-dongcheng-year-number.txt",
        "bulletins/12-dongcheng-multipara.txt",
    ] {
        let out = env.ok(&["import", "--bulletin", &form(f)]);
        assert!(out.contains("已导入"), "{out}");
    }
    let issues: serde_json::Value =
        serde_json::from_str(&env.ok(&["issue", "list", "--json"])).unwrap();
    let numbers: Vec<(String, i64)> = issues
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["series"].as_str().unwrap().into(),
                i["number"].as_i64().unwrap(),
            )
        })
        .collect();
    // Found by number alone when only one series and year have it.
    let (series, number) = &numbers[0];
    let out = env.ok(&["export", &number.to_string()]);
    assert!(out.contains(series.as_str()), "{out}");
    let out = env.ok(&["issue", "show", &number.to_string(), "--series", series]);
    assert!(out.contains(series.as_str()), "{out}");
    // A number two series share is refused, naming both.
    env.ok(&[
        "issue",
        "new",
        "--series",
        "上街信息",
        "--number",
        &number.to_string(),
        "--date",
        "2024-07-01",
    ]);
    let err = env.fails(&["export", &number.to_string()], 1);
    assert!(
        err.contains(series.as_str()) && err.contains("上街信息"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = env.ok(&["export", &number.to_string(), "--series", "上街信息"]);
    assert!(out.starts_with("上街信息"), "{out}");
}

#[test]
fn an_imported_bulletin_exports_back_to_its_own_text() {
    let env = with_units();
    let path = form("bulletins/03-zhuanbao-note.txt");
    env.ok(&["import", "--bulletin", &path]);
    let out = env.ok(&["export", "3", "--series", "上街信息·专报"]);
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    let source = std::fs::read_to_string(&path).unwrap();
    // 共印 in the print settings' form, （共印80份）, as the source has it.
    assert_eq!(squeeze(&out), squeeze(&source));
}

#[test]
fn a_bulletin_that_cannot_be_read_names_the_file_and_line() {
    let env = Env::new();
    let bad = env.write(
        "坏.txt",
        "上街信息\n\n第0期\n2024年1月2日\n标题 正文。（区法院）\n",
    );
    let err = env.fails(&["import", "--bulletin", &bad.display().to_string()], 1);
    assert!(err.contains("坏.txt") && err.contains("第1行"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(env.ok(&["issue", "list", "--json"]).trim(), "[]");
}
