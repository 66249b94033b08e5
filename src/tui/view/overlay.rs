//! What opens over the panes: the help, a question, the masthead form.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};

use super::super::app::App;
use super::super::form::{Form, FormFor};
use super::super::keymap::Scope;
use super::super::state::{Confirm, Mode, ReasonFor, stats_period};
use super::super::text::{fit, put, width};
use super::frame::{centred, pane_frame};
use crate::i18n::{Key, t, tf};

/// The keys of the mode the help was opened from, then all the others.
pub fn help(app: &App, buf: &mut Buffer, area: Rect, scroll: usize, from: Scope) {
    let rect = centred(area, 64, area.height);
    let inner = pane_frame(app, buf, rect, t(Key::HelpTitle), true);
    let lines = app.keymap.help_lines(from);
    let key_w = 22u16.min(inner.width / 2);
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    for (row, (keys, what)) in lines
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let y = inner.y + row as u16;
        if keys.is_empty() {
            put(
                buf,
                inner.x + 1,
                y,
                inner.width - 1,
                what,
                Style::default()
                    .fg(Color::Cyan)
                    .add_modifier(Modifier::BOLD),
                app.metrics,
            );
            continue;
        }
        put(
            buf,
            inner.x + 2,
            y,
            key_w,
            &fit(keys, key_w as usize, app.metrics),
            Style::default().fg(Color::Yellow),
            app.metrics,
        );
        put(
            buf,
            inner.x + 3 + key_w,
            y,
            inner.width.saturating_sub(key_w + 3),
            what,
            Style::default(),
            app.metrics,
        );
    }
}

/// The reason list, numbered, the selected one reversed, under a title
/// naming what the reason is for.
pub fn reasons(app: &App, buf: &mut Buffer, area: Rect, purpose: &ReasonFor, selected: usize) {
    let list = app.settings.feedback.reasons();
    let title = reasons_title(app, purpose);
    let rect = centred(area, 72, list.all().len() as u16 + 2);
    let inner = pane_frame(app, buf, rect, &title, true);
    let height = (inner.height as usize).max(1);
    // Keep the selection in view.
    let first = (selected + 1).saturating_sub(height);
    let room = inner.width.saturating_sub(1);
    for (row, reason) in list.all().iter().enumerate().skip(first).take(height) {
        let style = if row == selected {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        let line = format!("{:>2} {}", row + 1, crate::script::printable(reason));
        put(
            buf,
            inner.x + 1,
            inner.y + (row - first) as u16,
            room,
            &fit(&line, room as usize, app.metrics),
            style,
            app.metrics,
        );
    }
}

/// 退稿理由（《标题》）… naming the item when there is one, or counting.
fn reasons_title(app: &App, purpose: &ReasonFor) -> String {
    let name = |id: &crate::model::ItemId| {
        app.queue
            .rows
            .iter()
            .find(|r| r.id == *id)
            .map(|r| crate::script::item_name(r.title()))
    };
    match purpose {
        ReasonFor::Reject(ids) => match ids.as_slice() {
            [one] => name(one).map(|n| tf(Key::PromptReasonOne, &[&n])),
            _ => None,
        }
        .unwrap_or_else(|| tf(Key::PromptReason, &[&ids.len()])),
        ReasonFor::Edit(id, change) => {
            let n = name(id)
                .or_else(|| change.headline.as_deref().map(crate::script::item_name))
                .unwrap_or_default();
            tf(Key::PromptEditReason, &[&n])
        }
    }
}

pub fn confirm(app: &App, buf: &mut Buffer, area: Rect, what: &Confirm) {
    let problems: &[String] = match what {
        Confirm::Finalise(_, problems) => problems,
        _ => &[],
    };
    let text = match what {
        Confirm::Finalise(id, problems) => {
            // Only the open issue is finalised from the workstation.
            let title = app
                .assembly
                .issue
                .as_ref()
                .filter(|i| i.id == Some(*id))
                .map(crate::store::issue_title)
                .unwrap_or_default();
            if problems.is_empty() {
                tf(Key::ConfirmFinalise, &[&title])
            } else {
                tf(Key::ConfirmFinaliseDespite, &[&title, &problems.len()])
            }
        }
        Confirm::LoadSamples => t(Key::ConfirmSamples).to_string(),
        Confirm::Unfinalise(label) => tf(Key::ConfirmUnfinalise, &[label]),
        Confirm::Quit(_) => t(Key::ConfirmQuit).to_string(),
        Confirm::DiscardForm(open) => match &**open {
            Mode::Form(form) if !matches!(form.purpose, FormFor::Issue(_)) => {
                t(Key::ConfirmDiscardRecord).to_string()
            }
            _ => t(Key::ConfirmDiscardForm).to_string(),
        },
        Confirm::NewIssue(draft) => tf(Key::ConfirmNewIssue, &[&crate::store::issue_title(draft)]),
        Confirm::AnswerCommission {
            commission: c,
            item,
            item_name,
        } => tf(
            Key::ConfirmAnswerCommission,
            &[
                item,
                item_name,
                &c.id,
                &c.name(),
                &crate::script::printable(&c.unit),
            ],
        ),
        Confirm::CancelCommission(c) => tf(
            Key::ConfirmCancelCommission,
            &[&c.id, &c.name(), &crate::script::printable(&c.unit)],
        ),
    };
    let widest = problems
        .iter()
        .map(|p| width(p, app.metrics))
        .chain([width(&text, app.metrics)])
        .max()
        .unwrap_or(0);
    let w = (widest as u16 + 6).clamp(30, area.width);
    let rect = centred(area, w, 5 + problems.len() as u16);
    let inner = pane_frame(app, buf, rect, t(Key::ConfirmTitle), true);
    let room = inner.width.saturating_sub(2);
    for (i, p) in problems
        .iter()
        .enumerate()
        .take(inner.height.saturating_sub(3) as usize)
    {
        put(
            buf,
            inner.x + 1,
            inner.y + 3 + i as u16,
            room,
            &fit(p, room as usize, app.metrics),
            Style::default().fg(Color::Red),
            app.metrics,
        );
    }
    put(
        buf,
        inner.x + 1,
        inner.y + 1,
        inner.width.saturating_sub(2),
        &fit(&text, inner.width.saturating_sub(2) as usize, app.metrics),
        Style::default().add_modifier(Modifier::BOLD),
        app.metrics,
    );
}

/// Draws the form; returns where the terminal cursor goes.
pub fn form(app: &App, buf: &mut Buffer, area: Rect, form: &Form) -> Option<Position> {
    let h = (form.rows.len() as u16 + 4).min(area.height);
    let rect = centred(area, 72, h);
    let inner = pane_frame(app, buf, rect, form.title(), true);
    let label_w = form
        .rows
        .iter()
        .map(|(k, _)| width(k.label(), app.metrics))
        .max()
        .unwrap_or(4) as u16
        + 1;
    let mut cursor = None;
    for (i, (kind, input)) in form
        .rows
        .iter()
        .enumerate()
        .take(inner.height.saturating_sub(1) as usize)
    {
        let y = inner.y + i as u16;
        let focused = i == form.focus;
        let style = if focused {
            Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        put(
            buf,
            inner.x + 1,
            y,
            label_w,
            kind.label(),
            style,
            app.metrics,
        );
        let x = inner.x + 2 + label_w;
        let room = inner.right().saturating_sub(x + 1);
        // A row chosen with ←/→ shows it can be: < 签发 >.
        let choice = !kind.choices().is_empty();
        let (shown, before) = if choice {
            (format!("< {} >", input.text), format!("< {}", input.text))
        } else {
            (input.text.clone(), input.before_caret().to_string())
        };
        put(
            buf,
            x,
            y,
            room,
            &fit(&shown, room as usize, app.metrics),
            Style::default().add_modifier(Modifier::UNDERLINED),
            app.metrics,
        );
        if focused {
            let caret = width(&before, app.metrics) as u16;
            cursor = Some(Position::new(
                (x + caret).min(inner.right().saturating_sub(1)),
                y,
            ));
        }
    }
    if let Some(err) = &form.error {
        let y = inner.bottom().saturating_sub(1);
        put(
            buf,
            inner.x + 1,
            y,
            inner.width - 1,
            &fit(err, inner.width as usize - 1, app.metrics),
            Style::default().fg(Color::Red),
            app.metrics,
        );
    }
    cursor
}

/// An import's report: failures in red.
pub fn report(app: &App, buf: &mut Buffer, area: Rect, lines: &[(bool, String)], scroll: usize) {
    let rect = centred(area, area.width.saturating_sub(4).max(20), area.height);
    let inner = pane_frame(app, buf, rect, t(Key::ReportTitle), true);
    let scroll = scroll.min(lines.len().saturating_sub(inner.height as usize));
    for (row, (failed, text)) in lines
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .enumerate()
    {
        let style = if *failed {
            Style::default().fg(Color::Red)
        } else {
            Style::default()
        };
        let room = inner.width.saturating_sub(1);
        put(
            buf,
            inner.x + 1,
            inner.y + row as u16,
            room,
            &fit(text, room as usize, app.metrics),
            style,
            app.metrics,
        );
    }
}

/// The adoption statistics, ranked by score.
pub fn stats(
    app: &App,
    buf: &mut Buffer,
    area: Rect,
    period: usize,
    table: &crate::stats::Table,
    scroll: usize,
) {
    let preset = [
        Key::PeriodQuarter,
        Key::PeriodLastQuarter,
        Key::PeriodYear,
        Key::PeriodAll,
    ][period % 4];
    let p = stats_period(app.today, period);
    let title = tf(Key::StatsTitle, &[&format!("{} {}", t(preset), p.label())]);
    let rect = centred(area, 86, area.height);
    let inner = pane_frame(app, buf, rect, &title, true);
    let text = crate::stats::aligned(table, app.metrics.term);
    let lines: Vec<&str> = text.lines().collect();
    let Some((head, rows)) = lines.split_first() else {
        return;
    };
    let room = inner.width.saturating_sub(1);
    put(
        buf,
        inner.x + 1,
        inner.y,
        room,
        &fit(head, room as usize, app.metrics),
        Style::default().add_modifier(Modifier::UNDERLINED),
        app.metrics,
    );
    // The rule stays in view below the rows however they scroll: a rate
    // read without it is easily taken for used ÷ decided.
    let note = crate::stats::footnote(app.today);
    let mut note: Vec<&str> = note.lines().collect();
    if note.len() + 1 >= inner.height as usize {
        note.clear();
    }
    let top = inner.y + inner.height - note.len() as u16;
    for (i, line) in note.iter().enumerate() {
        put(
            buf,
            inner.x + 1,
            top + i as u16,
            room,
            &fit(line, room as usize, app.metrics),
            Style::default().fg(Color::DarkGray),
            app.metrics,
        );
    }
    let height = (inner.height as usize).saturating_sub(1 + note.len());
    let scroll = scroll.min(rows.len().saturating_sub(height));
    for (i, row) in rows.iter().skip(scroll).take(height).enumerate() {
        let style = if scroll + i + 1 == rows.len() {
            Style::default().add_modifier(Modifier::BOLD)
        } else {
            Style::default()
        };
        put(
            buf,
            inner.x + 1,
            inner.y + 1 + i as u16,
            room,
            &fit(row, room as usize, app.metrics),
            style,
            app.metrics,
        );
    }
}
