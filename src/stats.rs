//! 信息采用统计: how many items each unit sent and how many were used, with
//! points for a ranking, as a quarterly 通报 reports them. Pure.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::i18n::{Key, t, tf};
use crate::layout::{Metric, pad, pad_left, str_width};
use crate::model::{Kind, UnitList, format_date};
use crate::settings::StatsSettings;

mod remind;
pub use remind::{LateCommission, Notice, Reminder, notice, notice_parts, reminder};

/// One item, as the statistics see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatItem {
    pub sources: Vec<String>,
    pub received: Date,
    /// What became of it, as of the report.
    pub fate: Fate,
}

/// What became of an item. Only its receipt places it in a period, so the
/// date it was published does not matter: an item received at the end of a
/// quarter and published early in the next is adopted in the quarter that
/// received it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Published in a final issue (of the series counted), printed as this.
    Adopted(Kind),
    /// Not decided yet — new, accepted, held, or placed in a draft — so it
    /// may still be used.
    Pending,
    /// Rejected, or published in another series than the one counted.
    NotUsed,
}

/// Both ends included; `None` is open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Period {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Period {
    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d <= t)
    }

    /// The quarter `date` falls in.
    pub fn quarter_of(date: Date) -> Period {
        let first = (date.month() - 1) / 3 * 3 + 1;
        let from = Date::new(date.year(), first, 1).ok();
        let to = from
            .and_then(|f| f.checked_add(jiff::Span::new().months(3)).ok())
            .and_then(|d| d.yesterday().ok());
        Period { from, to }
    }

    /// This quarter up to `today`: what `remind` and `feedback` look at
    /// unless told otherwise.
    pub fn quarter_to(today: Date) -> Period {
        Period {
            to: Some(today),
            ..Period::quarter_of(today)
        }
    }

    /// The quarter before this one (for a quarter).
    pub fn previous_quarter(&self) -> Period {
        self.from
            .and_then(|f| f.yesterday().ok())
            .map_or(*self, Period::quarter_of)
    }

    pub fn year_of(date: Date) -> Period {
        Period {
            from: Date::new(date.year(), 1, 1).ok(),
            to: Date::new(date.year(), 12, 31).ok(),
        }
    }

    /// 2023年7月1日—2023年9月30日, or 全部.
    pub fn label(&self) -> String {
        match (self.from, self.to) {
            (None, None) => t(Key::PeriodAll).to_string(),
            (f, to) => format!(
                "{}—{}",
                f.map(format_date).unwrap_or_default(),
                to.map(format_date).unwrap_or_default()
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub unit: String,
    pub submitted: usize,
    pub adopted_articles: usize,
    pub adopted_briefs: usize,
    pub adopted: usize,
    /// Submitted and not decided yet: part of `submitted`, not of `adopted`.
    pub pending: usize,
    /// Adopted ÷ submitted (0 when nothing was submitted), both over the
    /// same items, so never above 1.
    pub rate: f64,
    pub score: f64,
    /// 1 for the highest score; units with equal scores share a rank.
    pub rank: usize,
}

impl Row {
    fn new(unit: &str) -> Row {
        Row {
            unit: unit.to_string(),
            submitted: 0,
            adopted_articles: 0,
            adopted_briefs: 0,
            adopted: 0,
            pending: 0,
            rate: 0.0,
            score: 0.0,
            rank: 0,
        }
    }

    fn finish(&mut self, points: &StatsSettings) {
        self.adopted = self.adopted_articles + self.adopted_briefs;
        self.rate = if self.submitted == 0 {
            0.0
        } else {
            self.adopted as f64 / self.submitted as f64
        };
        self.score = self.adopted_articles as f64 * points.article_points
            + self.adopted_briefs as f64 * points.brief_points;
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub rows: Vec<Row>,
    pub total: Row,
}

/// Counts per unit over the items received in the period: each is
/// submitted, and adopted, pending or not used by its fate. A rate over
/// items published in the period instead would divide by a different set
/// than it counts, and could pass 100 %. An item from two units counts for
/// each. Every unit of the list appears, also those that sent nothing;
/// names are made canonical through the list.
pub fn compute(
    items: &[StatItem],
    units: &UnitList,
    period: Period,
    points: &StatsSettings,
) -> Table {
    let mut rows: BTreeMap<String, Row> = units
        .units
        .iter()
        .map(|u| (u.name.clone(), Row::new(&u.name)))
        .collect();
    let mut total = Row::new(t(Key::StatsTotal));
    for item in items.iter().filter(|i| period.contains(i.received)) {
        let count = |row: &mut Row| {
            row.submitted += 1;
            match item.fate {
                Fate::Adopted(Kind::Article) => row.adopted_articles += 1,
                Fate::Adopted(Kind::Brief) => row.adopted_briefs += 1,
                Fate::Pending => row.pending += 1,
                Fate::NotUsed => {}
            }
        };
        count(&mut total);
        for source in &item.sources {
            let name = units.canonical(source).unwrap_or(source);
            count(
                rows.entry(name.to_string())
                    .or_insert_with(|| Row::new(name)),
            );
        }
    }
    let mut rows: Vec<Row> = rows.into_values().collect();
    for row in &mut rows {
        row.finish(points);
    }
    total.finish(points);
    // Highest score first; then more used, more sent, and by name.
    rows.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.adopted.cmp(&a.adopted))
            .then(b.submitted.cmp(&a.submitted))
            .then(a.unit.cmp(&b.unit))
    });
    let mut rank = 0;
    let mut last = f64::NAN;
    for (i, row) in rows.iter_mut().enumerate() {
        if row.score != last {
            rank = i + 1;
            last = row.score;
        }
        row.rank = rank;
    }
    Table { rows, total }
}

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

fn points(score: f64) -> String {
    format!("{score:.1}")
}

/// Comma-separated, with a header, for a spreadsheet. `pending` comes last
/// so that the columns spreadsheets already read keep their places.
pub fn csv(table: &Table) -> String {
    let mut out = String::from(
        "rank,unit,submitted,adopted_articles,adopted_briefs,adopted,rate,score,pending\n",
    );
    for r in &table.rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{:.4},{},{}\n",
            r.rank,
            r.unit,
            r.submitted,
            r.adopted_articles,
            r.adopted_briefs,
            r.adopted,
            r.rate,
            r.score,
            r.pending
        ));
    }
    let t = &table.total;
    out.push_str(&format!(
        ",{},{},{},{},{},{:.4},{},{}\n",
        t.unit,
        t.submitted,
        t.adopted_articles,
        t.adopted_briefs,
        t.adopted,
        t.rate,
        t.score,
        t.pending
    ));
    out
}

/// The column names, in the interface language. 待定 comes just before
/// 采用率, so that a reader sees what may still raise it.
fn header() -> [String; 9] {
    [
        Key::StatsRank,
        Key::ColUnit,
        Key::StatsSubmitted,
        Key::StatsArticles,
        Key::StatsBriefs,
        Key::StatsAdopted,
        Key::StatsPending,
        Key::StatsRate,
        Key::StatsScore,
    ]
    .map(|k| t(k).to_string())
}

/// One row's cells, in the order of `header`; the total has no rank.
fn cells(r: &Row) -> [String; 9] {
    [
        if r.rank == 0 {
            String::new()
        } else {
            r.rank.to_string()
        },
        r.unit.clone(),
        r.submitted.to_string(),
        r.adopted_articles.to_string(),
        r.adopted_briefs.to_string(),
        r.adopted.to_string(),
        r.pending.to_string(),
        percent(r.rate),
        points(r.score),
    ]
}

/// The header, the units and the total: the same cells for the terminal
/// and the report.
fn lines(table: &Table) -> Vec<[String; 9]> {
    std::iter::once(header())
        .chain(
            table
                .rows
                .iter()
                .chain(std::iter::once(&table.total))
                .map(cells),
        )
        .collect()
}

/// The widest a unit's name is shown in the terminal, so that one long
/// name does not push the numbers off a narrow screen.
const UNIT_WIDTH: usize = 18;

/// The table for a terminal, units left-aligned and numbers right-aligned.
/// Each column is only as wide as its widest cell, so that the table fits a
/// terminal of 80 columns (and the workstation's overlay in it).
pub fn aligned(table: &Table, metric: Metric) -> String {
    let lines = lines(table);
    let mut widths = [0; 9];
    for line in &lines {
        for (w, cell) in widths.iter_mut().zip(line) {
            *w = (*w).max(str_width(cell, metric));
        }
    }
    widths[1] = widths[1].min(UNIT_WIDTH);
    let mut out = String::new();
    for line in &lines {
        let cells: Vec<String> = line
            .iter()
            .zip(widths)
            .enumerate()
            .map(|(i, (cell, w))| {
                if i == 1 {
                    pad(cell, w, metric)
                } else {
                    pad_left(cell, w, metric)
                }
            })
            .collect();
        out.push_str(&cells.join(" "));
        out.push('\n');
    }
    out
}

/// What the terminal table prints under it: how the rate is taken, and the
/// day the fates were read, since a pending item may be used later.
pub fn footnote(as_of: Date) -> String {
    format!(
        "{}\n{}",
        t(Key::StatsRule),
        tf(Key::StatsAsOf, &[&format_date(as_of)])
    )
}

/// A quarterly 通报 in its parts, so that text and Word set the same words
/// and figures: the title, the period, the table (header, a row per unit,
/// the total) and how it was counted, as of `as_of`.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub title: String,
    /// （2023年7月1日—2023年9月30日）
    pub period: String,
    pub rows: Vec<Vec<String>>,
    pub note: String,
}

pub fn report_parts(
    table: &Table,
    series: &str,
    period: Period,
    as_of: Date,
    settings: &StatsSettings,
) -> Report {
    Report {
        title: tf(Key::StatsReportTitle, &[&series]),
        period: format!("（{}）", period.label()),
        rows: lines(table).into_iter().map(Vec::from).collect(),
        note: tf(
            Key::StatsReportNote,
            &[
                &format_date(as_of),
                &settings.article_points,
                &settings.brief_points,
            ],
        ),
    }
}

/// The 通报 as text, the table's columns separated by tabs (Word and WPS
/// turn that into a table: 文本转换成表格).
pub fn report(
    table: &Table,
    series: &str,
    period: Period,
    as_of: Date,
    settings: &StatsSettings,
) -> String {
    let r = report_parts(table, series, period, as_of, settings);
    let mut out = format!("{}\n{}\n\n", r.title, r.period);
    for row in &r.rows {
        out.push_str(&row.join("\t"));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&r.note);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Unit;

    fn d(m: i8, day: i8) -> Date {
        Date::new(2023, m, day).unwrap()
    }

    fn item(units: &[&str], received: Date, fate: Fate) -> StatItem {
        StatItem {
            sources: units.iter().map(|s| s.to_string()).collect(),
            received,
            fate,
        }
    }

    const ARTICLE: Fate = Fate::Adopted(Kind::Article);
    const BRIEF: Fate = Fate::Adopted(Kind::Brief);

    fn units() -> UnitList {
        UnitList {
            units: vec![
                Unit {
                    name: "区委宣传部".into(),
                    aliases: vec!["宣传部".into()],
                },
                Unit {
                    name: "矿山街道".into(),
                    aliases: vec![],
                },
                Unit {
                    name: "区法院".into(),
                    aliases: vec![],
                },
            ],
        }
    }

    fn row(table: &Table, unit: &str) -> Row {
        table.rows.iter().find(|r| r.unit == unit).unwrap().clone()
    }

    #[test]
    fn counts_rates_scores_and_ranks() {
        let q3 = Period::quarter_of(d(8, 14));
        assert_eq!((q3.from, q3.to), (Some(d(7, 1)), Some(d(9, 30))));
        let items = [
            item(&["矿山街道"], d(7, 5), ARTICLE),
            item(&["矿山街道"], d(7, 6), Fate::Pending),
            item(&["宣传部"], d(8, 1), BRIEF),
            item(&["区委宣传部", "矿山街道"], d(8, 2), BRIEF),
            item(&["区新设局"], d(9, 1), Fate::Pending),
            // Received in June, published in July: it counts in Q2, not Q3.
            item(&["区委宣传部"], d(6, 28), ARTICLE),
            // Outside the quarter entirely.
            item(&["区法院"], d(10, 1), ARTICLE),
        ];
        let table = compute(&items, &units(), q3, &StatsSettings::default());
        let ks = row(&table, "矿山街道");
        assert_eq!(
            (
                ks.submitted,
                ks.adopted_articles,
                ks.adopted_briefs,
                ks.adopted
            ),
            (3, 1, 1, 2)
        );
        assert_eq!((ks.score, ks.rate), (1.5, 2.0 / 3.0));
        let xc = row(&table, "区委宣传部");
        assert_eq!(
            (xc.submitted, xc.adopted_articles, xc.adopted_briefs),
            (2, 0, 2),
            "宣传部 is 区委宣传部"
        );
        assert_eq!((xc.score, xc.rate), (1.0, 1.0));
        assert_eq!(
            row(&table, "区法院").submitted,
            0,
            "a unit that sent nothing is listed"
        );
        assert_eq!(
            row(&table, "区新设局").submitted,
            1,
            "a unit not in the list is kept as written"
        );
        assert_eq!(
            table
                .rows
                .iter()
                .map(|r| (r.unit.as_str(), r.rank))
                .collect::<Vec<_>>(),
            [
                ("矿山街道", 1),
                ("区委宣传部", 2),
                ("区新设局", 3),
                ("区法院", 3)
            ]
        );
        assert_eq!(
            (table.total.submitted, table.total.adopted),
            (5, 3),
            "the total counts an item once"
        );
        let csv = csv(&table);
        assert!(
            csv.lines()
                .nth(1)
                .unwrap()
                .starts_with("1,矿山街道,3,1,1,2,0.6667,1.5"),
            "{csv}"
        );
        let report = report(&table, "上街信息", q3, d(11, 2), &StatsSettings::default());
        assert!(
            report.contains("2023年7月1日—2023年9月30日")
                && report.contains("区委宣传部\t2\t0\t2\t2\t0\t100.0%\t1.0"),
            "{report}"
        );
    }

    #[test]
    fn every_format_shows_pending_and_states_the_rule() {
        let items = [
            item(&["区法院"], d(4, 3), ARTICLE),
            item(&["区法院"], d(4, 4), Fate::Pending),
        ];
        let q2 = Period::quarter_of(d(4, 1));
        let table = compute(&items, &units(), q2, &StatsSettings::default());
        let report = report(&table, "上街信息", q2, d(7, 10), &StatsSettings::default());
        assert!(
            report.contains("排名\t单位\t报送\t采用正文\t采用简讯\t采用合计\t待定\t采用率\t得分\n")
                && report.contains("\n1\t区法院\t2\t1\t0\t1\t1\t50.0%\t1.0\n")
                && report.contains("\n\t合计\t2\t1\t0\t1\t1\t50.0%\t1.0\n")
                && report.contains("截至2023年7月10日")
                && report.contains("采用率 = 采用合计 ÷ 报送"),
            "{report}"
        );
        let text = aligned(&table, Metric::NarrowAmbiguous);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "排名 单位       报送 采用正文 采用简讯 采用合计 待定 采用率 得分"
        );
        assert_eq!(
            lines[1],
            "   1 区法院        2        1        0        1    1  50.0%  1.0"
        );
        assert!(
            footnote(d(7, 10)).contains("采用率 = 采用合计 ÷ 报送")
                && footnote(d(7, 10)).contains("截至2023年7月10日")
        );
        let csv = csv(&table);
        assert!(csv.starts_with("rank,unit,submitted,adopted_articles,adopted_briefs,adopted,rate,score,pending\n1,区法院,2,1,0,1,0.5000,1,1\n"), "{csv}");
    }

    #[test]
    fn an_item_counts_in_the_quarter_that_received_it() {
        let items = [
            // Received 30 March, published 2 April.
            item(&["矿山街道"], d(3, 30), ARTICLE),
            item(&["区法院"], d(4, 2), BRIEF),
        ];
        let q1 = Period::quarter_of(d(3, 1));
        let q2 = Period::quarter_of(d(4, 1));
        let count = |p: Period, unit: &str| {
            let r = row(
                &compute(&items, &units(), p, &StatsSettings::default()),
                unit,
            );
            (r.submitted, r.adopted_articles, r.adopted_briefs)
        };
        assert_eq!(count(q1, "矿山街道"), (1, 1, 0));
        assert_eq!(count(q2, "矿山街道"), (0, 0, 0), "adopted in Q1 only");
        assert_eq!(count(q1, "区法院"), (0, 0, 0));
        assert_eq!(count(q2, "区法院"), (1, 0, 1));
    }

    #[test]
    fn pending_items_are_submitted_and_counted_apart() {
        let items = [
            item(&["区法院"], d(4, 3), ARTICLE),
            item(&["区法院"], d(4, 4), Fate::Pending),
            item(&["区法院"], d(4, 5), Fate::NotUsed),
        ];
        let table = compute(
            &items,
            &units(),
            Period::quarter_of(d(4, 1)),
            &StatsSettings::default(),
        );
        let r = row(&table, "区法院");
        assert_eq!((r.submitted, r.adopted, r.pending), (3, 1, 1));
        assert_eq!(r.rate, 1.0 / 3.0, "pending and rejected items are sent");
        assert_eq!((table.total.submitted, table.total.pending), (3, 1));
    }

    #[test]
    fn items_from_an_earlier_quarter_do_not_count_as_adopted_now() {
        let items = [
            item(&["区委宣传部"], d(2, 10), ARTICLE),
            item(&["区委宣传部"], d(3, 31), BRIEF),
        ];
        let table = compute(
            &items,
            &units(),
            Period::quarter_of(d(4, 1)),
            &StatsSettings::default(),
        );
        let r = row(&table, "区委宣传部");
        assert_eq!(
            (r.submitted, r.adopted, r.rate, r.score),
            (0, 0, 0.0, 0.0),
            "no 采用 without 报送"
        );
        assert_eq!(table.total.adopted, 0);
    }

    proptest::proptest! {
        #[test]
        fn a_rate_is_over_the_items_it_counts(
            raw in proptest::collection::vec((0usize..3, 1i8..=12, 0u8..4), 0..40),
        ) {
            let names = ["区委宣传部", "矿山街道", "区法院"];
            let fates = [ARTICLE, BRIEF, Fate::Pending, Fate::NotUsed];
            let items: Vec<StatItem> = raw
                .iter()
                .map(|&(u, m, f)| item(&[names[u]], d(m, 15), fates[usize::from(f)]))
                .collect();
            let table = compute(&items, &units(), Period::quarter_of(d(5, 1)), &StatsSettings::default());
            for r in table.rows.iter().chain([&table.total]) {
                proptest::prop_assert!(r.adopted + r.pending <= r.submitted, "{r:?}");
                proptest::prop_assert!(r.rate <= 1.0, "{r:?}");
            }
        }
    }

    #[test]
    fn periods() {
        let q = Period::quarter_of(d(12, 31));
        assert_eq!((q.from, q.to), (Some(d(10, 1)), Some(d(12, 31))));
        let prev = q.previous_quarter();
        assert_eq!((prev.from, prev.to), (Some(d(7, 1)), Some(d(9, 30))));
        assert!(Period::default().contains(d(1, 1)));
        assert_eq!(Period::year_of(d(5, 5)).to, Some(d(12, 31)));
    }
}
