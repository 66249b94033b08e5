//! The open issue's 审签 and 保密 state, under its masthead in the issue
//! pane: `审核 李明 9月3日 · 签发 未签`, and for an issue with a 密级 (or a
//! review) `内部资料　注意保存 · 保密审查 未审查`. Each line is cut to the
//! pane by display width, the shorter forms tried first.

use ratatui::style::{Color, Style};

use super::super::text::{Metrics, fit, width};
use crate::i18n::{Key, t, tf};
use crate::model::{Date, Issue, SignOff, SignRole};
use crate::script::printable;
use crate::tui::assembly::state_rows;

/// A day as the state line says it: 9月3日 this year, 2022年9月3日 another.
fn day(date: Date, today: Date) -> String {
    if date.year() == today.year() {
        format!("{}月{}日", date.month(), date.day())
    } else {
        crate::model::format_date(date)
    }
}

fn step(s: &SignOff, today: Date) -> String {
    format!(
        "{} {} {}",
        s.role.label(),
        printable(&s.by),
        day(s.date, today)
    )
}

/// The first of `forms` that fits in `room` cells, else the last cut to it.
fn first_fitting(forms: &[String], room: usize, m: Metrics) -> String {
    forms
        .iter()
        .find(|f| width(f, m) <= room)
        .cloned()
        .unwrap_or_else(|| fit(forms.last().map_or("", String::as_str), room, m))
}

/// The state lines of `issue`, each fitted to `room` cells, with its
/// colour: green when done, yellow while waiting, red for a review that
/// did not clear the issue. As many as [`state_rows`] says.
pub fn lines(issue: &Issue, today: Date, room: usize, m: Metrics) -> Vec<(String, Style)> {
    let r = &issue.release;
    let mut out = Vec::with_capacity(2);
    // 审签: the last step before 签发, then 签发 or 未签.
    let before = r
        .signoffs
        .iter()
        .filter(|s| !matches!(s.role, SignRole::Draft | SignRole::Sign))
        .max_by_key(|s| s.role)
        .map(|s| step(s, today));
    let (sign, colour) = match r.latest(SignRole::Sign) {
        Some(s) => (step(s, today), Color::Green),
        None => (t(Key::ReleaseUnsigned).to_string(), Color::Yellow),
    };
    let mut forms = Vec::new();
    if let Some(before) = before {
        forms.push(format!("{before} · {sign}"));
    }
    forms.push(sign);
    out.push((first_fitting(&forms, room, m), Style::default().fg(colour)));
    // 密级 and 保密审查.
    if state_rows(issue) > 1 {
        let (review, colour) = match &r.secrecy_review {
            None => (t(Key::SecrecyUnreviewed).to_string(), Color::Yellow),
            Some(v) if v.cleared => (tf(Key::SecrecyPassed, &[&printable(&v.by)]), Color::Green),
            Some(v) => (tf(Key::SecrecyFailed, &[&printable(&v.by)]), Color::Red),
        };
        let mut forms = Vec::new();
        let mark = r.mark();
        if !mark.is_empty() {
            forms.push(format!("{mark} · {review}"));
            // Without 注意保存: the level and its period only.
            let short = mark.replace("　注意保存", "");
            if short != mark {
                forms.push(format!("{short} · {review}"));
            }
        }
        forms.push(review);
        out.push((first_fitting(&forms, room, m), Style::default().fg(colour)));
    }
    out
}
