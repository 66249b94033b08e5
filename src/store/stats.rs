//! What the statistics count: each item received in a period, its fate,
//! its adoptions above and its 批示; the commissions; the unit table.

use rusqlite::params;

use super::Store;
use super::rows::{adoption_level, day, kind, leader_level, lines, status};
use crate::error::Result;
use crate::model::Status;
use crate::stats::{Fate, Period, StatInput, StatItem};

impl Store {
    /// What `stats` and `remind` compute with over `period`.
    pub fn stats_input(&self, period: Period, series: Option<&str>) -> Result<StatInput> {
        Ok(StatInput {
            items: self.stats_items(period, series)?,
            commissions: self.commissions(false)?,
            units: self.units()?,
        })
    }

    /// The items received in `period`, each with its fate as of now; with a
    /// `series`, only publication in that series counts as adoption.
    pub fn stats_items(&self, period: Period, series: Option<&str>) -> Result<Vec<StatItem>> {
        let (from, to) = bounds(period);
        let mut stmt = self.conn.prepare_cached(
            "SELECT items.sources, items.received, items.status, issues.series, issue_items.section,
                    items.id,
                    (SELECT group_concat(level, char(10)) FROM adoptions WHERE item_id = items.id),
                    (SELECT group_concat(level, char(10)) FROM instructions WHERE item_id = items.id)
             FROM items
             LEFT JOIN issue_items ON issue_items.item_id = items.id
             LEFT JOIN issues ON issues.id = issue_items.issue_id AND issues.state = 'final'
             WHERE items.received BETWEEN ?1 AND ?2",
        )?;
        let rows = stmt.query_and_then(params![from, to], |r| -> Result<StatItem> {
            let fate = match status("items", "status", &r.get::<_, String>(2)?)? {
                Status::New | Status::Accepted | Status::Held => Fate::Pending,
                Status::Rejected => Fate::NotUsed,
                Status::Published => match (
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ) {
                    (Some(s), Some(section)) if series.is_none_or(|want| want == s) => {
                        Fate::Adopted(kind("issue_items", "section", &section)?)
                    }
                    // Published in another series; or, in a store where the
                    // final issue is missing, nowhere that can be counted.
                    _ => Fate::NotUsed,
                },
            };
            let levels = |i: usize| -> Result<Vec<String>> {
                Ok(lines(&r.get::<_, Option<String>>(i)?.unwrap_or_default()))
            };
            Ok(StatItem {
                id: r.get(5)?,
                sources: lines(&r.get::<_, String>(0)?),
                received: day("items", "received", &r.get::<_, String>(1)?)?,
                fate,
                adoptions: levels(6)?
                    .iter()
                    .map(|l| adoption_level(l))
                    .collect::<Result<_>>()?,
                instructions: levels(7)?
                    .iter()
                    .map(|l| leader_level(l))
                    .collect::<Result<_>>()?,
            })
        })?;
        rows.collect()
    }
}

/// A period's first and last day as the store compares them: an open end
/// reaches as far as any date can.
pub(super) fn bounds(period: Period) -> (String, String) {
    let from = period
        .from
        .map_or("0000-01-01".to_string(), |d| d.to_string());
    let to = period
        .to
        .map_or("9999-12-31".to_string(), |d| d.to_string());
    (from, to)
}
