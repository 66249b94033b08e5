//! The unit list and its aliases.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{Unit, UnitList};

impl Store {
    pub fn units(&self) -> Result<UnitList> {
        load(&self.conn)
    }

    /// Adds the units of `list` that are not there yet, with their aliases.
    /// Refuses a list in which a name or alias appears twice.
    /// One undo step.
    pub fn add_units(&mut self, list: &UnitList) -> Result<usize> {
        self.write(|tx| {
            super::undo::record_touched(
                tx,
                crate::i18n::t(Key::UndoUnits),
                super::undo::Touched {
                    units: Some(load(tx)?),
                    ..super::undo::Touched::default()
                },
            )?;
            insert_units(tx, list)
        })
    }
}

/// The unit list as stored, in the order the units were added.
pub(super) fn load(conn: &rusqlite::Connection) -> Result<UnitList> {
    let mut stmt = conn.prepare_cached(
        "SELECT units.name, unit_aliases.alias FROM units
         LEFT JOIN unit_aliases ON unit_aliases.unit_id = units.id ORDER BY units.id, unit_aliases.rowid",
    )?;
    let mut list = UnitList::default();
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
    })?;
    for row in rows {
        let (name, alias) = row?;
        if list.units.last().is_none_or(|u| u.name != name) {
            list.units.push(Unit {
                name,
                aliases: Vec::new(),
            });
        }
        if let (Some(alias), Some(unit)) = (alias, list.units.last_mut()) {
            unit.aliases.push(alias);
        }
    }
    Ok(list)
}

/// Adds the units of `list` that are not there yet, within the caller's
/// transaction.
pub(super) fn insert_units(tx: &rusqlite::Connection, list: &UnitList) -> Result<usize> {
    if let Some(clash) = list.first_clash() {
        return Err(Error::Invalid(tf(Key::ErrUnitClash, &[&clash])));
    }
    let mut added = 0;
    // A name or alias already standing for another unit would make
    // matching ambiguous.
    let owner = |word: &str| -> Result<Option<String>> {
        Ok(tx
                    .query_row(
                        "SELECT units.name FROM unit_aliases JOIN units ON units.id = unit_aliases.unit_id WHERE alias = ?1
                         UNION SELECT name FROM units WHERE name = ?1",
                        [word],
                        |r| r.get(0),
                    )
                    .optional()?)
    };
    for unit in &list.units {
        for alias in &unit.aliases {
            if let Some(other) = owner(alias)?.filter(|o| *o != unit.name) {
                return Err(Error::Invalid(tf(Key::ErrAliasTaken, &[alias, &other])));
            }
        }
    }
    for unit in &list.units {
        added += tx.execute(
            "INSERT OR IGNORE INTO units (name) VALUES (?1)",
            [&unit.name],
        )?;
        let id: i64 = tx.query_row("SELECT id FROM units WHERE name = ?1", [&unit.name], |r| {
            r.get(0)
        })?;
        for alias in &unit.aliases {
            tx.execute(
                "INSERT OR IGNORE INTO unit_aliases (alias, unit_id) VALUES (?1, ?2)",
                params![alias, id],
            )?;
        }
    }
    Ok(added)
}
