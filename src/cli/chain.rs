//! forward | receipts: desks in a chain — items up as 报送单 and a bundle,
//! receipts back down. The work is `crate::chain`'s; this prints it.

use std::io::Write;

use super::args::{ForwardArgs, ReceiptsArgs};
use super::{Context, emit};
use crate::error::Result;
use crate::i18n::{Key, tf};
use crate::model::ItemId;

/// `forward ITEM... --to OFFICE -o DIR`.
pub fn forward(ctx: &Context, args: &ForwardArgs, out: &mut dyn Write) -> Result<()> {
    let mut store = ctx.open_existing_store()?;
    let ids: Vec<ItemId> = args.items.iter().copied().map(ItemId).collect();
    // A reviewer named for this forward stands in for the settings' one.
    let mut settings = ctx.settings.clone();
    if let Some(name) = &args.secrecy_reviewer {
        settings.forward.secrecy_reviewer = name.clone();
    }
    let sent = crate::chain::forward(
        &mut store,
        &settings,
        &ids,
        &args.to,
        &args.output,
        ctx.today(),
    )?;
    emit(
        out,
        tf(
            Key::Forwarded,
            &[&ids.len(), &args.to.trim(), &sent.bundle.display()],
        ),
    )?;
    for form in &sent.forms {
        emit(out, tf(Key::ForwardedForm, &[&form.display()]))?;
    }
    Ok(())
}

/// `receipts --to OFFICE -o FILE`.
pub fn receipts(ctx: &Context, args: &ReceiptsArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open_existing_store()?;
    let n = crate::chain::receipts(&store, &ctx.settings, &args.to, &args.output, ctx.today())?;
    emit(
        out,
        tf(
            Key::ReceiptsWritten,
            &[&args.to.trim(), &n, &args.output.display()],
        ),
    )
}
