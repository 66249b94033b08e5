//! import, list, show, accept / reject / hold, undo.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::args::{EditArgs, ImportArgs, ItemsArgs, ListArgs, RejectArgs, ShowArgs, UndoArgs};
use super::progress::Progress;
use super::{Context, emit};
use crate::error::{Error, Result};
use crate::i18n::{Key, t, tf};
use crate::import::{
    BulletinSummary, Options, Report, ReportLine, encoding_for, import_bulletin, import_paths,
    preview_paths, read_bulletin,
};
use crate::layout::{Metric, pad, pad_left};
use crate::model::{ItemId, Status};
use crate::store::{ItemQuery, Sort};

fn json(out: &mut dyn Write, value: &impl serde::Serialize) -> Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(Error::Json)?;
    super::emit_data(out, &text)
}

/// `import`: --json alone restores an archive; with --dry-run or
/// --bulletin it asks for the reading as data.
pub fn import(ctx: &Context, args: &ImportArgs, out: &mut dyn Write) -> Result<ExitCode> {
    if args.json && !args.dry_run && !args.bulletin {
        if args.encoding.is_some() {
            super::warn(format!(
                "{}{}",
                t(Key::ErrorPrefix),
                t(Key::ErrRestoreEncoding)
            ));
            return Ok(ExitCode::from(2));
        }
        return restore(ctx, &args.files, out);
    }
    import_files(ctx, args, out)
}

fn import_files(ctx: &Context, how: &ImportArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let files = &how.files;
    let encoding = match how.encoding.as_deref() {
        Some(name) => {
            Some(encoding_for(name).ok_or_else(|| Error::UnknownEncoding(name.to_string()))?)
        }
        None => None,
    };
    let opts = Options {
        encoding,
        today: ctx.today(),
    };
    if how.dry_run {
        return dry_run(ctx, how, &opts, out);
    }
    let mut store = ctx.open_store()?;
    if how.bulletin {
        let mut failed = false;
        let mut summaries = Vec::new();
        for path in files {
            match import_bulletin(&mut store, path, &opts) {
                Ok((id, summary)) => {
                    let s = store.issue_summary(id)?;
                    if !how.json {
                        emit(
                            out,
                            tf(Key::ImportedIssue, &[&s.title(), &s.articles, &s.briefs]),
                        )?;
                        for line in summary.lines() {
                            emit(out, line)?;
                        }
                    }
                    summaries.push(summary);
                }
                Err(e) => {
                    super::warn(format!("{}{e}", t(Key::ErrorPrefix)));
                    failed = true;
                }
            }
        }
        if how.json {
            json(out, &summaries)?;
        }
        return Ok(exit_code(failed));
    }
    let progress = Progress::new();
    progress.step(t(Key::ProgressImport));
    let report = import_paths(&mut store, files, &opts, |done, total| {
        progress.count(done, total)
    })?;
    drop(progress);
    print_report(&report, out)?;
    Ok(exit_code(report.failed() > 0))
}

fn exit_code(failed: bool) -> ExitCode {
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `import --dry-run`: what would be stored, read with the store's unit
/// list (when there is a store), and nothing written. A store that does
/// not exist is not created.
fn dry_run(
    ctx: &Context,
    how: &ImportArgs,
    opts: &Options,
    out: &mut dyn Write,
) -> Result<ExitCode> {
    let files = &how.files;
    let store = if ctx.db_path.exists() {
        Some(ctx.open_store()?)
    } else {
        None
    };
    let units = match &store {
        Some(s) => s.units()?,
        None => crate::model::UnitList::default(),
    };
    let mut failed = false;
    if how.bulletin {
        let mut summaries = Vec::new();
        for path in files {
            match read_bulletin(path, opts, &units) {
                Ok(reading) => summaries.push(BulletinSummary::of(
                    &path.display().to_string(),
                    &reading,
                    &units,
                )),
                Err(e) => {
                    super::warn(format!("{}{e}", t(Key::ErrorPrefix)));
                    failed = true;
                }
            }
        }
        if how.json {
            json(out, &summaries)?;
        } else {
            for s in &summaries {
                for line in s.lines() {
                    emit(out, line)?;
                }
            }
            emit(out, t(Key::SummaryDryRun))?;
        }
        return Ok(exit_code(failed));
    }
    let previews = preview_paths(store.as_ref(), files, opts, &units)?;
    if how.json {
        json(out, &previews)?;
    } else {
        for p in &previews {
            for line in p.lines() {
                if p.failed() {
                    super::warn(line);
                } else {
                    emit(out, line)?;
                }
            }
        }
        emit(out, t(Key::SummaryDryRun))?;
    }
    Ok(exit_code(previews.iter().any(|p| p.failed())))
}

/// `import --json`: each file restored, or a bundle or receipt from
/// another desk taken in, whole or not at all.
fn restore(ctx: &Context, files: &[PathBuf], out: &mut dyn Write) -> Result<ExitCode> {
    let mut store = ctx.open_store()?;
    let mut failed = false;
    for path in files {
        let progress = Progress::new();
        progress.step(tf(Key::ProgressRestoreJson, &[&path.display()]));
        let imported =
            crate::import::import_json(&mut store, path, &ctx.settings.publisher, |done, total| {
                progress.count(done, total)
            });
        drop(progress);
        match imported {
            Ok(done) => {
                for line in done.lines(&store)? {
                    emit(out, line)?;
                }
            }
            Err(e) => {
                super::warn(format!("{}{e}", t(Key::ErrorPrefix)));
                failed = true;
            }
        }
    }
    Ok(exit_code(failed))
}

/// The report: failures on standard error, the rest on standard output.
fn print_report(report: &Report, out: &mut dyn Write) -> Result<()> {
    for line in report.lines() {
        match line {
            ReportLine::Failed(text) => super::warn(text),
            ReportLine::Info(text) => emit(out, text)?,
        }
    }
    Ok(())
}

pub fn parse_status(s: &str) -> Result<Status> {
    Status::parse(s).ok_or_else(|| Error::UnknownStatus(s.to_string()))
}

pub fn list(ctx: &Context, args: ListArgs, out: &mut dyn Write) -> Result<()> {
    let ListArgs {
        status,
        unit,
        search,
        limit,
        sort,
        json: as_json,
    } = args;
    let (order, oldest_first) = match sort.as_str() {
        "oldest" => Sort::OldestReceived,
        "imported" => Sort::Imported,
        _ => Sort::NewestReceived,
    }
    .order();
    let status = status.as_deref().map(parse_status).transpose()?;
    let store = ctx.open_existing_store()?;
    if let Some(u) = &unit
        && store.unit_names(u)?.is_none()
    {
        return Err(Error::NoSuchUnit(u.clone()));
    }
    let rows = store.items(&ItemQuery {
        status,
        unit,
        search,
        limit,
        order,
        oldest_first,
        ..ItemQuery::default()
    })?;
    if as_json {
        return json(out, &rows);
    }
    let m = Metric::NarrowAmbiguous;
    emit(
        out,
        format!(
            "{} {} {} {} {} {}",
            pad_left(t(Key::ColId), 6, m),
            pad(t(Key::ColStatus), 6, m),
            pad(t(Key::ColReceived), 10, m),
            pad(t(Key::ColUnit), 14, m),
            pad(t(Key::ColHeadline), 44, m),
            pad_left(t(Key::ColChars), 5, m),
        ),
    )?;
    for r in &rows {
        emit(
            out,
            format!(
                "{} {} {} {} {} {}",
                pad_left(&r.id.to_string(), 6, m),
                pad(r.status.label(), 6, m),
                r.received,
                pad(
                    &if r.source_inferred {
                        format!("{}{}", r.sources.join(" "), t(Key::InferredMark))
                    } else {
                        r.sources.join(" ")
                    },
                    14,
                    m
                ),
                pad(r.title(), 44, m),
                pad_left(&r.chars.to_string(), 5, m),
            ),
        )?;
    }
    if rows.is_empty() {
        emit(out, t(Key::NothingFound))?;
    }
    Ok(())
}

/// An item as `show --json` gives it: its fields, then what the upper
/// levels did with it (`adoptions`, `instructions`, each by date), where
/// it was forwarded (`forwards`) and, when it came in a bundle, where from
/// (`forwarded_from`).
#[derive(serde::Serialize)]
struct Shown<'a> {
    #[serde(flatten)]
    item: &'a crate::model::Item,
    #[serde(flatten)]
    upper: &'a crate::model::Upper,
}

pub fn show(ctx: &Context, args: &ShowArgs, out: &mut dyn Write) -> Result<()> {
    let (id, as_json) = (args.item, args.json);
    let store = ctx.open_existing_store()?;
    let item = store.item(ItemId(id))?;
    let upper = store.upper(ItemId(id))?;
    if as_json {
        return json(
            out,
            &Shown {
                item: &item,
                upper: &upper,
            },
        );
    }
    emit(
        out,
        tf(
            Key::ShowHead,
            &[&id, &item.status.label(), &item.kind.label(), &item.chars()],
        ),
    )?;
    emit(out, format!("{}{}", t(Key::ShowHeadline), item.headline))?;
    let clean = crate::export::printable;
    emit(
        out,
        format!(
            "{}{}",
            t(Key::ShowSources),
            clean(&crate::import::sources_label(&item))
        ),
    )?;
    if let Some(people) = crate::import::contributors_label(&item.contributors) {
        emit(
            out,
            format!("{}{}", t(Key::ShowContributors), clean(&people)),
        )?;
    }
    emit(
        out,
        format!(
            "{}{}",
            t(Key::ShowReceived),
            crate::model::format_date(item.received)
        ),
    )?;
    if !item.note.is_empty() {
        emit(out, format!("{}{}", t(Key::ShowNote), item.note))?;
    }
    if !item.reject_reason.is_empty() {
        emit(out, format!("{}{}", t(Key::ShowReason), item.reject_reason))?;
    }
    if !item.edit_reason.is_empty() {
        emit(
            out,
            format!("{}{}", t(Key::ShowEditReason), item.edit_reason),
        )?;
    }
    for a in &upper.adoptions {
        emit(out, format!("{}{}", t(Key::ShowAdoption), a.label()))?;
    }
    for i in &upper.instructions {
        emit(out, format!("{}{}", t(Key::ShowInstruction), i.label()))?;
    }
    for f in &upper.forwards {
        emit(out, format!("{}{}", t(Key::ShowForward), clean(&f.label())))?;
    }
    if let Some(p) = &upper.forwarded_from {
        emit(
            out,
            format!("{}{}", t(Key::ShowForwardedFrom), clean(&p.label())),
        )?;
    }
    emit(out, "")?;
    for p in &item.body {
        emit(out, format!("{}{p}", crate::layout::PARAGRAPH_INDENT))?;
    }
    Ok(())
}

/// `edit ITEM`: the item as a text file in the user's editor, the twin of
/// the workstation's `e`. A published item, or a reason not on the list,
/// is refused before the editor opens.
pub fn edit(ctx: &Context, args: &EditArgs, out: &mut dyn Write) -> Result<()> {
    let reason = args
        .reason
        .as_deref()
        .map(|r| ctx.settings.feedback.reason(r))
        .transpose()?;
    let mut store = ctx.open_store()?;
    let id = ItemId(args.item);
    store.editable(id)?;
    let item = store.item(id)?;
    let cmd = crate::editor::command();
    match crate::editor::edit_item(&item, &std::env::temp_dir(), |path| {
        crate::editor::launch(&cmd, path)
    })? {
        crate::editor::Outcome::Changed(mut change) => {
            change.reason = reason;
            store.edit_item(id, &change)?;
            emit(out, tf(Key::Edited, &[&id]))
        }
        crate::editor::Outcome::Unchanged => emit(out, tf(Key::MsgEditUnchanged, &[&id])),
    }
}

pub fn accept(ctx: &Context, args: &ItemsArgs, out: &mut dyn Write) -> Result<()> {
    decide(ctx, &args.items, Status::Accepted, None, out)
}

pub fn reject(ctx: &Context, args: &RejectArgs, out: &mut dyn Write) -> Result<()> {
    let reason = args
        .reason
        .as_deref()
        .map(|r| ctx.settings.feedback.reason(r))
        .transpose()?;
    decide(ctx, &args.items, Status::Rejected, reason.as_deref(), out)
}

pub fn hold(ctx: &Context, args: &ItemsArgs, out: &mut dyn Write) -> Result<()> {
    decide(ctx, &args.items, Status::Held, None, out)
}

fn decide(
    ctx: &Context,
    ids: &[i64],
    status: Status,
    reason: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    let mut store = ctx.open_store()?;
    let ids: Vec<ItemId> = ids.iter().map(|&i| ItemId(i)).collect();
    let n = store.decide(&ids, status, reason)?;
    emit(out, tf(Key::Decided, &[&n, &status.label()]))
}

pub fn undo(ctx: &Context, args: &UndoArgs, out: &mut dyn Write) -> Result<()> {
    let yes = args.yes;
    let mut store = ctx.open_store()?;
    // Undoing a finalise asks first, as finalising does.
    if !yes && store.undo_unfinalises()? {
        let label = store.undo_label()?.unwrap_or_default();
        if super::safety::ask(&tf(Key::AskUnfinalise, &[&label]), out)? != Some(true) {
            return Err(Error::UnfinaliseNeedsYes { label });
        }
    }
    match store.undo()? {
        Some(label) => emit(out, tf(Key::Undone, &[&label])),
        None => emit(out, t(Key::NothingToUndo)),
    }
}
