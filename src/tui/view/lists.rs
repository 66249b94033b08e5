//! The queue and the assembly pane: rows of items.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::super::app::App;
use super::super::state::{Mark, Pane};
use super::super::text::{fill, fit, put, put_marked, width};
use super::frame::pane_frame;
use crate::i18n::{Key, t, tf};
use crate::model::{Item, Kind, Status};
use crate::store::ItemRow;
use crate::store::Sort;

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
    let title = queue_title(app);
    let inner = pane_frame(app, buf, rect, &title, app.pane == Pane::Queue);
    if inner.height < 2 || inner.width < 10 {
        return;
    }
    let cols = Columns::of(app, inner.width);
    queue_header(app, buf, inner, &cols);
    if q.rows.is_empty() {
        // A newcomer's empty store says what to do; an empty filter, that
        // nothing matches.
        let empty = if app.counts.total() == 0 {
            Key::StoreEmpty
        } else {
            Key::QueueEmpty
        };
        let below = Rect {
            y: inner.y + 1,
            height: inner.height - 1,
            ..inner
        };
        hint(app, buf, below, t(empty));
        return;
    }
    let height = (inner.height - 1) as usize;
    let offset = first_shown(q.offset, q.selected, height);
    for (i, row) in q.rows.iter().enumerate().skip(offset).take(height) {
        let y = inner.y + 1 + (i - offset) as u16;
        let line = Rect {
            y,
            height: 1,
            ..inner
        };
        queue_row(app, buf, line, row, i == q.selected, &cols);
    }
}

/// The filter and how many items it shows: the store's count when only a
/// status filters, else the rows loaded (+ when more are past them).
fn queue_title(app: &App) -> String {
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
    let sort = match q.sort {
        Sort::NewestReceived => "",
        Sort::OldestReceived => t(Key::SortTitleOldest),
        Sort::Imported => t(Key::SortTitleImported),
    };
    tf(Key::PaneQueueTitle, &[&filter, &count, &sort])
}

/// The queue's column widths in cells.
struct Columns {
    /// The mark column: marked, status, similar.
    mark: u16,
    /// The widest status mark of the language.
    status: u16,
    similar: u16,
    date: u16,
    unit: u16,
    title: u16,
}

impl Columns {
    /// The columns of a pane `cells` wide.
    fn of(app: &App, cells: u16) -> Columns {
        // MM-DD, or YYYY-MM-DD when the items span years.
        let date_w = if app.queue.years { 10 } else { 5 };
        let (unit_w, chars_w) = ((cells / 5).clamp(6, 14), 4u16);
        // The mark column fits the widest status mark of the language, and a space.
        let widest = Status::ALL
            .iter()
            .map(|s| width(status_mark(*s), app.metrics))
            .max()
            .unwrap_or(2) as u16;
        let similar_w = width("≈", app.metrics) as u16;
        let mark_w = widest + similar_w + 2;
        let title_w = cells.saturating_sub(mark_w + date_w + unit_w + chars_w + 3);
        Columns {
            mark: mark_w,
            status: widest,
            similar: similar_w,
            date: date_w,
            unit: unit_w,
            title: title_w,
        }
    }
}

fn queue_header(app: &App, buf: &mut Buffer, inner: Rect, cols: &Columns) {
    let head = Style::default().add_modifier(Modifier::UNDERLINED);
    let mut x = inner.x;
    fill(buf, inner.x, inner.y, inner.width, head);
    x += cell(app, buf, x, inner.y, cols.mark, "", head);
    x += cell(app, buf, x, inner.y, cols.date + 1, t(Key::ColDate), head);
    x += cell(app, buf, x, inner.y, cols.unit + 1, t(Key::ColUnit), head);
    cell(app, buf, x, inner.y, cols.title, t(Key::ColHeadline), head);
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
}

/// One item of the queue on `line`.
fn queue_row(
    app: &App,
    buf: &mut Buffer,
    line: Rect,
    row: &ItemRow,
    selected: bool,
    cols: &Columns,
) {
    let y = line.y;
    let base = row_style(selected, app.pane == Pane::Queue);
    fill(buf, line.x, y, line.width, base);
    let mut x = line.x;
    let marked = app.queue.marked.contains(&row.id);
    put(
        buf,
        x,
        y,
        1,
        if marked { "*" } else { " " },
        base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
        app.metrics,
    );
    x += cell(
        app,
        buf,
        x + 1,
        y,
        cols.status,
        status_mark(row.status),
        base,
    ) + 1;
    // ≈ : resembles an earlier item (c compares them).
    if row.similar_to.is_some() {
        put(
            buf,
            x,
            y,
            cols.similar,
            "≈",
            base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            app.metrics,
        );
    }
    x += cols.similar + 1;
    let date = if app.queue.years {
        row.received.to_string()
    } else {
        format!("{:02}-{:02}", row.received.month(), row.received.day())
    };
    x += cell(app, buf, x, y, cols.date, &date, base) + 1;
    let (unit, unit_style) = unit_cell(row, base);
    x += searched(app, (x, y), cols.unit, &unit, unit_style, selected, buf) + 1;
    if row.title().is_empty() {
        cell(
            app,
            buf,
            x,
            y,
            cols.title,
            t(Key::NoHeadline),
            base.fg(Color::Red),
        );
    } else if row.excerpt.is_empty() {
        searched(app, (x, y), cols.title, row.title(), base, selected, buf);
    } else {
        // The headline keeps half the room; the rest shows where the body
        // holds what was searched for.
        let head_w = (width(row.title(), app.metrics) as u16).min(cols.title / 2);
        let used = searched(app, (x, y), head_w, row.title(), base, selected, buf) + 2;
        let dim = if selected {
            base
        } else {
            base.fg(Color::DarkGray)
        };
        let rest = cols.title.saturating_sub(used);
        let excerpt = in_view(&row.excerpt, &app.queue.search, rest, app);
        searched(app, (x + used, y), rest, &excerpt, dim, selected, buf);
    }
    let n = row.chars.to_string();
    let nw = n.len() as u16;
    put(
        buf,
        line.right().saturating_sub(nw),
        y,
        nw,
        &n,
        base,
        app.metrics,
    );
}

/// An excerpt as shown in `room` cells: from its start when its first hit
/// fits there, else from the hit, so that a narrow row still shows why it
/// matched.
fn in_view<'a>(excerpt: &'a str, search: &str, room: u16, app: &App) -> std::borrow::Cow<'a, str> {
    let Some(hit) = crate::search::hits(excerpt, search).into_iter().next() else {
        return excerpt.into();
    };
    if width(&excerpt[..hit.end], app.metrics) <= room as usize {
        return excerpt.into();
    }
    format!("…{}", &excerpt[hit.start..]).into()
}

/// Puts `text` in a column of `w` cells as `cell` does, the current
/// search's hits marked. Returns `w`.
fn searched(
    app: &App,
    (x, y): (u16, u16),
    w: u16,
    text: &str,
    style: Style,
    selected: bool,
    buf: &mut Buffer,
) -> u16 {
    let shown = fit(text, w as usize, app.metrics);
    let hits = crate::search::hits(&shown, &app.queue.search);
    let styles = (style, hit_style(style, selected));
    put_marked(buf, (x, y), w, &shown, &hits, styles, app.metrics);
    w
}

/// A row's units, red when it has none.
fn unit_cell(row: &ItemRow, base: Style) -> (String, Style) {
    if row.sources.is_empty() {
        (t(Key::NoSource).to_string(), base.fg(Color::Red))
    } else if row.source_inferred {
        // Read from the text, not named by the sender: to confirm.
        (
            format!("{}{}", t(Key::InferredMark), row.sources.join(" ")),
            base.fg(Color::Yellow),
        )
    } else {
        (row.sources.join(" "), base)
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
        hint(app, buf, inner, t(Key::NoIssueHint));
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
    // The 审签 and 保密 state, where the editor looks before finalising.
    let room = inner.width as usize;
    let state = super::release::lines(issue, app.today, room, app.metrics);
    for (i, (line, style)) in state.iter().enumerate().take(inner.height as usize - 1) {
        put(
            buf,
            inner.x,
            inner.y + 1 + i as u16,
            inner.width,
            line,
            *style,
            app.metrics,
        );
    }
    let head = a.head_rows().min(inner.height as usize) as u16;
    let entries = a.entries();
    if entries.is_empty() {
        let below = Rect {
            y: inner.y + head,
            height: inner.height - head,
            ..inner
        };
        hint(app, buf, below, t(Key::IssueEmptyHint));
        return;
    }
    let height = (inner.height - head) as usize;
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
        let y = inner.y + head + (i - offset) as u16;
        let line = Rect {
            y,
            height: 1,
            ..inner
        };
        assembly_row(app, buf, line, i, &label, item);
    }
}

/// Grey advice at the top of `area`, broken into lines as Chinese breaks
/// (the last line that fits is cut with …).
fn hint(app: &App, buf: &mut Buffer, area: Rect, text: &str) {
    let room = area.width.saturating_sub(1);
    let measure = crate::layout::Measure {
        first: room as usize,
        rest: room as usize,
        metric: app.metrics.layout,
        hang: false,
    };
    let lines = crate::layout::break_lines(text, measure);
    let shown = lines.len().min(area.height as usize);
    for (i, line) in lines.iter().take(shown).enumerate() {
        let mut line = text[line.range.clone()].to_string();
        if i + 1 == shown && shown < lines.len() {
            line = fit(&format!("{line}…"), room as usize, app.metrics);
        }
        put(
            buf,
            area.x + 1,
            area.y + i as u16,
            room,
            &line,
            Style::default().fg(Color::DarkGray),
            app.metrics,
        );
    }
}

/// The `i`th item of the open issue on `line`, numbered `label`.
fn assembly_row(app: &App, buf: &mut Buffer, line: Rect, i: usize, label: &str, item: &Item) {
    let y = line.y;
    let selected = i == app.assembly.selected;
    let base = row_style(selected, app.pane == Pane::Assembly);
    fill(buf, line.x, y, line.width, base);
    let mut x = line.x;
    x += cell(app, buf, x, y, 5, label, base);
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
    let unit = if line.width >= 36 {
        item.sources.join(" ")
    } else {
        String::new()
    };
    let unit_w = (width(&unit, app.metrics) as u16).min(line.width / 4);
    let title_w = line.right().saturating_sub(x + unit_w + nw + 1);
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
    put(buf, line.right() - nw + 1, y, nw, &n, base, app.metrics);
}

/// A search hit: bold and underlined, yellow where the row is not
/// coloured by the selection.
fn hit_style(base: Style, selected: bool) -> Style {
    let marked = base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    if selected {
        marked
    } else {
        marked.fg(Color::Yellow)
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
