//! Desks in a chain: an item forwarded upward (上报), and where an item
//! that arrived from a lower desk came from.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{ItemId, format_date};
use crate::i18n::{Key, tf};

/// One time an item went up: to which office, on which day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forward {
    pub item: ItemId,
    /// The receiving office, as named on `forward --to`.
    pub to: String,
    pub date: Date,
    /// Who read it for secrets before it went (保密审查); empty on forwards
    /// recorded before the review was asked for.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reviewer: String,
}

impl Forward {
    /// 报送中共郑州市委办公厅（2025年3月10日）.
    pub fn label(&self) -> String {
        tf(Key::ForwardLabel, &[&self.to, &format_date(self.date)])
    }
}

/// Where an item that arrived in a lower desk's bundle came from: the
/// office that sent it (its 报送单位), its id on that desk, and the units
/// that wrote it there (原稿单位).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    pub office: String,
    pub original_item: ItemId,
    pub original_units: Vec<String>,
}

impl Provenance {
    /// 中共上街区委办公室（原稿单位：矿山街道；原稿件 12）.
    pub fn label(&self) -> String {
        tf(
            Key::ProvenanceLabel,
            &[
                &self.office,
                &self.original_units.join(" "),
                &self.original_item,
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn labels_name_the_office_the_units_and_the_date() {
        with_lang(Lang::Zh, || {
            let f = Forward {
                item: ItemId(3),
                to: "中共郑州市委办公厅".into(),
                date: Date::constant(2025, 3, 10),
                reviewer: "王五".into(),
            };
            assert_eq!(f.label(), "报送中共郑州市委办公厅（2025年3月10日）");
            let p = Provenance {
                office: "中共上街区委办公室".into(),
                original_item: ItemId(12),
                original_units: vec!["矿山街道".into(), "区文明办".into()],
            };
            assert_eq!(
                p.label(),
                "中共上街区委办公室（原稿单位：矿山街道 区文明办；原稿件 12）"
            );
        });
    }
}
