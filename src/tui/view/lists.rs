//! The queue and the assembly pane: rows of items.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::super::app::App;
use super::super::state::{Mark, Pane};
use super::super::text::{fill, fit, put, width};
use super::frame::pane_frame;
use crate::i18n::{Key, t, tf};
use crate::model::{Kind, Status};

fn status_mark(s: Status) -> &'static str {
    t(match s {
        Status::New => Key::MarkNew,
        Status::Accepted => Key::MarkAccepted,
        Status::Held => Key::MarkHeld,
        Status::Rejected => Key::MarkRejected,
        Status::Published => Key::MarkPublished,
    })
}

/// Puts `text` in a column of `w` cells, cut with … when longer.
fn cell(app: &App, buf: &mut Buffer, x: u16, y: u16, w: u16, text: &str, style: Style) -> u16 {
    put(
        buf,
        x,
        y,
        w,
        &fit(text, w as usize, app.metrics),
        style,
        app.metrics,
    );
    w
}

pub fn queue(app: &App, buf: &mut Buffer, rect: Rect) {
    let q = &app.queue;
    let filter = q.filter_label();
    let count = match (q.status, q.search.is_empty() && q.unit.is_none()) {
        (Some(s), true) => app.counts.get(s).to_string(),
        (None, true) => app.counts.total().to_string(),
        _ => format!(
            "{}{}",
            q.rows.len(),
            if q.more_older || q.more_newer {
                "+"
            } else {
                ""
            }
        ),
    };
    let title = tf(Key::PaneQueueTitle, &[&filter, &count]);
    let inner = pane_frame(app, buf, rect, &title, app.pane == Pane::Queue);
    if inner.height < 2 || inner.width < 10 {
        return;
    }
    let head = Style::default().add_modifier(Modifier::UNDERLINED);
    let (date_w, unit_w, chars_w) = (5u16, (inner.width / 5).clamp(6, 14), 4u16);
    // The mark column fits the widest status mark of the language, and a space.
    let widest = Status::ALL
        .iter()
        .map(|s| width(status_mark(*s), app.metrics))
        .max()
        .unwrap_or(2) as u16;
    let similar_w = width("≈", app.metrics) as u16;
    let mark_w = widest + similar_w + 2;
    let title_w = inner
        .width
        .saturating_sub(mark_w + date_w + unit_w + chars_w + 3);
    let mut x = inner.x;
    fill(buf, inner.x, inner.y, inner.width, head);
    x += cell(app, buf, x, inner.y, mark_w, "", head);
    x += cell(app, buf, x, inner.y, date_w + 1, t(Key::ColDate), head);
    x += cell(app, buf, x, inner.y, unit_w + 1, t(Key::ColUnit), head);
    cell(app, buf, x, inner.y, title_w, t(Key::ColHeadline), head);
    let cw = width(t(Key::ColChars), app.metrics) as u16;
    put(
        buf,
        inner.right().saturating_sub(cw),
        inner.y,
        cw,
        t(Key::ColChars),
        head,
        app.metrics,
    );
    if q.rows.is_empty() {
        put(
            buf,
            inner.x + 1,
            inner.y + 1,
            inner.width - 1,
            t(Key::QueueEmpty),
            Style::default().fg(Color::DarkGray),
            app.metrics,
        );
        return;
    }
    let height = (inner.height - 1) as usize;
    let offset = first_shown(q.offset, q.selected, height);
    for (i, row) in q.rows.iter().enumerate().skip(offset).take(height) {
        let y = inner.y + 1 + (i - offset) as u16;
        let selected = i == q.selected;
        let base = row_style(selected, app.pane == Pane::Queue);
        fill(buf, inner.x, y, inner.width, base);
        let mut x = inner.x;
        let marked = q.marked.contains(&row.id);
        put(
            buf,
            x,
            y,
            1,
            if marked { "*" } else { " " },
            base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            app.metrics,
        );
        x += cell(app, buf, x + 1, y, widest, status_mark(row.status), base) + 1;
        // ≈ : resembles an earlier item (c compares them).
        if row.similar_to.is_some() {
            put(
                buf,
                x,
                y,
                similar_w,
                "≈",
                base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                app.metrics,
            );
        }
        x += similar_w + 1;
        let date = format!("{:02}-{:02}", row.received.month(), row.received.day());
        x += cell(app, buf, x, y, date_w, &date, base) + 1;
        let (unit, unit_style) = if row.sources.is_empty() {
            (t(Key::NoSource).to_string(), base.fg(Color::Red))
        } else if row.source_inferred {
            // Read from the text, not named by the sender: to confirm.
            (
                format!("{}{}", t(Key::InferredMark), row.sources.join(" ")),
                base.fg(Color::Yellow),
            )
        } else {
            (row.sources.join(" "), base)
        };
        x += cell(app, buf, x, y, unit_w, &unit, unit_style) + 1;
        let (title, title_style) = if row.title().is_empty() {
            (t(Key::NoHeadline).to_string(), base.fg(Color::Red))
        } else {
            (row.title().to_string(), base)
        };
        cell(app, buf, x, y, title_w, &title, title_style);
        let n = row.chars.to_string();
        let nw = n.len() as u16;
        put(
            buf,
            inner.right().saturating_sub(nw),
            y,
            nw,
            &n,
            base,
            app.metrics,
        );
    }
}

pub fn assembly(app: &App, buf: &mut Buffer, rect: Rect) {
    let a = &app.assembly;
    let title = match &a.issue {
        Some(issue) => tf(
            Key::PaneAssemblyTitle,
            &[&issue.articles.len(), &issue.briefs.len(), &issue.chars()],
        ),
        None => t(Key::PaneAssembly).to_string(),
    };
    let inner = pane_frame(app, buf, rect, &title, app.pane == Pane::Assembly);
    if inner.height < 2 || inner.width < 8 {
        return;
    }
    let Some(issue) = &a.issue else {
        put(
            buf,
            inner.x + 1,
            inner.y,
            inner.width - 1,
            &fit(t(Key::NoIssueHint), inner.width as usize - 1, app.metrics),
            Style::default().fg(Color::DarkGray),
            app.metrics,
        );
        return;
    };
    let head = Style::default().add_modifier(Modifier::BOLD);
    let masthead = format!(
        "{} {}年{} {}",
        issue.series,
        issue.year,
        issue.number_line(),
        issue.state.label()
    );
    put(
        buf,
        inner.x,
        inner.y,
        inner.width,
        &fit(&masthead, inner.width as usize, app.metrics),
        head,
        app.metrics,
    );
    let entries = a.entries();
    if entries.is_empty() {
        put(
            buf,
            inner.x + 1,
            inner.y + 1,
            inner.width - 1,
            &fit(
                t(Key::IssueEmptyHint),
                inner.width as usize - 1,
                app.metrics,
            ),
            Style::default().fg(Color::DarkGray),
            app.metrics,
        );
        return;
    }
    let height = (inner.height - 1) as usize;
    let offset = first_shown(a.offset, a.selected, height);
    let mut brief_no = 0;
    let mut article_no = 0;
    for (i, (kind, item)) in entries.iter().enumerate() {
        let label = match kind {
            Kind::Article => {
                article_no += 1;
                format!("{article_no:>2}.")
            }
            Kind::Brief => {
                brief_no += 1;
                format!("△{brief_no}.")
            }
        };
        if i < offset || i >= offset + height {
            continue;
        }
        let y = inner.y + 1 + (i - offset) as u16;
        let selected = i == a.selected;
        let base = row_style(selected, app.pane == Pane::Assembly);
        fill(buf, inner.x, y, inner.width, base);
        let mut x = inner.x;
        x += cell(app, buf, x, y, 5, &label, base);
        let n = item.chars().to_string();
        let nw = n.len() as u16 + 1;
        // ! : something stops finalising (no source, no headline);
        // ? : proofing found something else.
        let mark = match app.marks.get(i) {
            Some(Mark::Blocking) => Some(("!", Color::Red)),
            Some(Mark::Finding) => Some(("?", Color::Yellow)),
            _ => None,
        };
        if let Some((mark, color)) = mark {
            x += put(
                buf,
                x,
                y,
                1,
                mark,
                base.fg(color).add_modifier(Modifier::BOLD),
                app.metrics,
            );
        }
        let title = if item.headline.is_empty() {
            item.body.first().map_or("", String::as_str)
        } else {
            &item.headline
        };
        // A narrow pane shows headlines only.
        let unit = if inner.width >= 36 {
            item.sources.join(" ")
        } else {
            String::new()
        };
        let unit_w = (width(&unit, app.metrics) as u16).min(inner.width / 4);
        let title_w = inner.right().saturating_sub(x + unit_w + nw + 1);
        x += cell(app, buf, x, y, title_w, title, base) + 1;
        cell(
            app,
            buf,
            x,
            y,
            unit_w,
            &unit,
            base.fg(if selected {
                Color::Black
            } else {
                Color::DarkGray
            }),
        );
        put(buf, inner.right() - nw + 1, y, nw, &n, base, app.metrics);
    }
}

/// A list row: the selection stands out in colour in the focused pane,
/// reversed elsewhere.
fn row_style(selected: bool, focused: bool) -> Style {
    match (selected, focused) {
        (true, true) => Style::default().bg(Color::Cyan).fg(Color::Black),
        (true, false) => Style::default().add_modifier(Modifier::REVERSED),
        _ => Style::default(),
    }
}

/// The first row a list of `height` rows shows: where it was scrolled to,
/// moved just enough to keep the selection in view.
fn first_shown(offset: usize, selected: usize, height: usize) -> usize {
    offset
        .min(selected)
        .max((selected + 1).saturating_sub(height))
}
