//! adopted | adoptions | instruction [done | list]: 上级采用 and 领导批示,
//! what the upper levels did with an item.

use std::io::Write;

use super::args::{AdoptedArgs, InstructionArgs, InstructionCommand, UpperListArgs};
use super::{Context, emit};
use crate::error::{Error, Result, read_date};
use crate::i18n::{Key, t, tf};
use crate::layout::{Metric, pad};
use crate::model::{AdoptionLevel, AdoptionSource, Date, InstructionId, ItemId, LeaderLevel};
use crate::store::{NewAdoption, NewInstruction, Store};

/// A date given, or `default` when none is.
fn date_or(text: Option<String>, default: Date) -> Result<Date> {
    text.map_or(Ok(default), |t| read_date(&t))
}

/// `adopted ITEM --level … --outlet … [--issue …] [--date …]`.
pub fn adopted(ctx: &Context, args: AdoptedArgs, out: &mut dyn Write) -> Result<()> {
    let level = AdoptionLevel::parse(&args.level).ok_or(Error::NotAnAdoptionLevel(args.level))?;
    let on = date_or(args.date, ctx.today())?;
    let mut store = ctx.open_existing_store()?;
    let a = store.add_adoption(&NewAdoption {
        item: ItemId(args.item),
        level,
        outlet: &args.outlet,
        issue: &args.issue,
        date: on,
        source: AdoptionSource::Hand,
    })?;
    let name = store.item(a.item)?.name();
    emit(
        out,
        tf(Key::AdoptionAdded, &[&a.id, &a.item, &name, &a.label()]),
    )
}

/// `instruction ITEM --by … --level … --date … --text …`, or its `done`
/// and `list`.
pub fn instruction(ctx: &Context, args: InstructionArgs, out: &mut dyn Write) -> Result<()> {
    match args.command {
        Some(InstructionCommand::Done(done)) => {
            let on = date_or(done.date, ctx.today())?;
            let mut store = ctx.open_existing_store()?;
            let i = store.instruction_done(InstructionId(done.id), on, &done.note)?;
            emit(out, tf(Key::InstructionMarkedDone, &[&i.id, &i.label()]))
        }
        Some(InstructionCommand::List(list)) => instructions(ctx, &list, out),
        None => {
            // clap requires each of these when no subcommand is given; one
            // missing all the same reads as empty, and is refused as such.
            let add = args.add;
            let level = add.level.unwrap_or_default();
            let level = LeaderLevel::parse(&level).ok_or(Error::NotALeaderLevel(level))?;
            let on = read_date(&add.date.unwrap_or_default())?;
            let (by, text) = (add.by.unwrap_or_default(), add.text.unwrap_or_default());
            let mut store = ctx.open_existing_store()?;
            let i = store.add_instruction(&NewInstruction {
                item: ItemId(add.item.unwrap_or_default()),
                by: &by,
                level,
                date: on,
                text: &text,
            })?;
            let name = store.item(i.item)?.name();
            emit(
                out,
                tf(Key::InstructionAdded, &[&i.id, &i.item, &name, &i.label()]),
            )
        }
    }
}

/// The dates a list covers: all of them unless bounded.
fn range(args: &UpperListArgs) -> Result<(Date, Date)> {
    Ok((
        date_or(args.from.clone(), Date::MIN)?,
        date_or(args.to.clone(), Date::MAX)?,
    ))
}

/// One line of a list: the record's id, its item's id and name, and the
/// record as the reader shows it.
fn line(store: &Store, id: i64, item: ItemId, label: &str) -> Result<String> {
    let m = Metric::NarrowAmbiguous;
    let name = store.item(item)?.name();
    Ok(format!(
        "{} {} {} {label}",
        pad(&id.to_string(), 4, m),
        pad(&item.to_string(), 6, m),
        pad(&name, 28, m),
    ))
}

/// `adoptions [--from D] [--to D] [--json]`: by date.
pub fn adoptions(ctx: &Context, args: &UpperListArgs, out: &mut dyn Write) -> Result<()> {
    let (from, to) = range(args)?;
    let store = ctx.open_existing_store()?;
    let list = store.adoptions(from, to)?;
    if args.json {
        let text = serde_json::to_string_pretty(&list).map_err(Error::Json)?;
        return super::emit_data(out, &text);
    }
    if list.is_empty() {
        return emit(out, t(Key::NoAdoptions));
    }
    for a in &list {
        emit(out, line(&store, a.id.0, a.item, &a.label())?)?;
    }
    Ok(())
}

/// `instruction list [--from D] [--to D] [--json]`: by date.
fn instructions(ctx: &Context, args: &UpperListArgs, out: &mut dyn Write) -> Result<()> {
    let (from, to) = range(args)?;
    let store = ctx.open_existing_store()?;
    let list = store.instructions(from, to)?;
    if args.json {
        let text = serde_json::to_string_pretty(&list).map_err(Error::Json)?;
        return super::emit_data(out, &text);
    }
    if list.is_empty() {
        return emit(out, t(Key::NoInstructions));
    }
    for i in &list {
        emit(out, line(&store, i.id.0, i.item, &i.label())?)?;
    }
    Ok(())
}
