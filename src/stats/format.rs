//! The statistics as a terminal table, a spreadsheet's CSV and the
//! quarterly 通报 (text and, through `report_parts`, Word), each unit
//! category a section ranked apart.

use jiff::civil::Date;

use super::{Explanation, Period, Row, Table};
use crate::i18n::{Key, t, tf};
use crate::layout::{Metric, pad, pad_left, str_width};
use crate::model::format_date;
use crate::settings::ScoringSettings;

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

fn points(score: f64) -> String {
    format!("{score:.1}")
}

/// 答复/逾期/未报, as one cell.
fn commissions(r: &Row) -> String {
    let c = &r.commissions;
    format!("{}/{}/{}", c.answered, c.late, c.missed)
}

/// The total has no rank.
fn rank(r: &Row) -> String {
    if r.rank == 0 {
        String::new()
    } else {
        r.rank.to_string()
    }
}

/// Comma-separated, with a header, for a spreadsheet. The columns before
/// `pending` keep the places spreadsheets already read them in (`score`
/// is the points); the rest follow.
pub fn csv(table: &Table) -> String {
    let mut out = String::from(
        "rank,unit,submitted,adopted_articles,adopted_briefs,adopted,rate,score,pending,\
         category,city,province,national,instructions,commissions_answered,\
         commissions_used,commissions_late,commissions_missed,quota,shortfall\n",
    );
    for r in table.rows.iter().chain([&table.total]) {
        out.push_str(&format!(
            "{},{},{},{},{},{},{:.4},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            rank(r),
            r.unit,
            r.submitted,
            r.adopted_articles,
            r.adopted_briefs,
            r.adopted,
            r.rate,
            r.points,
            r.pending,
            r.category.as_deref().unwrap_or_default(),
            r.adoptions.city,
            r.adoptions.province,
            r.adoptions.national,
            r.instructions.total(),
            r.commissions.answered,
            r.commissions.used,
            r.commissions.late,
            r.commissions.missed,
            r.quota.map(|q| q.to_string()).unwrap_or_default(),
            r.shortfall,
        ));
    }
    out
}

/// The rows in sections, one per category in the table's order, each
/// with its heading; `None` as the only heading when no unit has a
/// category, so that such a table reads as one.
fn sections(table: &Table) -> Vec<(Option<String>, Vec<&Row>)> {
    let mut out: Vec<(Option<String>, Vec<&Row>)> = Vec::new();
    let categorised = table.rows.iter().any(|r| r.category.is_some());
    for row in &table.rows {
        let heading = categorised.then(|| {
            row.category
                .clone()
                .unwrap_or_else(|| t(Key::StatsNoCategory).to_string())
        });
        match out.last_mut() {
            Some((h, rows)) if *h == heading => rows.push(row),
            _ => out.push((heading, vec![row])),
        }
    }
    out
}

/// The terminal's columns: what a screen of 80 has room for. Adoptions
/// above are summed over the levels; the 通报 and JSON give each level.
fn short_header() -> Vec<String> {
    [
        Key::StatsRank,
        Key::ColUnit,
        Key::StatsSubmitted,
        Key::StatsAdopted,
        Key::StatsPending,
        Key::StatsRate,
        Key::StatsUpper,
        Key::StatsInstructions,
        Key::StatsCommissions,
        Key::StatsScore,
    ]
    .map(|k| t(k).to_string())
    .to_vec()
}

fn short_cells(r: &Row) -> Vec<String> {
    vec![
        rank(r),
        r.unit.clone(),
        r.submitted.to_string(),
        r.adopted.to_string(),
        r.pending.to_string(),
        percent(r.rate),
        r.adoptions.total().to_string(),
        r.instructions.total().to_string(),
        commissions(r),
        points(r.points),
    ]
}

/// Each cell padded to its column's width: the `text` column to the
/// left, the numbers to the right.
fn align(cells: &[String], widths: &[usize], text: usize, metric: Metric) -> Vec<String> {
    cells
        .iter()
        .zip(widths)
        .enumerate()
        .map(|(i, (cell, &w))| {
            if i == text {
                pad(cell, w, metric)
            } else {
                pad_left(cell, w, metric)
            }
        })
        .collect()
}

/// The widest a unit's name is shown in the terminal, so that one long
/// name does not push the numbers off a narrow screen.
const UNIT_WIDTH: usize = 18;

/// The table for a terminal, units left-aligned and numbers right-aligned,
/// a line naming each category above its units. Each column is only as
/// wide as its widest cell, so that the table fits a terminal of 80
/// columns (and the workstation's overlay in it).
pub fn aligned(table: &Table, metric: Metric) -> String {
    let sections = sections(table);
    let mut lines: Vec<(Option<String>, Vec<String>)> = vec![(None, short_header())];
    for (heading, rows) in &sections {
        if let Some(h) = heading {
            lines.push((Some(tf(Key::StatsCategory, &[h])), Vec::new()));
        }
        lines.extend(rows.iter().map(|r| (None, short_cells(r))));
    }
    lines.push((None, short_cells(&table.total)));
    let mut widths = vec![0; short_header().len()];
    for (_, cells) in &lines {
        for (w, cell) in widths.iter_mut().zip(cells) {
            *w = (*w).max(str_width(cell, metric));
        }
    }
    widths[1] = widths[1].min(UNIT_WIDTH);
    let mut out = String::new();
    for (heading, line) in &lines {
        if let Some(h) = heading {
            out.push_str(h);
            out.push('\n');
            continue;
        }
        out.push_str(&align(line, &widths, 1, metric).join(" "));
        out.push('\n');
    }
    out
}

/// What the terminal table prints under it: how the rate is taken, what
/// the commission cell holds, and the day the fates were read, since a
/// pending item may be used later.
pub fn footnote(as_of: Date) -> String {
    format!(
        "{}\n{}\n{}",
        t(Key::StatsColumns),
        t(Key::StatsRule),
        tf(Key::StatsAsOf, &[&format_date(as_of)])
    )
}

/// The 通报's columns: every figure of a row but the sum of used.
fn header() -> Vec<String> {
    [
        Key::StatsRank,
        Key::ColUnit,
        Key::StatsSubmitted,
        Key::StatsArticles,
        Key::StatsBriefs,
        Key::StatsPending,
        Key::StatsRate,
        Key::LevelCity,
        Key::LevelProvince,
        Key::LevelNational,
        Key::StatsInstructions,
        Key::StatsCommissions,
        Key::StatsShortfall,
        Key::StatsScore,
    ]
    .map(|k| t(k).to_string())
    .to_vec()
}

fn cells(r: &Row) -> Vec<String> {
    vec![
        rank(r),
        r.unit.clone(),
        r.submitted.to_string(),
        r.adopted_articles.to_string(),
        r.adopted_briefs.to_string(),
        r.pending.to_string(),
        percent(r.rate),
        r.adoptions.city.to_string(),
        r.adoptions.province.to_string(),
        r.adoptions.national.to_string(),
        r.instructions.total().to_string(),
        commissions(r),
        r.shortfall.to_string(),
        points(r.points),
    ]
}

/// A quarterly 通报 in its parts, so that text and Word set the same words
/// and figures: the title, the period, a table per category (header and a
/// row per unit) and the total's, the units that sent nothing, and how it
/// was counted, as of `as_of`.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub title: String,
    /// （2023年7月1日—2023年9月30日）
    pub period: String,
    pub sections: Vec<Section>,
    /// 本期未报送信息的单位：…, or `None` when every unit sent.
    pub silent: Option<String>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// 一、镇街; `None` when the units have no categories.
    pub heading: Option<String>,
    /// The header, then the rows.
    pub rows: Vec<Vec<String>>,
}

pub fn report_parts(
    table: &Table,
    series: &str,
    period: Period,
    as_of: Date,
    rules: &ScoringSettings,
) -> Report {
    let mut out: Vec<Section> = sections(table)
        .into_iter()
        .map(|(heading, rows)| Section {
            heading,
            rows: std::iter::once(header())
                .chain(rows.into_iter().map(cells))
                .collect(),
        })
        .collect();
    out.push(Section {
        heading: None,
        rows: vec![header(), cells(&table.total)],
    });
    let s = rules;
    Report {
        title: tf(Key::StatsReportTitle, &[&series]),
        period: format!("（{}）", period.label()),
        sections: out,
        silent: (!table.silent.is_empty()).then(|| {
            tf(
                Key::StatsSilent,
                &[&table.silent.join(t(Key::ListSeparator))],
            )
        }),
        note: tf(
            Key::StatsReportNote,
            &[
                &format_date(as_of),
                &s.sent,
                &s.article,
                &s.brief,
                &s.city,
                &s.province,
                &s.national,
                &s.instruction_district,
                &s.instruction_city,
                &s.instruction_province,
                &s.instruction_national,
                &s.commission_used,
                &s.commission_late,
                &s.commission_missed,
                &s.quota_shortfall,
                &percent(s.rate_threshold),
                &s.rate_penalty,
            ],
        ),
    }
}

/// The 通报 as text, the tables' columns separated by tabs (Word and WPS
/// turn that into a table: 文本转换成表格).
pub fn report(
    table: &Table,
    series: &str,
    period: Period,
    as_of: Date,
    rules: &ScoringSettings,
) -> String {
    let r = report_parts(table, series, period, as_of, rules);
    let mut out = format!("{}\n{}\n", r.title, r.period);
    for section in &r.sections {
        out.push('\n');
        if let Some(h) = &section.heading {
            out.push_str(h);
            out.push('\n');
        }
        for row in &section.rows {
            out.push_str(&row.join("\t"));
            out.push('\n');
        }
    }
    out.push('\n');
    if let Some(silent) = &r.silent {
        out.push_str(silent);
        out.push('\n');
    }
    out.push_str(&r.note);
    out.push('\n');
    out
}

/// `stats --explain`: each rule that applied, its count, its points each
/// and its subtotal, aligned, and the total they sum to.
pub fn explanation(e: &Explanation, period: Period, metric: Metric) -> String {
    let mut lines = vec![[
        t(Key::ExplainRule).to_string(),
        t(Key::ExplainCount).to_string(),
        t(Key::ExplainEach).to_string(),
        t(Key::ExplainSubtotal).to_string(),
    ]];
    lines.extend(e.lines.iter().map(|l| {
        [
            l.rule.label().to_string(),
            l.count.to_string(),
            points(l.each),
            points(l.subtotal),
        ]
    }));
    lines.push([
        t(Key::StatsTotal).to_string(),
        String::new(),
        String::new(),
        points(e.points),
    ]);
    let mut widths = [0; 4];
    for line in &lines {
        for (w, cell) in widths.iter_mut().zip(line) {
            *w = (*w).max(str_width(cell, metric));
        }
    }
    let mut out = tf(Key::ExplainTitle, &[&e.unit, &period.label()]);
    out.push('\n');
    for line in &lines {
        out.push_str(align(line, &widths, 0, metric).join("  ").trim_end());
        out.push('\n');
    }
    out
}
