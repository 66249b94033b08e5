//! `update`: what a key does to the state and the store. Pure apart from
//! the store: no terminal, so scripted key sequences test it whole.

mod assembly;
mod commissions;
mod modes;
mod queue;
mod record;
mod release;
mod undo;
mod year;

pub use queue::edited;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::app::App;
use super::input::TextInput;
use super::keymap::{Scope, describe};
use super::state::{Confirm, Mode, Pane, Prompt};
use crate::error::Result;
use crate::i18n::{Key, t, tf};
use crate::model::ItemId;
use crate::store::Store;

/// What the run loop must do after an update that `update` cannot do itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Suspend the screen and edit this item in $EDITOR.
    EditExternal(ItemId),
    /// Give the terminal back and stop, as Ctrl-Z does in a shell.
    Suspend,
}

/// Handles one key press: the table names the action for the scope open
/// now, and that scope's handler does it.
pub fn handle_key(app: &mut App, store: &mut Store, key: KeyEvent) -> Effect {
    let scope = app.scope();
    let result = match app.keymap.resolve(scope, &key) {
        // In a field a typed character is text, whatever the table binds.
        Some(action) if !(scope.takes_text() && is_typed(&key)) => {
            in_scope(app, store, scope, action)
        }
        _ => modes::text_key(app, store, &key).map(|taken| {
            if !taken {
                app.error(tf(Key::MsgNoKey, &[&describe(&key)]));
            }
            Effect::None
        }),
    };
    let effect = result.unwrap_or_else(|e| {
        app.error(e.to_string());
        Effect::None
    });
    // Focus, zoom and the open issue decide the preview's width and content.
    app.relayout();
    effect
}

/// A character typed as text: no Ctrl or Alt with it.
fn is_typed(key: &KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// Does `action` in the mode `scope` stands for.
fn in_scope(app: &mut App, store: &mut Store, scope: Scope, action: Action) -> Result<Effect> {
    match scope {
        Scope::Global
        | Scope::Queue
        | Scope::Assembly
        | Scope::Preview
        | Scope::Detail
        | Scope::Compare => return dispatch(app, store, action),
        Scope::Search => modes::search(app, store, action)?,
        Scope::Prompt => modes::prompt(app, store, action)?,
        Scope::Reasons => modes::reasons(app, store, action)?,
        Scope::Confirm => modes::confirm(app, store, action)?,
        Scope::Export => modes::export(app, store, action)?,
        Scope::Help | Scope::Report => modes::overlay(app, action),
        Scope::Stats => modes::stats(app, store, action)?,
        Scope::Form => modes::form(app, store, action)?,
        Scope::Commissions => commissions::action(app, action),
    }
    Ok(Effect::None)
}

/// Opens the help over what is open, which it returns to.
fn open_help(app: &mut App) {
    let back = std::mem::replace(&mut app.mode, Mode::Normal);
    app.mode = Mode::Help {
        scroll: 0,
        back: Box::new(back),
    };
}

/// Text pasted into the terminal (and what an input method commits in one go).
pub fn handle_paste(app: &mut App, store: &mut Store, text: &str) {
    let result = match &mut app.mode {
        Mode::Search(input) => {
            input.insert(text);
            let q = input.text.clone();
            queue::set_search(app, store, q)
        }
        Mode::Prompt(_, input) => {
            input.insert(text);
            Ok(())
        }
        Mode::Form(form) if form.on_choice() => Ok(()),
        Mode::Form(form) => {
            if let Some((_, input)) = form.rows.get_mut(form.focus) {
                input.insert(text);
            }
            Ok(())
        }
        _ => Ok(()),
    };
    if let Err(e) = result {
        app.error(e.to_string());
    }
}

/// The terminal changed size.
pub fn resize(app: &mut App, size: (u16, u16)) {
    app.size = size;
    app.relayout();
}

/// Another process changed the store: show what is there now.
/// Picks up what another jianbao (a CLI import, say) committed since the
/// last look.
pub fn tick(app: &mut App, store: &Store) -> Result<()> {
    let version = store.data_version()?;
    if version != app.seen_version {
        app.seen_version = version;
        refresh(app, store)?;
    }
    Ok(())
}

pub fn refresh(app: &mut App, store: &Store) -> Result<()> {
    app.reload_all(store, None)?;
    app.info(t(Key::MsgRefreshed));
    Ok(())
}

/// Rows a list pane shows at once.
/// The name of the item a message is about, when it is about one: the
/// editor sees what they acted on. Several are counted instead.
fn one_name(store: &Store, ids: &[ItemId]) -> Result<Option<String>> {
    match ids {
        [id] => Ok(Some(store.item(*id)?.name())),
        _ => Ok(None),
    }
}

pub(super) fn list_height(app: &App, pane: Pane) -> usize {
    app.panes()
        .get(pane)
        .map_or(10, |r| r.height.saturating_sub(3) as usize)
        .max(1)
}

pub fn dispatch(app: &mut App, store: &mut Store, action: Action) -> Result<Effect> {
    use Action::*;
    match action {
        Quit => app.quit = true,
        Help => open_help(app),
        Suspend => return Ok(Effect::Suspend),
        Undo if store.undo_unfinalises()? => {
            let label = store.undo_label()?.unwrap_or_default();
            app.mode = Mode::Confirm(Confirm::Unfinalise(label));
        }
        Undo => undo::undo(app, store)?,
        FocusNext | FocusPrev => {
            let at = Pane::ALL.iter().position(|p| *p == app.pane).unwrap_or(0);
            let step = if action == FocusNext {
                1
            } else {
                Pane::ALL.len() - 1
            };
            app.pane = Pane::ALL[(at + step) % Pane::ALL.len()];
        }
        FocusQueue => app.pane = Pane::Queue,
        FocusAssembly => app.pane = Pane::Assembly,
        FocusPreview => app.pane = Pane::Preview,
        ToggleZoom => app.zoom = !app.zoom,
        NextMatch | PrevMatch => modes::step_match(app, store, action)?,
        NewIssue | PrevIssue | NextIssue | PrevSeries | NextSeries | MoveItemDown | MoveItemUp
        | ToggleKind | RemoveItem | EditIssue | Finalise | Export => {
            assembly::action(app, store, action)?
        }
        ToggleWidth => app.preview_fit_pane = !app.preview_fit_pane,
        Close => app.mode = Mode::Normal,
        ToggleOriginal => {
            if let Mode::Detail { original, .. } = &mut app.mode {
                *original = !*original;
            }
        }
        Down | Up | PageDown | PageUp | Top | Bottom => scroll(app, store, action)?,
        EditExternal => {
            let id = match &app.mode {
                Mode::Detail { item, .. } => item.id,
                _ => selected_item(app),
            };
            if let Some(id) = id {
                app.mode = Mode::Normal;
                return Ok(Effect::EditExternal(id));
            }
        }
        Open => open(app, store)?,
        Accept | Reject | Hold | AddArticle | AddBrief | NextItem | PrevItem
            if matches!(app.mode, Mode::Detail { .. }) =>
        {
            from_reader(app, store, action)?
        }
        NextItem | PrevItem => {}
        FilterNew | FilterAccepted | FilterHeld | FilterRejected | FilterAll | FilterUnit
        | Search | ClearFilters | ToggleMark | Accept | Reject | Hold | EditHeadline
        | EditSource | AddArticle | AddBrief | CycleSort => queue::action(app, store, action)?,
        Import => app.mode = Mode::Prompt(Prompt::ImportPath, TextInput::default()),
        Stats => modes::open_stats(app, store, 0)?,
        Commissions => commissions::open(app, store, None)?,
        FeedbackSheet => queue::feedback_sheet(app, store)?,
        Remind => year::remind(app, store)?,
        YearIndex => year::index(app, store)?,
        Receipts => app.mode = Mode::Prompt(Prompt::ReceiptsTo, TextInput::default()),
        Proofread => proofread(app, store)?,
        Compare => queue::compare(app, store)?,
        Forward => {
            let ids = match &app.mode {
                Mode::Detail { item, .. } => item.id.into_iter().collect(),
                _ if app.pane == Pane::Queue => app.queue.targets(),
                _ => selected_item(app).into_iter().collect(),
            };
            if !ids.is_empty() {
                app.mode = Mode::Prompt(Prompt::ForwardTo(ids), TextInput::default());
            }
        }
        KeepBoth | DropNew | ReplaceOld => queue::resolve(app, store, action)?,
        SignOff | ReviewSecrecy => release::open(app, store, action)?,
        RecordAdoption => record::adoption(app),
        RecordInstruction => record::instruction(app),
        InstructionDone => record::instruction_done(app, store)?,
        // The modes' own actions, done by their handlers in `modes`.
        Submit | Cancel | Complete | Yes | No | ExportText | ExportMarkdown | ExportHtml
        | ExportDocx | ExportJson | NextPeriod | PrevPeriod | AnswerCommission
        | CancelCommission | AddCommission => {}
    }
    Ok(Effect::None)
}

/// A decision or a step taken while reading an item in full: it reaches
/// the item being read only (the marks wait), and the reader goes on to the
/// queue's next item, as a mail pager does.
fn from_reader(app: &mut App, store: &mut Store, action: Action) -> Result<()> {
    let Mode::Detail { item, .. } = &app.mode else {
        return Ok(());
    };
    let Some(id) = item.id else {
        return Ok(());
    };
    app.pane = Pane::Queue;
    app.queue.select(id);
    app.mode = Mode::Normal;
    match action {
        Action::NextItem => app.queue.down(1, store)?,
        Action::PrevItem => app.queue.up(1, store)?,
        _ => {
            let marked = std::mem::take(&mut app.queue.marked);
            queue::action(app, store, action)?;
            app.queue.marked = marked;
            app.queue.marked.remove(&id);
        }
    }
    // Reject asks for its reason; the answer ends in the queue.
    if matches!(app.mode, Mode::Normal) {
        open(app, store)?;
    }
    Ok(())
}

/// Opens the selected item in full, with what proofing finds in it and
/// what the upper levels did with it.
fn open(app: &mut App, store: &Store) -> Result<()> {
    match selected_item(app) {
        Some(id) => read(app, store, id),
        None => Ok(()),
    }
}

/// Opens item `id` in full in the reader.
fn read(app: &mut App, store: &Store, id: ItemId) -> Result<()> {
    let item = store.item(id)?;
    app.mode = Mode::Detail {
        findings: crate::check::check_item(&item, &app.settings.check),
        upper: store.upper(id)?,
        item: Box::new(item),
        original: false,
        scroll: 0,
    };
    Ok(())
}

/// Applies the safe fixes to the item open, the marked items or the
/// selected one, and says how many.
fn proofread(app: &mut App, store: &mut Store) -> Result<()> {
    let ids = match &app.mode {
        Mode::Detail { item, .. } => item.id.into_iter().collect(),
        _ if app.pane == Pane::Queue => app.queue.targets(),
        _ => selected_item(app).into_iter().collect(),
    };
    let n = crate::review::fix_items(store, &ids, &app.settings)?;
    if let Mode::Detail { item, findings, .. } = &mut app.mode
        && let Some(id) = item.id
    {
        **item = store.item(id)?;
        *findings = crate::check::check_item(item, &app.settings.check);
    }
    app.reload_all(store, None)?;
    app.info(match (n, one_name(store, &ids)?) {
        (0, _) => t(Key::MsgNothingToFix).to_string(),
        (1, Some(name)) => tf(Key::MsgFixedOne, &[&name]),
        _ => tf(Key::MsgFixed, &[&n]),
    });
    Ok(())
}

/// The item the focused pane has selected.
fn selected_item(app: &App) -> Option<ItemId> {
    match app.pane {
        Pane::Queue => app.queue.selected_row().map(|r| r.id),
        Pane::Assembly | Pane::Preview => app.assembly.selected_item().and_then(|(_, i)| i.id),
    }
}

fn scroll(app: &mut App, store: &Store, action: Action) -> Result<()> {
    if let Mode::Compare { diff, .. } = &app.mode {
        // Down stops where the longer column's last line is in sight.
        let (col, page) = super::diff::columns(app.panes().main);
        let longest = diff.new.lines(col).len().max(diff.old.lines(col).len());
        let last = longest.saturating_sub(page);
        if let Mode::Compare { scroll, .. } = &mut app.mode {
            *scroll = step(*scroll, action, page.max(1), last);
        }
        return Ok(());
    }
    if let Mode::Detail { scroll, .. } = &mut app.mode {
        *scroll = step(*scroll, action, 10, usize::MAX / 2);
        return Ok(());
    }
    match app.pane {
        Pane::Queue => {
            let page = list_height(app, Pane::Queue);
            match action {
                Action::Down => app.queue.down(1, store)?,
                Action::Up => app.queue.up(1, store)?,
                Action::PageDown => app.queue.down(page, store)?,
                Action::PageUp => app.queue.up(page, store)?,
                Action::Top => app.queue.top(store)?,
                _ => app.queue.bottom(store)?,
            }
            app.queue.scroll_to_selection(page);
        }
        Pane::Assembly => {
            let last = app.assembly.len().saturating_sub(1);
            app.assembly.selected = step(
                app.assembly.selected,
                action,
                // Under the masthead, the state lines take rows too.
                list_height(app, Pane::Assembly)
                    .saturating_sub(app.assembly.head_rows() - 1)
                    .max(1),
                last,
            );
        }
        Pane::Preview => {
            let page = app
                .panes()
                .preview
                .map_or(10, |r| r.height.saturating_sub(2) as usize);
            let last = app.preview.len().saturating_sub(page);
            app.preview_scroll = step(app.preview_scroll, action, page, last);
        }
    }
    Ok(())
}

/// A position moved by a scrolling action, kept within 0..=last.
fn step(at: usize, action: Action, page: usize, last: usize) -> usize {
    match action {
        Action::Down => at + 1,
        Action::Up => at.saturating_sub(1),
        Action::PageDown => at + page,
        Action::PageUp => at.saturating_sub(page),
        Action::Top => 0,
        _ => last,
    }
    .min(last)
}
