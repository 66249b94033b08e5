//! 上级采用 and 领导批示: recorded on an item, listed, and an instruction's
//! 落实反馈. Each change is one transaction and one undo step naming the
//! item.

use jiff::civil::Date;

use super::rows::{
    adoptions_between, adoptions_of, forwards_of, insert_adoption, insert_instruction,
    instructions_between, instructions_of, load_instruction, load_item, provenance_of,
    put_instruction, same_adoption,
};
use super::{Store, undo};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::model::{
    Adoption, AdoptionId, AdoptionLevel, AdoptionSource, Done, Instruction, InstructionId, ItemId,
    LeaderLevel, Upper, issue_label, outlet_name,
};

/// An adoption to record.
#[derive(Debug, Clone)]
pub struct NewAdoption<'a> {
    pub item: ItemId,
    pub level: AdoptionLevel,
    /// The bulletin's name, with or without 《》.
    pub outlet: &'a str,
    /// 期号 as printed, or a bare number (12 → 第12期); empty when unknown.
    pub issue: &'a str,
    pub date: Date,
    pub source: AdoptionSource,
}

/// An instruction to record.
#[derive(Debug, Clone)]
pub struct NewInstruction<'a> {
    pub item: ItemId,
    pub by: &'a str,
    pub level: LeaderLevel,
    pub date: Date,
    pub text: &'a str,
}

impl Store {
    /// Records that an upper-level bulletin printed `new.item`. The same
    /// bulletin, level and issue twice is refused: a second record would
    /// count the adoption twice. One undo step.
    pub fn add_adoption(&mut self, new: &NewAdoption) -> Result<Adoption> {
        let outlet = outlet_name(new.outlet);
        if outlet.is_empty() {
            return Err(Error::EmptyOutlet);
        }
        let mut a = Adoption {
            id: AdoptionId(0),
            item: new.item,
            level: new.level,
            outlet,
            issue: issue_label(new.issue),
            date: new.date,
            source: new.source,
        };
        self.write(|tx| {
            let name = load_item(tx, a.item)?.name();
            if let Some(there) = same_adoption(tx, &a)? {
                return Err(Error::AdoptionExists {
                    item: a.item,
                    label: there.label(),
                    id: there.id,
                });
            }
            a.id = insert_adoption(tx, &a)?;
            undo::record_touched(
                tx,
                &tf(Key::UndoAdoption, &[&name, &a.label()]),
                undo::Touched {
                    adoptions_added: &[a.id],
                    ..undo::Touched::default()
                },
            )?;
            Ok(())
        })?;
        Ok(a)
    }

    /// Records a leader's instruction on `new.item`. One undo step.
    pub fn add_instruction(&mut self, new: &NewInstruction) -> Result<Instruction> {
        let by = new.by.trim();
        let text = new.text.trim();
        if by.is_empty() {
            return Err(Error::EmptyLeader);
        }
        if text.is_empty() {
            return Err(Error::EmptyInstruction);
        }
        let mut i = Instruction {
            id: InstructionId(0),
            item: new.item,
            by: by.to_string(),
            level: new.level,
            date: new.date,
            text: text.to_string(),
            done: None,
        };
        self.write(|tx| {
            let name = load_item(tx, i.item)?.name();
            i.id = insert_instruction(tx, &i, None)?;
            undo::record_touched(
                tx,
                &tf(Key::UndoInstruction, &[&name, &i.by]),
                undo::Touched {
                    instructions_added: &[i.id],
                    ..undo::Touched::default()
                },
            )?;
            Ok(())
        })?;
        Ok(i)
    }

    /// Records how instruction `id` was followed up, on `on`; refused when
    /// it already was. One undo step.
    pub fn instruction_done(
        &mut self,
        id: InstructionId,
        on: Date,
        note: &str,
    ) -> Result<Instruction> {
        let note = note.trim();
        if note.is_empty() {
            return Err(Error::EmptyFeedback);
        }
        self.write(|tx| {
            let mut i = load_instruction(tx, id)?.ok_or(Error::InstructionNotFound(id))?;
            if let Some(done) = &i.done {
                return Err(Error::InstructionDone { id, on: done.on });
            }
            let name = load_item(tx, i.item)?.name();
            undo::record_touched(
                tx,
                &tf(Key::UndoInstructionDone, &[&name]),
                undo::Touched {
                    instructions: &[id],
                    ..undo::Touched::default()
                },
            )?;
            i.done = Some(Done {
                on,
                note: note.to_string(),
            });
            put_instruction(tx, &i)?;
            Ok(i)
        })
    }

    /// What the upper levels did with `item`, each kind by date, where it
    /// was forwarded, and where it came from.
    pub fn upper(&self, item: ItemId) -> Result<Upper> {
        Ok(Upper {
            adoptions: adoptions_of(&self.conn, item)?,
            instructions: instructions_of(&self.conn, item)?,
            forwards: forwards_of(&self.conn, item)?,
            forwarded_from: provenance_of(&self.conn, item)?,
        })
    }

    /// Adoptions dated `from` to `to`, both included, by date.
    pub fn adoptions(&self, from: Date, to: Date) -> Result<Vec<Adoption>> {
        adoptions_between(&self.conn, from, to)
    }

    /// Instructions dated `from` to `to`, both included, by date.
    pub fn instructions(&self, from: Date, to: Date) -> Result<Vec<Instruction>> {
        instructions_between(&self.conn, from, to)
    }
}
