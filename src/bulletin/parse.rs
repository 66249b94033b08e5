//! Reads a whole printed issue from its text (as typed, or as extracted from
//! PDF or Word) into an [`Issue`] whose items are published, with notices
//! for whatever the reader was unsure of.

use super::footer::parse_footer;
use super::group::group;
use super::lines::{Para, paragraphs};
use super::masthead::read_masthead;
use super::notice::Notice;
pub use super::parse_error::ParseError;
use super::text::footer_label;
use crate::model::{Issue, IssueState, Kind, Status};

/// An issue as read, and the lines the reader was unsure of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub issue: Issue,
    pub notices: Vec<Notice>,
}

/// Reads an issue; see [`read`] for what the reader was unsure of.
pub fn parse(text: &str) -> Result<Issue, ParseError> {
    read(text).map(|r| r.issue)
}

pub fn read(text: &str) -> Result<Reading, ParseError> {
    let paras = paragraphs(text);
    let head = read_masthead(&paras)?;
    let body = &paras[head.used..];
    let footer_at = footer_start(body);
    let (items, footer) = body.split_at(footer_at);
    // Some issues print the date only in the footer: …2024年5月13日印发.
    let printed = footer.iter().find_map(|p| {
        let text = p.text.trim_end();
        let text = text.strip_suffix("印发").unwrap_or(text);
        super::masthead::parse_publisher_date(text).1
    });
    let date = head.date.or(printed).ok_or(ParseError::NoDate {
        line: paras.get(head.used.saturating_sub(1)).map_or(1, |p| p.line),
    })?;
    let footer = parse_footer(footer.iter().map(|p| p.text.as_str()));
    let grouped = group(items);

    let year = head.number.year.unwrap_or(date.year());
    let mut issue = Issue::new(head.series, year, head.number.number);
    issue.marking = head.marking;
    issue.total_number = head.number.total;
    issue.supplement = head.number.supplement;
    issue.date = Some(date);
    issue.publisher = head.publisher;
    issue.editor_note = grouped.issue_note;
    issue.footer = footer.lines;
    issue.editors = footer.editors;
    issue.print_run = footer.print_run;
    issue.state = IssueState::Final;
    for mut item in grouped.items {
        item.received = date;
        item.status = Status::Published;
        match item.kind {
            Kind::Article => issue.articles.push(item),
            Kind::Brief => issue.briefs.push(item),
        }
    }
    if issue.articles.is_empty() && issue.briefs.is_empty() {
        let line = paras.last().map_or(1, |p| p.line);
        return Err(ParseError::NoItems { line });
    }
    Ok(Reading {
        issue,
        notices: grouped.notices,
    })
}

/// Where the footer begins: the first labelled line (本期送：, 报：,
/// 责任编辑：) or 共印 after the first item.
fn footer_start(body: &[Para]) -> usize {
    body.iter()
        .enumerate()
        .position(|(i, p)| {
            let t = p.text.trim_start();
            i > 0
                && (footer_label(t).is_some()
                    || t.starts_with("共印")
                    || t.starts_with("（共印")
                    || t.starts_with("(共印"))
        })
        .unwrap_or(body.len())
}

#[cfg(test)]
mod tests;
