//! Drawing the state. `render` reads the app and never changes it.

mod bars;
mod detail;
mod lists;
mod overlay;
mod preview;

#[cfg(test)]
pub use overlay::help_lines;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::app::{App, Mode, Pane};
use super::screen::{self, too_small};
use super::text::put;
use crate::i18n::{Key, t};

/// Borders in characters every terminal draws one column wide.
const ASCII_BORDER: border::Set = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if too_small((area.width, area.height)) {
        let msg = crate::layout::truncate(t(Key::TooSmall), area.width as usize, app.metrics.term);
        let y = area.height / 2;
        put(buf, 0, y, area.width, &msg, Style::default(), app.metrics);
        return;
    }
    let panes = screen::panes(app);
    bars::top(app, buf, panes.top);
    for pane in Pane::ALL {
        if let Some(rect) = panes.get(pane) {
            match pane {
                Pane::Queue => lists::queue(app, buf, rect),
                Pane::Assembly => lists::assembly(app, buf, rect),
                Pane::Preview => preview::render(app, buf, rect),
            }
        }
    }
    bars::status(app, buf, panes.status);
    bars::hints(app, buf, panes.hints);
    match &app.mode {
        Mode::Help { scroll } => overlay::help(app, buf, panes.main, *scroll),
        Mode::Confirm(what) => overlay::confirm(app, buf, panes.main, what),
        Mode::Detail {
            item,
            findings,
            original,
            scroll,
        } => detail::render(app, buf, panes.main, item, findings, (*original, *scroll)),
        Mode::Form(form) => {
            if let Some(cursor) = overlay::form(app, buf, panes.main, form) {
                frame.set_cursor_position(cursor);
            }
        }
        Mode::Search(input) | Mode::Prompt(_, input) => {
            let cursor = bars::input_line(app, frame.buffer_mut(), panes.status, input);
            frame.set_cursor_position(cursor);
        }
        Mode::Report { lines, scroll } => overlay::report(app, buf, panes.main, lines, *scroll),
        Mode::Compare {
            new,
            old,
            similarity,
            scroll,
        } => detail::compare(app, buf, panes.main, new, old, *similarity, *scroll),
        Mode::Stats {
            period,
            table,
            scroll,
        } => overlay::stats(app, buf, panes.main, *period, table, *scroll),
        Mode::Normal | Mode::Export(_) => {}
    }
}

/// A pane's frame: a border (ASCII when ambiguous characters are wide, so
/// box-drawing lines stay one column) and a title drawn like any text.
pub(super) fn pane_frame(
    app: &App,
    buf: &mut Buffer,
    rect: Rect,
    title: &str,
    focused: bool,
) -> Rect {
    let style = if focused {
        Style::default().fg(Color::Cyan)
    } else {
        Style::default().fg(Color::DarkGray)
    };
    let mut block = Block::default().borders(Borders::ALL).border_style(style);
    if app.settings.layout.ambiguous_wide {
        block = block.border_set(ASCII_BORDER);
    }
    Clear.render(rect, buf);
    block.render(rect, buf);
    let title_style = if focused {
        style.add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    let room = rect.width.saturating_sub(4);
    let shown = super::text::fit(title, room as usize, app.metrics);
    put(
        buf,
        rect.x + 2,
        rect.y,
        room,
        &shown,
        title_style,
        app.metrics,
    );
    Rect::new(
        rect.x + 1,
        rect.y + 1,
        rect.width.saturating_sub(2),
        rect.height.saturating_sub(2),
    )
}

/// A box in the middle of `area`, at most `w`×`h`.
pub(super) fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}
