//! Laying out Chinese text at 28 字 a line, side by side with the textwrap
//! crate wrapping the same text at the same width (56 columns).
//!
//! textwrap follows UAX #14 only (no 避头尾 tailoring, no indentation
//! rules); jianbao applies the full rule set. Run: `cargo bench --bench layout`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use jianbao::layout::{Block, Options, Role, lay_out};
use std::hint::black_box;
use textwrap::{WordSeparator, WrapAlgorithm};

/// About `bytes` of realistic bulletin paragraphs (the synthetic generator).
fn corpus(bytes: usize) -> Vec<String> {
    let today = jiff::civil::Date::constant(2026, 11, 27);
    let units = jianbao::demo::units().expect("built-in unit list");
    let mut generator = jianbao::demo::Generator::new(1_000_000, today, units).expect("generator");
    let mut out = Vec::new();
    let mut size = 0;
    while size < bytes {
        let Some(batch) = generator.next_batch(100) else {
            break;
        };
        for item in batch
            .items
            .iter()
            .chain(batch.issues.iter().flat_map(|i| i.items()))
        {
            for p in &item.body {
                size += p.len();
                out.push(p.clone());
            }
        }
    }
    out
}

fn ours(paragraphs: &[String]) -> usize {
    let blocks: Vec<Block> = paragraphs
        .iter()
        .map(|p| Block::new(Role::Body, p.as_str()))
        .collect();
    lay_out(
        &blocks,
        Options {
            width: 28,
            ..Options::default()
        },
    )
    .len()
}

fn textwrap_with(paragraphs: &[String], algorithm: WrapAlgorithm) -> usize {
    let opts = textwrap::Options::new(56)
        .initial_indent("　　")
        .word_separator(WordSeparator::UnicodeBreakProperties)
        .wrap_algorithm(algorithm);
    paragraphs
        .iter()
        .map(|p| textwrap::wrap(p, &opts).len())
        .sum()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("layout_28zi");
    group.sample_size(10);
    for mb in [1usize, 10] {
        let text = corpus(mb << 20);
        let bytes: usize = text.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(
            BenchmarkId::new("jianbao", format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| ours(black_box(t))),
        );
        group.bench_with_input(
            BenchmarkId::new("textwrap_optimal_fit", format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| textwrap_with(black_box(t), WrapAlgorithm::new_optimal_fit())),
        );
        group.bench_with_input(
            BenchmarkId::new("textwrap_first_fit", format!("{mb}MB")),
            &text,
            |b, t| b.iter(|| textwrap_with(black_box(t), WrapAlgorithm::FirstFit)),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
