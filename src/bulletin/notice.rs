//! What the reader was unsure of, by line: shown before anything is stored,
//! so that no misreading is silent.

use serde::Serialize;

use crate::i18n::{Key, tf};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// An article that no （单位） closes: its unit is unknown, and where
    /// it ends was judged from the next headline.
    NoAttribution { line: usize },
    /// An item whose first paragraph is not a headline.
    NoHeadline { line: usize },
    /// A short line joined to the headline above it (a headline broken
    /// over two lines by text extraction).
    HeadlineJoined { line: usize, text: String },
    /// A short line standing alone between articles, read as a 栏目 heading.
    ColumnGuessed { line: usize, text: String },
    /// A headline with no body after it: not stored.
    HeadlineWithoutBody { line: usize, text: String },
    /// An 编者按 between two articles, given to the one after it.
    NoteMoved { line: usize },
}

impl Notice {
    pub fn line(&self) -> usize {
        match self {
            Notice::NoAttribution { line }
            | Notice::NoHeadline { line }
            | Notice::HeadlineJoined { line, .. }
            | Notice::ColumnGuessed { line, .. }
            | Notice::HeadlineWithoutBody { line, .. }
            | Notice::NoteMoved { line } => *line,
        }
    }
}

impl std::fmt::Display for Notice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Notice::NoAttribution { line } => tf(Key::NoticeNoAttribution, &[line]),
            Notice::NoHeadline { line } => tf(Key::NoticeNoHeadline, &[line]),
            Notice::HeadlineJoined { line, text } => tf(Key::NoticeHeadlineJoined, &[line, text]),
            Notice::ColumnGuessed { line, text } => tf(Key::NoticeColumnGuessed, &[line, text]),
            Notice::HeadlineWithoutBody { line, text } => {
                tf(Key::NoticeHeadlineWithoutBody, &[line, text])
            }
            Notice::NoteMoved { line } => tf(Key::NoticeNoteMoved, &[line]),
        };
        f.write_str(&text)
    }
}
