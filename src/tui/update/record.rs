//! Recording by hand what the upper levels did with an item (上级采用,
//! 领导批示 and its 落实反馈) and new 约稿: the keys open a form or a
//! prompt, and saving goes through the same store calls, and the same
//! parsing of levels and dates, as the command line. Each record is one
//! undo step; a bad value stores nothing and leaves the form open.

use super::super::app::App;
use super::super::form::{FieldKind, Form, FormFor};
use super::super::input::TextInput;
use super::super::state::{Mode, Prompt};
use crate::error::{Error, Result, read_date};
use crate::i18n::{Key, tf};
use crate::model::{AdoptionLevel, AdoptionSource, InstructionId, ItemId, LeaderLevel};
use crate::script::printable;
use crate::store::{NewAdoption, NewCommission, NewInstruction, Store};

/// The item a record is for: the one being read, else the focused pane's
/// selected one; and whether it is being read.
fn target(app: &App) -> Option<(ItemId, bool)> {
    match &app.mode {
        Mode::Detail { item, .. } => item.id.map(|id| (id, true)),
        _ => super::selected_item(app).map(|id| (id, false)),
    }
}

/// Opens the adoption form for the item read or selected.
pub fn adoption(app: &mut App) {
    if let Some((item, reading)) = target(app) {
        app.mode = Mode::Form(Form::adoption(item, reading, app.today));
    }
}

/// Opens the 批示 form for the item read or selected.
pub fn instruction(app: &mut App) {
    if let Some((item, reading)) = target(app) {
        app.mode = Mode::Form(Form::instruction(item, reading, app.today));
    }
}

/// Asks for the 落实反馈 of the newest open instruction on the item read
/// or selected; says so if it has none.
pub fn instruction_done(app: &mut App, store: &Store) -> Result<()> {
    let Some((item, reading)) = target(app) else {
        return Ok(());
    };
    let upper = store.upper(item)?;
    match upper.instructions.iter().rev().find(|i| i.done.is_none()) {
        Some(i) => {
            let prompt = Prompt::InstructionDone {
                id: i.id,
                item,
                by: i.by.clone(),
                reading,
            };
            app.mode = Mode::Prompt(prompt, TextInput::default());
        }
        None => {
            let name = store.item(item)?.name();
            app.error(tf(Key::MsgNoOpenInstruction, &[&name]));
        }
    }
    Ok(())
}

/// Saves a record form. On success the form closes (to the reader or the
/// board it came from) and the status names what was recorded; an error is
/// returned with nothing stored and the form still open.
pub fn save(app: &mut App, store: &mut Store, form: &Form) -> Result<()> {
    let v = |kind| form.value(kind);
    match form.purpose {
        FormFor::Adoption { item, reading } => {
            let level = AdoptionLevel::parse(v(FieldKind::Level))
                .ok_or_else(|| Error::NotAnAdoptionLevel(v(FieldKind::Level).to_string()))?;
            let a = store.add_adoption(&NewAdoption {
                item,
                level,
                outlet: v(FieldKind::Outlet),
                issue: v(FieldKind::OutletIssue),
                date: read_date(v(FieldKind::Date))?,
                source: AdoptionSource::Hand,
            })?;
            let name = close(app, store, item, reading)?;
            app.info(tf(Key::AdoptionAdded, &[&a.id, &item, &name, &a.label()]));
        }
        FormFor::Instruction { item, reading } => {
            let level = LeaderLevel::parse(v(FieldKind::Level))
                .ok_or_else(|| Error::NotALeaderLevel(v(FieldKind::Level).to_string()))?;
            let i = store.add_instruction(&NewInstruction {
                item,
                by: v(FieldKind::By),
                level,
                date: read_date(v(FieldKind::Date))?,
                text: v(FieldKind::Text),
            })?;
            let name = close(app, store, item, reading)?;
            app.info(tf(
                Key::InstructionAdded,
                &[&i.id, &item, &name, &i.label()],
            ));
        }
        FormFor::Commission => {
            let c = store.add_commission(&NewCommission {
                unit: v(FieldKind::Unit),
                topic: v(FieldKind::Topic),
                due: read_date(v(FieldKind::Due))?,
                note: v(FieldKind::Note),
                today: app.today,
            })?;
            super::commissions::open(app, store, Some(c.id))?;
            app.info(tf(
                Key::CommissionAdded,
                &[
                    &c.id,
                    &printable(&c.unit),
                    &c.name(),
                    &crate::model::format_date(c.due),
                ],
            ));
        }
        FormFor::SignOff(_) | FormFor::SecrecyReview(_) => super::release::save(app, store, form)?,
        // The masthead form is saved by `modes::form`.
        FormFor::Issue(_) => {}
    }
    Ok(())
}

/// Records the 落实反馈 `note` on instruction `id`, dated today.
pub fn done(
    app: &mut App,
    store: &mut Store,
    id: InstructionId,
    reading: bool,
    note: &str,
) -> Result<()> {
    let i = store.instruction_done(id, app.today, note)?;
    let name = close(app, store, i.item, reading)?;
    app.info(tf(Key::MsgInstructionDone, &[&name, &i.label()]));
    Ok(())
}

/// Closes what recorded on `item`: back to the reader, read again, if it
/// was open; the queue otherwise. Returns the item's name for the message.
fn close(app: &mut App, store: &Store, item: ItemId, reading: bool) -> Result<String> {
    back(app, store, item, reading)?;
    Ok(store.item(item)?.name())
}

/// Back to reading `item` if it was being read; to the queue otherwise.
pub fn back(app: &mut App, store: &Store, item: ItemId, reading: bool) -> Result<()> {
    app.mode = Mode::Normal;
    if reading {
        super::read(app, store, item)?;
    }
    Ok(())
}

/// After a form closed unsaved: back to the reader or the board it was
/// opened from (the masthead form's place is the issue pane, already
/// showing).
pub fn leave(app: &mut App, store: &Store, purpose: FormFor) -> Result<()> {
    match purpose {
        FormFor::Adoption { item, reading } | FormFor::Instruction { item, reading } => {
            back(app, store, item, reading)
        }
        FormFor::Commission => super::commissions::open(app, store, None),
        // The issue pane, still showing.
        FormFor::Issue(_) | FormFor::SignOff(_) | FormFor::SecrecyReview(_) => Ok(()),
    }
}
