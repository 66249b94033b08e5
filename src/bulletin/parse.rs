//! Reads a whole printed issue from its text (as typed, or as extracted from
//! PDF or Word) into an [`Issue`] whose items are published.

use super::BRIEF_MARK;
use super::footer::{footer_label, parse_footer};
use super::masthead::{parse_number_line, parse_publisher_date};
use super::text::{attribution_split, headline_like, join_artifact_spaces, split_run_in};
use crate::i18n::{Key, t};
use crate::layout::{Metric, lead_width, str_width};
use crate::model::{Issue, IssueState, Item, Kind, Status};
use crate::script::fullwidth_ascii_alnum;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    NoNumber,
    NoDate,
    NoItems,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(t(match self {
            ParseError::Empty => Key::BulletinEmpty,
            ParseError::NoNumber => Key::BulletinNoNumber,
            ParseError::NoDate => Key::BulletinNoDate,
            ParseError::NoItems => Key::BulletinNoItems,
        }))
    }
}

impl std::error::Error for ParseError {}

pub fn parse(text: &str) -> Result<Issue, ParseError> {
    let paragraphs = paragraphs(text);
    let mut rest = paragraphs.iter().map(String::as_str);
    let series: String = rest
        .next()
        .ok_or(ParseError::Empty)?
        .split_whitespace()
        .collect();
    if parse_number_line(&series).is_some() {
        return Err(ParseError::NoNumber);
    }
    let paragraphs: Vec<&str> = rest.collect();

    let at = paragraphs
        .iter()
        .take(4)
        .position(|p| parse_number_line(p).is_some())
        .ok_or(ParseError::NoNumber)?;
    let number = parse_number_line(paragraphs[at]).ok_or(ParseError::NoNumber)?;
    let mut body = &paragraphs[at + 1..];

    let mut publisher = String::new();
    let mut date = None;
    for _ in 0..2 {
        let Some(&p) = body.first() else { break };
        let (who, when) = parse_publisher_date(p);
        let next_is_date = body.get(1).is_some_and(|n| {
            parse_publisher_date(n) == (String::new(), crate::model::parse_date(n))
                && crate::model::parse_date(n).is_some()
        });
        if when.is_some() {
            date = date.or(when);
            if !who.is_empty() {
                publisher = who;
            }
        } else if publisher.is_empty()
            && date.is_none()
            && next_is_date
            && headline_like(&who)
            && who.chars().count() <= 30
        {
            publisher = who;
        } else {
            break;
        }
        body = &body[1..];
        if date.is_some() && !publisher.is_empty() {
            break;
        }
    }
    let date = date.ok_or(ParseError::NoDate)?;
    let year = number.year.unwrap_or(date.year());

    let footer_at = body
        .iter()
        .enumerate()
        .position(|(i, p)| {
            i > 0 && (footer_label(p).is_some() || p.trim_start().starts_with("共印"))
        })
        .unwrap_or(body.len());
    let (items, footer) = body.split_at(footer_at);
    let footer = parse_footer(footer.iter().copied());

    let mut issue = Issue::new(series, year, number.number);
    issue.total_number = number.total;
    issue.supplement = number.supplement;
    issue.date = Some(date);
    issue.publisher = publisher;
    issue.footer = footer.lines;
    issue.editors = footer.editors;
    issue.print_run = footer.print_run;
    issue.state = IssueState::Final;
    for mut item in group_items(items) {
        item.received = date;
        item.status = Status::Published;
        match item.kind {
            Kind::Article => issue.articles.push(item),
            Kind::Brief => issue.briefs.push(item),
        }
    }
    if issue.articles.is_empty() && issue.briefs.is_empty() {
        return Err(ParseError::NoItems);
    }
    Ok(issue)
}

/// The text as paragraphs: page-number lines dropped; where the text is
/// hard-wrapped (paragraphs start indented), wrapped lines joined back.
fn paragraphs(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim_end_matches(['\r', '\n']))
        .filter(|l| !l.trim().is_empty() && !is_page_number(l))
        .collect();
    let indented = |l: &str| l.starts_with('　') || l.starts_with("  ") || l.starts_with('\t');
    let wrapped = lines.iter().skip(3).filter(|l| indented(l)).count() >= 2
        && lines
            .iter()
            .skip(3)
            .any(|l| !indented(l) && footer_label(l.trim()).is_none());
    // In hard-wrapped text a flush line continues the paragraph above when
    // its first word would not have fitted on the line before.
    let widest = lines
        .iter()
        .map(|l| str_width(l, Metric::Print))
        .max()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    let mut prev_width: Option<usize> = None;
    for line in lines {
        let trimmed = line.trim();
        let full_before = prev_width
            .is_some_and(|w| w + lead_width(trimmed, Metric::Print) > widest.saturating_sub(2));
        let starts_paragraph = !wrapped
            || !full_before
            || indented(line)
            || footer_label(trimmed).is_some()
            || trimmed.starts_with("共印");
        prev_width = (!line.starts_with(' ')).then(|| str_width(line.trim_end(), Metric::Print));
        match out.last_mut() {
            Some(prev) if !starts_paragraph => {
                // A space beside Chinese stays at the end of its line; a
                // break between Latin words stands for one space.
                if prev.ends_with(|c: char| c.is_ascii_alphanumeric())
                    && trimmed.starts_with(|c: char| c.is_ascii_alphanumeric())
                {
                    prev.push(' ');
                }
                prev.push_str(line.trim_start());
            }
            _ => out.push(line.trim_start().to_string()),
        }
    }
    out.iter_mut().for_each(|p| p.truncate(p.trim_end().len()));
    out
}

/// — 2 —, - 2 -, －2－, 第 2 页: page numbers left between paragraphs.
fn is_page_number(line: &str) -> bool {
    let s: String = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| fullwidth_ascii_alnum(c).unwrap_or(c))
        .collect();
    let dashes = |c: char| matches!(c, '—' | '－' | '-' | '–' | '─' | '―');
    let inner = s.trim_start_matches(dashes).trim_end_matches(dashes);
    let dashed = inner.len() < s.len() && s.starts_with(dashes) && s.ends_with(dashes);
    let digits = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit());
    (dashed && digits(inner))
        || s.strip_prefix('第')
            .and_then(|x| x.strip_suffix('页'))
            .is_some_and(digits)
}

/// Groups body paragraphs into items: a △ paragraph is one brief; an article
/// runs until a paragraph that ends with its attribution.
fn group_items(paragraphs: &[&str]) -> Vec<Item> {
    let mut items = Vec::new();
    let mut group: Vec<&str> = Vec::new();
    for &p in paragraphs {
        if let Some(brief) = p.strip_prefix([BRIEF_MARK, '▲']) {
            if !group.is_empty() {
                items.push(article(&group));
                group.clear();
            }
            items.push(brief_item(brief.trim_start(), p));
            continue;
        }
        group.push(p);
        if attribution_split(p).is_some() {
            items.push(article(&group));
            group.clear();
        }
    }
    if !group.is_empty() {
        items.push(article(&group));
    }
    items
}

fn placeholder_item(original: &[&str]) -> Item {
    let mut item = Item::new("", Vec::new(), jiff::civil::Date::constant(2000, 1, 1));
    item.original = original.join("\n");
    item
}

fn brief_item(text: &str, original: &str) -> Item {
    let mut item = placeholder_item(&[original]);
    item.kind = Kind::Brief;
    let text = match attribution_split(text) {
        Some((body, units)) => {
            item.sources = units;
            body
        }
        None => text,
    };
    item.body = vec![join_artifact_spaces(text)];
    item
}

fn article(group: &[&str]) -> Item {
    let mut item = placeholder_item(group);
    let mut paras: Vec<String> = group.iter().map(|p| p.to_string()).collect();
    if let Some(last) = paras.last_mut()
        && let Some((body, units)) = attribution_split(last)
    {
        item.sources = units;
        *last = body.to_string();
    }
    let first = paras.remove(0);
    if let Some((head, body)) = split_run_in(&first) {
        item.headline = head.to_string();
        paras.insert(0, body.to_string());
    } else if !paras.is_empty() && headline_like(&first) {
        // A headline broken over two lines leaves its tail before the gap
        // at the start of the next paragraph: "环境 一是优化窗口…".
        match broken_headline_tail(&paras[0]) {
            Some((tail, body)) => {
                item.headline = format!("{first}{tail}");
                paras[0] = body.to_string();
            }
            None => item.headline = first,
        }
    } else {
        paras.insert(0, first);
    }
    item.headline = join_artifact_spaces(&item.headline);
    item.body = paras
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| join_artifact_spaces(p))
        .collect();
    item
}

fn broken_headline_tail(paragraph: &str) -> Option<(&str, &str)> {
    let (tail, body) = split_run_in(paragraph)?;
    let short = tail.chars().count() <= 15;
    let plain = !tail.contains(|c: char| c.is_ascii_digit() || "，。；：！？、".contains(c));
    (short && plain).then_some((tail, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for s in ["— 2 —", "-2-", "－ ３ －", "第 2 页", "—12—"] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["2", "——", "第55期", "— 近日 —", "2023"] {
            assert!(!is_page_number(s), "{s}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_bulletin() {
        assert_eq!(parse(""), Err(ParseError::Empty));
        assert_eq!(parse("\n \n"), Err(ParseError::Empty));
        assert_eq!(
            parse("矿山街道优化卫生环境\n一是认真部署。（矿山街道）"),
            Err(ParseError::NoNumber)
        );
        assert_eq!(
            parse("上街信息\n第55期\n中共上街区委办公室\n正文"),
            Err(ParseError::NoDate)
        );
        assert_eq!(
            parse("上街信息\n第55期\n2023年8月14日\n"),
            Err(ParseError::NoItems)
        );
        assert_eq!(
            parse("第55期\n2023年8月14日\n标题 正文（单位）"),
            Err(ParseError::NoNumber)
        );
    }

    #[test]
    fn block_headline_and_broken_headline() {
        let text = [
            "上街信息",
            "第1期",
            "2023年1月2日",
            "标题在自己一行",
            "第一段正文。",
            "第二段正文。（矿山街道）",
            "很长的标题被拆成",
            "两行 一是正文。（区法院）",
            "△ 近日，区法院开展活动。（区法院）",
            "本期送：领导",
        ]
        .join("\n");
        let text = text.as_str();
        let issue = parse(text).unwrap();
        assert_eq!(issue.articles.len(), 2);
        assert_eq!(issue.articles[0].headline, "标题在自己一行");
        assert_eq!(issue.articles[0].body, ["第一段正文。", "第二段正文。"]);
        assert_eq!(issue.articles[1].headline, "很长的标题被拆成两行");
        assert_eq!(issue.articles[1].body, ["一是正文。"]);
        assert_eq!(issue.briefs[0].body, ["近日，区法院开展活动。"]);
        assert_eq!(issue.briefs[0].sources, ["区法院"]);
        assert_eq!(issue.footer.len(), 1);
        assert_eq!(issue.publisher, "");
    }

    #[test]
    fn hard_wrapped_text_is_joined_back() {
        use crate::bulletin::{HeadlineStyle, compose};
        use crate::layout::{Options, lay_out, to_text};
        use crate::model::FooterLine;
        let text = [
            "上街信息",
            "第1期（总第9期）",
            "中共上街区委办公室 2023年1月2日",
            "标题 正文第一句，接着第一句写下去，写到超过一行。（矿山街道）",
            "另一篇稿件的标题",
            "第一段正文，有 GDP 和 www.example.gov.cn 这样的词。",
            "第二段正文。（区委宣传部 区文明办）",
            "△ 近日，区法院开展“我是小法官”活动。（区法院）",
            "本期送：区县处级领导、区直各单位负责同志、各街道办事处",
            "责任编辑：王 伟 李晓明 共印 120 份",
        ]
        .join("\n");
        let issue = parse(&text).unwrap();
        assert_eq!(
            issue.articles[1].body[0],
            "第一段正文，有GDP和www.example.gov.cn这样的词。"
        );
        assert_eq!(
            issue.footer,
            [FooterLine::new(
                "本期送",
                "区县处级领导、区直各单位负责同志、各街道办事处"
            )]
        );
        for width in [14, 20, 28] {
            let opts = Options {
                width,
                ..Options::default()
            };
            let wrapped = to_text(&lay_out(&compose(&issue, HeadlineStyle::Auto), opts));
            let mut back =
                parse(&wrapped).unwrap_or_else(|e| panic!("width {width}: {e}\n{wrapped}"));
            for item in back.articles.iter_mut().chain(back.briefs.iter_mut()) {
                item.original.clear();
            }
            let mut expected = issue.clone();
            for item in expected
                .articles
                .iter_mut()
                .chain(expected.briefs.iter_mut())
            {
                item.original.clear();
            }
            assert_eq!(back, expected, "width {width}:\n{wrapped}");
        }
    }
}
