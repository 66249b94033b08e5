//! House-style proofing of items and the pre-publication check of an issue.
//! Pure: each rule reads text and says where, what, and — when the change
//! is certain — how to fix it.

mod convention;
mod issue;
mod marks;
mod personal;
mod sequence;
mod text;
mod words;

use serde::{Deserialize, Serialize};

pub use issue::{IssueContext, check_issue, check_issue_items};
pub use words::{Word, default_words};

use crate::i18n::{Key, t};
use crate::model::{Issue, Item, ItemEdit, ItemId, Kind};

/// What the proofing rules are set to: the settings file's `[check]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckSettings {
    /// 字 a headline may have.
    pub headline_max: usize,
    /// 字 an article and a brief may have.
    pub article_max: usize,
    pub brief_max: usize,
    /// The limits for the pieces of a 增刊 (`[check.supplement]`).
    pub supplement: Limits,
    /// The limits for the pieces of a 专报 (`[check.report]`).
    pub report: Limits,
    /// Words to flag in the short form older settings files use: added to
    /// the word list like `words`.
    pub terms: Vec<Term>,
    /// The office's additions to the default word list (错敏字, 公文用词),
    /// and its changes: an entry with the `wrong` of a default replaces it,
    /// and `off = true` drops it.
    pub words: Vec<Word>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub wrong: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right: Option<String>,
}

impl Default for CheckSettings {
    fn default() -> CheckSettings {
        CheckSettings {
            headline_max: 40,
            article_max: 600,
            brief_max: 150,
            supplement: Limits::default(),
            report: Limits::default(),
            terms: Vec::new(),
            words: Vec::new(),
        }
    }
}

/// 字 the pieces of a 增刊 or 专报 may have: longer than a regular issue's
/// items, 1,500–3,000 字 being usual for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    pub headline_max: usize,
    pub article_max: usize,
    pub brief_max: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            headline_max: 40,
            article_max: 3000,
            brief_max: 300,
        }
    }
}

/// The kind of issue an item is printed in, which sets its length limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum IssueKind {
    /// A regular issue, or an item checked alone.
    #[default]
    Regular,
    /// 增刊.
    Supplement,
    /// A 专报: a series whose subtitle is 专报 (上街信息·专报) or ends with it
    /// (信息专报).
    Report,
}

impl IssueKind {
    /// A 专报 is one whatever its number; a 增刊 of another series is a
    /// supplement.
    pub fn of(issue: &Issue) -> IssueKind {
        if issue.title_and_subtitle().1.trim().ends_with("专报") {
            IssueKind::Report
        } else if issue.supplement {
            IssueKind::Supplement
        } else {
            IssueKind::Regular
        }
    }

    fn label(self) -> Option<&'static str> {
        match self {
            IssueKind::Regular => None,
            IssueKind::Supplement => Some(t(Key::IssueKindSupplement)),
            IssueKind::Report => Some(t(Key::IssueKindReport)),
        }
    }
}

impl CheckSettings {
    /// The limits for the items of an issue of `kind`.
    pub fn limits(&self, kind: IssueKind) -> Limits {
        match kind {
            IssueKind::Regular => Limits {
                headline_max: self.headline_max,
                article_max: self.article_max,
                brief_max: self.brief_max,
            },
            IssueKind::Supplement => self.supplement,
            IssueKind::Report => self.report,
        }
    }

    /// The word list in force: the defaults shipped in
    /// `data/proofing-words.toml`, changed and extended by `words`, then
    /// `terms`.
    pub fn word_list(&self) -> Vec<Word> {
        let mut list = default_words().to_vec();
        let ours = self
            .words
            .iter()
            .cloned()
            .chain(self.terms.iter().map(|t| Word {
                wrong: t.wrong.clone(),
                right: t.right.clone(),
                ..Word::default()
            }));
        for word in ours {
            match list.iter().position(|w| w.wrong == word.wrong) {
                Some(at) if word.off => {
                    list.remove(at);
                }
                Some(at) => list[at] = word,
                None if !word.off => list.push(word),
                None => {}
            }
        }
        list
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
    NumberingMark,
    NumberingLevel,
    DocumentNumber,
    YearZero,
    Ellipsis,
    DateForm,
    NumberUnitSpace,
    NumeralMix,
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
    IssueEditor,
    PersonalData,
    DuplicateItem,
    SimilarItems,
    LayoutLine,
    EmptyIssue,
}

impl Rule {
    /// Every rule, in the order `check --rules` lists them.
    pub const ALL: [Rule; 29] = [
        Rule::HalfWidthPunctuation,
        Rule::FullWidthAlnum,
        Rule::UnbalancedMarks,
        Rule::DoubledMarks,
        Rule::StraySpace,
        Rule::BrokenSequence,
        Rule::NumberingMark,
        Rule::NumberingLevel,
        Rule::DocumentNumber,
        Rule::YearZero,
        Rule::Ellipsis,
        Rule::DateForm,
        Rule::NumberUnitSpace,
        Rule::NumeralMix,
        Rule::Term,
        Rule::MissingSource,
        Rule::MissingHeadline,
        Rule::LongHeadline,
        Rule::HeadlinePunctuation,
        Rule::TooLong,
        Rule::PersonalData,
        Rule::IssueNumber,
        Rule::IssueDate,
        Rule::IssuePublisher,
        Rule::IssueEditor,
        Rule::DuplicateItem,
        Rule::SimilarItems,
        Rule::LayoutLine,
        Rule::EmptyIssue,
    ];

    /// The rule's name in the interface's language.
    pub fn label(self) -> &'static str {
        t(self.keys().0)
    }

    /// What the rule looks for, in a sentence, for `check --rules`.
    pub fn about(self) -> &'static str {
        t(self.keys().1)
    }

    fn keys(self) -> (Key, Key) {
        match self {
            Rule::HalfWidthPunctuation => (Key::RuleHalfWidth, Key::AboutHalfWidth),
            Rule::FullWidthAlnum => (Key::RuleFullWidth, Key::AboutFullWidth),
            Rule::UnbalancedMarks => (Key::RuleUnbalanced, Key::AboutUnbalanced),
            Rule::DoubledMarks => (Key::RuleDoubled, Key::AboutDoubled),
            Rule::StraySpace => (Key::RuleSpace, Key::AboutSpace),
            Rule::BrokenSequence => (Key::RuleSequence, Key::AboutSequence),
            Rule::NumberingMark => (Key::RuleNumberingMark, Key::AboutNumberingMark),
            Rule::NumberingLevel => (Key::RuleNumberingLevel, Key::AboutNumberingLevel),
            Rule::DocumentNumber => (Key::RuleDocumentNumber, Key::AboutDocumentNumber),
            Rule::YearZero => (Key::RuleYearZero, Key::AboutYearZero),
            Rule::Ellipsis => (Key::RuleEllipsis, Key::AboutEllipsis),
            Rule::DateForm => (Key::RuleDateForm, Key::AboutDateForm),
            Rule::NumberUnitSpace => (Key::RuleNumberUnitSpace, Key::AboutNumberUnitSpace),
            Rule::NumeralMix => (Key::RuleNumeralMix, Key::AboutNumeralMix),
            Rule::Term => (Key::RuleTerm, Key::AboutTerm),
            Rule::MissingSource => (Key::RuleMissingSource, Key::AboutMissingSource),
            Rule::MissingHeadline => (Key::RuleMissingHeadline, Key::AboutMissingHeadline),
            Rule::LongHeadline => (Key::RuleLongHeadline, Key::AboutLongHeadline),
            Rule::HeadlinePunctuation => (Key::RuleHeadlinePunct, Key::AboutHeadlinePunct),
            Rule::TooLong => (Key::RuleTooLong, Key::AboutTooLong),
            Rule::IssueNumber => (Key::RuleIssueNumber, Key::AboutIssueNumber),
            Rule::IssueDate => (Key::RuleIssueDate, Key::AboutIssueDate),
            Rule::IssuePublisher => (Key::RuleIssuePublisher, Key::AboutIssuePublisher),
            Rule::IssueEditor => (Key::RuleIssueEditor, Key::AboutIssueEditor),
            Rule::PersonalData => (Key::RulePersonal, Key::AboutPersonal),
            Rule::DuplicateItem => (Key::RuleDuplicate, Key::AboutDuplicate),
            Rule::SimilarItems => (Key::RuleSimilar, Key::AboutSimilar),
            Rule::LayoutLine => (Key::RuleLayoutLine, Key::AboutLayoutLine),
            Rule::EmptyIssue => (Key::RuleEmptyIssue, Key::AboutEmptyIssue),
        }
    }

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
                | Rule::IssueEditor
                | Rule::PersonalData
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

/// Every finding on one item, in reading order, with the limits of a
/// regular issue.
pub fn check_item(item: &Item, settings: &CheckSettings) -> Vec<Finding> {
    check_item_in(item, IssueKind::Regular, settings)
}

/// Every finding on one item printed in an issue of `kind`: the same rules
/// as [`check_item`], the lengths measured against that kind's limits.
pub fn check_item_in(item: &Item, kind: IssueKind, settings: &CheckSettings) -> Vec<Finding> {
    let limits = settings.limits(kind);
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
            text::headline(&item.headline, settings, limits.headline_max),
            id,
            Place::Headline,
        ));
    }
    // The article's own 编者按 is printed with it.
    for (at, message) in personal::note_messages(&item.editor_note) {
        out.push(Finding {
            item: id,
            place: Place::Item,
            at,
            rule: Rule::PersonalData,
            message,
            fix: None,
        });
    }
    for (n, p) in item.body.iter().enumerate() {
        out.extend(place(text::paragraph(p, settings), id, Place::Body(n)));
    }
    let mut across: Vec<(usize, Hit)> = sequence::check(&item.body);
    across.extend(convention::numeral_mix(&item.body));
    across.sort_by_key(|(p, h)| (*p, h.at));
    for (n, hit) in across {
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
    let limit = match item.kind {
        Kind::Article => limits.article_max,
        Kind::Brief => limits.brief_max,
    };
    let chars = item.chars();
    if chars > limit {
        let what = item.kind.label();
        let message = match kind.label() {
            None => crate::i18n::tf(Key::CheckTooLong, &[&what, &chars, &limit]),
            Some(of) => crate::i18n::tf(Key::CheckTooLongIn, &[&of, &what, &chars, &limit]),
        };
        out.push(Finding {
            item: id,
            place: Place::Item,
            at: 0,
            rule: Rule::TooLong,
            message,
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
