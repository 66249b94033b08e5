//! 年度目录: the page bound at the front of a year's volume. Every issue
//! of the year with its items (number, headline, units), then the same
//! items by unit, then the totals; built from the issues alone and set as
//! text, Markdown, HTML or Word.

use std::collections::HashMap;

use super::docx::{CHAR, TEXT_WIDTH, document, package, paragraph, run, title};
use super::html::PAGE;
use super::markdown::md;
use super::markup::{escape, printable};
use crate::error::Result;
use crate::layout::{Metric, pad, pad_left, str_width, truncate};
use crate::model::{Issue, IssueState, Item, SUBTITLE_MARK, UnitList, format_date};

/// A headline-less brief is named by the start of its text, cut to this
/// many cells (twenty 字), as the index has one line for it.
const BRIEF_NAME: usize = 40;

/// The widest headline column of the text index before a headline takes
/// a line of its own: thirty 字.
const HEADLINE_COLUMN: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// 上街信息 2023年 目录.
    pub title: String,
    pub issues: Vec<IssueEntry>,
    /// The units with items, in the office's order.
    pub units: Vec<UnitEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssueEntry {
    /// 第56期（总第1083期）, 增刊第1期, 专报第3期.
    pub number_line: String,
    /// The number line without 总第: how the by-unit part names the issue.
    pub short: String,
    /// 2023年8月28日, or empty.
    pub date: String,
    /// Not finalised: listed only when asked for, and marked.
    pub draft: bool,
    pub items: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The article's number in its issue (1, 2 …), or △ for a brief.
    pub mark: String,
    pub headline: String,
    /// The units as the office's list names them, each once.
    pub units: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitEntry {
    pub unit: String,
    /// (the issue's short number line, headline), in the issues' order.
    pub items: Vec<(String, String)>,
}

impl Index {
    pub fn item_count(&self) -> usize {
        self.issues.iter().map(|i| i.items.len()).sum()
    }

    /// 共 2 期 9 条，来稿单位 7 个.
    pub fn totals(&self) -> String {
        format!(
            "共 {} 期 {} 条，来稿单位 {} 个",
            self.issues.len(),
            self.item_count(),
            self.units.len()
        )
    }
}

impl IssueEntry {
    /// The heading of the issue: number line, date, and 草稿 when it is one.
    pub fn heading(&self) -> String {
        let mut s = self.number_line.clone();
        if !self.date.is_empty() {
            s.push('　');
            s.push_str(&self.date);
        }
        if self.draft {
            s.push_str("（草稿）");
        }
        s
    }
}

impl UnitEntry {
    /// 济源路街道（2 条）.
    pub fn heading(&self) -> String {
        format!("{}（{} 条）", self.unit, self.items.len())
    }
}

/// Whether an issue of `series` belongs in the volume `wanted` names: the
/// series itself, or its title, which takes in its sub-series (上街信息
/// takes in 上街信息·专报).
pub fn in_volume(series: &str, wanted: &str) -> bool {
    let wanted = wanted.trim();
    series == wanted || series.split(SUBTITLE_MARK).next() == Some(wanted)
}

/// The index of `issues` (all of `year`), with units named as `units`
/// names them. Issues come main series first, then each sub-series, then
/// 增刊, each by number.
pub fn index(year: i16, issues: &[Issue], units: &UnitList) -> Index {
    let mut sorted: Vec<&Issue> = issues.iter().collect();
    sorted.sort_by(|a, b| {
        let key = |i: &&Issue| {
            let (title, subtitle) = i.title_and_subtitle();
            (
                title.to_string(),
                subtitle.to_string(),
                i.supplement,
                i.number,
            )
        };
        key(a).cmp(&key(b))
    });
    let mut titles: Vec<&str> = Vec::new();
    for issue in &sorted {
        let title = issue.title_and_subtitle().0;
        if !titles.contains(&title) {
            titles.push(title);
        }
    }
    let one_series = sorted.windows(2).all(|w| w[0].series == w[1].series);
    // A volume of one series is titled by it (上街信息·专报 alone); a
    // number line then names what tells the issues apart: the sub-series
    // (专报第1期), and the title too when the year holds several.
    let naming = if one_series {
        Naming::Number
    } else if titles.len() == 1 {
        Naming::Subtitle
    } else {
        Naming::Series
    };
    let heading = match sorted.first() {
        Some(first) if one_series => first.series.clone(),
        _ => titles.join("、"),
    };
    let entries: Vec<IssueEntry> = sorted.iter().map(|i| entry(i, naming, units)).collect();
    Index {
        title: format!("{heading} {year}年 目录"),
        units: by_unit(&entries, units),
        issues: entries,
    }
}

/// What a number line names besides the number.
#[derive(Clone, Copy)]
enum Naming {
    Number,
    Subtitle,
    Series,
}

fn entry(issue: &Issue, naming: Naming, units: &UnitList) -> IssueEntry {
    let (title, subtitle) = issue.title_and_subtitle();
    let prefix = match naming {
        Naming::Number => String::new(),
        Naming::Subtitle => subtitle.to_string(),
        Naming::Series => format!("{title} {subtitle}"),
    };
    let number_line = format!("{prefix}{}", issue.number_line());
    // The number line without 总第, as the model words it.
    let mut short = Issue::new("", issue.year, issue.number);
    short.supplement = issue.supplement;
    let articles = issue
        .articles
        .iter()
        .enumerate()
        .map(|(n, item)| line(item, (n + 1).to_string(), units));
    let briefs = issue
        .briefs
        .iter()
        .map(|item| line(item, "△".into(), units));
    IssueEntry {
        number_line,
        short: format!("{prefix}{}", short.number_line()),
        date: issue.date.map(format_date).unwrap_or_default(),
        draft: issue.state == IssueState::Draft,
        items: articles.chain(briefs).collect(),
    }
}

fn line(item: &Item, mark: String, list: &UnitList) -> Entry {
    let headline = if item.headline.trim().is_empty() {
        truncate(item.title().trim(), BRIEF_NAME, Metric::Print)
    } else {
        item.headline.trim().to_string()
    };
    let mut units: Vec<String> = Vec::new();
    for source in &item.sources {
        let name = list.canonical(source).unwrap_or(source.trim());
        if !name.is_empty() && !units.iter().any(|u| u == name) {
            units.push(name.to_string());
        }
    }
    Entry {
        mark,
        headline,
        units,
    }
}

/// Units in the list's order, then those it does not know by how many
/// items they have (most first) and name; a unit without items is absent.
fn by_unit(entries: &[IssueEntry], list: &UnitList) -> Vec<UnitEntry> {
    let mut found: Vec<UnitEntry> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for issue in entries {
        for item in &issue.items {
            for unit in &item.units {
                let i = *at.entry(unit.clone()).or_insert_with(|| {
                    found.push(UnitEntry {
                        unit: unit.clone(),
                        items: Vec::new(),
                    });
                    found.len() - 1
                });
                found[i]
                    .items
                    .push((issue.short.clone(), item.headline.clone()));
            }
        }
    }
    let rank = |u: &UnitEntry| list.units.iter().position(|l| l.name == u.unit);
    found.sort_by(|a, b| match (rank(a), rank(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => b
            .items
            .len()
            .cmp(&a.items.len())
            .then_with(|| a.unit.cmp(&b.unit)),
    });
    found
}

const PART_ONE: &str = "一、按期目录";
const PART_TWO: &str = "二、按单位目录";
/// The units column is separated by 、 as in the issue's own lists.
const UNIT_JOIN: &str = "、";

/// The index as text: headlines with dotted leaders to their units, in
/// columns measured by `metric` (the terminal's, or print's for a file).
pub fn text(index: &Index, metric: Metric) -> String {
    let index = printable_index(index);
    let column = index
        .issues
        .iter()
        .flat_map(|i| &i.items)
        .map(|e| str_width(&e.headline, metric))
        .max()
        .unwrap_or(0)
        .min(HEADLINE_COLUMN);
    let mut out = format!("{}\n\n{PART_ONE}\n", index.title);
    for issue in &index.issues {
        out.push_str(&format!("\n{}\n", issue.heading()));
        for e in &issue.items {
            let mark = pad_left(&e.mark, 4, metric);
            let units = e.units.join(UNIT_JOIN);
            let width = str_width(&e.headline, metric);
            if width > column {
                // A long headline has the line to itself; its units follow
                // on the next, in the column.
                out.push_str(&format!("{mark}  {}\n", e.headline));
                // The leader runs where a headline's space and dots would.
                out.push_str(&format!(
                    "{}  {} {units}\n",
                    " ".repeat(4),
                    ".".repeat(column + 2)
                ));
            } else {
                let dots = ".".repeat(column - width + 1);
                out.push_str(&format!("{mark}  {} {dots} {units}\n", e.headline));
            }
        }
    }
    out.push_str(&format!("\n{PART_TWO}\n"));
    let short = index
        .units
        .iter()
        .flat_map(|u| &u.items)
        .map(|(s, _)| str_width(s, metric))
        .max()
        .unwrap_or(0);
    for unit in &index.units {
        out.push_str(&format!("\n{}\n", unit.heading()));
        for (issue, headline) in &unit.items {
            out.push_str(&format!("    {}  {headline}\n", pad(issue, short, metric)));
        }
    }
    out.push_str(&format!("\n{}\n", index.totals()));
    out
}

/// The index in Markdown: a table for each issue and each unit.
pub fn markdown(index: &Index) -> String {
    let index = printable_index(index);
    let mut out = format!("# {}\n\n## {PART_ONE}\n", md(&index.title));
    for issue in &index.issues {
        out.push_str(&format!("\n### {}\n\n", md(&issue.heading())));
        out.push_str("| 序号 | 标题 | 单位 |\n| --- | --- | --- |\n");
        for e in &issue.items {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                md(&e.mark),
                md(&e.headline),
                md(&e.units.join(UNIT_JOIN))
            ));
        }
    }
    out.push_str(&format!("\n## {PART_TWO}\n"));
    for unit in &index.units {
        out.push_str(&format!("\n### {}\n\n", md(&unit.heading())));
        out.push_str("| 期号 | 标题 |\n| --- | --- |\n");
        for (issue, headline) in &unit.items {
            out.push_str(&format!("| {} | {} |\n", md(issue), md(headline)));
        }
    }
    out.push_str(&format!("\n{}\n", md(&index.totals())));
    out
}

/// What the index adds to the shared page: its size, headings, and tables
/// ruled for print.
const STYLE: &str = r#"  font-size: 14pt; line-height: 1.6; line-break: strict; }
h1 { text-align: center; font-weight: normal; font-size: 22pt; margin: 0 0 18pt;
  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "SimSun", "宋体", "Noto Serif CJK SC", serif; }
h2, h3 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 16pt; margin: 14pt 0 4pt; }
h3 { font-size: 14pt; margin: 10pt 0 2pt; break-after: avoid; }
h2.part-two { break-before: page; }
table { width: 100%; border-collapse: collapse; }
td { vertical-align: top; padding: 1pt 4pt; border-bottom: 0.5pt solid #999; }
td.mark { width: 3em; text-align: right; }
td.units, td.issue { width: 12em; }
tr { break-inside: avoid; }
.totals { margin-top: 14pt; }
"#;

/// The index as a page for printing from a browser: no script, nothing
/// fetched, all content escaped.
pub fn html(index: &Index) -> String {
    let index = printable_index(index);
    let title = escape(&index.title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{title}</title>\n<style>{PAGE}{STYLE}</style>\n</head>\n<body>\n<h1>{title}</h1>\n<h2>{PART_ONE}</h2>\n"
    );
    for issue in &index.issues {
        out.push_str(&format!("<h3>{}</h3>\n<table>\n", escape(&issue.heading())));
        for e in &issue.items {
            out.push_str(&format!(
                "<tr><td class=\"mark\">{}</td><td>{}</td><td class=\"units\">{}</td></tr>\n",
                escape(&e.mark),
                escape(&e.headline),
                escape(&e.units.join(UNIT_JOIN))
            ));
        }
        out.push_str("</table>\n");
    }
    out.push_str(&format!("<h2 class=\"part-two\">{PART_TWO}</h2>\n"));
    for unit in &index.units {
        out.push_str(&format!("<h3>{}</h3>\n<table>\n", escape(&unit.heading())));
        for (issue, headline) in &unit.items {
            out.push_str(&format!(
                "<tr><td class=\"issue\">{}</td><td>{}</td></tr>\n",
                escape(issue),
                escape(headline)
            ));
        }
        out.push_str("</table>\n");
    }
    out.push_str(&format!(
        "<p class=\"totals\">{}</p>\n</body>\n</html>\n",
        escape(&index.totals())
    ));
    out
}

/// `word/document.xml` of the index: each item a line with its number
/// hanging, and a dotted tab leader to its units at the right margin.
pub fn index_document_xml(index: &Index) -> String {
    let index = printable_index(index);
    let hang = 2 * CHAR;
    let title = title(&index.title);
    let heading = |text: &str| paragraph("<w:keepNext/>", &run(text, true));
    let line = |lead: &str, text: &str, right: &str| {
        paragraph(
            &format!(
                "<w:tabs><w:tab w:val=\"left\" w:pos=\"{hang}\"/><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs><w:ind w:left=\"{hang}\" w:hanging=\"{hang}\"/><w:jc w:val=\"left\"/>"
            ),
            &format!(
                "{}<w:r><w:tab/></w:r>{}<w:r><w:tab/></w:r>{}",
                run(lead, false),
                run(text, false),
                run(right, false)
            ),
        )
    };
    let mut body = title;
    body.push_str(&heading(PART_ONE));
    for issue in &index.issues {
        body.push_str(&heading(&issue.heading()));
        for e in &issue.items {
            body.push_str(&line(&e.mark, &e.headline, &e.units.join(UNIT_JOIN)));
        }
    }
    body.push_str(&paragraph(
        "<w:pageBreakBefore/><w:keepNext/>",
        &run(PART_TWO, true),
    ));
    for unit in &index.units {
        body.push_str(&heading(&unit.heading()));
        for (issue, headline) in &unit.items {
            body.push_str(&line("", headline, issue));
        }
    }
    body.push_str(&paragraph("", &run(&index.totals(), false)));
    document(&body)
}

/// The index as a Word package.
pub fn docx(index: &Index) -> Result<Vec<u8>> {
    package(&index.title, "", index_document_xml(index))
}

/// The index with every text printable, as every format shows it.
fn printable_index(index: &Index) -> Index {
    let p = |s: &String| printable(s);
    Index {
        title: printable(&index.title),
        issues: index
            .issues
            .iter()
            .map(|i| IssueEntry {
                number_line: p(&i.number_line),
                short: p(&i.short),
                date: i.date.clone(),
                draft: i.draft,
                items: i
                    .items
                    .iter()
                    .map(|e| Entry {
                        mark: e.mark.clone(),
                        headline: p(&e.headline),
                        units: e.units.iter().map(p).collect(),
                    })
                    .collect(),
            })
            .collect(),
        units: index
            .units
            .iter()
            .map(|u| UnitEntry {
                unit: p(&u.unit),
                items: u.items.iter().map(|(a, b)| (p(a), p(b))).collect(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Kind, Unit};

    fn item(headline: &str, body: &str, sources: &[&str]) -> Item {
        let mut item = Item::new(
            headline,
            vec![body.to_string()],
            Date::new(2025, 1, 2).unwrap(),
        );
        item.sources = sources.iter().map(|s| s.to_string()).collect();
        item
    }

    fn issue(series: &str, number: u32, articles: Vec<Item>, briefs: Vec<Item>) -> Issue {
        let mut issue = Issue::new(series, 2025, number);
        issue.articles = articles;
        issue.briefs = briefs
            .into_iter()
            .map(|b| Item {
                kind: Kind::Brief,
                ..b
            })
            .collect();
        issue.state = IssueState::Final;
        issue
    }

    fn units() -> UnitList {
        let unit = |name: &str, aliases: &[&str]| Unit {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Unit::default()
        };
        UnitList {
            units: vec![
                unit("峡窝镇", &[]),
                unit("济源路街道", &["济源路街道办事处"]),
                unit("区医保局", &[]),
                unit("区委宣传部", &[]),
                unit("新安路街道", &[]),
            ],
        }
    }

    /// Two series (the main one and its 专报), a 增刊, given out of order;
    /// an item from two units; a unit named by its alias.
    fn year() -> Vec<Issue> {
        let mut supplement = issue(
            "上街信息",
            1,
            vec![item("增刊稿件", "正文。", &["区委宣传部"])],
            vec![],
        );
        supplement.supplement = true;
        let mut second = issue(
            "上街信息",
            2,
            vec![item("峡窝镇第二篇", "正文。", &["峡窝镇"])],
            vec![item(
                "",
                "近日，济源路街道开展演练，参加群众很多很多很多。",
                &["济源路街道办事处"],
            )],
        );
        second.total_number = Some(1002);
        second.date = Some(Date::new(2025, 2, 3).unwrap());
        vec![
            issue(
                "上街信息·专报",
                1,
                vec![item("专报稿件", "正文。", &["区医保局"])],
                vec![],
            ),
            second,
            supplement,
            issue(
                "上街信息",
                1,
                vec![
                    item("峡窝镇第一篇", "正文。", &["峡窝镇"]),
                    item("两家联合", "正文。", &["区委宣传部", "区文明办"]),
                ],
                vec![],
            ),
        ]
    }

    #[test]
    fn issues_come_main_series_then_sub_series_then_supplements_each_by_number() {
        let index = index(2025, &year(), &units());
        assert_eq!(index.title, "上街信息 2025年 目录");
        let lines: Vec<&str> = index
            .issues
            .iter()
            .map(|i| i.number_line.as_str())
            .collect();
        assert_eq!(
            lines,
            ["第1期", "第2期（总第1002期）", "增刊第1期", "专报第1期"]
        );
        assert_eq!(index.issues[1].short, "第2期");
        assert_eq!(
            index.issues[1].heading(),
            "第2期（总第1002期）　2025年2月3日"
        );
        assert_eq!((index.issues.len(), index.item_count()), (4, 6));
    }

    #[test]
    fn articles_are_numbered_and_briefs_marked_with_their_units() {
        let index = index(2025, &year(), &units());
        let second = &index.issues[1];
        let marks: Vec<&str> = second.items.iter().map(|e| e.mark.as_str()).collect();
        assert_eq!(marks, ["1", "△"]);
        // A brief without a headline is named by the start of its text,
        // and its unit's alias by the list's name.
        let brief = &second.items[1];
        assert!(brief.headline.starts_with("近日，济源路街道") && brief.headline.ends_with('…'));
        assert_eq!(brief.units, ["济源路街道"]);
        assert_eq!(index.issues[0].items[1].units, ["区委宣传部", "区文明办"]);
    }

    #[test]
    fn units_come_in_the_lists_order_and_one_without_items_is_absent() {
        let index = index(2025, &year(), &units());
        let names: Vec<&str> = index.units.iter().map(|u| u.unit.as_str()).collect();
        // 区文明办 is not on the list: it comes after those that are.
        assert_eq!(
            names,
            ["峡窝镇", "济源路街道", "区医保局", "区委宣传部", "区文明办"]
        );
        let xiawo = &index.units[0];
        assert_eq!(
            xiawo.items,
            [
                ("第1期".to_string(), "峡窝镇第一篇".to_string()),
                ("第2期".to_string(), "峡窝镇第二篇".to_string())
            ]
        );
        assert_eq!(xiawo.heading(), "峡窝镇（2 条）");
        // An item from two units is under both.
        assert_eq!(index.units[3].items.len(), 2);
        assert_eq!(
            index.units[4].items,
            [("第1期".to_string(), "两家联合".to_string())]
        );
        assert_eq!(index.totals(), "共 4 期 6 条，来稿单位 5 个");
    }

    #[test]
    fn units_off_the_list_go_by_count_then_name() {
        let issues = [issue(
            "上街信息",
            1,
            vec![
                item("甲", "正文。", &["乙单位"]),
                item("乙", "正文。", &["甲单位"]),
                item("丙", "正文。", &["丙单位"]),
                item("丁", "正文。", &["丙单位"]),
            ],
            vec![],
        )];
        let index = index(2025, &issues, &UnitList::default());
        let names: Vec<&str> = index.units.iter().map(|u| u.unit.as_str()).collect();
        assert_eq!(names, ["丙单位", "乙单位", "甲单位"]);
    }

    #[test]
    fn several_titles_each_name_their_issues() {
        let issues = [
            issue("峡窝信息", 3, vec![item("甲", "正文。", &[])], vec![]),
            issue("上街信息", 1, vec![item("乙", "正文。", &[])], vec![]),
        ];
        let index = index(2025, &issues, &UnitList::default());
        assert_eq!(index.title, "上街信息、峡窝信息 2025年 目录");
        assert_eq!(index.issues[1].number_line, "峡窝信息 第3期");
        assert!(index.units.is_empty());
        // A 专报 alone is titled by its whole series.
        let index = super::index(2025, &year()[..1], &UnitList::default());
        assert_eq!(index.title, "上街信息·专报 2025年 目录");
        assert_eq!(index.issues[0].number_line, "第1期");
    }

    #[test]
    fn a_series_takes_in_its_sub_series_but_not_another_title() {
        assert!(in_volume("上街信息·专报", "上街信息"));
        assert!(in_volume("上街信息·专报", "上街信息·专报"));
        assert!(in_volume("上街信息", " 上街信息 "));
        assert!(!in_volume("上街信息", "上街信息·专报"));
        assert!(!in_volume("上街信息二", "上街信息"));
    }

    #[test]
    fn text_columns_line_up_by_display_width_and_drafts_are_marked() {
        let mut issues = year();
        issues[3].state = IssueState::Draft;
        let index = index(2025, &issues, &units());
        let text = text(&index, Metric::Print);
        assert!(text.contains("第1期（草稿）"), "{text}");
        // Every item line's units start in the same column.
        let starts: Vec<usize> = text
            .lines()
            .filter(|l| l.contains(" . ") || l.contains(".. "))
            .map(|l| str_width(&l[..l.rfind(". ").unwrap() + 2], Metric::Print))
            .collect();
        assert_eq!(starts.len(), 6, "{text}");
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{text}");
        assert!(text.ends_with("共 4 期 6 条，来稿单位 5 个\n"));
    }

    #[test]
    fn a_headline_wider_than_the_column_has_its_line_and_its_units_the_next() {
        let long = "峡窝镇".repeat(11);
        let issues = [issue(
            "上街信息",
            1,
            vec![
                item(&long, "正文。", &["峡窝镇"]),
                item("短", "正文。", &["区医保局"]),
            ],
            vec![],
        )];
        let text = text(&index(2025, &issues, &units()), Metric::Print);
        let lines: Vec<&str> = text.lines().collect();
        let at = lines.iter().position(|l| l.ends_with(&long)).unwrap();
        assert_eq!(
            lines[at + 1],
            format!("      {} 峡窝镇", ".".repeat(HEADLINE_COLUMN + 2))
        );
        assert_eq!(lines[at], format!("   1  {long}"));
        // The next item's units start in the same column.
        let next = lines[at + 2];
        assert_eq!(
            str_width(&next[..next.rfind(' ').unwrap()], Metric::Print),
            6 + HEADLINE_COLUMN + 2
        );
    }

    #[test]
    fn rich_formats_hold_the_headlines_as_text() {
        let mut issues = year();
        issues[1].articles[0].headline = "<b>峡窝镇</b> | *第二篇*".into();
        let index = index(2025, &issues, &units());
        let html = html(&index);
        assert!(html.contains("<title>上街信息 2025年 目录</title>"));
        assert!(html.contains("&lt;b&gt;峡窝镇&lt;/b&gt;") && !html.contains("<b>"));
        let md = markdown(&index);
        assert!(md.contains("\\<b>峡窝镇\\</b> \\| \\*第二篇\\*"), "{md}");
        let xml = index_document_xml(&index);
        assert!(xml.contains("w:leader=\"dot\"") && xml.contains("&lt;b&gt;峡窝镇"));
    }
}
