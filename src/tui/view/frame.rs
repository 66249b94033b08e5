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
    cut_straddling(buf, rect);
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

/// Blanks the wide characters that begin just left of `rect` and so cover
/// its first column: the terminal would draw them over the border drawn
/// there, and the border's cell would never be sent.
fn cut_straddling(buf: &mut Buffer, rect: Rect) {
    let Some(x) = rect.x.checked_sub(1) else {
        return;
    };
    for y in rect.top()..rect.bottom() {
        if let Some(cell) = buf.cell_mut((x, y))
            && unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
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

#[cfg(test)]
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;

    #[test]
    fn an_overlay_keeps_its_left_border_over_a_wide_character() {
        let store = crate::store::Store::open_in_memory().unwrap();
        let settings = crate::settings::Settings::default();
        let app = App::new(&store, settings, "t.db".into(), (20, 3)).unwrap();
        let mut terminal = Terminal::new(TestBackend::new(20, 3)).unwrap();
        terminal
            .draw(|f| {
                let buf = f.buffer_mut();
                // 中 at columns 5–6: the overlay's left edge, at 6, cuts one.
                buf.set_string(1, 1, "中中中中中中中中", Style::default());
                pane_frame(&app, buf, Rect::new(6, 0, 10, 3), "", true);
            })
            .unwrap();
        let shown = terminal.backend().buffer();
        assert_eq!(shown[(6, 1)].symbol(), "│");
        assert_eq!(shown[(5, 1)].symbol(), " ");
        assert_eq!(shown[(3, 1)].symbol(), "中", "the rest stays");
    }
}
