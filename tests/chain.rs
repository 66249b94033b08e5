//! Desks in a chain (issue 14 §9): a district and a city, each with its own
//! store and settings. The district forwards items (上报), the city takes
//! the bundle in (twice: nothing more), prints one, and writes a receipt;
//! the district records it as an adoption. Both sides' figures agree.
//! Bundles and receipts for another office, newer, altered, or naming
//! items that are not there are refused in one line, exit 1, nothing stored.

mod common;

use common::Env;
use jianbao::archive::{Receipt, ReceiptItem};
use jianbao::model::{AdoptionLevel, Date, ItemId};
use serde_json::Value;

const DISTRICT: &str = "中共上街区委办公室";
const CITY: &str = "中共郑州市委办公厅";

/// A desk: its own folder, store and settings.
fn desk(publisher: &str, series: &str, level: &str) -> Env {
    let env = Env::new();
    env.write(
        "office.toml",
        format!(
            "publisher = \"{publisher}\"\nseries = \"{series}\"\n\n[forward]\nsigner = \"王五\"\ncontact = \"李四\"\nphone = \"0371-1234567\"\nsecrecy_reviewer = \"赵六\"\nlevel = \"{level}\"\n"
        ),
    );
    env
}

/// Runs on the desk's store with its settings, expecting success.
fn ok(env: &Env, args: &[&str]) -> String {
    let mut all = vec!["--config", "office.toml"];
    all.extend_from_slice(args);
    env.ok(&all)
}

/// Runs expecting exit 1; returns standard error.
fn refused(env: &Env, args: &[&str]) -> String {
    let mut all = vec!["--config", "office.toml"];
    all.extend_from_slice(args);
    let err = env.fails(&all, 1);
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    err
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn item_count(env: &Env) -> usize {
    json(&ok(env, &["list", "--json"]))
        .as_array()
        .unwrap()
        .len()
}

/// The district with three items from two units, the first two forwarded
/// to the city.
fn district_forwarding() -> Env {
    let district = desk(DISTRICT, "上街信息", "district");
    for (name, text) in [
        (
            "1.txt",
            "矿山街道推进网格治理\n矿山街道划分网格三十个，配备网格员六十名。（矿山街道）\n",
        ),
        (
            "2.txt",
            "区文明办开展志愿服务\n区文明办组织志愿者走进社区，服务群众五百余人次。（区文明办）\n",
        ),
        (
            "3.txt",
            "峡窝镇召开安全生产会议\n峡窝镇部署汛期安全生产工作。（峡窝镇）\n",
        ),
    ] {
        let path = district.write(name, text);
        ok(&district, &["import", &path.display().to_string()]);
    }
    let out = ok(&district, &["forward", "1", "2", "--to", CITY, "-o", "up"]);
    assert!(out.contains("已上报 2 篇稿件至中共郑州市委办公厅"), "{out}");
    district
}

fn bundle_path(district: &Env) -> String {
    district.path("up/bundle.json").display().to_string()
}

#[test]
fn forward_import_publish_receipts_and_both_sides_agree() {
    let district = district_forwarding();
    // Each item's 报送单, with the office's details from the settings.
    let xml = district.document_xml("up/信息报送单-1.docx");
    for text in [
        ">信息报送单<",
        ">报送单位<",
        ">中共上街区委办公室<",
        ">签发人<",
        ">王五<",
        ">联系人<",
        ">李四<",
        ">0371-1234567<",
        ">矿山街道推进网格治理<",
        ">矿山街道划分网格三十个，配备网格员六十名。<",
        ">原稿单位<",
        ">矿山街道<",
    ] {
        assert!(xml.contains(text), "{text} in {xml}");
    }
    assert!(district.path("up/信息报送单-2.docx").exists());
    let shown = json(&ok(&district, &["show", "1", "--json"]));
    assert_eq!(shown["forwards"][0]["to"], CITY);
    assert!(ok(&district, &["show", "1"]).contains("上报：报送中共郑州市委办公厅"));
    assert_eq!(
        json(&ok(&district, &["show", "3", "--json"]))["forwards"],
        json("[]")
    );

    // The city takes the bundle in: credited to the district, the units
    // kept; the same bundle again adds nothing.
    let city = desk(CITY, "郑州信息", "city");
    let bundle = bundle_path(&district);
    let out = ok(&city, &["import", "--json", &bundle]);
    assert!(out.contains("新增 2 篇，已有 0 篇"), "{out}");
    assert!(out.contains("原稿单位：矿山街道"), "{out}");
    let out = ok(&city, &["import", "--json", &bundle]);
    assert!(out.contains("新增 0 篇，已有 2 篇"), "{out}");
    assert_eq!(item_count(&city), 2);
    let first = json(&ok(&city, &["show", "1", "--json"]));
    assert_eq!(first["sources"], json(&format!("[\"{DISTRICT}\"]")));
    assert_eq!(first["forwarded_from"]["office"], DISTRICT);
    assert_eq!(first["forwarded_from"]["original_item"], 1);
    assert_eq!(
        first["forwarded_from"]["original_units"],
        json("[\"矿山街道\"]")
    );
    assert!(
        ok(&city, &["show", "2"])
            .contains("报送来源：中共上街区委办公室（原稿单位：区文明办；原稿件 2）")
    );

    // The city prints the first in an issue and answers with a receipt.
    ok(&city, &["issue", "new", "--date", "2025-03-20"]);
    ok(&city, &["issue", "add", "1", "1"]);
    ok(
        &city,
        &["issue", "sign", "1", "--role", "sign", "--by", "张伟"],
    );
    ok(&city, &["issue", "finalise", "1", "--force"]);
    let out = ok(&city, &["receipts", "--to", DISTRICT, "-o", "r.json"]);
    assert!(out.contains("1 篇稿件"), "{out}");
    let receipt = json(&std::fs::read_to_string(city.path("r.json")).unwrap());
    assert_eq!(receipt["format"], "jianbao-receipt");
    assert_eq!(receipt["level"], "city");
    assert_eq!(receipt["items"][0]["item"], 1);

    // The district records it on the original item, once.
    let r = city.path("r.json").display().to_string();
    let out = ok(&district, &["import", "--json", &r]);
    assert!(out.contains("新增 1 条，已有 0 条"), "{out}");
    let out = ok(&district, &["import", "--json", &r]);
    assert!(out.contains("新增 0 条，已有 1 条"), "{out}");
    let first = json(&ok(&district, &["show", "1", "--json"]));
    let a = &first["adoptions"][0];
    assert_eq!(
        (&a["level"], &a["outlet"]),
        (&json("\"city\""), &json("\"郑州信息\""))
    );
    assert_eq!(
        (&a["issue"], &a["date"]),
        (&json("\"第1期\""), &json("\"2025-03-20\""))
    );
    assert_eq!(a["source"], "receipt");
    assert_eq!(
        first["headline"], "矿山街道推进网格治理",
        "the text is untouched"
    );
    assert_eq!(
        json(&ok(&district, &["show", "2", "--json"]))["adoptions"],
        json("[]")
    );

    // Both sides agree: the city counts two sent and one used under the
    // district; the district holds one city adoption, on the item it sent.
    let all = ["--from", "2000-01-01", "--to", "2100-12-31", "--json"];
    let mut args = vec!["stats"];
    args.extend_from_slice(&all);
    let stats = json(&ok(&city, &args));
    let row = stats["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["unit"] == DISTRICT)
        .unwrap()
        .clone();
    assert_eq!(
        (row["submitted"].as_u64(), row["adopted"].as_u64()),
        (Some(2), Some(1))
    );
    let adoptions = json(&ok(&district, &["adoptions", "--json"]));
    let adoptions = adoptions.as_array().unwrap();
    assert_eq!(adoptions.len() as u64, row["adopted"].as_u64().unwrap());
    assert_eq!(adoptions[0]["item"], 1);
    let forwarded = (1..=3)
        .filter(|id| {
            json(&ok(&district, &["show", &id.to_string(), "--json"]))["forwards"]
                .as_array()
                .is_some_and(|f| !f.is_empty())
        })
        .count() as u64;
    assert_eq!(forwarded, row["submitted"].as_u64().unwrap());
}

#[test]
fn bundles_for_another_office_newer_altered_or_incomplete_are_refused() {
    let district = district_forwarding();
    let text = std::fs::read_to_string(district.path("up/bundle.json")).unwrap();

    let elsewhere = desk("中共洛阳市委办公室", "洛阳信息", "city");
    let err = refused(&elsewhere, &["import", "--json", &bundle_path(&district)]);
    assert!(err.contains("是发给“中共郑州市委办公厅”的"), "{err}");
    assert_eq!(item_count(&elsewhere), 0);

    let city = desk(CITY, "郑州信息", "city");
    let newer = city.write(
        "newer.json",
        text.replace("\"version\": 1", "\"version\": 2"),
    );
    let err = refused(&city, &["import", "--json", &newer.display().to_string()]);
    assert!(err.contains("更新版本"), "{err}");
    let altered = city.write("altered.json", text.replace("六十名", "八十名"));
    let err = refused(&city, &["import", "--json", &altered.display().to_string()]);
    assert!(err.contains("sha256"), "{err}");
    let cut = city.write(
        "cut.json",
        text.replace("\"headline\": \"区文明办开展志愿服务\",", ""),
    );
    let err = refused(&city, &["import", "--json", &cut.display().to_string()]);
    assert!(err.contains("headline"), "{err}");
    assert_eq!(item_count(&city), 0, "nothing stored");
}

#[test]
fn receipts_for_another_office_altered_or_naming_unknown_items_are_refused() {
    let district = district_forwarding();
    let receipt = |to: &str, items: &[i64]| {
        Receipt::new(
            CITY,
            to,
            Date::constant(2025, 3, 21),
            AdoptionLevel::City,
            items
                .iter()
                .map(|&id| ReceiptItem {
                    item: ItemId(id),
                    headline: "改过的标题".into(),
                    outlet: "郑州信息".into(),
                    issue: "第1期".into(),
                    date: Date::constant(2025, 3, 20),
                })
                .collect(),
        )
        .to_json()
    };
    let try_one = |name: &str, text: String| {
        let path = district.write(name, text);
        refused(
            &district,
            &["import", "--json", &path.display().to_string()],
        )
    };
    let err = try_one("other.json", receipt("中共中原区委办公室", &[1]));
    assert!(err.contains("是发给“中共中原区委办公室”的"), "{err}");
    let err = try_one("unknown.json", receipt(DISTRICT, &[1, 99]));
    assert!(err.contains("99"), "{err}");
    let err = try_one(
        "altered.json",
        receipt(DISTRICT, &[1]).replace("第1期", "第2期"),
    );
    assert!(err.contains("sha256"), "{err}");
    let err = try_one(
        "newer.json",
        receipt(DISTRICT, &[1]).replace("\"version\": 1", "\"version\": 9"),
    );
    assert!(err.contains("更新版本"), "{err}");
    assert_eq!(
        json(&ok(&district, &["adoptions", "--json"])),
        json("[]"),
        "nothing stored"
    );

    // A good receipt records the adoption and leaves the text alone.
    let path = district.write("good.json", receipt(DISTRICT, &[1]));
    ok(
        &district,
        &["import", "--json", &path.display().to_string()],
    );
    assert_eq!(
        json(&ok(&district, &["show", "1", "--json"]))["headline"],
        "矿山街道推进网格治理"
    );
}

#[test]
fn forward_needs_the_office_details() {
    let env = Env::new();
    let path = env.write("1.txt", "矿山街道推进网格治理\n正文。（矿山街道）\n");
    env.ok(&["import", &path.display().to_string()]);
    let err = env.fails(&["forward", "1", "--to", CITY, "-o", "up"], 1);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("签发人") && err.contains("[forward] signer"),
        "{err}"
    );
    assert!(!env.path("up").exists(), "no file written");
    assert_eq!(
        json(&env.ok(&["show", "1", "--json"]))["forwards"],
        json("[]")
    );
}

#[test]
fn nothing_goes_up_without_a_confidentiality_reviewer_who_is_recorded() {
    let env = Env::new();
    env.write(
        "office.toml",
        format!(
            "publisher = \"{DISTRICT}\"\n\n[forward]\nsigner = \"王五\"\ncontact = \"李四\"\nphone = \"0371-1234567\"\n"
        ),
    );
    let path = env.write("1.txt", "矿山街道推进网格治理\n正文。（矿山街道）\n");
    ok(&env, &["import", &path.display().to_string()]);
    let err = refused(&env, &["forward", "1", "--to", CITY, "-o", "up"]);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("保密审查") && err.contains("--secrecy-reviewer"),
        "{err}"
    );
    assert!(!env.path("up").exists(), "no file written");

    ok(
        &env,
        &[
            "forward",
            "1",
            "--to",
            CITY,
            "-o",
            "up",
            "--secrecy-reviewer",
            "赵六",
        ],
    );
    let shown = json(&ok(&env, &["show", "1", "--json"]));
    assert_eq!(shown["forwards"][0]["reviewer"], "赵六", "{shown}");
    assert_eq!(shown["forwards"][0]["to"], CITY);
}
