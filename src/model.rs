//! The bulletin's domain: units, items (稿件), issues (期), commissions
//! (约稿), what the upper levels did with an item (上级采用, 领导批示),
//! forwarding between desks (上报), the reasons for returning or editing one.
//! Pure data.

mod chain;
mod commission;
mod contributors;
mod count;
mod date;
mod issue;
mod issue_field;
mod item;
mod reason;
mod release;
mod unit;
mod upper;

pub use chain::{Forward, Provenance};
pub use commission::{Commission, CommissionId, CommissionState, Lateness};
pub use contributors::{Contributors, Role};
pub use count::count_chars;
pub use date::{format_date, parse_date};
pub use issue::{FooterLine, Issue, IssueId, IssueState, SUBTITLE_MARK, file_safe};
pub use issue_field::{FieldError, IssueField, parse_editor_names, parse_footer_line};
pub use item::{Item, ItemEdit, ItemId, Kind, Status};
pub use reason::{DEFAULT_REASONS, Reasons};
pub use release::{
    ForcedExport, Rank, Recipient, Release, Secrecy, SecrecyReview, SignOff, SignRole,
    footer_in_force, rank_order, secrecy_mark,
};
pub use unit::{Unit, UnitList};
pub use upper::{
    Adoption, AdoptionId, AdoptionLevel, AdoptionSource, Done, Instruction, InstructionId,
    LeaderLevel, Upper, issue_label, outlet_name,
};

pub use jiff::civil::Date;
