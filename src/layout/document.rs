//! Laying out a whole issue: blocks in, lines out.

use std::ops::Range;

use super::page::paginate;
use super::paragraph::{Measure, break_lines};
use super::types::{Block, ItemRef, Line, LineKind, Options, Role};
use crate::script::{Metric, str_width};

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
        if width == 0 {
            lines.push(unwrapped(block));
        } else {
            set_block(&mut lines, block, width, opts);
        }
    }
    if opts.page_lines > 0 {
        lines = paginate(lines, opts.page_lines, width, opts.metric);
    }
    lines
}

/// Sets one block `width` cells wide after `lines`, the lines so far: a
/// print run may join the last of them.
fn set_block(lines: &mut Vec<Line>, block: &Block, width: usize, opts: Options) {
    let item = block.item;
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
            set.flush(lines, &block.text, 0..0);
        }
        Role::Title | Role::Subtitle | Role::Number => {
            centred(lines, &block.text, width, opts, LineKind::Masthead, item)
        }
        Role::Headline => centred(lines, &block.text, width, opts, LineKind::Headline, item),
        Role::PublisherDate { date } => publisher_date(lines, block, date, width, opts),
        Role::RunIn { headline_len } => {
            paragraph(lines, &block.text, 0..*headline_len, width, opts, item)
        }
        Role::Body | Role::Brief => paragraph(lines, &block.text, 0..0, width, opts, item),
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
            set.flush(lines, &block.text, 0..0);
        }
        Role::Editors { label_len } => {
            let (label, names) = block.text.split_at(*label_len);
            editors(lines, label, names, width, opts.metric);
        }
        Role::PrintRun => print_run(lines, &block.text, width, opts),
        Role::Gap => lines.push(Line::blank()),
    }
}

/// The publisher at the left of the line and the date at the right, each
/// on a line of its own when they do not fit together.
fn publisher_date(lines: &mut Vec<Line>, block: &Block, date: &str, width: usize, opts: Options) {
    let item = block.item;
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
            set.flush(lines, &block.text, 0..0);
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

/// 共印 N 份: at the right of the footer line above when it fits.
fn print_run(lines: &mut Vec<Line>, text: &str, width: usize, opts: Options) {
    let w = str_width(text, opts.metric);
    match lines.last_mut() {
        Some(last)
            if last.kind == LineKind::Footer
                && str_width(&last.text, opts.metric) + 4 + w <= width =>
        {
            let pad = width - str_width(&last.text, opts.metric) - w;
            last.text = format!("{}{}{}", last.text, " ".repeat(pad), text);
        }
        _ => lines.push(right(text, width, opts, LineKind::Footer)),
    }
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
