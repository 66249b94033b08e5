//! Issues: numbering, assembling items in order, masthead and footer, finalising.

use rusqlite::{Connection, params};

use super::indexed::{Added, Near, place_new, save_item};
use super::rows::{
    self, IssueSummary, SUMMARY, insert_masthead, issue_title, load_issue, load_item, members,
    placement, save_masthead, save_status, section_of, set_members, summary, summary_from_row,
    unplace,
};
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{Issue, IssueField, IssueId, IssueState, ItemId, Kind, Status};

/// The issue, which must be a draft.
fn draft(conn: &Connection, id: IssueId) -> Result<IssueSummary> {
    let s = summary(conn, id)?;
    if s.state == IssueState::Final {
        return Err(Error::IssueFinal { title: s.title() });
    }
    Ok(s)
}

/// `issue` with `field` changed.
fn apply_field(next: &mut Issue, field: IssueField) {
    match field {
        IssueField::Series(s) => next.series = s,
        IssueField::Number(n) => next.number = n,
        IssueField::Total(n) => next.total_number = n,
        IssueField::Supplement(b) => next.supplement = b,
        IssueField::Date(d) => {
            next.date = d;
            if let Some(d) = d {
                next.year = d.year();
            }
        }
        IssueField::Publisher(p) => next.publisher = p,
        IssueField::Footer(lines) => next.footer = lines,
        IssueField::FooterLine(line) => {
            match next.footer.iter().position(|l| l.label == line.label) {
                Some(i) if line.text.is_empty() => {
                    next.footer.remove(i);
                }
                Some(i) => next.footer[i] = line,
                None if !line.text.is_empty() => next.footer.push(line),
                None => {}
            }
        }
        IssueField::Editors(names) => next.editors = names,
        IssueField::PrintRun(n) => next.print_run = n,
        IssueField::Secrecy(level) => next.release.secrecy = level,
        IssueField::Period(period) => next.release.period = period,
        IssueField::CopyNo(no) => next.release.copy_no = no,
    }
}

impl Store {
    /// The next free number in a series and year (增刊 counted apart).
    pub fn next_number(&self, series: &str, year: i16, supplement: bool) -> Result<u32> {
        let max: Option<u32> = self.conn.query_row(
            "SELECT max(number) FROM issues WHERE series = ?1 AND year = ?2 AND supplement = ?3",
            params![series, year, supplement],
            |r| r.get(0),
        )?;
        Ok(max.unwrap_or(0) + 1)
    }

    /// The numbers and dates of the other issues of `issue`'s series, year
    /// and kind (增刊 or not), for the pre-publication check.
    pub fn siblings(&self, issue: IssueId) -> Result<Vec<(u32, Option<jiff::civil::Date>)>> {
        super::rows::siblings(&self.conn, issue)
    }

    /// The 总第 number that follows the series' latest issue, when it has one.
    pub fn next_total(&self, series: &str) -> Result<Option<u32>> {
        Ok(self.conn.query_row(
            "SELECT max(total_number) + 1 FROM issues WHERE series = ?1 AND supplement = 0",
            [series],
            |r| r.get(0),
        )?)
    }

    /// Creates a draft issue from `issue`'s masthead and footer (its items
    /// are ignored). One undo step.
    pub fn create_issue(&mut self, issue: &Issue) -> Result<IssueId> {
        self.write(|tx| {
            let mut draft = issue.clone();
            draft.state = IssueState::Draft;
            let id = insert_masthead(tx, &draft, None)?;
            undo::record_touched(
                tx,
                &tf(Key::UndoNewIssue, &[&issue_title(&draft)]),
                undo::Touched {
                    created: &[id],
                    ..undo::Touched::default()
                },
            )?;
            Ok(id)
        })
    }

    /// Deletes a draft: its items go back to the accepted queue.
    /// Deletes a draft; its items stay, accepted. One undo step, which
    /// makes the issue again with its items in place.
    pub fn delete_issue(&mut self, id: IssueId) -> Result<()> {
        self.write(|tx| {
            let s = draft(tx, id)?;
            undo::record(tx, &tf(Key::UndoDeleteIssue, &[&s.title()]), &[], &[id])?;
            rows::delete_issue(tx, id)
        })
    }

    pub fn issue(&self, id: IssueId) -> Result<Issue> {
        load_issue(&self.conn, id)
    }

    pub fn issue_summary(&self, id: IssueId) -> Result<IssueSummary> {
        summary(&self.conn, id)
    }

    /// All issues, newest first.
    pub fn issues(&self) -> Result<Vec<IssueSummary>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SUMMARY} ORDER BY year DESC, supplement, number DESC, id DESC"
        ))?;
        stmt.query_and_then([], summary_from_row)?.collect()
    }

    /// Issue `number` (or 增刊 `number`), of `series` and `year` where
    /// given. It must be the only one: when several series or years have
    /// that number, the error names each so the editor can choose.
    pub fn find_issue(
        &self,
        series: Option<&str>,
        year: Option<i16>,
        number: u32,
        supplement: bool,
    ) -> Result<IssueId> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{SUMMARY} WHERE number = ?1 AND supplement = ?2 AND (?3 IS NULL OR year = ?3)
             AND (?4 IS NULL OR series = ?4) ORDER BY year DESC, series"
        ))?;
        let found: Vec<IssueSummary> = stmt
            .query_and_then(params![number, supplement, year, series], summary_from_row)?
            .collect::<Result<_>>()?;
        match found.as_slice() {
            [] => Err(Error::IssueNotFound { year, number }),
            [one] => Ok(one.id),
            many => Err(Error::IssueAmbiguous {
                number,
                matches: many.iter().map(IssueSummary::title).collect(),
            }),
        }
    }

    /// Places items at the end of a draft's articles or briefs; an item not
    /// yet accepted is accepted. One undo step.
    pub fn add_to_issue(&mut self, issue: IssueId, ids: &[ItemId], section: Kind) -> Result<()> {
        self.write(|tx| {
            draft(tx, issue)?;
            let mut touched = vec![issue];
            for &id in ids {
                if let Some((other, _)) = placement(tx, id)? {
                    touched.push(other);
                }
            }
            let label = match ids {
                [one] => tf(Key::UndoAddOne, &[&load_item(tx, *one)?.name()]),
                _ => tf(Key::UndoAdd, &[&ids.len()]),
            };
            undo::record(tx, &label, ids, &touched)?;
            let mut list = members(tx, issue, section)?;
            for &id in ids {
                let mut item = load_item(tx, id)?;
                if item.status == Status::Published {
                    return Err(Error::ItemPublished(id));
                }
                if let Some((other, label)) = placement(tx, id)?
                    && other != issue
                {
                    return Err(Error::ItemPlaced {
                        item: id,
                        issue: label,
                    });
                }
                unplace(tx, id)?;
                list = members(tx, issue, section)?;
                item.status = Status::Accepted;
                item.kind = section;
                save_item(tx, &item)?;
                list.push(id);
                set_members(tx, issue, section, &list)?;
            }
            let _ = list;
            Ok(())
        })
    }

    /// Takes an item out of a draft; it stays accepted. One undo step.
    pub fn remove_from_issue(&mut self, issue: IssueId, id: ItemId) -> Result<()> {
        self.write(|tx| {
            draft(tx, issue)?;
            match section_of(tx, id)? {
                Some((placed, _)) if placed == issue => {}
                _ => return Err(Error::ItemNotInIssue(id)),
            }
            let label = tf(Key::UndoRemove, &[&load_item(tx, id)?.name()]);
            undo::record(tx, &label, &[id], &[issue])?;
            unplace(tx, id)
        })
    }

    /// Moves an item to position `to` (1-based) within its section. One undo step.
    pub fn move_in_issue(&mut self, issue: IssueId, id: ItemId, to: usize) -> Result<()> {
        self.write(|tx| {
            draft(tx, issue)?;
            let Some((placed, section)) = section_of(tx, id)?.filter(|(p, _)| *p == issue) else {
                return Err(Error::ItemNotInIssue(id));
            };
            let mut list = members(tx, placed, section)?;
            list.retain(|&i| i != id);
            let at = to.clamp(1, list.len() + 1) - 1;
            list.insert(at, id);
            let label = tf(Key::UndoMove, &[&load_item(tx, id)?.name(), &(at + 1)]);
            undo::record(tx, &label, &[], &[issue])?;
            set_members(tx, issue, section, &list)
        })
    }

    /// Changes a masthead or footer field of a draft. One undo step.
    pub fn set_issue_field(&mut self, issue: IssueId, field: &IssueField) -> Result<()> {
        self.set_issue_fields(issue, std::slice::from_ref(field))
    }

    /// Changes several masthead and footer fields at once: one transaction,
    /// one undo step.
    pub fn set_issue_fields(&mut self, issue: IssueId, fields: &[IssueField]) -> Result<()> {
        self.write(|tx| {
            let current = load_issue(tx, issue)?;
            draft(tx, issue)?;
            undo::record(
                tx,
                &tf(Key::UndoSetField, &[&issue_title(&current)]),
                &[],
                &[issue],
            )?;
            let mut next = current.clone();
            for field in fields {
                apply_field(&mut next, field.clone());
            }
            save_masthead(tx, &next, issue)
        })
    }

    /// Makes a draft final and its items published. One undo step.
    pub fn finalise(&mut self, issue: IssueId) -> Result<()> {
        self.write(|tx| {
            let s = draft(tx, issue)?;
            if s.articles + s.briefs == 0 {
                return Err(Error::IssueEmpty { title: s.title() });
            }
            let mut full = load_issue(tx, issue)?;
            let ids: Vec<ItemId> = full.items().filter_map(|i| i.id).collect();
            undo::record_touched(
                tx,
                &tf(Key::UndoFinalise, &[&s.title()]),
                undo::Touched {
                    items: &ids,
                    issues: &[issue],
                    finalised: true,
                    ..undo::Touched::default()
                },
            )?;
            full.state = IssueState::Final;
            save_masthead(tx, &full, issue)?;
            for &id in &ids {
                save_status(tx, id, Status::Published, "")?;
            }
            Ok(())
        })
    }

    /// Stores a whole printed issue (from `bulletin::parse`) as a final issue
    /// with its items published, in one transaction. An item already in the
    /// store and not placed elsewhere is reused rather than stored twice.
    pub fn import_issue(&mut self, issue: &Issue, origin: &str) -> Result<IssueId> {
        self.write(|tx| {
            // Items already in the store are reused: undo gives them back
            // as they were; the rest it deletes with the issue.
            let existing = issue
                .items()
                .map(|i| rows::same_text(tx, i))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            undo::record(tx, &tf(Key::UndoImport, &[&origin]), &existing, &[])?;
            let id = insert_masthead(tx, issue, None)?;
            let mut added = Vec::new();
            for (section, items) in [
                (Kind::Article, &issue.articles),
                (Kind::Brief, &issue.briefs),
            ] {
                let mut ids = Vec::with_capacity(items.len());
                for item in items {
                    let placed = place_new(tx, item, section, origin, None, Near::Index)?;
                    if let Added::New(new) = placed {
                        added.push(new);
                    }
                    ids.push(placed.id());
                }
                set_members(tx, id, section, &ids)?;
            }
            undo::amend_last(tx, &[id], &added)?;
            Ok(id)
        })
    }
}
