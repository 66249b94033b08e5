//! What the feedback sheet to a unit reads: the unit's items received in a
//! period, each with the final issue it was printed in.

use rusqlite::params_from_iter;

use super::Store;
use super::rows::{ITEM_COLUMNS, item_from_row, kind, title};
use super::stats::bounds;
use crate::error::{Error, Result};
use crate::feedback::{Received, Sheet, sheet};
use crate::stats::Period;

impl Store {
    /// The feedback sheet for the unit typed as `written` (a name or an
    /// alias of the list, or a name its items use) over `period`; a unit
    /// neither knows is [`Error::NoSuchUnit`].
    pub fn feedback_sheet(&self, written: &str, period: Period) -> Result<Sheet> {
        if self.unit_names(written)?.is_none() {
            return Err(Error::NoSuchUnit(written.trim().to_string()));
        }
        let items = self.feedback_items(written, period)?;
        Ok(sheet(&self.units()?, written, period, &items))
    }

    /// The items from `unit` (under any name it goes by) received in
    /// `period`, oldest first, with where each was printed.
    fn feedback_items(&self, unit: &str, period: Period) -> Result<Vec<Received>> {
        let (from, to) = bounds(period);
        let mut sql = format!(
            "SELECT {ITEM_COLUMNS}, issues.series, issues.year, issues.supplement, issues.number,
                    issue_items.section
             FROM items
             LEFT JOIN issue_items ON issue_items.item_id = items.id
             LEFT JOIN issues ON issues.id = issue_items.issue_id AND issues.state = 'final'
             WHERE items.received BETWEEN ? AND ?"
        );
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = vec![Box::new(from), Box::new(to)];
        self.unit_filter(unit, &mut sql, &mut args)?;
        sql.push_str(" ORDER BY items.received, items.id");
        let after = ITEM_COLUMNS.split(',').count();
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_and_then(params_from_iter(args.iter()), |r| -> Result<Received> {
            let series: Option<String> = r.get(after)?;
            let printed_in = match (series, r.get::<_, Option<String>>(after + 4)?) {
                (Some(series), Some(section)) => Some((
                    title(
                        &series,
                        r.get(after + 1)?,
                        r.get(after + 2)?,
                        r.get(after + 3)?,
                    ),
                    kind("issue_items", "section", &section)?,
                )),
                _ => None,
            };
            Ok(Received {
                item: item_from_row(r)?,
                printed_in,
            })
        })?;
        rows.collect()
    }
}
