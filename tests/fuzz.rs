//! Fuzzing on stable Rust: each target starts from its seed corpus in
//! `tests/fuzz/<target>/`, mutates inputs at random (bit flips, interesting
//! bytes, dictionary tokens of the formats, splices between seeds) and runs
//! them through the code under test. A panic fails the test with the input
//! saved; an input that runs longer than `HANG` aborts the run with the
//! input saved; the peak memory of the whole run must stay under `MEMORY`.
//!
//! `cargo test --test fuzz` runs each target for a few seconds (CI). Long
//! runs: `JIANBAO_FUZZ_SECS=600 JIANBAO_FUZZ_SEED=7 cargo test --release
//! --test fuzz -- --nocapture --test-threads 2`; docs/reliability.md records
//! them.

use std::io::Write;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use jianbao::layout::{Metric, Options, lay_out, wrap_text};
use jianbao::model::Date;

const HANG: Duration = Duration::from_secs(10);
const MEMORY_MB: u64 = 1024;
/// Inputs grow at most to this many bytes.
const MAX_LEN: usize = 256 * 1024;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces of the formats worth splicing in whole.
const TOKENS: &[&str] = &[
    "第",
    "期",
    "第 55 期",
    "（",
    "）",
    "（区法院 区检察院）",
    "△",
    "△ ",
    "\n",
    "\r\n",
    "\n\n",
    "本期送：",
    "发：",
    "报：",
    "责任编辑：",
    "共印",
    "份",
    "2023 年 8 月 14 日",
    "　",
    " ",
    "一是",
    "二是",
    "（一）",
    "1.",
    "“",
    "”",
    "…",
    "——",
    "·",
    "①",
    "，",
    "。",
    "、",
    "标题：",
    "单位：",
    "日期：",
    "\u{1b}[31m",
    "\u{1b}]0;x\u{7}",
    "\u{202e}",
    "\u{200d}",
    "\u{0}",
    "\u{feff}",
    "👨‍👩‍👧",
    "e\u{301}",
    "\u{fffd}",
    "<w:p>",
    "</w:p>",
    "<w:r>",
    "<w:t>",
    "</w:t>",
    "</w:r>",
    "<w:b/>",
    "<w:tab/>",
    "<w:br/>",
    "<w:tbl>",
    "<w:tr>",
    "<w:tc>",
    "<w:fldChar w:fldCharType=\"begin\"/>",
    "<w:instrText>",
    "&amp;",
    "&#x0;",
    "&#xD800;",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>",
    "&a;",
];

const INTERESTING: &[u8] = &[
    0, 0x7f, 0x80, 0xff, 0xe3, 0x80, 0x80, b'<', b'>', b'&', b'\n', b'\r',
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, seeds: &[Vec<u8>]) {
    for _ in 0..1 + rng.below(8) {
        let len = input.len();
        match rng.below(9) {
            0 if len > 0 => {
                let at = rng.below(len);
                input[at] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let at = rng.below(len);
                input[at] = INTERESTING[rng.below(INTERESTING.len())];
            }
            2 => {
                let at = rng.below(len + 1);
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                input.splice(at..at, token.iter().copied());
            }
            3 if len > 0 => {
                let from = rng.below(len);
                let to = (from + 1 + rng.below(64)).min(len);
                input.drain(from..to);
            }
            4 if len > 0 => {
                // Repeat a stretch many times: long lines, deep nesting.
                let from = rng.below(len);
                let to = (from + 1 + rng.below(32)).min(len);
                let piece = input[from..to].to_vec();
                let most = if rng.below(8) == 0 { 4000 } else { 16 };
                let times = 1 + rng.below(most);
                for _ in 0..times {
                    input.splice(from..from, piece.iter().copied());
                }
            }
            5 => {
                // Splice in part of another seed.
                let other = &seeds[rng.below(seeds.len())];
                if !other.is_empty() {
                    let from = rng.below(other.len());
                    let to = (from + 1 + rng.below(256)).min(other.len());
                    let at = rng.below(len + 1);
                    input.splice(at..at, other[from..to].iter().copied());
                }
            }
            6 if len > 0 => input.truncate(rng.below(len)),
            7 => {
                let at = rng.below(len + 1);
                let bytes: Vec<u8> = (0..1 + rng.below(8)).map(|_| rng.next() as u8).collect();
                input.splice(at..at, bytes);
            }
            _ => {
                // A random CJK character.
                let c = char::from_u32(0x4E00 + rng.below(0x5000) as u32).unwrap_or('字');
                let at = rng.below(len + 1);
                let mut buf = [0u8; 4];
                input.splice(at..at, c.encode_utf8(&mut buf).bytes());
            }
        }
        input.truncate(MAX_LEN);
    }
}

fn fuzz_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz")
}

fn seeds(target: &str) -> Vec<Vec<u8>> {
    let dir = fuzz_dir().join(target);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    let seeds: Vec<Vec<u8>> = paths.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

/// Where a failing input is kept for reproduction.
fn save(target: &str, kind: &str, input: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-findings");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{target}-{kind}-{:016x}.bin", hash(input)));
    std::fs::write(&path, input).unwrap();
    path
}

fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

fn peak_memory_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

fn seconds() -> u64 {
    std::env::var("JIANBAO_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
}

/// Runs `target` on its seeds and then on mutations of them until the time
/// is up; returns how many inputs ran.
fn fuzz(target: &'static str, run: fn(&[u8])) -> u64 {
    let seeds = seeds(target);
    let seed = std::env::var("JIANBAO_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let mut rng = Rng(seed ^ hash(target.as_bytes()));
    let budget = Duration::from_secs(seconds());
    let started = Instant::now();

    // The watchdog: an input that runs past HANG ends the process, saved.
    let current: Arc<std::sync::Mutex<Vec<u8>>> = Arc::default();
    let began = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicU64::new(0));
    let watchdog = {
        let (current, began, stop) = (current.clone(), began.clone(), stop.clone());
        std::thread::spawn(move || {
            while stop.load(Ordering::Relaxed) == 0 {
                std::thread::sleep(Duration::from_millis(200));
                let at = began.load(Ordering::Relaxed);
                let now = started.elapsed().as_millis() as u64;
                if at > 0 && now.saturating_sub(at) > HANG.as_millis() as u64 {
                    let input = current.lock().map(|c| c.clone()).unwrap_or_default();
                    let path = save(target, "hang", &input);
                    let _ = writeln!(
                        std::io::stderr(),
                        "{target}: an input ran past {HANG:?}: {}",
                        path.display()
                    );
                    std::process::abort();
                }
            }
        })
    };

    let mut runs = 0u64;
    let mut queue: Vec<Vec<u8>> = seeds.clone();
    while started.elapsed() < budget || !queue.is_empty() {
        let input = queue.pop().unwrap_or_else(|| {
            let mut input = seeds[rng.below(seeds.len())].clone();
            mutate(&mut rng, &mut input, &seeds);
            input
        });
        if let Ok(mut c) = current.lock() {
            c.clone_from(&input);
        }
        began.store(
            started.elapsed().as_millis().max(1) as u64,
            Ordering::Relaxed,
        );
        let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| run(&input)));
        began.store(0, Ordering::Relaxed);
        if let Err(e) = outcome {
            let message = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let path = save(target, "panic", &input);
            panic!("{target} panicked ({message}) on {}", path.display());
        }
        runs += 1;
    }
    stop.store(1, Ordering::Relaxed);
    watchdog.join().unwrap();
    let peak = peak_memory_mb();
    eprintln!(
        "{target}: {runs} inputs in {:.0?} ({:.0}/s), peak memory {peak} MB",
        started.elapsed(),
        runs as f64 / started.elapsed().as_secs_f64()
    );
    assert!(peak < MEMORY_MB, "{target}: peak memory {peak} MB");
    runs
}

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

#[test]
fn bulletin_parser() {
    fuzz("bulletin", |data| {
        let text = text(data);
        if let Ok(issue) = jianbao::bulletin::parse(&text) {
            // Whatever it reads, it can write and read again.
            let again = jianbao::export::text(&issue, Options::default());
            let _ = jianbao::bulletin::parse(&again);
        }
    });
}

#[test]
fn submission_parser() {
    fuzz("submission", |data| {
        let _ = jianbao::import::decode(data, None);
        let _ = jianbao::submission::parse(&text(data), Date::constant(2024, 1, 1));
    });
}

/// A minimal Word package around `xml` as its document.
fn docx_around(xml: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(xml).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn docx_reader() {
    fuzz("docx", |data| {
        // The document XML inside a sound package, and the bytes as a package.
        let _ = jianbao::import::docx::read(&docx_around(data));
        let _ = jianbao::import::docx::read(data);
    });
}

#[test]
fn layout_engine() {
    fuzz("layout", |data| {
        let (first, rest) = data.split_first().unwrap_or((&28, &[]));
        let text = text(rest);
        for metric in [Metric::Print, Metric::NarrowAmbiguous] {
            let opts = Options {
                width: usize::from(*first % 40),
                metric,
                hang: first % 2 == 0,
                page_lines: usize::from(first % 7) * 4,
                indent: usize::from(first % 3),
            };
            let set = wrap_text(&text, opts);
            // Every character of the text is set, in order.
            let kept = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count();
            if opts.page_lines == 0 {
                assert!(kept(&set) >= kept(&text), "characters were lost");
            }
            let mut issue = jianbao::model::Issue::new(text.clone(), 2024, 1);
            issue.articles.push(jianbao::model::Item::new(
                text.clone(),
                vec![text.clone()],
                Date::constant(2024, 1, 1),
            ));
            let _ = lay_out(
                &jianbao::bulletin::compose(&issue, jianbao::bulletin::HeadlineStyle::Auto),
                opts,
            );
        }
    });
}

#[test]
fn the_seed_corpora_are_in_the_repository() {
    for target in ["bulletin", "submission", "docx", "layout"] {
        assert!(seeds(target).len() >= 3, "{target}");
    }
    assert!(Path::new(&fuzz_dir()).join("README.md").exists());
}
