//! Pages: a number under every `page_lines` lines, as — 1 —.

use super::types::{Line, LineKind};
use crate::script::{Metric, str_width};

pub fn paginate(lines: Vec<Line>, page_lines: usize, width: usize, metric: Metric) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len() + lines.len() / page_lines.max(1) * 3);
    let mut on_page = 0;
    let mut page = 1;
    let mut lines = lines.into_iter().peekable();
    while let Some(line) = lines.next() {
        if on_page == 0 && line.kind == LineKind::Blank {
            continue; // a page never opens with an empty line
        }
        out.push(line);
        on_page += 1;
        let more = lines.peek().is_some();
        if on_page == page_lines || !more {
            if !more {
                out.extend(std::iter::repeat_with(Line::blank).take(page_lines - on_page));
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
