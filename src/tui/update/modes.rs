//! Keys while something is open: a search, a prompt, a question, the help,
//! the masthead form.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::super::app::App;
use super::super::input::TextInput;
use super::super::keymap::EXPORT_FORMATS;
use super::super::state::{Confirm, Mode, Prompt, stats_period};
use super::queue;
use crate::error::Result;
use crate::i18n::{Key, t, tf};
use crate::model::Status;
use crate::store::Store;

pub fn search_key(app: &mut App, store: &mut Store, key: KeyEvent) -> Result<()> {
    let Mode::Search(input) = &mut app.mode else {
        return Ok(());
    };
    match key.code {
        KeyCode::Esc => {
            app.mode = Mode::Normal;
            queue::set_search(app, store, String::new())
        }
        KeyCode::Enter => {
            app.mode = Mode::Normal;
            Ok(())
        }
        _ => {
            if input.handle(&key) {
                let q = input.text.clone();
                queue::set_search(app, store, q)?;
            }
            Ok(())
        }
    }
}

pub fn prompt_key(app: &mut App, store: &mut Store, key: KeyEvent) -> Result<()> {
    let Mode::Prompt(prompt, input) = &mut app.mode else {
        return Ok(());
    };
    match key.code {
        KeyCode::Esc => app.mode = Mode::Normal,
        KeyCode::Enter => {
            let (prompt, text) = (prompt.clone(), input.text.trim().to_string());
            app.mode = Mode::Normal;
            match prompt {
                Prompt::RejectReason(_) => {
                    let reason = Some(text.as_str()).filter(|r| !r.is_empty());
                    queue::decide(app, store, Status::Rejected, reason)?;
                }
                Prompt::Unit => queue::set_unit(app, store, &text)?,
                Prompt::Headline(_) | Prompt::Source(_) => {
                    queue::quick_edit(app, store, &prompt, &text)?
                }
                Prompt::ImportPath if !text.is_empty() => queue::import(app, store, &text)?,
                Prompt::ImportPath => {}
            }
        }
        KeyCode::Tab if matches!(prompt, Prompt::ImportPath) => {
            let done = super::super::complete::complete(&input.text);
            match done {
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
        _ => {
            input.handle(&key);
        }
    }
    Ok(())
}

pub fn export_key(app: &mut App, store: &mut Store, key: KeyEvent) -> Result<()> {
    let Mode::Export(issue) = app.mode else {
        return Ok(());
    };
    let chosen = match key.code {
        KeyCode::Esc => {
            app.mode = Mode::Normal;
            app.status = None;
            return Ok(());
        }
        KeyCode::Char(c) => EXPORT_FORMATS.iter().find(|(k, ..)| *k == c),
        _ => None,
    };
    if let Some((_, format, _)) = chosen {
        app.mode = Mode::Normal;
        super::assembly::export(app, store, issue, *format)?;
    }
    Ok(())
}

pub fn confirm_key(app: &mut App, store: &mut Store, key: KeyEvent) -> Result<()> {
    let Mode::Confirm(what) = &app.mode else {
        return Ok(());
    };
    let yes = matches!(key.code, KeyCode::Char('y' | 'Y') | KeyCode::Enter);
    let no = matches!(key.code, KeyCode::Char('n' | 'N') | KeyCode::Esc);
    if !yes && !no {
        return Ok(());
    }
    let what = what.clone();
    app.mode = Mode::Normal;
    match (what, yes) {
        (Confirm::Quit(_), true) => app.quit = true,
        (Confirm::Quit(open), false) => app.mode = *open,
        (Confirm::Finalise(issue, problems), true) => {
            // The editor has seen the problems listed and said yes: override.
            crate::review::finalise(store, issue, &app.settings, !problems.is_empty())?;
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
        (_, false) => {}
    }
    Ok(())
}

pub fn open_stats(app: &mut App, store: &Store, at: usize) -> Result<()> {
    let p = stats_period(app.today, at);
    let items = store.stats_items(p, None)?;
    let table = crate::stats::compute(&items, &store.units()?, p, &app.settings.stats);
    app.mode = Mode::Stats {
        period: at % 4,
        table,
        scroll: 0,
    };
    Ok(())
}

pub fn stats_key(app: &mut App, store: &Store, key: KeyEvent) -> Result<()> {
    let Mode::Stats { period, scroll, .. } = &mut app.mode else {
        return Ok(());
    };
    match key.code {
        KeyCode::Right | KeyCode::Char('l') | KeyCode::Tab => {
            let next = *period + 1;
            open_stats(app, store, next)?;
        }
        KeyCode::Left | KeyCode::Char('h') | KeyCode::BackTab => {
            let next = *period + 3;
            open_stats(app, store, next)?;
        }
        _ => {
            if !scroll_key(scroll, &key) {
                app.mode = Mode::Normal;
            }
        }
    }
    Ok(())
}

/// Scrolls a read-only overlay (help, a report, statistics); any other key
/// closes it. Returns whether the key scrolled.
fn scroll_key(scroll: &mut usize, key: &KeyEvent) -> bool {
    match key.code {
        KeyCode::Char('j') | KeyCode::Down => *scroll += 1,
        KeyCode::Char('k') | KeyCode::Up => *scroll = scroll.saturating_sub(1),
        KeyCode::PageDown | KeyCode::Char(' ') => *scroll += 10,
        KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
        _ => return false,
    }
    true
}

/// Keys over the help or a report.
pub fn overlay_key(app: &mut App, key: KeyEvent) {
    if let Mode::Report { scroll, .. } | Mode::Help { scroll } = &mut app.mode
        && !scroll_key(scroll, &key)
    {
        app.mode = Mode::Normal;
    }
}

pub fn form_key(app: &mut App, store: &mut Store, key: KeyEvent) -> Result<()> {
    let Mode::Form(form) = &mut app.mode else {
        return Ok(());
    };
    let last = form.rows.len().saturating_sub(1);
    match key.code {
        KeyCode::Esc => {
            app.mode = Mode::Normal;
            app.info(t(Key::MsgFormCancelled));
        }
        KeyCode::Up | KeyCode::BackTab => form.focus = form.focus.saturating_sub(1),
        KeyCode::Down | KeyCode::Tab => form.focus = (form.focus + 1).min(last),
        KeyCode::Enter => match form.fields() {
            Ok(fields) => {
                let issue = form.issue;
                match store.set_issue_fields(issue, &fields) {
                    Ok(()) => {
                        app.mode = Mode::Normal;
                        app.reload_all(store, Some(issue))?;
                        app.info(t(Key::MsgFormSaved));
                    }
                    Err(e) => form.error = Some(e.to_string()),
                }
            }
            Err(e) => form.error = Some(e.to_string()),
        },
        KeyCode::Char('s') if key.modifiers.contains(KeyModifiers::CONTROL) => {
            return form_key(
                app,
                store,
                KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
            );
        }
        _ => {
            if let Some((_, input)) = form.rows.get_mut(form.focus) {
                input.handle(&key);
            }
        }
    }
    Ok(())
}
