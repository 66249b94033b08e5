//! 信息采用情况反馈: the sheet an editor sends to a unit's 信息员 — what the
//! unit sent in a period and what became of each item, the printed text
//! beside the original where the editor changed it, and what was returned
//! and why. Pure: the items come from the store; the Word file is
//! `export::blocks` set from [`blocks`].

use crate::error::Result;
use crate::export::{Block, blocks_docx};
use crate::i18n::{Key, t, tf};
use crate::model::{Date, Item, Kind, Status, UnitList, file_safe, format_date};
use crate::stats::Period;

/// One item of the unit's, as the store gives it: the item and, when it
/// was published, the issue it was printed in (2025年第3期) and as what.
#[derive(Debug, Clone)]
pub struct Received {
    pub item: Item,
    pub printed_in: Option<(String, Kind)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// The unit's name on the list (an alias typed resolves to it).
    pub unit: String,
    pub period: String,
    pub sent: Vec<Sent>,
    pub used: Vec<Used>,
    pub returned: Vec<Returned>,
    /// Items neither printed nor returned yet.
    pub pending: usize,
}

/// A line of what the unit sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    pub received: Date,
    pub headline: String,
    /// 采用（2025年第3期）, 退回, 处理中.
    pub fate: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Used {
    pub headline: String,
    /// 2025年第3期.
    pub issue: String,
    pub kind: Kind,
    /// Headline, paragraphs and attribution as printed.
    pub printed: Vec<String>,
    /// The submission's lines as they arrived, when the printed text is not
    /// found in it: the editor changed it.
    pub original: Option<Vec<String>>,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Returned {
    pub received: Date,
    pub headline: String,
    pub reason: String,
}

/// The sheet for the unit typed as `written` (a name or an alias of the
/// list, or a name only the items use), from its items received in
/// `period`, oldest first.
pub fn sheet(units: &UnitList, written: &str, period: Period, items: &[Received]) -> Sheet {
    let written = written.trim();
    let mut s = Sheet {
        unit: units.canonical(written).unwrap_or(written).to_string(),
        period: period.label(),
        sent: Vec::new(),
        used: Vec::new(),
        returned: Vec::new(),
        pending: 0,
    };
    for r in items {
        let item = &r.item;
        let headline = item.title().to_string();
        let fate = match (item.status, &r.printed_in) {
            (Status::Published, Some((issue, kind))) => {
                s.used.push(used(item, issue, *kind));
                tf(Key::FeedbackFateUsed, &[issue])
            }
            (Status::Rejected, _) => {
                s.returned.push(Returned {
                    received: item.received,
                    headline: headline.clone(),
                    reason: item.reject_reason.clone(),
                });
                t(Key::FeedbackFateReturned).to_string()
            }
            _ => {
                s.pending += 1;
                t(Key::FeedbackFatePending).to_string()
            }
        };
        s.sent.push(Sent {
            received: item.received,
            headline,
            fate,
        });
    }
    s
}

fn used(item: &Item, issue: &str, kind: Kind) -> Used {
    let printed: Vec<String> = std::iter::once(item.headline.clone())
        .chain(item.body.iter().cloned())
        .chain(std::iter::once(item.attribution()))
        .filter(|p| !p.is_empty())
        .collect();
    let original = edited(item).then(|| {
        item.original
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    });
    Used {
        headline: item.title().to_string(),
        issue: issue.to_string(),
        kind,
        printed,
        original,
        reason: item.edit_reason.clone(),
    }
}

/// Whether the editor changed the text: the headline and body, white space
/// aside, are no longer found whole in the submission as it arrived (which
/// also holds the 报送单's fields and the attribution around them). An
/// item with an edit reason counts as changed; one without an original
/// (typed in, or read from an old bulletin without one) does not.
fn edited(item: &Item) -> bool {
    let squeeze = |s: &str| -> String { s.chars().filter(|c| !c.is_whitespace()).collect() };
    let original = squeeze(&item.original);
    !original.is_empty()
        && (!item.edit_reason.is_empty() || !original.contains(&item.fingerprint_text()))
}

/// The sheet's first lines: title, the unit addressed, the count.
fn summary(s: &Sheet) -> String {
    tf(
        Key::FeedbackSummary,
        &[
            &s.period,
            &s.sent.len(),
            &s.used.len(),
            &s.returned.len(),
            &s.pending,
        ],
    )
}

/// `2025年1月5日《标题》：采用（2025年第3期）`: a line of what was sent.
fn sent_line(s: &Sent) -> String {
    tf(
        Key::FeedbackSentLine,
        &[&format_date(s.received), &s.headline, &s.fate],
    )
}

/// `《标题》（2025年第3期，正文）`: the heading of a used item.
fn used_heading(u: &Used) -> String {
    tf(
        Key::FeedbackUsedHeading,
        &[&u.headline, &u.issue, &u.kind.label()],
    )
}

/// `2025年1月9日《标题》：缺少数据`: a returned item and why.
fn returned_line(r: &Returned) -> String {
    let reason = if r.reason.is_empty() {
        t(Key::FeedbackNoReason)
    } else {
        &r.reason
    };
    tf(
        Key::FeedbackReturnedLine,
        &[&format_date(r.received), &r.headline, &reason],
    )
}

/// The sheet as text, as a 通知 is set: paragraphs open with two full-width
/// spaces; each edited item as 【原稿】 then 【采用稿】; a part with
/// nothing in it says so (无。).
pub fn text(s: &Sheet, office: &str, today: Date) -> String {
    const INDENT: &str = "\u{3000}\u{3000}";
    let mut out = vec![
        t(Key::FeedbackTitle).to_string(),
        tf(Key::FeedbackTo, &[&s.unit]),
        format!("{INDENT}{}", summary(s)),
    ];
    let none = || format!("{INDENT}{}", t(Key::FeedbackNone));
    out.push(t(Key::FeedbackSentHead).to_string());
    out.extend(s.sent.iter().map(|x| format!("{INDENT}{}", sent_line(x))));
    if s.sent.is_empty() {
        out.push(none());
    }
    out.push(t(Key::FeedbackUsedHead).to_string());
    for u in &s.used {
        out.push(format!("{INDENT}{}", used_heading(u)));
        let Some(original) = &u.original else {
            out.push(format!("{INDENT}{}", t(Key::FeedbackUnchanged)));
            continue;
        };
        out.push(t(Key::FeedbackOriginal).to_string());
        out.extend(original.iter().map(|p| format!("{INDENT}{p}")));
        out.push(t(Key::FeedbackPrinted).to_string());
        out.extend(u.printed.iter().map(|p| format!("{INDENT}{p}")));
        if !u.reason.is_empty() {
            out.push(format!(
                "{INDENT}{}",
                tf(Key::FeedbackEditReason, &[&u.reason])
            ));
        }
    }
    if s.used.is_empty() {
        out.push(none());
    }
    out.push(t(Key::FeedbackReturnedHead).to_string());
    out.extend(
        s.returned
            .iter()
            .map(|r| format!("{INDENT}{}", returned_line(r))),
    );
    if s.returned.is_empty() {
        out.push(none());
    }
    out.extend([String::new(), office.to_string(), format_date(today)]);
    out.join("\n") + "\n"
}

/// The sheet for Word: what was sent as a table, each edited item's
/// original and printed text side by side, the returns with their reasons.
fn blocks(s: &Sheet, office: &str, today: Date) -> Vec<Block> {
    let none = || Block::Body(t(Key::FeedbackNone).to_string());
    let mut b = vec![
        Block::Title(t(Key::FeedbackTitle).to_string()),
        Block::Plain(tf(Key::FeedbackTo, &[&s.unit])),
        Block::Body(summary(s)),
        Block::Plain(t(Key::FeedbackSentHead).to_string()),
    ];
    b.extend(s.sent.iter().map(|x| Block::Body(sent_line(x))));
    if s.sent.is_empty() {
        b.push(none());
    }
    b.push(Block::Plain(t(Key::FeedbackUsedHead).to_string()));
    for u in &s.used {
        b.push(Block::Body(used_heading(u)));
        match &u.original {
            Some(original) => {
                b.push(Block::Columns {
                    header: vec![
                        t(Key::FeedbackOriginalColumn).to_string(),
                        t(Key::FeedbackPrintedColumn).to_string(),
                    ],
                    texts: vec![original.clone(), u.printed.clone()],
                });
                if !u.reason.is_empty() {
                    b.push(Block::Body(tf(Key::FeedbackEditReason, &[&u.reason])));
                }
            }
            None => b.push(Block::Body(t(Key::FeedbackUnchanged).to_string())),
        }
    }
    if s.used.is_empty() {
        b.push(none());
    }
    b.push(Block::Plain(t(Key::FeedbackReturnedHead).to_string()));
    b.extend(s.returned.iter().map(|r| Block::Body(returned_line(r))));
    if s.returned.is_empty() {
        b.push(none());
    }
    b.extend([
        Block::Gap,
        Block::Right(office.to_string()),
        Block::Right(format_date(today)),
    ]);
    b
}

/// A file name for the sheet, without extension: 信息采用情况反馈-区法院-2025年1月1日—2025年3月31日.
pub fn file_stem(s: &Sheet) -> String {
    file_safe(&format!(
        "{}-{}-{}",
        t(Key::FeedbackTitle),
        s.unit,
        s.period
    ))
}

/// The sheet as a Word file (.docx).
pub fn docx(s: &Sheet, office: &str, today: Date) -> Result<Vec<u8>> {
    blocks_docx(t(Key::FeedbackTitle), office, &blocks(s, office, today))
}

#[cfg(test)]
mod tests;
