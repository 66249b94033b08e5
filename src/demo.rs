//! Sample data for trying jianbao, and synthetic data for load tests.

pub mod data;
mod synthetic;

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::model::UnitList;
use crate::store::{Added, Store};

pub use synthetic::{Generator, Rng};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoReport {
    pub units: usize,
    /// Whether the sample issue was added (false: it was already there).
    pub issue_added: bool,
    pub samples_added: usize,
    pub samples_existing: usize,
}

pub fn units() -> Result<UnitList> {
    toml::from_str(data::UNITS)
        .map_err(|e| Error::Invalid(format!("data/units.toml: {}", e.message())))
}

/// Loads the district's unit list, the sample issue and the sample submissions.
/// Running it twice adds nothing the second time.
pub fn load_samples(store: &mut Store, today: Date) -> Result<DemoReport> {
    let mut report = DemoReport {
        units: store.add_units(&units()?)?,
        ..DemoReport::default()
    };
    let issue = crate::bulletin::parse(data::BULLETIN.1)
        .map_err(|e| Error::Invalid(format!("{}: {e}", data::BULLETIN.0)))?;
    let exists = store
        .find_issue(
            &issue.series,
            Some(issue.year),
            issue.number,
            issue.supplement,
        )
        .is_ok();
    if !exists {
        store.import_issue(&issue, data::BULLETIN.0)?;
        report.issue_added = true;
    }
    let mut items = Vec::with_capacity(data::SAMPLES.len());
    for (name, text) in data::SAMPLES {
        items.push(
            crate::submission::parse(text, today)
                .map_err(|e| Error::Invalid(format!("{name}: {e}")))?,
        );
    }
    for added in store.add_items(&items, "demo")? {
        match added {
            Added::New(_) => report.samples_added += 1,
            Added::Exists(_) => report.samples_existing += 1,
        }
    }
    Ok(report)
}

/// Adds `n` generated items (and the final issues that published some of
/// them), dated over the three years up to `today`. `progress` hears how
/// many are stored so far.
pub fn load_synthetic(
    store: &mut Store,
    n: usize,
    today: Date,
    mut progress: impl FnMut(usize),
) -> Result<usize> {
    let mut generator = Generator::new(n, today, units()?)?;
    let mut done = 0;
    while let Some(batch) = generator.next_batch(10_000) {
        done += store.bulk_add(&batch.issues, &batch.items)?;
        progress(done);
    }
    Ok(done)
}
