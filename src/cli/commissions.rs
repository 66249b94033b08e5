//! commission add | list | answer | cancel: 约稿 and following them up.

use std::io::Write;

use serde::Serialize;

use super::args::{
    CommissionAddArgs, CommissionAnswerArgs, CommissionCancelArgs, CommissionCommand,
    CommissionListArgs,
};
use super::{Context, emit};
use crate::error::{Error, Result, read_date};
use crate::i18n::{Key, t, tf};
use crate::layout::{Metric, pad};
use crate::model::{Commission, CommissionId, Date, ItemId, format_date};
use crate::script::printable;
use crate::store::{NewCommission, Store};

pub fn run(ctx: &Context, command: CommissionCommand, out: &mut dyn Write) -> Result<()> {
    match command {
        CommissionCommand::Add(args) => add(ctx, &mut ctx.open_store()?, args, out),
        CommissionCommand::List(args) => list(ctx, &ctx.open_existing_store()?, &args, out),
        CommissionCommand::Answer(args) => answer(ctx, &mut ctx.open_store()?, &args, out),
        CommissionCommand::Cancel(args) => cancel(&mut ctx.open_store()?, &args, out),
    }
}

fn add(
    ctx: &Context,
    store: &mut Store,
    args: CommissionAddArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let CommissionAddArgs {
        unit,
        topic,
        due,
        note,
    } = args;
    let due = read_date(&due)?;
    let c = store.add_commission(&NewCommission {
        unit: &unit,
        topic: &topic,
        due,
        note: &note,
        today: ctx.today(),
    })?;
    emit(
        out,
        tf(
            Key::CommissionAdded,
            &[&c.id, &printable(&c.unit), &c.name(), &format_date(c.due)],
        ),
    )
}

/// A commission as `list --json` gives it: its fields, and how late it is
/// today.
#[derive(Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    commission: &'a Commission,
    late: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    overdue_days: Option<i32>,
}

fn list(
    ctx: &Context,
    store: &Store,
    args: &CommissionListArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let list = store.commissions(args.open)?;
    let today: Date = ctx.today();
    if args.json {
        let rows: Vec<Listed> = list
            .iter()
            .map(|c| {
                let lateness = c.lateness(today);
                Listed {
                    commission: c,
                    late: lateness.is_late(),
                    overdue_days: lateness.overdue_days(),
                }
            })
            .collect();
        let text = serde_json::to_string_pretty(&rows).map_err(Error::Json)?;
        return super::emit_data(out, &text);
    }
    if list.is_empty() {
        return emit(out, t(Key::NoCommissions));
    }
    let m = Metric::NarrowAmbiguous;
    for c in &list {
        let line = format!(
            "{} {} {} {} {} {}",
            pad(&c.id.to_string(), 4, m),
            pad(&printable(&c.unit), 16, m),
            pad(&c.name(), 28, m),
            pad(&format_date(c.due), 16, m),
            pad(&c.state.label(), 18, m),
            c.lateness(today).label(),
        );
        emit(out, line.trim_end())?;
    }
    Ok(())
}

fn answer(
    ctx: &Context,
    store: &mut Store,
    args: &CommissionAnswerArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let item = ItemId(args.item);
    let c = store.answer_commission(CommissionId(args.id), item, args.any_unit, ctx.today())?;
    emit(out, tf(Key::CommissionAnswered, &[&c.id, &c.name(), &item]))
}

fn cancel(store: &mut Store, args: &CommissionCancelArgs, out: &mut dyn Write) -> Result<()> {
    let c = store.cancel_commission(CommissionId(args.id))?;
    emit(out, tf(Key::CommissionCancelled, &[&c.id, &c.name()]))
}
