//! Issues set at 28 字 a line, compared with golden files that were read
//! line by line when they were made: the reference issue
//! (tests/golden/shangjie-55-w28.txt, when it is beside the checkout) and
//! the project's sample bulletin (tests/golden/bulletin-56-w28.txt, always).

mod common;

use common::golden;
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
    golden::matches("shangjie-55-w28.txt", &at_28(&issue));
}

#[test]
fn the_sample_at_28_zi_matches_the_golden_file() {
    golden::matches("bulletin-56-w28.txt", &at_28(&common::sample()));
}

fn keeps_the_rules(set: &str) {
    for line in set.lines() {
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
fn every_line_of_the_reference_keeps_the_rules() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    keeps_the_rules(&at_28(&issue));
}

#[test]
fn every_line_of_the_sample_keeps_the_rules() {
    keeps_the_rules(&at_28(&common::sample()));
}

/// The set text, parsed again, is the issue it was made from, but for the
/// text each item was first read from.
fn reads_back_as_the_same_issue(issue: &Issue) {
    let mut back = jianbao::bulletin::parse(&at_28(issue)).unwrap();
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

#[test]
fn the_set_reference_reads_back_as_the_same_issue() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    reads_back_as_the_same_issue(&issue);
}

#[test]
fn the_set_sample_reads_back_as_the_same_issue() {
    reads_back_as_the_same_issue(&common::sample());
}
