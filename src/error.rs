//! The library's errors. Each displays as one plain line in the current
//! language, naming the thing that is wrong.

mod display;
mod file;

use std::path::PathBuf;

pub use file::FileProblem;

use crate::model::{AdoptionId, CommissionId, Date, FieldError, InstructionId, IssueId, ItemId};

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
    UnknownFormat {
        name: String,
        /// The formats there are, to name in the message.
        known: &'static [&'static str],
    },
    UnknownLang(String),
    /// A reason for a return or an edit that is not on the list, with the
    /// list numbered (`1 时效性差、2 …`).
    UnknownReason {
        given: String,
        listing: String,
    },
    /// A character the export encoding cannot hold, on this line.
    Unmappable {
        line: usize,
        ch: char,
        encoding: &'static str,
    },
    EncodingTextOnly,
    /// --template with a format other than docx.
    TemplateDocxOnly,
    AllNeedsJson,
    BinaryToTerminal {
        extension: &'static str,
    },
    /// An index in a format for printing needs a file to go to.
    IndexNeedsOutput {
        extension: &'static str,
    },
    /// No issue of the store has this series, nor this title.
    UnknownSeries(String),
    /// No issue to index in that year (and series); `drafts` says whether
    /// drafts were looked at.
    NothingToIndex {
        year: i16,
        series: Option<String>,
        drafts: bool,
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
    /// An office's Word template refused: the file, and what it lacks.
    Template {
        path: PathBuf,
        problem: TemplateProblem,
    },
    Editor(std::io::Error),
    UnknownAction(String),
    UnknownKey(String),
    NoDraft,
    NoIssue,
    NotSimilar(ItemId),
    /// A row of a form holds a bad value.
    FormRow {
        row: &'static str,
        error: Box<Error>,
    },
    // store
    /// A masthead field's name or value that cannot be read.
    Field(FieldError),
    /// A stored value jianbao does not know: damage, or a newer jianbao's.
    Corrupt {
        table: &'static str,
        column: &'static str,
        value: String,
    },
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
    /// Finalising an issue nobody has signed off (签发).
    NotSignedOff {
        title: String,
    },
    /// Finalising a 内部 or classified issue no 保密审查 has cleared.
    SecrecyNotCleared {
        title: String,
    },
    /// A classified issue leaving the print path without `--force`.
    ClassifiedExport {
        title: String,
        format: &'static str,
    },
    NoSuchRecipient {
        issue: String,
        name: String,
    },
    /// Recording the sending of an issue not yet final.
    SendDraft {
        title: String,
    },
    UnknownSignRole(String),
    UnknownRank(String),
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
    ReplacePublished(ItemId),
    UnitClash(String),
    NoSuchUnit(String),
    AliasTaken {
        alias: String,
        unit: String,
    },
    CommissionNotFound(CommissionId),
    /// A commission answered already cannot be answered or cancelled.
    CommissionAnswered {
        id: CommissionId,
        topic: String,
        item: ItemId,
    },
    CommissionCancelled {
        id: CommissionId,
        topic: String,
    },
    /// The item offered as an answer comes from none of the names the
    /// commissioned unit goes by.
    CommissionOtherUnit {
        item: ItemId,
        unit: String,
        id: CommissionId,
    },
    EmptyTopic,
    NotAnAdoptionLevel(String),
    NotALeaderLevel(String),
    /// The item is already recorded as printed in that issue of that
    /// bulletin at that level.
    AdoptionExists {
        item: ItemId,
        /// How the reader shows the adoption already there.
        label: String,
        id: AdoptionId,
    },
    InstructionNotFound(InstructionId),
    /// An instruction followed up already is not followed up twice.
    InstructionDone {
        id: InstructionId,
        on: Date,
    },
    EmptyOutlet,
    EmptyLeader,
    EmptyInstruction,
    EmptyFeedback,
    /// Undoing the import that added the item would delete what the upper
    /// levels did with it.
    ItemHasUpper(ItemId),
    /// Forwarding or writing receipts needs this setting (`signer`,
    /// `contact`, `phone`, `level` of `[forward]`, or `publisher`).
    ForwardUnset(&'static str),
    /// `forward --to` or `receipts --to` named no office.
    EmptyRecipient,
    /// An item without a unit cannot be forwarded: upstairs would not know
    /// who wrote it.
    ForwardNoUnit(ItemId),
    BackupDamaged(Vec<String>),
    RestoreDamaged {
        path: PathBuf,
        damage: Vec<String>,
    },
    /// The store's own file has pages SQLite cannot read.
    StoreDamaged {
        path: PathBuf,
        detail: String,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a Word template cannot be filled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateProblem {
    /// Not a zip: not a .docx at all (a .doc, a .wps, a PDF).
    NotZip,
    /// A zip without `word/document.xml`.
    NoDocument,
    /// A part that cannot be read (damaged, or not UTF-8 XML).
    Damaged,
    /// No paragraph holds `{{正文}}`.
    NoBody,
}

/// A date as a user typed it (see [`crate::model::parse_date`]), or the
/// error that names what was typed.
pub fn read_date(text: &str) -> Result<Date> {
    crate::model::parse_date(text).ok_or_else(|| Error::NotADate(text.to_string()))
}

/// SQLite's word for a file whose pages do not hold what they should.
pub fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
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
}

#[cfg(test)]
mod tests;
