//! The workstation: a full-screen terminal front end on the store. A thin
//! shell: `App` holds the state, `update` turns keys into changes, `view`
//! draws; this module only runs the terminal.

mod action;
mod app;
mod assembly;
mod complete;
mod diff;
mod form;
mod input;
mod keymap;
mod queue;
mod screen;
mod state;
mod text;
mod update;
mod view;

#[cfg(test)]
mod tests;

use std::io::Stdout;
use std::time::Duration;

use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event, KeyEventKind};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub use action::Action;
pub use app::App;
pub use keymap::{Keymap, Scope};
pub use update::{Effect, handle_key, handle_paste, tick};
pub use view::render;

use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::ItemId;
use crate::settings::Settings;
use crate::store::Store;

type Term = Terminal<CrosstermBackend<Stdout>>;

fn io(e: std::io::Error) -> Error {
    Error::io("<terminal>", e)
}

fn enter() -> Result<Term> {
    enable_raw_mode().map_err(io)?;
    execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste
    )
    .map_err(io)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(std::io::stdout())).map_err(io)?;
    terminal.clear().map_err(io)?;
    Ok(terminal)
}

/// Puts the terminal back as it was. Safe to call more than once.
fn restore() {
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
}

/// Restores the terminal however the workstation ends: return, error or panic.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// Opens the workstation on `store` until the user quits.
pub fn run(mut store: Store, settings: Settings, store_label: String) -> Result<()> {
    let (w, h) = crossterm::terminal::size().map_err(io)?;
    let mut app = App::new(&store, settings, store_label, (w, h))?;
    // Today's copy of the store, made on its own connection meanwhile.
    let mut daily = store.path().map(|path| {
        let (path, today) = (path.to_path_buf(), app.today);
        std::thread::spawn(move || crate::backup::daily(&path, today))
    });
    install_panic_hook();
    let _guard = Guard;
    let mut terminal = enter()?;
    while !app.quit {
        terminal
            .draw(|frame| view::render(&app, frame))
            .map_err(io)?;
        if event::poll(Duration::from_millis(500)).map_err(io)? {
            match event::read().map_err(io)? {
                Event::Key(key) if key.kind != KeyEventKind::Release => {
                    match update::handle_key(&mut app, &mut store, key) {
                        update::Effect::EditExternal(id) => {
                            restore();
                            edit_external(&mut app, &mut store, id);
                            terminal = enter()?;
                        }
                        update::Effect::Suspend => {
                            restore();
                            suspend();
                            terminal = enter()?;
                        }
                        update::Effect::None => {}
                    }
                }
                Event::Paste(text) => update::handle_paste(&mut app, &mut store, &text),
                Event::Resize(w, h) => update::resize(&mut app, (w, h)),
                _ => {}
            }
        }
        if daily.as_ref().is_some_and(|h| h.is_finished())
            && let Some(handle) = daily.take()
        {
            match handle.join() {
                Ok(Ok(Some(path))) => app.info(tf(Key::DailyBackupDone, &[&path.display()])),
                Ok(Err(e)) => app.error(tf(Key::DailyBackupFailed, &[&e])),
                _ => {}
            }
        }
        update::tick(&mut app, &store)?;
    }
    Ok(())
}

/// Stops the process as a shell's Ctrl-Z would (raw mode swallows the
/// key, so the terminal never sends the signal itself); returns once the
/// shell's `fg` continues it. The caller restores and re-enters the screen.
#[cfg(unix)]
fn suspend() {
    // SAFETY: raise only sends a signal to this process; SIGTSTP's default
    // action stops it until SIGCONT.
    unsafe {
        libc::raise(libc::SIGTSTP);
    }
}

/// No job control to return to: the key does nothing.
#[cfg(not(unix))]
fn suspend() {}

fn edit_external(app: &mut App, store: &mut Store, id: ItemId) {
    use crate::editor;
    // A published item is refused before the editor opens, not after.
    let result = store
        .editable(id)
        .and_then(|()| store.item(id))
        .and_then(|item| {
            let cmd = editor::command();
            let outcome = editor::edit_item(&item, &std::env::temp_dir(), |path| {
                editor::launch(&cmd, path)
            })?;
            Ok((item.name(), outcome))
        });
    match result {
        Ok((_, editor::Outcome::Changed(change))) => {
            if let Err(e) = update::edited(app, store, id, change) {
                app.error(e.to_string());
            }
        }
        Ok((name, editor::Outcome::Unchanged)) => app.info(tf(Key::MsgUnchanged, &[&name])),
        Err(e) => app.error(e.to_string()),
    }
}
