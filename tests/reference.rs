//! The real printed issue 上街信息 第55期 (text extracted from PDF, kept in
//! ../shared/reference/) read, stored, and written back out. Each test is
//! skipped, saying so, where the reference is not beside the checkout.

mod common;

use jianbao::export;
use jianbao::layout::Options;
use jianbao::model::{Issue, Status};
use jianbao::store::Store;

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Parses the reference and passes it through a store, as `import --bulletin` does.
fn stored(text: &str) -> Issue {
    let issue = jianbao::bulletin::parse(text).expect("the reference is a bulletin");
    let mut store = Store::open_in_memory().unwrap();
    let id = store.import_issue(&issue, "reference").unwrap();
    store.issue(id).unwrap()
}

#[test]
fn the_export_has_exactly_the_characters_of_the_printed_issue() {
    let Some(text) = common::reference::text() else {
        return;
    };
    let out = export::text(&stored(&text), Options::default());
    assert_eq!(squeeze(&out), squeeze(&text));
}

#[test]
fn importing_the_export_again_gives_the_same_export() {
    let Some(text) = common::reference::text() else {
        return;
    };
    let first = export::text(&stored(&text), Options::default());
    let second = export::text(&stored(&first), Options::default());
    assert_eq!(first, second);
}

#[test]
fn the_items_are_read_as_printed() {
    let Some(text) = common::reference::text() else {
        return;
    };
    let issue = stored(&text);
    assert_eq!(
        (issue.series.as_str(), issue.year, issue.number),
        ("上街信息", 2023, 55)
    );
    assert_eq!(
        issue.date.map(|d| d.to_string()).as_deref(),
        Some("2023-08-14")
    );
    assert_eq!(issue.publisher, "中共上街区委办公室");
    assert_eq!(issue.articles.len(), 6);
    assert_eq!(issue.briefs.len(), 2);
    let sources: Vec<&str> = issue
        .items()
        .flat_map(|i| i.sources.iter().map(String::as_str))
        .collect();
    assert_eq!(
        sources,
        [
            "矿山街道",
            "工业路街道",
            "中心路街道",
            "区政务服务中心",
            "区委宣传部",
            "区文广旅体局",
            "区法院",
            "区科工信局"
        ]
    );
    assert_eq!(
        issue.articles[3].headline,
        "区政务服务中心“三个优化”着力提升政务营商服务环境"
    );
    assert!(issue.articles[3].body[0].starts_with("一是优化窗口。"));
    assert_eq!(
        issue.articles[0].headline,
        "矿山街道多措并举持续优化卫生环境"
    );
    assert!(
        issue.articles[1].body[0].contains("一级网格1个"),
        "spaces around numbers are PDF artefacts"
    );
    assert!(issue.briefs[0].body[0].starts_with("近日，区法院"));
    assert!(
        issue
            .items()
            .all(|i| i.status == Status::Published && i.headline.len() < 200)
    );
    assert_eq!(issue.footer.len(), 2);
    assert_eq!(
        (
            issue.footer[0].label.as_str(),
            issue.footer[0].text.as_str()
        ),
        ("本期送", "区县处级领导")
    );
    assert_eq!(issue.footer[1].label, "发");
    assert_eq!(issue.editors, ["郝婕", "许亦是"]);
    assert_eq!(issue.print_run, None);
}

#[test]
fn the_original_text_of_each_item_is_kept() {
    let Some(text) = common::reference::text() else {
        return;
    };
    let issue = stored(&text);
    let broken = &issue.articles[3].original;
    assert!(
        broken.contains("营商服务\n环境 一是"),
        "the item keeps the text as extracted: {broken}"
    );
}
