//! The masthead lines: 第 N 期（总第 M 期）, 增刊, publisher and date.

use jiff::civil::Date;

use crate::model::parse_date;
use crate::script::fullwidth_ascii_alnum;

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
    let number = rest.strip_prefix('第')?.strip_suffix('期')?.parse().ok()?;
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
        for bad in ["第期", "第五十五期", "上街信息", "第55期（总第期）", "55期"]
        {
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
