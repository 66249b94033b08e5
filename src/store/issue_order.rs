//! Moving through the issues in the order the workstation lists them
//! (newest year first; within it the regular issues before the 增刊,
//! each newest number first) one query at a time: loading every issue
//! to find the open one's neighbour took 190 ms with 25,000 issues.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::error::Result;
use crate::model::IssueId;

const NEWEST_FIRST: &str = "ORDER BY year DESC, supplement, number DESC, id DESC";

/// Where an issue stands in the listing order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Place {
    year: std::cmp::Reverse<i64>,
    supplement: bool,
    number: std::cmp::Reverse<i64>,
    id: std::cmp::Reverse<i64>,
}

impl Store {
    /// The issue the workstation opens: `id` while it exists, else the
    /// newest draft, else the newest issue.
    pub fn issue_to_open(&self, id: Option<IssueId>) -> Result<Option<IssueId>> {
        if let Some(id) = id {
            let found = self
                .conn
                .prepare_cached("SELECT id FROM issues WHERE id = ?1")?
                .query_row([id], |r| r.get(0))
                .optional()?;
            if found.is_some() {
                return Ok(found);
            }
        }
        let newest = |filter: &str| -> Result<Option<IssueId>> {
            let sql = format!("SELECT id FROM issues {filter} {NEWEST_FIRST} LIMIT 1");
            Ok(self
                .conn
                .prepare_cached(&sql)?
                .query_row([], |r| r.get(0))
                .optional()?)
        };
        match newest("WHERE state = 'draft'")? {
            Some(draft) => Ok(Some(draft)),
            None => newest(""),
        }
    }

    /// The issue `step` places older (+1) or newer (-1) than `id`.
    pub fn issue_beside(&self, id: IssueId, step: isize) -> Result<Option<IssueId>> {
        let Some(p) = self.place(id)? else {
            return Ok(None);
        };
        // "After" in the listing order; the newer neighbour is the first
        // row before, read in the reverse order.
        let (after, order) = if step > 0 {
            (
                "year < ?1 OR (year = ?1 AND (supplement > ?2 OR (supplement = ?2 AND (number < ?3 OR (number = ?3 AND id < ?4)))))",
                NEWEST_FIRST.to_string(),
            )
        } else {
            (
                "year > ?1 OR (year = ?1 AND (supplement < ?2 OR (supplement = ?2 AND (number > ?3 OR (number = ?3 AND id > ?4)))))",
                "ORDER BY year, supplement DESC, number, id".to_string(),
            )
        };
        let sql = format!("SELECT id FROM issues WHERE {after} {order} LIMIT 1");
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row(params![p.year.0, p.supplement, p.number.0, p.id.0], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// The newest issue of the series `step` places after (+1) or before
    /// (-1) `id`'s, the series ordered by their newest issues.
    pub fn issue_of_other_series(&self, id: IssueId, step: isize) -> Result<Option<IssueId>> {
        let all: Vec<String> = self
            .conn
            .prepare_cached("SELECT DISTINCT series FROM issues")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut newest = Vec::with_capacity(all.len());
        for series in &all {
            let sql = format!("SELECT id FROM issues WHERE series = ?1 {NEWEST_FIRST} LIMIT 1");
            let top: Option<IssueId> = self
                .conn
                .prepare_cached(&sql)?
                .query_row([series], |r| r.get(0))
                .optional()?;
            if let Some(top) = top {
                if let Some(place) = self.place(top)? {
                    newest.push((place, series, top));
                }
            }
        }
        if newest.len() < 2 {
            return Ok(None);
        }
        newest.sort();
        let current: Option<String> = self
            .conn
            .prepare_cached("SELECT series FROM issues WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        let at = newest
            .iter()
            .position(|(_, s, _)| Some(*s) == current.as_ref())
            .unwrap_or(0);
        let next = (at as isize + step).rem_euclid(newest.len() as isize) as usize;
        Ok(Some(newest[next].2))
    }

    fn place(&self, id: IssueId) -> Result<Option<Place>> {
        Ok(self
            .conn
            .prepare_cached("SELECT year, supplement, number, id FROM issues WHERE id = ?1")?
            .query_row([id], |r| {
                Ok(Place {
                    year: std::cmp::Reverse(r.get(0)?),
                    supplement: r.get(1)?,
                    number: std::cmp::Reverse(r.get(2)?),
                    id: std::cmp::Reverse(r.get(3)?),
                })
            })
            .optional()?)
    }
}
