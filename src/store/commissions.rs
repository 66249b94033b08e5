//! 约稿: commissions made, listed, answered and cancelled. Each change is
//! one transaction and one undo step naming the commission.

use jiff::civil::Date;

use super::rows::{
    insert_commission, list_commissions, load_commission, load_item, load_units, put_commission,
};
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{Commission, CommissionId, CommissionState, ItemId, UnitList};

/// What the editor asks for.
#[derive(Debug, Clone)]
pub struct NewCommission<'a> {
    pub unit: &'a str,
    pub topic: &'a str,
    pub due: Date,
    pub note: &'a str,
    /// The day it is asked: the commission's `created`.
    pub today: Date,
}

/// The names a commission's unit goes by: those the unit list gives it, or
/// the name as written for a unit the list does not know.
fn names_of(units: &UnitList, unit: &str) -> Vec<String> {
    units
        .names_of(unit)
        .map(|names| names.into_iter().map(String::from).collect())
        .unwrap_or_else(|| vec![unit.trim().to_string()])
}

fn not_found(id: CommissionId) -> Error {
    Error::CommissionNotFound(id)
}

/// The commission `id`, refused unless it is still open.
fn open_one(conn: &rusqlite::Connection, id: CommissionId) -> Result<Commission> {
    let c = load_commission(conn, id)?.ok_or_else(|| not_found(id))?;
    match c.state {
        CommissionState::Open => Ok(c),
        CommissionState::Answered { item, .. } => Err(Error::CommissionAnswered {
            id,
            topic: c.topic,
            item,
        }),
        CommissionState::Cancelled => Err(Error::CommissionCancelled { id, topic: c.topic }),
    }
}

impl Store {
    /// Records a commission. The unit must be in the unit list (by name or
    /// alias) or the source of some item: a typo would otherwise wait for
    /// an answer that never comes. One undo step.
    pub fn add_commission(&mut self, new: &NewCommission) -> Result<Commission> {
        let unit = new.unit.trim();
        let topic = new.topic.trim();
        if topic.is_empty() {
            return Err(Error::EmptyTopic);
        }
        if self.unit_names(unit)?.is_none() {
            return Err(Error::NoSuchUnit(unit.to_string()));
        }
        let mut c = Commission {
            id: CommissionId(0),
            unit: unit.to_string(),
            topic: topic.to_string(),
            due: new.due,
            note: new.note.trim().to_string(),
            created: new.today,
            state: CommissionState::Open,
        };
        self.write(|tx| {
            c.id = insert_commission(tx, &c, None)?;
            undo::record_touched(
                tx,
                &tf(Key::UndoCommissionAdd, &[&c.unit, &c.name()]),
                undo::Touched {
                    commissions_added: &[c.id],
                    ..undo::Touched::default()
                },
            )?;
            Ok(())
        })?;
        Ok(c)
    }

    /// Commissions by due date, the open ones only or all.
    pub fn commissions(&self, open_only: bool) -> Result<Vec<Commission>> {
        list_commissions(&self.conn, open_only)
    }

    pub fn commission(&self, id: CommissionId) -> Result<Commission> {
        load_commission(&self.conn, id)?.ok_or_else(|| not_found(id))
    }

    /// The open commissions an item from `source` could answer: those made
    /// to the unit under any of its names.
    pub fn open_commissions_for(&self, source: &str) -> Result<Vec<Commission>> {
        let units = load_units(&self.conn)?;
        let source = source.trim();
        Ok(list_commissions(&self.conn, true)?
            .into_iter()
            .filter(|c| names_of(&units, &c.unit).iter().any(|n| n == source))
            .collect())
    }

    /// Marks commission `id` answered by `item` on `today`. The item must
    /// come from the commissioned unit (under any of its names) unless
    /// `any_unit`: an answer from elsewhere is more often a slip than a
    /// choice. One undo step.
    pub fn answer_commission(
        &mut self,
        id: CommissionId,
        item: ItemId,
        any_unit: bool,
        today: Date,
    ) -> Result<Commission> {
        self.write(|tx| {
            let mut c = open_one(tx, id)?;
            let answer = load_item(tx, item)?;
            let names = names_of(&load_units(tx)?, &c.unit);
            if !any_unit && !answer.sources.iter().any(|s| names.contains(s)) {
                return Err(Error::CommissionOtherUnit {
                    item,
                    unit: c.unit,
                    id,
                });
            }
            undo::record_touched(
                tx,
                &tf(Key::UndoCommissionAnswer, &[&item, &c.name()]),
                undo::Touched {
                    commissions: &[id],
                    ..undo::Touched::default()
                },
            )?;
            c.state = CommissionState::Answered { item, on: today };
            put_commission(tx, &c)?;
            Ok(c)
        })
    }

    /// Cancels open commission `id`. One undo step.
    pub fn cancel_commission(&mut self, id: CommissionId) -> Result<Commission> {
        self.write(|tx| {
            let mut c = open_one(tx, id)?;
            undo::record_touched(
                tx,
                &tf(Key::UndoCommissionCancel, &[&c.name()]),
                undo::Touched {
                    commissions: &[id],
                    ..undo::Touched::default()
                },
            )?;
            c.state = CommissionState::Cancelled;
            put_commission(tx, &c)?;
            Ok(c)
        })
    }
}
