//! The commissions board: move through the commissions by due date, answer
//! one with the item selected in the queue, cancel one. Both ask first.

use super::super::action::Action;
use super::super::app::App;
use super::super::form::Form;
use super::super::state::{Confirm, Mode};
use crate::error::Result;
use crate::i18n::{Key, t, tf};
use crate::model::{CommissionId, ItemId};
use crate::store::Store;

/// Opens the board, with `at` selected if it is there (else the first).
pub fn open(app: &mut App, store: &Store, at: Option<CommissionId>) -> Result<()> {
    let list = store.commissions(false)?;
    let selected = at
        .and_then(|id| list.iter().position(|c| c.id == id))
        .unwrap_or(0);
    app.mode = Mode::Commissions { list, selected };
    Ok(())
}

pub fn action(app: &mut App, action: Action) {
    let queue_item = app
        .queue
        .selected_row()
        .map(|r| (r.id, r.title().to_string()));
    let Mode::Commissions { list, selected } = &mut app.mode else {
        return;
    };
    let last = list.len().saturating_sub(1);
    match action {
        Action::Down | Action::Up | Action::Top | Action::Bottom => {
            *selected = super::step(*selected, action, 1, last);
        }
        Action::AnswerCommission | Action::CancelCommission => {
            let Some(commission) = list.get(*selected).cloned() else {
                return;
            };
            if action == Action::CancelCommission {
                app.mode = Mode::Confirm(Confirm::CancelCommission(Box::new(commission)));
                return;
            }
            let Some((item, title)) = queue_item else {
                app.error(t(Key::MsgNoQueueItem));
                return;
            };
            app.mode = Mode::Confirm(Confirm::AnswerCommission {
                commission: Box::new(commission),
                item,
                item_name: crate::script::item_name(&title),
            });
        }
        Action::AddCommission => app.mode = Mode::Form(Form::commission(app.today)),
        Action::Help => super::open_help(app),
        Action::Close => app.mode = Mode::Normal,
        _ => {}
    }
}

/// The answer to “answer commission `id` with `item`?”: the board comes
/// back either way, with the commission still selected. An item from
/// another unit is refused here, as the command line refuses it without
/// `--any-unit`.
pub fn answer(
    app: &mut App,
    store: &mut Store,
    id: CommissionId,
    item: ItemId,
    yes: bool,
) -> Result<()> {
    let answered = if yes {
        Some(store.answer_commission(id, item, false, app.today))
    } else {
        None
    };
    open(app, store, Some(id))?;
    if let Some(c) = answered.transpose()? {
        app.info(tf(Key::CommissionAnswered, &[&c.id, &c.name(), &item]));
    }
    Ok(())
}

/// The answer to “cancel commission `id`?”.
pub fn cancel(app: &mut App, store: &mut Store, id: CommissionId, yes: bool) -> Result<()> {
    let cancelled = if yes {
        Some(store.cancel_commission(id))
    } else {
        None
    };
    open(app, store, Some(id))?;
    if let Some(c) = cancelled.transpose()? {
        app.info(tf(Key::CommissionCancelled, &[&c.id, &c.name()]));
    }
    Ok(())
}
