//! Chinese typesetting for the preview and the text export: full-width
//! metrics, 避头尾 line breaking, indentation, pages. Pure.

mod breaks;
mod document;
mod page;
mod paragraph;
mod types;

pub use breaks::{no_end, no_start};
pub use document::{NAME_GAP, PARAGRAPH_INDENT, lay_out, pad_name, to_text, wrap_text};
pub use paragraph::{Measure, Span, break_lines, lead_width};
pub use types::{Block, ItemRef, Line, LineKind, Options, Role};
// Callers that measure for a layout keep naming the widths through it.
pub use crate::script::{
    Metric, char_width, pad, pad_left, str_width, truncate, unit_end, unit_width,
};

#[cfg(test)]
mod tests;
