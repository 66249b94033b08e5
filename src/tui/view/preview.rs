//! The preview: the open issue as it will print, laid out by the layout
//! engine, with page breaks, and the selected item highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::super::app::App;
use super::super::state::Pane;
use super::super::text::put;
use super::frame::pane_frame;
use crate::i18n::{Key, t, tf};
use crate::layout::{ItemRef, LineKind};
use crate::model::Kind;

pub fn render(app: &App, buf: &mut Buffer, rect: Rect) {
    let issue_chars = app.assembly.issue.as_ref().map_or(0, |i| i.chars());
    let item_chars = app.assembly.selected_item().map_or(0, |(_, i)| i.chars());
    let per_line = tf(Key::PreviewWidth, &[&app.preview_width()]);
    let mut title = tf(
        Key::PanePreviewTitle,
        &[&per_line, &issue_chars, &item_chars],
    );
    let lacking = app
        .assembly
        .entries()
        .iter()
        .filter(|(kind, i)| {
            i.sources.is_empty() || (*kind == Kind::Article && i.headline.is_empty())
        })
        .count();
    if lacking > 0 {
        title.push_str(&tf(Key::PreviewLacking, &[&lacking]));
    }
    let inner = pane_frame(app, buf, rect, &title, app.pane == Pane::Preview);
    if app.preview.is_empty() {
        put(
            buf,
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(1),
            t(Key::PreviewEmpty),
            Style::default().fg(Color::DarkGray),
            app.metrics,
        );
        return;
    }
    let selected = selected_ref(app);
    let m = app.metrics.print();
    for (row, line) in app
        .preview
        .iter()
        .skip(app.preview_scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let y = inner.y + row as u16;
        let mut style = match line.kind {
            LineKind::Masthead => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            LineKind::Headline => Style::default().add_modifier(Modifier::BOLD),
            LineKind::PageNumber => Style::default().fg(Color::DarkGray),
            _ => Style::default(),
        };
        if line.item.is_some() && line.item == selected {
            style = style.bg(Color::Indexed(236));
        }
        if line.kind == LineKind::PageNumber {
            // A rule across the pane shows where the page ends.
            let rule = "-".repeat(inner.width as usize);
            put(buf, inner.x, y, inner.width, &rule, style, app.metrics);
            let label = format!(" {} ", line.text.trim());
            let w = super::super::text::width(&label, m) as u16;
            put(
                buf,
                inner.x + inner.width.saturating_sub(w) / 2,
                y,
                w,
                &label,
                style,
                m,
            );
            continue;
        }
        let bold = line.bold.clone();
        let (before, rest) = line.text.split_at(bold.start.min(line.text.len()));
        let (strong, after) = rest.split_at((bold.end - bold.start).min(rest.len()));
        let mut x = inner.x;
        x += put(buf, x, y, inner.right() - x, before, style, m);
        x += put(
            buf,
            x,
            y,
            inner.right() - x,
            strong,
            style.add_modifier(Modifier::BOLD),
            m,
        );
        put(buf, x, y, inner.right().saturating_sub(x), after, style, m);
    }
}

fn selected_ref(app: &App) -> Option<ItemRef> {
    let issue = app.assembly.issue.as_ref()?;
    let (kind, _) = app.assembly.selected_item()?;
    let index = match kind {
        Kind::Article => app.assembly.selected,
        Kind::Brief => app.assembly.selected - issue.articles.len(),
    };
    Some(ItemRef { kind, index })
}
