//! Issues: numbering, assembling items in order, masthead and footer, finalising.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::items::{
    Added, ITEM_COLUMNS, Near, Prepared, insert_item, item_from_row, load_item, parse_day,
    parse_kind, parse_status, placement, save_item, save_status,
};
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{FooterLine, Issue, IssueId, IssueState, Item, ItemId, Kind, Status};
use crate::stats::{Fate, Period, StatItem};

/// One line of the issue list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IssueSummary {
    pub id: IssueId,
    pub series: String,
    pub year: i16,
    pub number: u32,
    pub supplement: bool,
    pub total_number: Option<u32>,
    pub date: Option<Date>,
    pub state: IssueState,
    pub articles: usize,
    pub briefs: usize,
}

impl IssueSummary {
    /// 上街信息 2023年第56期.
    pub fn title(&self) -> String {
        let supplement = if self.supplement { "增刊" } else { "" };
        format!(
            "{} {}年{supplement}第{}期",
            self.series, self.year, self.number
        )
    }
}

/// A masthead or footer field, as `issue set` and the workstation's form change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueField {
    Series(String),
    Number(u32),
    Total(Option<u32>),
    Supplement(bool),
    Date(Option<Date>),
    Publisher(String),
    /// All footer lines at once.
    Footer(Vec<FooterLine>),
    /// The footer line with this label (本期送, 发 …); empty text removes it.
    FooterLine(FooterLine),
    Editors(Vec<String>),
    PrintRun(Option<u32>),
}

impl IssueField {
    /// Field names as typed: title, number, total, supplement, date,
    /// publisher, footer, editors, print-run, or a footer label such as 本期送.
    pub fn parse(name: &str, value: &str) -> Result<IssueField> {
        let value = value.trim();
        let number = |v: &str| -> Result<Option<u32>> {
            if v.is_empty() || v == "-" {
                return Ok(None);
            }
            v.parse::<u32>()
                .ok()
                .filter(|n| *n > 0)
                .map(Some)
                .ok_or_else(|| Error::Invalid(tf(Key::ErrNotANumber, &[&v])))
        };
        Ok(match name.trim() {
            "title" | "series" | "刊名" => IssueField::Series(non_empty(value)?),
            "number" | "期号" => IssueField::Number(
                number(value)?.ok_or_else(|| Error::Invalid(tf(Key::ErrNotANumber, &[&value])))?,
            ),
            "total" | "总期号" | "总第" => IssueField::Total(number(value)?),
            "supplement" | "增刊" => {
                IssueField::Supplement(matches!(value, "yes" | "true" | "1" | "是"))
            }
            "date" | "日期" => IssueField::Date(if value.is_empty() {
                None
            } else {
                Some(
                    crate::model::parse_date(value)
                        .ok_or_else(|| Error::Invalid(tf(Key::ErrNotADate, &[&value])))?,
                )
            }),
            "publisher" | "编发单位" => IssueField::Publisher(value.to_string()),
            "footer" | "页脚" => IssueField::Footer(
                value
                    .split(['\n', ';', '；'])
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(|l| match l.split_once(['：', ':']) {
                        Some((label, text)) => FooterLine::new(label.trim(), text.trim()),
                        None => FooterLine::new("", l),
                    })
                    .collect(),
            ),
            "editors" | "责任编辑" => {
                IssueField::Editors(crate::bulletin::parse_editor_names(value))
            }
            "print-run" | "print_run" | "共印" => IssueField::PrintRun(number(value)?),
            label
                if !label.is_empty()
                    && label.chars().all(crate::script::is_han)
                    && label.chars().count() <= 6 =>
            {
                IssueField::FooterLine(FooterLine::new(label, value))
            }
            other => return Err(Error::Invalid(tf(Key::ErrUnknownField, &[&other]))),
        })
    }
}

fn non_empty(v: &str) -> Result<String> {
    if v.is_empty() {
        Err(Error::invalid(Key::ErrEmptyValue))
    } else {
        Ok(v.to_string())
    }
}

fn load_summary(r: &rusqlite::Row) -> rusqlite::Result<IssueSummary> {
    Ok(IssueSummary {
        id: IssueId(r.get(0)?),
        series: r.get(1)?,
        year: r.get(2)?,
        number: r.get(3)?,
        supplement: r.get(4)?,
        total_number: r.get(5)?,
        date: r
            .get::<_, Option<String>>(6)?
            .map(|d| parse_day(&d))
            .transpose()?,
        state: IssueState::parse(&r.get::<_, String>(7)?).unwrap_or_default(),
        articles: r.get::<_, i64>(8)? as usize,
        briefs: r.get::<_, i64>(9)? as usize,
    })
}

const SUMMARY: &str = "SELECT id, series, year, number, supplement, total_number, date, state,
    (SELECT count(*) FROM issue_items WHERE issue_id = issues.id AND section = 'article'),
    (SELECT count(*) FROM issue_items WHERE issue_id = issues.id AND section = 'brief')
    FROM issues";

fn summary(conn: &Connection, id: IssueId) -> Result<IssueSummary> {
    conn.prepare_cached(&format!("{SUMMARY} WHERE id = ?1"))?
        .query_row([id.0], load_summary)
        .optional()?
        .ok_or(Error::IssueIdNotFound(id))
}

fn draft(conn: &Connection, id: IssueId) -> Result<IssueSummary> {
    let s = summary(conn, id)?;
    if s.state == IssueState::Final {
        return Err(Error::Invalid(tf(Key::ErrIssueFinal, &[&s.title()])));
    }
    Ok(s)
}

fn members(conn: &Connection, issue: IssueId, section: Kind) -> Result<Vec<ItemId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT item_id FROM issue_items WHERE issue_id = ?1 AND section = ?2 ORDER BY position",
    )?;
    let ids = stmt.query_map(params![issue.0, section.as_str()], |r| {
        Ok(ItemId(r.get(0)?))
    })?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Rewrites a section's order as given (positions 0, 1, 2 …).
pub(super) fn set_members(
    conn: &Connection,
    issue: IssueId,
    section: Kind,
    ids: &[ItemId],
) -> Result<()> {
    conn.prepare_cached("DELETE FROM issue_items WHERE issue_id = ?1 AND section = ?2")?
        .execute(params![issue.0, section.as_str()])?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO issue_items (issue_id, item_id, section, position) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (pos, id) in ids.iter().enumerate() {
        insert.execute(params![issue.0, id.0, section.as_str(), pos as i64])?;
    }
    Ok(())
}

fn section_of(conn: &Connection, item: ItemId) -> Result<Option<(IssueId, Kind)>> {
    Ok(conn
        .prepare_cached("SELECT issue_id, section FROM issue_items WHERE item_id = ?1")?
        .query_row([item.0], |r| {
            Ok((IssueId(r.get(0)?), r.get::<_, String>(1)?))
        })
        .optional()?
        .map(|(issue, s)| (issue, Kind::parse(&s).unwrap_or_default())))
}

/// Takes an item out of the draft it is placed in, closing the gap.
pub(super) fn unplace(conn: &Connection, item: ItemId) -> Result<()> {
    if let Some((issue, section)) = section_of(conn, item)? {
        let rest: Vec<ItemId> = members(conn, issue, section)?
            .into_iter()
            .filter(|&i| i != item)
            .collect();
        set_members(conn, issue, section, &rest)?;
        // A 栏目 heading belongs to the item's place in its issue.
        conn.prepare_cached("UPDATE items SET column_heading = '' WHERE id = ?1")?
            .execute([item.0])?;
    }
    Ok(())
}

/// Moves a placed item to the end of the section that matches its kind.
pub(super) fn set_section(conn: &Connection, item: ItemId, kind: Kind) -> Result<()> {
    if let Some((issue, section)) = section_of(conn, item)?
        && section != kind
    {
        unplace(conn, item)?;
        let mut list = members(conn, issue, kind)?;
        list.push(item);
        set_members(conn, issue, kind, &list)?;
    }
    Ok(())
}

fn write_footer(
    conn: &Connection,
    issue: IssueId,
    footer: &[FooterLine],
    editors: &[String],
) -> Result<()> {
    conn.execute("DELETE FROM issue_footer WHERE issue_id = ?1", [issue.0])?;
    conn.execute("DELETE FROM issue_editors WHERE issue_id = ?1", [issue.0])?;
    for (i, line) in footer.iter().enumerate() {
        conn.execute(
            "INSERT INTO issue_footer (issue_id, position, label, text) VALUES (?1, ?2, ?3, ?4)",
            params![issue.0, i as i64, line.label, line.text],
        )?;
    }
    for (i, name) in editors.iter().enumerate() {
        conn.execute(
            "INSERT INTO issue_editors (issue_id, position, name) VALUES (?1, ?2, ?3)",
            params![issue.0, i as i64, name],
        )?;
    }
    Ok(())
}

/// Inserts `issue`'s masthead and footer, under `id` when given (restoring
/// an archive), else under a new id.
pub(super) fn insert_issue(
    conn: &Connection,
    issue: &Issue,
    id: Option<IssueId>,
) -> Result<IssueId> {
    let taken: Option<i64> = conn
        .query_row(
            "SELECT id FROM issues WHERE series = ?1 AND year = ?2 AND supplement = ?3 AND number = ?4",
            params![issue.series, issue.year, issue.supplement, issue.number],
            |r| r.get(0),
        )
        .optional()?;
    if taken.is_some() {
        return Err(Error::Invalid(tf(
            Key::ErrIssueExists,
            &[&issue_title(issue)],
        )));
    }
    conn.execute(
        "INSERT INTO issues (series, year, number, supplement, total_number, date, publisher, print_run, state, id, marking, editor_note)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            issue.series,
            issue.year,
            issue.number,
            issue.supplement,
            issue.total_number,
            issue.date.map(|d| d.to_string()),
            issue.publisher,
            issue.print_run,
            issue.state.as_str(),
            id.map(|i| i.0),
            issue.marking,
            issue.editor_note,
        ],
    )?;
    let id = IssueId(conn.last_insert_rowid());
    write_footer(conn, id, &issue.footer, &issue.editors)?;
    Ok(id)
}

fn issue_title(issue: &Issue) -> String {
    let supplement = if issue.supplement { "增刊" } else { "" };
    format!(
        "{} {}年{supplement}第{}期",
        issue.series, issue.year, issue.number
    )
}

fn load_issue(conn: &Connection, id: IssueId) -> Result<Issue> {
    let s = summary(conn, id)?;
    let (publisher, print_run, marking, editor_note): (String, Option<u32>, String, String) = conn
        .query_row(
            "SELECT publisher, print_run, marking, editor_note FROM issues WHERE id = ?1",
            [id.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
    let mut issue = Issue::new(s.series, s.year, s.number);
    issue.id = Some(id);
    issue.total_number = s.total_number;
    issue.supplement = s.supplement;
    issue.date = s.date;
    issue.state = s.state;
    issue.publisher = publisher;
    issue.print_run = print_run;
    issue.marking = marking;
    issue.editor_note = editor_note;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM issue_items JOIN items ON items.id = issue_items.item_id
         WHERE issue_id = ?1 AND section = ?2 ORDER BY position"
    ))?;
    issue.articles = stmt
        .query_map(params![id.0, "article"], item_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    issue.briefs = stmt
        .query_map(params![id.0, "brief"], item_from_row)?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT label, text FROM issue_footer WHERE issue_id = ?1 ORDER BY position",
    )?;
    issue.footer = stmt
        .query_map([id.0], |r| {
            Ok(FooterLine::new(
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn
        .prepare_cached("SELECT name FROM issue_editors WHERE issue_id = ?1 ORDER BY position")?;
    issue.editors = stmt
        .query_map([id.0], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(issue)
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

    /// The numbers of the other issues of `issue`'s series, year and kind
    /// (增刊 or not), for the pre-publication check.
    pub fn sibling_numbers(&self, issue: IssueId) -> Result<Vec<u32>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.number FROM issues o JOIN issues i ON i.id = ?1
             WHERE o.series = i.series AND o.year = i.year AND o.supplement = i.supplement AND o.id != i.id
             ORDER BY o.number",
        )?;
        let rows = stmt.query_map([issue.0], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
            let id = insert_issue(tx, &draft, None)?;
            undo::record_with(
                tx,
                &tf(Key::UndoNewIssue, &[&issue_title(&draft)]),
                &[],
                &[],
                &[id.0],
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
            undo::record(tx, &tf(Key::UndoDeleteIssue, &[&s.title()]), &[], &[id.0])?;
            tx.execute("DELETE FROM issues WHERE id = ?1", [id.0])?;
            Ok(())
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
        let rows = stmt.query_map([], load_summary)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
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
            .query_map(params![number, supplement, year, series], load_summary)?
            .collect::<rusqlite::Result<_>>()?;
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
            let mut touched = vec![issue.0];
            for &id in ids {
                if let Some((other, _)) = placement(tx, id)? {
                    touched.push(other);
                }
            }
            undo::record(tx, &tf(Key::UndoAdd, &[&ids.len()]), ids, &touched)?;
            let mut list = members(tx, issue, section)?;
            for &id in ids {
                let mut item = load_item(tx, id)?;
                if item.status == Status::Published {
                    return Err(Error::Invalid(tf(Key::ErrItemPublished, &[&id])));
                }
                if let Some((other, label)) = placement(tx, id)?
                    && other != issue.0
                {
                    return Err(Error::Invalid(tf(Key::ErrItemPlaced, &[&id, &label])));
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
                _ => return Err(Error::Invalid(tf(Key::ErrItemNotInIssue, &[&id]))),
            }
            undo::record(tx, &tf(Key::UndoRemove, &[&id]), &[id], &[issue.0])?;
            unplace(tx, id)
        })
    }

    /// Moves an item to position `to` (1-based) within its section. One undo step.
    pub fn move_in_issue(&mut self, issue: IssueId, id: ItemId, to: usize) -> Result<()> {
        self.write(|tx| {
            draft(tx, issue)?;
            let Some((placed, section)) = section_of(tx, id)?.filter(|(p, _)| *p == issue) else {
                return Err(Error::Invalid(tf(Key::ErrItemNotInIssue, &[&id])));
            };
            let mut list = members(tx, placed, section)?;
            list.retain(|&i| i != id);
            let at = to.clamp(1, list.len() + 1) - 1;
            list.insert(at, id);
            undo::record(tx, &tf(Key::UndoMove, &[&id, &(at + 1)]), &[], &[issue.0])?;
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
            undo::record(tx, &tf(Key::UndoSetField, &[&issue_title(&current)]), &[], &[issue.0])?;
            let mut next = current.clone();
            for field in fields {
            match field.clone() {
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
            }
            }
            let renumbered = (next.series.as_str(), next.year, next.supplement, next.number)
                != (current.series.as_str(), current.year, current.supplement, current.number);
            if renumbered {
                let clash: Option<i64> = tx
                    .query_row(
                        "SELECT id FROM issues WHERE series = ?1 AND year = ?2 AND supplement = ?3 AND number = ?4 AND id != ?5",
                        params![next.series, next.year, next.supplement, next.number, issue.0],
                        |r| r.get(0),
                    )
                    .optional()?;
                if clash.is_some() {
                    return Err(Error::Invalid(tf(Key::ErrIssueExists, &[&issue_title(&next)])));
                }
            }
            tx.execute(
                "UPDATE issues SET series = ?2, year = ?3, number = ?4, supplement = ?5, total_number = ?6,
                 date = ?7, publisher = ?8, print_run = ?9 WHERE id = ?1",
                params![
                    issue.0,
                    next.series,
                    next.year,
                    next.number,
                    next.supplement,
                    next.total_number,
                    next.date.map(|d| d.to_string()),
                    next.publisher,
                    next.print_run,
                ],
            )?;
            write_footer(tx, issue, &next.footer, &next.editors)
        })
    }

    /// Makes a draft final and its items published. One undo step.
    pub fn finalise(&mut self, issue: IssueId) -> Result<()> {
        self.write(|tx| {
            let s = draft(tx, issue)?;
            if s.articles + s.briefs == 0 {
                return Err(Error::Invalid(tf(Key::ErrIssueEmpty, &[&s.title()])));
            }
            let full = load_issue(tx, issue)?;
            let ids: Vec<ItemId> = full.items().filter_map(|i| i.id).collect();
            undo::record_touched(
                tx,
                &tf(Key::UndoFinalise, &[&s.title()]),
                undo::Touched {
                    items: &ids,
                    issues: &[issue.0],
                    finalised: true,
                    ..undo::Touched::default()
                },
            )?;
            tx.execute("UPDATE issues SET state = 'final' WHERE id = ?1", [issue.0])?;
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
                .map(|i| super::items::same_text(tx, i))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            undo::record(tx, &tf(Key::UndoImport, &[&origin]), &existing, &[])?;
            let id = insert_issue(tx, issue, None)?;
            let mut added = Vec::new();
            for (section, items) in [
                (Kind::Article, &issue.articles),
                (Kind::Brief, &issue.briefs),
            ] {
                let mut ids = Vec::with_capacity(items.len());
                for item in items {
                    let placed = place_new(tx, item, section, origin, None, Near::Index)?;
                    if let Added::New(new) = placed {
                        added.push(new.0);
                    }
                    ids.push(placed.id());
                }
                set_members(tx, id, section, &ids)?;
            }
            undo::amend_last(tx, &[id.0], &added)?;
            Ok(id)
        })
    }
}

/// Inserts an item of a printed or restored issue (under its own id if it
/// carries one): already edited, so nothing to flag as a near-duplicate.
pub(super) fn place_new(
    conn: &Connection,
    item: &Item,
    section: Kind,
    origin: &str,
    prepared: Option<Prepared>,
    near: Near,
) -> Result<Added> {
    let mut item: Item = item.clone();
    item.kind = section;
    match insert_item(conn, &item, item.id, origin, prepared, near)? {
        Added::New(id) => Ok(Added::New(id)),
        Added::Exists(id) => {
            if let Some((_, label)) = placement(conn, id)? {
                return Err(Error::Invalid(tf(Key::ErrItemPlaced, &[&id, &label])));
            }
            let mut stored = load_item(conn, id)?;
            stored.status = item.status;
            stored.kind = section;
            save_item(conn, &stored)?;
            Ok(Added::Exists(id))
        }
    }
}

impl Store {
    /// Stores many final issues and loose items in one transaction (demo and
    /// load data). Search terms are worked out on a second thread while this
    /// one writes. Returns how many items were offered.
    pub fn bulk_add(&mut self, issues: &[Issue], items: &[Item]) -> Result<usize> {
        let all: Vec<&Item> = issues.iter().flat_map(Issue::items).chain(items).collect();
        std::thread::scope(|scope| {
            let (send, prepared) = std::sync::mpsc::sync_channel::<Prepared>(256);
            let work = &all;
            scope.spawn(move || {
                for item in work {
                    if send.send(Prepared::of(item)).is_err() {
                        break;
                    }
                }
            });
            self.write(|tx| {
                // Let the search index gather the whole batch in memory and
                // write it once, instead of merging many small segments.
                tx.execute(
                    "INSERT INTO item_search (item_search, rank) VALUES ('hashsize', 268435456)",
                    [],
                )?;
                let mut bands = Vec::new();
                for issue in issues {
                    let id = insert_issue(tx, issue, None)?;
                    for (section, list) in [
                        (Kind::Article, &issue.articles),
                        (Kind::Brief, &issue.briefs),
                    ] {
                        let mut ids = Vec::with_capacity(list.len());
                        for i in list {
                            ids.push(
                                place_new(
                                    tx,
                                    i,
                                    section,
                                    "demo",
                                    prepared.recv().ok(),
                                    Near::Batch(&mut bands),
                                )?
                                .id(),
                            );
                        }
                        set_members(tx, id, section, &ids)?;
                    }
                }
                for item in items {
                    // Load data is not checked for near-duplicates.
                    insert_item(
                        tx,
                        item,
                        None,
                        "demo",
                        prepared.recv().ok(),
                        Near::Batch(&mut bands),
                    )?;
                }
                bands.sort_unstable();
                super::similar::insert_bands(tx, bands)?;
                tx.execute(
                    "INSERT INTO item_search (item_search, rank) VALUES ('hashsize', 1048576)",
                    [],
                )?;
                Ok(all.len())
            })
        })
    }
}

impl Store {
    /// The items received in `period`, each with its fate as of now; with a
    /// `series`, only publication in that series counts as adoption.
    pub fn stats_items(&self, period: Period, series: Option<&str>) -> Result<Vec<StatItem>> {
        let from = period
            .from
            .map_or("0000-01-01".to_string(), |d| d.to_string());
        let to = period
            .to
            .map_or("9999-12-31".to_string(), |d| d.to_string());
        let mut stmt = self.conn.prepare_cached(
            "SELECT items.sources, items.received, items.status, issues.series, issue_items.section
             FROM items
             LEFT JOIN issue_items ON issue_items.item_id = items.id
             LEFT JOIN issues ON issues.id = issue_items.issue_id AND issues.state = 'final'
             WHERE items.received BETWEEN ?1 AND ?2",
        )?;
        let rows = stmt.query_map(params![from, to], |r| {
            let fate = match parse_status(&r.get::<_, String>(2)?)? {
                Status::New | Status::Accepted | Status::Held => Fate::Pending,
                Status::Rejected => Fate::NotUsed,
                Status::Published => match (
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ) {
                    (Some(s), Some(section)) if series.is_none_or(|want| want == s) => {
                        Fate::Adopted(parse_kind(&section)?)
                    }
                    // Published in another series; or, in a store where the
                    // final issue is missing, nowhere that can be counted.
                    _ => Fate::NotUsed,
                },
            };
            Ok(StatItem {
                sources: super::items::lines(&r.get::<_, String>(0)?),
                received: parse_day(&r.get::<_, String>(1)?)?,
                fate,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
