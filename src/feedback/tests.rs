use super::*;
use crate::model::{ItemId, Unit};

fn d(m: i8, day: i8) -> Date {
    Date::new(2025, m, day).unwrap()
}

fn units() -> UnitList {
    UnitList {
        units: vec![Unit::named("区人民法院", &["区法院"])],
    }
}

fn quarter() -> Period {
    Period {
        from: Some(d(1, 1)),
        to: Some(d(3, 31)),
    }
}

/// An item as the reader takes it from a file: the 报送单's lines, the
/// headline, the body, the attribution.
fn received(id: i64, headline: &str, body: &[&str], day: Date) -> Item {
    let mut item = Item::new(headline, body.iter().map(|p| p.to_string()).collect(), day);
    item.id = Some(ItemId(id));
    item.sources = vec!["区法院".into()];
    item.original = format!(
        "报送单位：区法院\n{headline}\n{}（区法院）",
        body.iter()
            .map(|p| format!("　　{p}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    item
}

fn published(item: Item, issue: &str) -> Received {
    let mut item = item;
    item.status = Status::Published;
    Received {
        item,
        printed_in: Some((issue.into(), Kind::Article)),
    }
}

fn sample() -> Vec<Received> {
    let as_sent = published(
        received(
            1,
            "区法院开展普法宣传",
            &["近日，区法院开展普法宣传。"],
            d(1, 5),
        ),
        "上街信息 2025年第3期",
    );
    let mut cut = received(
        2,
        "区法院多措并举提升审判质效",
        &["一是强化管理。", "二是优化流程，全年结案1200件。"],
        d(2, 3),
    );
    cut.body = vec!["区法院强化管理、优化流程，全年结案1200件。".into()];
    cut.edit_reason = "篇幅过长".into();
    let cut = published(cut, "上街信息 2025年第5期");
    let mut returned = received(3, "区法院召开会议", &["会议强调要提高认识。"], d(2, 10));
    returned.status = Status::Rejected;
    returned.reject_reason = "做法不具体：请写明采取的措施".into();
    let pending = received(4, "区法院推进诉源治理", &["诉源治理成效明显。"], d(3, 20));
    vec![
        as_sent,
        cut,
        Received {
            item: returned,
            printed_in: None,
        },
        Received {
            item: pending,
            printed_in: None,
        },
    ]
}

#[test]
fn each_item_sent_has_its_fate_and_the_unit_is_named_as_the_list_names_it() {
    crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
        let s = sheet(&units(), " 区法院 ", quarter(), &sample());
        assert_eq!(s.unit, "区人民法院", "the alias resolves");
        let fates: Vec<&str> = s.sent.iter().map(|x| x.fate.as_str()).collect();
        assert_eq!(
            fates,
            [
                "采用（上街信息 2025年第3期）",
                "采用（上街信息 2025年第5期）",
                "退回",
                "处理中"
            ]
        );
        assert_eq!((s.used.len(), s.returned.len(), s.pending), (2, 1, 1));
        assert_eq!(
            summary(&s),
            "2025年1月1日—2025年3月31日，你单位共报送信息 4 篇，其中采用 2 篇，退回 1 篇，尚在处理 1 篇。具体情况如下。"
        );
    });
}

#[test]
fn an_edited_item_shows_the_original_beside_the_printed_text_and_why() {
    let s = sheet(&units(), "区法院", quarter(), &sample());
    assert_eq!(s.used[0].original, None, "printed as sent");
    let cut = &s.used[1];
    assert_eq!(
        cut.original.as_deref().unwrap(),
        [
            "报送单位：区法院",
            "区法院多措并举提升审判质效",
            "一是强化管理。",
            "二是优化流程，全年结案1200件。（区法院）"
        ]
    );
    assert_eq!(
        cut.printed,
        [
            "区法院多措并举提升审判质效",
            "区法院强化管理、优化流程，全年结案1200件。",
            "（区法院）"
        ]
    );
    assert_eq!(cut.reason, "篇幅过长");
}

#[test]
fn an_edit_without_a_reason_is_still_found_by_its_text() {
    let mut item = received(5, "标题", &["原来的一段。"], d(1, 9));
    item.body = vec!["改过的一段。".into()];
    let s = sheet(&units(), "区法院", quarter(), &[published(item, "第1期")]);
    assert!(s.used[0].original.is_some());
    assert_eq!(s.used[0].reason, "");
}

#[test]
fn the_text_has_the_three_parts_the_blocks_of_an_edit_and_the_return_reason() {
    crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
        let s = sheet(&units(), "区法院", quarter(), &sample());
        let out = text(&s, "中共上街区委办公室", d(4, 2));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "信息采用情况反馈");
        assert_eq!(lines[1], "区人民法院：");
        for expected in [
            "　　2025年1月5日《区法院开展普法宣传》：采用（上街信息 2025年第3期）",
            "　　《区法院开展普法宣传》（上街信息 2025年第3期，正文）",
            "　　按原稿采用，未作修改。",
            "【原稿】",
            "【采用稿】",
            "　　区法院强化管理、优化流程，全年结案1200件。",
            "　　修改理由：篇幅过长",
            "三、退回情况",
            "　　2025年2月10日《区法院召开会议》，退回原因：做法不具体：请写明采取的措施",
        ] {
            assert!(lines.contains(&expected), "{expected} in\n{out}");
        }
        let original = lines.iter().position(|l| *l == "【原稿】").unwrap();
        let printed = lines.iter().position(|l| *l == "【采用稿】").unwrap();
        assert!(original < printed);
        assert_eq!(lines[lines.len() - 1], "2025年4月2日");
    });
}

#[test]
fn a_period_with_nothing_says_so_in_each_part() {
    crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
        let s = sheet(&units(), "区法院", quarter(), &[]);
        let out = text(&s, "办公室", d(4, 2));
        assert_eq!(out.matches("　　无。").count(), 3, "{out}");
    });
}
