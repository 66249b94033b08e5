//! The desk's year from the workstation: the 催报 notice, the annual index
//! and the receipts, each written into the export folder by the same
//! library calls as `remind`, `index` and `receipts`.

use super::super::app::App;
use crate::error::Result;
use crate::export::{Format, render_index, write_atomic};
use crate::i18n::{Key, t, tf};
use crate::layout::Metric;
use crate::stats::{Period, notice_docx, notice_parts};
use crate::store::Store;
use crate::year::{index_stem, nobody_to_chase, notice_stem, receipt_name, reminder};

/// This quarter's notice up to today, as `remind -f docx -o` writes it.
pub fn remind(app: &mut App, store: &Store) -> Result<()> {
    let period = Period::quarter_to(app.today);
    let r = reminder(store, &app.settings, period, app.today)?;
    let parts = notice_parts(&r, &app.settings.publisher, period, app.today);
    let path = app.export_dir.join(format!("{}.docx", notice_stem(period)));
    write_atomic(&path, &notice_docx(&parts)?)?;
    if nobody_to_chase(&r) {
        app.info(tf(
            Key::MsgNobodyToChase,
            &[&period.label(), &path.display()],
        ));
    } else {
        app.info(tf(Key::Exported, &[&path.display()]));
    }
    Ok(())
}

/// The open issue's year and series, as `index --year Y --series S -f docx
/// -o` writes it.
pub fn index(app: &mut App, store: &Store) -> Result<()> {
    let Some((year, series)) = app
        .assembly
        .issue
        .as_ref()
        .map(|i| (i.year, i.series.clone()))
    else {
        app.error(t(Key::NoIssueHint));
        return Ok(());
    };
    let index = crate::year::index(store, year, Some(&series), false)?;
    let path = app
        .export_dir
        .join(format!("{}.docx", index_stem(year, &series)));
    write_atomic(&path, &render_index(&index, Format::Docx, Metric::Print)?)?;
    app.info(tf(Key::Exported, &[&path.display()]));
    Ok(())
}

/// The receipts for `office`, as `receipts --to OFFICE -o` writes them.
pub fn receipts(app: &mut App, store: &Store, office: &str) -> Result<()> {
    let path = app.export_dir.join(receipt_name(office));
    let n = crate::chain::receipts(store, &app.settings, office, &path, app.today)?;
    app.info(tf(
        Key::ReceiptsWritten,
        &[&office.trim(), &n, &path.display()],
    ));
    Ok(())
}
