//! The editor's decision about a near-duplicate.

use super::indexed::save_item;
use super::rows::{load_item, unplace};
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{ItemId, Status};

/// What the editor decides about a near-duplicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Both stay; the flag goes.
    KeepBoth,
    /// The new item is rejected as a duplicate of the earlier one.
    DropNew,
    /// The earlier item takes the new one's text; the new one is rejected,
    /// keeping its own original.
    ReplaceOld,
}

impl Store {
    /// Decides about item `new`, flagged as resembling an earlier item. One
    /// transaction, one undo step.
    pub fn resolve_similar(&mut self, new: ItemId, how: Resolution) -> Result<()> {
        self.write(|tx| {
            let mut item = load_item(tx, new)?;
            let Some(old_id) = item.similar_to else {
                return Err(Error::NotSimilar(new));
            };
            let mut old = load_item(tx, old_id)?;
            let label = tf(Key::UndoResolve, &[&item.name()]);
            undo::record(tx, &label, &[new, old_id], &[])?;
            item.similar_to = None;
            match how {
                Resolution::KeepBoth => {}
                Resolution::DropNew => {
                    item.status = Status::Rejected;
                    item.reject_reason = tf(Key::ReasonDuplicate, &[&old_id]);
                    unplace(tx, new)?;
                }
                Resolution::ReplaceOld => {
                    if old.status == Status::Published {
                        return Err(Error::ReplacePublished(old_id));
                    }
                    old.headline = item.headline.clone();
                    old.body = item.body.clone();
                    if !item.sources.is_empty() {
                        old.sources = item.sources.clone();
                    }
                    save_item(tx, &old)?;
                    item.status = Status::Rejected;
                    item.reject_reason = tf(Key::ReasonReplaced, &[&old_id]);
                    unplace(tx, new)?;
                }
            }
            save_item(tx, &item)
        })
    }
}
