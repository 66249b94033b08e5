//! `feedback UNIT`: the sheet an editor sends to a unit's 信息员, as text
//! or as a Word file.

use std::io::Write;

use super::args::FeedbackArgs;
use super::review::so_far;
use super::{Context, emit};
use crate::error::{Error, Result};
use crate::export::write_atomic;
use crate::feedback::text;
use crate::i18n::{Key, tf};

const FORMATS: &[&str] = &["text", "docx"];

pub fn feedback(ctx: &Context, args: FeedbackArgs, out: &mut dyn Write) -> Result<()> {
    let docx = match args.format.trim() {
        "text" => false,
        "docx" => true,
        other => {
            return Err(Error::UnknownFormat {
                name: other.to_string(),
                known: FORMATS,
            });
        }
    };
    if docx && args.output.is_none() {
        return Err(Error::BinaryToTerminal { extension: "docx" });
    }
    let today = ctx.today();
    let period = so_far(today, args.from.as_deref(), args.to.as_deref())?;
    let store = ctx.open_existing_store()?;
    let s = store.feedback_sheet(&args.unit, period)?;
    let office = &ctx.settings.publisher;
    let Some(path) = args.output.as_deref() else {
        let text = text(&s, office, today);
        return out
            .write_all(super::printable_lines(&text).as_bytes())
            .map_err(|e| Error::io("<stdout>", e));
    };
    let bytes = if docx {
        crate::feedback::docx(&s, office, today)?
    } else {
        text(&s, office, today).into_bytes()
    };
    write_atomic(path, &bytes)?;
    emit(out, tf(Key::Exported, &[&path.display()]))
}
