//! What the actions do while something is open: a search, a prompt, a
//! question, the help, the masthead form. Keys reach these handlers through
//! the keymap's table, so a rebinding reaches them too.

use crossterm::event::{KeyCode, KeyEvent};

use super::super::action::Action;
use super::super::app::App;
use super::super::form::FormFor;
use super::super::input::TextInput;
use super::super::keymap::export_format;
use super::super::state::{Confirm, Mode, Pane, Prompt, ReasonFor, stats_period};
use super::{queue, record, year};
use crate::error::Result;
use crate::i18n::{Key, t, tf};
use crate::model::Status;
use crate::store::Store;

/// A key the table does not bind, in a field: the field's own editing
/// (characters, Backspace, ←/→, Ctrl-A/E/U/K). Returns whether it was taken.
pub fn text_key(app: &mut App, store: &mut Store, key: &KeyEvent) -> Result<bool> {
    match &mut app.mode {
        Mode::Search(input) => {
            if !input.handle(key) {
                return Ok(false);
            }
            let q = input.text.clone();
            queue::set_search(app, store, q)?;
            Ok(true)
        }
        Mode::Prompt(_, input) => Ok(input.handle(key)),
        Mode::Reasons { .. } => {
            // A digit picks the reason of that number.
            let number = match key.code {
                KeyCode::Char(c) if super::is_typed(key) => c.to_digit(10),
                _ => None,
            };
            let list = app.settings.feedback.reasons();
            match number.and_then(|n| list.numbered(n as usize)) {
                Some(reason) => {
                    let reason = reason.to_string();
                    finish_reason(app, store, Some(&reason))?;
                    Ok(true)
                }
                None => Ok(false),
            }
        }
        // A choice row (the sign-off's step, the review's result) steps
        // through its values with ←/→ and Space, and takes no typing.
        Mode::Form(form) if form.on_choice() => {
            match key.code {
                KeyCode::Right | KeyCode::Char(' ') => form.cycle(1),
                KeyCode::Left => form.cycle(-1),
                _ => false,
            };
            Ok(true)
        }
        Mode::Form(form) => Ok(form
            .rows
            .get_mut(form.focus)
            .is_some_and(|(_, input)| input.handle(key))),
        _ => Ok(false),
    }
}

/// Ctrl-C with a field open: ask, and return to the field on no.
fn confirm_quit(app: &mut App) {
    let open = std::mem::replace(&mut app.mode, Mode::Normal);
    app.mode = Mode::Confirm(Confirm::Quit(Box::new(open)));
}

pub fn search(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    match action {
        Action::Cancel => {
            app.mode = Mode::Normal;
            queue::set_search(app, store, String::new())?;
        }
        Action::Submit => app.mode = Mode::Normal,
        Action::Quit => confirm_quit(app),
        // Only the actions the table binds in the search reach here.
        _ => {}
    }
    Ok(())
}

/// With a search in the queue, `n` / `N` step through the items it
/// matches, as in vim and less; without one, `n` starts a new issue.
pub fn step_match(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let searching = app.pane == Pane::Queue && !app.queue.search.trim().is_empty();
    match action {
        Action::NextMatch if !searching => {
            return super::dispatch(app, store, Action::NewIssue).map(|_| ());
        }
        Action::NextMatch | Action::PrevMatch if searching => {
            let before = app.queue.selected;
            if action == Action::NextMatch {
                app.queue.down(1, store)?;
            } else {
                app.queue.up(1, store)?;
            }
            app.queue
                .scroll_to_selection(super::list_height(app, Pane::Queue));
            if app.queue.selected == before {
                app.info(t(Key::MsgNoMatch));
            }
        }
        _ => app.info(t(Key::MsgNoMatch)),
    }
    Ok(())
}

pub fn prompt(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let Mode::Prompt(prompt, input) = &mut app.mode else {
        return Ok(());
    };
    match action {
        Action::Cancel => {
            let prompt = prompt.clone();
            app.mode = Mode::Normal;
            if let Prompt::InstructionDone { item, reading, .. } = prompt {
                record::back(app, store, item, reading)?;
            }
        }
        Action::Submit => {
            let (prompt, text) = (prompt.clone(), input.text.trim().to_string());
            app.mode = Mode::Normal;
            answer(app, store, prompt, text)?;
        }
        Action::Complete if matches!(prompt, Prompt::ImportPath) => complete(app),
        Action::Quit => confirm_quit(app),
        // Tab in a prompt that is not a path, and actions not bound here.
        _ => {}
    }
    Ok(())
}

/// Does what the prompt asked for with the answer typed.
fn answer(app: &mut App, store: &mut Store, prompt: Prompt, text: String) -> Result<()> {
    match prompt {
        Prompt::Unit => queue::set_unit(app, store, &text)?,
        Prompt::Headline(_) | Prompt::Source(_) => queue::quick_edit(app, store, &prompt, &text)?,
        Prompt::ImportPath if !text.is_empty() => queue::import(app, store, &text)?,
        Prompt::ImportPath => {}
        Prompt::ForwardTo(ids) if !text.is_empty() => queue::forward(app, store, &ids, &text)?,
        Prompt::ForwardTo(_) => {}
        Prompt::ReceiptsTo if !text.is_empty() => year::receipts(app, store, &text)?,
        Prompt::ReceiptsTo => {}
        Prompt::InstructionDone { id, reading, .. } => {
            record::done(app, store, id, reading, &text)?
        }
    }
    Ok(())
}

/// The reason list: move, Enter takes the selected reason, Esc goes on
/// without one.
pub fn reasons(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let last = app
        .settings
        .feedback
        .reasons()
        .all()
        .len()
        .saturating_sub(1);
    let Mode::Reasons { selected, .. } = &mut app.mode else {
        return Ok(());
    };
    match action {
        Action::Down | Action::Up | Action::Top | Action::Bottom => {
            *selected = super::step(*selected, action, 1, last);
        }
        Action::Submit => {
            let at = *selected;
            let list = app.settings.feedback.reasons();
            let reason = list.numbered(at + 1).map(String::from);
            finish_reason(app, store, reason.as_deref())?;
        }
        Action::Cancel => finish_reason(app, store, None)?,
        _ => {}
    }
    Ok(())
}

/// Does what the reason was asked for: rejects the items, or saves the
/// edit, with `reason` (none when the editor chose to give none).
fn finish_reason(app: &mut App, store: &mut Store, reason: Option<&str>) -> Result<()> {
    let Mode::Reasons { purpose, .. } = std::mem::replace(&mut app.mode, Mode::Normal) else {
        return Ok(());
    };
    match purpose {
        ReasonFor::Reject(ids) => queue::decide(app, store, &ids, Status::Rejected, reason),
        ReasonFor::Edit(id, mut change) => {
            change.reason = reason.map(String::from);
            queue::save_edit(app, store, id, &change)
        }
    }
}

/// Completes the path in the import prompt, listing the names left.
fn complete(app: &mut App) {
    let Mode::Prompt(_, input) = &mut app.mode else {
        return;
    };
    match super::super::complete::complete(&input.text) {
        Some(done) => {
            *input = TextInput::new(&done.text);
            if done.candidates.is_empty() {
                app.status = None;
            } else {
                let listed = crate::script::printable(&done.candidates.join("  "));
                app.info(tf(Key::CompleteCandidates, &[&listed]));
            }
        }
        None => app.error(t(Key::CompleteNone)),
    }
}

pub fn export(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let Mode::Export(issue) = app.mode else {
        return Ok(());
    };
    match (action, export_format(action)) {
        (_, Some(format)) => {
            app.mode = Mode::Normal;
            super::assembly::export(app, store, issue, format)?;
        }
        (Action::Cancel, None) => {
            app.mode = Mode::Normal;
            app.status = None;
        }
        (Action::Help, None) => super::open_help(app),
        _ => {}
    }
    Ok(())
}

pub fn confirm(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let Mode::Confirm(what) = &app.mode else {
        return Ok(());
    };
    let yes = match action {
        Action::Yes => true,
        Action::No => false,
        _ => return Ok(()),
    };
    let what = what.clone();
    app.mode = Mode::Normal;
    match (what, yes) {
        (Confirm::Quit(_), true) => app.quit = true,
        (Confirm::Quit(open), false) | (Confirm::DiscardForm(open), false) => app.mode = *open,
        (Confirm::DiscardForm(open), true) => {
            if let Mode::Form(form) = *open {
                record::leave(app, store, form.purpose)?;
            }
            app.info(t(Key::MsgFormCancelled));
        }
        (Confirm::Finalise(issue, problems), true) => {
            // The editor has seen the problems listed and said yes: override.
            crate::review::finalise(store, issue, &app.settings, !problems.is_empty(), app.today)?;
            app.reload_all(store, Some(issue))?;
            app.info(tf(
                Key::IssueFinalised,
                &[&store.issue_summary(issue)?.title()],
            ));
        }
        (Confirm::Unfinalise(_), true) => super::undo::undo(app, store)?,
        (Confirm::LoadSamples, true) => {
            let r = crate::demo::load_samples(store, app.today)?;
            app.reload_all(store, None)?;
            app.info(tf(
                Key::DemoLoaded,
                &[&r.units, &r.samples_added, &r.samples_existing],
            ));
        }
        (Confirm::NewIssue(draft), true) => super::assembly::create_issue(app, store, &draft)?,
        (
            Confirm::AnswerCommission {
                commission, item, ..
            },
            yes,
        ) => super::commissions::answer(app, store, commission.id, item, yes)?,
        (Confirm::CancelCommission(commission), yes) => {
            super::commissions::cancel(app, store, commission.id, yes)?
        }
        (_, false) => {}
    }
    Ok(())
}

pub fn open_stats(app: &mut App, store: &Store, at: usize) -> Result<()> {
    let p = stats_period(app.today, at);
    let input = store.stats_input(p, None)?;
    let table = crate::stats::compute(&input, p, &app.settings.scoring, app.today);
    app.mode = Mode::Stats {
        period: at % 4,
        table,
        scroll: 0,
    };
    Ok(())
}

pub fn stats(app: &mut App, store: &Store, action: Action) -> Result<()> {
    let page = overlay_height(app);
    let Mode::Stats {
        period,
        scroll,
        table,
    } = &mut app.mode
    else {
        return Ok(());
    };
    match action {
        Action::NextPeriod => {
            let next = *period + 1;
            open_stats(app, store, next)?;
        }
        Action::PrevPeriod => {
            let next = *period + 3;
            open_stats(app, store, next)?;
        }
        Action::Down
        | Action::Up
        | Action::PageDown
        | Action::PageUp
        | Action::Top
        | Action::Bottom => {
            // The lines under the header: the units, a heading per
            // category and the total, as the overlay draws them.
            let lines = crate::stats::aligned(table, app.metrics.term)
                .lines()
                .count();
            *scroll = super::step(*scroll, action, page, lines.saturating_sub(1))
        }
        Action::Help => super::open_help(app),
        Action::Close => app.mode = Mode::Normal,
        _ => {}
    }
    Ok(())
}

/// Rows an overlay over the panes shows at once, inside its frame.
fn overlay_height(app: &App) -> usize {
    (app.panes().main.height.saturating_sub(2) as usize).max(1)
}

/// Keys over the help or a report: they scroll, close, or (over a
/// report) open the help.
pub fn overlay(app: &mut App, action: Action) {
    let page = overlay_height(app);
    let len = match &app.mode {
        Mode::Help { back, .. } => app.keymap.help_lines(back.scope(app.pane)).len(),
        Mode::Report { lines, .. } => lines.len(),
        _ => return,
    };
    match action {
        Action::Down
        | Action::Up
        | Action::PageDown
        | Action::PageUp
        | Action::Top
        | Action::Bottom => {
            if let Mode::Help { scroll, .. } | Mode::Report { scroll, .. } = &mut app.mode {
                *scroll = super::step(*scroll, action, page, len.saturating_sub(page));
            }
        }
        Action::Close => {
            // The help goes back to what it was opened over.
            app.mode = match std::mem::replace(&mut app.mode, Mode::Normal) {
                Mode::Help { back, .. } => *back,
                _ => Mode::Normal,
            };
        }
        Action::Help => super::open_help(app),
        _ => {}
    }
}

pub fn form(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let Mode::Form(form) = &mut app.mode else {
        return Ok(());
    };
    let last = form.rows.len().saturating_sub(1);
    match action {
        Action::Cancel if form.changed() => {
            let open = std::mem::replace(&mut app.mode, Mode::Normal);
            app.mode = Mode::Confirm(Confirm::DiscardForm(Box::new(open)));
        }
        Action::Cancel => {
            let purpose = form.purpose;
            app.mode = Mode::Normal;
            record::leave(app, store, purpose)?;
            app.info(t(Key::MsgFormCancelled));
        }
        Action::Up => form.focus = form.focus.saturating_sub(1),
        Action::Down => form.focus = (form.focus + 1).min(last),
        Action::Submit => match form.purpose {
            FormFor::Issue(issue) => {
                match form
                    .fields()
                    .and_then(|fields| store.set_issue_fields(issue, &fields))
                {
                    Ok(()) => {
                        app.mode = Mode::Normal;
                        app.reload_all(store, Some(issue))?;
                        app.info(t(Key::MsgFormSaved));
                    }
                    Err(e) => form.error = Some(e.to_string()),
                }
            }
            // A record's error goes to the status line, the form open.
            _ => {
                let form = form.clone();
                record::save(app, store, &form)?
            }
        },
        Action::Quit => confirm_quit(app),
        _ => {}
    }
    Ok(())
}
