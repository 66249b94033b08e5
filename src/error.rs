//! The library's errors. Each displays as one plain line in the current
//! language, naming the thing that is wrong.

mod file;

use std::path::PathBuf;

pub use file::FileProblem;

use crate::i18n::{Key, t, tf};
use crate::model::{IssueId, ItemId};

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
    // input, files and commands
    /// A file refused, and why; the file is named as the terminal may show it.
    FileInvalid {
        path: PathBuf,
        problem: FileProblem,
    },
    Settings {
        path: PathBuf,
        message: String,
    },
    /// Data built into jianbao for the demo does not read.
    DemoData {
        name: &'static str,
        problem: FileProblem,
    },
    /// --db names one of SQLite's in-memory stores.
    NotAStorePath(PathBuf),
    /// A command that only reads names a store that does not exist.
    NoStore(PathBuf),
    /// An issue by id, gone since it was listed: it has no number to name.
    IssueIdNotFound(IssueId),
    NotADate(String),
    /// A date out of the calendar's range.
    Date(jiff::Error),
    Quarter(String),
    UnknownStatus(String),
    /// An encoding to import in.
    UnknownEncoding(String),
    /// An encoding to export in.
    UnknownExportEncoding(String),
    UnknownFormat(String),
    UnknownLang(String),
    /// A character the export encoding cannot hold, on this line.
    Unmappable {
        line: usize,
        ch: char,
        encoding: &'static str,
    },
    EncodingTextOnly,
    AllNeedsJson,
    BinaryToTerminal {
        extension: &'static str,
    },
    /// `check` without items or an issue.
    NothingToCheck,
    /// The pre-publication check found this many problems.
    Blocked(usize),
    UnfinaliseNeedsYes {
        label: String,
    },
    RestoreNeedsYes,
    /// A device, a FIFO or a folder where a file would be written.
    NotRegularTarget(PathBuf),
    Json(serde_json::Error),
    /// Writing a .docx failed inside the zip library, as it words it.
    Docx(String),
    Editor(std::io::Error),
    UnknownAction(String),
    UnknownKey(String),
    NoDraft,
    NoIssue,
    /// The open issue is final: its title.
    IssueNotDraft {
        title: String,
    },
    NotSimilar(ItemId),
    /// A row of a form holds a bad value.
    FormRow {
        row: &'static str,
        error: Box<Error>,
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
                write!(f, "{}", tf(Key::ErrIo, &[&path.display(), source]))
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
                write!(f, "{}：{problem}", crate::import::printable_path(path))
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
            Error::Date(e) => write!(f, "{e}"),
            Error::Quarter(text) => f.write_str(&tf(Key::ErrQuarter, &[text])),
            Error::UnknownStatus(name) => f.write_str(&tf(Key::ErrUnknownStatus, &[name])),
            Error::UnknownEncoding(name) => f.write_str(&tf(Key::ErrUnknownEncoding, &[name])),
            Error::UnknownExportEncoding(name) => f.write_str(&tf(Key::ErrExportEncoding, &[name])),
            Error::UnknownFormat(name) => f.write_str(&tf(
                Key::ErrUnknownFormat,
                &[name, &crate::export::Format::NAMES.join(", ")],
            )),
            Error::UnknownLang(name) => f.write_str(&tf(Key::ErrUnknownLang, &[name])),
            Error::Unmappable { line, ch, encoding } => {
                f.write_str(&tf(Key::ErrUnmappable, &[line, ch, encoding]))
            }
            Error::EncodingTextOnly => f.write_str(t(Key::ErrEncodingTextOnly)),
            Error::AllNeedsJson => f.write_str(t(Key::ErrAllNeedsJson)),
            Error::BinaryToTerminal { extension } => {
                f.write_str(&tf(Key::ErrBinaryToTerminal, &[extension]))
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
            Error::Editor(e) => f.write_str(&tf(Key::ErrEditor, &[e])),
            Error::UnknownAction(name) => f.write_str(&tf(Key::ErrUnknownAction, &[name])),
            Error::UnknownKey(name) => f.write_str(&tf(Key::ErrUnknownKey, &[name])),
            Error::NoDraft => f.write_str(t(Key::MsgNoDraft)),
            Error::NoIssue => f.write_str(t(Key::MsgNoIssue)),
            Error::IssueNotDraft { title } => f.write_str(&tf(Key::ErrIssueFinal, &[title])),
            Error::NotSimilar(id) => f.write_str(&tf(Key::ErrNotSimilar, &[id])),
            Error::FormRow { row, error } => f.write_str(&tf(Key::FormRowError, &[row, error])),
            Error::Invalid(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Db(e) => Some(e),
            Error::Io { source, .. } => Some(source),
            Error::Date(e) => Some(e),
            Error::Json(e) => Some(e),
            Error::Editor(e) => Some(e),
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

#[cfg(test)]
mod tests;
