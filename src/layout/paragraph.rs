//! Breaking one paragraph into lines.

use std::ops::Range;

use super::breaks::{Atom, atoms, hangs};
use crate::script::{Metric, char_width, unit_end, unit_width};

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
/// a break between words belongs to no line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    /// Visible width in cells (white space at the end not counted).
    pub width: usize,
    /// The line starts where an unbreakable run longer than a line was cut.
    pub forced: bool,
}

/// Atoms glued together because no break is allowed between them.
struct Cluster {
    atoms: Range<usize>,
    /// Visible width, white space after the last atom not counted.
    width: usize,
    trail: usize,
    space_before: usize,
}

fn clusters(atoms: &[Atom]) -> Vec<Cluster> {
    let mut out: Vec<Cluster> = Vec::with_capacity(atoms.len());
    for (i, a) in atoms.iter().enumerate() {
        let glued = i > 0 && (a.no_start || atoms[i - 1].no_end);
        match out.last_mut() {
            Some(c) if glued => {
                c.atoms.end = i + 1;
                c.width += c.trail + a.space_before + a.width;
                c.trail = a.trail;
            }
            _ => out.push(Cluster {
                atoms: i..i + 1,
                width: a.width,
                trail: a.trail,
                space_before: a.space_before,
            }),
        }
    }
    out
}

pub fn break_lines(text: &str, m: Measure) -> Vec<Span> {
    let atoms = atoms(text, m.metric);
    let mut lines: Vec<Span> = Vec::new();
    // The line being filled, and the invisible white space at its end.
    let mut line: Option<(Span, usize)> = None;
    for cluster in clusters(&atoms) {
        let room = if lines.is_empty() { m.first } else { m.rest }.max(1);
        let start = atoms[cluster.atoms.start].range.start;
        let end = atoms[cluster.atoms.end - 1].range.end;
        if let Some((cur, trail)) = line.as_mut() {
            let total = cur.width + *trail + cluster.space_before + cluster.width;
            let fits = total <= room
                || (m.hang
                    && hanging_fits(text, &atoms[cluster.atoms.clone()], total, room, m.metric));
            if fits {
                cur.range.end = end;
                cur.width = total;
                *trail = cluster.trail;
                continue;
            }
            lines.extend(line.take().map(|(span, _)| span));
        }
        let room = if lines.is_empty() { m.first } else { m.rest }.max(1);
        if cluster.width <= room {
            line = Some((
                Span {
                    range: start..end,
                    width: cluster.width,
                    forced: false,
                },
                cluster.trail,
            ));
            continue;
        }
        // Longer than a whole line: cut at the width, between visible units.
        let mut cut = Span {
            range: start..start,
            width: 0,
            forced: false,
        };
        let mut full = 0;
        let mut at = start;
        while at < end {
            let room = if lines.is_empty() { m.first } else { m.rest }.max(1);
            let next = unit_end(text, at).min(end);
            let unit = &text[at..next];
            let w = unit_width(unit, m.metric);
            if unit.starts_with(char::is_whitespace) {
                if cut.width == 0 {
                    cut.range = next..next;
                } else {
                    cut.range.end = next;
                    full += w;
                }
            } else {
                if full + w > room && cut.width > 0 {
                    lines.push(cut);
                    cut = Span {
                        range: at..at,
                        width: 0,
                        forced: true,
                    };
                    full = 0;
                }
                cut.range.end = next;
                full += w;
                cut.width = full;
            }
            at = next;
        }
        line = Some((cut, cluster.trail));
    }
    lines.extend(line.map(|(span, _)| span));
    lines
}

/// Whether the cluster fits once its last character, one of 、，。, hangs.
fn hanging_fits(text: &str, atoms: &[Atom], total: usize, room: usize, metric: Metric) -> bool {
    let Some(last) = atoms.last() else {
        return false;
    };
    let Some(c) = text[last.range.clone()].trim_end().chars().last() else {
        return false;
    };
    hangs(c) && total - char_width(c, metric) <= room
}

/// The width of the first piece of `text` that cannot be split: the room a
/// line ending before it would have needed to take it.
pub fn lead_width(text: &str, metric: Metric) -> usize {
    clusters(&atoms(text, metric))
        .first()
        .map_or(0, |c| c.width)
}
