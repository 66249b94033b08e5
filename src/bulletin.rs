//! The bulletin as text: reading a whole printed issue, and the form it is
//! printed in (masthead, run-in headlines, △ briefs, footer). Pure.

mod compose;
mod footer;
mod masthead;
mod parse;
mod text;

pub use compose::{HeadlineStyle, compose};
pub use footer::parse_editors as parse_editor_names;
pub use parse::{ParseError, parse};
pub use text::{attribution_split, join_artifact_spaces, split_run_in};

/// The mark that starts a brief item.
pub const BRIEF_MARK: char = '△';
/// Between a run-in headline and its body.
pub const RUN_IN_GAP: &str = "　";
