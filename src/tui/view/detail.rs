//! One item in full: its fields, its text set as it prints, and beside it
//! (or instead of it, when narrow) the original submission.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use super::super::app::App;
use super::super::diff::{Differences, columns};
use super::super::text::{fit, put, put_marked};
use super::frame::pane_frame;
use crate::i18n::{Key, t, tf};
use crate::layout::{Block, Options, Role, lay_out};
use crate::model::{Item, Upper, format_date};

/// `text` set at `cells` wide: one block per paragraph.
fn set(paragraphs: &[&str], cells: u16, role: Role) -> Vec<String> {
    let blocks: Vec<Block> = paragraphs
        .iter()
        .map(|p| Block::new(role.clone(), crate::script::printable(p)))
        .collect();
    let opts = Options {
        width: (cells / 2).max(2) as usize,
        ..Options::default()
    };
    lay_out(&blocks, opts).into_iter().map(|l| l.text).collect()
}

pub fn render(
    app: &App,
    buf: &mut Buffer,
    area: Rect,
    (item, upper): (&Item, &Upper),
    findings: &[crate::check::Finding],
    (original, scroll): (bool, usize),
) {
    let id = item.id.map_or(0, |i| i.0);
    let title = tf(
        Key::ShowHead,
        &[&id, &item.status.label(), &item.kind.label(), &item.chars()],
    );
    let inner = pane_frame(app, buf, area, &title, true);
    let mut y = inner.y;
    for (label, value) in &fields(item, upper) {
        let shown = format!("{label}{value}");
        put(
            buf,
            inner.x + 1,
            y,
            inner.width - 1,
            &fit(&shown, inner.width as usize - 1, app.metrics),
            Style::default(),
            app.metrics,
        );
        y += 1;
    }
    let y = proofing(app, buf, inner, y, findings);
    text(app, buf, inner, y + 1, item, (original, scroll));
}

/// The item's fields as label and value, those left empty left out, then
/// what the upper levels did with it, one line each.
fn fields(item: &Item, upper: &Upper) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        (t(Key::ShowHeadline), item.headline.clone()),
        (t(Key::ShowSources), crate::import::sources_label(item)),
        (t(Key::ShowReceived), format_date(item.received)),
    ];
    if let Some(people) = crate::import::contributors_label(&item.contributors) {
        fields.push((t(Key::ShowContributors), people));
    }
    if !item.editor_note.is_empty() {
        fields.push((crate::bulletin::EDITOR_NOTE_LABEL, item.editor_note.clone()));
    }
    if !item.note.is_empty() {
        fields.push((t(Key::ShowNote), item.note.clone()));
    }
    if !item.reject_reason.is_empty() {
        fields.push((t(Key::ShowReason), item.reject_reason.clone()));
    }
    if !item.edit_reason.is_empty() {
        fields.push((t(Key::ShowEditReason), item.edit_reason.clone()));
    }
    for a in &upper.adoptions {
        fields.push((t(Key::ShowAdoption), a.label()));
    }
    for i in &upper.instructions {
        fields.push((t(Key::ShowInstruction), i.label()));
    }
    for f in &upper.forwards {
        fields.push((t(Key::ShowForward), f.label()));
    }
    if let Some(p) = &upper.forwarded_from {
        fields.push((t(Key::ShowForwardedFrom), p.label()));
    }
    fields
}

/// What proofing finds, above the text from row `y`: a summary, then as
/// many findings as a quarter of the pane holds. Returns the row below.
fn proofing(
    app: &App,
    buf: &mut Buffer,
    inner: Rect,
    mut y: u16,
    findings: &[crate::check::Finding],
) -> u16 {
    let summary = if findings.is_empty() {
        t(Key::DetailClean).to_string()
    } else {
        tf(Key::DetailFindings, &[&findings.len()])
    };
    let color = if findings.is_empty() {
        Color::Green
    } else {
        Color::Yellow
    };
    put(
        buf,
        inner.x + 1,
        y,
        inner.width - 1,
        &fit(&summary, inner.width as usize - 1, app.metrics),
        Style::default().fg(color),
        app.metrics,
    );
    y += 1;
    let shown = findings.len().min((inner.height / 4) as usize);
    for f in findings.iter().take(shown) {
        let line = crate::review::describe(f);
        put(
            buf,
            inner.x + 2,
            y,
            inner.width - 2,
            &fit(&line, inner.width as usize - 2, app.metrics),
            Style::default().fg(Color::Yellow),
            app.metrics,
        );
        y += 1;
    }
    y
}

/// The text as it prints from row `body_top` under its heading, the
/// original beside it or instead of it.
fn text(
    app: &App,
    buf: &mut Buffer,
    inner: Rect,
    body_top: u16,
    item: &Item,
    (original, scroll): (bool, usize),
) {
    let dim = Style::default().fg(Color::DarkGray);
    let height = inner.bottom().saturating_sub(body_top) as usize;
    let side_by_side = original && inner.width >= 90;
    let col = if side_by_side {
        inner.width / 2 - 1
    } else {
        inner.width - 2
    };
    let body: Vec<&str> = item.body.iter().map(String::as_str).collect();
    let edited = set(&body, col, Role::Body);
    let orig_lines: Vec<&str> = item.original.lines().collect();
    let orig = if item.original.trim().is_empty() {
        vec![t(Key::NoOriginal).to_string()]
    } else {
        set_plain(&orig_lines, col)
    };
    let m = app.metrics.print();
    let draw = |buf: &mut Buffer, x: u16, lines: &[String], heading: &str| {
        put(
            buf,
            x,
            body_top - 1,
            col,
            heading,
            dim.add_modifier(Modifier::BOLD),
            app.metrics,
        );
        for (i, line) in lines.iter().skip(scroll).take(height).enumerate() {
            put(buf, x, body_top + i as u16, col, line, Style::default(), m);
        }
    };
    match (original, side_by_side) {
        (true, true) => {
            draw(buf, inner.x + 1, &edited, t(Key::DetailEdited));
            draw(buf, inner.x + col + 2, &orig, t(Key::DetailOriginal));
        }
        (true, false) => draw(buf, inner.x + 1, &orig, t(Key::DetailOriginal)),
        _ => draw(buf, inner.x + 1, &edited, t(Key::DetailEdited)),
    }
}

/// The original as it came: each line set flush, without indentation.
fn set_plain(lines: &[&str], cells: u16) -> Vec<String> {
    let mut out = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        let text = crate::script::printable(line);
        let m = crate::layout::Measure {
            first: cells as usize,
            rest: cells as usize,
            metric: crate::layout::Metric::Print,
            hang: false,
        };
        out.extend(
            crate::layout::break_lines(&text, m)
                .into_iter()
                .map(|s| text[s.range].to_string()),
        );
    }
    out
}

/// A near-duplicate beside the earlier item it resembles, each set at half
/// the width, headline first, what differs marked: inserted on the new
/// side, deleted on the old. Both scroll by the same lines; a shorter
/// column stops at its last page rather than scroll away.
pub fn compare(
    app: &App,
    buf: &mut Buffer,
    area: Rect,
    (new, old): (&Item, &Item),
    similarity: f64,
    diff: &Differences,
    scroll: usize,
) {
    let title = tf(Key::CompareTitle, &[&((similarity * 100.0).round() as u32)]);
    let inner = pane_frame(app, buf, area, &title, true);
    let (col, height) = columns(area);
    let m = app.metrics.print();
    // Bold and underlined as well as coloured, to be told apart without
    // colour; green and red, not yellow, read on a light background too.
    let mark = Style::default().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
    let sides = [
        (
            inner.x + 1,
            &diff.new,
            tf(Key::CompareNew, &[&new.id.map_or(0, |i| i.0)]),
            mark.fg(Color::Green),
        ),
        (
            inner.x + col + 2,
            &diff.old,
            tf(
                Key::CompareOld,
                &[&old.id.map_or(0, |i| i.0), &old.status.label()],
            ),
            mark.fg(Color::Red),
        ),
    ];
    for (x, side, heading, mark) in sides {
        put(
            buf,
            x,
            inner.y,
            col,
            &fit(&heading, col as usize, app.metrics),
            Style::default().add_modifier(Modifier::BOLD),
            app.metrics,
        );
        let lines = side.lines(col);
        let from = scroll.min(lines.len().saturating_sub(height));
        for (i, (line, marked)) in lines.iter().skip(from).take(height).enumerate() {
            let y = inner.y + 1 + i as u16;
            put_marked(buf, (x, y), col, line, marked, (Style::default(), mark), m);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::diff::Side;

    #[test]
    fn a_compared_side_is_set_as_the_reader_sets_it() {
        let paragraphs: Vec<String> = [
            "峡窝镇聚焦“五个振兴”绘就乡村振兴新画卷",
            "今年以来，峡窝镇围绕产业、人才、文化、生态、组织五个方面，投入资金1,350万元，建成APP平台。",
            "",
            "（峡窝镇）",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let side = Side {
            marked: vec![Vec::new(); paragraphs.len()],
            paragraphs: paragraphs.clone(),
        };
        let texts: Vec<&str> = paragraphs.iter().map(String::as_str).collect();
        for cells in [3, 9, 20, 41, 58] {
            let ours: Vec<String> = side.lines(cells).into_iter().map(|l| l.0).collect();
            assert_eq!(ours, set(&texts, cells, Role::Body), "at {cells} cells");
        }
    }
}
