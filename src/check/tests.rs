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
    issue.editors = vec!["王伟".into(), "李晓明".into()];
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

#[test]
fn finalising_needs_an_editor() {
    let s = CheckSettings::default();
    let mut i = issue();
    let numbers: Vec<u32> = (1..=55).collect();
    i.editors.clear();
    let found = check_issue(&i, &ctx(&numbers), &s, |_, _| {});
    assert_eq!(rules(&found), [Rule::IssueEditor]);
    assert_eq!((found[0].place, found[0].item), (Place::Issue, None));
    assert!(found[0].message.contains("责任编辑"));
    assert!(Rule::IssueEditor.blocks_finalising());
    i.editors = vec!["  ".into()];
    assert_eq!(
        rules(&check_issue(&i, &ctx(&numbers), &s, |_, _| {})),
        [Rule::IssueEditor],
        "a blank name is no editor"
    );
}

#[test]
fn personal_data_in_a_body_a_headline_and_the_editors_note_blocks() {
    let s = CheckSettings::default();
    let numbers: Vec<u32> = (1..=55).collect();
    let mut i = issue();
    i.articles[0]
        .body
        .push("如有疑问请联系张科长，手机13812345678。".into());
    i.articles[1].headline = "工业路街道公布举报邮箱jubao@shangjie.gov.cn".into();
    i.editor_note = "来稿请寄联系人，电话（0371）68912345。".into();
    let found = check_issue(&i, &ctx(&numbers), &s, |_, _| {});
    let personal: Vec<_> = found
        .iter()
        .filter(|f| f.rule == Rule::PersonalData)
        .map(|f| (f.place, f.at))
        .collect();
    assert_eq!(
        personal,
        [
            (Place::Issue, 10),
            (Place::Body(1), 13),
            (Place::Headline, 11)
        ]
    );
    let note = found.iter().find(|f| f.place == Place::Issue).unwrap();
    assert_eq!(
        note.message,
        "编者按第 11 字：固定电话号码（（0371）****2345）属个人信息，印发前应删去或隐去"
    );
    assert!(found.iter().all(|f| f.rule.blocks_finalising()));
    // The item alone says what and where, the number masked.
    let alone = check_item(&i.articles[0], &s);
    assert_eq!(rules(&alone), [Rule::PersonalData]);
    assert_eq!(
        alone[0].message,
        "手机号码（138****5678）属个人信息，印发前应删去或隐去"
    );
    assert!(alone[0].fix.is_none(), "what to do is the editor's");
    // An article's own 编者按 is printed with it.
    let mut noted = i.articles[1].clone();
    noted.headline = "工业路街道推动网格化治理".into();
    noted.editor_note = "本文作者联系方式：wang@163.com。".into();
    let found = check_item(&noted, &s);
    assert_eq!(rules(&found), [Rule::PersonalData]);
    assert_eq!((found[0].place, found[0].at), (Place::Item, 9));
    assert!(
        found[0]
            .message
            .starts_with("编者按第 10 字：电子邮箱（w***@163.com）")
    );
}

#[test]
fn a_supplement_or_report_piece_has_the_longer_limits() {
    let s = CheckSettings::default();
    // 字数 counts the headline (13 字) with the body.
    let piece = |n: usize| {
        item(
            "关于我区营商环境的调研报告",
            &[&"字".repeat(n - 13)],
            "区委办",
        )
    };
    let too_long = |issue: &Issue| -> Vec<String> {
        check_issue_items(issue, &s)
            .into_iter()
            .filter(|f| f.rule == Rule::TooLong)
            .map(|f| f.message)
            .collect()
    };
    let mut report = Issue::new("上街信息·专报", 2023, 3);
    report.articles = vec![piece(2500), piece(3500)];
    assert_eq!(IssueKind::of(&report), IssueKind::Report);
    assert_eq!(
        too_long(&report),
        ["专报稿件：正文共 3500 字，超过 3000 字"],
        "2,500 字 is a usual 专报 piece; 3,500 is over"
    );
    // The same pieces in a regular issue, or alone, are over 600.
    let mut regular = report.clone();
    regular.series = "上街信息".into();
    assert_eq!(too_long(&regular).len(), 2);
    assert_eq!(
        too_long(&regular)[0],
        "正文共 2500 字，超过 600 字",
        "a regular issue says nothing of its kind"
    );
    assert_eq!(rules(&check_item(&piece(2500), &s)), [Rule::TooLong]);
    let mut supplement = regular.clone();
    supplement.supplement = true;
    assert_eq!(IssueKind::of(&supplement), IssueKind::Supplement);
    assert_eq!(
        too_long(&supplement),
        ["增刊稿件：正文共 3500 字，超过 3000 字"]
    );
    // A brief in a 专报, and a long title.
    let mut brief = piece(320);
    brief.kind = crate::model::Kind::Brief;
    report.articles = vec![brief];
    assert_eq!(too_long(&report), ["专报稿件：简讯共 320 字，超过 300 字"]);
    report.articles[0].headline = "题".repeat(41);
    assert!(
        check_issue_items(&report, &s)
            .iter()
            .any(|f| f.rule == Rule::LongHeadline)
    );
    // 信息专报 as a subtitle is a 专报 too; 专报 in the title is not.
    report.series = "领导参阅·信息专报".into();
    assert_eq!(IssueKind::of(&report), IssueKind::Report);
    report.series = "专报信息".into();
    assert_eq!(IssueKind::of(&report), IssueKind::Regular);
}

#[test]
fn the_limits_of_each_kind_come_from_the_settings() {
    let s: CheckSettings = toml::from_str(
        "article_max = 800\n[supplement]\narticle_max = 2000\n[report]\narticle_max = 2500\nheadline_max = 30\n",
    )
    .unwrap();
    assert_eq!(s.limits(IssueKind::Regular).article_max, 800);
    assert_eq!(s.limits(IssueKind::Regular).brief_max, 150);
    assert_eq!(
        s.limits(IssueKind::Supplement),
        Limits {
            article_max: 2000,
            ..Limits::default()
        }
    );
    assert_eq!(
        s.limits(IssueKind::Report),
        Limits {
            headline_max: 30,
            article_max: 2500,
            brief_max: 300
        }
    );
    assert!(toml::from_str::<CheckSettings>("[report]\narticle_maximum = 1\n").is_err());
    let mut report = Issue::new("上街信息·专报", 2023, 1);
    report.articles = vec![item("标题", &[&"字".repeat(2600)], "区委办")];
    assert_eq!(rules(&check_issue_items(&report, &s)), [Rule::TooLong]);
}
