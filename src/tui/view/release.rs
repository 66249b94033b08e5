//! The open issue's 审签 and 保密 state, under its masthead in the issue
//! pane: `审核 李明 9月3日 · 签发 未签`, and for an issue with a 密级 (or a
//! review) `内部资料　注意保存 · 保密审查 未审查`. Each line is cut to the
//! pane by display width, the shorter forms tried first.

use ratatui::style::{Color, Style};

use super::super::text::{Metrics, fit, width};
use crate::i18n::{Key, t, tf};
use crate::model::{Date, Issue, IssueState, SignOff, SignRole};
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
        // A printed issue taken in, or one finalised where the settings
        // ask no 签发: nothing is waiting, there is just no record.
        None if issue.state == IssueState::Final => {
            (t(Key::ReleaseNoRecord).to_string(), Color::Reset)
        }
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
            // Shorter: without 注意保存, then the level's word alone.
            for shown in [
                mark.clone(),
                mark.replace("　注意保存", ""),
                r.secrecy.word().to_string(),
            ] {
                let form = format!("{shown} · {review}");
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
        forms.push(review);
        out.push((first_fitting(&forms, room, m), Style::default().fg(colour)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Secrecy, SecrecyReview};

    fn day(m: i8, d: i8) -> Date {
        Date::new(2023, m, d).expect("a real day")
    }

    fn texts(issue: &Issue, room: usize, wide: bool) -> Vec<String> {
        lines(issue, day(9, 4), room, Metrics::terminal(wide))
            .into_iter()
            .map(|(text, _)| text)
            .collect()
    }

    #[test]
    fn each_line_gives_way_to_a_shorter_form_by_display_width() {
        let mut issue = Issue::new("上街信息", 2023, 57);
        for (role, by, d) in [(SignRole::Review, "李明", 3), (SignRole::Sign, "张伟", 4)] {
            issue.release.sign(SignOff {
                role,
                by: by.into(),
                date: day(9, d),
            });
        }
        issue.release.secrecy = Secrecy::Internal;
        issue.release.period = "6个月".into();
        for wide in [false, true] {
            assert_eq!(
                texts(&issue, 60, wide),
                [
                    "审核 李明 9月3日 · 签发 张伟 9月4日",
                    "内部资料★6个月 · 保密审查 未审查"
                ]
            );
            // 30 cells, the issue pane beside the queue at 80 columns.
            assert_eq!(
                texts(&issue, 30, wide),
                ["签发 张伟 9月4日", "内部资料 · 保密审查 未审查"]
            );
            assert_eq!(
                texts(&issue, 20, wide),
                ["签发 张伟 9月4日", "保密审查 未审查"]
            );
            for room in 0..60 {
                for line in texts(&issue, room, wide) {
                    assert!(
                        width(&line, Metrics::terminal(wide)) <= room,
                        "{line} in {room}"
                    );
                }
            }
        }
        issue.release.secrecy_review = Some(SecrecyReview {
            by: "王五".into(),
            date: day(8, 30),
            cleared: true,
            note: String::new(),
        });
        issue.release.signoffs.clear();
        let old = SignOff {
            role: SignRole::Proof(2),
            by: "赵六".into(),
            date: Date::new(2022, 12, 30).expect("a real day"),
        };
        issue.release.sign(old);
        assert_eq!(
            texts(&issue, 80, false),
            [
                "二校 赵六 2022年12月30日 · 签发 未签",
                "内部资料★6个月 · 保密审查 已通过 王五"
            ]
        );
    }
}
