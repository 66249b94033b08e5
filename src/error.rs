//! The library's errors. Each displays as one plain line in the current
//! language, naming the thing that is wrong.

use std::path::PathBuf;

use crate::i18n::{Key, t, tf};
use crate::model::ItemId;

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
