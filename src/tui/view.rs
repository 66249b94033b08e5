//! Drawing the state. `render` reads the app and never changes it.

mod bars;
mod commissions;
mod detail;
mod frame;
mod lists;
mod overlay;
mod preview;
mod release;

use ratatui::Frame;
use ratatui::style::Style;

use super::app::App;
use super::screen::too_small;
use super::state::{Mode, Pane};
use super::text::put;
use crate::i18n::{Key, t};

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if too_small((area.width, area.height)) {
        let msg = crate::layout::truncate(t(Key::TooSmall), area.width as usize, app.metrics.term);
        let y = area.height / 2;
        put(buf, 0, y, area.width, &msg, Style::default(), app.metrics);
        return;
    }
    let panes = app.panes();
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
        Mode::Help { scroll, back } => {
            overlay::help(app, buf, panes.main, *scroll, back.scope(app.pane))
        }
        Mode::Confirm(what) => overlay::confirm(app, buf, panes.main, what),
        Mode::Detail {
            item,
            findings,
            upper,
            original,
            scroll,
        } => detail::render(
            app,
            buf,
            panes.main,
            (item, upper),
            findings,
            (*original, *scroll),
        ),
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
            diff,
            scroll,
        } => detail::compare(app, buf, panes.main, (new, old), *similarity, diff, *scroll),
        Mode::Stats {
            period,
            table,
            scroll,
        } => overlay::stats(app, buf, panes.main, *period, table, *scroll),
        Mode::Reasons { purpose, selected } => {
            overlay::reasons(app, buf, panes.main, purpose, *selected)
        }
        Mode::Commissions { list, selected } => {
            commissions::render(app, buf, panes.main, list, *selected)
        }
        Mode::Normal | Mode::Export(_) => {}
    }
}
