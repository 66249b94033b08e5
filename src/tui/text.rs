//! Putting text into the screen buffer, unit by unit, measured the way this
//! terminal draws it. Text from submissions is shown, never interpreted:
//! control characters become visible symbols and format controls (bidi
//! overrides, zero-width marks standing alone) are left out, so nothing in
//! an item can move the cursor, recolour the screen or retitle the window.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::style::Style;

use crate::layout::{Metric, unit_end, unit_width};

/// How this terminal measures, and how the text was laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metrics {
    /// How the terminal draws East Asian Ambiguous characters.
    pub term: Metric,
    /// How the text was measured when it was laid out: `Print` for the
    /// preview, where “ ” … — take two cells as on paper.
    pub layout: Metric,
}

impl Metrics {
    pub fn terminal(ambiguous_wide: bool) -> Metrics {
        let term = if ambiguous_wide {
            Metric::Print
        } else {
            Metric::NarrowAmbiguous
        };
        Metrics { term, layout: term }
    }

    pub fn print(self) -> Metrics {
        Metrics {
            layout: Metric::Print,
            ..self
        }
    }
}

/// What a unit of submitted text looks like on screen: itself, a visible
/// symbol for a control character, or nothing for a format control.
fn shown(unit: &str) -> Option<std::borrow::Cow<'_, str>> {
    let c = unit.chars().next()?;
    if crate::script::is_zero_width(c) && !c.is_control() {
        return None;
    }
    match crate::script::shown(c) {
        Some(s) if s == c => Some(unit.into()),
        Some(s) => Some(s.to_string().into()),
        None => None,
    }
}

/// Writes `text` at (x, y), at most `max` cells; returns the cells used.
/// Each unit takes its layout width; when the terminal draws it narrower
/// the rest is padded, and when it draws an ambiguous character wider than
/// ratatui reckons, the cell is marked with that width so the screen diff
/// stays aligned.
pub fn put(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    max: u16,
    text: &str,
    style: Style,
    m: Metrics,
) -> u16 {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x >= area.right() {
        return 0;
    }
    let limit = max.min(area.right() - x);
    let mut used: u16 = 0;
    let mut at = 0;
    while at < text.len() {
        let end = unit_end(text, at);
        let unit = &text[at..end];
        at = end;
        let Some(symbol) = shown(unit) else { continue };
        let layout_w = unit_width(&symbol, m.layout) as u16;
        let term_w = unit_width(&symbol, m.term) as u16;
        if layout_w == 0 || term_w == 0 {
            continue;
        }
        if used + layout_w.max(term_w) > limit {
            break;
        }
        let total = layout_w.max(term_w);
        // An opening mark drawn narrower than it is laid out sits at the
        // right of its room, next to what it opens (“四个到位”), as a
        // full-width glyph would; anything else sits at the left.
        let opening = symbol.chars().next().is_some_and(crate::layout::no_end);
        let lead = if opening { total - term_w } else { 0 };
        for dx in 0..total {
            if let Some(cell) = buf.cell_mut((x + used + dx, y)) {
                cell.reset();
                cell.set_symbol(" ").set_style(style);
            }
        }
        let cx = x + used + lead;
        if let Some(cell) = buf.cell_mut((cx, y)) {
            cell.set_symbol(&symbol);
            let reckoned = unicode_width::UnicodeWidthStr::width(symbol.as_ref()) as u16;
            if term_w != reckoned
                && let Some(w) = NonZeroU16::new(term_w)
            {
                cell.set_diff_option(CellDiffOption::ForcedWidth(w));
            }
        }
        for covered in 1..term_w {
            if let Some(cell) = buf.cell_mut((cx + covered, y)) {
                cell.set_symbol("");
            }
        }
        used += layout_w.max(term_w);
    }
    used
}

/// Writes `text` as `put` does, the byte ranges in `marked` (sorted, not
/// overlapping; clipped to the text) in `mark` and the rest in `base`: a
/// search hit in a headline, what differs between two similar items.
pub fn put_marked(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max: u16,
    text: &str,
    marked: &[std::ops::Range<usize>],
    (base, mark): (Style, Style),
    m: Metrics,
) -> u16 {
    let mut used = 0;
    let mut at = 0;
    let mut draw = |from: usize, to: usize, style: Style, used: &mut u16| {
        if from < to && *used < max {
            *used += put(buf, x + *used, y, max - *used, &text[from..to], style, m);
        }
    };
    for r in marked {
        let (start, end) = (r.start.clamp(at, text.len()), r.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        draw(at, start, base, &mut used);
        draw(start, end, mark, &mut used);
        at = end;
    }
    draw(at, text.len(), base, &mut used);
    used
}

/// Fills cells with spaces in `style`.
pub fn fill(buf: &mut Buffer, x: u16, y: u16, width: u16, style: Style) {
    for dx in 0..width {
        if let Some(cell) = buf.cell_mut((x + dx, y)) {
            cell.reset();
            cell.set_symbol(" ").set_style(style);
        }
    }
}

/// The width of `text` as `put` would draw it.
pub fn width(text: &str, m: Metrics) -> usize {
    let mut total = 0;
    let mut at = 0;
    while at < text.len() {
        let end = unit_end(text, at);
        if let Some(symbol) = shown(&text[at..end]) {
            let (l, t) = (unit_width(&symbol, m.layout), unit_width(&symbol, m.term));
            if l > 0 && t > 0 {
                total += l.max(t);
            }
        }
        at = end;
    }
    total
}

/// `text` cut to `max` cells with … when it does not fit.
pub fn fit(text: &str, max: usize, m: Metrics) -> String {
    if width(text, m) <= max {
        return text.to_string();
    }
    crate::layout::truncate(&crate::script::printable(text), max, m.term)
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;

    use super::*;

    fn row(buf: &Buffer, y: u16) -> String {
        (0..buf.area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect()
    }

    #[test]
    fn escape_sequences_and_bidi_controls_never_reach_the_terminal() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
        let m = Metrics::terminal(false);
        put(
            &mut buf,
            0,
            0,
            20,
            "a\u{1b}]0;pwned\u{7}b\u{202e}c",
            Style::default(),
            m,
        );
        let shown = row(&buf, 0);
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{7}') && !shown.contains('\u{202e}'),
            "{shown:?}"
        );
        assert!(shown.starts_with("a␛]0;pwned␇bc"), "{shown:?}");
    }

    #[test]
    fn print_width_is_padded_on_a_narrow_terminal_and_forced_on_a_wide_one() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        let narrow = Metrics::terminal(false).print();
        assert_eq!(put(&mut buf, 0, 0, 10, "“好”", Style::default(), narrow), 6);
        assert_eq!(
            row(&buf, 0).trim_end(),
            " “好”",
            "an opening quote sits by what it opens"
        );
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        let wide = Metrics::terminal(true).print();
        assert_eq!(put(&mut buf, 0, 0, 10, "“好”", Style::default(), wide), 6);
        assert_eq!(
            buf[(0, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
        );
        assert_eq!(buf[(1, 0)].symbol(), "");
        assert_eq!(width("“好”", wide), 6);
        assert_eq!(width("“好”", Metrics::terminal(false)), 4);
    }

    #[test]
    fn text_stops_at_the_limit_without_splitting_a_wide_character() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        assert_eq!(
            put(
                &mut buf,
                0,
                0,
                5,
                "上街信息",
                Style::default(),
                Metrics::terminal(false)
            ),
            4
        );
        assert_eq!(
            put(
                &mut buf,
                9,
                0,
                5,
                "上",
                Style::default(),
                Metrics::terminal(false)
            ),
            0
        );
        assert_eq!(fit("上街信息", 5, Metrics::terminal(false)), "上街…");
    }
}
