//! Files into the store: submissions — text in any of the encodings units
//! use, or Word documents — one file per transaction, the batch going on
//! past a bad file; whole folders; and whole printed issues.

mod decode;
pub mod docx;
mod summary;
mod walk;

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use jiff::civil::Date;

pub use decode::{Decoded, decode, encoding_for};
pub use summary::{
    BulletinSummary, ItemSummary, NoticeLine, UnitMention, UnitStatus, contributors_label,
    role_label, sources_label,
};
pub use walk::{Entry, Skip, extension, walk};

pub use crate::script::printable_path;

use crate::error::{Error, FileProblem, Result};
use crate::i18n::{Key, t, tf};
use crate::model::{Commission, IssueId, Item, ItemId, UnitList, parse_date};
use crate::store::{Added, Store};

/// Text files larger than this are refused: no submission is this long,
/// and reading one must not exhaust memory.
pub const MAX_TEXT_BYTES: u64 = 10 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct Options {
    /// Read every text file in this encoding instead of finding it out.
    pub encoding: Option<&'static Encoding>,
    /// The received date of items that do not name one.
    pub today: Date,
}

#[derive(Debug)]
pub enum Outcome {
    Imported {
        id: ItemId,
        encoding: &'static str,
        similar_to: Option<ItemId>,
        item: Box<ItemSummary>,
    },
    /// The same text was already in the store.
    Exists(ItemId),
    /// Not a submission (in a folder): passed over.
    Skipped(Skip),
    Failed(FileProblem),
}

#[derive(Debug)]
pub struct FileReport {
    pub path: PathBuf,
    pub outcome: Outcome,
}

/// A line of an import report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportLine {
    Info(String),
    Failed(String),
}

#[derive(Debug, Default)]
pub struct Report {
    pub files: Vec<FileReport>,
    /// Units named in the files that the unit list does not know.
    pub unknown_units: BTreeSet<String>,
    /// Items just stored that could answer an open commission.
    pub offers: Vec<Offer>,
}

/// A new item from a unit with an open commission: offered as its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub item: ItemId,
    /// The unit as the item names it.
    pub unit: String,
    pub commission: Commission,
}

impl Report {
    fn count(&self, f: impl Fn(&Outcome) -> bool) -> usize {
        self.files.iter().filter(|r| f(&r.outcome)).count()
    }

    pub fn imported(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Imported { .. }))
    }

    /// Imported, but closely resembling an earlier item.
    pub fn near_duplicates(&self) -> usize {
        self.count(|o| {
            matches!(
                o,
                Outcome::Imported {
                    similar_to: Some(_),
                    ..
                }
            )
        })
    }

    pub fn existing(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Exists(_)))
    }

    pub fn skipped(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Skipped(_)))
    }

    pub fn failed(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Failed(_)))
    }

    /// What to tell the editor: each file (in a small batch), every skip and
    /// failure, the summary, and the units the list does not know.
    pub fn lines(&self) -> Vec<ReportLine> {
        let few = self.files.len() <= 50;
        let mut out = Vec::new();
        for file in &self.files {
            let path = printable_path(&file.path);
            match &file.outcome {
                Outcome::Imported {
                    id,
                    encoding,
                    similar_to,
                    item,
                } if few => {
                    let mut line = tf(Key::ImportedItem, &[id, &path, encoding]);
                    if let Some(old) = similar_to {
                        line.push_str(&tf(Key::ImportedSimilar, &[old]));
                    }
                    out.push(ReportLine::Info(line));
                    out.extend(item.lines("  ").into_iter().map(ReportLine::Info));
                }
                Outcome::Exists(id) if few => {
                    out.push(ReportLine::Info(tf(Key::AlreadyImported, &[&path, id])))
                }
                Outcome::Skipped(why) => {
                    out.push(ReportLine::Info(tf(Key::ImportSkipped, &[&path, why])))
                }
                Outcome::Failed(reason) => {
                    out.push(ReportLine::Failed(tf(Key::PathReason, &[&path, reason])))
                }
                _ => {}
            }
        }
        out.push(ReportLine::Info(self.summary()));
        if !self.unknown_units.is_empty() {
            let names: Vec<&str> = self.unknown_units.iter().map(String::as_str).collect();
            out.push(ReportLine::Info(tf(
                Key::ImportUnknownUnits,
                &[&names.join("、")],
            )));
        }
        for offer in &self.offers {
            let c = &offer.commission;
            out.push(ReportLine::Info(tf(
                Key::CommissionOffer,
                &[
                    &offer.item,
                    &crate::script::printable(&offer.unit),
                    &c.id,
                    &c.name(),
                    &c.id,
                    &offer.item,
                ],
            )));
        }
        out
    }

    /// One line: imported (near-duplicates) / already there / skipped / failed.
    pub fn summary(&self) -> String {
        tf(
            Key::ImportSummary,
            &[
                &self.imported(),
                &self.near_duplicates(),
                &self.existing(),
                &self.skipped(),
                &self.failed(),
            ],
        )
    }
}

/// Reads at most `limit` bytes of a file; a larger file is an error.
pub fn read_bounded(path: &Path, limit: u64) -> std::result::Result<Vec<u8>, FileProblem> {
    let meta = std::fs::metadata(path).map_err(FileProblem::Unreadable)?;
    if meta.is_dir() {
        return Err(FileProblem::Directory);
    }
    // A FIFO or a device would block or never end: only regular files.
    if !meta.is_file() {
        return Err(FileProblem::NotRegular);
    }
    let too_large = || FileProblem::TooLarge {
        size_mb: meta.len().max(limit + 1) / 1024 / 1024,
        limit_mb: limit / 1024 / 1024,
    };
    if meta.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(FileProblem::Unreadable)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// A Word document as the lines of a submission. A short line above an
/// emphasised headline that names a unit or a date becomes the matching
/// header line, as units often put their name above the title.
fn docx_lines(doc: &docx::Document, units: &UnitList) -> String {
    let paras: Vec<&docx::Paragraph> = doc
        .paragraphs
        .iter()
        .filter(|p| !p.text.trim().is_empty())
        .collect();
    let headline_at = paras.iter().take(3).position(|p| p.emphasized);
    let mut lines = Vec::with_capacity(paras.len());
    for (i, p) in paras.iter().enumerate() {
        let text = p.text.trim();
        let above = headline_at.is_some_and(|h| i < h) && text.chars().count() <= 20;
        if above && units.canonical(text).is_some() {
            lines.push(format!("报送单位：{text}"));
        } else if above && parse_date(text).is_some() {
            lines.push(format!("报送日期：{text}"));
        } else {
            lines.push(text.to_string());
        }
    }
    lines.join("\n")
}

/// A unit named in a Word document's page header (上街区人民检察院, or
/// 矿山街道信息): a name or alias from the list.
fn unit_in_header(doc: &docx::Document, units: &UnitList) -> Option<String> {
    doc.header.iter().find_map(|line| {
        let line = line.trim();
        units.canonical(line).map(String::from).or_else(|| {
            line.split_whitespace()
                .find_map(|w| units.canonical(w))
                .map(String::from)
        })
    })
}

/// The unit a file name names: 矿山街道-关于….docx, 01-区委宣传部-文明城市.txt.
fn unit_from_name(path: &Path, units: &UnitList) -> Option<String> {
    let stem = path.file_stem()?.to_string_lossy();
    stem.split(['-', '_', '－', '—', ' ', '　'])
        .find_map(|part| units.canonical(part).map(String::from))
}

/// Reads one file as a submission: the item and the encoding it was in.
/// Units are made canonical where the list knows them; with no unit named
/// in the text, the Word page header or the file name, one is inferred from
/// the headline or first sentence and marked as inferred.
pub fn read_submission(
    path: &Path,
    opts: &Options,
    units: &UnitList,
) -> std::result::Result<(Item, &'static str), FileProblem> {
    let ext = walk::extension(path).unwrap_or_default();
    let mut header_unit = None;
    let (mut item, encoding) = if matches!(ext.as_str(), "docx" | "doc" | "wps") {
        let bytes = read_bounded(path, docx::MAX_FILE_BYTES)?;
        if ext != "docx" && !bytes.starts_with(b"PK") {
            return Err(FileProblem::OldWord);
        }
        let doc = docx::read(&bytes)?;
        let mut item = crate::submission::read(&docx_lines(&doc, units), opts.today, units)
            .map_err(FileProblem::Submission)?;
        if doc.images > 0 {
            item.note = tf(Key::NoteImages, &[&doc.images]);
        }
        header_unit = unit_in_header(&doc, units);
        (item, "docx")
    } else {
        let bytes = read_bounded(path, MAX_TEXT_BYTES)?;
        let decoded = decode(&bytes, opts.encoding)?;
        let item = crate::submission::read(&decoded.text, opts.today, units)
            .map_err(FileProblem::Submission)?;
        (item, decoded.encoding)
    };
    for source in &mut item.sources {
        if let Some(name) = units.canonical(source) {
            *source = name.to_string();
        }
    }
    if item.sources.is_empty()
        && let Some(unit) = header_unit.or_else(|| unit_from_name(path, units))
    {
        item.sources = vec![unit];
    }
    if item.sources.is_empty()
        && let Some(unit) = crate::submission::infer_unit(&item, units)
    {
        item.sources = vec![unit];
        item.source_inferred = true;
    }
    Ok((item, encoding))
}

/// A submission as the import stores it: read, its 信息员 filled from
/// the unit table when it names none, and its summary for the report,
/// which says where the 信息员 came from.
fn read_for_import(
    path: &Path,
    opts: &Options,
    units: &UnitList,
) -> std::result::Result<(Item, &'static str, ItemSummary), FileProblem> {
    let (mut item, encoding) = read_submission(path, opts, units)?;
    let filled = contact_from_units(&mut item, units);
    let mut summary = ItemSummary::of(&item, units);
    summary.contact_from_units = filled;
    Ok((item, encoding, summary))
}

/// Fills the contact (and the phone, when the submission gives none) from
/// the unit table's 信息员 of the item's first unit that has one, when the
/// submission names no contact. A unit inferred from the text is a guess,
/// so it lends no one. Returns whether it filled the contact.
fn contact_from_units(item: &mut Item, units: &UnitList) -> bool {
    if item.contributors.contact.is_some() || item.source_inferred {
        return false;
    }
    let Some(unit) = item
        .sources
        .iter()
        .filter_map(|s| units.find(s))
        .find(|u| u.contact.is_some())
    else {
        return false;
    };
    item.contributors.contact = unit.contact.clone();
    if item.contributors.phone.is_none() {
        item.contributors.phone = unit.phone.clone();
    }
    true
}

/// The files `paths` stand for: a file as named, a folder walked.
pub fn expand(paths: &[PathBuf]) -> Vec<Entry> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            out.extend(walk(path));
        } else {
            out.push(Entry::File(path.clone()));
        }
    }
    out
}

/// Imports every submission `paths` name (files, or folders walked), each
/// file in its own transaction. `progress` hears (done, total) as it goes.
pub fn import_paths(
    store: &mut Store,
    paths: &[PathBuf],
    opts: &Options,
    mut progress: impl FnMut(usize, usize),
) -> Result<Report> {
    let units = store.units()?;
    // The files of one import are one undo step, though each is stored in
    // a transaction of its own.
    let batch = format!(
        "import {} {}",
        std::process::id(),
        jiff::Timestamp::now().as_nanosecond()
    );
    let entries = expand(paths);
    let total = entries.len();
    let mut report = Report::default();
    for (done, entry) in entries.into_iter().enumerate() {
        progress(done, total);
        let (path, outcome) = match entry {
            Entry::Skipped(path, why) => (path, Outcome::Skipped(why)),
            Entry::File(path) => {
                let outcome = import_one(
                    store,
                    &batch,
                    &path,
                    opts,
                    &units,
                    &mut report.unknown_units,
                );
                (path, outcome)
            }
        };
        report.files.push(FileReport { path, outcome });
    }
    report.offers = offers(store, &report)?;
    progress(total, total);
    Ok(report)
}

/// Each new item of `report` from a unit with an open commission, once
/// for each such commission.
fn offers(store: &Store, report: &Report) -> Result<Vec<Offer>> {
    // Most stores have no open commission: no item need be read then.
    if store.commissions(true)?.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for file in &report.files {
        let Outcome::Imported { id, .. } = file.outcome else {
            continue;
        };
        for unit in store.item(id)?.sources {
            for commission in store.open_commissions_for(&unit)? {
                // Two of an item's units may be names of one unit.
                if out
                    .iter()
                    .any(|o: &Offer| o.item == id && o.commission.id == commission.id)
                {
                    continue;
                }
                out.push(Offer {
                    item: id,
                    unit: unit.clone(),
                    commission,
                });
            }
        }
    }
    Ok(out)
}

fn import_one(
    store: &mut Store,
    batch: &str,
    path: &Path,
    opts: &Options,
    units: &UnitList,
    unknown: &mut BTreeSet<String>,
) -> Outcome {
    let (item, encoding, summary) = match read_for_import(path, opts, units) {
        Ok(read) => read,
        Err(reason) => return Outcome::Failed(reason),
    };
    if !units.units.is_empty() {
        unknown.extend(
            item.sources
                .iter()
                .filter(|s| units.canonical(s).is_none())
                .cloned(),
        );
    }
    match store.add_item_in(&item, &path.to_string_lossy(), Some(batch)) {
        Ok(Added::New(id)) => {
            let similar_to = store.item(id).ok().and_then(|i| i.similar_to);
            Outcome::Imported {
                id,
                encoding,
                similar_to,
                item: Box::new(summary),
            }
        }
        Ok(Added::Exists(id)) => Outcome::Exists(id),
        Err(e) => Outcome::Failed(FileProblem::Store(Box::new(e))),
    }
}

/// Reads a whole printed issue from a file. Items that name no unit are
/// given one inferred from their text, marked as inferred. Errors name the
/// file and the line.
pub fn read_bulletin(
    path: &Path,
    opts: &Options,
    units: &UnitList,
) -> Result<crate::bulletin::Reading> {
    let named = |problem| Error::FileInvalid {
        path: path.to_path_buf(),
        problem,
    };
    let bytes = read_bounded(path, MAX_TEXT_BYTES).map_err(named)?;
    let text = decode(&bytes, opts.encoding).map_err(named)?;
    let mut reading =
        crate::bulletin::read(&text.text).map_err(|e| named(FileProblem::Bulletin(e)))?;
    let issue = &mut reading.issue;
    for item in issue.articles.iter_mut().chain(issue.briefs.iter_mut()) {
        if item.sources.is_empty()
            && let Some(unit) = crate::submission::infer_unit(item, units)
        {
            item.sources = vec![unit];
            item.source_inferred = true;
        }
    }
    Ok(reading)
}

/// Imports a whole printed issue as a final issue with published items,
/// and says what was read.
pub fn import_bulletin(
    store: &mut Store,
    path: &Path,
    opts: &Options,
) -> Result<(IssueId, BulletinSummary)> {
    let units = store.units()?;
    let reading = read_bulletin(path, opts, &units)?;
    let summary = BulletinSummary::of(&path.display().to_string(), &reading, &units);
    let id = store
        .import_issue(&reading.issue, &path.to_string_lossy())
        .map_err(|e| Error::FileInvalid {
            path: path.to_path_buf(),
            problem: FileProblem::Store(Box::new(e)),
        })?;
    Ok((id, summary))
}

/// What an import of one file would do, without doing it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Preview {
    WouldImport {
        file: String,
        encoding: &'static str,
        item: ItemSummary,
    },
    Exists {
        file: String,
        id: ItemId,
        item: ItemSummary,
    },
    Skipped {
        file: String,
        reason: String,
    },
    Failed {
        file: String,
        reason: String,
    },
}

impl Preview {
    pub fn failed(&self) -> bool {
        matches!(self, Preview::Failed { .. })
    }

    pub fn lines(&self) -> Vec<String> {
        match self {
            Preview::WouldImport {
                file,
                encoding,
                item,
            } => {
                let mut out = vec![tf(
                    Key::SummaryWouldImport,
                    &[&crate::export::printable(file), encoding],
                )];
                out.extend(item.lines("  "));
                out
            }
            Preview::Exists { file, id, item } => {
                let mut out = vec![tf(
                    Key::SummaryExists,
                    &[&crate::export::printable(file), id],
                )];
                out.extend(item.lines("  "));
                out
            }
            Preview::Skipped { file, reason } => vec![tf(
                Key::ImportSkipped,
                &[
                    &crate::export::printable(file),
                    &crate::export::printable(reason),
                ],
            )],
            Preview::Failed { file, reason } => vec![tf(
                Key::PathReason,
                &[
                    &crate::export::printable(file),
                    &crate::export::printable(reason),
                ],
            )],
        }
    }
}

/// Reads every submission `paths` name as [`import_paths`] would, and says
/// what it would store; `store` (when there is one) tells which are
/// already there. Nothing is written.
pub fn preview_paths(
    store: Option<&Store>,
    paths: &[PathBuf],
    opts: &Options,
    units: &UnitList,
) -> Result<Vec<Preview>> {
    let mut out = Vec::new();
    for entry in expand(paths) {
        out.push(match entry {
            Entry::Skipped(path, reason) => Preview::Skipped {
                file: path.display().to_string(),
                reason: reason.to_string(),
            },
            Entry::File(path) => {
                let file = path.display().to_string();
                match read_for_import(&path, opts, units) {
                    Err(problem) => Preview::Failed {
                        file,
                        reason: problem.to_string(),
                    },
                    Ok((item, encoding, summary)) => {
                        match store.map(|s| s.find_same(&item)).transpose()?.flatten() {
                            Some(id) => Preview::Exists {
                                file,
                                id,
                                item: summary,
                            },
                            None => Preview::WouldImport {
                                file,
                                encoding,
                                item: summary,
                            },
                        }
                    }
                }
            }
        });
    }
    Ok(out)
}

/// A JSON file larger than this is refused (a store of a decade of issues
/// is a few tens of megabytes).
pub const MAX_JSON_BYTES: u64 = 1024 * 1024 * 1024;

/// What `import --json` did with a file.
#[derive(Debug)]
pub enum JsonImported {
    /// An issue or a whole store, restored.
    Restored(crate::store::Restored),
    /// A lower desk's `jianbao-forward` bundle, taken into the queue.
    Bundle {
        from: String,
        taken: crate::store::Taken,
    },
    /// An upper desk's `jianbao-receipt`, recorded as adoptions.
    Receipt {
        from: String,
        taken: crate::store::Taken,
    },
}

impl JsonImported {
    /// The report, a line each: what was restored; or what a bundle or a
    /// receipt brought, a bundle's items one a line with the units that
    /// wrote them and the earlier item each resembles.
    pub fn lines(&self, store: &Store) -> Result<Vec<String>> {
        let (from, taken, key) = match self {
            JsonImported::Restored(r) => {
                let ids = t(if r.same_ids {
                    Key::RestoredSameIds
                } else {
                    Key::RestoredNewIds
                });
                return Ok(vec![tf(
                    Key::Restored,
                    &[&r.issues, &r.items, &r.units, &ids],
                )]);
            }
            JsonImported::Bundle { from, taken } => (from, taken, Key::BundleTaken),
            JsonImported::Receipt { from, taken } => (from, taken, Key::ReceiptTaken),
        };
        let mut lines = vec![tf(key, &[from, &taken.added.len(), &taken.already.len()])];
        if let JsonImported::Bundle { .. } = self {
            for (id, similar) in &taken.added {
                let units = store
                    .upper(*id)?
                    .forwarded_from
                    .map(|p| p.original_units.join(" "))
                    .unwrap_or_default();
                let name = store.item(*id)?.name();
                let mut line = tf(Key::BundleItemAdded, &[id, &name, &units]);
                if let Some(old) = similar {
                    line.push_str(&tf(Key::ImportedSimilar, &[old]));
                }
                lines.push(line);
            }
            for id in &taken.already {
                let name = store.item(*id)?.name();
                lines.push(tf(Key::BundleItemAlready, &[id, &name]));
            }
        }
        Ok(lines)
    }
}

/// Reads a JSON file jianbao wrote, in one transaction: an issue or a
/// whole store from `export --format json` is restored; a bundle or a
/// receipt from another desk must be addressed to `here` (this office).
/// `progress` hears (items stored, items) once a restore's file is read.
pub fn import_json(
    store: &mut Store,
    path: &Path,
    here: &str,
    progress: impl FnMut(usize, usize),
) -> Result<JsonImported> {
    use crate::archive::{Bundle, FORWARD_FORMAT, RECEIPT_FORMAT, Receipt, format_of};
    let named = |problem| Error::FileInvalid {
        path: path.to_path_buf(),
        problem,
    };
    let bytes = read_bounded(path, MAX_JSON_BYTES).map_err(named)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        named(FileProblem::NotUtf8 {
            at: e.utf8_error().valid_up_to(),
        })
    })?;
    let stored = |e| named(FileProblem::Store(Box::new(e)));
    match format_of(&text).as_deref() {
        Some(FORWARD_FORMAT) => {
            let bundle = Bundle::read(&text, here).map_err(|e| named(FileProblem::Chain(e)))?;
            let taken = store
                .take_bundle(&bundle, &path.to_string_lossy())
                .map_err(stored)?;
            Ok(JsonImported::Bundle {
                from: bundle.from,
                taken,
            })
        }
        Some(RECEIPT_FORMAT) => {
            let receipt = Receipt::read(&text, here).map_err(|e| named(FileProblem::Chain(e)))?;
            let taken = store.take_receipt(&receipt).map_err(stored)?;
            Ok(JsonImported::Receipt {
                from: receipt.from,
                taken,
            })
        }
        _ => {
            let archive = match crate::archive::parse(&text)
                .map_err(|e| named(FileProblem::Archive(e)))?
            {
                crate::archive::Document::Issue(issue) => crate::archive::Archive::of_issue(*issue),
                crate::archive::Document::Archive(archive) => archive,
            };
            store
                .restore(&archive, &path.to_string_lossy(), progress)
                .map(JsonImported::Restored)
                .map_err(stored)
        }
    }
}

#[cfg(test)]
mod tests;
