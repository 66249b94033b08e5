//! Files into the store: submissions one file at a time (each its own
//! transaction, the batch going on past a bad file), and whole bulletins.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::i18n::{Key, t, tf};
use crate::model::{IssueId, Item, ItemId};
use crate::store::{Added, Store};

/// Text files larger than this are refused: no submission is this long,
/// and reading one must not exhaust memory.
pub const MAX_TEXT_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Imported(ItemId),
    /// The same text was already in the store.
    Exists(ItemId),
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub path: PathBuf,
    pub outcome: Outcome,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub files: Vec<FileReport>,
}

impl Report {
    pub fn imported(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Imported(_)))
    }

    pub fn existing(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Exists(_)))
    }

    pub fn failed(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Failed(_)))
    }

    fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.files.iter().filter(|r| f(&r.outcome)).count()
    }

    /// One line: imported / already there / failed.
    pub fn summary(&self) -> String {
        tf(
            Key::ImportSummary,
            &[&self.imported(), &self.existing(), &self.failed()],
        )
    }
}

/// Reads a text file as UTF-8, refusing what is not text.
pub fn read_text(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if meta.is_dir() {
        return Err(t(Key::ImportIsDirectory).into());
    }
    if meta.len() > MAX_TEXT_BYTES {
        return Err(tf(
            Key::ImportTooLarge,
            &[&(meta.len() / 1024 / 1024), &(MAX_TEXT_BYTES / 1024 / 1024)],
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    if looks_binary(&bytes) {
        return Err(t(Key::ImportBinary).into());
    }
    String::from_utf8(bytes).map_err(|e| tf(Key::ImportNotUtf8, &[&e.utf8_error().valid_up_to()]))
}

/// NUL bytes, or many control characters that text never has.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    sample.contains(&0) || controls * 20 > sample.len().max(1)
}

fn read_submission(path: &Path, today: Date) -> Result<Item, String> {
    let text = read_text(path)?;
    crate::submission::parse(&text, today).map_err(|e| e.to_string())
}

/// Imports each file as one submission, in the order given.
pub fn import_files(store: &mut Store, paths: &[PathBuf], today: Date) -> Report {
    let mut report = Report::default();
    for path in paths {
        let outcome = match read_submission(path, today) {
            Ok(item) => match store.add_item(&item, &path.to_string_lossy()) {
                Ok(Added::New(id)) => Outcome::Imported(id),
                Ok(Added::Exists(id)) => Outcome::Exists(id),
                Err(e) => Outcome::Failed(e.to_string()),
            },
            Err(reason) => Outcome::Failed(reason),
        };
        report.files.push(FileReport {
            path: path.clone(),
            outcome,
        });
    }
    report
}

/// Imports a whole printed issue as a final issue with published items.
pub fn import_bulletin(store: &mut Store, path: &Path) -> Result<IssueId> {
    let text = read_text(path)
        .map_err(|reason| Error::Invalid(format!("{}：{reason}", path.display())))?;
    let issue = crate::bulletin::parse(&text)
        .map_err(|e| Error::Invalid(format!("{}：{e}", path.display())))?;
    store.import_issue(&issue, &path.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"PK\x03\x04\x00\x00"));
        assert!(looks_binary(&[0x01, 0x02, 0x03, 0x1b, b'a']));
        assert!(!looks_binary("标题\r\n正文\t。\n".as_bytes()));
        assert!(!looks_binary(b""));
    }
}
