//! Queue actions: filters, search, marks, decisions, quick edits, placing.

use super::super::action::Action;
use super::super::app::App;
use super::super::diff::differences;
use super::super::input::TextInput;
use super::super::state::{Mode, Prompt, ReasonFor};
use crate::error::{Error, Result};
use crate::export::write_atomic;
use crate::i18n::{Key, t, tf};
use crate::model::{Item, ItemEdit, ItemId, Kind, Status};
use crate::stats::Period;
use crate::store::{Resolution, Store};

fn refilter(app: &mut App, store: &Store) -> Result<()> {
    let dropped = app.queue.refilter(store)?;
    if dropped > 0 {
        app.info(tf(Key::MsgMarksCleared, &[&dropped]));
    }
    Ok(())
}

pub fn set_search(app: &mut App, store: &Store, q: String) -> Result<()> {
    app.queue.search = q;
    refilter(app, store)
}

/// Filters by a unit under any name it goes by, or says that nothing does.
pub fn set_unit(app: &mut App, store: &Store, text: &str) -> Result<()> {
    let unit = Some(text.trim().to_string()).filter(|u| !u.is_empty());
    if let Some(u) = &unit
        && store.unit_names(u)?.is_none()
    {
        return Err(Error::NoSuchUnit(u.clone()));
    }
    app.queue.unit = unit;
    refilter(app, store)
}

/// Forwards `ids` to `to` into the export folder (上报), with the office's
/// details from the settings, and says where the files went.
pub fn forward(app: &mut App, store: &mut Store, ids: &[ItemId], to: &str) -> Result<()> {
    let sent = crate::chain::forward(store, &app.settings, ids, to, &app.export_dir, app.today)?;
    app.queue.marked.clear();
    app.info(tf(
        Key::Forwarded,
        &[&ids.len(), &to, &sent.bundle.display()],
    ));
    Ok(())
}

pub fn action(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    use Action::*;
    match action {
        FilterNew | FilterAccepted | FilterHeld | FilterRejected | FilterAll => {
            app.queue.status = match action {
                FilterNew => Some(Status::New),
                FilterAccepted => Some(Status::Accepted),
                FilterHeld => Some(Status::Held),
                FilterRejected => Some(Status::Rejected),
                _ => None,
            };
            refilter(app, store)?;
        }
        FilterUnit => {
            let current = app.queue.unit.clone().unwrap_or_default();
            app.mode = Mode::Prompt(Prompt::Unit, TextInput::new(&current));
        }
        Search => app.mode = Mode::Search(TextInput::new(&app.queue.search)),
        CycleSort => {
            app.queue.resort(store)?;
            app.info(tf(
                Key::MsgSorted,
                &[&crate::tui::queue::sort_label(app.queue.sort)],
            ));
        }
        ClearFilters => {
            if !app.queue.search.is_empty() || app.queue.unit.is_some() {
                app.queue.search.clear();
                app.queue.unit = None;
                refilter(app, store)?;
            } else if !app.queue.marked.is_empty() {
                app.queue.marked.clear();
            }
        }
        ToggleMark => {
            if let Some(id) = app.queue.selected_row().map(|r| r.id) {
                if !app.queue.marked.remove(&id) {
                    app.queue.marked.insert(id);
                }
                app.queue.down(1, store)?;
            }
        }
        Accept | Hold => {
            let status = if action == Accept {
                Status::Accepted
            } else {
                Status::Held
            };
            let ids = app.queue.targets();
            decide(app, store, &ids, status, None)?;
        }
        Reject => {
            let ids = app.queue.targets();
            if !ids.is_empty() {
                app.mode = Mode::Reasons {
                    purpose: ReasonFor::Reject(ids),
                    selected: 0,
                };
            }
        }
        EditHeadline | EditSource => {
            if let Some(row) = app.queue.selected_row() {
                let (prompt, text) = if action == EditHeadline {
                    (Prompt::Headline(row.id), row.headline.clone())
                } else {
                    (Prompt::Source(row.id), row.sources.join(" "))
                };
                app.mode = Mode::Prompt(prompt, TextInput::new(&text));
            }
        }
        AddArticle | AddBrief => {
            let kind = if action == AddArticle {
                Kind::Article
            } else {
                Kind::Brief
            };
            let Some(issue) = app.assembly.current().filter(|_| app.assembly.is_draft()) else {
                return Err(Error::NoDraft);
            };
            let ids = app.queue.targets();
            if ids.is_empty() {
                return Ok(());
            }
            store.add_to_issue(issue, &ids, kind)?;
            app.queue.marked.clear();
            app.reload_all(store, Some(issue))?;
            if let Some(&last) = ids.last() {
                app.assembly.select_item(last);
            }
            let title = store.issue_summary(issue)?.title();
            app.info(match super::one_name(store, &ids)? {
                Some(name) => tf(Key::MsgPlacedOne, &[&name, &title]),
                None => tf(Key::IssueAdded, &[&ids.len(), &title]),
            });
        }
        _ => {}
    }
    Ok(())
}

/// Applies a decision to the targets and says how many, under which filter.
/// Decides on `ids` — the ones the editor saw named when the decision was
/// asked for, even if the marks changed since.
pub fn decide(
    app: &mut App,
    store: &mut Store,
    ids: &[ItemId],
    status: Status,
    reason: Option<&str>,
) -> Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let marked = ids.iter().all(|id| app.queue.marked.contains(id));
    let n = store.decide(ids, status, reason)?;
    let filter = app.queue.filter_label();
    // Marks left on other items (a decision taken in the reader) stay.
    for id in ids {
        app.queue.marked.remove(id);
    }
    app.reload_all(store, None)?;
    let message = match super::one_name(store, ids)? {
        Some(name) => tf(Key::MsgDecidedOne, &[&name, &status.label(), &filter]),
        None if marked => tf(Key::MsgDecidedMarked, &[&n, &status.label(), &filter]),
        None => tf(Key::MsgDecided, &[&n, &status.label(), &filter]),
    };
    app.info(message);
    Ok(())
}

/// A quick edit of the headline or the source, from its prompt.
pub fn quick_edit(app: &mut App, store: &mut Store, prompt: &Prompt, text: &str) -> Result<()> {
    let (id, edit) = match prompt {
        Prompt::Headline(id) => (
            *id,
            ItemEdit {
                headline: Some(text.to_string()),
                ..ItemEdit::default()
            },
        ),
        Prompt::Source(id) => {
            let units = text
                .split([' ', '　', '、', ',', '，'])
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            (
                *id,
                ItemEdit {
                    sources: Some(units),
                    ..ItemEdit::default()
                },
            )
        }
        _ => return Ok(()),
    };
    edited(app, store, id, edit)
}

/// An edit read back from the editor or a prompt: one that changes the
/// headline or the body asks for its reason first (the list opens, and
/// saving waits for the choice); any other is saved at once.
pub fn edited(app: &mut App, store: &mut Store, id: ItemId, change: ItemEdit) -> Result<()> {
    if change.rewrites(&store.item(id)?) {
        app.mode = Mode::Reasons {
            purpose: ReasonFor::Edit(id, Box::new(change)),
            selected: 0,
        };
        return Ok(());
    }
    save_edit(app, store, id, &change)
}

pub fn save_edit(app: &mut App, store: &mut Store, id: ItemId, change: &ItemEdit) -> Result<()> {
    let edited = store.edit_item(id, change)?;
    app.reload_all(store, None)?;
    app.info(tf(Key::MsgEdited, &[&edited.name()]));
    Ok(())
}

/// Writes this quarter's feedback sheet, up to today, for the unit the
/// queue is filtered to, or else the selected item's first unit, as Word
/// in the export folder.
pub fn feedback_sheet(app: &mut App, store: &Store) -> Result<()> {
    let unit = app.queue.unit.clone().or_else(|| {
        app.queue
            .selected_row()
            .and_then(|r| r.sources.first().cloned())
    });
    let Some(unit) = unit else {
        app.error(t(Key::MsgFeedbackNoUnit));
        return Ok(());
    };
    let sheet = store.feedback_sheet(&unit, Period::quarter_to(app.today))?;
    let office = &app.settings.publisher;
    let path = app
        .export_dir
        .join(format!("{}.docx", crate::feedback::file_stem(&sheet)));
    write_atomic(&path, &crate::feedback::docx(&sheet, office, app.today)?)?;
    app.info(tf(Key::Exported, &[&path.display()]));
    Ok(())
}

/// Opens the selected item beside the earlier item it resembles.
pub fn compare(app: &mut App, store: &mut Store) -> Result<()> {
    let Some(row) = app.queue.selected_row() else {
        return Ok(());
    };
    let Some(old_id) = row.similar_to else {
        return Err(Error::NotSimilar(row.id));
    };
    let new = store.item(row.id)?;
    let old = store.item(old_id)?;
    let similarity = crate::similar::jaccard(
        &crate::similar::shingles(&new.fingerprint_text()),
        &crate::similar::shingles(&old.fingerprint_text()),
    );
    let diff = differences(paragraphs(&new), paragraphs(&old));
    app.mode = Mode::Compare {
        new: Box::new(new),
        old: Box::new(old),
        similarity,
        diff: Box::new(diff),
        scroll: 0,
    };
    Ok(())
}

/// What the comparison shows of an item, each paragraph safe to show:
/// headline, body, attribution.
fn paragraphs(item: &Item) -> Vec<String> {
    std::iter::once(item.headline.clone())
        .chain(item.body.iter().cloned())
        .chain(std::iter::once(item.attribution()))
        .map(|p| crate::script::printable(&p))
        .collect()
}

/// The editor's decision in the comparison.
pub fn resolve(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let Mode::Compare { new, .. } = &app.mode else {
        return Ok(());
    };
    let Some(id) = new.id else { return Ok(()) };
    let how = match action {
        Action::KeepBoth => Resolution::KeepBoth,
        Action::DropNew => Resolution::DropNew,
        _ => Resolution::ReplaceOld,
    };
    store.resolve_similar(id, how)?;
    app.mode = Mode::Normal;
    app.reload_all(store, None)?;
    app.info(tf(Key::MsgResolved, &[&store.item(id)?.name()]));
    Ok(())
}

/// Runs an import from the prompt and shows its report.
/// A .json file given to the import prompt: an issue or archive restored,
/// or a bundle or receipt from another desk taken in, as `import --json`
/// does; the report opens over the panes.
fn import_json(app: &mut App, store: &mut Store, path: &std::path::Path) -> Result<()> {
    let done = crate::import::import_json(store, path, &app.settings.publisher, |_, _| {})?;
    let lines = done.lines(store)?;
    app.reload_all(store, None)?;
    if let Some(first) = lines.first() {
        app.info(first.clone());
    }
    app.mode = Mode::Report {
        lines: lines.into_iter().map(|l| (false, l)).collect(),
        scroll: 0,
    };
    Ok(())
}

pub fn import(app: &mut App, store: &mut Store, path: &str) -> Result<()> {
    let path = super::super::complete::expand_home(path.trim());
    let opts = crate::import::Options {
        encoding: None,
        today: app.today,
    };
    if crate::import::extension(&path).as_deref() == Some("json") {
        return import_json(app, store, &path);
    }
    let report = crate::import::import_paths(store, &[path], &opts, |_, _| {})?;
    let lines = report
        .lines()
        .into_iter()
        .map(|l| match l {
            crate::import::ReportLine::Info(s) => (false, s),
            crate::import::ReportLine::Failed(s) => (true, s),
        })
        .collect();
    app.reload_all(store, None)?;
    app.info(report.summary());
    app.mode = Mode::Report { lines, scroll: 0 };
    Ok(())
}
