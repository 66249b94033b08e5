//! Chinese typesetting for the preview and the text export: full-width
//! metrics, 避头尾 line breaking, indentation, pages. Pure.

mod breaks;
mod document;
mod fit;
mod page;
mod paragraph;
mod types;
mod width;

pub use breaks::{no_end, no_start};
pub use document::{NAME_GAP, PARAGRAPH_INDENT, lay_out, pad_name, to_text, wrap_text};
pub use fit::{item_name, pad, pad_left, truncate};
pub use paragraph::{Measure, Span, break_lines, lead_width};
pub use types::{Block, ItemRef, Line, LineKind, Options, Role};
pub use width::{Metric, char_width, str_width, unit_end, unit_width};

#[cfg(test)]
mod tests;
