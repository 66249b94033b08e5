//! A new draft issue: the series, the next number of the year, and the
//! masthead and footer carried over from the series' latest issue — 总第
//! N+1 期, 本期送, 发, 责任编辑, 共印 rarely change from one issue to the
//! next. A series' first issue takes them from the settings.

use jiff::civil::Date;

use crate::error::Result;
use crate::model::Issue;
use crate::settings::Settings;
use crate::store::Store;

pub fn new_draft(
    settings: &Settings,
    store: &Store,
    series: Option<&str>,
    number: Option<u32>,
    date: Option<Date>,
    today: Date,
    supplement: bool,
) -> Result<Issue> {
    let year = date.unwrap_or(today).year();
    let series = series.unwrap_or(&settings.series);
    let number = match number {
        Some(n) => n,
        None => store.next_number(series, year, supplement)?,
    };
    let mut issue = Issue::new(series, year, number);
    issue.supplement = supplement;
    // Undated unless the editor gives a date: the printed date is the day
    // the issue is signed off (see `Store::sign`).
    issue.date = date;
    let previous = previous_issue(store, series, supplement)?;
    match &previous {
        Some(last) => {
            issue.marking = last.marking.clone();
            issue.publisher = last.publisher.clone();
            issue.footer = last.footer.clone();
            issue.editors = last.editors.clone();
            issue.print_run = last.print_run;
            // The same 密级 and distribution as last time; not its sign-offs,
            // review or 份号, which are this issue's own.
            issue.release.secrecy = last.release.secrecy;
            issue.release.period = last.release.period.clone();
            issue.release.recipients = last.release.recipients.clone();
            for r in &mut issue.release.recipients {
                r.sent = None;
            }
        }
        None => {
            issue.publisher = settings.publisher.clone();
            issue.footer = settings.footer.clone();
            issue.editors = settings.editors.clone();
        }
    }
    if issue.publisher.is_empty() {
        issue.publisher = settings.publisher.clone();
    }
    let counts_total =
        settings.total_numbers || previous.as_ref().is_some_and(|p| p.total_number.is_some());
    if counts_total && !supplement {
        issue.total_number = Some(store.next_total(series)?.unwrap_or(1));
    }
    Ok(issue)
}

/// The series' newest issue of the same kind (增刊 or regular), or of
/// either kind when it has none of this one.
fn previous_issue(store: &Store, series: &str, supplement: bool) -> Result<Option<Issue>> {
    let issues = store.issues()?;
    let mut in_series = issues.iter().filter(|s| s.series == series);
    let same_kind = in_series.clone().find(|s| s.supplement == supplement);
    match same_kind.or_else(|| in_series.next()) {
        Some(summary) => Ok(Some(store.issue(summary.id)?)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FooterLine;

    const DAY: Date = Date::constant(2026, 12, 1);

    fn settings() -> Settings {
        Settings {
            series: "上街信息".into(),
            publisher: "中共上街区委办公室".into(),
            footer: vec![FooterLine::new("发", "设置里的名单")],
            editors: vec!["设置".into()],
            ..Settings::default()
        }
    }

    #[test]
    fn a_series_first_issue_takes_the_settings() {
        let store = Store::open_in_memory().unwrap();
        let issue = new_draft(&settings(), &store, None, None, None, DAY, false).unwrap();
        assert_eq!(issue.number, 1);
        assert_eq!(issue.footer, vec![FooterLine::new("发", "设置里的名单")]);
        assert_eq!(issue.editors, vec!["设置".to_string()]);
        assert_eq!(issue.total_number, None);
    }

    #[test]
    fn the_next_issue_carries_over_footer_editors_print_run_and_total() {
        let mut store = Store::open_in_memory().unwrap();
        let mut last = Issue::new("上街信息", 2026, 40);
        last.total_number = Some(1082);
        last.marking = "内部资料　注意保存".into();
        last.publisher = "中共上街区委办公室".into();
        last.footer = vec![
            FooterLine::new("本期送", "区委常委"),
            FooterLine::new("发", "各街道、镇"),
        ];
        last.editors = vec!["王梅".into(), "李强".into()];
        last.print_run = Some(120);
        store.create_issue(&last).unwrap();
        let mut other = Issue::new("上街信息·专报", 2026, 9);
        other.editors = vec!["别的系列".into()];
        store.create_issue(&other).unwrap();

        let next = new_draft(&settings(), &store, None, None, None, DAY, false).unwrap();
        assert_eq!((next.number, next.total_number), (41, Some(1083)));
        assert_eq!(next.footer, last.footer);
        assert_eq!(next.editors, last.editors);
        assert_eq!(next.print_run, Some(120));
        assert_eq!(next.marking, last.marking);
        assert!(next.articles.is_empty() && next.briefs.is_empty());

        let supplement = new_draft(&settings(), &store, None, None, None, DAY, true).unwrap();
        assert_eq!(
            supplement.total_number, None,
            "增刊 are not counted in 总第"
        );
        assert_eq!(supplement.editors, last.editors);
    }
}
