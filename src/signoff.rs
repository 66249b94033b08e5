//! 审核签发 and 保密审查 as the desk runs them: the 审签单 an issue goes round
//! on before it is printed, and the rule that keeps a classified issue on
//! the print path. The one place the CLI's `issue sheet` and `export` and
//! the workstation's export both call.

use crate::error::{Error, Result};
use crate::export::{Block, Format, blocks_docx};
use crate::i18n::{Key, t, tf};
use crate::model::{Issue, SignRole, format_date};

/// Whether `format` takes the issue off paper: HTML, Markdown and JSON are
/// read on screens and copied on; text and Word are what the office prints.
pub fn leaves_print_path(format: Format) -> bool {
    matches!(format, Format::Html | Format::Markdown | Format::Json)
}

/// Whether exporting `issue` as `format` may go ahead: a classified (秘密,
/// 机密) issue leaves the print path only with `force`. `Ok(true)` when it
/// was forced, for the caller to record.
pub fn export_allowed(issue: &Issue, format: Format, force: bool) -> Result<bool> {
    if !(issue.release.secrecy.is_classified() && leaves_print_path(format)) {
        return Ok(false);
    }
    if force {
        return Ok(true);
    }
    Err(Error::ClassifiedExport {
        title: crate::store::issue_title(issue),
        format: format.extension(),
    })
}

fn dated(by: &str, date: jiff::civil::Date) -> String {
    format!("{by}　{}", format_date(date))
}

/// The rows of the 审签单: label, and the value's lines.
pub fn rows(issue: &Issue) -> Vec<(String, Vec<String>)> {
    let r = &issue.release;
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    let mut row = |key: Key, lines: Vec<String>| rows.push((t(key).to_string(), lines));
    let (title, subtitle) = issue.title_and_subtitle();
    let series = match subtitle {
        "" => title.to_string(),
        sub => format!("{title}（{sub}）"),
    };
    row(Key::SheetSeries, vec![series]);
    row(
        Key::SheetNumber,
        vec![format!("{}年{}", issue.year, issue.number_line())],
    );
    row(
        Key::SheetSecrecy,
        vec![match r.mark() {
            m if m.is_empty() => t(Key::SheetNone).to_string(),
            m => m,
        }],
    );
    if !r.copy_no.is_empty() {
        row(Key::SheetCopyNo, vec![r.copy_no.clone()]);
    }
    let mut items: Vec<String> = issue
        .articles
        .iter()
        .enumerate()
        .map(|(i, item)| {
            format!(
                "{}. {}（{}）",
                i + 1,
                headline(item),
                item.sources.join("、")
            )
        })
        .collect();
    items.extend(
        issue
            .briefs
            .iter()
            .map(|item| format!("△ {}（{}）", headline(item), item.sources.join("、"))),
    );
    row(Key::SheetItems, items);
    row(
        Key::SheetChars,
        vec![tf(Key::SheetCharCount, &[&issue.chars()])],
    );
    rows.extend(sign_offs(issue));
    let mut row = |key: Key, lines: Vec<String>| rows.push((t(key).to_string(), lines));
    let run = issue.print_run_in_force();
    row(
        Key::SheetPrintRun,
        vec![run.map(|n| tf(Key::SheetCopies, &[&n])).unwrap_or_default()],
    );
    let mut listed: Vec<&crate::model::Recipient> = r.recipients.iter().collect();
    listed.sort_by_key(|x| x.rank);
    let recipients = listed
        .into_iter()
        .map(|x| {
            let mut line = format!(
                "{}：{}　{}",
                x.rank.label(),
                x.name,
                tf(Key::SheetCopies, &[&x.copies])
            );
            if let Some(d) = x.sent {
                line.push_str(&format!("　{}", tf(Key::SheetSentOn, &[&format_date(d)])));
            }
            line
        })
        .collect();
    row(Key::SheetDistribution, recipients);
    rows
}

/// The 审签 rows of the sheet, one line each: 拟稿, the 校对 rounds taken,
/// 审核 and 签发 (empty until taken), and the 保密审查 of a 内部 or
/// classified issue. `issue show` prints them as they are.
pub fn sign_offs(issue: &Issue) -> Vec<(String, Vec<String>)> {
    let r = &issue.release;
    let drafter = match r.latest(SignRole::Draft) {
        Some(s) => dated(&s.by, s.date),
        None => issue.editors.join("、"),
    };
    let mut rows = vec![(t(Key::SheetDrafter).to_string(), vec![drafter])];
    for s in r
        .signoffs
        .iter()
        .filter(|s| matches!(s.role, SignRole::Proof(_)))
    {
        rows.push((s.role.label(), vec![dated(&s.by, s.date)]));
    }
    let mut row = |key: Key, lines: Vec<String>| rows.push((t(key).to_string(), lines));
    for (role, key) in [
        (SignRole::Review, Key::SheetReviewer),
        (SignRole::Sign, Key::SheetSigner),
    ] {
        let value = r
            .latest(role)
            .map(|s| dated(&s.by, s.date))
            .unwrap_or_default();
        row(key, vec![value]);
    }
    if r.needs_secrecy_review() || r.secrecy_review.is_some() {
        let value = match &r.secrecy_review {
            Some(v) => {
                let verdict = t(if v.cleared {
                    Key::SheetCleared
                } else {
                    Key::SheetNotCleared
                });
                let mut line = format!("{}　{verdict}", dated(&v.by, v.date));
                if !v.note.is_empty() {
                    line.push_str(&format!("（{}）", v.note));
                }
                line
            }
            None => String::new(),
        };
        row(Key::SheetSecrecyReview, vec![value]);
    }
    rows
}

/// The headline, or for a brief without one its opening words.
fn headline(item: &crate::model::Item) -> &str {
    item.title()
}

/// The 审签单 as blocks for Word: the title, the form, the office.
pub fn blocks(issue: &Issue) -> Vec<Block> {
    vec![
        Block::Title(t(Key::SheetTitle).to_string()),
        Block::Form(rows(issue)),
        Block::Right(issue.publisher.clone()),
    ]
}

/// The 审签单 as plain text: the title, then one `标签：内容` line a row,
/// further lines of a value indented under the first.
pub fn text(issue: &Issue) -> String {
    let mut out = format!("{}\n\n", t(Key::SheetTitle));
    for (label, lines) in rows(issue) {
        out.push_str(&label);
        out.push('：');
        let mut lines = lines.iter();
        out.push_str(lines.next().map_or("", String::as_str));
        out.push('\n');
        for line in lines {
            out.push_str("　　");
            out.push_str(line);
            out.push('\n');
        }
    }
    if !issue.publisher.is_empty() {
        out.push('\n');
        out.push_str(&issue.publisher);
        out.push('\n');
    }
    out
}

/// The 审签单 as a Word file.
pub fn docx(issue: &Issue) -> Result<Vec<u8>> {
    blocks_docx(t(Key::SheetTitle), &issue.publisher, &blocks(issue))
}

/// The sheet's file name without extension: 上街信息-2024-第7期-审签单.
pub fn file_stem(issue: &Issue) -> String {
    format!("{}-{}", issue.file_stem(), t(Key::SheetTitle))
}
