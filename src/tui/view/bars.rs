//! The top bar, the status line, the key hints, and the input line.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};

use super::super::app::App;
use super::super::input::TextInput;
use super::super::keymap::display_key;
use super::super::state::{Level, Mode, Prompt};
use super::super::text::{fill, fit, put, width};
use crate::i18n::{Key, t, tf};

pub fn top(app: &App, buf: &mut Buffer, area: Rect) {
    let style = Style::default().bg(Color::Blue).fg(Color::White);
    fill(buf, area.x, area.y, area.width, style);
    let issue = match &app.assembly.issue {
        Some(i) => format!(
            "{} {}年{} {}",
            i.series,
            i.year,
            i.number_line(),
            i.state.label()
        ),
        None => t(Key::NoIssueOpen).to_string(),
    };
    let c = &app.counts;
    let counts = tf(
        Key::TopCounts,
        &[&c.new, &c.accepted, &c.held, &c.rejected, &c.published],
    );
    let left = format!(" jianbao  {issue}  {counts}");
    let used = put(
        buf,
        area.x,
        area.y,
        area.width,
        &fit(&left, area.width as usize, app.metrics),
        style.add_modifier(Modifier::BOLD),
        app.metrics,
    );
    let room = area.width.saturating_sub(used + 2) as usize;
    if room > 8 {
        let path = fit_path(&app.store_label, room, app);
        let w = width(&path, app.metrics) as u16;
        put(
            buf,
            area.right() - w - 1,
            area.y,
            w,
            &path,
            style,
            app.metrics,
        );
    }
}

/// The end of a path, which says most about it, within `room` cells.
fn fit_path(path: &str, room: usize, app: &App) -> String {
    if width(path, app.metrics) <= room {
        return path.to_string();
    }
    let chars: Vec<char> = path.chars().collect();
    for start in 0..chars.len() {
        let tail: String = std::iter::once('…')
            .chain(chars[start..].iter().copied())
            .collect();
        if width(&tail, app.metrics) <= room {
            return tail;
        }
    }
    String::new()
}

pub fn status(app: &App, buf: &mut Buffer, area: Rect) {
    fill(buf, area.x, area.y, area.width, Style::default());
    if let Some((msg, level)) = &app.status {
        let style = match level {
            Level::Info => Style::default().fg(Color::Green),
            Level::Error => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        };
        put(
            buf,
            area.x + 1,
            area.y,
            area.width.saturating_sub(1),
            &fit(msg, area.width.saturating_sub(1) as usize, app.metrics),
            style,
            app.metrics,
        );
    }
}

pub fn hints(app: &App, buf: &mut Buffer, area: Rect) {
    let style = Style::default().bg(Color::DarkGray).fg(Color::White);
    fill(buf, area.x, area.y, area.width, style);
    let key_style = style.add_modifier(Modifier::BOLD).fg(Color::Yellow);
    let mut x = area.x + 1;
    let items: Vec<(String, &str)> = match &app.mode {
        // A mode open over the panes: its own keys, from the table.
        Mode::Search(_)
        | Mode::Prompt(..)
        | Mode::Reasons { .. }
        | Mode::Form(_)
        | Mode::Confirm(_)
        | Mode::Export(_)
        | Mode::Help { .. }
        | Mode::Report { .. }
        | Mode::Stats { .. }
        | Mode::Commissions { .. } => app
            .keymap
            .in_scope(app.scope())
            .filter(|b| !is_movement(b.action) || app.scope().takes_text())
            .filter_map(|b| b.keys.first().map(|k| (display_key(k), t(b.help))))
            .collect(),
        Mode::Normal | Mode::Detail { .. } | Mode::Compare { .. } => {
            let global = super::super::keymap::Scope::Global;
            let help = app
                .keymap
                .in_scope(global)
                .filter(|b| b.action == super::super::action::Action::Help);
            let own = app
                .keymap
                .in_scope(app.scope())
                .filter(|b| !is_movement(b.action));
            help.chain(own)
                .filter_map(|b| b.keys.first().map(|k| (display_key(k), t(b.help))))
                .collect()
        }
    };
    for (key, label) in items {
        let need = (width(&key, app.metrics) + width(label, app.metrics) + 3) as u16;
        if x + need > area.right() {
            break;
        }
        x += put(buf, x, area.y, need, &key, key_style, app.metrics) + 1;
        x += put(buf, x, area.y, need, label, style, app.metrics) + 2;
    }
}

/// The search or prompt being typed, in the status line; returns where the
/// terminal cursor goes (after the text before the caret), so an input
/// method opens its candidate window in the right place.
pub fn input_line(app: &App, buf: &mut Buffer, area: Rect, input: &TextInput) -> Position {
    let label = match &app.mode {
        Mode::Search(_) => t(Key::PromptSearch).to_string(),
        Mode::Prompt(Prompt::Headline(_), _) => t(Key::PromptHeadline).to_string(),
        Mode::Prompt(Prompt::Source(_), _) => t(Key::PromptSource).to_string(),
        Mode::Prompt(Prompt::Unit, _) => t(Key::PromptUnit).to_string(),
        Mode::Prompt(Prompt::ImportPath, _) => t(Key::PromptImport).to_string(),
        Mode::Prompt(Prompt::ForwardTo(ids), _) => tf(Key::PromptForwardTo, &[&ids.len()]),
        Mode::Prompt(Prompt::ReceiptsTo, _) => t(Key::PromptReceiptsTo).to_string(),
        Mode::Prompt(Prompt::InstructionDone { by, .. }, _) => {
            tf(Key::PromptInstructionDone, &[&crate::script::printable(by)])
        }
        _ => String::new(),
    };
    let style = Style::default().add_modifier(Modifier::BOLD);
    fill(buf, area.x, area.y, area.width, Style::default());
    let mut x = area.x + 1;
    x += put(
        buf,
        x,
        area.y,
        area.width.saturating_sub(1),
        &label,
        style,
        app.metrics,
    );
    let room = area.right().saturating_sub(x + 1);
    // Keep the caret in view: show the end of the text before it when long.
    let before = input.before_caret();
    let mut start = 0;
    while width(&before[start..], app.metrics) as u16 >= room && start < before.len() {
        start += before[start..].chars().next().map_or(1, char::len_utf8);
    }
    put(
        buf,
        x,
        area.y,
        room,
        &input.text[start..],
        Style::default(),
        app.metrics,
    );
    let caret = x + width(&before[start..], app.metrics) as u16;
    Position::new(caret.min(area.right().saturating_sub(1)), area.y)
}

/// Keys everyone knows, left out of the hints to make room.
fn is_movement(a: super::super::action::Action) -> bool {
    use super::super::action::Action::*;
    matches!(a, Down | Up | PageDown | PageUp | Top | Bottom)
}
