use super::*;
use crate::model::Unit;

fn day() -> Date {
    Date::new(2023, 9, 1).unwrap()
}

fn units() -> UnitList {
    let unit = |name: &str, aliases: &[&str]| Unit {
        name: name.into(),
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        ..Unit::default()
    };
    UnitList {
        units: vec![
            unit("区卫健委", &["卫健委", "区卫生健康委员会"]),
            unit("区委宣传部", &["宣传部"]),
            unit("区司法局", &[]),
            unit("矿山街道", &["矿山街道办事处"]),
        ],
    }
}

#[test]
fn headline_body_and_trailing_unit() {
    let item = parse(
        "矿山街道优化卫生环境\n\n一是认真部署。\n二是线下发力。（矿山街道）\n",
        day(),
    )
    .unwrap();
    assert_eq!(item.headline, "矿山街道优化卫生环境");
    assert_eq!(item.body, ["一是认真部署。", "二是线下发力。"]);
    assert_eq!(item.sources, ["矿山街道"]);
    assert_eq!(item.received, day());
    assert_eq!(item.kind, Kind::Article);
    assert!(item.original.starts_with("矿山街道"));
    assert!(item.contributors.is_empty());
}

#[test]
fn headers_give_unit_and_date_and_the_unit_may_stand_alone() {
    let text = "\u{feff}报送日期：2023年8月14日\r\n报送单位：宣传部\r\n标题\r\n正文一段。\r\n（区委宣传部 区文明办）\r\n";
    let item = parse(text, day()).unwrap();
    assert_eq!(item.received, Date::new(2023, 8, 14).unwrap());
    assert_eq!(
        item.sources,
        ["区委宣传部", "区文明办"],
        "the printed attribution wins"
    );
    assert_eq!(item.body, ["正文一段。"]);
    let item = parse("报送单位：宣传部\n标题\n正文。", day()).unwrap();
    assert_eq!(item.sources, ["宣传部"]);
}

#[test]
fn briefs_markdown_and_refusals() {
    let item = parse("△ 近日，区法院开展活动。（区法院）", day()).unwrap();
    assert_eq!((item.kind, item.headline.as_str()), (Kind::Brief, ""));
    assert_eq!(item.body, ["近日，区法院开展活动。"]);
    assert_eq!(parse("# 标题\n正文", day()).unwrap().headline, "标题");
    assert_eq!(parse("", day()), Err(SubmissionError::Empty));
    assert_eq!(
        parse("报送单位：区法院\n \n", day()),
        Err(SubmissionError::Empty)
    );
    assert_eq!(parse("只有标题", day()), Err(SubmissionError::NoBody));
    assert_eq!(
        parse("标题\n（区法院）", day()),
        Err(SubmissionError::NoBody)
    );
}

#[test]
fn credits_are_kept_off_the_body_and_the_attribution_before_them_is_found() {
    let item = parse(
        "区司法局开展普法活动\n近日，区司法局开展普法活动。（区司法局）\n（撰稿：王芳　审核：李建国　联系电话：13812345678）",
        day(),
    )
    .unwrap();
    assert_eq!(item.body, ["近日，区司法局开展普法活动。"]);
    assert_eq!(item.sources, ["区司法局"]);
    assert_eq!(item.contributors.author.as_deref(), Some("王芳"));
    assert_eq!(item.contributors.reviewer.as_deref(), Some("李建国"));
    assert_eq!(item.contributors.phone.as_deref(), Some("13812345678"));

    let item = parse(
        "标题\n正文一段。（矿山街道）（撰稿：王芳 电话：13812345678）",
        day(),
    )
    .unwrap();
    assert_eq!(item.body, ["正文一段。"]);
    assert_eq!(item.sources, ["矿山街道"]);

    let item = read(
        "供稿：区司法局　　执笔：陈晓\n标题\n正文。",
        day(),
        &units(),
    )
    .unwrap();
    assert_eq!(item.sources, ["区司法局"]);
    assert_eq!(item.contributors.author.as_deref(), Some("陈晓"));
}

#[test]
fn a_form_gives_its_fields_and_its_title_is_not_the_headline() {
    let text = "中共上街区委办公室政务信息报送单\n报送单位：矿山街道　　签发人：张伟　　联系人：刘洋\n联系电话：13812345678　　报送时间：2024年5月16日\n标题：矿山街道推进垃圾分类\n正文：今年以来，矿山街道推进垃圾分类。\n一是强化宣传。\n审核：李明";
    let item = parse(text, day()).unwrap();
    assert_eq!(item.headline, "矿山街道推进垃圾分类");
    assert_eq!(
        item.body,
        ["今年以来，矿山街道推进垃圾分类。", "一是强化宣传。"]
    );
    assert_eq!(item.sources, ["矿山街道"]);
    assert_eq!(item.received, Date::constant(2024, 5, 16));
    let c = &item.contributors;
    assert_eq!(
        (
            c.signer.as_deref(),
            c.contact.as_deref(),
            c.reviewer.as_deref()
        ),
        (Some("张伟"), Some("刘洋"), Some("李明"))
    );
    assert_eq!(c.phone.as_deref(), Some("13812345678"));
    assert!(!item.body.concat().contains("138"));
}

#[test]
fn a_wechat_byline_gives_the_date_and_is_not_body() {
    let item = read(
        "暖心！社区里的共享工具箱火了\n原创 矿山街道 2024年05月16日 09:12 河南\n居民李大爷连连点赞。",
        day(),
        &units(),
    )
    .unwrap();
    assert_eq!(item.received, Date::constant(2024, 5, 16));
    assert_eq!(item.sources, ["矿山街道"]);
    assert_eq!(item.body, ["居民李大爷连连点赞。"]);
}

#[test]
fn the_unit_is_inferred_from_the_headline_or_first_sentence_only_from_the_list() {
    let units = units();
    let item = |headline: &str, body: &str| {
        let mut i = Item::new(headline, vec![body.into()], day());
        i.id = None;
        i
    };
    assert_eq!(
        infer_unit(&item("卫健委多措并举抓好病媒防制", "今年以来，…"), &units).as_deref(),
        Some("区卫健委")
    );
    assert_eq!(
        infer_unit(&item("区卫生健康委员会召开会议", "…"), &units).as_deref(),
        Some("区卫健委"),
        "the longest name wins"
    );
    assert_eq!(
        infer_unit(
            &item("多措并举抓好病媒防制", "近日，区司法局组织培训。"),
            &units
        )
        .as_deref(),
        Some("区司法局")
    );
    assert_eq!(
        infer_unit(
            &item("多措并举抓好病媒防制", "近日，峡窝镇组织培训。"),
            &units
        ),
        None
    );
    assert_eq!(
        infer_unit(&item("全区开展培训", "培训由区司法局组织。"), &units),
        None,
        "a unit inside the sentence does not open it"
    );
}

#[test]
fn forms_found_by_reading_unseen_submissions() {
    let u = units();
    let read = |text: &str| read(text, day(), &u).unwrap_or_else(|e| panic!("{e}: {text}"));
    // Spaced labels, a form's signer beside the unit.
    let item = read(
        "政务信息报送单\n报送单位：区司法局　　签 发 人：陈国强\n标　　题：区司法局推行新模式\n正　　文：\n今年以来，区司法局探索开展。",
    );
    assert_eq!(item.headline, "区司法局推行新模式");
    assert_eq!(item.sources, ["区司法局"]);
    assert_eq!(item.contributors.signer.as_deref(), Some("陈国强"));
    assert_eq!(item.body, ["今年以来，区司法局探索开展。"]);
    // A unit and a person in a 供稿 credit, and in an attribution.
    let item = read("标题\n正文。\n（供稿：矿山街道　王芳　电话：13812345678）");
    assert_eq!(item.sources, ["矿山街道"]);
    assert_eq!(item.contributors.author.as_deref(), Some("王芳"));
    let item = read("标题\n正文。（矿山街道　通讯员　王芳）");
    assert_eq!(item.sources, ["矿山街道"]);
    assert_eq!(item.contributors.author.as_deref(), Some("王芳"));
    // Contact details run on after the last sentence, and slashed credits.
    let item = read("标题\n服务3200余人次。联系人：王芳，电话：13812345678\n文/李明　图/赵强");
    assert_eq!(item.body, ["服务3200余人次。"]);
    assert_eq!(item.contributors.phone.as_deref(), Some("13812345678"));
    assert_eq!(item.contributors.author.as_deref(), Some("李明 赵强"));
    // WeChat page furniture, 主送 and 附件 lines, Markdown bold labels.
    let item = read(
        "点击上方蓝字关注我们\n主送：区委办信息科\n**报送单位**：区卫健委\n区卫健委推进签约服务\n正文。\n附件：活动照片3张\n阅读原文",
    );
    assert_eq!(item.headline, "区卫健委推进签约服务");
    assert_eq!(item.sources, ["区卫健委"]);
    assert_eq!(item.body, ["正文。"]);
    assert_eq!(item.note, "附件：活动照片3张");
    // 供稿单位 at the foot of the text.
    assert_eq!(
        read("标题\n正文。\n供稿单位：矿山街道").sources,
        ["矿山街道"]
    );
}

#[test]
fn two_items_in_one_file_are_refused_naming_the_line() {
    let text = "新安路街道开展志愿服务\n近日，新安路街道组织志愿者。（新安路街道）\n区退役军人事务局举办招聘会\n近日，区退役军人事务局举办招聘会。（区退役军人事务局）";
    assert_eq!(
        read(text, day(), &units()),
        Err(SubmissionError::Several { line: 3 })
    );
}
