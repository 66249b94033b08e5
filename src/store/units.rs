//! The unit list and its aliases.

use super::rows::{insert_units, load_units};
use super::{Store, undo};
use crate::error::Result;
use crate::i18n::Key;
use crate::model::UnitList;

impl Store {
    pub fn units(&self) -> Result<UnitList> {
        load_units(&self.conn)
    }

    /// Adds the units of `list` that are not there yet, with their aliases.
    /// Refuses a list in which a name or alias appears twice.
    /// One undo step.
    pub fn add_units(&mut self, list: &UnitList) -> Result<usize> {
        self.write(|tx| {
            undo::record_touched(
                tx,
                crate::i18n::t(Key::UndoUnits),
                undo::Touched {
                    units: Some(load_units(tx)?),
                    ..undo::Touched::default()
                },
            )?;
            insert_units(tx, list)
        })
    }
}
