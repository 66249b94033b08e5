//! What the upper levels did with an item: 上级采用 (a city, provincial or
//! national bulletin printed it) and 领导批示 (a leader wrote on it), with
//! the 落实反馈 that closes an instruction.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{ItemId, format_date};
use crate::i18n::{Key, t, tf};

/// An id bound and read as the integer it is, as `ItemId` is.
macro_rules! row_id {
    ($name:ident) => {
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                i64::column_result(value).map($name)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

row_id!(AdoptionId);
row_id!(InstructionId);

/// The four tiers, read from the CLI's English words and from the Chinese
/// an editor writes; each record's level takes the tiers it allows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tier {
    District,
    City,
    Province,
    National,
}

fn tier(text: &str) -> Option<Tier> {
    let text = text.trim();
    let tier = match text.to_ascii_lowercase().as_str() {
        "district" | "county" | "区级" | "区" | "县级" | "县" | "区县" | "区县级" => {
            Tier::District
        }
        "city" | "市级" | "市" | "市委" | "市政府" => Tier::City,
        "province" | "provincial" | "省级" | "省" | "省委" | "省政府" => Tier::Province,
        "national" | "全国" | "国家级" | "国家" | "中央" | "中央级" => Tier::National,
        _ => return None,
    };
    Some(tier)
}

/// Where an upper-level bulletin that printed an item sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AdoptionLevel {
    City,
    Province,
    National,
}

impl AdoptionLevel {
    /// The level written in English (city) or Chinese (市级); a district is
    /// the desk's own level, so nothing above it to adopt at.
    pub fn parse(text: &str) -> Option<AdoptionLevel> {
        match tier(text)? {
            Tier::District => None,
            Tier::City => Some(AdoptionLevel::City),
            Tier::Province => Some(AdoptionLevel::Province),
            Tier::National => Some(AdoptionLevel::National),
        }
    }

    /// As the store and JSON spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            AdoptionLevel::City => "city",
            AdoptionLevel::Province => "province",
            AdoptionLevel::National => "national",
        }
    }

    pub fn from_db(text: &str) -> Option<AdoptionLevel> {
        [
            AdoptionLevel::City,
            AdoptionLevel::Province,
            AdoptionLevel::National,
        ]
        .into_iter()
        .find(|l| l.as_str() == text)
    }

    pub fn label(self) -> &'static str {
        t(match self {
            AdoptionLevel::City => Key::LevelCity,
            AdoptionLevel::Province => Key::LevelProvince,
            AdoptionLevel::National => Key::LevelNational,
        })
    }
}

/// The level of the leader who wrote an instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LeaderLevel {
    District,
    City,
    Province,
    National,
}

impl LeaderLevel {
    /// The level written in English (district) or Chinese (区级).
    pub fn parse(text: &str) -> Option<LeaderLevel> {
        Some(match tier(text)? {
            Tier::District => LeaderLevel::District,
            Tier::City => LeaderLevel::City,
            Tier::Province => LeaderLevel::Province,
            Tier::National => LeaderLevel::National,
        })
    }

    /// As the store and JSON spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            LeaderLevel::District => "district",
            LeaderLevel::City => "city",
            LeaderLevel::Province => "province",
            LeaderLevel::National => "national",
        }
    }

    pub fn from_db(text: &str) -> Option<LeaderLevel> {
        [
            LeaderLevel::District,
            LeaderLevel::City,
            LeaderLevel::Province,
            LeaderLevel::National,
        ]
        .into_iter()
        .find(|l| l.as_str() == text)
    }

    pub fn label(self) -> &'static str {
        t(match self {
            LeaderLevel::District => Key::LevelDistrict,
            LeaderLevel::City => Key::LevelCity,
            LeaderLevel::Province => Key::LevelProvince,
            LeaderLevel::National => Key::LevelNational,
        })
    }
}

/// How an adoption came to be recorded: typed in, or (later) read from a
/// receipt another desk sent back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AdoptionSource {
    Hand,
    Receipt,
}

impl AdoptionSource {
    pub fn as_str(self) -> &'static str {
        match self {
            AdoptionSource::Hand => "hand",
            AdoptionSource::Receipt => "receipt",
        }
    }

    pub fn from_db(text: &str) -> Option<AdoptionSource> {
        [AdoptionSource::Hand, AdoptionSource::Receipt]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

/// 上级采用: an upper-level bulletin printed the item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adoption {
    pub id: AdoptionId,
    pub item: ItemId,
    pub level: AdoptionLevel,
    /// The bulletin's name, without 《》.
    pub outlet: String,
    /// 期号 as printed upstairs (第12期), when known.
    pub issue: Option<String>,
    pub date: Date,
    pub source: AdoptionSource,
}

impl Adoption {
    /// 市级《XX信息》第12期（2025年3月2日）.
    pub fn label(&self) -> String {
        tf(
            Key::AdoptionLabel,
            &[
                &self.level.label(),
                &self.outlet,
                &self
                    .issue
                    .as_deref()
                    .map_or(String::new(), |i| tf(Key::AdoptionIssue, &[&i])),
                &format_date(self.date),
            ],
        )
    }
}

/// A bulletin's name as the editor typed it, without the 《》 a reader
/// would add again.
pub fn outlet_name(text: &str) -> String {
    let text = text.trim();
    text.strip_prefix('《')
        .and_then(|t| t.strip_suffix('》'))
        .unwrap_or(text)
        .trim()
        .to_string()
}

/// 期号 as typed, a bare number written as printed (12 → 第12期), so that
/// the same issue typed either way is one issue; none when empty.
pub fn issue_label(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        None
    } else if text.chars().all(|c| c.is_ascii_digit()) {
        Some(format!("第{text}期"))
    } else {
        Some(text.to_string())
    }
}

/// 落实反馈: what was done about an instruction, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Done {
    pub on: Date,
    pub note: String,
}

/// 领导批示: a leader's written instruction on an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instruction {
    pub id: InstructionId,
    pub item: ItemId,
    /// The leader's name or title as written on it.
    pub by: String,
    pub level: LeaderLevel,
    pub date: Date,
    pub text: String,
    pub done: Option<Done>,
}

impl Instruction {
    /// 张三（区级，2025年3月5日）：…（已落实，…：…）.
    pub fn label(&self) -> String {
        let head = tf(
            Key::InstructionLabel,
            &[
                &self.by,
                &self.level.label(),
                &format_date(self.date),
                &self.text,
            ],
        );
        let tail = match &self.done {
            Some(done) => tf(
                Key::InstructionDoneLabel,
                &[&format_date(done.on), &done.note],
            ),
            None => t(Key::InstructionOpenLabel).to_string(),
        };
        format!("{head}{tail}")
    }
}

/// What the upper levels did with one item, where it was forwarded, and
/// (on an upper desk) which lower desk it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Upper {
    pub adoptions: Vec<Adoption>,
    pub instructions: Vec<Instruction>,
    pub forwards: Vec<super::Forward>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forwarded_from: Option<super::Provenance>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn levels_read_english_and_chinese() {
        for (text, level) in [
            ("city", AdoptionLevel::City),
            ("City", AdoptionLevel::City),
            ("市级", AdoptionLevel::City),
            ("province", AdoptionLevel::Province),
            (" 省级 ", AdoptionLevel::Province),
            ("national", AdoptionLevel::National),
            ("全国", AdoptionLevel::National),
        ] {
            assert_eq!(AdoptionLevel::parse(text), Some(level), "{text}");
            assert_eq!(AdoptionLevel::from_db(level.as_str()), Some(level));
        }
        for (text, level) in [
            ("district", LeaderLevel::District),
            ("区级", LeaderLevel::District),
            ("县级", LeaderLevel::District),
            ("市级", LeaderLevel::City),
            ("省", LeaderLevel::Province),
            ("national", LeaderLevel::National),
        ] {
            assert_eq!(LeaderLevel::parse(text), Some(level), "{text}");
            assert_eq!(LeaderLevel::from_db(level.as_str()), Some(level));
        }
    }

    #[test]
    fn nothing_is_adopted_at_district_level_and_unknown_words_are_refused() {
        assert_eq!(AdoptionLevel::parse("district"), None);
        assert_eq!(AdoptionLevel::parse("区级"), None);
        assert_eq!(AdoptionLevel::parse("town"), None);
        assert_eq!(LeaderLevel::parse(""), None);
        assert_eq!(LeaderLevel::from_db("市级"), None);
    }

    #[test]
    fn labels_speak_the_interface_language() {
        with_lang(Lang::Zh, || {
            assert_eq!(LeaderLevel::District.label(), "区级");
            assert_eq!(AdoptionLevel::National.label(), "全国");
        });
        with_lang(Lang::En, || {
            assert_eq!(AdoptionLevel::Province.label(), "provincial");
        });
    }

    #[test]
    fn an_issue_number_alone_is_written_as_printed() {
        assert_eq!(issue_label("12").as_deref(), Some("第12期"));
        assert_eq!(issue_label(" 第12期 ").as_deref(), Some("第12期"));
        assert_eq!(issue_label("增刊2"), Some("增刊2".to_string()));
        assert_eq!(issue_label("  "), None);
        assert_eq!(outlet_name("《市委信息》"), "市委信息");
        assert_eq!(outlet_name(" 要情快报 "), "要情快报");
    }

    #[test]
    fn records_read_as_the_reader_shows_them() {
        with_lang(Lang::Zh, || {
            let a = Adoption {
                id: AdoptionId(1),
                item: ItemId(4),
                level: AdoptionLevel::City,
                outlet: "市委信息".into(),
                issue: Some("第12期".into()),
                date: Date::constant(2025, 3, 2),
                source: AdoptionSource::Hand,
            };
            assert_eq!(a.label(), "市级《市委信息》第12期（2025年3月2日）");
            let mut i = Instruction {
                id: InstructionId(2),
                item: ItemId(4),
                by: "张三".into(),
                level: LeaderLevel::District,
                date: Date::constant(2025, 3, 5),
                text: "请认真研究".into(),
                done: None,
            };
            assert_eq!(
                i.label(),
                "张三（区级，2025年3月5日）：请认真研究（待落实）"
            );
            i.done = Some(Done {
                on: Date::constant(2025, 3, 9),
                note: "已召开专题会".into(),
            });
            assert_eq!(
                i.label(),
                "张三（区级，2025年3月5日）：请认真研究（已落实，2025年3月9日：已召开专题会）"
            );
        });
    }

    #[test]
    fn serialises_with_the_documented_fields() {
        let a = Adoption {
            id: AdoptionId(1),
            item: ItemId(4),
            level: AdoptionLevel::Province,
            outlet: "省委信息".into(),
            issue: None,
            date: Date::constant(2025, 3, 2),
            source: AdoptionSource::Hand,
        };
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["level"], "province");
        assert_eq!(json["source"], "hand");
        assert_eq!(json["issue"], serde_json::Value::Null);
        assert_eq!(json["date"], "2025-03-02");
    }
}
