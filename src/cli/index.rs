//! index: the annual index (年度目录) of a year's issues.

use std::io::Write;

use super::args::IndexArgs;
use super::{Context, emit};
use crate::error::{Error, Result};
use crate::export::{Format, render_index, write_atomic};
use crate::i18n::{Key, tf};
use crate::layout::Metric;

pub fn index(ctx: &Context, args: &IndexArgs, out: &mut dyn Write) -> Result<()> {
    let format = Format::parse_for_index(&args.format)?;
    // HTML and Word are for printing and opening, never for reading raw.
    if args.output.is_none() && !format.is_plain() {
        return Err(Error::IndexNeedsOutput {
            extension: format.extension(),
        });
    }
    let store = ctx.open_existing_store()?;
    let index = crate::year::index(&store, args.year, args.series.as_deref(), args.drafts)?;
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
