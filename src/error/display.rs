//! Each error as one plain line in the interface's language.

use super::Error;
use crate::i18n::{Key, t, tf};
use crate::script::{item_name, printable};

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Db(e) => write!(f, "{}", tf(Key::ErrDb, &[e])),
            Error::Io { path, source } => {
                let reason = crate::i18n::os_error(source);
                write!(f, "{}", tf(Key::PathReason, &[&path.display(), &reason]))
            }
            Error::ItemNotFound(id) => write!(f, "{}", tf(Key::ErrItemNotFound, &[id])),
            Error::IssueNotFound {
                year: Some(y),
                number,
            } => {
                write!(f, "{}", tf(Key::ErrIssueNotFoundYear, &[y, number]))
            }
            Error::IssueNotFound { year: None, number } => {
                write!(f, "{}", tf(Key::ErrIssueNotFound, &[number]))
            }
            Error::IssueAmbiguous { number, matches } => write!(
                f,
                "{}",
                tf(Key::ErrIssueAmbiguous, &[number, &matches.join("、")])
            ),
            Error::StoreTooNew {
                path,
                found,
                supported,
            } => {
                write!(
                    f,
                    "{}",
                    tf(Key::ErrStoreTooNew, &[&path.display(), found, supported])
                )
            }
            Error::NotAStore { path } => write!(f, "{}", tf(Key::ErrNotAStore, &[&path.display()])),
            // input, files and commands
            Error::FileInvalid { path, problem } => {
                let path = crate::script::printable_path(path);
                f.write_str(&tf(Key::PathReason, &[&path, problem]))
            }
            Error::Settings { path, message } => {
                f.write_str(&tf(Key::ErrSettings, &[&path.display(), message]))
            }
            Error::DemoData { name, problem } => write!(f, "{name}: {problem}"),
            Error::NotAStorePath(path) => {
                f.write_str(&tf(Key::ErrNotAStorePath, &[&path.to_string_lossy()]))
            }
            Error::NoStore(path) => f.write_str(&tf(
                Key::ErrNoStore,
                &[&crate::script::printable(&path.display().to_string())],
            )),
            Error::IssueIdNotFound(id) => f.write_str(&tf(Key::ErrIssueIdNotFound, &[&id.0])),
            Error::NotADate(text) => f.write_str(&tf(Key::ErrNotADate, &[text])),
            Error::UnknownReason { given, listing } => {
                f.write_str(&tf(Key::ErrUnknownReason, &[&printable(given), listing]))
            }
            Error::Date(e) => write!(f, "{e}"),
            Error::Quarter(text) => f.write_str(&tf(Key::ErrQuarter, &[text])),
            Error::UnknownStatus(name) => f.write_str(&tf(Key::ErrUnknownStatus, &[name])),
            Error::UnknownEncoding(name) => f.write_str(&tf(Key::ErrUnknownEncoding, &[name])),
            Error::UnknownExportEncoding(name) => f.write_str(&tf(Key::ErrExportEncoding, &[name])),
            Error::UnknownFormat { name, known } => {
                f.write_str(&tf(Key::ErrUnknownFormat, &[name, &known.join(", ")]))
            }
            Error::UnknownLang(name) => f.write_str(&tf(Key::ErrUnknownLang, &[name])),
            Error::Unmappable { line, ch, encoding } => {
                f.write_str(&tf(Key::ErrUnmappable, &[line, ch, encoding]))
            }
            Error::EncodingTextOnly => f.write_str(t(Key::ErrEncodingTextOnly)),
            Error::TemplateDocxOnly => f.write_str(t(Key::ErrTemplateDocxOnly)),
            Error::AllNeedsJson => f.write_str(t(Key::ErrAllNeedsJson)),
            Error::BinaryToTerminal { extension } => {
                f.write_str(&tf(Key::ErrBinaryToTerminal, &[extension]))
            }
            Error::IndexNeedsOutput { extension } => {
                f.write_str(&tf(Key::ErrIndexNeedsOutput, &[extension]))
            }
            Error::UnknownSeries(name) => f.write_str(&tf(
                Key::ErrUnknownSeries,
                &[&crate::script::printable(name)],
            )),
            Error::NothingToIndex {
                year,
                series,
                drafts,
            } => {
                let what = match series {
                    Some(s) => tf(Key::IndexScopeSeries, &[year, &crate::script::printable(s)]),
                    None => tf(Key::IndexScopeYear, &[year]),
                };
                let key = if *drafts {
                    Key::ErrNothingToIndexDrafts
                } else {
                    Key::ErrNothingToIndex
                };
                f.write_str(&tf(key, &[&what]))
            }
            Error::NothingToCheck => f.write_str(t(Key::ErrCheckWhat)),
            Error::Blocked(n) => f.write_str(&tf(Key::ErrBlocked, &[n])),
            Error::UnfinaliseNeedsYes { label } => {
                f.write_str(&tf(Key::ErrUnfinaliseNeedsYes, &[label]))
            }
            Error::RestoreNeedsYes => f.write_str(t(Key::RestoreNeedsYes)),
            Error::NotRegularTarget(path) => f.write_str(&tf(
                Key::ErrNotRegularTarget,
                &[&crate::script::printable(&path.display().to_string())],
            )),
            Error::Json(e) => write!(f, "{e}"),
            Error::Docx(e) => write!(f, "docx: {e}"),
            Error::Template { path, problem } => {
                let path = crate::script::printable_path(path);
                let what = match problem {
                    crate::error::TemplateProblem::NotZip => t(Key::TemplateNotZip),
                    crate::error::TemplateProblem::NoDocument => t(Key::TemplateNoDocument),
                    crate::error::TemplateProblem::Damaged => t(Key::TemplateDamaged),
                    crate::error::TemplateProblem::NoBody => t(Key::TemplateNoBody),
                };
                f.write_str(&tf(Key::PathReason, &[&path, &what]))
            }
            Error::Editor(e) => f.write_str(&tf(Key::ErrEditor, &[&crate::i18n::os_error(e)])),
            Error::UnknownAction(name) => f.write_str(&tf(Key::ErrUnknownAction, &[name])),
            Error::UnknownKey(name) => f.write_str(&tf(Key::ErrUnknownKey, &[name])),
            Error::NoDraft => f.write_str(t(Key::MsgNoDraft)),
            Error::NoIssue => f.write_str(t(Key::MsgNoIssue)),
            Error::NotSimilar(id) => f.write_str(&tf(Key::ErrNotSimilar, &[id])),
            Error::FormRow { row, error } => f.write_str(&tf(Key::FormRowError, &[row, error])),
            // store
            Error::Field(e) => e.fmt(f),
            Error::Corrupt {
                table,
                column,
                value,
            } => write!(f, "{}", tf(Key::ErrCorrupt, &[table, column, value])),
            Error::UndoTooNew { found, supported } => {
                write!(f, "{}", tf(Key::ErrUndoTooNew, &[found, supported]))
            }
            Error::UndoFailed { label, cause } => {
                write!(f, "{}", tf(Key::ErrUndoFailed, &[label, cause]))
            }
            Error::ReadOnlyOld { path } => {
                write!(f, "{}", tf(Key::ErrReadOnlyOld, &[&path.display()]))
            }
            Error::InMemory => f.write_str(t(Key::ErrInMemory)),
            Error::ItemWithoutId => f.write_str(t(Key::ErrItemWithoutId)),
            Error::ItemWithoutBody(id) => write!(f, "{}", tf(Key::VerifyNoBody, &[id])),
            Error::IssueFinal { title } => write!(f, "{}", tf(Key::ErrIssueFinal, &[title])),
            Error::IssueExists { title } => write!(f, "{}", tf(Key::ErrIssueExists, &[title])),
            Error::IssueEmpty { title } => write!(f, "{}", tf(Key::ErrIssueEmpty, &[title])),
            Error::NotSignedOff { title } => write!(f, "{}", tf(Key::ErrNotSignedOff, &[title])),
            Error::SecrecyNotCleared { title } => {
                write!(f, "{}", tf(Key::ErrSecrecyNotCleared, &[title]))
            }
            Error::ClassifiedExport { title, format } => {
                write!(f, "{}", tf(Key::ErrClassifiedExport, &[title, format]))
            }
            Error::NoSuchRecipient { issue, name } => {
                write!(f, "{}", tf(Key::ErrNoSuchRecipient, &[issue, name]))
            }
            Error::SendDraft { title } => write!(f, "{}", tf(Key::ErrSendDraft, &[title])),
            Error::UnknownSignRole(role) => write!(f, "{}", tf(Key::ErrUnknownSignRole, &[role])),
            Error::UnknownRank(rank) => write!(f, "{}", tf(Key::ErrUnknownRank, &[rank])),
            Error::ItemPublished(id) => write!(f, "{}", tf(Key::ErrItemPublished, &[id])),
            Error::ItemFinal { item, issue } => {
                write!(f, "{}", tf(Key::ErrItemFinal, &[item, issue]))
            }
            Error::ItemPlaced { item, issue } => {
                write!(f, "{}", tf(Key::ErrItemPlaced, &[item, issue]))
            }
            Error::ItemNotInIssue(id) => write!(f, "{}", tf(Key::ErrItemNotInIssue, &[id])),
            Error::PublishByFinalise => f.write_str(t(Key::ErrPublishByFinalise)),
            Error::ReplacePublished(id) => write!(f, "{}", tf(Key::ErrReplacePublished, &[id])),
            Error::UnitClash(name) => write!(f, "{}", tf(Key::ErrUnitClash, &[name])),
            Error::NoSuchUnit(name) => write!(f, "{}", tf(Key::ErrNoSuchUnit, &[name])),
            Error::AliasTaken { alias, unit } => {
                write!(f, "{}", tf(Key::ErrAliasTaken, &[alias, unit]))
            }
            Error::CommissionNotFound(id) => {
                write!(f, "{}", tf(Key::ErrCommissionNotFound, &[id]))
            }
            Error::CommissionAnswered { id, topic, item } => write!(
                f,
                "{}",
                tf(Key::ErrCommissionAnswered, &[id, &item_name(topic), item])
            ),
            Error::CommissionCancelled { id, topic } => write!(
                f,
                "{}",
                tf(Key::ErrCommissionCancelled, &[id, &item_name(topic)])
            ),
            Error::CommissionOtherUnit { item, unit, id } => write!(
                f,
                "{}",
                tf(Key::ErrCommissionOtherUnit, &[item, &printable(unit), id])
            ),
            Error::EmptyTopic => f.write_str(t(Key::ErrEmptyTopic)),
            Error::NotAnAdoptionLevel(text) => {
                f.write_str(&tf(Key::ErrNotAnAdoptionLevel, &[&printable(text)]))
            }
            Error::NotALeaderLevel(text) => {
                f.write_str(&tf(Key::ErrNotALeaderLevel, &[&printable(text)]))
            }
            Error::AdoptionExists { item, label, id } => {
                f.write_str(&tf(Key::ErrAdoptionExists, &[item, &printable(label), id]))
            }
            Error::InstructionNotFound(id) => f.write_str(&tf(Key::ErrInstructionNotFound, &[id])),
            Error::InstructionDone { id, on } => f.write_str(&tf(
                Key::ErrInstructionDone,
                &[id, &crate::model::format_date(*on)],
            )),
            Error::EmptyOutlet => f.write_str(t(Key::ErrEmptyOutlet)),
            Error::EmptyLeader => f.write_str(t(Key::ErrEmptyLeader)),
            Error::EmptyInstruction => f.write_str(t(Key::ErrEmptyInstruction)),
            Error::EmptyFeedback => f.write_str(t(Key::ErrEmptyFeedback)),
            Error::ItemHasUpper(item) => f.write_str(&tf(Key::ErrItemHasUpper, &[item])),
            Error::ForwardUnset(key) => {
                let (label, setting) = match *key {
                    "signer" => (Key::ForwardFormSigner, "[forward] signer"),
                    "contact" => (Key::ForwardFormContact, "[forward] contact"),
                    "phone" => (Key::ForwardFormPhone, "[forward] phone"),
                    "level" => (Key::ForwardLevelSetting, "[forward] level"),
                    "secrecy_reviewer" => (
                        Key::ForwardFormSecrecy,
                        "[forward] secrecy_reviewer, forward --secrecy-reviewer",
                    ),
                    _ => (Key::ForwardFormOffice, "publisher"),
                };
                f.write_str(&tf(Key::ErrForwardUnset, &[&t(label), &setting]))
            }
            Error::EmptyRecipient => f.write_str(t(Key::ErrEmptyRecipient)),
            Error::ForwardNoUnit(item) => f.write_str(&tf(Key::ErrForwardNoUnit, &[item])),
            Error::BackupDamaged(damage) => {
                write!(f, "{}", tf(Key::BackupDamaged, &[&damage.join("; ")]))
            }
            Error::StoreDamaged { path, detail } => {
                write!(f, "{}", tf(Key::StoreDamaged, &[&path.display(), detail]))
            }
            Error::RestoreDamaged { path, damage } => write!(
                f,
                "{}",
                tf(Key::RestoreDamaged, &[&path.display(), &damage.join("; ")])
            ),
        }
    }
}
