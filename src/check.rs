//! House-style proofing of items and the pre-publication check of an issue.
//! Pure: each rule reads text and says where, what, and — when the change
//! is certain — how to fix it.

mod issue;
mod sequence;
mod text;

use serde::{Deserialize, Serialize};

pub use issue::{IssueContext, check_issue};

use crate::i18n::{Key, t};
use crate::model::{Item, ItemEdit, ItemId, Kind};

/// What the proofing rules are set to: the settings file's `[check]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckSettings {
    /// 字 a headline may have.
    pub headline_max: usize,
    /// 字 an article and a brief may have.
    pub article_max: usize,
    pub brief_max: usize,
    /// Words to flag (错敏字): misspellings with their correction, or words
    /// to avoid (without one).
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub wrong: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right: Option<String>,
}

impl Term {
    fn fix(wrong: &str, right: &str) -> Term {
        Term {
            wrong: wrong.into(),
            right: Some(right.into()),
        }
    }
}

impl Default for CheckSettings {
    fn default() -> CheckSettings {
        CheckSettings {
            headline_max: 40,
            article_max: 600,
            brief_max: 150,
            terms: vec![
                Term::fix("截止目前", "截至目前"),
                Term::fix("截止到", "截至"),
                Term::fix("做为", "作为"),
                Term::fix("按装", "安装"),
                Term::fix("即然", "既然"),
                Term::fix("必竟", "毕竟"),
                Term::fix("一如继往", "一如既往"),
                Term::fix("再接再励", "再接再厉"),
                Term::fix("迫不急待", "迫不及待"),
                Term::fix("默守成规", "墨守成规"),
                Term::fix("走头无路", "走投无路"),
                Term::fix("脉博", "脉搏"),
                Term::fix("美仑美奂", "美轮美奂"),
                Term::fix("竭泽而鱼", "竭泽而渔"),
            ],
        }
    }
}

/// Which rule a finding comes from; the names are what `--json` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    HalfWidthPunctuation,
    FullWidthAlnum,
    UnbalancedMarks,
    DoubledMarks,
    BrokenSequence,
    MissingSource,
    MissingHeadline,
    LongHeadline,
    HeadlinePunctuation,
    TooLong,
    StraySpace,
    Term,
    IssueNumber,
    IssueDate,
    IssuePublisher,
    DuplicateItem,
    SimilarItems,
    LayoutLine,
    EmptyIssue,
}

impl Rule {
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    }

    /// Rules of the pre-publication check: they stop an issue being made
    /// final until fixed or overridden.
    pub fn blocks_finalising(self) -> bool {
        matches!(
            self,
            Rule::MissingSource
                | Rule::MissingHeadline
                | Rule::IssueNumber
                | Rule::IssueDate
                | Rule::IssuePublisher
                | Rule::DuplicateItem
                | Rule::SimilarItems
                | Rule::LayoutLine
                | Rule::EmptyIssue
        )
    }
}

/// Which text a finding is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "field", content = "paragraph")]
pub enum Place {
    Headline,
    /// Body paragraph, from 0.
    Body(usize),
    Sources,
    Item,
    Issue,
}

/// A change that is certain: replace characters `start..end` (counted in
/// characters) of the place's text with `with`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    pub start: usize,
    pub end: usize,
    pub with: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemId>,
    pub place: Place,
    /// Character position within the place's text (from 0).
    pub at: usize,
    pub rule: Rule,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// A text-level finding before it knows where it is.
pub(crate) struct Hit {
    pub at: usize,
    pub rule: Rule,
    pub message: String,
    pub fix: Option<Fix>,
}

fn place(hits: Vec<Hit>, item: Option<ItemId>, place: Place) -> impl Iterator<Item = Finding> {
    hits.into_iter().map(move |h| Finding {
        item,
        place,
        at: h.at,
        rule: h.rule,
        message: h.message,
        fix: h.fix,
    })
}

/// Every finding on one item, in reading order.
pub fn check_item(item: &Item, settings: &CheckSettings) -> Vec<Finding> {
    let id = item.id;
    let mut out: Vec<Finding> = Vec::new();
    if item.headline.trim().is_empty() && item.kind == Kind::Article {
        out.push(Finding {
            item: id,
            place: Place::Headline,
            at: 0,
            rule: Rule::MissingHeadline,
            message: t(Key::CheckMissingHeadline).into(),
            fix: None,
        });
    } else {
        out.extend(place(
            text::headline(&item.headline, settings),
            id,
            Place::Headline,
        ));
    }
    for (n, p) in item.body.iter().enumerate() {
        out.extend(place(text::paragraph(p, settings), id, Place::Body(n)));
    }
    for (n, hit) in sequence::check(&item.body) {
        out.extend(place(vec![hit], id, Place::Body(n)));
    }
    if item.sources.is_empty() {
        out.push(Finding {
            item: id,
            place: Place::Sources,
            at: 0,
            rule: Rule::MissingSource,
            message: t(Key::CheckMissingSource).into(),
            fix: None,
        });
    }
    let (limit, kind) = match item.kind {
        Kind::Article => (settings.article_max, item.kind.label()),
        Kind::Brief => (settings.brief_max, item.kind.label()),
    };
    let chars = item.chars();
    if chars > limit {
        out.push(Finding {
            item: id,
            place: Place::Item,
            at: 0,
            rule: Rule::TooLong,
            message: crate::i18n::tf(Key::CheckTooLong, &[&kind, &chars, &limit]),
            fix: None,
        });
    }
    out
}

/// Applies every fix in `fixes` to `text`, from the end so that earlier
/// positions stay right; overlapping fixes after the first are left.
fn apply(text: &str, mut fixes: Vec<&Fix>) -> String {
    fixes.sort_by_key(|f| std::cmp::Reverse(f.start));
    let mut chars: Vec<char> = text.chars().collect();
    let mut floor = usize::MAX;
    for f in fixes {
        if f.end > floor || f.end > chars.len() {
            continue;
        }
        chars.splice(f.start..f.end, f.with.chars());
        floor = f.start;
    }
    chars.into_iter().collect()
}

/// The safe fixes of `findings` applied to `item`, as an edit; `None` when
/// there is nothing to fix.
pub fn fixes(item: &Item, findings: &[Finding]) -> Option<ItemEdit> {
    let of = |p: Place| {
        findings
            .iter()
            .filter(move |f| f.place == p)
            .filter_map(|f| f.fix.as_ref())
            .collect::<Vec<_>>()
    };
    let mut edit = ItemEdit::default();
    let headline = of(Place::Headline);
    if !headline.is_empty() {
        edit.headline = Some(apply(&item.headline, headline));
    }
    let mut changed = false;
    let body: Vec<String> = item
        .body
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let f = of(Place::Body(n));
            changed |= !f.is_empty();
            apply(p, f)
        })
        .collect();
    if changed {
        edit.body = Some(body);
    }
    (edit != ItemEdit::default()).then_some(edit)
}

#[cfg(test)]
mod tests;
