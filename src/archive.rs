//! The JSON documents jianbao writes and reads back: one issue with its
//! items, or a whole store; and (`chain`) the bundles and receipts desks
//! send each other. Field names and order are stable; `version`
//! grows only when a reader of the old version could not read the new one.
//! docs/formats.md describes both.

mod chain;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::{Key, t, tf};
use crate::model::{Issue, Item, Unit};

pub use chain::{
    Bundle, BundleItem, CHAIN_VERSION, ChainProblem, FORWARD_FORMAT, RECEIPT_FORMAT, Receipt,
    ReceiptItem, format_of,
};

pub const ISSUE_FORMAT: &str = "jianbao-issue";
pub const ARCHIVE_FORMAT: &str = "jianbao-archive";
pub const VERSION: u32 = 1;

/// A whole store: the unit list, every issue with its items in order, and
/// the items not placed in any issue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Archive {
    format: String,
    version: u32,
    pub units: Vec<Unit>,
    pub issues: Vec<Issue>,
    pub items: Vec<Item>,
    /// Where items came from (the file each was imported from), by item id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub origins: BTreeMap<i64, String>,
}

impl Archive {
    pub fn new(units: Vec<Unit>, issues: Vec<Issue>, items: Vec<Item>) -> Archive {
        Archive {
            format: ARCHIVE_FORMAT.to_string(),
            version: VERSION,
            units,
            issues,
            items,
            origins: BTreeMap::new(),
        }
    }

    /// One issue as an archive of its own, for restoring it.
    pub fn of_issue(issue: Issue) -> Archive {
        Archive::new(Vec::new(), vec![issue], Vec::new())
    }
}

#[derive(Serialize, Deserialize)]
struct IssueFile {
    format: String,
    version: u32,
    issue: Issue,
}

/// What a JSON file held. (One is made per file read: the size of an issue
/// with its 印发 record beside an archive's handle does not matter.)
#[derive(Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Document {
    Issue(Box<Issue>),
    Archive(Archive),
}

fn to_json<T: Serialize>(document: &T) -> String {
    // Plain data with string keys cannot fail to serialise.
    let mut text = serde_json::to_string_pretty(document).unwrap_or_default();
    text.push('\n');
    text
}

/// One issue as JSON: what was published, without the contributors'
/// details (names and phone numbers are the desk's, never print), and so
/// without the original text of an item that carried them. The whole-store
/// archive keeps both.
pub fn issue_json(issue: &Issue) -> String {
    let mut issue = issue.clone();
    for item in issue.articles.iter_mut().chain(issue.briefs.iter_mut()) {
        if !item.contributors.is_empty() {
            item.contributors = Default::default();
            item.original.clear();
        }
    }
    to_json(&IssueFile {
        format: ISSUE_FORMAT.to_string(),
        version: VERSION,
        issue,
    })
}

pub fn archive_json(archive: &Archive) -> String {
    to_json(archive)
}

/// Reads a document written by [`issue_json`] or [`archive_json`]; the error
/// is one line saying what is wrong.
pub fn parse(text: &str) -> Result<Document, String> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u32>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| tf(Key::ErrJson, &[&e]))?;
    let version = head.version.unwrap_or(0);
    if version > VERSION {
        return Err(tf(Key::ErrJsonNewer, &[&version]));
    }
    let body = |e: serde_json::Error| tf(Key::ErrJson, &[&e]);
    match head.format.as_deref() {
        Some(ISSUE_FORMAT) => {
            let doc: IssueFile = serde_json::from_str(text).map_err(body)?;
            Ok(Document::Issue(Box::new(doc.issue)))
        }
        Some(ARCHIVE_FORMAT) => {
            let mut archive: Archive = serde_json::from_str(text).map_err(body)?;
            archive.version = VERSION;
            Ok(Document::Archive(archive))
        }
        _ => Err(t(Key::ErrJsonFormat).to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, FooterLine, ItemId, Kind, Status};

    fn sample() -> Issue {
        let mut issue = Issue::new("上街信息", 2023, 56);
        issue.date = Some(Date::constant(2023, 8, 21));
        issue.publisher = "中共上街区委办公室".into();
        let mut item = Item::new(
            "标题",
            vec!["第一段".into(), "第二段".into()],
            Date::constant(2023, 8, 18),
        );
        item.id = Some(ItemId(7));
        item.sources = vec!["区法院".into()];
        item.status = Status::Published;
        item.original = "标题\n第一段\n第二段（区法院）".into();
        issue.articles.push(item.clone());
        item.id = Some(ItemId(9));
        item.kind = Kind::Brief;
        issue.briefs.push(item);
        issue.footer.push(FooterLine::new("本期送", "区县处级领导"));
        issue.editors = vec!["郝婕".into()];
        issue
    }

    #[test]
    fn an_issue_reads_back_as_it_was_written() {
        let issue = sample();
        let text = issue_json(&issue);
        assert!(
            text.starts_with(
                "{\n  \"format\": \"jianbao-issue\",\n  \"version\": 1,\n  \"issue\": {"
            )
        );
        assert!(text.contains("\"date\": \"2023-08-21\""));
        match parse(&text) {
            Ok(Document::Issue(back)) => assert_eq!(*back, issue),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_archive_reads_back_as_it_was_written() {
        let mut archive = Archive::new(Vec::new(), vec![sample()], Vec::new());
        archive.units.push(Unit {
            name: "区法院".into(),
            aliases: vec!["法院".into()],
            ..Unit::default()
        });
        archive.items.push(Item::new(
            "未编入",
            vec!["正文".into()],
            Date::constant(2023, 9, 1),
        ));
        archive.origins.insert(7, "来稿/区法院.txt".into());
        let text = archive_json(&archive);
        match parse(&text) {
            Ok(Document::Archive(back)) => assert_eq!(back, archive),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn what_it_cannot_read_is_named() {
        assert!(parse("{").unwrap_err().contains("JSON"));
        let newer = issue_json(&sample()).replace("\"version\": 1", "\"version\": 2");
        assert!(parse(&newer).unwrap_err().contains('2'));
        assert!(parse("{\"format\": \"other\"}").is_err());
        let broken = issue_json(&sample()).replace("\"year\": 2023", "\"year\": \"二〇二三\"");
        assert!(parse(&broken).unwrap_err().contains("二〇二三"));
    }
}
