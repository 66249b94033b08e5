//! Undo steps as they are stored: the store's own serde shapes, versioned
//! and kept apart from the model's, so that renaming a field of the model
//! does not break undoing history written before an upgrade. A record
//! without a version is version 1, as every record before versions were.
//! Version 2 adds commissions, version 3 adoptions and instructions,
//! version 4 what the unit table keeps on a unit (category, 信息员, phone,
//! 分管领导, quota), version 5 an item's edit reason (改稿理由), version 6
//! an issue's 印发 record (sign-offs, 密级, distribution) when it has one;
//! a step
//! is written at the lowest version that holds what it touched, so
//! only the records an older jianbao could not undo whole are refused by
//! it.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::rows::{self, Member};
use crate::error::{Error, Result};
use crate::model::{
    AdoptionId, Commission, CommissionId, CommissionState, Contributors, Done, Instruction,
    InstructionId, Issue, IssueId, IssueState, Item, ItemId, LeaderLevel, Unit, UnitList,
};

/// The version this jianbao writes and the newest it reads.
const VERSION: u32 = 6;

/// What one step recorded, in model types.
#[derive(Debug, Default)]
pub(super) struct Step {
    pub items: Vec<Item>,
    pub issues: Vec<IssueRows>,
    /// Issues the change created: undoing it deletes them.
    pub created: Vec<IssueId>,
    /// Items the change added (an import): undoing it deletes them.
    pub added: Vec<ItemId>,
    /// The unit list before a change to it.
    pub units: Option<UnitList>,
    /// One command written in several transactions (an import of many
    /// files, each its own) is one step: its records share this mark.
    pub batch: Option<String>,
    /// The step finalised an issue: undoing it asks first.
    pub finalised: bool,
    /// Commissions as they were before the change.
    pub commissions: Vec<Commission>,
    /// Commissions the change made: undoing it deletes them.
    pub commissions_added: Vec<CommissionId>,
    /// Adoptions the change recorded: undoing it deletes them.
    pub adoptions_added: Vec<AdoptionId>,
    /// Instructions as they were before the change.
    pub instructions: Vec<Instruction>,
    /// Instructions the change recorded: undoing it deletes them.
    pub instructions_added: Vec<InstructionId>,
}

/// An issue's own rows: masthead, footer and editors, and its order.
#[derive(Debug)]
pub(super) struct IssueRows {
    pub masthead: Issue,
    pub members: Vec<Member>,
    /// Whether the marking and 编者按 were recorded: records written before
    /// they were leave them as the store has them.
    pub notes_recorded: bool,
    /// Whether the 印发 record was: records written before it was leave
    /// the store's as it is.
    pub release_recorded: bool,
}

fn version_1() -> u32 {
    1
}

#[derive(Deserialize)]
struct Versioned {
    #[serde(default = "version_1")]
    version: u32,
}

#[derive(Serialize, Deserialize)]
struct SnapshotV1 {
    #[serde(default = "version_1")]
    version: u32,
    items: Vec<ItemV1>,
    issues: Vec<IssueV1>,
    #[serde(default)]
    created: Vec<i64>,
    #[serde(default)]
    added: Vec<i64>,
    #[serde(default)]
    units: Option<UnitListV1>,
    #[serde(default)]
    batch: Option<String>,
    #[serde(default)]
    finalised: bool,
    /// Version 2.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    commissions: Vec<CommissionV2>,
    /// Version 2.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    commissions_added: Vec<i64>,
    /// Version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    adoptions_added: Vec<i64>,
    /// Version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    instructions: Vec<InstructionV3>,
    /// Version 3.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    instructions_added: Vec<i64>,
}

#[derive(Serialize, Deserialize)]
struct InstructionV3 {
    id: i64,
    item: i64,
    by: String,
    level: String,
    date: Date,
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    done_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    done_note: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct CommissionV2 {
    id: i64,
    unit: String,
    topic: String,
    due: Date,
    #[serde(default)]
    note: String,
    created: Date,
    state: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    item: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    on: Option<Date>,
}

#[derive(Serialize, Deserialize)]
struct ItemV1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<i64>,
    headline: String,
    body: Vec<String>,
    sources: Vec<String>,
    kind: String,
    status: String,
    received: Date,
    #[serde(default)]
    note: String,
    #[serde(default)]
    reject_reason: String,
    #[serde(default)]
    original: String,
    #[serde(default)]
    similar_to: Option<i64>,
    #[serde(default, skip_serializing_if = "ContributorsV1::is_empty")]
    contributors: ContributorsV1,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    source_inferred: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    editor_note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    column: String,
    /// Version 6.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    edit_reason: String,
}

#[derive(Default, Serialize, Deserialize)]
struct ContributorsV1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    signer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contact: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
}

impl ContributorsV1 {
    fn is_empty(&self) -> bool {
        [
            &self.author,
            &self.reviewer,
            &self.signer,
            &self.contact,
            &self.phone,
        ]
        .iter()
        .all(|v| v.is_none())
    }
}

#[derive(Serialize, Deserialize)]
struct IssueV1 {
    id: i64,
    series: String,
    year: i16,
    number: u32,
    supplement: bool,
    total_number: Option<u32>,
    date: Option<Date>,
    publisher: String,
    print_run: Option<u32>,
    state: String,
    /// (item, section, position).
    members: Vec<(i64, String, i64)>,
    /// (label, text).
    footer: Vec<(String, String)>,
    editors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    marking: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    editor_note: Option<String>,
    /// Version 6 when not `{}`: the 印发 record as the store keeps it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    release: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct UnitListV1 {
    #[serde(rename = "unit", default)]
    units: Vec<UnitV1>,
}

#[derive(Serialize, Deserialize)]
struct UnitV1 {
    name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
    /// Version 5: the unit table's details.
    #[serde(flatten)]
    details: UnitDetailsV4,
}

#[derive(Serialize, Deserialize)]
struct UnitDetailsV4 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    contact: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    leader: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quota: Option<u32>,
}

fn json(e: serde_json::Error) -> Error {
    Error::Json(e)
}

/// The JSON stored for `step`.
pub(super) fn encode(step: &Step) -> Result<String> {
    let upper = !step.adoptions_added.is_empty()
        || !step.instructions.is_empty()
        || !step.instructions_added.is_empty();
    let commissions = !step.commissions.is_empty() || !step.commissions_added.is_empty();
    let unit_details = step
        .units
        .as_ref()
        .is_some_and(|list| list.units.iter().any(Unit::has_details));
    let edit_reasons = step.items.iter().any(|i| !i.edit_reason.is_empty());
    let release = step.issues.iter().any(|i| !i.masthead.release.is_empty());
    let stored = SnapshotV1 {
        version: match (edit_reasons, unit_details, upper, commissions) {
            _ if release => 6,
            (true, _, _, _) => 5,
            (false, true, _, _) => 4,
            (false, false, true, _) => 3,
            (false, false, false, true) => 2,
            (false, false, false, false) => 1,
        },
        items: step.items.iter().map(item_to_v1).collect(),
        issues: step.issues.iter().map(issue_to_v1).collect::<Result<_>>()?,
        created: step.created.iter().map(|i| i.0).collect(),
        added: step.added.iter().map(|i| i.0).collect(),
        units: step.units.as_ref().map(|list| UnitListV1 {
            units: list
                .units
                .iter()
                .map(|u| UnitV1 {
                    name: u.name.clone(),
                    aliases: u.aliases.clone(),
                    details: UnitDetailsV4 {
                        category: u.category.clone(),
                        contact: u.contact.clone(),
                        phone: u.phone.clone(),
                        leader: u.leader.clone(),
                        quota: u.quota,
                    },
                })
                .collect(),
        }),
        batch: step.batch.clone(),
        finalised: step.finalised,
        commissions: step.commissions.iter().map(commission_to_v2).collect(),
        commissions_added: step.commissions_added.iter().map(|c| c.0).collect(),
        adoptions_added: step.adoptions_added.iter().map(|a| a.0).collect(),
        instructions: step.instructions.iter().map(instruction_to_v3).collect(),
        instructions_added: step.instructions_added.iter().map(|i| i.0).collect(),
    };
    serde_json::to_string(&stored).map_err(json)
}

/// The step stored as `text`, of any version this jianbao knows.
pub(super) fn decode(text: &str) -> Result<Step> {
    let Versioned { version } = serde_json::from_str(text).map_err(json)?;
    if version > VERSION {
        return Err(Error::UndoTooNew {
            found: version,
            supported: VERSION,
        });
    }
    let stored: SnapshotV1 = serde_json::from_str(text).map_err(json)?;
    Ok(Step {
        items: stored
            .items
            .into_iter()
            .map(item_from_v1)
            .collect::<Result<_>>()?,
        issues: stored
            .issues
            .into_iter()
            .map(issue_from_v1)
            .collect::<Result<_>>()?,
        created: stored.created.into_iter().map(IssueId).collect(),
        added: stored.added.into_iter().map(ItemId).collect(),
        units: stored.units.map(|list| UnitList {
            units: list
                .units
                .into_iter()
                .map(|u| Unit {
                    name: u.name,
                    aliases: u.aliases,
                    category: u.details.category,
                    contact: u.details.contact,
                    phone: u.details.phone,
                    leader: u.details.leader,
                    quota: u.details.quota,
                })
                .collect(),
        }),
        batch: stored.batch,
        finalised: stored.finalised,
        commissions: stored
            .commissions
            .into_iter()
            .map(commission_from_v2)
            .collect::<Result<_>>()?,
        commissions_added: stored
            .commissions_added
            .into_iter()
            .map(CommissionId)
            .collect(),
        adoptions_added: stored.adoptions_added.into_iter().map(AdoptionId).collect(),
        instructions: stored
            .instructions
            .into_iter()
            .map(instruction_from_v3)
            .collect::<Result<_>>()?,
        instructions_added: stored
            .instructions_added
            .into_iter()
            .map(InstructionId)
            .collect(),
    })
}

const TABLE: &str = "undo_log";
const COLUMN: &str = "snapshot";

fn item_to_v1(item: &Item) -> ItemV1 {
    let c = &item.contributors;
    ItemV1 {
        id: item.id.map(|i| i.0),
        headline: item.headline.clone(),
        body: item.body.clone(),
        sources: item.sources.clone(),
        kind: item.kind.as_str().to_string(),
        status: item.status.as_str().to_string(),
        received: item.received,
        note: item.note.clone(),
        reject_reason: item.reject_reason.clone(),
        original: item.original.clone(),
        similar_to: item.similar_to.map(|i| i.0),
        contributors: ContributorsV1 {
            author: c.author.clone(),
            reviewer: c.reviewer.clone(),
            signer: c.signer.clone(),
            contact: c.contact.clone(),
            phone: c.phone.clone(),
        },
        source_inferred: item.source_inferred,
        editor_note: item.editor_note.clone(),
        column: item.column.clone(),
        edit_reason: item.edit_reason.clone(),
    }
}

fn item_from_v1(v: ItemV1) -> Result<Item> {
    let c = v.contributors;
    Ok(Item {
        id: v.id.map(ItemId),
        headline: v.headline,
        body: v.body,
        sources: v.sources,
        kind: rows::kind(TABLE, COLUMN, &v.kind)?,
        status: rows::status(TABLE, COLUMN, &v.status)?,
        received: v.received,
        note: v.note,
        reject_reason: v.reject_reason,
        original: v.original,
        similar_to: v.similar_to.map(ItemId),
        contributors: Contributors {
            author: c.author,
            reviewer: c.reviewer,
            signer: c.signer,
            contact: c.contact,
            phone: c.phone,
        },
        source_inferred: v.source_inferred,
        editor_note: v.editor_note,
        column: v.column,
        edit_reason: v.edit_reason,
    })
}

fn issue_to_v1(rows: &IssueRows) -> Result<IssueV1> {
    let m = &rows.masthead;
    let noted = |s: &String| rows.notes_recorded.then(|| s.clone());
    let release = match rows.release_recorded {
        true => Some(serde_json::to_string(&m.release).map_err(json)?),
        false => None,
    };
    Ok(IssueV1 {
        id: m.id.map_or(0, |i| i.0),
        series: m.series.clone(),
        year: m.year,
        number: m.number,
        supplement: m.supplement,
        total_number: m.total_number,
        date: m.date,
        publisher: m.publisher.clone(),
        print_run: m.print_run,
        state: m.state.as_str().to_string(),
        members: rows
            .members
            .iter()
            .map(|(item, section, position)| (item.0, section.as_str().to_string(), *position))
            .collect(),
        footer: m
            .footer
            .iter()
            .map(|l| (l.label.clone(), l.text.clone()))
            .collect(),
        editors: m.editors.clone(),
        marking: noted(&m.marking),
        editor_note: noted(&m.editor_note),
        release,
    })
}

fn issue_from_v1(v: IssueV1) -> Result<IssueRows> {
    let mut m = Issue::new(v.series, v.year, v.number);
    m.id = Some(IssueId(v.id));
    m.supplement = v.supplement;
    m.total_number = v.total_number;
    m.date = v.date;
    m.publisher = v.publisher;
    m.print_run = v.print_run;
    m.state = IssueState::from_db(&v.state).ok_or_else(|| Error::Corrupt {
        table: TABLE,
        column: COLUMN,
        value: v.state.clone(),
    })?;
    m.footer = v
        .footer
        .into_iter()
        .map(|(label, text)| crate::model::FooterLine::new(label, text))
        .collect();
    m.editors = v.editors;
    let notes_recorded = v.marking.is_some() || v.editor_note.is_some();
    m.marking = v.marking.unwrap_or_default();
    m.editor_note = v.editor_note.unwrap_or_default();
    let release_recorded = v.release.is_some();
    if let Some(text) = v.release {
        m.release = serde_json::from_str(&text).map_err(|_| Error::Corrupt {
            table: TABLE,
            column: COLUMN,
            value: text.clone(),
        })?;
    }
    let members = v
        .members
        .into_iter()
        .map(|(item, section, position)| {
            Ok((ItemId(item), rows::kind(TABLE, COLUMN, &section)?, position))
        })
        .collect::<Result<_>>()?;
    Ok(IssueRows {
        masthead: m,
        members,
        notes_recorded,
        release_recorded,
    })
}

fn commission_to_v2(c: &Commission) -> CommissionV2 {
    let (item, on) = match c.state {
        CommissionState::Answered { item, on } => (Some(item.0), Some(on)),
        _ => (None, None),
    };
    CommissionV2 {
        id: c.id.0,
        unit: c.unit.clone(),
        topic: c.topic.clone(),
        due: c.due,
        note: c.note.clone(),
        created: c.created,
        state: c.state.as_str().to_string(),
        item,
        on,
    }
}

fn commission_from_v2(v: CommissionV2) -> Result<Commission> {
    let on = v.on.map(|d| d.to_string());
    Ok(Commission {
        id: CommissionId(v.id),
        unit: v.unit,
        topic: v.topic,
        due: v.due,
        note: v.note,
        created: v.created,
        state: rows::commission_state(TABLE, COLUMN, &v.state, v.item, on.as_deref())?,
    })
}

fn instruction_to_v3(i: &Instruction) -> InstructionV3 {
    InstructionV3 {
        id: i.id.0,
        item: i.item.0,
        by: i.by.clone(),
        level: i.level.as_str().to_string(),
        date: i.date,
        text: i.text.clone(),
        done_on: i.done.as_ref().map(|d| d.on),
        done_note: i.done.as_ref().map(|d| d.note.clone()),
    }
}

fn instruction_from_v3(v: InstructionV3) -> Result<Instruction> {
    let corrupt = |value: &str| Error::Corrupt {
        table: TABLE,
        column: COLUMN,
        value: value.to_string(),
    };
    let level = LeaderLevel::from_db(&v.level).ok_or_else(|| corrupt(&v.level))?;
    let done = match (v.done_on, v.done_note) {
        (Some(on), Some(note)) => Some(Done { on, note }),
        (None, None) => None,
        (Some(on), None) => return Err(corrupt(&on.to_string())),
        (None, Some(note)) => return Err(corrupt(&note)),
    };
    Ok(Instruction {
        id: InstructionId(v.id),
        item: ItemId(v.item),
        by: v.by,
        level,
        date: v.date,
        text: v.text,
        done,
    })
}
