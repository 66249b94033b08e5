//! 催报: the units that sent nothing in a period and the commissions past
//! their due date, as data and as a notice ready to send.

use jiff::civil::Date;
use serde::Serialize;

use super::{Period, Table};
use crate::i18n::{Key, t, tf};
use crate::model::{Commission, UnitList, format_date};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Units of the unit list with no item received in the period, in the
    /// list's order.
    pub silent: Vec<String>,
    /// Open commissions past their due date, the longest overdue first.
    pub late: Vec<LateCommission>,
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
    units: &UnitList,
    commissions: &[Commission],
    period: Period,
    today: Date,
) -> Reminder {
    let sent = |name: &str| table.rows.iter().any(|r| r.unit == name && r.submitted > 0);
    let silent = units
        .units
        .iter()
        .map(|u| u.name.clone())
        .filter(|name| !sent(name))
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
        silent,
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
    use crate::model::{CommissionId, CommissionState, ItemId, Kind, Unit};
    use crate::settings::StatsSettings;
    use crate::stats::{Fate, StatItem, compute};

    fn d(m: i8, day: i8) -> Date {
        Date::new(2025, m, day).unwrap()
    }

    fn units(names: &[&str]) -> UnitList {
        UnitList {
            units: names
                .iter()
                .map(|n| Unit {
                    name: n.to_string(),
                    aliases: vec![],
                })
                .collect(),
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
        let sent = |unit: &str, day: Date| StatItem {
            sources: vec![unit.into()],
            received: day,
            fate: Fate::Adopted(Kind::Article),
        };
        // 区法院 sent only before the period; 区教育局 on its last day.
        let items = [
            sent("矿山街道", d(2, 3)),
            sent("区法院", Date::new(2024, 12, 31).unwrap()),
            sent("区教育局", d(3, 31)),
        ];
        let table = compute(&items, &list, period, &StatsSettings::default());
        let today = d(4, 10);
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
        let r = reminder(&table, &list, &commissions, period, today);
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
        let items = [StatItem {
            sources: vec!["矿山街道".into()],
            received: d(1, 5),
            fate: Fate::NotUsed,
        }];
        let table = compute(&items, &list, period, &StatsSettings::default());
        let r = reminder(&table, &list, &[], period, d(4, 1));
        assert!(r.silent.is_empty() && r.late.is_empty());
        let text = crate::i18n::with_lang(crate::i18n::Lang::Zh, || {
            notice(&r, "办公室", period, d(4, 1))
        });
        assert!(
            text.contains("各单位均已报送信息，没有逾期的约稿"),
            "{text}"
        );
        assert!(!text.contains("请上述单位"), "{text}");
    }
}
