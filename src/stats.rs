//! 信息采用统计 and 考核: what each unit sent, what was used here and
//! above, the 批示 its items drew and the commissions it answered, turned
//! into points under the `[scoring]` rules and ranked within each unit
//! category, as a quarterly 通报 reports them. Pure: the store gathers the
//! [`StatInput`].

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::i18n::{Key, t};
use crate::model::{
    AdoptionLevel, Commission, CommissionState, ItemId, Kind, LeaderLevel, UnitList, format_date,
};
use crate::settings::ScoringSettings;

mod format;
mod points;
mod remind;
pub use format::{Report, Section, aligned, csv, explanation, footnote, report, report_parts};
pub use points::{Explanation, PointLine, Rule, explain};
pub use remind::{
    Behind, LateCommission, Notice, Reminder, notice, notice_blocks, notice_docx, notice_parts,
    reminder,
};

/// Everything the statistics read, as the store hands it over.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatInput {
    pub items: Vec<StatItem>,
    /// Every commission; those due in the period count.
    pub commissions: Vec<Commission>,
    pub units: UnitList,
}

/// One item, as the statistics see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatItem {
    pub id: ItemId,
    pub sources: Vec<String>,
    pub received: Date,
    /// What became of it, as of the report.
    pub fate: Fate,
    /// Each adoption by an upper level's bulletin, as of the report.
    pub adoptions: Vec<AdoptionLevel>,
    /// The level of each leader who wrote a 批示 on it.
    pub instructions: Vec<LeaderLevel>,
}

impl StatItem {
    /// An item with no adoption above and no 批示.
    pub fn new(id: i64, sources: &[&str], received: Date, fate: Fate) -> StatItem {
        StatItem {
            id: ItemId(id),
            sources: sources.iter().map(|s| s.to_string()).collect(),
            received,
            fate,
            adoptions: Vec::new(),
            instructions: Vec::new(),
        }
    }
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

    /// How many calendar quarters a closed period touches: a unit's quota
    /// is a quarter's, so a half year's is twice it. `None` when open.
    pub fn quarters(&self) -> Option<u32> {
        let index = |d: Date| i32::from(d.year()) * 4 + i32::from(d.month() - 1) / 3;
        let (from, to) = (self.from?, self.to?);
        u32::try_from(index(to) - index(from) + 1).ok()
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

/// Adoptions by an upper level's bulletin, counted by level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ByLevel {
    pub city: usize,
    pub province: usize,
    pub national: usize,
}

impl ByLevel {
    pub fn total(&self) -> usize {
        self.city + self.province + self.national
    }
}

/// 批示 counted by the leader's level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ByLeader {
    pub district: usize,
    pub city: usize,
    pub province: usize,
    pub national: usize,
}

impl ByLeader {
    pub fn total(&self) -> usize {
        self.district + self.city + self.province + self.national
    }
}

/// The commissions due in the period, by what became of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CommissionCounts {
    /// Answered, in time or late.
    pub answered: usize,
    /// Answered with an item that was used in our bulletin.
    pub used: usize,
    /// Answered after the due date.
    pub late: usize,
    /// Still open after the due date, as of the report.
    pub missed: usize,
}

impl CommissionCounts {
    fn add(&mut self, other: &CommissionCounts) {
        self.answered += other.answered;
        self.used += other.used;
        self.late += other.late;
        self.missed += other.missed;
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub unit: String,
    /// The unit's category in the unit table; `None` for a unit the
    /// table gives none, or does not know.
    pub category: Option<String>,
    pub submitted: usize,
    pub adopted_articles: usize,
    pub adopted_briefs: usize,
    pub adopted: usize,
    /// Submitted and not decided yet: part of `submitted`, not of `adopted`.
    pub pending: usize,
    /// Adopted ÷ submitted (0 when nothing was submitted), both over the
    /// same items, so never above 1.
    pub rate: f64,
    /// Adoptions above of the items received in the period.
    pub adoptions: ByLevel,
    /// 批示 on the items received in the period.
    pub instructions: ByLeader,
    pub commissions: CommissionCounts,
    /// The unit's quota for the period (its quarterly quota times the
    /// quarters the period touches); `None` when it has none or the period
    /// is open.
    pub quota: Option<u32>,
    /// Items short of the quota.
    pub shortfall: usize,
    /// The sum of the lines [`explain`] gives.
    pub points: f64,
    /// Within the unit's category: 1 for the most points; units with
    /// equal points share a rank. 0 for the total.
    pub rank: usize,
}

impl Row {
    fn new(unit: &str, category: Option<&str>) -> Row {
        Row {
            unit: unit.to_string(),
            category: category.map(String::from),
            submitted: 0,
            adopted_articles: 0,
            adopted_briefs: 0,
            adopted: 0,
            pending: 0,
            rate: 0.0,
            adoptions: ByLevel::default(),
            instructions: ByLeader::default(),
            commissions: CommissionCounts::default(),
            quota: None,
            shortfall: 0,
            points: 0.0,
            rank: 0,
        }
    }

    fn count(&mut self, item: &StatItem) {
        self.submitted += 1;
        match item.fate {
            Fate::Adopted(Kind::Article) => self.adopted_articles += 1,
            Fate::Adopted(Kind::Brief) => self.adopted_briefs += 1,
            Fate::Pending => self.pending += 1,
            Fate::NotUsed => {}
        }
        for level in &item.adoptions {
            match level {
                AdoptionLevel::City => self.adoptions.city += 1,
                AdoptionLevel::Province => self.adoptions.province += 1,
                AdoptionLevel::National => self.adoptions.national += 1,
            }
        }
        for level in &item.instructions {
            match level {
                LeaderLevel::District => self.instructions.district += 1,
                LeaderLevel::City => self.instructions.city += 1,
                LeaderLevel::Province => self.instructions.province += 1,
                LeaderLevel::National => self.instructions.national += 1,
            }
        }
    }

    fn finish(&mut self) {
        self.adopted = self.adopted_articles + self.adopted_briefs;
        self.rate = if self.submitted == 0 {
            0.0
        } else {
            self.adopted as f64 / self.submitted as f64
        };
        if let Some(quota) = self.quota {
            self.shortfall = (quota as usize).saturating_sub(self.submitted);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// By category (in the order the unit table first names them, units
    /// with none last), then by rank.
    pub rows: Vec<Row>,
    pub total: Row,
    /// The units of the unit table that sent nothing in the period, in
    /// the table's order: a 通报 names them.
    pub silent: Vec<String>,
}

/// Counts and points per unit over the items received in the period: each
/// is submitted, and adopted, pending or not used by its fate; its
/// adoptions above and its 批示 count with it, as of the report. A rate
/// over items published in the period instead would divide by a
/// different set than it counts, and could pass 100 %. An item from two
/// units counts for each. Commissions count in the period they are due
/// in, missed when still open after it as of `today`. Every unit of the
/// list appears, also those that sent nothing; names are made canonical
/// through the list.
pub fn compute(input: &StatInput, period: Period, rules: &ScoringSettings, today: Date) -> Table {
    let units = &input.units;
    let category = |name: &str| units.find(name).and_then(|u| u.category.as_deref());
    let mut rows: BTreeMap<String, Row> = units
        .units
        .iter()
        .map(|u| (u.name.clone(), Row::new(&u.name, u.category.as_deref())))
        .collect();
    let mut row_of = |written: &str| -> String {
        let name = units.canonical(written).unwrap_or(written).to_string();
        rows.entry(name.clone())
            .or_insert_with(|| Row::new(&name, category(&name)));
        name
    };
    let mut total = Row::new(t(Key::StatsTotal), None);
    let mut counted: Vec<(String, &StatItem)> = Vec::new();
    for item in input.items.iter().filter(|i| period.contains(i.received)) {
        total.count(item);
        for source in &item.sources {
            counted.push((row_of(source), item));
        }
    }
    let mut commissions: Vec<(String, CommissionCounts)> = Vec::new();
    for c in input.commissions.iter().filter(|c| period.contains(c.due)) {
        commissions.push((row_of(&c.unit), commission_counts(c, &input.items, today)));
    }
    for (name, item) in counted {
        if let Some(row) = rows.get_mut(&name) {
            row.count(item);
        }
    }
    for (name, counts) in commissions {
        if let Some(row) = rows.get_mut(&name) {
            row.commissions.add(&counts);
        }
    }
    let quarters = period.quarters();
    let mut rows: Vec<Row> = rows.into_values().collect();
    for row in &mut rows {
        row.quota = units
            .find(&row.unit)
            .and_then(|u| u.quota)
            .zip(quarters)
            .map(|(q, n)| q.saturating_mul(n));
        row.finish();
        row.points = explain(row, rules).points;
        total.commissions.add(&row.commissions);
        total.shortfall += row.shortfall;
        total.points += row.points;
    }
    total.finish();
    let silent = units
        .units
        .iter()
        .filter(|u| rows.iter().any(|r| r.unit == u.name && r.submitted == 0))
        .map(|u| u.name.clone())
        .collect();
    rank(&mut rows, &units.categories());
    Table {
        rows,
        total,
        silent,
    }
}

/// What one commission due in the period adds to its unit's counts.
fn commission_counts(c: &Commission, items: &[StatItem], today: Date) -> CommissionCounts {
    let mut counts = CommissionCounts::default();
    match c.state {
        CommissionState::Answered { item, on } => {
            counts.answered = 1;
            counts.late = usize::from(on > c.due);
            counts.used = usize::from(
                items
                    .iter()
                    .any(|i| i.id == item && matches!(i.fate, Fate::Adopted(_))),
            );
        }
        CommissionState::Open => counts.missed = usize::from(today > c.due),
        CommissionState::Cancelled => {}
    }
    counts
}

/// Sorts the rows by category, then most points first (more used, more
/// sent, and the name break ties), and ranks each category apart.
fn rank(rows: &mut [Row], categories: &[&str]) {
    let place = |r: &Row| {
        r.category
            .as_deref()
            .and_then(|c| categories.iter().position(|k| *k == c))
            .unwrap_or(categories.len())
    };
    rows.sort_by(|a, b| {
        place(a)
            .cmp(&place(b))
            .then(b.points.total_cmp(&a.points))
            .then(b.adopted.cmp(&a.adopted))
            .then(b.submitted.cmp(&a.submitted))
            .then(a.unit.cmp(&b.unit))
    });
    let mut rank = 0;
    let mut last: Option<(usize, f64)> = None;
    let mut first_of_category = 0;
    for (i, row) in rows.iter_mut().enumerate() {
        let key = (place(row), row.points);
        if last.is_none_or(|(p, _)| p != key.0) {
            first_of_category = i;
        }
        if last != Some(key) {
            rank = i - first_of_category + 1;
            last = Some(key);
        }
        row.rank = rank;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Metric;
    use crate::model::Unit;

    fn d(m: i8, day: i8) -> Date {
        Date::new(2023, m, day).unwrap()
    }

    fn item(units: &[&str], received: Date, fate: Fate) -> StatItem {
        StatItem::new(0, units, received, fate)
    }

    const ARTICLE: Fate = Fate::Adopted(Kind::Article);
    const BRIEF: Fate = Fate::Adopted(Kind::Brief);

    fn units() -> UnitList {
        UnitList {
            units: vec![
                Unit::named("区委宣传部", &["宣传部"]),
                Unit::named("矿山街道", &[]),
                Unit::named("区法院", &[]),
            ],
        }
    }

    /// The table over `items` with the default rules, as of 2023-11-02.
    fn table(items: &[StatItem], period: Period) -> Table {
        let input = StatInput {
            items: items.to_vec(),
            commissions: Vec::new(),
            units: units(),
        };
        compute(&input, period, &ScoringSettings::default(), d(11, 2))
    }

    fn row(table: &Table, unit: &str) -> Row {
        table.rows.iter().find(|r| r.unit == unit).unwrap().clone()
    }

    #[test]
    fn counts_rates_points_and_ranks() {
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
        let table = table(&items, q3);
        // 矿山街道: 3 sent × 0.5 + an article 2 + a brief 1 = 4.5.
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
        assert_eq!((ks.points, ks.rate), (4.5, 2.0 / 3.0));
        // 区委宣传部: 2 sent × 0.5 + two briefs 2 = 3.
        let xc = row(&table, "区委宣传部");
        assert_eq!(
            (xc.submitted, xc.adopted_articles, xc.adopted_briefs),
            (2, 0, 2),
            "宣传部 is 区委宣传部"
        );
        assert_eq!((xc.points, xc.rate), (3.0, 1.0));
        assert_eq!(
            row(&table, "区法院").submitted,
            0,
            "a unit that sent nothing is listed"
        );
        // 区新设局: 0.5 for the item sent; it is pending, so no rate is
        // judged yet.
        let new = row(&table, "区新设局");
        assert_eq!(
            (new.submitted, new.points, new.category),
            (1, 0.5, None),
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
                ("区法院", 4)
            ],
            "one item sent and pending ranks above nothing sent"
        );
        assert_eq!(
            (table.total.submitted, table.total.adopted),
            (5, 3),
            "the total counts an item once"
        );
        assert_eq!(table.silent, ["区法院"]);
        let csv = csv(&table);
        assert!(
            csv.lines()
                .nth(1)
                .unwrap()
                .starts_with("1,矿山街道,3,1,1,2,0.6667,4.5,1,,0,0,0,0,0,0,0,0,,0"),
            "{csv}"
        );
        let report = report(
            &table,
            "上街信息",
            q3,
            d(11, 2),
            &ScoringSettings::default(),
        );
        assert!(
            report.contains("2023年7月1日—2023年9月30日")
                && report
                    .contains("\n2\t区委宣传部\t2\t0\t2\t0\t100.0%\t0\t0\t0\t0\t0/0/0\t0\t3.0\n"),
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
        let table = table(&items, q2);
        let report = report(
            &table,
            "上街信息",
            q2,
            d(7, 10),
            &ScoringSettings::default(),
        );
        // 区法院: 2 × 0.5 + an article 2 = 3; the others 0, sharing rank 2.
        assert!(
            report.contains("排名\t单位\t报送\t采用正文\t采用简讯\t待定\t采用率\t市级\t省级\t全国\t批示\t约稿\t欠定额\t得分\n")
                && report.contains("\n1\t区法院\t2\t1\t0\t1\t50.0%\t0\t0\t0\t0\t0/0/0\t0\t3.0\n")
                && report.contains("\n2\t区委宣传部\t0\t0\t0\t0\t0.0%\t0\t0\t0\t0\t0/0/0\t0\t0.0\n")
                && report.contains("\n2\t矿山街道\t")
                && report.contains("\n\t合计\t2\t1\t0\t1\t50.0%\t0\t0\t0\t0\t0/0/0\t0\t3.0\n")
                && report.contains("本期未报送信息的单位：区委宣传部、矿山街道。")
                && report.contains("截至2023年7月10日")
                && report.contains("采用率 = 采用合计 ÷ 报送")
                && report.contains("报送每条 0.5 分"),
            "{report}"
        );
        let text = aligned(&table, Metric::NarrowAmbiguous);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "排名 单位       报送 采用合计 待定 采用率 上级 批示  约稿 得分"
        );
        assert_eq!(
            lines[1],
            "   1 区法院        2        1    1  50.0%    0    0 0/0/0  3.0"
        );
        assert!(
            footnote(d(7, 10)).contains("采用率 = 采用合计 ÷ 报送")
                && footnote(d(7, 10)).contains("截至2023年7月10日")
        );
        let csv = csv(&table);
        assert!(
            csv.starts_with(
                "rank,unit,submitted,adopted_articles,adopted_briefs,adopted,rate,score,pending,category,"
            ) && csv.contains("\n1,区法院,2,1,0,1,0.5000,3,1,,0,0,0,0,0,0,0,0,,0\n"),
            "{csv}"
        );
    }

    #[test]
    fn categories_are_ranked_apart_and_shown_in_sections() {
        let mut list = units();
        list.units[0].category = Some("区直部门".into());
        list.units[1].category = Some("镇街".into());
        list.units[2].category = Some("区直部门".into());
        let items = [
            item(&["区法院"], d(4, 3), ARTICLE),
            item(&["矿山街道"], d(4, 4), BRIEF),
        ];
        let q2 = Period::quarter_of(d(4, 1));
        let input = StatInput {
            items: items.to_vec(),
            commissions: Vec::new(),
            units: list,
        };
        let table = compute(&input, q2, &ScoringSettings::default(), d(7, 1));
        // 区法院 2.5, 区委宣传部 0 in 区直部门 (named first); 矿山街道 1.5
        // alone in 镇街, first there.
        assert_eq!(
            table
                .rows
                .iter()
                .map(|r| (r.unit.as_str(), r.rank, r.points))
                .collect::<Vec<_>>(),
            [
                ("区法院", 1, 2.5),
                ("区委宣传部", 2, 0.0),
                ("矿山街道", 1, 1.5)
            ]
        );
        let text = aligned(&table, Metric::NarrowAmbiguous);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "【区直部门】");
        assert!(lines[2].contains("区法院") && lines[3].contains("区委宣传部"));
        assert_eq!(lines[4], "【镇街】");
        assert!(
            text.lines()
                .all(|l| crate::layout::str_width(l, Metric::NarrowAmbiguous) <= 80)
        );
        let parts = report_parts(&table, "上街信息", q2, d(7, 1), &ScoringSettings::default());
        let headings: Vec<Option<&str>> = parts
            .sections
            .iter()
            .map(|s| s.heading.as_deref())
            .collect();
        assert_eq!(headings, [Some("区直部门"), Some("镇街"), None]);
    }

    #[test]
    fn a_quota_scales_with_the_quarters_of_the_period() {
        let mut list = units();
        list.units[2].quota = Some(2);
        let items = [item(&["区法院"], d(4, 3), ARTICLE)];
        let input = StatInput {
            items: items.to_vec(),
            commissions: Vec::new(),
            units: list,
        };
        let shortfall = |period: Period| {
            let t = compute(&input, period, &ScoringSettings::default(), d(12, 31));
            let r = row(&t, "区法院");
            (r.quota, r.shortfall)
        };
        assert_eq!(shortfall(Period::quarter_of(d(4, 1))), (Some(2), 1));
        let half = Period {
            from: Some(d(1, 1)),
            to: Some(d(6, 30)),
        };
        assert_eq!(shortfall(half), (Some(4), 3));
        assert_eq!(
            shortfall(Period::default()),
            (None, 0),
            "no quota over all time"
        );
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
            let r = row(&table(&items, p), unit);
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
        let table = table(&items, Period::quarter_of(d(4, 1)));
        let r = row(&table, "区法院");
        assert_eq!((r.submitted, r.adopted, r.pending), (3, 1, 1));
        assert_eq!(r.rate, 1.0 / 3.0, "pending and rejected items are sent");
        assert_eq!((table.total.submitted, table.total.pending), (3, 1));
    }

    #[test]
    fn items_awaiting_a_decision_do_not_bring_the_rate_penalty() {
        let items = [
            item(&["区法院"], d(4, 4), Fate::Pending),
            item(&["区委宣传部"], d(4, 5), ARTICLE),
            item(&["区委宣传部"], d(4, 6), Fate::NotUsed),
            item(&["区委宣传部"], d(4, 7), Fate::NotUsed),
            item(&["区委宣传部"], d(4, 8), Fate::NotUsed),
            item(&["区委宣传部"], d(4, 9), Fate::Pending),
        ];
        let table = table(&items, Period::quarter_of(d(4, 1)));
        // 区法院: one item sent (0.5), undecided, so no rate to judge.
        assert_eq!(row(&table, "区法院").points, 0.5);
        assert_eq!(row(&table, "矿山街道").points, 0.0, "sent nothing");
        // 区委宣传部: five sent (2.5), one article (2); of the four decided
        // one was used, 25 % < 30 %: the penalty (−2) applies.
        assert_eq!(row(&table, "区委宣传部").points, 2.5);
    }

    #[test]
    fn items_from_an_earlier_quarter_do_not_count_as_adopted_now() {
        let items = [
            item(&["区委宣传部"], d(2, 10), ARTICLE),
            item(&["区委宣传部"], d(3, 31), BRIEF),
        ];
        let table = table(&items, Period::quarter_of(d(4, 1)));
        let r = row(&table, "区委宣传部");
        assert_eq!(
            (r.submitted, r.adopted, r.rate, r.points),
            (0, 0, 0.0, 0.0),
            "no 采用 without 报送"
        );
        assert_eq!(table.total.adopted, 0);
    }

    proptest::proptest! {
        #[test]
        fn a_rate_is_over_the_items_it_counts_and_points_are_explained(
            raw in proptest::collection::vec((0usize..3, 1i8..=12, 0u8..4), 0..40),
        ) {
            let names = ["区委宣传部", "矿山街道", "区法院"];
            let fates = [ARTICLE, BRIEF, Fate::Pending, Fate::NotUsed];
            let items: Vec<StatItem> = raw
                .iter()
                .map(|&(u, m, f)| item(&[names[u]], d(m, 15), fates[usize::from(f)]))
                .collect();
            let table = table(&items, Period::quarter_of(d(5, 1)));
            for r in table.rows.iter().chain([&table.total]) {
                proptest::prop_assert!(r.adopted + r.pending <= r.submitted, "{r:?}");
                proptest::prop_assert!(r.rate <= 1.0, "{r:?}");
            }
            for r in &table.rows {
                let e = explain(r, &ScoringSettings::default());
                proptest::prop_assert_eq!(e.lines.iter().map(|l| l.subtotal).sum::<f64>(), r.points);
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
        assert_eq!(q.quarters(), Some(1));
        assert_eq!(Period::year_of(d(5, 5)).quarters(), Some(4));
        let across = Period {
            from: Some(d(12, 1)),
            to: Some(Date::new(2024, 1, 31).unwrap()),
        };
        assert_eq!(across.quarters(), Some(2), "Q4 2023 and Q1 2024");
        assert_eq!(Period::default().quarters(), None);
    }
}
