//! issue sign, secrecy, recipient, sent, sheet: the 印发 record.

use std::io::Write;

use super::args::{RecipientArgs, SecrecyArgs, SentArgs, SheetArgs, SignArgs};
use super::{Context, emit, resolve};
use crate::error::{Error, Result, read_date};
use crate::export::write_atomic;
use crate::i18n::{Key, tf};
use crate::model::{Date, Rank, Recipient, SecrecyReview, SignOff, SignRole, format_date};
use crate::store::Store;

const SHEET_FORMATS: &[&str] = &["text", "docx"];

/// A typed date, or today when none was given.
fn date_or_today(ctx: &Context, date: Option<&str>) -> Result<Date> {
    date.map(read_date)
        .transpose()
        .map(|d| d.unwrap_or(ctx.today()))
}

pub fn sign(ctx: &Context, store: &mut Store, args: &SignArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    let role =
        SignRole::parse(&args.role).ok_or_else(|| Error::UnknownSignRole(args.role.clone()))?;
    let by = args.by.trim();
    if by.is_empty() {
        return Err(Error::Field(crate::model::FieldError::Empty));
    }
    let date = date_or_today(ctx, args.date.as_deref())?;
    store.sign(
        id,
        SignOff {
            role,
            by: by.to_string(),
            date,
        },
    )?;
    emit(
        out,
        tf(Key::IssueSigned, &[&role.label(), &by, &format_date(date)]),
    )
}

pub fn secrecy(
    ctx: &Context,
    store: &mut Store,
    args: &SecrecyArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    let by = args.by.trim();
    if by.is_empty() {
        return Err(Error::Field(crate::model::FieldError::Empty));
    }
    let review = SecrecyReview {
        by: by.to_string(),
        date: date_or_today(ctx, args.date.as_deref())?,
        cleared: !args.not_cleared,
        note: args.note.as_deref().unwrap_or("").trim().to_string(),
    };
    store.review_secrecy(id, review)?;
    let full = store.issue(id)?;
    let sheet = crate::signoff::rows(&full);
    let line = sheet
        .iter()
        .find(|(label, _)| label == crate::i18n::t(Key::SheetSecrecyReview))
        .and_then(|(_, v)| v.first().cloned())
        .unwrap_or_default();
    emit(out, tf(Key::IssueSecrecyReviewed, &[&line]))
}

pub fn recipient(store: &mut Store, args: &RecipientArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    let name = args.name.trim();
    if name.is_empty() {
        return Err(Error::Field(crate::model::FieldError::Empty));
    }
    let rank = match &args.rank {
        Some(r) => Rank::parse(r).ok_or_else(|| Error::UnknownRank(r.clone()))?,
        // Removing: the rank does not matter.
        None => Rank::Issue,
    };
    let copies = if args.remove { 0 } else { args.copies.max(1) };
    store.set_recipient(
        id,
        Recipient {
            rank,
            name: name.to_string(),
            copies,
            sent: None,
        },
    )?;
    if args.remove {
        return emit(out, tf(Key::IssueRecipientRemoved, &[&name]));
    }
    let total = store.issue(id)?.release.copies().unwrap_or(0);
    emit(out, tf(Key::IssueRecipientSet, &[&name, &total]))
}

pub fn sent(ctx: &Context, store: &mut Store, args: &SentArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    let names: Vec<String> = args.to.iter().map(|n| n.trim().to_string()).collect();
    let date = date_or_today(ctx, args.date.as_deref())?;
    let count = store.mark_sent(id, &names, date)?;
    emit(out, tf(Key::IssueSentRecorded, &[&count]))
}

pub fn sheet(store: &Store, args: &SheetArgs, out: &mut dyn Write) -> Result<()> {
    let docx = match args.format.trim() {
        "text" | "txt" => false,
        "docx" | "word" => true,
        other => {
            return Err(Error::UnknownFormat {
                name: other.to_string(),
                known: SHEET_FORMATS,
            });
        }
    };
    if docx && args.output.is_none() {
        return Err(Error::BinaryToTerminal { extension: "docx" });
    }
    let issue = store.issue(resolve(store, &args.issue)?)?;
    let Some(path) = args.output.as_deref() else {
        let text = crate::signoff::text(&issue);
        return out
            .write_all(super::printable_lines(&text).as_bytes())
            .map_err(|e| Error::io("<stdout>", e));
    };
    let bytes = match docx {
        true => crate::signoff::docx(&issue)?,
        false => crate::signoff::text(&issue).into_bytes(),
    };
    write_atomic(path, &bytes)?;
    emit(out, tf(Key::Exported, &[&path.display()]))
}
