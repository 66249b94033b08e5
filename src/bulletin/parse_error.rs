//! Why a text is not a bulletin issue.

use crate::i18n::{Key, tf};

/// Why a text is not a bulletin issue, with the line where it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    NoTitle { line: usize },
    NoNumber { line: usize },
    NoDate { line: usize },
    NoItems { line: usize },
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            ParseError::Empty => crate::i18n::t(Key::BulletinEmpty).to_string(),
            ParseError::NoTitle { line } => tf(Key::BulletinNoTitle, &[line]),
            ParseError::NoNumber { line } => tf(Key::BulletinNoNumber, &[line]),
            ParseError::NoDate { line } => tf(Key::BulletinNoDate, &[line]),
            ParseError::NoItems { line } => tf(Key::BulletinNoItems, &[line]),
        })
    }
}

impl std::error::Error for ParseError {}
