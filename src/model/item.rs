//! 稿件: one submitted news item and its place in the editor's workflow.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Contributors, count_chars};
use crate::i18n::{Key, t};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub i64);

// The store reads and writes ids as the integers they are; rusqlite is
// always a dependency, and the orphan rule puts these impls here.
impl rusqlite::types::ToSql for ItemId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

impl rusqlite::types::FromSql for ItemId {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        i64::column_result(value).map(ItemId)
    }
}

impl std::fmt::Display for ItemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// How an item is printed: a full article, or a short △ brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Article,
    Brief,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Brief => "brief",
        }
    }

    /// The kind as the store spells it ([`Kind::as_str`]), and nothing else.
    pub fn from_db(s: &str) -> Option<Kind> {
        [Kind::Article, Kind::Brief]
            .into_iter()
            .find(|k| k.as_str() == s)
    }

    /// English or Chinese names, as typed.
    pub fn parse(s: &str) -> Option<Kind> {
        match s.trim() {
            "article" | "正文" | "文章" => Some(Kind::Article),
            "brief" | "简讯" | "△" => Some(Kind::Brief),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        t(match self {
            Kind::Article => Key::KindArticle,
            Kind::Brief => Key::KindBrief,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    New,
    Accepted,
    Held,
    Rejected,
    Published,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::New,
        Status::Accepted,
        Status::Held,
        Status::Rejected,
        Status::Published,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Accepted => "accepted",
            Status::Held => "held",
            Status::Rejected => "rejected",
            Status::Published => "published",
        }
    }

    /// The status as the store spells it ([`Status::as_str`]), and nothing else.
    pub fn from_db(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// English or Chinese names, as typed on the command line.
    pub fn parse(s: &str) -> Option<Status> {
        let s = s.trim();
        Status::ALL.into_iter().find(|st| {
            st.as_str() == s
                || [crate::i18n::Lang::Zh, crate::i18n::Lang::En]
                    .into_iter()
                    .any(|l| st.key().text(l) == s)
        })
    }

    fn key(self) -> Key {
        match self {
            Status::New => Key::StatusNew,
            Status::Accepted => Key::StatusAccepted,
            Status::Held => Key::StatusHeld,
            Status::Rejected => Key::StatusRejected,
            Status::Published => Key::StatusPublished,
        }
    }

    pub fn label(self) -> &'static str {
        t(self.key())
    }
}

/// A submitted item. `original` keeps the text exactly as it arrived; the
/// other fields are the editor's working copy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ItemId>,
    pub headline: String,
    pub body: Vec<String>,
    /// The units named in the trailing （…）, in order.
    pub sources: Vec<String>,
    pub kind: Kind,
    pub status: Status,
    pub received: Date,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub reject_reason: String,
    #[serde(default)]
    pub original: String,
    /// Why the editor changed the text, from the reason list (see
    /// [`super::Reasons`]): told to the unit on its feedback sheet.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub edit_reason: String,
    /// An earlier item this one closely resembles (a revision, or the same
    /// event from another unit), until the editor decides about it.
    #[serde(default)]
    pub similar_to: Option<ItemId>,
    /// Author, reviewer, signer, contact and phone, as the submission gave
    /// them: kept for the desk, never printed.
    #[serde(default, skip_serializing_if = "Contributors::is_empty")]
    pub contributors: Contributors,
    /// The unit was read from the headline or first sentence, not named by
    /// the sender: the editor should confirm it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub source_inferred: bool,
    /// 编者按 printed with this article.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub editor_note: String,
    /// The 栏目 heading (【工作动态】) this item stands under in its issue,
    /// as printed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub column: String,
}

/// A change to an item's text or attributes; `None` leaves a field alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemEdit {
    pub headline: Option<String>,
    pub body: Option<Vec<String>>,
    pub sources: Option<Vec<String>>,
    pub kind: Option<Kind>,
    pub note: Option<String>,
    /// Why the text changed; recorded only with a change to it.
    pub reason: Option<String>,
}

impl ItemEdit {
    /// Paragraphs (or units) as an edit keeps them: trimmed, the empty
    /// ones dropped.
    pub fn clean(v: &[String]) -> Vec<String> {
        v.iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect()
    }

    /// Whether this edit changes the headline or the body of `item`: the
    /// changes a reason is asked for.
    pub fn rewrites(&self, item: &Item) -> bool {
        self.headline
            .as_ref()
            .is_some_and(|h| h.trim() != item.headline)
            || self
                .body
                .as_ref()
                .is_some_and(|b| ItemEdit::clean(b) != item.body)
    }
}

impl Item {
    pub fn new(headline: impl Into<String>, body: Vec<String>, received: Date) -> Item {
        Item {
            id: None,
            headline: headline.into(),
            body,
            sources: Vec::new(),
            kind: Kind::Article,
            status: Status::New,
            received,
            note: String::new(),
            reject_reason: String::new(),
            original: String::new(),
            edit_reason: String::new(),
            similar_to: None,
            contributors: Contributors::default(),
            source_inferred: false,
            editor_note: String::new(),
            column: String::new(),
        }
    }

    /// 字数 of the headline and the body (the attribution is not counted).
    pub fn chars(&self) -> usize {
        count_chars(&self.headline) + self.body.iter().map(|p| count_chars(p)).sum::<usize>()
    }

    /// The headline, or the first paragraph when there is none (a brief
    /// may have no headline).
    pub fn title(&self) -> &str {
        if self.headline.is_empty() {
            self.body
                .iter()
                .find(|p| !p.is_empty())
                .map_or("", String::as_str)
        } else {
            &self.headline
        }
    }

    /// How a message or an undo step names this item: its title cut to fit
    /// (see [`item_name`](crate::script::item_name)).
    pub fn name(&self) -> String {
        crate::script::item_name(self.title())
    }

    /// The attribution as printed: （区委宣传部 区文明办）, or empty.
    pub fn attribution(&self) -> String {
        if self.sources.is_empty() {
            String::new()
        } else {
            format!("（{}）", self.sources.join(" "))
        }
    }

    /// The text that decides whether two items are the same submission:
    /// headline and body with all white space removed.
    pub fn fingerprint_text(&self) -> String {
        std::iter::once(self.headline.as_str())
            .chain(self.body.iter().map(String::as_str))
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_round_trip_in_both_languages() {
        for st in Status::ALL {
            assert_eq!(Status::parse(st.as_str()), Some(st));
            assert_eq!(
                Status::parse(st.key().text(crate::i18n::Lang::Zh)),
                Some(st)
            );
        }
        assert_eq!(Status::parse("draft"), None);
    }

    #[test]
    fn the_store_spelling_is_the_only_one_read_back() {
        for st in Status::ALL {
            assert_eq!(Status::from_db(st.as_str()), Some(st));
        }
        assert_eq!(Status::from_db("采用"), None);
        assert_eq!(Status::from_db(" new"), None);
        assert_eq!(Kind::from_db("brief"), Some(Kind::Brief));
        assert_eq!(Kind::from_db("简讯"), None);
    }

    #[test]
    fn chars_and_attribution() {
        let mut item = Item::new(
            "矿山街道优化卫生环境",
            vec!["一是认真部署。".into(), "二是线下发力。".into()],
            Date::new(2023, 8, 14).unwrap(),
        );
        assert_eq!(item.chars(), 10 + 7 + 7);
        assert_eq!(item.attribution(), "");
        item.sources = vec!["区委宣传部".into(), "区文明办".into()];
        assert_eq!(item.attribution(), "（区委宣传部 区文明办）");
        assert_eq!(
            item.fingerprint_text(),
            "矿山街道优化卫生环境一是认真部署。二是线下发力。"
        );
    }
}
