#!/usr/bin/env bash
# Runs jianbao's proofing and the autocorrect crate (huacnlee/autocorrect)
# on the same planted-error corpus, tests/proofing/planted.tsv, and prints
# for each line what each finds or changes.
# Usage: benches/proofing_vs_autocorrect.sh
# autocorrect stays out of jianbao's own build: a scratch crate in a
# temporary folder depends on both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/src"
cat > "$dir/Cargo.toml" <<TOML
[package]
name = "proofing-compare"
version = "0.0.0"
edition = "2024"
[dependencies]
jianbao = { path = "$root", default-features = false }
autocorrect = "2"
jiff = "1"
TOML
cat > "$dir/src/main.rs" <<'RUST'
use jianbao::check::{CheckSettings, check_item, fixes};
use jianbao::model::Item;

fn main() {
    let corpus = std::fs::read_to_string(std::env::args().nth(1).expect("corpus")).expect("read");
    // autocorrect as shipped, then with its space rules off (house style).
    let house = r#"{"rules":{"space-word":"off","space-punctuation":"off","space-bracket":"off","space-dash":"off","space-backticks":"off","space-dollar":"off"}}"#;
    let lines: Vec<(&str, &str)> = corpus.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).collect();
    let defaults: Vec<String> = lines.iter().map(|(_, t)| autocorrect::format(t)).collect();
    autocorrect::config::load(house).expect("config");
    let housed: Vec<String> = lines.iter().map(|(_, t)| autocorrect::format(t)).collect();
    println!("planted\ttext\tjianbao finds\tjianbao fixes to\tautocorrect (default)\tautocorrect (no spaces)");
    for (i, (kind, text)) in lines.iter().enumerate() {
        let mut item = Item::new("标题", vec![text.to_string()], jiff::civil::Date::constant(2023, 1, 1));
        item.sources = vec!["单位".into()];
        let found = check_item(&item, &CheckSettings::default());
        let mut rules: Vec<String> = found.iter().map(|f| f.rule.name()).collect();
        rules.dedup();
        let fixed = fixes(&item, &found).and_then(|e| e.body).map(|b| b.join("")).unwrap_or_else(|| "=".into());
        let same = |s: &String| if s == text { "=".to_string() } else { s.clone() };
        println!("{kind}\t{text}\t{}\t{fixed}\t{}\t{}", if rules.is_empty() { "-".into() } else { rules.join(",") }, same(&defaults[i]), same(&housed[i]));
    }
}
RUST
cd "$dir" && CARGO_TARGET_DIR="$root/target/proofing-compare" cargo run --quiet --release -- "$root/tests/proofing/planted.tsv"
