//! Rows of `issues` (the masthead), `issue_footer` and `issue_editors`.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::items::{ITEM_COLUMNS, item_from_row};
use super::{corrupt, day};
use crate::error::{Error, Result};
use crate::model::{FooterLine, Issue, IssueId, IssueState, Kind};

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
        title(&self.series, self.year, self.supplement, self.number)
    }
}

/// 上街信息 2023年第56期, 上街信息 2023年增刊第1期.
pub(in crate::store) fn title(series: &str, year: i16, supplement: bool, number: u32) -> String {
    let supplement = if supplement { "增刊" } else { "" };
    format!("{series} {year}年{supplement}第{number}期")
}

/// The title of `issue` as [`IssueSummary::title`] gives it.
pub fn issue_title(issue: &Issue) -> String {
    title(&issue.series, issue.year, issue.supplement, issue.number)
}

/// Selects what [`summary_from_row`] reads.
pub(in crate::store) const SUMMARY: &str =
    "SELECT id, series, year, number, supplement, total_number, date, state,
    (SELECT count(*) FROM issue_items WHERE issue_id = issues.id AND section = 'article'),
    (SELECT count(*) FROM issue_items WHERE issue_id = issues.id AND section = 'brief')
    FROM issues";

/// The numbers and dates of the other issues of `id`'s series, year and
/// kind (增刊 are numbered apart), by number.
pub(in crate::store) fn siblings(
    conn: &Connection,
    id: IssueId,
) -> Result<Vec<(u32, Option<Date>)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT o.number, o.date FROM issues o JOIN issues i ON i.id = ?1
         WHERE o.series = i.series AND o.year = i.year AND o.supplement = i.supplement AND o.id != i.id
         ORDER BY o.number",
    )?;
    let rows = stmt.query_and_then([id], |r| -> Result<(u32, Option<Date>)> {
        Ok((r.get(0)?, date(r.get(1)?)?))
    })?;
    rows.collect()
}

fn date(value: Option<String>) -> Result<Option<Date>> {
    value.map(|d| day("issues", "date", &d)).transpose()
}

fn state(value: &str) -> Result<IssueState> {
    IssueState::from_db(value).ok_or_else(|| corrupt("issues", "state", value))
}

pub(in crate::store) fn summary_from_row(r: &Row) -> Result<IssueSummary> {
    Ok(IssueSummary {
        id: r.get(0)?,
        series: r.get(1)?,
        year: r.get(2)?,
        number: r.get(3)?,
        supplement: r.get(4)?,
        total_number: r.get(5)?,
        date: date(r.get(6)?)?,
        state: state(&r.get::<_, String>(7)?)?,
        articles: r.get::<_, i64>(8)? as usize,
        briefs: r.get::<_, i64>(9)? as usize,
    })
}

pub(in crate::store) fn summary(conn: &Connection, id: IssueId) -> Result<IssueSummary> {
    conn.prepare_cached(&format!("{SUMMARY} WHERE id = ?1"))?
        .query_and_then([id], summary_from_row)?
        .next()
        .transpose()?
        .ok_or(Error::IssueIdNotFound(id))
}

const MASTHEAD: &str = "SELECT id, series, year, number, supplement, total_number, date, publisher, print_run, state, marking, editor_note, release FROM issues WHERE id = ?1";

fn masthead_from_row(r: &Row) -> Result<Issue> {
    let mut issue = Issue::new(r.get::<_, String>(1)?, r.get(2)?, r.get(3)?);
    issue.id = Some(r.get(0)?);
    issue.supplement = r.get(4)?;
    issue.total_number = r.get(5)?;
    issue.date = date(r.get(6)?)?;
    issue.publisher = r.get(7)?;
    issue.print_run = r.get(8)?;
    issue.state = state(&r.get::<_, String>(9)?)?;
    issue.marking = r.get(10)?;
    issue.editor_note = r.get(11)?;
    let release: String = r.get(12)?;
    issue.release =
        serde_json::from_str(&release).map_err(|_| corrupt("issues", "release", &release))?;
    Ok(issue)
}

/// An issue's masthead, footer and editors, without its items; `None`
/// when there is no such issue.
pub(in crate::store) fn load_masthead(conn: &Connection, id: IssueId) -> Result<Option<Issue>> {
    let Some(mut issue) = conn
        .prepare_cached(MASTHEAD)?
        .query_and_then([id], masthead_from_row)?
        .next()
        .transpose()?
    else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT label, text FROM issue_footer WHERE issue_id = ?1 ORDER BY position",
    )?;
    issue.footer = stmt
        .query_map([id], |r| {
            Ok(FooterLine::new(
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn
        .prepare_cached("SELECT name FROM issue_editors WHERE issue_id = ?1 ORDER BY position")?;
    issue.editors = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(issue))
}

/// A whole issue: masthead, footer, editors and its items in order.
pub(in crate::store) fn load_issue(conn: &Connection, id: IssueId) -> Result<Issue> {
    let mut issue = load_masthead(conn, id)?.ok_or(Error::IssueIdNotFound(id))?;
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ITEM_COLUMNS} FROM issue_items JOIN items ON items.id = issue_items.item_id
         WHERE issue_id = ?1 AND section = ?2 ORDER BY position"
    ))?;
    issue.articles = stmt
        .query_and_then(params![id, Kind::Article.as_str()], item_from_row)?
        .collect::<Result<_>>()?;
    issue.briefs = stmt
        .query_and_then(params![id, Kind::Brief.as_str()], item_from_row)?
        .collect::<Result<_>>()?;
    Ok(issue)
}

/// Whether an issue other than `except` has `issue`'s series, year, kind
/// (增刊 or not) and number.
fn taken(conn: &Connection, issue: &Issue, except: Option<IssueId>) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM issues WHERE series = ?1 AND year = ?2 AND supplement = ?3 AND number = ?4
             AND (?5 IS NULL OR id != ?5)",
        )?
        .query_row(
            params![issue.series, issue.year, issue.supplement, issue.number, except],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
        .is_some())
}

/// Inserts `issue`'s masthead, footer and editors (not its items), under
/// `id` when given (restoring an archive), else under a new id. An issue of
/// the same series, year and number, or of that id, is an error.
pub(in crate::store) fn insert_masthead(
    conn: &Connection,
    issue: &Issue,
    id: Option<IssueId>,
) -> Result<IssueId> {
    write_masthead(conn, issue, id, "")
}

/// Writes `issue`'s masthead, footer and editors (not its items) over the
/// row `id`, making it again if it is not there (an undone delete).
pub(in crate::store) fn save_masthead(conn: &Connection, issue: &Issue, id: IssueId) -> Result<()> {
    write_masthead(
        conn,
        issue,
        Some(id),
        "ON CONFLICT (id) DO UPDATE SET series = ?2, year = ?3, number = ?4, supplement = ?5,
         total_number = ?6, date = ?7, publisher = ?8, print_run = ?9, state = ?10, marking = ?11,
         editor_note = ?12, release = ?13",
    )?;
    Ok(())
}

fn write_masthead(
    conn: &Connection,
    issue: &Issue,
    id: Option<IssueId>,
    on_conflict: &str,
) -> Result<IssueId> {
    if taken(conn, issue, id)? {
        return Err(Error::IssueExists {
            title: issue_title(issue),
        });
    }
    conn.prepare_cached(&format!(
        "INSERT INTO issues (id, series, year, number, supplement, total_number, date, publisher, print_run, state, marking, editor_note, release)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) {on_conflict}"
    ))?
    .execute(params![
        id,
        issue.series,
        issue.year,
        issue.number,
        issue.supplement,
        issue.total_number,
        issue.date.map(|d| d.to_string()),
        issue.publisher,
        issue.print_run,
        issue.state.as_str(),
        issue.marking,
        issue.editor_note,
        serde_json::to_string(&issue.release).map_err(Error::Json)?,
    ])?;
    // An update leaves the last inserted row id alone.
    let id = id.unwrap_or(IssueId(conn.last_insert_rowid()));
    conn.execute("DELETE FROM issue_footer WHERE issue_id = ?1", [id])?;
    conn.execute("DELETE FROM issue_editors WHERE issue_id = ?1", [id])?;
    for (i, line) in issue.footer.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO issue_footer (issue_id, position, label, text) VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![id, i as i64, line.label, line.text])?;
    }
    for (i, name) in issue.editors.iter().enumerate() {
        conn.prepare_cached(
            "INSERT INTO issue_editors (issue_id, position, name) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, i as i64, name])?;
    }
    Ok(id)
}

/// Deletes an issue; its order, footer and editors go with it.
pub(in crate::store) fn delete_issue(conn: &Connection, id: IssueId) -> Result<()> {
    conn.execute("DELETE FROM issues WHERE id = ?1", [id])?;
    Ok(())
}
