//! The unit list and its aliases.

use super::rows::{insert_units, load_units};
use super::{Store, undo};
use crate::error::Result;
use crate::i18n::Key;
use crate::model::UnitList;

/// An item whose sources include the one bound: sources are stored one a
/// line, so a whole line must match, not a part of a longer name.
pub(super) const SOURCE_IS: &str =
    "instr(char(10) || items.sources || char(10), char(10) || ? || char(10)) > 0";

impl Store {
    pub fn units(&self) -> Result<UnitList> {
        load_units(&self.conn)
    }

    /// Every name the unit typed as `written` goes by (see
    /// [`UnitList::names_of`]); for a unit the list does not know, the text
    /// itself when some item names it as a source; `None` when neither.
    pub fn unit_names(&self, written: &str) -> Result<Option<Vec<String>>> {
        let written = written.trim();
        if let Some(names) = load_units(&self.conn)?.names_of(written) {
            return Ok(Some(names.into_iter().map(String::from).collect()));
        }
        let used = self
            .conn
            .prepare_cached(&format!("SELECT 1 FROM items WHERE {SOURCE_IS} LIMIT 1"))?
            .exists([written])?;
        Ok(used.then(|| vec![written.to_string()]))
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
