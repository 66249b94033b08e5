//! Desks in a chain: recording what this desk forwarded, taking in a
//! lower desk's bundle, listing what it printed of one office's items, and
//! recording an upper desk's receipt as adoptions. Each is one transaction.

use jiff::civil::Date;

use super::indexed::{Added, Near, insert_item};
use super::rows::{
    arrived_as, insert_adoption, insert_forward, insert_provenance, load_item, load_masthead,
    published_from, same_adoption,
};
use super::{Store, undo};
use crate::archive::{Bundle, Receipt, ReceiptItem};
use crate::error::Result;
use crate::i18n::{Key, tf};
use crate::model::{
    Adoption, AdoptionId, AdoptionSource, Forward, Item, ItemId, Provenance, issue_label,
    outlet_name,
};

/// What taking in a bundle or a receipt did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Taken {
    /// Items added (a bundle: with the earlier item each resembles), or
    /// items given an adoption (a receipt).
    pub added: Vec<(ItemId, Option<ItemId>)>,
    /// Entries already here: the item they arrived as, or the item whose
    /// adoption was already recorded.
    pub already: Vec<ItemId>,
}

impl Store {
    /// Records that `items` were forwarded to `to` on `date`, after the
    /// 保密审查 of `reviewer`, all or none. Not an undo step: the files have
    /// gone out.
    pub fn record_forwards(
        &mut self,
        items: &[ItemId],
        to: &str,
        date: Date,
        reviewer: &str,
    ) -> Result<()> {
        self.write(|tx| {
            for &item in items {
                load_item(tx, item)?;
                insert_forward(
                    tx,
                    &Forward {
                        item,
                        to: to.trim().to_string(),
                        date,
                        reviewer: reviewer.trim().to_string(),
                    },
                )?;
            }
            Ok(())
        })
    }

    /// Takes in a bundle already read and checked: each item new to this
    /// desk arrives in the queue credited to the sending office, with its
    /// units and its id there kept; near-duplicates are flagged as on any
    /// import. An item that arrived before is passed over. One transaction
    /// and one undo step.
    pub fn take_bundle(&mut self, bundle: &Bundle, origin: &str) -> Result<Taken> {
        let office = bundle.from.trim();
        self.write(|tx| {
            let mut taken = Taken::default();
            for b in &bundle.items {
                if let Some(here) = arrived_as(tx, office, b.id)? {
                    taken.already.push(here);
                    continue;
                }
                let mut item = Item::new(b.headline.trim(), b.body.clone(), b.received);
                item.kind = b.kind;
                item.sources = vec![office.to_string()];
                match insert_item(tx, &item, None, origin, None, Near::Detect)? {
                    Added::Exists(here) => taken.already.push(here),
                    Added::New(here) => {
                        insert_provenance(
                            tx,
                            here,
                            &Provenance {
                                office: office.to_string(),
                                original_item: b.id,
                                original_units: b.units.clone(),
                            },
                        )?;
                        taken.added.push((here, load_item(tx, here)?.similar_to));
                    }
                }
            }
            if !taken.added.is_empty() {
                let added: Vec<ItemId> = taken.added.iter().map(|(id, _)| *id).collect();
                undo::record_touched(
                    tx,
                    &tf(Key::UndoImport, &[&origin]),
                    undo::Touched {
                        added: &added,
                        ..undo::Touched::default()
                    },
                )?;
            }
            Ok(taken)
        })
    }

    /// What this desk printed of the items `office` forwarded: one entry
    /// each, named by its id on that office's desk, by issue date.
    pub fn printed_for(&self, office: &str) -> Result<Vec<ReceiptItem>> {
        let mut out = Vec::new();
        for (here, there, issue) in published_from(&self.conn, office.trim())? {
            let Some(mut masthead) = load_masthead(&self.conn, issue)? else {
                continue;
            };
            masthead.total_number = None;
            let item = load_item(&self.conn, here)?;
            out.push(ReceiptItem {
                item: there,
                headline: item.headline,
                outlet: masthead.series.clone(),
                issue: masthead.number_line(),
                date: masthead.date.unwrap_or(item.received),
            });
        }
        Ok(out)
    }

    /// Records a receipt already read and checked as adoptions of the items
    /// it names; an adoption recorded before is passed over. Every item
    /// must be here, or nothing is recorded. Text is never touched. One
    /// transaction and one undo step.
    pub fn take_receipt(&mut self, receipt: &Receipt) -> Result<Taken> {
        self.write(|tx| {
            let mut taken = Taken::default();
            let mut ids = Vec::new();
            for r in &receipt.items {
                load_item(tx, r.item)?;
                let mut a = Adoption {
                    id: AdoptionId(0),
                    item: r.item,
                    level: receipt.level,
                    outlet: outlet_name(&r.outlet),
                    issue: issue_label(&r.issue),
                    date: r.date,
                    source: AdoptionSource::Receipt,
                };
                if same_adoption(tx, &a)?.is_some() {
                    taken.already.push(r.item);
                    continue;
                }
                a.id = insert_adoption(tx, &a)?;
                ids.push(a.id);
                taken.added.push((r.item, None));
            }
            if !ids.is_empty() {
                undo::record_touched(
                    tx,
                    &tf(Key::UndoReceipt, &[&receipt.from, &ids.len()]),
                    undo::Touched {
                        adoptions_added: &ids,
                        ..undo::Touched::default()
                    },
                )?;
            }
            Ok(taken)
        })
    }
}
