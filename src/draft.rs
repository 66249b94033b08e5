//! A new draft issue as the settings describe it: the series, the next
//! number of the year, the publisher, the default footer and editors.

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
    date: Date,
    supplement: bool,
) -> Result<Issue> {
    let year = date.year();
    let series = series.unwrap_or(&settings.series);
    let number = match number {
        Some(n) => n,
        None => store.next_number(series, year, supplement)?,
    };
    let mut issue = Issue::new(series, year, number);
    issue.supplement = supplement;
    issue.date = Some(date);
    issue.publisher = settings.publisher.clone();
    issue.footer = settings.footer.clone();
    issue.editors = settings.editors.clone();
    if settings.total_numbers && !supplement {
        issue.total_number = Some(store.next_total(series)?.unwrap_or(1));
    }
    Ok(issue)
}
