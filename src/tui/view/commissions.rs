//! The commissions board: one row each, by due date; the late in red.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::super::app::App;
use super::super::text::{fit, put};
use super::frame::{centred, pane_frame};
use crate::i18n::{Key, t};
use crate::model::{Commission, format_date};

pub fn render(app: &App, buf: &mut Buffer, area: Rect, list: &[Commission], selected: usize) {
    let rect = centred(area, 100, area.height);
    let inner = pane_frame(app, buf, rect, t(Key::CommissionsTitle), true);
    if list.is_empty() {
        put(
            buf,
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(1),
            t(Key::NoCommissions),
            Style::default(),
            app.metrics,
        );
        return;
    }
    let height = (inner.height as usize).max(1);
    // Keep the selection in view.
    let first = (selected + 1).saturating_sub(height);
    for (row, c) in list.iter().enumerate().skip(first).take(height) {
        let lateness = c.lateness(app.today);
        let mut style = if lateness.is_late() {
            Style::default().fg(Color::Red)
        } else {
            Style::default()
        };
        if row == selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
        let y = inner.y + (row - first) as u16;
        let unit = crate::script::printable(&c.unit);
        let cells: [(&str, u16); 6] = [
            (&c.id.to_string(), 5),
            (&unit, 16),
            (&c.name(), 30),
            (&format_date(c.due), 16),
            (&c.state.label(), 18),
            (&lateness.label(), 12),
        ];
        let mut x = inner.x + 1;
        for (text, w) in cells {
            let w = w.min(inner.right().saturating_sub(x));
            if w == 0 {
                break;
            }
            put(
                buf,
                x,
                y,
                w,
                &fit(text, w.saturating_sub(1) as usize, app.metrics),
                style,
                app.metrics,
            );
            x += w;
        }
    }
}
