//! Why a file was refused, apart from its name: the reading and the
//! importing code say which, and [`super::Error::FileInvalid`] names the file.

use crate::bulletin::ParseError;
use crate::i18n::{Key, t, tf};
use crate::submission::SubmissionError;

#[derive(Debug)]
pub enum FileProblem {
    Directory,
    /// A pipe or a device: reading it could block or never end.
    NotRegular,
    Unreadable(std::io::Error),
    TooLarge {
        size_mb: u64,
        limit_mb: u64,
    },
    /// Not UTF-8 from this byte on.
    NotUtf8 {
        at: usize,
    },
    /// Bytes the named encoding cannot read.
    BadEncoding(&'static str),
    Binary,
    /// A .doc or .wps file, which only Word or WPS can read.
    OldWord,
    BadDocx,
    /// The document's text inflates past this many MB.
    DocxTooLarge {
        limit_mb: u64,
    },
    /// TOML that does not parse, as the parser words it.
    Toml(String),
    /// A JSON archive that cannot be read, already worded.
    Archive(String),
    /// A bundle or a receipt from another desk refused.
    Chain(crate::archive::ChainProblem),
    Submission(SubmissionError),
    Bulletin(ParseError),
    /// A unit list with no units.
    NoUnits,
    /// The file was read, but the store refused what it holds.
    Store(Box<super::Error>),
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileProblem::Directory => f.write_str(t(Key::ImportIsDirectory)),
            FileProblem::NotRegular => f.write_str(t(Key::ImportNotRegular)),
            FileProblem::Unreadable(e) => f.write_str(&crate::i18n::os_error(e)),
            FileProblem::TooLarge { size_mb, limit_mb } => {
                f.write_str(&tf(Key::ImportTooLarge, &[size_mb, limit_mb]))
            }
            FileProblem::NotUtf8 { at } => f.write_str(&tf(Key::ImportNotUtf8, &[at])),
            FileProblem::BadEncoding(name) => f.write_str(&tf(Key::ImportBadEncoding, &[name])),
            FileProblem::Binary => f.write_str(t(Key::ImportBinary)),
            FileProblem::OldWord => f.write_str(t(Key::ImportOldWord)),
            FileProblem::BadDocx => f.write_str(t(Key::ImportBadDocx)),
            FileProblem::DocxTooLarge { limit_mb } => {
                f.write_str(&tf(Key::ImportDocxTooLarge, &[limit_mb]))
            }
            FileProblem::Toml(message) | FileProblem::Archive(message) => f.write_str(message),
            FileProblem::Chain(e) => write!(f, "{e}"),
            FileProblem::Submission(e) => write!(f, "{e}"),
            FileProblem::Bulletin(e) => write!(f, "{e}"),
            FileProblem::NoUnits => f.write_str(t(Key::FileNoUnits)),
            FileProblem::Store(e) => write!(f, "{e}"),
        }
    }
}
