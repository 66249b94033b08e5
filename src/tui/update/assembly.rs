//! Assembly actions: new issues, order, kind, removal, masthead form,
//! finalising, export.

use super::super::action::Action;
use super::super::app::App;
use super::super::form::Form;
use super::super::state::{Confirm, Mode};
use crate::error::{Error, Result};
use crate::export::{Encoding, Format, default_path, render_with, write_atomic};
use crate::i18n::{Key, tf};
use crate::layout::Options;
use crate::model::{IssueId, ItemEdit, Kind};
use crate::store::Store;

/// What `find` gives from the open issue, if one is open.
fn beside(
    app: &App,
    store: &Store,
    find: impl Fn(&Store, IssueId) -> Result<Option<IssueId>>,
) -> Result<Option<IssueId>> {
    app.assembly
        .current()
        .map_or(Ok(None), |at| find(store, at))
}

pub fn action(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    use Action::*;
    match action {
        NewIssue => {
            // A new issue belongs to the series on show.
            let series = app.assembly.issue.as_ref().map(|i| i.series.clone());
            let draft = crate::draft::new_draft(
                &app.settings,
                store,
                series.as_deref(),
                None,
                None,
                app.today,
                false,
            )?;
            // Asked first: `n` pressed twice, or for "next match", must not
            // leave empty drafts behind.
            app.mode = Mode::Confirm(Confirm::NewIssue(Box::new(draft)));
        }
        PrevIssue | NextIssue => {
            // The list is newest first: "previous" is older.
            let step = if action == PrevIssue { 1 } else { -1 };
            if let Some(id) = beside(app, store, |s, at| s.issue_beside(at, step))? {
                app.assembly.selected = 0;
                app.preview_scroll = 0;
                app.assembly.load(store, Some(id))?;
                app.relayout();
            }
        }
        PrevSeries | NextSeries => {
            let step = if action == NextSeries { 1 } else { -1 };
            if let Some(id) = beside(app, store, |s, at| s.issue_of_other_series(at, step))? {
                app.assembly.selected = 0;
                app.preview_scroll = 0;
                app.assembly.load(store, Some(id))?;
                app.relayout();
                if let Some(issue) = &app.assembly.issue {
                    app.info(tf(Key::MsgSeriesShown, &[&issue.series]));
                }
            } else {
                app.info(crate::i18n::t(Key::MsgOneSeries).to_string());
            }
        }
        _ => return in_issue(app, store, action),
    }
    Ok(())
}

/// Creates the draft the editor said yes to, and shows it.
pub fn create_issue(app: &mut App, store: &mut Store, draft: &crate::model::Issue) -> Result<()> {
    let id = store.create_issue(draft)?;
    app.assembly.selected = 0;
    app.reload_all(store, Some(id))?;
    app.info(tf(Key::IssueCreated, &[&store.issue_summary(id)?.title()]));
    Ok(())
}

/// Writes `issue` in `format` to the export folder, under its default name.
pub fn export(app: &mut App, store: &Store, issue: IssueId, format: Format) -> Result<()> {
    let full = store.issue(issue)?;
    // The workstation never forces a classified issue off the print path.
    crate::signoff::export_allowed(&full, format, false)?;
    let path = default_path(&full, format, &app.export_dir);
    // Set as the command line sets it: the office's faces, and its template
    // for Word.
    let print = match format {
        Format::Docx => app.settings.print.options(None, None, false)?,
        _ => app.settings.print.without_template(false),
    };
    write_atomic(
        &path,
        &render_with(
            &full,
            format,
            Options::default(),
            Encoding::default(),
            &print,
        )?,
    )?;
    app.info(tf(Key::Exported, &[&path.display()]));
    Ok(())
}

/// Actions on the open issue, most of which need it to be a draft.
fn in_issue(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    use Action::*;
    let Some(issue) = app.assembly.current() else {
        return Err(Error::NoIssue);
    };
    if action == Export {
        let title = store.issue_summary(issue)?.title();
        app.mode = Mode::Export(issue);
        app.info(tf(
            Key::MsgChooseFormat,
            &[&title, &app.export_dir.display()],
        ));
        return Ok(());
    }
    if !app.assembly.is_draft() {
        let title = store.issue_summary(issue)?.title();
        return Err(Error::IssueFinal { title });
    }
    let selected = app
        .assembly
        .selected_item()
        .and_then(|(kind, item)| item.id.map(|id| (kind, id)));
    match (action, selected) {
        (EditIssue, _) => {
            let full = store.issue(issue)?;
            app.mode = Mode::Form(Form::new(&full, issue));
        }
        (Finalise, _) => {
            // What no yes overrides is said before any question is asked.
            let whole = store.issue(issue)?;
            if let Err(e) = crate::review::release_gate(&whole, &app.settings) {
                return super::release::refuse(app, e);
            }
            let problems: Vec<String> = crate::review::issue(store, issue, &app.settings)?
                .iter()
                .filter(|f| f.rule.blocks_finalising())
                .map(crate::review::describe)
                .collect();
            app.mode = Mode::Confirm(Confirm::Finalise(issue, problems));
        }
        (MoveItemDown | MoveItemUp, Some((_, id))) => {
            let pos = app.assembly.position_in_section();
            let to = if action == MoveItemDown {
                pos + 1
            } else {
                pos.saturating_sub(1).max(1)
            };
            if to != pos {
                store.move_in_issue(issue, id, to)?;
                app.reload_all(store, Some(issue))?;
                app.assembly.select_item(id);
            }
        }
        (ToggleKind, Some((kind, id))) => {
            let other = if kind == Kind::Article {
                Kind::Brief
            } else {
                Kind::Article
            };
            store.edit_item(
                id,
                &ItemEdit {
                    kind: Some(other),
                    ..ItemEdit::default()
                },
            )?;
            app.reload_all(store, Some(issue))?;
            app.assembly.select_item(id);
        }
        (RemoveItem, Some((_, id))) => {
            store.remove_from_issue(issue, id)?;
            app.reload_all(store, Some(issue))?;
            app.info(tf(Key::MsgTakenOut, &[&store.item(id)?.name()]));
        }
        _ => {}
    }
    Ok(())
}
