//! Rows of `units` (a unit and what the table keeps on it) and
//! `unit_aliases`.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::model::{Unit, UnitList};

/// The unit list as stored, in the order the units were added.
pub(in crate::store) fn load_units(conn: &Connection) -> Result<UnitList> {
    let mut stmt = conn.prepare_cached(
        "SELECT units.name, unit_aliases.alias, units.category, units.contact, units.phone,
                units.leader, units.quota
         FROM units
         LEFT JOIN unit_aliases ON unit_aliases.unit_id = units.id ORDER BY units.id, unit_aliases.rowid",
    )?;
    let mut list = UnitList::default();
    let rows = stmt.query_map([], |r| {
        let unit = Unit {
            name: r.get(0)?,
            aliases: Vec::new(),
            category: r.get(2)?,
            contact: r.get(3)?,
            phone: r.get(4)?,
            leader: r.get(5)?,
            quota: r.get(6)?,
        };
        Ok((unit, r.get::<_, Option<String>>(1)?))
    })?;
    for row in rows {
        let (unit, alias) = row?;
        if list.units.last().is_none_or(|u| u.name != unit.name) {
            list.units.push(unit);
        }
        if let (Some(alias), Some(unit)) = (alias, list.units.last_mut()) {
            unit.aliases.push(alias);
        }
    }
    Ok(list)
}

/// Adds the units of `list` that are not there yet, with their aliases;
/// what the list says of a unit's category, 信息员, phone, 分管领导 and
/// quota replaces what was stored, and what it leaves out is kept. Refuses a list in which a name or alias appears twice, or an alias that
/// stands for another unit already.
pub(in crate::store) fn insert_units(conn: &Connection, list: &UnitList) -> Result<usize> {
    if let Some(clash) = list.first_clash() {
        return Err(Error::UnitClash(clash.to_string()));
    }
    let mut added = 0;
    // A name or alias already standing for another unit would make
    // matching ambiguous.
    let owner = |word: &str| -> Result<Option<String>> {
        Ok(conn
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
                return Err(Error::AliasTaken {
                    alias: alias.clone(),
                    unit: other,
                });
            }
        }
    }
    for unit in &list.units {
        added += conn.execute(
            "INSERT OR IGNORE INTO units (name) VALUES (?1)",
            [&unit.name],
        )?;
        let id: i64 = conn.query_row(
            "UPDATE units SET category = coalesce(?2, category), contact = coalesce(?3, contact),
                phone = coalesce(?4, phone), leader = coalesce(?5, leader),
                quota = coalesce(?6, quota)
             WHERE name = ?1 RETURNING id",
            params![
                unit.name,
                unit.category,
                unit.contact,
                unit.phone,
                unit.leader,
                unit.quota
            ],
            |r| r.get(0),
        )?;
        for alias in &unit.aliases {
            conn.execute(
                "INSERT OR IGNORE INTO unit_aliases (alias, unit_id) VALUES (?1, ?2)",
                params![alias, id],
            )?;
        }
    }
    Ok(added)
}

/// Empties the unit list.
pub(in crate::store) fn clear_units(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM unit_aliases", [])?;
    conn.execute("DELETE FROM units", [])?;
    Ok(())
}
