//! `feedback UNIT`: the sheet an editor sends to a unit's 信息员, as text
//! or as a Word file.

use std::io::Write;

use super::args::FeedbackArgs;
use super::review::so_far;
use super::{Context, emit};
use crate::error::{Error, Result};
use crate::export::{Block, blocks_docx, write_atomic};
use crate::feedback::{Sheet, returned_line, sent_line, sheet, summary, text, used_heading};
use crate::i18n::{Key, t, tf};
use crate::model::{Date, format_date};

const FORMATS: &[&str] = &["text", "docx"];

pub fn feedback(ctx: &Context, args: FeedbackArgs, out: &mut dyn Write) -> Result<()> {
    let docx = match args.format.trim() {
        "text" => false,
        "docx" => true,
        other => {
            return Err(Error::UnknownFormat {
                name: other.to_string(),
                known: FORMATS,
            });
        }
    };
    if docx && args.output.is_none() {
        return Err(Error::BinaryToTerminal { extension: "docx" });
    }
    let today = ctx.today();
    let period = so_far(today, args.from.as_deref(), args.to.as_deref())?;
    let store = ctx.open_existing_store()?;
    if store.unit_names(&args.unit)?.is_none() {
        return Err(Error::NoSuchUnit(args.unit.trim().to_string()));
    }
    let items = store.feedback_items(&args.unit, period)?;
    let s = sheet(&store.units()?, &args.unit, period, &items);
    let office = &ctx.settings.publisher;
    let Some(path) = args.output.as_deref() else {
        let text = text(&s, office, today);
        return out
            .write_all(super::printable_lines(&text).as_bytes())
            .map_err(|e| Error::io("<stdout>", e));
    };
    let bytes = if docx {
        blocks_docx(t(Key::FeedbackTitle), office, &blocks(&s, office, today))?
    } else {
        text(&s, office, today).into_bytes()
    };
    write_atomic(path, &bytes)?;
    emit(out, tf(Key::Exported, &[&path.display()]))
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
