//! index: the annual index (年度目录) of a year's issues.

use std::io::Write;

use super::args::IndexArgs;
use super::{Context, emit};
use crate::error::{Error, Result};
use crate::export::{Format, in_volume, index as build, render_index, write_atomic};
use crate::i18n::{Key, tf};
use crate::layout::Metric;
use crate::model::{Issue, IssueState};

pub fn index(ctx: &Context, args: &IndexArgs, out: &mut dyn Write) -> Result<()> {
    let format = Format::parse_for_index(&args.format)?;
    // HTML and Word are for printing and opening, never for reading raw.
    if args.output.is_none() && !format.is_plain() {
        return Err(Error::IndexNeedsOutput {
            extension: format.extension(),
        });
    }
    let store = ctx.open_existing_store()?;
    let all = store.issues()?;
    let wanted = |series: &str| args.series.as_deref().is_none_or(|s| in_volume(series, s));
    if let Some(series) = &args.series
        && !all.iter().any(|i| in_volume(&i.series, series))
    {
        return Err(Error::UnknownSeries(series.clone()));
    }
    let issues: Vec<Issue> = all
        .iter()
        .filter(|i| i.year == args.year && wanted(&i.series))
        .filter(|i| args.drafts || i.state == IssueState::Final)
        .map(|i| store.issue(i.id))
        .collect::<Result<_>>()?;
    if issues.is_empty() {
        return Err(Error::NothingToIndex {
            year: args.year,
            series: args.series.clone(),
            drafts: args.drafts,
        });
    }
    let index = build(args.year, &issues, &store.units()?);
    match &args.output {
        Some(path) => {
            write_atomic(path, &render_index(&index, format, Metric::Print)?)?;
            emit(out, tf(Key::Exported, &[&path.display()]))
        }
        None => {
            let bytes = render_index(&index, format, Metric::NarrowAmbiguous)?;
            // Our own UTF-8, so nothing is lost; emit makes each line printable.
            let text = String::from_utf8_lossy(&bytes);
            emit(out, text.trim_end_matches('\n'))
        }
    }
}
