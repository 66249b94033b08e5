//! The open issue's 审签 (一校, 二校, 审核, 签发) and 保密审查, recorded in a
//! form through the store's `sign` and `review_secrecy`, each one undo
//! step; and the refusal `F` gives when the release gate would stop
//! finalising.

use super::super::action::Action;
use super::super::app::App;
use super::super::form::{FieldKind, Form, FormFor, next_step};
use super::super::keymap::{Scope, display_key};
use crate::error::{Error, Result, read_date};
use crate::i18n::{Key, tf};
use crate::model::{FieldError, Issue, IssueId, SecrecyReview, SignOff, SignRole, format_date};
use crate::store::{Store, issue_title};

/// How many older issues are looked through for the series' last 签发.
const LOOK_BACK: usize = 12;

/// The open issue, whole, when it is a draft: what the forms record on.
fn open_draft(app: &App, store: &Store) -> Result<(IssueId, Issue)> {
    let id = app.assembly.current().ok_or(Error::NoIssue)?;
    let issue = store.issue(id)?;
    if !app.assembly.is_draft() {
        return Err(Error::IssueFinal {
            title: issue_title(&issue),
        });
    }
    Ok((id, issue))
}

/// Opens the sign-off form (`SignOff`) or the review form (`ReviewSecrecy`)
/// on the open draft.
pub fn open(app: &mut App, store: &Store, action: Action) -> Result<()> {
    let (id, issue) = open_draft(app, store)?;
    let form = match action {
        Action::ReviewSecrecy => Form::secrecy_review(id, app.today),
        _ => {
            // A name is offered for 签发 only: who signs changes less than
            // who proofreads.
            let name = match next_step(&issue) {
                SignRole::Sign => last_signer(store, &issue, id)?.unwrap_or_default(),
                _ => String::new(),
            };
            Form::sign_off(&issue, id, &name, app.today)
        }
    };
    app.mode = super::super::state::Mode::Form(form);
    Ok(())
}

/// Who signed this issue off, or else the newest earlier issue of its
/// series that was signed (of the few issues before it).
fn last_signer(store: &Store, issue: &Issue, id: IssueId) -> Result<Option<String>> {
    if let Some(s) = issue.release.latest(SignRole::Sign) {
        return Ok(Some(s.by.clone()));
    }
    let mut at = id;
    for _ in 0..LOOK_BACK {
        let Some(older) = store.issue_beside(at, 1)? else {
            break;
        };
        let whole = store.issue(older)?;
        if whole.series == issue.series
            && let Some(s) = whole.release.latest(SignRole::Sign)
        {
            return Ok(Some(s.by.clone()));
        }
        at = older;
    }
    Ok(None)
}

/// The name row's text, which must not be empty.
fn name(form: &Form) -> Result<String> {
    match form.value(FieldKind::Name) {
        "" => Err(Error::FormRow {
            row: FieldKind::Name.label(),
            error: Box::new(FieldError::Empty.into()),
        }),
        by => Ok(by.to_string()),
    }
}

/// Saves the sign-off or the review form; an error leaves the form open
/// and nothing stored.
pub fn save(app: &mut App, store: &mut Store, form: &Form) -> Result<()> {
    let date = |form: &Form| read_date(form.value(FieldKind::Date));
    match form.purpose {
        FormFor::SignOff(issue) => {
            let role = form
                .step()
                .ok_or_else(|| Error::UnknownSignRole(form.value(FieldKind::Step).to_string()))?;
            let signoff = SignOff {
                role,
                by: name(form)?,
                date: date(form)?,
            };
            let said = [
                role.label(),
                crate::script::printable(&signoff.by),
                format_date(signoff.date),
            ];
            store.sign(issue, signoff)?;
            done(app, store, issue, Key::MsgSigned, said)?;
        }
        FormFor::SecrecyReview(issue) => {
            let review = SecrecyReview {
                by: name(form)?,
                date: date(form)?,
                cleared: form.cleared(),
                note: form.value(FieldKind::Note).to_string(),
            };
            let said = [
                form.value(FieldKind::Cleared).to_string(),
                crate::script::printable(&review.by),
                format_date(review.date),
            ];
            store.review_secrecy(issue, review)?;
            done(app, store, issue, Key::MsgSecrecyReviewed, said)?;
        }
        _ => {}
    }
    Ok(())
}

/// Closes the form, shows the issue as stored now, and says what was
/// recorded.
fn done(
    app: &mut App,
    store: &Store,
    issue: IssueId,
    msg: Key,
    [what, by, date]: [String; 3],
) -> Result<()> {
    app.mode = super::super::state::Mode::Normal;
    app.reload_all(store, Some(issue))?;
    let title = store.issue_summary(issue)?.title();
    app.info(tf(msg, &[&what, &by, &date, &title]));
    Ok(())
}

/// Says why the release gate refuses to finalise (no 签发, no cleared
/// 保密审查) in the status line, with the key that records what is
/// missing; any other error is returned as it is.
pub fn refuse(app: &mut App, error: Error) -> Result<()> {
    let key = |action| {
        app.keymap
            .key_for(Scope::Assembly, action)
            .map(display_key)
            .unwrap_or_default()
    };
    let msg = match error {
        Error::NotSignedOff { title } => {
            tf(Key::MsgFinaliseNotSigned, &[&title, &key(Action::SignOff)])
        }
        Error::SecrecyNotCleared { title } => tf(
            Key::MsgFinaliseNotCleared,
            &[&title, &key(Action::ReviewSecrecy)],
        ),
        other => return Err(other),
    };
    app.error(msg);
    Ok(())
}
