//! 信息采用统计: how many items each unit sent and how many were used, with
//! points for a ranking, as a quarterly 通报 reports them. Pure.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::i18n::{Key, t, tf};
use crate::layout::{Metric, pad, pad_left};
use crate::model::{Kind, UnitList, format_date};
use crate::settings::StatsSettings;

/// One item, as the statistics see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatItem {
    pub sources: Vec<String>,
    pub received: Date,
    /// The date of the final issue that published it, and as what.
    pub published: Option<(Date, Kind)>,
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
    /// Adopted ÷ submitted (0 when nothing was submitted).
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

/// Counts per unit. "Submitted" counts items received in the period;
/// "adopted", items published in a final issue dated in the period. An item
/// from two units counts for each. Every unit of the list appears, also
/// those that sent nothing; names are made canonical through the list.
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
    for item in items {
        let submitted = period.contains(item.received);
        let adopted = item
            .published
            .filter(|(d, _)| period.contains(*d))
            .map(|(_, k)| k);
        if !submitted && adopted.is_none() {
            continue;
        }
        let count = |row: &mut Row| {
            row.submitted += usize::from(submitted);
            match adopted {
                Some(Kind::Article) => row.adopted_articles += 1,
                Some(Kind::Brief) => row.adopted_briefs += 1,
                None => {}
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

/// Comma-separated, with a header, for a spreadsheet.
pub fn csv(table: &Table) -> String {
    let mut out =
        String::from("rank,unit,submitted,adopted_articles,adopted_briefs,adopted,rate,score\n");
    for r in &table.rows {
        out.push_str(&format!(
            "{},{},{},{},{},{},{:.4},{}\n",
            r.rank,
            r.unit,
            r.submitted,
            r.adopted_articles,
            r.adopted_briefs,
            r.adopted,
            r.rate,
            r.score
        ));
    }
    let t = &table.total;
    out.push_str(&format!(
        ",{},{},{},{},{},{:.4},{}\n",
        t.unit, t.submitted, t.adopted_articles, t.adopted_briefs, t.adopted, t.rate, t.score
    ));
    out
}

/// The column names, in the interface language.
fn header() -> [&'static str; 8] {
    [
        t(Key::StatsRank),
        t(Key::ColUnit),
        t(Key::StatsSubmitted),
        t(Key::StatsArticles),
        t(Key::StatsBriefs),
        t(Key::StatsAdopted),
        t(Key::StatsRate),
        t(Key::StatsScore),
    ]
}

/// The table for a terminal: columns aligned by display width.
pub fn aligned(table: &Table, metric: Metric) -> String {
    let w = |s: &str, n: usize| pad(s, n, metric);
    let n = |s: &str, n: usize| pad_left(s, n, metric);
    let header = header();
    let mut out = format!(
        "{} {} {} {} {} {} {} {}\n",
        n(header[0], 4),
        w(header[1], 18),
        n(header[2], 8),
        n(header[3], 8),
        n(header[4], 8),
        n(header[5], 8),
        n(header[6], 8),
        n(header[7], 6)
    );
    for r in table.rows.iter().chain(std::iter::once(&table.total)) {
        let rank = if r.rank == 0 {
            String::new()
        } else {
            r.rank.to_string()
        };
        out.push_str(&format!(
            "{} {} {} {} {} {} {} {}\n",
            n(&rank, 4),
            w(&r.unit, 18),
            n(&r.submitted.to_string(), 8),
            n(&r.adopted_articles.to_string(), 8),
            n(&r.adopted_briefs.to_string(), 8),
            n(&r.adopted.to_string(), 8),
            n(&percent(r.rate), 8),
            n(&points(r.score), 6)
        ));
    }
    out
}

/// A quarterly 通报: a title, the period, the table with its columns
/// separated by tabs (Word and WPS turn that into a table: 文本转换成表格),
/// and how it was counted.
pub fn report(table: &Table, series: &str, period: Period, settings: &StatsSettings) -> String {
    let mut out = tf(Key::StatsReportTitle, &[&series]);
    out.push('\n');
    out.push_str(&format!("（{}）\n\n", period.label()));
    let header = header();
    out.push_str(&header.join("\t"));
    out.push('\n');
    for r in table.rows.iter().chain(std::iter::once(&table.total)) {
        let rank = if r.rank == 0 {
            String::new()
        } else {
            r.rank.to_string()
        };
        let cells = [
            rank,
            r.unit.clone(),
            r.submitted.to_string(),
            r.adopted_articles.to_string(),
            r.adopted_briefs.to_string(),
            r.adopted.to_string(),
            percent(r.rate),
            points(r.score),
        ];
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&tf(
        Key::StatsReportNote,
        &[&settings.article_points, &settings.brief_points],
    ));
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

    fn item(units: &[&str], received: Date, published: Option<(Date, Kind)>) -> StatItem {
        StatItem {
            sources: units.iter().map(|s| s.to_string()).collect(),
            received,
            published,
        }
    }

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

    #[test]
    fn counts_rates_scores_and_ranks() {
        let q3 = Period::quarter_of(d(8, 14));
        assert_eq!((q3.from, q3.to), (Some(d(7, 1)), Some(d(9, 30))));
        let items = [
            item(&["矿山街道"], d(7, 5), Some((d(7, 20), Kind::Article))),
            item(&["矿山街道"], d(7, 6), None),
            item(&["宣传部"], d(8, 1), Some((d(8, 14), Kind::Brief))),
            item(
                &["区委宣传部", "矿山街道"],
                d(8, 2),
                Some((d(8, 14), Kind::Brief)),
            ),
            item(&["区新设局"], d(9, 1), None),
            // Received in June, published in July: adopted in Q3, not submitted in it.
            item(&["区委宣传部"], d(6, 28), Some((d(7, 3), Kind::Article))),
            // Outside the quarter entirely.
            item(&["区法院"], d(10, 1), Some((d(10, 9), Kind::Article))),
        ];
        let table = compute(&items, &units(), q3, &StatsSettings::default());
        let row = |u: &str| table.rows.iter().find(|r| r.unit == u).unwrap().clone();
        let ks = row("矿山街道");
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
        let xc = row("区委宣传部");
        assert_eq!(
            (xc.submitted, xc.adopted_articles, xc.adopted_briefs),
            (2, 1, 2),
            "宣传部 is 区委宣传部"
        );
        assert_eq!(xc.score, 2.0);
        assert_eq!(
            row("区法院").submitted,
            0,
            "a unit that sent nothing is listed"
        );
        assert_eq!(
            row("区新设局").submitted,
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
                ("区委宣传部", 1),
                ("矿山街道", 2),
                ("区新设局", 3),
                ("区法院", 3)
            ]
        );
        assert_eq!(
            (table.total.submitted, table.total.adopted),
            (5, 4),
            "the total counts an item once"
        );
        let csv = csv(&table);
        assert!(
            csv.lines()
                .nth(1)
                .unwrap()
                .starts_with("1,区委宣传部,2,1,2,3,1.5000,2"),
            "{csv}"
        );
        let report = report(&table, "上街信息", q3, &StatsSettings::default());
        assert!(
            report.contains("2023年7月1日—2023年9月30日")
                && report.contains("区委宣传部\t2\t1\t2\t3\t150.0%\t2.0"),
            "{report}"
        );
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
