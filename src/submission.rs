//! Reading one submitted item from its text: header lines (报送单位：,
//! 报送日期：), the headline, body paragraphs, and the source unit. Pure.

use jiff::civil::Date;

use crate::bulletin::{BRIEF_MARK, attribution_split};
use crate::i18n::{Key, t};
use crate::model::{Item, Kind, parse_date};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmissionError {
    Empty,
    NoBody,
}

impl std::fmt::Display for SubmissionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(t(match self {
            SubmissionError::Empty => Key::SubmissionEmpty,
            SubmissionError::NoBody => Key::SubmissionNoBody,
        }))
    }
}

impl std::error::Error for SubmissionError {}

const UNIT_LABELS: [&str; 4] = ["报送单位", "来稿单位", "供稿单位", "单位"];
const DATE_LABELS: [&str; 3] = ["报送日期", "来稿日期", "日期"];

fn header<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    let (label, value) = line.split_once(['：', ':'])?;
    labels.contains(&label.trim()).then(|| value.trim())
}

/// Reads a submission. `received` is used when the text names no date.
/// The whole text is kept unchanged as the item's original.
pub fn parse(text: &str, received: Date) -> Result<Item, SubmissionError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .filter(|l| !l.is_empty())
        .peekable();
    let mut unit = None;
    let mut date = None;
    while let Some(&line) = lines.peek() {
        if let Some(u) = header(line, &UNIT_LABELS) {
            unit = Some(u.to_string());
        } else if let Some(d) = header(line, &DATE_LABELS) {
            date = parse_date(d);
        } else {
            break;
        }
        lines.next();
    }
    let first = lines.next().ok_or(SubmissionError::Empty)?;
    let first = first.trim_start_matches('#').trim();
    let mut item = Item::new("", Vec::new(), date.unwrap_or(received));
    item.original = text.to_string();
    let mut body: Vec<String> = Vec::new();
    if let Some(brief) = first.strip_prefix([BRIEF_MARK, '▲']) {
        item.kind = Kind::Brief;
        body.push(brief.trim().to_string());
    } else {
        item.headline = first.to_string();
    }
    body.extend(lines.map(String::from));
    if let Some(last) = body.last_mut()
        && let Some((rest, units)) = attribution_split(last)
    {
        item.sources = units;
        let rest = rest.to_string();
        if rest.is_empty() {
            body.pop();
        } else {
            *last = rest;
        }
    }
    if item.sources.is_empty()
        && let Some(u) = unit
    {
        item.sources = u
            .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','))
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
    }
    if body.is_empty() {
        return Err(SubmissionError::NoBody);
    }
    item.body = body;
    Ok(item)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::new(2023, 9, 1).unwrap()
    }

    #[test]
    fn headline_body_and_trailing_unit() {
        let item = parse(
            "矿山街道优化卫生环境\n\n一是认真部署。\n二是线下发力。（矿山街道）\n",
            day(),
        )
        .unwrap();
        assert_eq!(item.headline, "矿山街道优化卫生环境");
        assert_eq!(item.body, ["一是认真部署。", "二是线下发力。"]);
        assert_eq!(item.sources, ["矿山街道"]);
        assert_eq!(item.received, day());
        assert_eq!(item.kind, Kind::Article);
        assert!(item.original.starts_with("矿山街道"));
    }

    #[test]
    fn headers_give_unit_and_date_and_the_unit_may_stand_alone() {
        let text = "\u{feff}报送日期：2023年8月14日\r\n报送单位：宣传部\r\n标题\r\n正文一段。\r\n（区委宣传部 区文明办）\r\n";
        let item = parse(text, day()).unwrap();
        assert_eq!(item.received, Date::new(2023, 8, 14).unwrap());
        assert_eq!(
            item.sources,
            ["区委宣传部", "区文明办"],
            "the printed attribution wins"
        );
        assert_eq!(item.body, ["正文一段。"]);
        let item = parse("报送单位：宣传部\n标题\n正文。", day()).unwrap();
        assert_eq!(item.sources, ["宣传部"]);
    }

    #[test]
    fn briefs_markdown_and_refusals() {
        let item = parse("△ 近日，区法院开展活动。（区法院）", day()).unwrap();
        assert_eq!((item.kind, item.headline.as_str()), (Kind::Brief, ""));
        assert_eq!(item.body, ["近日，区法院开展活动。"]);
        assert_eq!(parse("# 标题\n正文", day()).unwrap().headline, "标题");
        assert_eq!(parse("", day()), Err(SubmissionError::Empty));
        assert_eq!(
            parse("报送单位：区法院\n \n", day()),
            Err(SubmissionError::Empty)
        );
        assert_eq!(parse("只有标题", day()), Err(SubmissionError::NoBody));
        assert_eq!(
            parse("标题\n（区法院）", day()),
            Err(SubmissionError::NoBody)
        );
    }
}
