//! The masthead lines: a marking (内部资料), the title and a subtitle
//! (专报), 第 N 期（总第 M 期）, 增刊, publisher and date.

use jiff::civil::Date;

use super::lines::Para;
use super::parse_error::ParseError;
use super::text::headline_like;
use crate::model::{SUBTITLE_MARK, parse_date};
use crate::script::{fullwidth_ascii_alnum, is_han};

/// What the masthead says, and how many paragraphs it took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Masthead {
    pub marking: String,
    /// The title, with a subtitle joined by [`SUBTITLE_MARK`].
    pub series: String,
    pub number: NumberLine,
    pub publisher: String,
    /// None when the masthead has no date (some print it in the footer:
    /// …2024年5月13日印发).
    pub date: Option<Date>,
    pub used: usize,
}

/// Words a marking line is made of: 内部资料　注意保存, 秘密★1年, 份号.
const MARKINGS: [&str; 8] = [
    "内部资料",
    "注意保存",
    "内部刊物",
    "秘密",
    "机密",
    "绝密",
    "份号",
    "★",
];

fn is_marking(text: &str) -> bool {
    text.chars().count() <= 24 && MARKINGS.iter().any(|m| text.contains(m))
}

/// Endings of an office's name: the publisher line.
const OFFICE_ENDINGS: [&str; 14] = [
    "办公室",
    "办公厅",
    "委员会",
    "政府",
    "编",
    "编印",
    "主办",
    "办",
    "室",
    "局",
    "部",
    "委",
    "中心",
    "处",
];

/// A short Han line between the title and the number: 专报, 特刊, 增刊.
fn is_subtitle(text: &str) -> bool {
    let n = text.chars().count();
    (1..=8).contains(&n)
        && text.chars().all(|c| is_han(c) || c == '·')
        && !OFFICE_ENDINGS[..7].iter().any(|e| text.ends_with(e))
}

/// The fields of a masthead line: parts set apart by a full-width space,
/// a tab or two spaces.
fn fields(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let wide = c == '　'
            || c == '\t'
            || (c == ' ' && chars.get(i + 1).is_some_and(|(_, n)| *n == ' '));
        if wide {
            let mut j = i;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            out.push(text[start..at].trim());
            start = chars.get(j).map_or(text.len(), |(a, _)| *a);
            i = j;
        } else {
            i += 1;
        }
    }
    out.push(text[start..].trim());
    out.retain(|f| !f.is_empty());
    out
}

/// Reads the masthead from the first paragraphs.
pub fn read_masthead(paras: &[Para]) -> Result<Masthead, ParseError> {
    let mut at = 0;
    let mut marking: Vec<String> = Vec::new();
    while let Some(p) = paras.get(at).filter(|p| is_marking(&p.text)) {
        marking.push(fields(&p.text).join("　"));
        at += 1;
    }
    let first = paras.get(at).ok_or(ParseError::Empty)?;
    let mut series: String = first.text.split_whitespace().collect();
    if parse_number_line(&series).is_some() {
        return Err(ParseError::NoTitle { line: first.line });
    }
    // 上街信息（专报）: the subtitle in brackets on the title line.
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = series.strip_suffix(close)
            && let Some((title, sub)) = inner.rsplit_once(open)
            && is_subtitle(sub)
            && !title.is_empty()
        {
            series = format!("{title}{SUBTITLE_MARK}{sub}");
            break;
        }
    }
    at += 1;
    let title_line = first.line;
    let mut number: Option<NumberLine> = None;
    let mut supplement = false;
    let mut publisher = String::new();
    let mut date = None;
    while let Some(p) = paras.get(at) {
        if number.is_some() && date.is_some() && !publisher.is_empty() {
            break;
        }
        let next_has_date = paras
            .get(at + 1)
            .is_some_and(|n| fields(&n.text).iter().any(|f| parse_date(f).is_some()));
        let mut read = Reading::default();
        let mut all = true;
        for field in fields(&p.text) {
            let compact: String = field.split_whitespace().collect();
            let total = compact
                .strip_prefix("总第")
                .and_then(|r| r.strip_suffix('期'))
                .and_then(|n| n.parse::<u32>().ok());
            if number.is_none() && read.number.is_none() && compact == "增刊" {
                read.supplement = true;
            } else if let Some(t) = total.filter(|_| read.number.is_some()) {
                // 第 23 期　总第1160期: the total in a field of its own.
                if let Some(n) = &mut read.number {
                    n.total = Some(t);
                }
            } else if number.is_none()
                && read.number.is_none()
                && let Some(n) = parse_number_line(&compact)
            {
                read.number = Some(n);
            } else if let (who, Some(d)) = parse_publisher_date(field)
                && date.is_none()
            {
                read.date = Some(d);
                if !who.is_empty() {
                    read.publisher = Some(who);
                }
            } else if number.is_none() && read.number.is_none() && is_subtitle(&compact) {
                read.subtitle = Some(compact);
            } else if publisher.is_empty()
                && headline_like(&compact)
                && compact.chars().count() <= 30
                && (next_has_date
                    || read.date.is_some()
                    || (date.is_none() && OFFICE_ENDINGS.iter().any(|e| compact.ends_with(e)))
                    // 第5期　2024年5月6日 then the office: only a name no
                    // headline would have.
                    || (number.is_some()
                        && (compact.starts_with("中共")
                            || ["办公室", "委员会", "政府"].iter().any(|w| compact.contains(w)))))
            {
                read.publisher = Some(compact);
            } else {
                all = false;
                break;
            }
        }
        if !all {
            break;
        }
        if let Some(sub) = read.subtitle {
            series = format!("{series}{SUBTITLE_MARK}{sub}");
        }
        supplement |= read.supplement;
        number = number.or(read.number);
        date = date.or(read.date);
        if let Some(who) = read.publisher {
            // 中共上街区委办公室编: "compiled by" is not part of the name.
            let name = who
                .strip_suffix("编印")
                .or_else(|| who.strip_suffix('编'))
                .filter(|n| n.chars().count() >= 2)
                .unwrap_or(&who);
            publisher = name.to_string();
        }
        at += 1;
    }
    let mut number = number.ok_or(ParseError::NoNumber { line: title_line })?;
    number.supplement |= supplement;
    Ok(Masthead {
        marking: marking.join("　"),
        series,
        number,
        publisher,
        date,
        used: at,
    })
}

/// What one masthead line gave.
#[derive(Default)]
struct Reading {
    number: Option<NumberLine>,
    supplement: bool,
    subtitle: Option<String>,
    publisher: Option<String>,
    date: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberLine {
    pub year: Option<i16>,
    pub number: u32,
    pub total: Option<u32>,
    pub supplement: bool,
}

/// Reads 第55期, 第 56 期（总第 1083 期）, 2023年第5期, 增刊第1期, 第1期（增刊）.
pub fn parse_number_line(line: &str) -> Option<NumberLine> {
    let s: String = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => fullwidth_ascii_alnum(c).unwrap_or(c),
        })
        .collect();
    let mut rest = s.as_str();
    let mut supplement = false;
    let mut year = None;
    let mut total = None;
    if let Some((y, r)) = rest.split_once('年') {
        year = Some(y.parse().ok().filter(|y: &i16| (1900..=2999).contains(y))?);
        rest = r;
    }
    if let Some(r) = rest.strip_prefix("增刊") {
        supplement = true;
        rest = r;
    }
    if let Some(r) = rest.strip_suffix("（增刊）") {
        supplement = true;
        rest = r;
    }
    if let Some(r) = rest.strip_suffix("期）") {
        let (head, t) = r.rsplit_once("（总第")?;
        total = Some(t.parse().ok()?);
        rest = head;
    }
    if supplement && rest.is_empty() {
        return Some(NumberLine {
            year,
            number: 1,
            total,
            supplement,
        });
    }
    let number = rest
        .strip_prefix('第')?
        .strip_suffix('期')?
        .parse()
        .ok()
        .filter(|n| *n > 0)?;
    Some(NumberLine {
        year,
        number,
        total,
        supplement,
    })
}

/// A masthead line holding the publisher, the date, or both
/// (中共上街区委办公室      2023 年 8 月 14 日).
pub fn parse_publisher_date(line: &str) -> (String, Option<Date>) {
    let line = line.trim();
    if let Some(date) = parse_date(line) {
        return (String::new(), Some(date));
    }
    // The date is the longest tail that reads as one.
    for (at, c) in line.char_indices() {
        if (c.is_ascii_digit() || fullwidth_ascii_alnum(c).is_some() || c == '二')
            && let Some(date) = parse_date(&line[at..])
        {
            return (line[..at].trim().to_string(), Some(date));
        }
    }
    (line.to_string(), None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(lines: &[&str]) -> Vec<Para> {
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| Para {
                text: l.to_string(),
                line: i + 1,
            })
            .collect()
    }

    #[test]
    fn mastheads_of_several_forms() {
        let m = read_masthead(&paras(&[
            "内部资料　　注意保存",
            "上 街 信 息",
            "专报",
            "第 3 期（总第 120 期）",
            "中共上街区委办公室编　　　　2024 年 5 月 6 日",
            "标题",
        ]))
        .unwrap();
        assert_eq!(m.marking, "内部资料　注意保存");
        assert_eq!(m.series, "上街信息·专报");
        assert_eq!((m.number.number, m.number.total), (3, Some(120)));
        assert_eq!(m.publisher, "中共上街区委办公室");
        assert_eq!(m.date, Some(Date::constant(2024, 5, 6)));
        assert_eq!(m.used, 5);

        let m = read_masthead(&paras(&[
            "峡窝信息",
            "增刊",
            "第2期",
            "中共峡窝镇委员会办公室",
            "2024年3月1日",
            "标题",
        ]))
        .unwrap();
        assert_eq!(m.series, "峡窝信息");
        assert!(m.number.supplement);
        assert_eq!(m.number.number, 2);
        assert_eq!(m.publisher, "中共峡窝镇委员会办公室");
        assert_eq!(m.used, 5);

        let m = read_masthead(&paras(&[
            "上街信息（专报）",
            "2024年第5期",
            "2024年5月6日",
            "x",
        ]))
        .unwrap();
        assert_eq!(m.series, "上街信息·专报");
        assert_eq!(m.number.year, Some(2024));
        assert_eq!(m.publisher, "");
        assert_eq!(m.used, 3);
    }

    #[test]
    fn masthead_errors_name_a_line() {
        assert_eq!(
            read_masthead(&paras(&["第5期", "2024年5月6日"])),
            Err(ParseError::NoTitle { line: 1 })
        );
        assert_eq!(
            read_masthead(&paras(&["上街信息", "标题", "正文。"])),
            Err(ParseError::NoNumber { line: 1 })
        );
        let m = read_masthead(&paras(&[
            "上街信息",
            "第 23 期　总第1160期",
            "中共上街区委办公室",
            "2024年9月16日",
            "x",
        ]))
        .unwrap();
        assert_eq!((m.number.number, m.number.total), (23, Some(1160)));
        let m = read_masthead(&paras(&[
            "上街信息",
            "第 5 期　　　　2024年5月6日",
            "中共上街区委办公室",
            "矿山街道打造一站式服务中心",
        ]))
        .unwrap();
        assert_eq!(m.publisher, "中共上街区委办公室");
        assert_eq!(m.used, 3);
        assert_eq!(
            read_masthead(&paras(&["上街信息", "第5期", "标题"]))
                .unwrap()
                .date,
            None
        );
    }

    #[test]
    fn number_lines() {
        let n = |number, total, supplement| NumberLine {
            year: None,
            number,
            total,
            supplement,
        };
        assert_eq!(parse_number_line("第 55 期"), Some(n(55, None, false)));
        assert_eq!(
            parse_number_line("第56期（总第1083期）"),
            Some(n(56, Some(1083), false))
        );
        assert_eq!(
            parse_number_line("第 56 期(总第 1083 期)"),
            Some(n(56, Some(1083), false))
        );
        assert_eq!(parse_number_line("增刊第2期"), Some(n(2, None, true)));
        assert_eq!(parse_number_line("第2期（增刊）"), Some(n(2, None, true)));
        assert_eq!(parse_number_line("增刊"), Some(n(1, None, true)));
        assert_eq!(parse_number_line("第５５期"), Some(n(55, None, false)));
        assert_eq!(
            parse_number_line("2023年第5期"),
            Some(NumberLine {
                year: Some(2023),
                number: 5,
                total: None,
                supplement: false
            })
        );
        for bad in [
            "第期",
            "第五十五期",
            "上街信息",
            "第55期（总第期）",
            "55期",
            "第0期",
        ] {
            assert_eq!(parse_number_line(bad), None, "{bad}");
        }
    }

    #[test]
    fn publisher_and_date() {
        let d = Date::new(2023, 8, 14).unwrap();
        assert_eq!(
            parse_publisher_date("2023 年 8 月 14 日"),
            (String::new(), Some(d))
        );
        assert_eq!(
            parse_publisher_date("中共上街区委办公室                2023 年 8 月 14 日"),
            ("中共上街区委办公室".to_string(), Some(d))
        );
        assert_eq!(
            parse_publisher_date("中共上街区委办公室　　2023年8月14日"),
            ("中共上街区委办公室".to_string(), Some(d))
        );
        assert_eq!(
            parse_publisher_date("中共上街区委办公室"),
            ("中共上街区委办公室".to_string(), None)
        );
        // A very long line (found by fuzzing) is searched once, not once
        // per digit: the date is still found at its end.
        let long = format!("{}中共上街区委办公室 2023年8月14日", "2 ".repeat(50_000));
        assert_eq!(parse_publisher_date(&long).1, Some(d));
    }
}
