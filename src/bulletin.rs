//! The bulletin as text: reading a whole printed issue, and the form it is
//! printed in (masthead, run-in headlines, △ briefs, footer). Pure.

mod compose;
mod footer;
mod group;
mod lines;
mod masthead;
mod notice;
mod parse;
mod parse_error;
mod text;

pub use compose::{
    EDITOR_NOTE_LABEL, HeadlineStyle, compose, compose_with, copy_number, is_special, marking,
};
pub use group::numbered;
pub use lines::is_page_number;
pub use notice::Notice;
pub use parse::{ParseError, Reading, parse, read};
pub use text::{attribution_split, headline_like, join_artifact_spaces, split_run_in};

/// The mark that starts a brief item.
pub const BRIEF_MARK: char = '△';
/// Between a run-in headline and its body.
pub const RUN_IN_GAP: &str = "　";
