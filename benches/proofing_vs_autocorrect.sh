#!/usr/bin/env bash
# Runs jianbao's proofing and the autocorrect crate (huacnlee/autocorrect)
# on the same corpora:
# - tests/proofing/planted.tsv (punctuation, pairs, spaces, sequences, words):
#   for each line, what each finds or changes;
# - tests/proofing/conventions.tsv (公文 conventions: numbering, 文号, 〇,
#   省略号, the word list, dates and numbers): per line, then per category,
#   errors found, correct fixes, wrong changes and false alarms.
# Usage: benches/proofing_vs_autocorrect.sh [--details]
# autocorrect stays out of jianbao's own build: a scratch crate in a
# temporary folder depends on both. It is built under $CARGO_TARGET_DIR
# (or target/) in proofing-compare/.
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
similar = "2"
TOML
cat > "$dir/src/main.rs" <<'RUST'
use jianbao::check::{CheckSettings, check_item, fixes};
use jianbao::model::Item;
use similar::{DiffOp, TextDiff};

/// autocorrect's rules that put spaces between Chinese and Latin or digits,
/// which Chinese official documents never set.
const NO_SPACES: &str = r#"{"rules":{"space-word":"off","space-punctuation":"off","space-bracket":"off","space-dash":"off","space-backticks":"off","space-dollar":"off"}}"#;

fn item(text: &str) -> Item {
    let body = text.split('¶').map(String::from).collect();
    let mut item = Item::new("标题", body, jiff::civil::Date::constant(2023, 1, 1));
    item.sources = vec!["单位".into()];
    item
}

/// jianbao: the rules that fired, and the text after its safe fixes.
fn jianbao(text: &str) -> (Vec<String>, String) {
    let it = item(text);
    let found = check_item(&it, &CheckSettings::default());
    let mut rules: Vec<String> = found.iter().map(|f| f.rule.name()).collect();
    rules.dedup();
    let fixed = fixes(&it, &found).and_then(|e| e.body).map_or_else(|| text.to_string(), |b| b.join("¶"));
    (rules, fixed)
}

fn autocorrect(text: &str) -> String {
    autocorrect::format(&text.replace('¶', "\n")).replace('\n', "¶")
}

/// A change `new` makes to `old`: the characters of `old` it replaces (an
/// insertion is an empty range where it goes), and whether it only puts in
/// spaces.
struct Change {
    range: (usize, usize),
    spaces: bool,
}

fn changes(old: &str, new: &str) -> Vec<Change> {
    let added: Vec<char> = new.chars().collect();
    TextDiff::from_chars(old, new)
        .ops()
        .iter()
        .filter_map(|op| match *op {
            DiffOp::Equal { .. } => None,
            DiffOp::Delete { old_index, old_len, .. } => Some(Change { range: (old_index, old_index + old_len), spaces: false }),
            DiffOp::Replace { old_index, old_len, .. } => Some(Change { range: (old_index, old_index + old_len), spaces: false }),
            DiffOp::Insert { old_index, new_index, new_len } => Some(Change {
                range: (old_index, old_index),
                spaces: added[new_index..new_index + new_len].iter().all(|c| c.is_whitespace()),
            }),
        })
        .collect()
}

/// Where the planted error is: what the correction changes.
fn site(text: &str, expected: &str) -> (usize, usize) {
    let a: Vec<char> = text.chars().collect();
    let b: Vec<char> = expected.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..].iter().rev().zip(b[pre..].iter().rev()).take_while(|(x, y)| x == y).count();
    (pre, a.len() - suf)
}

fn touches((a, b): (usize, usize), (s, e): (usize, usize)) -> bool {
    a <= e && b >= s
}

#[derive(Default, Clone, Copy)]
struct Score {
    found: usize,
    fixed: usize,
    wrong: usize,
    alarms: usize,
}

struct Line {
    category: String,
    rule: String,
    fix: String,
    text: String,
    expected: String,
}

fn planted(path: &str, defaults: &[String], housed: &[String]) {
    let corpus = std::fs::read_to_string(path).expect("read");
    let lines: Vec<(&str, &str)> = corpus.lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).collect();
    println!("planted\ttext\tjianbao finds\tjianbao fixes to\tautocorrect (default)\tautocorrect (no spaces)");
    for (i, (kind, text)) in lines.iter().enumerate() {
        let (rules, fixed) = jianbao(text);
        let fixed = if fixed == *text { "=".to_string() } else { fixed };
        let same = |s: &String| if s == text { "=".to_string() } else { s.clone() };
        println!("{kind}\t{text}\t{}\t{fixed}\t{}\t{}", if rules.is_empty() { "-".into() } else { rules.join(",") }, same(&defaults[i]), same(&housed[i]));
    }
}

fn main() {
    let root = std::env::args().nth(1).expect("root");
    let details = std::env::args().any(|a| a == "--details");
    let old_path = format!("{root}/tests/proofing/planted.tsv");
    let old: Vec<String> = std::fs::read_to_string(&old_path).expect("read").lines().filter(|l| !l.starts_with('#')).filter_map(|l| l.split_once('\t')).map(|(_, t)| t.to_string()).collect();
    let text = std::fs::read_to_string(format!("{root}/tests/proofing/conventions.tsv")).expect("read");
    let lines: Vec<Line> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Line { category: c[0].into(), rule: c[1].into(), fix: c[2].into(), text: c[3].into(), expected: c[4].into() }
        })
        .collect();
    // autocorrect's configuration is global: everything with its defaults
    // first, then everything with its space rules off.
    let old_defaults: Vec<String> = old.iter().map(|t| autocorrect::format(t)).collect();
    let defaults: Vec<String> = lines.iter().map(|l| autocorrect(&l.text)).collect();
    autocorrect::config::load(NO_SPACES).expect("config");
    let old_housed: Vec<String> = old.iter().map(|t| autocorrect::format(t)).collect();
    let housed: Vec<String> = lines.iter().map(|l| autocorrect(&l.text)).collect();

    planted(&old_path, &old_defaults, &old_housed);
    println!();

    let categories: Vec<String> = lines.iter().fold(Vec::new(), |mut v, l| {
        if !v.contains(&l.category) {
            v.push(l.category.clone());
        }
        v
    });
    if details {
        println!("category\trule\ttext\tjianbao finds\tjianbao fixes to\tautocorrect (default)\tautocorrect (no spaces)");
    }
    let mut rows = Vec::new();
    for category in &categories {
        let mut score = [Score::default(); 3];
        let (mut n, mut auto, mut clean) = (0, 0, 0);
        for (i, l) in lines.iter().enumerate().filter(|(_, l)| &l.category == category) {
            let ok = l.rule == "ok";
            if ok {
                clean += 1;
            } else {
                n += 1;
            }
            if l.fix == "auto" {
                auto += 1;
            }
            let at = site(&l.text, &l.expected);
            let (rules, fixed) = jianbao(&l.text);
            let j = &mut score[0];
            if ok {
                j.alarms += usize::from(!rules.is_empty() || fixed != l.text);
            } else {
                j.found += usize::from(rules.contains(&l.rule));
                j.alarms += usize::from(rules.iter().any(|r| *r != l.rule));
            }
            j.fixed += usize::from(!ok && fixed == l.expected);
            j.wrong += usize::from(fixed != l.text && fixed != l.expected);
            for (k, out) in [(1, &defaults[i]), (2, &housed[i])] {
                let s = &mut score[k];
                let changed = changes(&l.text, out);
                if ok {
                    s.alarms += usize::from(!changed.is_empty());
                } else {
                    // Spaces put in beside the error neither find nor mend it.
                    let finds = |c: &Change| touches(c.range, at) && !c.spaces;
                    s.found += usize::from(changed.iter().any(finds));
                    s.alarms += usize::from(changed.iter().any(|c| !finds(c)));
                }
                s.fixed += usize::from(!ok && *out == l.expected);
                s.wrong += usize::from(*out != l.text && *out != l.expected);
            }
            if details {
                let same = |s: &String| if *s == l.text { "=".to_string() } else { s.clone() };
                let shown = if rules.is_empty() { "-".to_string() } else { rules.join(",") };
                println!("{category}\t{}\t{}\t{shown}\t{}\t{}\t{}", l.rule, l.text, same(&fixed), same(&defaults[i]), same(&housed[i]));
            }
        }
        rows.push((category.clone(), n, auto, clean, score));
    }
    if details {
        println!();
    }
    println!("Per category (conventions.tsv): found = the planted error reported (jianbao: by its rule; autocorrect: a change to the error's characters, spaces put in beside them not counted); fixes = the line made exactly right (of the errors with one certain correction); wrong = lines changed into something not right; false alarms = correct lines flagged or changed, and planted lines where something else was flagged or changed (spaces put in included).");
    println!();
    println!("| category | planted (certain fix) | correct lines | jianbao found | jianbao fixes | jianbao wrong | jianbao false alarms | autocorrect found | autocorrect fixes | autocorrect wrong | autocorrect false alarms | autocorrect, spaces off: found | fixes | wrong | false alarms |");
    println!("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    let mut total = (0, 0, 0, [Score::default(); 3]);
    for (category, n, auto, clean, s) in &rows {
        println!(
            "| {category} | {n} ({auto}) | {clean} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s[0].found, s[0].fixed, s[0].wrong, s[0].alarms, s[1].found, s[1].fixed, s[1].wrong, s[1].alarms, s[2].found, s[2].fixed, s[2].wrong, s[2].alarms
        );
        total.0 += n;
        total.1 += auto;
        total.2 += clean;
        for k in 0..3 {
            total.3[k].found += s[k].found;
            total.3[k].fixed += s[k].fixed;
            total.3[k].wrong += s[k].wrong;
            total.3[k].alarms += s[k].alarms;
        }
    }
    let (n, auto, clean, s) = total;
    println!(
        "| all | {n} ({auto}) | {clean} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        s[0].found, s[0].fixed, s[0].wrong, s[0].alarms, s[1].found, s[1].fixed, s[1].wrong, s[1].alarms, s[2].found, s[2].fixed, s[2].wrong, s[2].alarms
    );
    println!();
    println!("autocorrect {}", env!("AUTOCORRECT_VERSION"));
}
RUST
cat > "$dir/build.rs" <<'RUST'
// The autocorrect version the comparison ran with, from Cargo.lock.
fn main() {
    let lock = std::fs::read_to_string("Cargo.lock").unwrap_or_default();
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"autocorrect\""))
        .and_then(|p| p.lines().find(|l| l.starts_with("version")))
        .and_then(|l| l.split('"').nth(1))
        .unwrap_or("?")
        .to_string();
    println!("cargo:rustc-env=AUTOCORRECT_VERSION={version}");
    println!("cargo:rerun-if-changed=Cargo.lock");
}
RUST
cd "$dir" && CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}/proofing-compare" \
    cargo run --quiet --release -- "$root" "$@"
