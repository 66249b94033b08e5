//! Sample data for trying jianbao, and synthetic data for load tests.

pub mod data;
mod synthetic;

use jiff::civil::Date;

use crate::error::{Error, FileProblem, Result};
use crate::model::{Issue, UnitList};
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
    toml::from_str(data::UNITS).map_err(|e| Error::DemoData {
        name: "data/units.toml",
        problem: FileProblem::Toml(e.message().to_string()),
    })
}

/// Loads the district's unit list, the sample issue and the sample submissions.
/// Running it twice adds nothing the second time.
pub fn load_samples(store: &mut Store, today: Date) -> Result<DemoReport> {
    let mut report = DemoReport {
        units: store.add_units(&units()?)?,
        ..DemoReport::default()
    };
    let issue = crate::bulletin::parse(data::BULLETIN.1).map_err(|e| Error::DemoData {
        name: data::BULLETIN.0,
        problem: FileProblem::Bulletin(e),
    })?;
    let exists = store
        .find_issue(
            Some(&issue.series),
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
            crate::submission::parse(text, today).map_err(|e| Error::DemoData {
                name,
                problem: FileProblem::Submission(e),
            })?,
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
    // Number the generated issues after those already in the store.
    let mut next: std::collections::HashMap<i16, u32> = std::collections::HashMap::new();
    while let Some(mut batch) = generator.next_batch(10_000) {
        // Each batch is stored whole or not at all. A run that was killed
        // is resumed by running it again: batches already stored (the
        // generator makes the same items again) are passed over.
        let size = batch
            .issues
            .iter()
            .map(|i| i.items().count())
            .sum::<usize>()
            + batch.items.len();
        let first = batch
            .issues
            .iter()
            .flat_map(Issue::items)
            .chain(&batch.items)
            .next();
        if let Some(item) = first
            && store.find_same(item)?.is_some()
        {
            done += size;
            progress(done);
            continue;
        }
        for issue in &mut batch.issues {
            let n = match next.get(&issue.year) {
                Some(&n) => n,
                None => store.next_number(&issue.series, issue.year, false)?,
            };
            issue.number = n;
            next.insert(issue.year, n + 1);
        }
        done += store.bulk_add(&batch.issues, &batch.items)?;
        progress(done);
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_file_is_built_in_and_parses() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        on_disk.sort();
        let built_in: Vec<String> = data::SAMPLES.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(
            built_in, on_disk,
            "src/demo/data.rs lists exactly the files in data/samples"
        );
        let today = Date::new(2023, 9, 1).unwrap();
        let units = units().unwrap();
        assert_eq!(units.first_clash(), None);
        for (name, text) in data::SAMPLES {
            let item =
                crate::submission::parse(text, today).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(!item.body.is_empty(), "{name}");
            if !name.starts_with("11-") {
                assert!(!item.sources.is_empty(), "{name} names its unit");
                for unit in &item.sources {
                    assert!(
                        units.canonical(unit).is_some(),
                        "{name}: unknown unit {unit}"
                    );
                }
            }
        }
    }

    #[test]
    fn loading_twice_adds_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let today = Date::new(2023, 9, 1).unwrap();
        let first = load_samples(&mut store, today).unwrap();
        assert_eq!(
            (first.samples_added, first.issue_added),
            (data::SAMPLES.len(), true)
        );
        let second = load_samples(&mut store, today).unwrap();
        assert_eq!(
            (second.units, second.samples_added, second.issue_added),
            (0, 0, false)
        );
        assert_eq!(second.samples_existing, data::SAMPLES.len());
    }

    #[test]
    fn synthetic_issues_are_numbered_after_the_existing_ones() {
        let mut store = Store::open_in_memory().unwrap();
        load_samples(&mut store, Date::new(2023, 9, 1).unwrap()).unwrap();
        let today = Date::new(2024, 6, 1).unwrap();
        let n = load_synthetic(&mut store, 2000, today, |_| {}).unwrap();
        assert_eq!(n, 2000);
        let issues = store.issues().unwrap();
        let numbers: Vec<u32> = issues
            .iter()
            .filter(|i| i.year == 2023)
            .map(|i| i.number)
            .rev()
            .collect();
        assert_eq!(
            numbers,
            (56..56 + numbers.len() as u32).collect::<Vec<_>>(),
            "after 第56期, no gap"
        );
        assert_eq!(
            store.counts().unwrap().total(),
            2000 + data::SAMPLES.len() + 8
        );
        // Run again (as after a kill): what is stored is passed over, not
        // refused, and nothing is added twice.
        let issues = store.issues().unwrap().len();
        assert_eq!(
            load_synthetic(&mut store, 2000, today, |_| {}).unwrap(),
            2000
        );
        assert_eq!(store.issues().unwrap().len(), issues);
        assert_eq!(
            store.counts().unwrap().total(),
            2000 + data::SAMPLES.len() + 8
        );
    }
}
