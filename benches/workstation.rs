//! The workstation on a 100,000-item store: the first frame after opening
//! the store, and a key press in the queue drawn to the next frame.
//!
//! The store is made once with the synthetic generator (about 9 s) in a
//! temporary folder, or taken from `JIANBAO_BENCH_DB` to reuse one.
//! Run: `cargo bench --bench workstation`.

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jianbao::settings::Settings;
use jianbao::store::Store;
use jianbao::tui::{App, handle_key, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const SIZE: (u16, u16) = (120, 40);

fn store_path() -> (PathBuf, Option<tempfile::TempDir>) {
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

fn bench(c: &mut Criterion) {
    let (path, _keep) = store_path();
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("backend");

    c.bench_function("first_frame_100k", |b| {
        b.iter(|| {
            let store = Store::open(&path).expect("store");
            let app = App::new(&store, Settings::default(), "bench.db".into(), SIZE).expect("app");
            terminal.draw(|f| render(&app, f)).expect("draw");
        })
    });

    let mut store = Store::open(&path).expect("store");
    let mut app = App::new(&store, Settings::default(), "bench.db".into(), SIZE).expect("app");
    let mut down = true;
    c.bench_function("key_move_100k", |b| {
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
    c.bench_function("key_filter_100k", |b| {
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
    c.bench_function("key_search_100k", |b| {
        b.iter(|| {
            // Types 卫生环境 one character at a time, then erases it.
            if n % 8 < 4 {
                handle_key(&mut app, &mut store, key(typing[n % 4]));
            } else {
                handle_key(
                    &mut app,
                    &mut store,
                    KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
                );
            }
            n += 1;
            terminal.draw(|f| render(&app, f)).expect("draw");
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
