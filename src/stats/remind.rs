//! 催报: the units that sent nothing in a period, those behind their
//! quota, and the commissions past their due date, as data and as a
//! notice ready to send.

use jiff::civil::Date;
use serde::Serialize;

use super::{Period, Table};
use crate::error::Result;
use crate::export::{Block, blocks_docx};
use crate::i18n::{Key, t, tf};
use crate::model::{Commission, format_date};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Units of the unit list with no item received in the period, in the
    /// list's order.
    pub silent: Vec<String>,
    /// Units that sent something, but fewer items than their quota for
    /// the period, in the statistics' order.
    pub behind: Vec<Behind>,
    /// Open commissions past their due date, the longest overdue first.
    pub late: Vec<LateCommission>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Behind {
    pub unit: String,
    pub submitted: usize,
    pub quota: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LateCommission {
    pub id: i64,
    pub unit: String,
    pub topic: String,
    pub due: Date,
    pub overdue_days: i32,
}

/// Who to chase, from the period's statistics and the commissions as of
/// `today`.
pub fn reminder(
    table: &Table,
    commissions: &[Commission],
    period: Period,
    today: Date,
) -> Reminder {
    let behind = table
        .rows
        .iter()
        .filter(|r| r.submitted > 0 && r.shortfall > 0)
        .filter_map(|r| {
            Some(Behind {
                unit: r.unit.clone(),
                submitted: r.submitted,
                quota: r.quota?,
            })
        })
        .collect();
    let mut late: Vec<LateCommission> = commissions
        .iter()
        .filter_map(|c| {
            Some(LateCommission {
                id: c.id.0,
                unit: c.unit.clone(),
                topic: c.topic.clone(),
                due: c.due,
                overdue_days: c.lateness(today).overdue_days()?,
            })
        })
        .collect();
    late.sort_by(|a, b| b.overdue_days.cmp(&a.overdue_days).then(a.id.cmp(&b.id)));
    Reminder {
        from: period.from,
        to: period.to,
        silent: table.silent.clone(),
        behind,
        late,
    }
}

/// The 催报 notice in its parts, so that text and Word say the same: the
/// title, the addressees, what is missing and what to do, then the office
/// and the date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub title: String,
    pub to: String,
    pub body: Vec<String>,
    pub office: String,
    pub date: String,
}

pub fn notice_parts(r: &Reminder, office: &str, period: Period, today: Date) -> Notice {
    let separator = t(Key::ListSeparator);
    let mut body = Vec::new();
    if !r.silent.is_empty() {
        body.push(tf(
            Key::RemindSilent,
            &[&period.label(), &r.silent.join(separator)],
        ));
    }
    if !r.behind.is_empty() {
        let behind: Vec<String> = r
            .behind
            .iter()
            .map(|b| tf(Key::RemindBehindOne, &[&b.unit, &b.submitted, &b.quota]))
            .collect();
        body.push(tf(Key::RemindBehind, &[&behind.join(separator)]));
    }
    if !r.late.is_empty() {
        let late: Vec<String> = r
            .late
            .iter()
            .map(|c| {
                tf(
                    Key::RemindLateOne,
                    &[&c.unit, &c.topic, &format_date(c.due), &c.overdue_days],
                )
            })
            .collect();
        body.push(tf(Key::RemindLate, &[&late.join(separator)]));
    }
    if body.is_empty() {
        body.push(tf(Key::RemindNothing, &[&period.label()]));
    } else {
        body.push(t(Key::RemindAsk).to_string());
    }
    Notice {
        title: t(Key::RemindTitle).to_string(),
        to: t(Key::RemindTo).to_string(),
        body,
        office: office.to_string(),
        date: format_date(today),
    }
}

/// The notice for Word, set as a 通知: the addressees flush left, the body
/// indented, a line, then the office and the date at the right.
pub fn notice_blocks(n: &Notice) -> Vec<Block> {
    let mut blocks = vec![Block::Title(n.title.clone()), Block::Plain(n.to.clone())];
    blocks.extend(n.body.iter().cloned().map(Block::Body));
    blocks.extend([
        Block::Gap,
        Block::Right(n.office.clone()),
        Block::Right(n.date.clone()),
    ]);
    blocks
}

/// The notice as a Word file (.docx).
pub fn notice_docx(n: &Notice) -> Result<Vec<u8>> {
    blocks_docx(&n.title, &n.office, &notice_blocks(n))
}

/// The notice as text in the form of a 通知: paragraphs open with two
/// full-width spaces, as a 通知 is set, and a blank line parts the body
/// from the office and the date.
pub fn notice(r: &Reminder, office: &str, period: Period, today: Date) -> String {
    let n = notice_parts(r, office, period, today);
    let mut out = format!("{}\n{}\n", n.title, n.to);
    for paragraph in &n.body {
        out.push_str(&format!("\u{3000}\u{3000}{paragraph}\n"));
    }
    out.push_str(&format!("\n{}\n{}\n", n.office, n.date));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CommissionId, CommissionState, ItemId, Kind, Unit, UnitList};
    use crate::settings::ScoringSettings;
    use crate::stats::{Fate, StatInput, StatItem, compute};

    fn d(m: i8, day: i8) -> Date {
        Date::new(2025, m, day).unwrap()
    }

    fn units(names: &[&str]) -> UnitList {
        UnitList {
            units: names.iter().map(|n| Unit::named(n, &[])).collect(),
        }
    }

    fn commission(id: i64, unit: &str, due: Date, state: CommissionState) -> Commission {
        Commission {
            id: CommissionId(id),
            unit: unit.into(),
            topic: format!("专题{id}"),
            due,
            note: String::new(),
            created: d(1, 2),
            state,
        }
    }

    #[test]
    fn the_silent_units_in_list_order_and_the_overdue_longest_first() {
        let list = units(&["峡窝镇", "矿山街道", "区法院", "区教育局"]);
        let period = Period {
            from: Some(d(1, 1)),
            to: Some(d(3, 31)),
        };
        let sent =
            |unit: &str, day: Date| StatItem::new(0, &[unit], day, Fate::Adopted(Kind::Article));
        // 区法院 sent only before the period; 区教育局 on its last day.
        let items = [
            sent("矿山街道", d(2, 3)),
            sent("区法院", Date::new(2024, 12, 31).unwrap()),
            sent("区教育局", d(3, 31)),
        ];
        let today = d(4, 10);
        let input = StatInput {
            items: items.to_vec(),
            commissions: Vec::new(),
            units: list,
        };
        let table = compute(&input, period, &ScoringSettings::default(), today);
        let commissions = [
            commission(1, "区法院", d(4, 9), CommissionState::Open),
            commission(2, "峡窝镇", d(3, 1), CommissionState::Open),
            commission(3, "矿山街道", d(4, 10), CommissionState::Open),
            commission(
                4,
                "区教育局",
                d(3, 1),
                CommissionState::Answered {
                    item: ItemId(9),
                    on: d(3, 5),
                },
            ),
            commission(5, "区教育局", d(3, 1), CommissionState::Cancelled),
        ];
        let r = reminder(&table, &commissions, period, today);
        assert_eq!(r.silent, ["峡窝镇", "区法院"]);
        let late: Vec<(i64, i32)> = r.late.iter().map(|c| (c.id, c.overdue_days)).collect();
        assert_eq!(
            late,
            [(2, 40), (1, 1)],
            "due today is not late; answered and cancelled are not chased"
        );

        let text = crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
            notice(&r, "中共上街区委办公室", period, today)
        });
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "关于报送信息的提示");
        assert_eq!(lines[1], "各单位：");
        assert_eq!(
            lines[2],
            "\u{3000}\u{3000}2025年1月1日—2025年3月31日，以下单位未报送信息：峡窝镇、区法院。"
        );
        assert_eq!(
            lines[3],
            "\u{3000}\u{3000}以下约稿已逾期：峡窝镇《专题2》（应于2025年3月1日前报送，已逾期 40 天）、区法院《专题1》（应于2025年4月9日前报送，已逾期 1 天）。"
        );
        assert_eq!(
            &lines[lines.len() - 2..],
            ["中共上街区委办公室", "2025年4月10日"]
        );
    }

    #[test]
    fn a_quarter_with_nothing_to_chase_says_so() {
        let list = units(&["矿山街道"]);
        let period = Period {
            from: Some(d(1, 1)),
            to: Some(d(3, 31)),
        };
        let input = StatInput {
            items: vec![StatItem::new(0, &["矿山街道"], d(1, 5), Fate::NotUsed)],
            commissions: Vec::new(),
            units: list,
        };
        let table = compute(&input, period, &ScoringSettings::default(), d(4, 1));
        let r = reminder(&table, &[], period, d(4, 1));
        assert!(r.silent.is_empty() && r.behind.is_empty() && r.late.is_empty());
        let text = crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
            notice(&r, "办公室", period, d(4, 1))
        });
        assert!(
            text.contains("各单位均已报送信息、达到定额，没有逾期的约稿"),
            "{text}"
        );
        assert!(!text.contains("请上述单位"), "{text}");
    }

    #[test]
    fn units_that_sent_less_than_their_quota_are_chased_too() {
        let mut list = units(&["峡窝镇", "矿山街道", "区法院"]);
        list.units[0].quota = Some(3);
        list.units[1].quota = Some(1);
        list.units[2].quota = Some(2);
        let period = Period::quarter_of(d(2, 1));
        let input = StatInput {
            // 峡窝镇 sent 1 of 3; 矿山街道 1 of 1; 区法院 none, named silent.
            items: vec![
                StatItem::new(1, &["峡窝镇"], d(1, 5), Fate::Pending),
                StatItem::new(2, &["矿山街道"], d(1, 6), Fate::Pending),
            ],
            commissions: Vec::new(),
            units: list,
        };
        let table = compute(&input, period, &ScoringSettings::default(), d(3, 1));
        let r = reminder(&table, &[], period, d(3, 1));
        assert_eq!(r.silent, ["区法院"]);
        assert_eq!(
            r.behind,
            [Behind {
                unit: "峡窝镇".into(),
                submitted: 1,
                quota: 3
            }]
        );
        let text = crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
            notice(&r, "办公室", period, d(3, 1))
        });
        assert!(
            text.contains("以下单位报送未达定额：峡窝镇（已报送 1 条，定额 3 条）。"),
            "{text}"
        );
    }

    #[test]
    fn the_notice_in_word_is_set_as_a_tongzhi() {
        let r = Reminder {
            from: Some(d(1, 1)),
            to: Some(d(3, 31)),
            silent: vec!["峡窝镇".into()],
            behind: vec![],
            late: vec![],
        };
        let period = Period {
            from: r.from,
            to: r.to,
        };
        let parts = crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
            notice_parts(&r, "中共上街区委办公室", period, d(4, 10))
        });
        let xml = crate::export::blocks_document_xml(&notice_blocks(&parts));
        assert!(xml.contains(">关于报送信息的提示</w:t>"));
        assert!(xml.contains(
            "<w:jc w:val=\"left\"/></w:pPr><w:r><w:t xml:space=\"preserve\">各单位：</w:t>"
        ));
        assert!(
            xml.contains("<w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">2025年1月1日—2025年3月31日，以下单位未报送信息：峡窝镇。"),
            "{xml}"
        );
        for end in ["中共上街区委办公室", "2025年4月10日"] {
            assert!(
                xml.contains(&format!(
                    "<w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">{end}</w:t>"
                )),
                "{end}: {xml}"
            );
        }
    }
}
