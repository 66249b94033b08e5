//! The reference issue set at 28 字 a line, compared with a golden file that
//! was read line by line when it was made (tests/golden/shangjie-55-w28.txt).

mod common;

use jianbao::export;
use jianbao::layout::{Metric, Options, no_end, no_start, str_width};
use jianbao::model::Issue;

fn at_28(issue: &Issue) -> String {
    export::text(
        issue,
        Options {
            width: 28,
            ..Options::default()
        },
    )
}

#[test]
fn the_reference_at_28_zi_matches_the_golden_file() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    let golden = include_str!("golden/shangjie-55-w28.txt");
    let out = at_28(&issue);
    for (i, (got, want)) in out.lines().zip(golden.lines()).enumerate() {
        assert_eq!(got, want, "line {}", i + 1);
    }
    assert_eq!(out, golden);
}

#[test]
fn every_line_of_it_keeps_the_rules() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    for line in at_28(&issue).lines() {
        let visible = line.trim_end();
        assert!(str_width(visible, Metric::Print) <= 56, "{line}");
        let text = visible.trim_start_matches([' ', '　']);
        if let (Some(first), Some(last)) = (text.chars().next(), text.chars().last()) {
            assert!(!no_start(first), "starts with {first}: {line}");
            assert!(!no_end(last), "ends with {last}: {line}");
        }
    }
}

#[test]
fn the_set_text_reads_back_as_the_same_issue() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    let mut back = jianbao::bulletin::parse(&at_28(&issue)).unwrap();
    let mut expected = issue.clone();
    for i in back
        .articles
        .iter_mut()
        .chain(back.briefs.iter_mut())
        .chain(expected.articles.iter_mut())
        .chain(expected.briefs.iter_mut())
    {
        i.original.clear();
    }
    assert_eq!(back, expected);
}
