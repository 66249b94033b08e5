use super::*;
use crate::model::{FooterLine, Issue, Item};

fn item(headline: &str, body: &[&str], unit: &str) -> Item {
    let mut item = Item::new(
        headline,
        body.iter().map(|s| s.to_string()).collect(),
        jiff::civil::Date::constant(2023, 8, 1),
    );
    if !unit.is_empty() {
        item.sources = vec![unit.to_string()];
    }
    item
}

fn rules(findings: &[Finding]) -> Vec<Rule> {
    findings.iter().map(|f| f.rule).collect()
}

#[test]
fn an_item_with_the_usual_slips_and_its_safe_fixes() {
    let s = CheckSettings::default();
    let it = item(
        "防汛工作取得实效。",
        &[
            "一是网格全覆盖,夯实基础。三是统一调度。",
            "截止目前，排查隐患１２处。。",
        ],
        "",
    );
    let found = check_item(&it, &s);
    let mut names = rules(&found);
    names.sort_by_key(|r| r.name());
    names.dedup();
    assert_eq!(
        names,
        [
            Rule::BrokenSequence,
            Rule::DoubledMarks,
            Rule::FullWidthAlnum,
            Rule::HalfWidthPunctuation,
            Rule::HeadlinePunctuation,
            Rule::MissingSource,
            Rule::Term
        ]
    );
    let seq = found
        .iter()
        .find(|f| f.rule == Rule::BrokenSequence)
        .unwrap();
    assert_eq!((seq.place, seq.at), (Place::Body(0), 13));
    let edit = fixes(&it, &found).unwrap();
    assert_eq!(edit.headline.as_deref(), Some("防汛工作取得实效"));
    assert_eq!(
        edit.body.unwrap(),
        [
            "一是网格全覆盖，夯实基础。三是统一调度。",
            "截至目前，排查隐患12处。"
        ]
    );
    let mut clean = it.clone();
    clean.headline = "防汛工作取得实效".into();
    clean.body = vec!["一是网格全覆盖，夯实基础。二是统一调度。".into()];
    clean.sources = vec!["新安路街道".into()];
    assert!(check_item(&clean, &s).is_empty());
    assert!(fixes(&clean, &[]).is_none());
}

#[test]
fn lengths_by_kind() {
    let s = CheckSettings::default();
    let mut it = item("标题", &[&"字".repeat(200)], "区法院");
    assert!(rules(&check_item(&it, &s)).is_empty());
    it.kind = crate::model::Kind::Brief;
    assert_eq!(rules(&check_item(&it, &s)), [Rule::TooLong]);
}

fn issue() -> Issue {
    let mut issue = Issue::new("上街信息", 2023, 56);
    issue.date = Some(jiff::civil::Date::constant(2023, 8, 28));
    issue.publisher = "中共上街区委办公室".into();
    issue.footer = vec![FooterLine::new("本期送", "区县处级领导")];
    issue.articles = vec![
        item(
            "矿山街道优化卫生环境",
            &["一是认真部署，组织全民参与。二是线下发力，强化群众认识。"],
            "矿山街道",
        ),
        item(
            "工业路街道推动网格化治理",
            &["科学划分一级网格1个、二级网格3个。"],
            "工业路街道",
        ),
    ];
    issue
}

fn ctx(numbers: &[u32]) -> IssueContext {
    IssueContext {
        numbers: numbers.to_vec(),
        dates: Vec::new(),
        width: 28,
    }
}

#[test]
fn a_sound_issue_passes() {
    let found = check_issue(
        &issue(),
        &ctx(&(1..=55).collect::<Vec<_>>()),
        &CheckSettings::default(),
        |_, _| {},
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_number_and_its_date_keep_the_ledger_order() {
    let day = |m, d| jiff::civil::Date::constant(2023, m, d);
    let date_findings = |dates: Vec<(u32, jiff::civil::Date)>| -> Vec<String> {
        let ctx = IssueContext {
            dates,
            ..ctx(&[54, 55, 57])
        };
        check_issue(&issue(), &ctx, &CheckSettings::default(), |_, _| {})
            .into_iter()
            .filter(|f| f.rule == Rule::IssueDate)
            .map(|f| f.message)
            .collect()
    };
    // No. 56 is dated 28 August.
    let in_order = vec![(54, day(8, 1)), (55, day(8, 28)), (57, day(9, 4))];
    assert_eq!(
        date_findings(in_order),
        Vec::<String>::new(),
        "same day is fine"
    );
    // No. 55 dated after it and No. 57 before it: the nearest of each is named.
    let found = date_findings(vec![(54, day(9, 2)), (55, day(9, 1)), (57, day(8, 20))]);
    assert_eq!(
        found,
        [
            "第55期的日期（2023年9月1日）晚于本期：期号在前的，日期不应在后",
            "第57期的日期（2023年8月20日）早于本期：期号在后的，日期不应在前",
        ]
    );
}

#[test]
fn progress_counts_every_pair_up_to_the_total() {
    let mut i = issue();
    let extra = i.articles[0].clone();
    i.briefs = vec![extra.clone(), extra.clone(), extra];
    let mut heard = Vec::new();
    check_issue(&i, &ctx(&[55]), &CheckSettings::default(), |done, total| {
        heard.push((done, total))
    });
    // Five items: 4 + 3 + 2 + 1 pairs.
    assert_eq!(
        heard,
        [(0, 10), (4, 10), (7, 10), (9, 10), (10, 10), (10, 10)]
    );
}

#[test]
fn numbering_date_publisher_sources_and_repeats() {
    let s = CheckSettings::default();
    let mut i = issue();
    assert_eq!(
        rules(&check_issue(&i, &ctx(&[1, 2, 54]), &s, |_, _| {})),
        [Rule::IssueNumber],
        "第55期 is missing"
    );
    assert!(
        check_issue(&i, &ctx(&[]), &s, |_, _| {})[0]
            .message
            .contains('1'),
        "the first issue of a year is 第1期"
    );
    assert_eq!(
        rules(&check_issue(&i, &ctx(&[55, 56]), &s, |_, _| {})),
        [Rule::IssueNumber],
        "taken"
    );
    // Undated is no finding: the 签发 dates it. A date in another year is.
    i.date = None;
    let undated = rules(&check_issue(&i, &ctx(&[55]), &s, |_, _| {}));
    assert!(!undated.contains(&Rule::IssueDate), "{undated:?}");
    i.date = jiff::civil::Date::new(2022, 12, 30).ok();
    i.publisher.clear();
    i.articles[1].sources.clear();
    i.briefs.push(i.articles[0].clone());
    let mut revised = i.articles[0].clone();
    revised.body[0] = revised.body[0].replace("组织", "广泛组织");
    i.articles.push(revised);
    let found = rules(&check_issue(&i, &ctx(&[55]), &s, |_, _| {}));
    for r in [
        Rule::IssueDate,
        Rule::IssuePublisher,
        Rule::MissingSource,
        Rule::DuplicateItem,
        Rule::SimilarItems,
    ] {
        assert!(found.contains(&r), "{r:?} in {found:?}");
    }
    assert!(found.iter().all(|r| r.blocks_finalising()));
}

#[test]
fn a_line_cut_by_force_is_reported() {
    let mut i = issue();
    i.articles[1].body[0] = format!("详见{}。", "x".repeat(80));
    let found = check_issue(&i, &ctx(&[55]), &CheckSettings::default(), |_, _| {});
    assert!(
        found.iter().any(|f| f.rule == Rule::LayoutLine),
        "{found:?}"
    );
}
