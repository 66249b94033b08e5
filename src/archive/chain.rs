//! The two documents desks in a chain send each other: a `jianbao-forward`
//! bundle of items going up (上报), and a `jianbao-receipt` coming down,
//! saying which of them the upper desk printed. Each is sealed with the
//! SHA-256 of its canonical JSON, so that a document altered on the way is
//! refused. docs/formats.md describes both.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::i18n::{Key, t, tf};
use crate::model::{AdoptionLevel, Date, ItemId, Kind};

pub const FORWARD_FORMAT: &str = "jianbao-forward";
pub const RECEIPT_FORMAT: &str = "jianbao-receipt";
/// Both formats' version; it grows only when a reader of the old version
/// could not read the new one.
pub const CHAIN_VERSION: u32 = 1;

/// A bundle of items one office forwards to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    pub version: u32,
    /// The sending office: the items' 报送单位 upstairs.
    pub from: String,
    /// The office it is addressed to; any other refuses it.
    pub to: String,
    pub date: Date,
    /// 签发人, 联系人, 联系电话 of the sending office.
    pub signer: String,
    pub contact: String,
    pub phone: String,
    pub items: Vec<BundleItem>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sha256: String,
}

/// One forwarded item, with where it came from on the sending desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleItem {
    /// The item's id on the sending desk: a receipt names it by this.
    pub id: ItemId,
    pub headline: String,
    pub body: Vec<String>,
    /// The units that wrote it (原稿单位).
    pub units: Vec<String>,
    pub kind: Kind,
    /// When the sending desk received it.
    pub received: Date,
}

/// What an upper desk printed of one office's forwarded items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Receipt {
    pub format: String,
    pub version: u32,
    /// The upper office that printed them.
    pub from: String,
    /// The office that forwarded them; any other refuses it.
    pub to: String,
    pub date: Date,
    /// The upper desk's level: what an adoption there counts as.
    pub level: AdoptionLevel,
    pub items: Vec<ReceiptItem>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sha256: String,
}

/// One printed item, named by its id on the desk that forwarded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReceiptItem {
    pub item: ItemId,
    /// As printed upstairs: for the reader only, never written to the item.
    pub headline: String,
    /// The bulletin that printed it, without 《》.
    pub outlet: String,
    /// 期号 as printed (第3期).
    pub issue: String,
    pub date: Date,
}

/// Why a bundle or a receipt is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainProblem {
    /// Not JSON, or not this format's fields, as the parser words it.
    Json(String),
    Newer {
        version: u32,
    },
    /// No sending office named.
    NoSender,
    OtherOffice {
        to: String,
        here: String,
    },
    /// Item number `at` (from 1) lacks `field`.
    Missing {
        at: usize,
        field: &'static str,
    },
    /// The seal does not match the content.
    Altered,
}

impl std::fmt::Display for ChainProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let p = crate::script::printable;
        match self {
            ChainProblem::Json(e) => f.write_str(&tf(Key::ErrJson, &[e])),
            ChainProblem::Newer { version } => f.write_str(&tf(Key::ErrJsonNewer, &[version])),
            ChainProblem::NoSender => f.write_str(t(Key::ErrChainNoSender)),
            ChainProblem::OtherOffice { to, here } => {
                f.write_str(&tf(Key::ErrChainOtherOffice, &[&p(to), &p(here)]))
            }
            ChainProblem::Missing { at, field } => {
                f.write_str(&tf(Key::ErrChainMissing, &[at, field]))
            }
            ChainProblem::Altered => f.write_str(t(Key::ErrChainAltered)),
        }
    }
}

/// The document's `format`, when it is JSON that names one.
pub fn format_of(text: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
    }
    serde_json::from_str::<Head>(text).ok()?.format
}

/// Lower-case hex SHA-256 of a document's compact JSON, its `sha256`
/// field left out (it is empty while this runs).
fn seal_of<T: Serialize>(document: &T) -> String {
    // Plain data with string keys cannot fail to serialise.
    let canonical = serde_json::to_string(document).unwrap_or_default();
    Sha256::digest(canonical.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn pretty<T: Serialize>(document: &T) -> String {
    let mut text = serde_json::to_string_pretty(document).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads the version first, so that a newer document is refused as newer
/// rather than for fields this jianbao does not know.
fn check_version(text: &str) -> Result<(), ChainProblem> {
    #[derive(Deserialize)]
    struct Head {
        version: Option<u32>,
    }
    let head: Head = serde_json::from_str(text).map_err(|e| ChainProblem::Json(e.to_string()))?;
    match head.version {
        Some(v) if v > CHAIN_VERSION => Err(ChainProblem::Newer { version: v }),
        _ => Ok(()),
    }
}

/// `here` is whom the document is addressed to.
fn addressed(to: &str, here: &str) -> Result<(), ChainProblem> {
    if to.trim() == here.trim() && !here.trim().is_empty() {
        Ok(())
    } else {
        Err(ChainProblem::OtherOffice {
            to: to.to_string(),
            here: here.to_string(),
        })
    }
}

impl Bundle {
    /// A sealed bundle.
    pub fn new(
        from: &str,
        to: &str,
        date: Date,
        people: [&str; 3],
        items: Vec<BundleItem>,
    ) -> Bundle {
        let [signer, contact, phone] = people.map(String::from);
        let mut b = Bundle {
            format: FORWARD_FORMAT.to_string(),
            version: CHAIN_VERSION,
            from: from.to_string(),
            to: to.to_string(),
            date,
            signer,
            contact,
            phone,
            items,
            sha256: String::new(),
        };
        b.sha256 = seal_of(&b);
        b
    }

    pub fn to_json(&self) -> String {
        pretty(self)
    }

    /// Reads a bundle addressed to `here`: refused when newer, altered,
    /// for another office, or with an item lacking its text or units.
    pub fn read(text: &str, here: &str) -> Result<Bundle, ChainProblem> {
        check_version(text)?;
        let mut b: Bundle =
            serde_json::from_str(text).map_err(|e| ChainProblem::Json(e.to_string()))?;
        let seal = std::mem::take(&mut b.sha256);
        if seal != seal_of(&b) {
            return Err(ChainProblem::Altered);
        }
        b.sha256 = seal;
        if b.from.trim().is_empty() {
            return Err(ChainProblem::NoSender);
        }
        addressed(&b.to, here)?;
        for (n, item) in b.items.iter().enumerate() {
            let missing = |field| ChainProblem::Missing { at: n + 1, field };
            if item.body.iter().all(|p| p.trim().is_empty()) {
                return Err(missing("body"));
            }
            if item.units.iter().all(|u| u.trim().is_empty()) {
                return Err(missing("units"));
            }
        }
        Ok(b)
    }
}

impl Receipt {
    /// A sealed receipt.
    pub fn new(
        from: &str,
        to: &str,
        date: Date,
        level: AdoptionLevel,
        items: Vec<ReceiptItem>,
    ) -> Receipt {
        let mut r = Receipt {
            format: RECEIPT_FORMAT.to_string(),
            version: CHAIN_VERSION,
            from: from.to_string(),
            to: to.to_string(),
            date,
            level,
            items,
            sha256: String::new(),
        };
        r.sha256 = seal_of(&r);
        r
    }

    pub fn to_json(&self) -> String {
        pretty(self)
    }

    /// Reads a receipt addressed to `here`: refused when newer, altered,
    /// for another office, or with an entry lacking its bulletin.
    pub fn read(text: &str, here: &str) -> Result<Receipt, ChainProblem> {
        check_version(text)?;
        let mut r: Receipt =
            serde_json::from_str(text).map_err(|e| ChainProblem::Json(e.to_string()))?;
        let seal = std::mem::take(&mut r.sha256);
        if seal != seal_of(&r) {
            return Err(ChainProblem::Altered);
        }
        r.sha256 = seal;
        if r.from.trim().is_empty() {
            return Err(ChainProblem::NoSender);
        }
        addressed(&r.to, here)?;
        for (n, entry) in r.items.iter().enumerate() {
            if entry.outlet.trim().is_empty() {
                return Err(ChainProblem::Missing {
                    at: n + 1,
                    field: "outlet",
                });
            }
        }
        Ok(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle() -> Bundle {
        Bundle::new(
            "中共上街区委办公室",
            "中共郑州市委办公厅",
            Date::constant(2025, 3, 10),
            ["王五", "李四", "0371-1234567"],
            vec![BundleItem {
                id: ItemId(12),
                headline: "矿山街道优化卫生环境".into(),
                body: vec!["一是认真部署。".into()],
                units: vec!["矿山街道".into()],
                kind: Kind::Article,
                received: Date::constant(2025, 3, 1),
            }],
        )
    }

    #[test]
    fn a_bundle_reads_back_as_written_to_its_office() {
        let b = bundle();
        assert_eq!(b.sha256.len(), 64);
        let text = b.to_json();
        assert_eq!(format_of(&text).as_deref(), Some(FORWARD_FORMAT));
        assert_eq!(Bundle::read(&text, " 中共郑州市委办公厅").unwrap(), b);
    }

    #[test]
    fn a_bundle_for_another_office_newer_or_altered_is_refused() {
        let text = bundle().to_json();
        assert!(matches!(
            Bundle::read(&text, "中共洛阳市委办公室"),
            Err(ChainProblem::OtherOffice { .. })
        ));
        let altered = text.replace("一是认真部署", "一是认真布置");
        assert_eq!(
            Bundle::read(&altered, "中共郑州市委办公厅"),
            Err(ChainProblem::Altered)
        );
        let newer = text.replace("\"version\": 1", "\"version\": 2");
        assert_eq!(
            Bundle::read(&newer, "中共郑州市委办公厅"),
            Err(ChainProblem::Newer { version: 2 })
        );
        let resealed = |mut b: Bundle| {
            b.sha256.clear();
            b.sha256 = seal_of(&b);
            b.to_json()
        };
        let mut no_units = bundle();
        no_units.items[0].units.clear();
        assert_eq!(
            Bundle::read(&resealed(no_units), "中共郑州市委办公厅"),
            Err(ChainProblem::Missing {
                at: 1,
                field: "units"
            })
        );
        let no_headline = text.replace("\"headline\": \"矿山街道优化卫生环境\",", "");
        assert!(matches!(
            Bundle::read(&no_headline, "中共郑州市委办公厅"),
            Err(ChainProblem::Json(e)) if e.contains("headline")
        ));
    }

    #[test]
    fn a_receipt_is_sealed_and_addressed_too() {
        let r = Receipt::new(
            "中共郑州市委办公厅",
            "中共上街区委办公室",
            Date::constant(2025, 3, 20),
            AdoptionLevel::City,
            vec![ReceiptItem {
                item: ItemId(12),
                headline: "矿山街道优化卫生环境".into(),
                outlet: "郑州信息".into(),
                issue: "第3期".into(),
                date: Date::constant(2025, 3, 18),
            }],
        );
        let text = r.to_json();
        assert_eq!(format_of(&text).as_deref(), Some(RECEIPT_FORMAT));
        assert_eq!(Receipt::read(&text, "中共上街区委办公室").unwrap(), r);
        assert!(matches!(
            Receipt::read(&text, "中共中原区委办公室"),
            Err(ChainProblem::OtherOffice { .. })
        ));
        assert_eq!(
            Receipt::read(
                &text.replace("\"item\": 12", "\"item\": 13"),
                "中共上街区委办公室"
            ),
            Err(ChainProblem::Altered)
        );
    }
}
