//! 期: one numbered issue of a bulletin series.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Item, Release};
use crate::i18n::{Key, t};

/// Joins a series title and its subtitle in the series' name: 上街信息·专报.
pub const SUBTITLE_MARK: char = '·';

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IssueId(pub i64);

impl rusqlite::types::ToSql for IssueId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

impl rusqlite::types::FromSql for IssueId {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        i64::column_result(value).map(IssueId)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum IssueState {
    #[default]
    Draft,
    Final,
}

impl IssueState {
    pub fn as_str(self) -> &'static str {
        match self {
            IssueState::Draft => "draft",
            IssueState::Final => "final",
        }
    }

    /// The state as the store spells it.
    pub fn from_db(s: &str) -> Option<IssueState> {
        match s {
            "draft" => Some(IssueState::Draft),
            "final" => Some(IssueState::Final),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        t(match self {
            IssueState::Draft => Key::StateDraft,
            IssueState::Final => Key::StateFinal,
        })
    }
}

/// A labelled line under the items: 本期送：…, 报：…, 发：….
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FooterLine {
    pub label: String,
    pub text: String,
}

impl FooterLine {
    pub fn new(label: impl Into<String>, text: impl Into<String>) -> FooterLine {
        FooterLine {
            label: label.into(),
            text: text.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<IssueId>,
    /// The series the issue belongs to: its title (上街信息), and for a
    /// sub-series printed with a subtitle line, the two joined by
    /// [`SUBTITLE_MARK`] (上街信息·专报).
    pub series: String,
    /// A line above the title: 内部资料　注意保存, or a 密级.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub marking: String,
    /// 编者按 for the whole issue, printed under the masthead.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub editor_note: String,
    pub year: i16,
    /// 第 N 期, counted per year (增刊 have their own count).
    pub number: u32,
    /// 总第 N 期, counted since the first issue, when the series prints it.
    #[serde(default)]
    pub total_number: Option<u32>,
    #[serde(default)]
    pub supplement: bool,
    #[serde(default)]
    pub date: Option<Date>,
    /// 编发单位, e.g. 中共上街区委办公室.
    #[serde(default)]
    pub publisher: String,
    pub articles: Vec<Item>,
    pub briefs: Vec<Item>,
    #[serde(default)]
    pub footer: Vec<FooterLine>,
    /// 责任编辑, names without alignment spaces.
    #[serde(default)]
    pub editors: Vec<String>,
    /// 共印 N 份.
    #[serde(default)]
    pub print_run: Option<u32>,
    #[serde(default)]
    pub state: IssueState,
    /// 密级, 份号, sign-offs, 保密审查 and the distribution list.
    #[serde(default, skip_serializing_if = "Release::is_empty")]
    pub release: Release,
}

impl Issue {
    pub fn new(series: impl Into<String>, year: i16, number: u32) -> Issue {
        Issue {
            id: None,
            series: series.into(),
            marking: String::new(),
            editor_note: String::new(),
            year,
            number,
            total_number: None,
            supplement: false,
            date: None,
            publisher: String::new(),
            articles: Vec::new(),
            briefs: Vec::new(),
            footer: Vec::new(),
            editors: Vec::new(),
            print_run: None,
            state: IssueState::Draft,
            release: Release::default(),
        }
    }

    /// The title printed at the top, and the subtitle line under it.
    pub fn title_and_subtitle(&self) -> (&str, &str) {
        self.series
            .split_once(SUBTITLE_MARK)
            .unwrap_or((self.series.as_str(), ""))
    }

    /// The number line of the masthead: 第56期, 第56期（总第1083期）, 增刊第1期.
    pub fn number_line(&self) -> String {
        let mut s = if self.supplement {
            format!("增刊第{}期", self.number)
        } else {
            format!("第{}期", self.number)
        };
        if let Some(total) = self.total_number {
            s.push_str(&format!("（总第{total}期）"));
        }
        s
    }

    /// A file name without extension: 上街信息-2023-第56期.
    pub fn file_stem(&self) -> String {
        let safe = file_safe(&self.series);
        let supplement = if self.supplement { "增刊" } else { "" };
        format!("{safe}-{}-{supplement}第{}期", self.year, self.number)
    }

    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.articles.iter().chain(&self.briefs)
    }

    /// 共印 N 份 as printed: the distribution list's copies when it has
    /// one, else the number typed.
    pub fn print_run_in_force(&self) -> Option<u32> {
        self.release.copies().or(self.print_run)
    }

    /// 字数 of all items.
    pub fn chars(&self) -> usize {
        self.items().map(Item::chars).sum()
    }
}

/// `name` fit for a file name on any system: the characters Windows or
/// Unix reserve, and control characters, become `_`.
pub fn file_safe(name: &str) -> String {
    name.chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_line_and_file_stem() {
        let mut issue = Issue::new("上街信息", 2023, 56);
        assert_eq!(issue.number_line(), "第56期");
        issue.total_number = Some(1083);
        assert_eq!(issue.number_line(), "第56期（总第1083期）");
        assert_eq!(issue.file_stem(), "上街信息-2023-第56期");
        issue.supplement = true;
        issue.number = 1;
        issue.total_number = None;
        assert_eq!(issue.number_line(), "增刊第1期");
        assert_eq!(issue.file_stem(), "上街信息-2023-增刊第1期");
        issue.series = "a/b".into();
        assert_eq!(issue.file_stem(), "a_b-2023-增刊第1期");
    }
}
