//! An issue's 印发 record: sign-offs, the confidentiality review, the
//! distribution list and what was sent, forced exports. Each change is one
//! transaction; all but the audit of forced exports are undo steps.

use rusqlite::Connection;

use super::rows::{self, issue_title, save_masthead};
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{
    Date, ForcedExport, Issue, IssueId, IssueState, Recipient, SecrecyReview, SignOff, SignRole,
};

fn masthead(conn: &Connection, id: IssueId) -> Result<Issue> {
    rows::load_masthead(conn, id)?.ok_or(Error::IssueIdNotFound(id))
}

/// Refuses a final issue: what it says was signed as it stands.
fn still_draft(issue: &Issue) -> Result<()> {
    match issue.state {
        IssueState::Final => Err(Error::IssueFinal {
            title: issue_title(issue),
        }),
        IssueState::Draft => Ok(()),
    }
}

impl Store {
    /// Changes `issue`'s 印发 record with `change` as one undo step labelled
    /// `label`; `drafts_only` refuses a final issue.
    fn change_release(
        &mut self,
        issue: IssueId,
        label: Key,
        drafts_only: bool,
        change: impl FnOnce(&mut Issue) -> Result<()>,
    ) -> Result<()> {
        self.write(|tx| {
            let mut next = masthead(tx, issue)?;
            if drafts_only {
                still_draft(&next)?;
            }
            undo::record(tx, &tf(label, &[&issue_title(&next)]), &[], &[issue])?;
            change(&mut next)?;
            save_masthead(tx, &next, issue)
        })
    }

    /// Records a step of 审核签发 on a draft. A 签发 dates the issue when it
    /// has no date of its own: the printed date is the day it was signed.
    pub fn sign(&mut self, issue: IssueId, signoff: SignOff) -> Result<()> {
        self.change_release(issue, Key::UndoSign, true, |next| {
            if signoff.role == SignRole::Sign && next.date.is_none() {
                next.date = Some(signoff.date);
                next.year = signoff.date.year();
            }
            next.release.sign(signoff);
            Ok(())
        })
    }

    /// Records the 保密审查 of a draft, replacing an earlier one.
    pub fn review_secrecy(&mut self, issue: IssueId, review: SecrecyReview) -> Result<()> {
        self.change_release(issue, Key::UndoSecrecyReview, true, |next| {
            next.release.secrecy_review = Some(review);
            Ok(())
        })
    }

    /// Puts a recipient on a draft's distribution list, or changes its rank
    /// and copies; no copies takes it off.
    pub fn set_recipient(&mut self, issue: IssueId, recipient: Recipient) -> Result<()> {
        self.change_release(issue, Key::UndoRecipients, true, |next| {
            let list = &mut next.release.recipients;
            let at = list.iter().position(|r| r.name == recipient.name);
            match (at, recipient.copies) {
                (Some(at), 0) => {
                    list.remove(at);
                }
                (None, 0) => {
                    return Err(Error::NoSuchRecipient {
                        issue: issue_title(next),
                        name: recipient.name.clone(),
                    });
                }
                (Some(at), _) => list[at] = recipient,
                (None, _) => list.push(recipient),
            }
            Ok(())
        })
    }

    /// Records that the issue went to `names` (all on the list when empty)
    /// on `date`. Only a final issue is sent. The number recorded.
    pub fn mark_sent(&mut self, issue: IssueId, names: &[String], date: Date) -> Result<usize> {
        let mut count = 0;
        self.change_release(issue, Key::UndoSent, false, |next| {
            if next.state != IssueState::Final {
                return Err(Error::SendDraft {
                    title: issue_title(next),
                });
            }
            let title = issue_title(next);
            if let Some(name) = names
                .iter()
                .find(|n| !next.release.recipients.iter().any(|r| &r.name == *n))
            {
                return Err(Error::NoSuchRecipient {
                    issue: title,
                    name: name.clone(),
                });
            }
            for r in &mut next.release.recipients {
                if names.is_empty() || names.contains(&r.name) {
                    r.sent = Some(date);
                    count += 1;
                }
            }
            Ok(())
        })?;
        Ok(count)
    }

    /// Records an export the rules refused that someone forced. Not an
    /// undo step: the record stays whatever is undone.
    pub fn record_forced_export(&mut self, issue: IssueId, forced: ForcedExport) -> Result<()> {
        self.write(|tx| {
            let mut next = masthead(tx, issue)?;
            next.release.forced.push(forced);
            save_masthead(tx, &next, issue)
        })
    }
}
