//! The rows of each table, read and written in one place each: a table's
//! column list, its INSERT and its UPDATE are written once, here, so that a
//! new column is one edit. Only SQL and model types: indexing, undo and the
//! rules of the desk are the business of the files that use these.

mod chain;
mod commissions;
mod issues;
mod items;
mod placement;
mod units;
mod upper;

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::model::{AdoptionLevel, Kind, LeaderLevel, Status};

pub(super) use chain::{arrived_as, forwards_of, insert_forward, insert_provenance};
pub(super) use chain::{provenance_of, published_from};
pub(super) use commissions::{commission_state, delete_commission, insert_commission};
pub(super) use commissions::{list_commissions, load_commission, put_commission};
pub use issues::IssueSummary;
pub use issues::issue_title;
pub(super) use issues::{SUMMARY, delete_issue, load_issue, load_masthead, siblings, title};
pub(super) use issues::{insert_masthead, save_masthead, summary, summary_from_row};
pub use items::ItemRow;
pub(super) use items::{ITEM_COLUMNS, LISTED_COLUMNS, delete_item, insert_item, item_from_row};
pub(super) use items::{listed_from_row, load_item, load_text, same_text, save_status};
pub(super) use items::{set_link, update_item};
pub(super) use placement::{Member, all_members, clear_issue, clear_item, members, placement};
pub(super) use placement::{put_member, section_of, set_members, set_section, unplace};
pub(super) use units::{clear_units, insert_units, load_units};
pub(super) use upper::{adoptions_between, adoptions_of, delete_adoption, has_upper};
pub(super) use upper::{delete_instruction, insert_instruction, instructions_between};
pub(super) use upper::{insert_adoption, instructions_of, load_instruction};
pub(super) use upper::{put_instruction, same_adoption};

/// Paragraphs (and units) are stored one per line. A line break inside
/// one is stored as this private-use mark and `n`, and the mark itself
/// doubled, so that every paragraph comes back exactly as it went in.
const ESCAPE: char = '\u{E000}';

/// Paragraphs or units as one column.
pub(super) fn join_lines(parts: &[String]) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        for c in part.chars() {
            match c {
                ESCAPE => out.extend([ESCAPE, ESCAPE]),
                '\n' => out.extend([ESCAPE, 'n']),
                c => out.push(c),
            }
        }
    }
    out
}

/// The paragraphs or units of a column written by [`join_lines`].
pub(super) fn lines(text: &str) -> Vec<String> {
    text.split('\n')
        .filter(|s| !s.is_empty())
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                match (c, c == ESCAPE) {
                    (_, true) => match chars.next() {
                        Some(ESCAPE) => out.push(ESCAPE),
                        Some('n') => out.push('\n'),
                        Some(other) => out.extend([ESCAPE, other]),
                        None => out.push(ESCAPE),
                    },
                    (c, false) => out.push(c),
                }
            }
            out
        })
        .collect()
}

/// FNV-1a, 64 bits, of an item's text: stable across builds and platforms,
/// unlike std's hasher.
pub(super) fn fingerprint(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A stored value that does not decode: an error naming where it is.
fn corrupt(table: &'static str, column: &'static str, value: &str) -> Error {
    Error::Corrupt {
        table,
        column,
        value: value.to_string(),
    }
}

/// A status column, in the stored spelling only.
pub(super) fn status(table: &'static str, column: &'static str, s: &str) -> Result<Status> {
    Status::from_db(s).ok_or_else(|| corrupt(table, column, s))
}

/// A kind or section column, in the stored spelling only.
pub(super) fn kind(table: &'static str, column: &'static str, s: &str) -> Result<Kind> {
    Kind::from_db(s).ok_or_else(|| corrupt(table, column, s))
}

/// A level column of `adoptions`, in the stored spelling only.
pub(super) fn adoption_level(s: &str) -> Result<AdoptionLevel> {
    AdoptionLevel::from_db(s).ok_or_else(|| corrupt("adoptions", "level", s))
}

/// A level column of `instructions`, in the stored spelling only.
pub(super) fn leader_level(s: &str) -> Result<LeaderLevel> {
    LeaderLevel::from_db(s).ok_or_else(|| corrupt("instructions", "level", s))
}

/// A date column: 2023-08-14.
pub(super) fn day(table: &'static str, column: &'static str, s: &str) -> Result<Date> {
    s.parse().map_err(|_| corrupt(table, column, s))
}
