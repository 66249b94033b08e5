//! issue … and export.

use std::io::{IsTerminal, Write};

use super::args::{
    AddArgs, FinaliseArgs, IssueListArgs, IssueShowArgs, MoveArgs, NewIssueArgs, RemoveArgs,
    SetFieldArgs,
};
use super::progress::Progress;
use super::{Context, ExportArgs, IssueCommand, IssueRef, emit, resolve};
use crate::error::{Error, Result, read_date};
use crate::export::{Encoding, Format, render_with, write_atomic};
use crate::i18n::{Key, t, tf};
use crate::layout::{Metric, Options, pad, pad_left};
use crate::model::{Issue, ItemId, Kind};
use crate::review::{Finalised, blocked, describe};
use crate::store::{IssueField, Store};

pub fn run(ctx: &Context, command: IssueCommand, out: &mut dyn Write) -> Result<()> {
    let mut store = ctx.open_store()?;
    match command {
        IssueCommand::New(args) => new(ctx, &mut store, args, out),
        IssueCommand::List(args) => list(&store, &args, out),
        IssueCommand::Show(args) => show(&store, &args, out),
        IssueCommand::Add(args) => add(&mut store, &args, out),
        IssueCommand::Remove(args) => remove(&mut store, &args, out),
        IssueCommand::Move(args) => move_item(&mut store, &args, out),
        IssueCommand::Set(args) => set(&mut store, &args, out),
        IssueCommand::Finalise(args) => finalise(ctx, &mut store, &args, out),
        IssueCommand::Delete(issue) => delete(&mut store, &issue, out),
        IssueCommand::Sign(args) => super::signoff::sign(ctx, &mut store, &args, out),
        IssueCommand::Secrecy(args) => super::signoff::secrecy(ctx, &mut store, &args, out),
        IssueCommand::Recipient(args) => super::signoff::recipient(&mut store, &args, out),
        IssueCommand::Sent(args) => super::signoff::sent(ctx, &mut store, &args, out),
        IssueCommand::Sheet(args) => super::signoff::sheet(&store, &args, out),
    }
}

fn new(ctx: &Context, store: &mut Store, args: NewIssueArgs, out: &mut dyn Write) -> Result<()> {
    let NewIssueArgs {
        number,
        series,
        date,
        supplement,
    } = args;
    let date = date.as_deref().map(read_date).transpose()?;
    let draft = crate::draft::new_draft(
        &ctx.settings,
        store,
        series.as_deref(),
        number,
        date,
        ctx.today(),
        supplement,
    )?;
    let id = store.create_issue(&draft)?;
    emit(
        out,
        tf(Key::IssueCreated, &[&store.issue_summary(id)?.title()]),
    )
}

fn list(store: &Store, args: &IssueListArgs, out: &mut dyn Write) -> Result<()> {
    let list = store.issues()?;
    if args.json {
        let text = serde_json::to_string_pretty(&list).map_err(Error::Json)?;
        return super::emit_data(out, &text);
    }
    let m = Metric::NarrowAmbiguous;
    for s in &list {
        let date = s.date.map(crate::model::format_date).unwrap_or_default();
        emit(
            out,
            format!(
                "{} {} {} {}",
                pad(&s.title(), 28, m),
                pad(&date, 16, m),
                pad(s.state.label(), 6, m),
                tf(Key::IssueCounts, &[&s.articles, &s.briefs])
            ),
        )?;
    }
    if list.is_empty() {
        emit(out, t(Key::NoIssues))?;
    }
    Ok(())
}

fn show(store: &Store, args: &IssueShowArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    let full = store.issue(id)?;
    if args.json {
        let text = serde_json::to_string_pretty(&full).map_err(Error::Json)?;
        return super::emit_data(out, &text);
    }
    print_issue(&full, out)
}

fn add(store: &mut Store, args: &AddArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    let section = if args.brief {
        Kind::Brief
    } else {
        Kind::Article
    };
    let items: Vec<ItemId> = args.items.iter().map(|&i| ItemId(i)).collect();
    store.add_to_issue(id, &items, section)?;
    emit(
        out,
        tf(
            Key::IssueAdded,
            &[&items.len(), &store.issue_summary(id)?.title()],
        ),
    )
}

fn remove(store: &mut Store, args: &RemoveArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    store.remove_from_issue(id, ItemId(args.item))?;
    emit(out, tf(Key::IssueRemoved, &[&args.item]))
}

fn move_item(store: &mut Store, args: &MoveArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    store.move_in_issue(id, ItemId(args.item), args.to)?;
    emit(out, tf(Key::IssueMoved, &[&args.item, &args.to]))
}

fn set(store: &mut Store, args: &SetFieldArgs, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    store.set_issue_field(id, &IssueField::parse(&args.field, &args.value)?)?;
    emit(out, tf(Key::IssueFieldSet, &[&args.field]))
}

fn finalise(
    ctx: &Context,
    store: &mut Store,
    args: &FinaliseArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let id = resolve(store, &args.issue)?;
    match crate::review::finalise(store, id, &ctx.settings, args.force, ctx.today())? {
        Finalised::Blocked(findings) => {
            for f in &findings {
                super::warn(describe(f));
            }
            Err(blocked(findings.len()))
        }
        Finalised::Done(overridden) => {
            if !overridden.is_empty() {
                emit(out, t(Key::CheckOverridden))?;
                for f in &overridden {
                    emit(out, describe(f))?;
                }
            }
            emit(
                out,
                tf(Key::IssueFinalised, &[&store.issue_summary(id)?.title()]),
            )
        }
    }
}

fn delete(store: &mut Store, issue: &IssueRef, out: &mut dyn Write) -> Result<()> {
    let id = resolve(store, issue)?;
    let title = store.issue_summary(id)?.title();
    store.delete_issue(id)?;
    emit(out, tf(Key::IssueDeleted, &[&title]))
}

fn print_issue(issue: &Issue, out: &mut dyn Write) -> Result<()> {
    let m = Metric::NarrowAmbiguous;
    let date = issue
        .date
        .map(crate::model::format_date)
        .unwrap_or_default();
    emit(
        out,
        format!(
            "{} {} · {}",
            issue.series,
            issue.number_line(),
            issue.state.label()
        ),
    )?;
    emit(out, format!("{}  {date}", issue.publisher))?;
    for (kind, items) in [
        (Kind::Article, &issue.articles),
        (Kind::Brief, &issue.briefs),
    ] {
        emit(out, format!("\n{}（{}）", kind.label(), items.len()))?;
        for (i, item) in items.iter().enumerate() {
            let title = if item.headline.is_empty() {
                item.body.first().map_or("", String::as_str)
            } else {
                &item.headline
            };
            emit(
                out,
                format!(
                    "{} [{}] {} {} {}",
                    pad_left(&format!("{}.", i + 1), 4, m),
                    item.id.map_or(0, |i| i.0),
                    pad(title, 44, m),
                    pad(&item.attribution(), 16, m),
                    tf(Key::CharsCount, &[&item.chars()])
                ),
            )?;
        }
    }
    emit(out, "")?;
    for line in crate::model::footer_in_force(&issue.footer, &issue.release) {
        emit(out, format!("{}：{}", line.label, line.text))?;
    }
    if !issue.editors.is_empty() {
        emit(out, format!("责任编辑：{}", issue.editors.join("、")))?;
    }
    if let Some(n) = issue.print_run_in_force() {
        emit(out, format!("共印{n}份"))?;
    }
    emit(out, tf(Key::IssueTotalChars, &[&issue.chars()]))?;
    // Where the issue stands: its 密级, and the 审签单's 审签 lines.
    emit(out, "")?;
    let mark = issue.release.mark();
    if !mark.is_empty() {
        emit(out, format!("{}：{mark}", t(Key::SheetSecrecy)))?;
    }
    for (label, lines) in crate::signoff::sign_offs(issue) {
        let value = lines.first().map_or("", String::as_str);
        emit(out, format!("{label}：{value}"))?;
    }
    Ok(())
}

pub fn export(ctx: &Context, args: ExportArgs, out: &mut dyn Write) -> Result<()> {
    let format = Format::parse(&args.format)?;
    let encoding = Encoding::parse(args.encoding.as_deref().unwrap_or("utf-8"), args.crlf)?;
    if !format.is_plain() && !encoding.is_default() {
        return Err(Error::EncodingTextOnly);
    }
    if args.all && format != Format::Json {
        return Err(Error::AllNeedsJson);
    }
    if args.template.is_some() && format != Format::Docx {
        return Err(Error::TemplateDocxOnly);
    }
    if args.output.is_none() && format.is_binary() && std::io::stdout().is_terminal() {
        return Err(Error::BinaryToTerminal {
            extension: format.extension(),
        });
    }
    let mut store = ctx.open_existing_store()?;
    let progress = Progress::new();
    // Classified issues exported by force: recorded once the file is out.
    let mut forced = Vec::new();
    let bytes = match args.number {
        Some(number) if !args.all => {
            progress.step(t(Key::ProgressExport));
            let issue = IssueRef {
                number,
                series: args.series.clone(),
                year: args.year,
                supplement: args.supplement,
            };
            let id = resolve(&store, &issue)?;
            let full = store.issue(id)?;
            if crate::signoff::export_allowed(&full, format, args.force)? {
                forced.push(id);
            }
            let opts = Options {
                width: args.width,
                metric: Metric::Print,
                hang: args.hang,
                page_lines: args.page_lines.unwrap_or(0),
                ..Options::default()
            };
            // The office's template is read only for Word.
            let print = if format == Format::Docx {
                ctx.settings.print.options(
                    ctx.config_path.parent(),
                    args.template.as_deref(),
                    args.upward,
                )?
            } else {
                ctx.settings.print.without_template(args.upward)
            };
            render_with(&full, format, opts, encoding, &print)?
        }
        _ => {
            progress.step(t(Key::ProgressArchive));
            let archive = store.archive(|done, total| progress.count(done, total))?;
            // The whole store is JSON too: its classified issues go only
            // with --force, each recorded.
            for issue in &archive.issues {
                if crate::signoff::export_allowed(issue, format, args.force)?
                    && let Some(id) = issue.id
                {
                    forced.push(id);
                }
            }
            progress.step(t(Key::ProgressWrite));
            crate::archive::archive_json(&archive).into_bytes()
        }
    };
    match &args.output {
        Some(path) => {
            write_atomic(path, &bytes)?;
            drop(progress);
            emit(out, tf(Key::Exported, &[&path.display()]))?;
        }
        None => {
            // Standard output may be the same terminal.
            drop(progress);
            out.write_all(&bytes)
                .map_err(|e| Error::io("<stdout>", e))?;
        }
    }
    for id in forced {
        let record = crate::model::ForcedExport {
            format: format.extension().to_string(),
            date: ctx.today(),
        };
        store.record_forced_export(id, record)?;
        super::warn(t(Key::ExportForced));
    }
    Ok(())
}
