//! Laying out a whole issue: blocks in, lines out.

use std::ops::Range;

use super::page::paginate;
use super::paragraph::{Measure, break_lines};
use super::width::{Metric, str_width};
use crate::model::Kind;

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
    /// [`NAME_GAP`]) are never split; later lines start after the colon.
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
    fn new(text: String, kind: LineKind, item: Option<ItemRef>) -> Line {
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

/// Between two names in the 责任编辑 line.
pub const NAME_GAP: &str = "　　";

/// 　　: two full-width spaces open a paragraph.
pub const PARAGRAPH_INDENT: &str = "　　";

/// A two-character name padded to the width of three: 王伟 → 王　伟.
pub fn pad_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    match chars.as_slice() {
        [a, b] => format!("{a}　{b}"),
        _ => name.to_string(),
    }
}

pub fn lay_out(blocks: &[Block], opts: Options) -> Vec<Line> {
    let width = opts.width * 2;
    let mut lines: Vec<Line> = Vec::new();
    for block in blocks {
        let item = block.item;
        if width == 0 {
            lines.push(unwrapped(block));
            continue;
        }
        match &block.role {
            Role::Marking | Role::Column => {
                let kind = if block.role == Role::Marking {
                    LineKind::Masthead
                } else {
                    LineKind::Headline
                };
                let set = Setting {
                    first: 0,
                    rest: 0,
                    width,
                    opts,
                    kind,
                    item,
                };
                set.flush(&mut lines, &block.text, 0..0);
            }
            Role::Title | Role::Subtitle | Role::Number => centred(
                &mut lines,
                &block.text,
                width,
                opts,
                LineKind::Masthead,
                item,
            ),
            Role::Headline => centred(
                &mut lines,
                &block.text,
                width,
                opts,
                LineKind::Headline,
                item,
            ),
            Role::PublisherDate { date } => {
                let used = str_width(&block.text, opts.metric) + str_width(date, opts.metric);
                if block.text.is_empty() || used + 4 > width {
                    if !block.text.is_empty() {
                        let set = Setting {
                            first: 0,
                            rest: 0,
                            width,
                            opts,
                            kind: LineKind::Masthead,
                            item,
                        };
                        set.flush(&mut lines, &block.text, 0..0);
                    }
                    lines.push(right(date, width, opts, LineKind::Masthead));
                } else {
                    let gap = " ".repeat(width - used);
                    lines.push(Line::new(
                        format!("{}{gap}{date}", block.text),
                        LineKind::Masthead,
                        None,
                    ));
                }
            }
            Role::RunIn { headline_len } => {
                paragraph(&mut lines, &block.text, 0..*headline_len, width, opts, item)
            }
            Role::Body | Role::Brief => paragraph(&mut lines, &block.text, 0..0, width, opts, item),
            Role::Footer { label_len } => {
                let label = str_width(&block.text[..*label_len], opts.metric);
                let hang = if label * 2 <= width { label } else { 0 };
                let set = Setting {
                    first: 0,
                    rest: hang,
                    width,
                    opts,
                    kind: LineKind::Footer,
                    item,
                };
                set.flush(&mut lines, &block.text, 0..0);
            }
            Role::Editors { label_len } => {
                let (label, names) = block.text.split_at(*label_len);
                editors(&mut lines, label, names, width, opts.metric);
            }
            Role::PrintRun => {
                let w = str_width(&block.text, opts.metric);
                match lines.last_mut() {
                    Some(last)
                        if last.kind == LineKind::Footer
                            && str_width(&last.text, opts.metric) + 4 + w <= width =>
                    {
                        let pad = width - str_width(&last.text, opts.metric) - w;
                        last.text = format!("{}{}{}", last.text, " ".repeat(pad), block.text);
                    }
                    _ => lines.push(right(&block.text, width, opts, LineKind::Footer)),
                }
            }
            Role::Gap => lines.push(Line::blank()),
        }
    }
    if opts.page_lines > 0 {
        lines = paginate(lines, opts.page_lines, width, opts.metric);
    }
    lines
}

/// Sets plain text: each input line is a paragraph, an empty line stays empty.
pub fn wrap_text(text: &str, opts: Options) -> String {
    let blocks: Vec<Block> = text
        .lines()
        .map(|l| {
            let l = l.trim();
            if l.is_empty() {
                Block::new(Role::Gap, "")
            } else {
                Block::new(Role::Body, l)
            }
        })
        .collect();
    to_text(&lay_out(&blocks, opts))
}

/// The lines as a text file, one line each.
pub fn to_text(lines: &[Line]) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(&line.text);
        out.push('\n');
    }
    out
}

fn unwrapped(block: &Block) -> Line {
    let kind = match block.role {
        Role::Marking
        | Role::Title
        | Role::Subtitle
        | Role::Number
        | Role::PublisherDate { .. } => LineKind::Masthead,
        Role::Headline | Role::Column => LineKind::Headline,
        Role::Footer { .. } | Role::Editors { .. } | Role::PrintRun => LineKind::Footer,
        Role::Gap => LineKind::Blank,
        Role::RunIn { .. } | Role::Body | Role::Brief => LineKind::Text,
    };
    let text = match &block.role {
        Role::PublisherDate { date } if !block.text.is_empty() && !date.is_empty() => {
            format!("{}{PARAGRAPH_INDENT}{date}", block.text)
        }
        Role::PublisherDate { date } if block.text.is_empty() => date.clone(),
        _ => block.text.clone(),
    };
    let mut line = Line::new(text, kind, block.item);
    if let Role::RunIn { headline_len } = block.role {
        line.bold = 0..headline_len;
    }
    line
}

fn paragraph(
    lines: &mut Vec<Line>,
    text: &str,
    bold: Range<usize>,
    width: usize,
    opts: Options,
    item: Option<ItemRef>,
) {
    let indent = opts.indent * 2;
    let first = if indent + 2 <= width { indent } else { 0 };
    Setting {
        first,
        rest: 0,
        width,
        opts,
        kind: LineKind::Text,
        item,
    }
    .flush(lines, text, bold)
}

/// How a block's lines are indented and marked.
struct Setting {
    /// Cells of indentation on the first line and on later ones.
    first: usize,
    rest: usize,
    width: usize,
    opts: Options,
    kind: LineKind,
    item: Option<ItemRef>,
}

impl Setting {
    /// Breaks `text` into lines; `bold` is a byte range of `text`.
    fn flush(&self, lines: &mut Vec<Line>, text: &str, bold: Range<usize>) {
        let m = Measure {
            first: self.width - self.first,
            rest: self.width - self.rest,
            metric: self.opts.metric,
            hang: self.opts.hang,
        };
        for (i, span) in break_lines(text, m).into_iter().enumerate() {
            let lead = indent_text(if i == 0 { self.first } else { self.rest });
            let mut line = Line::new(
                format!("{lead}{}", &text[span.range.clone()]),
                self.kind,
                self.item,
            );
            line.forced = span.forced;
            let (from, to) = (
                bold.start.max(span.range.start),
                bold.end.min(span.range.end),
            );
            if from < to {
                let shift = lead.len();
                line.bold = from - span.range.start + shift..to - span.range.start + shift;
            }
            lines.push(line);
        }
    }
}

/// The editors' line: whole names, as many as fit on each line.
fn editors(lines: &mut Vec<Line>, label: &str, names: &str, width: usize, metric: Metric) {
    let hang = str_width(label, metric);
    let hang = if hang * 2 <= width { hang } else { 0 };
    let gap = str_width(NAME_GAP, metric);
    let mut line = label.to_string();
    let mut used = str_width(label, metric);
    let mut empty = true;
    for name in names.split(NAME_GAP).filter(|n| !n.is_empty()) {
        let w = str_width(name, metric);
        if !empty && used + gap + w > width {
            lines.push(Line::new(std::mem::take(&mut line), LineKind::Footer, None));
            line = indent_text(hang);
            used = hang;
            empty = true;
        }
        if !empty {
            line.push_str(NAME_GAP);
            used += gap;
        }
        line.push_str(name);
        used += w;
        empty = false;
    }
    lines.push(Line::new(line, LineKind::Footer, None));
}

/// Indentation of `cells`: full-width spaces, and one ASCII space for an odd cell.
fn indent_text(cells: usize) -> String {
    let mut s: String = String::new();
    s.extend(std::iter::repeat_n('　', cells / 2));
    if cells % 2 == 1 {
        s.push(' ');
    }
    s
}

fn centred(
    lines: &mut Vec<Line>,
    text: &str,
    width: usize,
    opts: Options,
    kind: LineKind,
    item: Option<ItemRef>,
) {
    let m = Measure {
        first: width,
        rest: width,
        metric: opts.metric,
        hang: false,
    };
    for span in break_lines(text, m) {
        let pad = (width - span.width.min(width)) / 2;
        lines.push(Line::new(
            format!("{}{}", " ".repeat(pad), &text[span.range]),
            kind,
            item,
        ));
    }
}

fn right(text: &str, width: usize, opts: Options, kind: LineKind) -> Line {
    let pad = width.saturating_sub(str_width(text, opts.metric));
    Line::new(format!("{}{text}", " ".repeat(pad)), kind, None)
}
