//! The workstation on a 100,000-item store and, when one is given, on a
//! 1,000,000-item store in the same run: the first frame after opening the
//! store, a key press in the queue drawn to the next frame, and the first
//! page of a search (the keystroke that completes the query, drawn).
//!
//! The 100,000-item store is made once with the synthetic generator (about
//! 20 s) in a temporary folder, or taken from `JIANBAO_BENCH_DB`. The large
//! store is only taken from `JIANBAO_BENCH_DB_1M` (made by `jianbao --db
//! PATH demo --synthetic 1000000`, several minutes); without it only the
//! 100,000 figures are measured. `benches/scale.sh` runs both and prints
//! the ratios.
//! Run: `cargo bench --bench workstation`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jianbao::settings::Settings;
use jianbao::store::Store;
use jianbao::tui::{App, handle_key, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZE: (u16, u16) = (120, 40);

/// One character, two common characters, a common word and a rare one.
const QUERIES: [&str; 5] = ["网", "区", "卫生", "垃圾分类", "飞线充电"];

fn small_store() -> (PathBuf, Option<tempfile::TempDir>) {
    if let Ok(p) = std::env::var("JIANBAO_BENCH_DB") {
        let path = PathBuf::from(p);
        if path.exists() {
            return (path, None);
        }
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.db");
    let mut store = Store::open(&path).expect("store");
    let today = jiff::civil::Date::constant(2026, 11, 27);
    jianbao::demo::load_samples(&mut store, today).expect("samples");
    jianbao::demo::load_synthetic(&mut store, 100_000, today, |_| {}).expect("synthetic");
    (path, Some(dir))
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn backspace() -> KeyEvent {
    KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)
}

fn bench_store(c: &mut Criterion, path: &Path, size: &str) {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("backend");

    c.bench_function(&format!("first_frame/{size}"), |b| {
        b.iter(|| {
            let store = Store::open(path).expect("store");
            let app = App::new(&store, Settings::default(), "bench.db".into(), SIZE).expect("app");
            terminal.draw(|f| render(&app, f)).expect("draw");
        })
    });

    let mut store = Store::open(path).expect("store");
    let mut app = App::new(&store, Settings::default(), "bench.db".into(), SIZE).expect("app");
    let mut down = true;
    c.bench_function(&format!("key_move/{size}"), |b| {
        b.iter(|| {
            // Walks down and back so that pages load and drop as in use.
            let k = if down { 'j' } else { 'k' };
            handle_key(&mut app, &mut store, key(k));
            if app.queue.selected == 0 || app.queue.selected > 900 {
                down = !down;
            }
            terminal.draw(|f| render(&app, f)).expect("draw");
        })
    });

    let filters = ['2', '3', '4', '5', '1'];
    let mut at = 0;
    c.bench_function(&format!("key_filter/{size}"), |b| {
        b.iter(|| {
            handle_key(&mut app, &mut store, key(filters[at % filters.len()]));
            at += 1;
            terminal.draw(|f| render(&app, f)).expect("draw");
        })
    });

    handle_key(&mut app, &mut store, key('5'));
    handle_key(&mut app, &mut store, key('/'));
    let typing = ['卫', '生', '环', '境'];
    let mut n = 0;
    c.bench_function(&format!("key_search/{size}"), |b| {
        b.iter(|| {
            // Types 卫生环境 one character at a time, then erases it.
            if n % 8 < 4 {
                handle_key(&mut app, &mut store, key(typing[n % 4]));
            } else {
                handle_key(&mut app, &mut store, backspace());
            }
            n += 1;
            terminal.draw(|f| render(&app, f)).expect("draw");
        })
    });

    // Whatever the last sample left typed is cleared (Ctrl-U).
    handle_key(
        &mut app,
        &mut store,
        KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    );
    for (i, query) in QUERIES.iter().enumerate() {
        let chars: Vec<char> = query.chars().collect();
        let (last, head) = chars.split_last().expect("query");
        for &ch in head {
            handle_key(&mut app, &mut store, key(ch));
        }
        // Only the completing keystroke is timed; erasing it is not.
        c.bench_function(&format!("search_first_page/{size}/{i}_{query}"), |b| {
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    handle_key(&mut app, &mut store, key(*last));
                    terminal.draw(|f| render(&app, f)).expect("draw");
                    spent += start.elapsed();
                    handle_key(&mut app, &mut store, backspace());
                }
                spent
            })
        });
        for _ in head {
            handle_key(&mut app, &mut store, backspace());
        }
    }
}

fn bench(c: &mut Criterion) {
    let (small, _keep) = small_store();
    bench_store(c, &small, "100k");
    match std::env::var("JIANBAO_BENCH_DB_1M").map(PathBuf::from) {
        Ok(large) if large.exists() => bench_store(c, &large, "1m"),
        _ => {
            eprintln!("JIANBAO_BENCH_DB_1M not set to a store: the 1,000,000-item figures skipped")
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
