use super::*;

#[test]
fn refuses_what_is_not_a_bulletin() {
    assert_eq!(parse(""), Err(ParseError::Empty));
    assert_eq!(parse("\n \n"), Err(ParseError::Empty));
    assert_eq!(
        parse("矿山街道优化卫生环境\n一是认真部署。（矿山街道）"),
        Err(ParseError::NoNumber { line: 1 })
    );
    assert_eq!(
        parse("上街信息\n第55期\n中共上街区委办公室\n正文"),
        Err(ParseError::NoDate { line: 3 })
    );
    assert_eq!(
        parse("上街信息\n第55期\n2023年8月14日\n"),
        Err(ParseError::NoItems { line: 3 })
    );
    assert_eq!(
        parse("第55期\n2023年8月14日\n标题 正文（单位）"),
        Err(ParseError::NoTitle { line: 1 })
    );
}

#[test]
fn block_headline_and_broken_headline() {
    let text = [
        "上街信息",
        "第1期",
        "2023年1月2日",
        "标题在自己一行",
        "第一段正文。",
        "第二段正文。（矿山街道）",
        "很长的标题被拆成",
        "两行 一是正文。（区法院）",
        "△ 近日，区法院开展活动。（区法院）",
        "本期送：领导",
    ]
    .join("\n");
    let reading = read(&text).unwrap();
    let issue = reading.issue;
    assert_eq!(issue.articles.len(), 2);
    assert_eq!(issue.articles[0].headline, "标题在自己一行");
    assert_eq!(issue.articles[0].body, ["第一段正文。", "第二段正文。"]);
    assert_eq!(issue.articles[1].headline, "很长的标题被拆成两行");
    assert_eq!(issue.articles[1].body, ["一是正文。"]);
    assert_eq!(issue.briefs[0].body, ["近日，区法院开展活动。"]);
    assert_eq!(issue.briefs[0].sources, ["区法院"]);
    assert_eq!(issue.footer.len(), 1);
    assert_eq!(issue.publisher, "");
    assert_eq!(
        reading.notices,
        [Notice::HeadlineJoined {
            line: 8,
            text: "两行".into()
        }]
    );
}

#[test]
fn hard_wrapped_text_is_joined_back() {
    use crate::bulletin::{HeadlineStyle, compose};
    use crate::layout::{Options, lay_out, to_text};
    use crate::model::FooterLine;
    let text = [
        "上街信息",
        "第1期（总第9期）",
        "中共上街区委办公室 2023年1月2日",
        "标题 正文第一句，接着第一句写下去，写到超过一行。（矿山街道）",
        "另一篇稿件的标题",
        "第一段正文，有 GDP 和 www.example.gov.cn 这样的词。",
        "第二段正文。（区委宣传部 区文明办）",
        "△ 近日，区法院开展“我是小法官”活动。（区法院）",
        "本期送：区县处级领导、区直各单位负责同志、各街道办事处",
        "责任编辑：王 伟 李晓明 共印 120 份",
    ]
    .join("\n");
    let issue = parse(&text).unwrap();
    assert_eq!(
        issue.articles[1].body[0],
        "第一段正文，有GDP和www.example.gov.cn这样的词。"
    );
    assert_eq!(
        issue.footer,
        [FooterLine::new(
            "本期送",
            "区县处级领导、区直各单位负责同志、各街道办事处"
        )]
    );
    for width in [14, 20, 28] {
        let opts = Options {
            width,
            ..Options::default()
        };
        let wrapped = to_text(&lay_out(&compose(&issue, HeadlineStyle::Auto), opts));
        let mut back = parse(&wrapped).unwrap_or_else(|e| panic!("width {width}: {e}\n{wrapped}"));
        for item in back.articles.iter_mut().chain(back.briefs.iter_mut()) {
            item.original.clear();
        }
        let mut expected = issue.clone();
        for item in expected
            .articles
            .iter_mut()
            .chain(expected.briefs.iter_mut())
        {
            item.original.clear();
        }
        assert_eq!(back, expected, "width {width}:\n{wrapped}");
    }
}

fn issue_of(lines: &[&str]) -> Reading {
    read(&lines.join("\n")).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn block_headlines_with_unknown_units_and_several_paragraphs_stay_apart() {
    let r = issue_of(&[
        "峡窝信息",
        "第12期",
        "中共峡窝镇委员会办公室　　2024年3月15日",
        "峡窝镇便民服务中心推行“帮办代办”服务",
        "　　今年以来，峡窝镇便民服务中心聚焦群众办事难点。",
        "　　一、建强队伍",
        "　　组建帮办代办队伍12支，覆盖全镇各村。",
        "　　二、优化流程",
        "　　梳理高频事项30项，实现一次办结。（峡窝镇便民服务中心）",
        "区卫健委开展健康义诊进乡村活动",
        "　　近日，区卫健委组织专家走进峡窝镇开展义诊。",
        "　　活动共服务群众300余人次。（区卫健委）",
        "报：区委办公室",
    ]);
    let a = &r.issue.articles;
    assert_eq!(a.len(), 2, "{a:#?}");
    assert_eq!(a[0].headline, "峡窝镇便民服务中心推行“帮办代办”服务");
    assert_eq!(a[0].body.len(), 5);
    assert_eq!(a[0].body[1], "一、建强队伍");
    assert_eq!(a[0].sources, ["峡窝镇便民服务中心"]);
    assert_eq!(a[1].headline, "区卫健委开展健康义诊进乡村活动");
    assert_eq!(a[1].sources, ["区卫健委"]);
    assert!(r.notices.is_empty(), "{:?}", r.notices);
}

#[test]
fn columns_subtitle_marking_and_notes() {
    let source = [
        "内部资料　注意保存",
        "上街信息",
        "专报",
        "第3期",
        "中共上街区委办公室　　2024年5月6日",
        "编者按：今年以来，各单位积极行动。现将有关情况刊发，供参考。",
        "【工作动态】",
        "矿山街道推进老旧小区改造 今年以来，改造小区12个。（矿山街道）",
        "区法院开展普法进校园活动",
        "编者按：普法要从娃娃抓起。",
        "近日，区法院走进辖区学校。",
        "活动覆盖学生2000余人。（区法院）",
        "基层经验",
        "工业路街道“网格+”治理见实效 一是建强网格。二是做实服务。（工业路街道）",
        "【简讯】",
        "△ 近日，区人社局举办招聘会。（区人社局）",
        "△ 近日，区商务局召开座谈会。（区商务局）",
        "送：区委常委",
        "发：各街道办事处",
    ];
    let r = issue_of(&source);
    let i = &r.issue;
    assert_eq!(i.marking, "内部资料　注意保存");
    assert_eq!(i.series, "上街信息·专报");
    assert_eq!(
        i.editor_note,
        "今年以来，各单位积极行动。现将有关情况刊发，供参考。"
    );
    assert_eq!(i.articles.len(), 3);
    assert_eq!(i.articles[0].column, "【工作动态】");
    assert_eq!(i.articles[1].column, "【工作动态】");
    assert_eq!(i.articles[1].editor_note, "普法要从娃娃抓起。");
    assert_eq!(i.articles[1].body.len(), 2);
    assert_eq!(i.articles[2].column, "基层经验");
    assert_eq!(i.briefs.len(), 2);
    assert!(i.briefs.iter().all(|b| b.column == "【简讯】"));
    assert_eq!(
        r.notices,
        [Notice::ColumnGuessed {
            line: 13,
            text: "基层经验".into()
        }]
    );
    // What is read prints back the same, white space aside.
    let printed = crate::export::text(i, crate::layout::Options::default());
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(squeeze(&printed), squeeze(&source.join("\n")));
}

#[test]
fn an_article_without_attribution_is_ended_by_the_next_headline_and_named() {
    let r = issue_of(&[
        "上街信息",
        "第7期",
        "2024年2月1日",
        "区教育局部署寒假安全工作",
        "近日，区教育局召开专题会议部署寒假安全工作。",
        "区应急管理局开展节前安全检查",
        "节前，区应急管理局检查企业15家。（区应急管理局）",
    ]);
    let a = &r.issue.articles;
    assert_eq!(a.len(), 2, "{a:#?}");
    assert!(a[0].sources.is_empty());
    assert_eq!(a[1].sources, ["区应急管理局"]);
    assert_eq!(r.notices, [Notice::NoAttribution { line: 4 }]);
}

#[test]
fn a_parenthesis_that_is_not_an_attribution_does_not_end_an_article() {
    let r = issue_of(&[
        "上街信息",
        "第8期",
        "2024年2月1日",
        "区城管局建成智慧停车场",
        "区城管局在中心广场建成智慧停车场（一期）",
        "新增车位300个。（区城管局）",
    ]);
    assert_eq!(r.issue.articles.len(), 1);
    assert_eq!(r.issue.articles[0].body.len(), 2);
}

#[test]
fn forms_found_by_reading_unseen_bulletins() {
    let r = issue_of(&[
        "上街信息",
        "第 23 期　总第1160期",
        "中共上街区委办公室",
        "◆工作动态◆",
        "区科工信局推动工业经济稳中向好",
        "今年以来，区科工信局聚焦企业服务。",
        "区总工会开展职工运动会　近日，区总工会举办运动会。（区总工会）",
        "区卫健委推进医共体建设　覆盖率达95%。（数据截至6月底）全年目标已过半。（供稿：区卫健委）",
        "区人社局：稳岗位　促就业　保民生",
        "今年以来，区人社局发放稳岗资金310万元。（区人社局 供稿）。",
        "三、简讯",
        "近日，区司法局举办培训。（区司法局）",
        "【简讯】△近日，区妇联评选最美家庭。（区妇联）　●近日，区民政局开展敬老活动。（区民政局）",
        "发：各街道办事处",
        "（此件发至县处级）",
        "中共上街区委办公室　　2024年9月16日印发",
    ]);
    let i = &r.issue;
    assert_eq!((i.number, i.total_number), (23, Some(1160)));
    assert_eq!(
        i.date,
        Some(jiff::civil::Date::constant(2024, 9, 16)),
        "from the footer"
    );
    let heads: Vec<&str> = i.articles.iter().map(|a| a.headline.as_str()).collect();
    assert_eq!(
        heads,
        [
            "区科工信局推动工业经济稳中向好",
            "区总工会开展职工运动会",
            "区卫健委推进医共体建设",
            "区人社局：稳岗位　促就业　保民生",
        ]
    );
    let units: Vec<Vec<String>> = i.items().map(|a| a.sources.clone()).collect();
    assert_eq!(units[0], Vec::<String>::new(), "no attribution: not merged");
    assert_eq!(units[1], ["区总工会"]);
    assert_eq!(
        units[2],
        ["区卫健委"],
        "a note in brackets is not an attribution"
    );
    assert_eq!(units[3], ["区人社局"]);
    assert_eq!(i.articles[0].column, "◆工作动态◆");
    // Under a 简讯 heading a paragraph without a headline is a brief.
    assert_eq!(i.briefs[0].column, "三、简讯");
    assert_eq!(i.briefs[0].sources, ["区司法局"]);
    assert_eq!(i.briefs.len(), 3, "two briefs run together are two");
    assert_eq!(i.briefs[2].sources, ["区民政局"]);
    assert!(i.briefs[1..].iter().all(|b| b.column == "【简讯】"));
    assert_eq!(i.footer.len(), 3, "{:?}", i.footer);
    assert!(r.notices.contains(&Notice::NoAttribution { line: 5 }));
}
