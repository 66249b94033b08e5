//! Breaking one paragraph into lines.

use std::ops::Range;

use super::breaks::{Atom, atoms, hangs};
use super::width::{Metric, char_width};

/// How one paragraph is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    /// Room on the first line, in cells.
    pub first: usize,
    /// Room on every later line, in cells.
    pub rest: usize,
    pub metric: Metric,
    /// Let one 、，。 hang past the end of a full line.
    pub hang: bool,
}

/// One line of a paragraph: the part of the text it shows. White space at
/// a break belongs to no line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    pub width: usize,
    /// The line starts where an unbreakable run longer than a line was cut.
    pub forced: bool,
}

/// Atoms glued together because no break is allowed between them.
struct Cluster {
    atoms: Range<usize>,
    width: usize,
    space_before: usize,
}

fn clusters(atoms: &[Atom]) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::new();
    for (i, a) in atoms.iter().enumerate() {
        let glued = i > 0 && (a.no_start || atoms[i - 1].no_end);
        match out.last_mut() {
            Some(c) if glued => {
                c.atoms.end = i + 1;
                c.width += a.space_before + a.width;
            }
            _ => out.push(Cluster {
                atoms: i..i + 1,
                width: a.width,
                space_before: a.space_before,
            }),
        }
    }
    out
}

pub fn break_lines(text: &str, m: Measure) -> Vec<Span> {
    let atoms = atoms(text, m.metric);
    let mut lines: Vec<Span> = Vec::new();
    let mut line: Option<Span> = None;
    let room = |lines: &Vec<Span>| if lines.is_empty() { m.first } else { m.rest }.max(1);
    for cluster in clusters(&atoms) {
        let start = atoms[cluster.atoms.start].range.start;
        let end = atoms[cluster.atoms.end - 1].range.end;
        if let Some(cur) = line.as_mut() {
            let total = cur.width + cluster.space_before + cluster.width;
            let hanging = m.hang
                && text[start..end].chars().last().is_some_and(hangs)
                && total - char_width(text[start..end].chars().last().unwrap_or(' '), m.metric)
                    <= room(&lines);
            if total <= room(&lines) || hanging {
                cur.range.end = end;
                cur.width = total;
                continue;
            }
            lines.extend(line.take());
        }
        if cluster.width <= room(&lines) {
            line = Some(Span {
                range: start..end,
                width: cluster.width,
                forced: false,
            });
            continue;
        }
        // Longer than a whole line: cut at the width.
        let mut cut = Span {
            range: start..start,
            width: 0,
            forced: false,
        };
        let mut prev = ' ';
        for (i, c) in text[start..end].char_indices() {
            let w = char_width(c, m.metric);
            let attached = crate::script::is_zero_width(c) || prev == '\u{200D}';
            if cut.width + w > room(&lines) && cut.width > 0 && !attached && !c.is_whitespace() {
                lines.push(cut);
                cut = Span {
                    range: start + i..start + i,
                    width: 0,
                    forced: true,
                };
            }
            if !(cut.width == 0 && c.is_whitespace()) {
                cut.range.end = start + i + c.len_utf8();
                cut.width += w;
            } else {
                cut.range = start + i + c.len_utf8()..start + i + c.len_utf8();
            }
            prev = c;
        }
        line = Some(cut);
    }
    lines.extend(line);
    lines
}

/// The width of the first piece of `text` that cannot be split: the room a
/// line ending before it would have needed to take it.
pub fn lead_width(text: &str, metric: Metric) -> usize {
    clusters(&atoms(text, metric))
        .first()
        .map_or(0, |c| c.width)
}
