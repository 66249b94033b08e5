//! Pages: a number under every `page_lines` lines, as — 1 —. The 报尾
//! (the footer lines that close the issue) is kept whole and ends on the
//! last line of the last page, as it is printed at the foot of that page.

use super::types::{Line, LineKind};
use crate::script::{Metric, str_width};

pub fn paginate(lines: Vec<Line>, page_lines: usize, width: usize, metric: Metric) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len() + lines.len() / page_lines.max(1) * 3);
    // The 报尾: the footer lines the issue ends with, when a page holds them.
    let tail = lines
        .iter()
        .rev()
        .take_while(|l| l.kind == LineKind::Footer)
        .count();
    let tail = if tail <= page_lines { tail } else { 0 };
    let tail_starts = lines.len() - tail;
    let mut on_page = 0;
    let mut page = 1;
    // Where the 报尾 began on the last page, to open the space above it.
    let mut tail_at = None;
    let mut lines = lines.into_iter().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        if on_page == 0 && line.kind == LineKind::Blank {
            continue; // a page never opens with an empty line
        }
        if tail > 0 && n == tail_starts {
            // The 报尾 does not fit under the text: it goes to a page of
            // its own, at the foot.
            if on_page + tail > page_lines && on_page > 0 {
                out.extend(std::iter::repeat_with(Line::blank).take(page_lines - on_page));
                out.push(page_number(page, width, metric));
                out.push(Line::blank());
                on_page = 0;
                page += 1;
            }
            tail_at = Some(out.len());
        }
        out.push(line);
        on_page += 1;
        let more = lines.peek().is_some();
        if on_page == page_lines || !more {
            if !more {
                let at = tail_at.unwrap_or(out.len());
                let blanks = std::iter::repeat_with(Line::blank).take(page_lines - on_page);
                out.splice(at..at, blanks);
            }
            out.push(page_number(page, width, metric));
            if more {
                out.push(Line::blank());
            }
            on_page = 0;
            page += 1;
        }
    }
    out
}

fn page_number(page: usize, width: usize, metric: Metric) -> Line {
    let text = format!("— {page} —");
    let pad = width.saturating_sub(str_width(&text, metric)) / 2;
    let mut line = Line::blank();
    line.text = format!("{}{text}", " ".repeat(pad));
    line.kind = LineKind::PageNumber;
    line
}
