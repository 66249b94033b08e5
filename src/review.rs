//! Proofing and the pre-publication check, run against the store: the one
//! place the command line and the workstation both call.

use crate::check::{Finding, IssueContext, check_issue, check_issue_items, check_item, fixes};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{Date, Issue, IssueId, ItemId, SignRole};
use crate::settings::Settings;
use crate::store::Store;

/// Every finding on the items named.
pub fn items(store: &Store, ids: &[ItemId], settings: &Settings) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    for &id in ids {
        out.extend(check_item(&store.item(id)?, &settings.check));
    }
    Ok(out)
}

/// The pre-publication check of an issue: numbering, date, publisher,
/// sources and headlines, repeated and near-duplicate items, the layout.
pub fn issue(store: &Store, id: IssueId, settings: &Settings) -> Result<Vec<Finding>> {
    Ok(checked(store, id, settings, |_, _| {})?.1)
}

/// The issue, loaded once, and its pre-publication check.
fn checked(
    store: &Store,
    id: IssueId,
    settings: &Settings,
    progress: impl FnMut(usize, usize),
) -> Result<(Issue, Vec<Finding>)> {
    let full = store.issue(id)?;
    let siblings = store.siblings(id)?;
    let ctx = IssueContext {
        numbers: siblings.iter().map(|(n, _)| *n).collect(),
        dates: siblings
            .into_iter()
            .filter_map(|(n, d)| Some((n, d?)))
            .collect(),
        width: settings.layout.width,
    };
    let findings = check_issue(&full, &ctx, &settings.check, progress);
    Ok((full, findings))
}

/// The pre-publication check and every item's proofing, without repeats:
/// the check already holds the items' findings that block finalising, so
/// the others are added. `progress` hears the comparison of the items, as
/// [`check_issue`] tells it.
pub fn issue_and_items(
    store: &Store,
    id: IssueId,
    settings: &Settings,
    progress: impl FnMut(usize, usize),
) -> Result<Vec<Finding>> {
    let (full, mut out) = checked(store, id, settings, progress)?;
    out.extend(
        check_issue_items(&full, &settings.check)
            .into_iter()
            .filter(|f| !f.rule.blocks_finalising()),
    );
    Ok(out)
}

/// Applies the safe fixes to the items named (one transaction, one undo
/// step); returns how many items changed.
pub fn fix_items(store: &mut Store, ids: &[ItemId], settings: &Settings) -> Result<usize> {
    let mut edits = Vec::new();
    let mut names = Vec::new();
    for &id in ids {
        let item = store.item(id)?;
        if let Some(edit) = fixes(&item, &check_item(&item, &settings.check)) {
            edits.push((id, edit));
            names.push(item.name());
        }
    }
    let label = match names.as_slice() {
        [] => return Ok(0),
        [one] => tf(Key::UndoFixOne, &[one]),
        _ => tf(Key::UndoFix, &[&edits.len()]),
    };
    store.edit_items(&edits, &label)?;
    Ok(edits.len())
}

/// What finalising came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finalised {
    /// Final; with the findings that were overridden, if any.
    Done(Vec<Finding>),
    /// Not final: the pre-publication check found these.
    Blocked(Vec<Finding>),
}

/// Makes an issue final after its pre-publication check, unless the check
/// finds something and `force` is not given.
pub fn finalise(
    store: &mut Store,
    id: IssueId,
    settings: &Settings,
    force: bool,
    today: Date,
) -> Result<Finalised> {
    let whole = store.issue(id)?;
    release_gate(&whole, settings)?;
    let findings: Vec<Finding> = issue(store, id, settings)?
        .into_iter()
        .filter(|f| f.rule.blocks_finalising())
        .collect();
    if !findings.is_empty() && !force {
        return Ok(Finalised::Blocked(findings));
    }
    // Signed issues are dated by their 签发; one finalised without a
    // sign-off (where the settings allow it) is dated the day it is.
    if whole.date.is_none() {
        store.set_issue_field(id, &crate::model::IssueField::Date(Some(today)))?;
    }
    store.finalise(id)?;
    Ok(Finalised::Done(findings))
}

/// What no `--force` passes: a 签发 (unless the settings do without), and
/// for a 内部 or classified issue a 保密审查 that cleared it.
pub fn release_gate(issue: &Issue, settings: &Settings) -> Result<()> {
    let title = || crate::store::issue_title(issue);
    if settings.signoff.required && issue.release.latest(SignRole::Sign).is_none() {
        return Err(Error::NotSignedOff { title: title() });
    }
    if issue.release.needs_secrecy_review() && !issue.release.secrecy_cleared() {
        return Err(Error::SecrecyNotCleared { title: title() });
    }
    Ok(())
}

/// One line for a finding: where, which rule, what.
pub fn describe(f: &Finding) -> String {
    use crate::check::Place;
    let place = match f.place {
        Place::Headline => tf(Key::PlaceHeadline, &[&(f.at + 1)]),
        Place::Body(n) => tf(Key::PlaceBody, &[&(n + 1), &(f.at + 1)]),
        Place::Sources => tf(Key::PlaceSources, &[]),
        Place::Item => tf(Key::PlaceItem, &[]),
        Place::Issue => tf(Key::PlaceIssue, &[]),
    };
    let who = f
        .item
        .map(|id| tf(Key::PlaceOfItem, &[&id]))
        .unwrap_or_default();
    let fixable = if f.fix.is_some() {
        tf(Key::Fixable, &[])
    } else {
        String::new()
    };
    // The rule by its name in the interface's language only: its id is for
    // the settings file and scripts (`check --rules`, `--json`).
    tf(
        Key::FindingLine,
        &[&who, &place, &f.rule.label(), &f.message, &fixable],
    )
}

/// The error for a finalising the check stopped.
pub fn blocked(n: usize) -> Error {
    Error::Blocked(n)
}
