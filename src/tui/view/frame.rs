//! What every pane and overlay is drawn in: a frame, a centred box.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::super::app::App;
use super::super::text::{fit, put};

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

/// A pane's frame: a border (ASCII when ambiguous characters are wide, so
/// box-drawing lines stay one column) and a title drawn like any text.
pub fn pane_frame(app: &App, buf: &mut Buffer, rect: Rect, title: &str, focused: bool) -> Rect {
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
    let shown = fit(title, room as usize, app.metrics);
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
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}
