//! 10,000 small submission files imported into a new store, one transaction
//! each: the time taken, and the process's memory as the batch goes on.
//! Run: `cargo bench --bench import_files` (prints a table; Linux, for /proc).

use std::path::Path;
use std::time::Instant;

use jianbao::import::{Options, import_paths};
use jianbao::store::Store;

const FILES: usize = 10_000;

fn rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Submissions as units send them: most UTF-8, some GBK, some UTF-16.
fn write_files(dir: &Path) {
    let today = jiff::civil::Date::constant(2026, 11, 27);
    let units = jianbao::demo::units().expect("unit list");
    let mut generator = jianbao::demo::Generator::new(FILES, today, units).expect("generator");
    let mut n = 0;
    while let Some(batch) = generator.next_batch(1000) {
        for item in batch
            .items
            .iter()
            .chain(batch.issues.iter().flat_map(|i| i.items()))
        {
            let text = format!(
                "{}\r\n{}{}\r\n",
                item.headline,
                item.body.join("\r\n"),
                item.attribution()
            );
            let bytes = match n % 10 {
                0 | 1 => encoding_rs::GB18030.encode(&text).0.into_owned(),
                2 => [
                    vec![0xFF, 0xFE],
                    text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect(),
                ]
                .concat(),
                _ => text.into_bytes(),
            };
            let sub = dir.join(format!("{:02}", n / 500));
            std::fs::create_dir_all(&sub).expect("folder");
            std::fs::write(sub.join(format!("{n:05}-{}.txt", item.sources[0])), bytes)
                .expect("write");
            n += 1;
        }
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // cargo test --benches asks for the list of benchmarks
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let files = dir.path().join("来稿");
    write_files(&files);
    let mut store = Store::open(&dir.path().join("store.db")).expect("store");
    store
        .add_units(&jianbao::demo::units().expect("units"))
        .expect("units");
    let opts = Options {
        encoding: None,
        today: jiff::civil::Date::constant(2026, 11, 27),
    };
    let before = rss_kb();
    let mut samples = Vec::new();
    let started = Instant::now();
    let report = import_paths(&mut store, &[files], &opts, |done, _| {
        if done % 2000 == 0 {
            samples.push((done, rss_kb()));
        }
    })
    .expect("import");
    let elapsed = started.elapsed();
    println!(
        "imported {} files in {:.2} s ({} imported, {} already there, {} near-duplicates, {} failed)",
        report.files.len(),
        elapsed.as_secs_f64(),
        report.imported(),
        report.existing(),
        report.near_duplicates(),
        report.failed()
    );
    println!("memory before the batch: {before} kB");
    for (done, kb) in samples {
        println!("  after {done:>5} files: {kb} kB");
    }
}
