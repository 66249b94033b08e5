//! What a layout takes and gives: blocks with their roles in, lines out,
//! and the options in between. Shared by `document` and `page`.

use std::ops::Range;

use crate::model::Kind;
use crate::script::Metric;

/// Which item of the issue a block or line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ItemRef {
    pub kind: Kind,
    pub index: usize,
}

/// What a block is, which decides how it is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// 内部资料 or a 密级, above the title: flush left.
    Marking,
    /// The series title: centred.
    Title,
    /// A subtitle under the title (专报, 特刊): centred.
    Subtitle,
    /// 第 N 期: centred.
    Number,
    /// The publisher (the block's text) left and the date right.
    PublisherDate { date: String },
    /// A headline on its own line: centred.
    Headline,
    /// A 栏目 heading (【工作动态】) over the items that follow: flush left.
    Column,
    /// A paragraph that opens with a run-in headline of `headline_len` bytes.
    RunIn { headline_len: usize },
    /// A body paragraph: first line indented two 字, the rest flush.
    Body,
    /// A △ brief, set like a body paragraph.
    Brief,
    /// 本期送：… — later lines start under the text after the colon.
    Footer { label_len: usize },
    /// 责任编辑：王　伟　　李晓明 — names (padded, separated by
    /// [`NAME_GAP`](super::NAME_GAP)) are never split; later lines start after the colon.
    Editors { label_len: usize },
    /// 共印 N 份: at the right of the line above when it fits.
    PrintRun,
    /// An empty line between masthead, items and footer.
    Gap,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub role: Role,
    pub text: String,
    pub item: Option<ItemRef>,
}

impl Block {
    pub fn new(role: Role, text: impl Into<String>) -> Block {
        Block {
            role,
            text: text.into(),
            item: None,
        }
    }

    pub fn of(mut self, item: ItemRef) -> Block {
        self.item = Some(item);
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Line width in 字; 0 keeps each paragraph on one line.
    pub width: usize,
    pub metric: Metric,
    /// Let one 、，。 hang into the margin instead of pushing a character down.
    pub hang: bool,
    /// Lines per page before a page number; 0 for no pages.
    pub page_lines: usize,
    /// 字 of indentation opening each paragraph (two, as 　　).
    pub indent: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            width: 0,
            metric: Metric::Print,
            hang: false,
            page_lines: 0,
            indent: 2,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Masthead,
    Headline,
    Text,
    Footer,
    Blank,
    PageNumber,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The line as printed, indentation and padding included.
    pub text: String,
    pub kind: LineKind,
    pub item: Option<ItemRef>,
    /// Bytes of `text` set in bold: a run-in headline.
    pub bold: Range<usize>,
    /// The line starts inside an unbreakable run too long for a line, cut
    /// by force: the one place the breaking rules could not be kept.
    pub forced: bool,
}

impl Line {
    pub(super) fn new(text: String, kind: LineKind, item: Option<ItemRef>) -> Line {
        Line {
            text,
            kind,
            item,
            bold: 0..0,
            forced: false,
        }
    }

    pub fn blank() -> Line {
        Line::new(String::new(), LineKind::Blank, None)
    }
}
