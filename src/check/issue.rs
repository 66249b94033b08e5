//! The pre-publication check of a whole issue.

use std::collections::HashMap;

use super::{CheckSettings, Finding, IssueKind, Place, Rule, check_item_in, personal};
use crate::bulletin::{HeadlineStyle, compose};
use crate::i18n::{Key, tf};
use crate::layout::{LineKind, Metric, Options, lay_out, no_end, no_start, str_width};
use crate::model::{Issue, Item};
use crate::similar::{THRESHOLD, jaccard, shingles};

/// What the check needs to know beyond the issue.
#[derive(Debug, Clone, Default)]
pub struct IssueContext {
    /// The numbers of the series' other issues of the same year (and the
    /// same kind: 增刊 are counted apart).
    pub numbers: Vec<u32>,
    /// Those of them that carry a date, with it: in a year's ledger a later
    /// number never carries an earlier date.
    pub dates: Vec<(u32, jiff::civil::Date)>,
    /// 字 per line of the printed page.
    pub width: usize,
}

fn issue_finding(rule: Rule, message: String) -> Finding {
    Finding {
        item: None,
        place: Place::Issue,
        at: 0,
        rule,
        message,
        fix: None,
    }
}

/// The whole check. Comparing every item with every other grows with the
/// square of the items and is most of the time on a large issue:
/// `progress` hears (pairs compared, pairs) as it goes.
pub fn check_issue(
    issue: &Issue,
    ctx: &IssueContext,
    settings: &CheckSettings,
    progress: impl FnMut(usize, usize),
) -> Vec<Finding> {
    let mut out = masthead_findings(issue, ctx);
    // Each item's own blocking findings: a source, a headline, personal data.
    out.extend(
        check_issue_items(issue, settings)
            .into_iter()
            .filter(|f| f.rule.blocks_finalising()),
    );
    let items: Vec<_> = issue.items().collect();
    out.extend(duplicates(&items));
    out.extend(similar_pairs(&items, progress));
    out.extend(layout_findings(issue, ctx.width));
    out
}

/// Every item's own findings, each measured against the limits of the kind
/// of issue it is in (regular, 增刊, 专报), in the issue's order.
pub fn check_issue_items(issue: &Issue, settings: &CheckSettings) -> Vec<Finding> {
    let kind = IssueKind::of(issue);
    issue
        .items()
        .flat_map(|item| check_item_in(item, kind, settings))
        .collect()
}

/// The issue itself: not empty, its number next in the year, a date in
/// that year, a publisher, a 责任编辑, no personal data in the 编者按.
fn masthead_findings(issue: &Issue, ctx: &IssueContext) -> Vec<Finding> {
    let mut out = Vec::new();
    if issue.articles.is_empty() && issue.briefs.is_empty() {
        out.push(issue_finding(
            Rule::EmptyIssue,
            tf(Key::CheckEmptyIssue, &[]),
        ));
    }
    if ctx.numbers.contains(&issue.number) {
        out.push(issue_finding(
            Rule::IssueNumber,
            tf(Key::CheckNumberTaken, &[&issue.number]),
        ));
    } else {
        let previous = ctx
            .numbers
            .iter()
            .copied()
            .filter(|&n| n < issue.number)
            .max();
        let expected = previous.map_or(1, |p| p + 1);
        if issue.number != expected {
            let message = match previous {
                Some(p) => tf(Key::CheckNumberGap, &[&p, &expected, &issue.number]),
                None => tf(Key::CheckNumberFirst, &[&issue.year, &issue.number]),
            };
            out.push(issue_finding(Rule::IssueNumber, message));
        }
    }
    match issue.date {
        // Undated until signed: the 签发 dates it, or finalising does.
        None => {}
        Some(d) if d.year() != issue.year => out.push(issue_finding(
            Rule::IssueDate,
            tf(Key::CheckDateYear, &[&d.year(), &issue.year]),
        )),
        Some(d) => out.extend(out_of_order(issue.number, d, &ctx.dates)),
    }
    if issue.publisher.trim().is_empty() {
        out.push(issue_finding(
            Rule::IssuePublisher,
            tf(Key::CheckNoPublisher, &[]),
        ));
    }
    if issue.editors.iter().all(|e| e.trim().is_empty()) {
        out.push(issue_finding(
            Rule::IssueEditor,
            tf(Key::CheckNoEditor, &[]),
        ));
    }
    for (at, message) in personal::note_messages(&issue.editor_note) {
        out.push(Finding {
            at,
            ..issue_finding(Rule::PersonalData, message)
        });
    }
    out
}

/// The nearest issue on either side whose date contradicts the numbers: an
/// earlier number dated after this issue, a later one dated before it.
fn out_of_order(
    number: u32,
    date: jiff::civil::Date,
    dates: &[(u32, jiff::civil::Date)],
) -> Vec<Finding> {
    let before = dates
        .iter()
        .filter(|&&(n, d)| n < number && d > date)
        .max_by_key(|&&(n, _)| n);
    let after = dates
        .iter()
        .filter(|&&(n, d)| n > number && d < date)
        .min_by_key(|&&(n, _)| n);
    before
        .map(|(n, d)| {
            tf(
                Key::CheckDateBeforeEarlier,
                &[n, &crate::model::format_date(*d)],
            )
        })
        .into_iter()
        .chain(after.map(|(n, d)| {
            tf(
                Key::CheckDateAfterLater,
                &[n, &crate::model::format_date(*d)],
            )
        }))
        .map(|message| issue_finding(Rule::IssueDate, message))
        .collect()
}

/// Items that are the same text as an earlier one.
fn duplicates(items: &[&Item]) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        if let Some(&first) = seen.get(&item.fingerprint_text()) {
            let f = tf(Key::CheckDuplicate, &[&(first + 1), &(i + 1)]);
            out.push(Finding {
                item: item.id,
                place: Place::Item,
                at: 0,
                rule: Rule::DuplicateItem,
                message: f,
                fix: None,
            });
            continue;
        }
        seen.insert(item.fingerprint_text(), i);
    }
    out
}

/// Items much like an earlier one (but not the same: those are duplicates).
fn similar_pairs(items: &[&Item], mut progress: impl FnMut(usize, usize)) -> Vec<Finding> {
    let mut out = Vec::new();
    let sets: Vec<_> = items
        .iter()
        .map(|i| shingles(&i.fingerprint_text()))
        .collect();
    let n = items.len();
    let pairs = n * n.saturating_sub(1) / 2;
    let mut compared = 0;
    for a in 0..n {
        progress(compared, pairs);
        compared += n - a - 1;
        for b in a + 1..n {
            let j = jaccard(&sets[a], &sets[b]);
            if j >= THRESHOLD && items[a].fingerprint_text() != items[b].fingerprint_text() {
                let message = tf(
                    Key::CheckSimilar,
                    &[&(a + 1), &(b + 1), &((j * 100.0).round() as u32)],
                );
                out.push(Finding {
                    item: items[b].id,
                    place: Place::Item,
                    at: 0,
                    rule: Rule::SimilarItems,
                    message,
                    fix: None,
                });
            }
        }
    }
    progress(pairs, pairs);
    out
}

/// Lines of the printed page that break the layout rules: only possible
/// where an unbreakable run is longer than a line and had to be cut.
fn layout_findings(issue: &Issue, width: usize) -> Vec<Finding> {
    if width == 0 {
        return Vec::new();
    }
    let lines = lay_out(
        &compose(issue, HeadlineStyle::Auto),
        Options {
            width,
            ..Options::default()
        },
    );
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        if line.kind != LineKind::Text {
            continue;
        }
        let text = line.text.trim_matches([' ', '　']);
        let too_wide = str_width(line.text.trim_end(), Metric::Print) > width * 2;
        let bad_start = text.chars().next().is_some_and(no_start) && !text.starts_with("——");
        let bad_end = text.chars().last().is_some_and(no_end);
        if line.forced || too_wide || bad_start || bad_end {
            let f = Finding {
                item: None,
                place: Place::Issue,
                at: n,
                rule: Rule::LayoutLine,
                message: tf(Key::CheckLayoutLine, &[&(n + 1), &text]),
                fix: None,
            };
            out.push(f);
        }
    }
    out
}
