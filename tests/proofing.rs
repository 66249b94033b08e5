//! jianbao's proofing against the planted-error corpus of 公文 conventions,
//! tests/proofing/conventions.tsv: every planted error is found by its rule
//! and by nothing else, every certain correction is made exactly, what only
//! the editor can settle is left as written, and no correct line is flagged.

use jianbao::check::{CheckSettings, check_item, fixes};
use jianbao::model::Item;

struct Line {
    number: usize,
    category: String,
    rule: String,
    fix: String,
    text: String,
    expected: String,
}

fn corpus() -> Vec<Line> {
    let text = include_str!("proofing/conventions.tsv");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 5, "line {}: {l}", n + 1);
            Line {
                number: n + 1,
                category: cols[0].into(),
                rule: cols[1].into(),
                fix: cols[2].into(),
                text: cols[3].into(),
                expected: cols[4].into(),
            }
        })
        .collect()
}

fn item(text: &str) -> Item {
    let body = text.split('¶').map(String::from).collect();
    let mut item = Item::new("标题", body, jiff::civil::Date::constant(2023, 8, 1));
    item.sources = vec!["单位".into()];
    item
}

/// The rules that fired, and the text after the safe fixes.
fn proofread(text: &str) -> (Vec<String>, String) {
    let it = item(text);
    let found = check_item(&it, &CheckSettings::default());
    let rules = found.iter().map(|f| f.rule.name()).collect();
    let fixed = fixes(&it, &found)
        .and_then(|e| e.body)
        .map_or_else(|| text.to_string(), |b| b.join("¶"));
    (rules, fixed)
}

#[test]
fn every_category_has_planted_errors_and_correct_lines() {
    let lines = corpus();
    for category in [
        "numbering",
        "document-number",
        "year-zero",
        "ellipsis",
        "words",
        "dates-numbers",
    ] {
        let of = |ok: bool| {
            lines
                .iter()
                .filter(|l| l.category == category && (l.rule == "ok") == ok)
                .count()
        };
        assert!(of(false) >= 5 && of(true) >= 4, "{category}");
    }
    for l in &lines {
        assert!(
            matches!(l.fix.as_str(), "auto" | "editor" | "-"),
            "line {}",
            l.number
        );
        assert_eq!(
            l.rule == "ok",
            l.text == l.expected,
            "line {}: a planted line is corrected, a correct one is not",
            l.number
        );
    }
}

#[test]
fn planted_errors_are_found_and_the_certain_ones_fixed() {
    let mut wrong = Vec::new();
    for l in corpus().iter().filter(|l| l.rule != "ok") {
        let (rules, fixed) = proofread(&l.text);
        if !rules.contains(&l.rule) {
            wrong.push(format!(
                "line {}: {} not found in {:?}",
                l.number, l.rule, rules
            ));
        }
        if let Some(other) = rules.iter().find(|r| **r != l.rule) {
            wrong.push(format!("line {}: also {other}", l.number));
        }
        let want = if l.fix == "auto" {
            &l.expected
        } else {
            &l.text
        };
        if &fixed != want {
            wrong.push(format!("line {}: fixed to {fixed}, not {want}", l.number));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn correct_lines_raise_no_alarm() {
    let alarms: Vec<String> = corpus()
        .iter()
        .filter(|l| l.rule == "ok")
        .filter_map(|l| {
            let (rules, _) = proofread(&l.text);
            (!rules.is_empty()).then(|| format!("line {}: {} {:?}", l.number, l.text, rules))
        })
        .collect();
    assert!(alarms.is_empty(), "{}", alarms.join("\n"));
}
