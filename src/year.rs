//! The desk's year run against the store — the 催报 notice, the annual
//! index (年度目录), the file names they are written under in an export
//! folder: the one place the command line and the workstation both call.

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::export::{Index, in_volume, index as build};
use crate::i18n::{Key, t};
use crate::model::{Issue, IssueState, file_safe};
use crate::settings::Settings;
use crate::stats::{Period, Reminder, compute, reminder as chase};
use crate::store::Store;

/// Who to chase over `period`, as of `today`.
pub fn reminder(
    store: &Store,
    settings: &Settings,
    period: Period,
    today: Date,
) -> Result<Reminder> {
    let input = store.stats_input(period, None)?;
    let table = compute(&input, period, &settings.scoring, today);
    Ok(chase(&table, &input.commissions, period, today))
}

/// Whether a reminder names anyone to chase.
pub fn nobody_to_chase(r: &Reminder) -> bool {
    r.silent.is_empty() && r.behind.is_empty() && r.late.is_empty()
}

/// A file name for the notice, without extension: 关于报送信息的提示-2025年1月1日—2025年3月31日.
pub fn notice_stem(period: Period) -> String {
    file_safe(&format!("{}-{}", t(Key::RemindTitle), period.label()))
}

/// The index of `year`'s issues, of the volume `series` if given, the
/// finalised ones unless `drafts`.
pub fn index(store: &Store, year: i16, series: Option<&str>, drafts: bool) -> Result<Index> {
    let all = store.issues()?;
    let wanted = |s: &str| series.is_none_or(|v| in_volume(s, v));
    if let Some(series) = series
        && !all.iter().any(|i| in_volume(&i.series, series))
    {
        return Err(Error::UnknownSeries(series.to_string()));
    }
    let issues: Vec<Issue> = all
        .iter()
        .filter(|i| i.year == year && wanted(&i.series))
        .filter(|i| drafts || i.state == IssueState::Final)
        .map(|i| store.issue(i.id))
        .collect::<Result<_>>()?;
    if issues.is_empty() {
        return Err(Error::NothingToIndex {
            year,
            series: series.map(String::from),
            drafts,
        });
    }
    Ok(build(year, &issues, &store.units()?))
}

/// A file name for the index, without extension: 上街信息-2025年度目录.
pub fn index_stem(year: i16, series: &str) -> String {
    file_safe(&format!("{series}-{year}{}", t(Key::IndexFileSuffix)))
}

/// A file name for the receipt to `office`: 回执-中共郑州市委办公厅.json.
pub fn receipt_name(office: &str) -> String {
    file_safe(&format!(
        "{}-{}.json",
        t(Key::ReceiptFilePrefix),
        office.trim()
    ))
}
