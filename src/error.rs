//! The library's errors. Each displays as one plain line in the current
//! language, naming the thing that is wrong.

use std::path::PathBuf;

use crate::i18n::{Key, t, tf};
use crate::model::{FieldError, ItemId};

#[derive(Debug)]
pub enum Error {
    Db(rusqlite::Error),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    ItemNotFound(ItemId),
    IssueNotFound {
        year: Option<i16>,
        number: u32,
    },
    /// Several series or years have an issue of that number.
    IssueAmbiguous {
        number: u32,
        matches: Vec<String>,
    },
    /// The store was written by a newer jianbao.
    StoreTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The file at `path` is not a jianbao store.
    NotAStore {
        path: PathBuf,
    },
    /// Anything else the user can fix, already worded.
    Invalid(String),
    // store
    /// A masthead field's name or value that cannot be read.
    Field(FieldError),
    /// A stored value jianbao does not know: damage, or a newer jianbao's.
    Corrupt {
        table: &'static str,
        column: &'static str,
        value: String,
    },
    /// JSON the store wrote and cannot read or write back.
    Json(String),
    /// An undo step written by a newer jianbao.
    UndoTooNew {
        found: u32,
        supported: u32,
    },
    UndoFailed {
        label: String,
        cause: Box<Error>,
    },
    /// A read-only store of an older schema, which cannot be migrated.
    ReadOnlyOld {
        path: PathBuf,
    },
    InMemory,
    ItemWithoutId,
    ItemWithoutBody(ItemId),
    IssueFinal {
        title: String,
    },
    IssueExists {
        title: String,
    },
    IssueEmpty {
        title: String,
    },
    ItemPublished(ItemId),
    /// A published item's text or place cannot change; `issue` names where
    /// it was printed.
    ItemFinal {
        item: ItemId,
        issue: String,
    },
    ItemPlaced {
        item: ItemId,
        issue: String,
    },
    ItemNotInIssue(ItemId),
    PublishByFinalise,
    NotSimilar(ItemId),
    ReplacePublished(ItemId),
    UnitClash(String),
    AliasTaken {
        alias: String,
        unit: String,
    },
    BackupDamaged(Vec<String>),
    RestoreDamaged {
        path: PathBuf,
        damage: Vec<String>,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Db(e) => write!(f, "{}", tf(Key::ErrDb, &[e])),
            Error::Io { path, source } => {
                let reason = crate::i18n::os_error(source);
                write!(f, "{}", tf(Key::ErrIo, &[&path.display(), &reason]))
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
            Error::Invalid(msg) => f.write_str(msg),
            // store
            Error::Field(e) => e.fmt(f),
            Error::Corrupt {
                table,
                column,
                value,
            } => write!(f, "{}", tf(Key::ErrCorrupt, &[table, column, value])),
            Error::Json(msg) => f.write_str(msg),
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
            Error::ItemPublished(id) => write!(f, "{}", tf(Key::ErrItemPublished, &[id])),
            Error::ItemFinal { item, issue } => {
                write!(f, "{}", tf(Key::ErrItemFinal, &[item, issue]))
            }
            Error::ItemPlaced { item, issue } => {
                write!(f, "{}", tf(Key::ErrItemPlaced, &[item, issue]))
            }
            Error::ItemNotInIssue(id) => write!(f, "{}", tf(Key::ErrItemNotInIssue, &[id])),
            Error::PublishByFinalise => f.write_str(t(Key::ErrPublishByFinalise)),
            Error::NotSimilar(id) => write!(f, "{}", tf(Key::ErrNotSimilar, &[id])),
            Error::ReplacePublished(id) => write!(f, "{}", tf(Key::ErrReplacePublished, &[id])),
            Error::UnitClash(name) => write!(f, "{}", tf(Key::ErrUnitClash, &[name])),
            Error::AliasTaken { alias, unit } => {
                write!(f, "{}", tf(Key::ErrAliasTaken, &[alias, unit]))
            }
            Error::BackupDamaged(damage) => {
                write!(f, "{}", tf(Key::BackupDamaged, &[&damage.join("; ")]))
            }
            Error::RestoreDamaged { path, damage } => write!(
                f,
                "{}",
                tf(Key::RestoreDamaged, &[&path.display(), &damage.join("; ")])
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Db(e) => Some(e),
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<FieldError> for Error {
    fn from(e: FieldError) -> Error {
        Error::Field(e)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Db(e)
    }
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    pub fn invalid(key: Key) -> Error {
        Error::Invalid(t(key).to_string())
    }
}
