//! What the workstation is doing: the focused pane, the open mode, the
//! questions it asks. Shared by `app`, `screen`, `update` and `view`.

use super::diff::Differences;
use super::form::Form;
use super::input::TextInput;
use super::keymap::Scope;
use crate::model::{Commission, InstructionId, IssueId, Item, ItemEdit, ItemId};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    Queue,
    Assembly,
    Preview,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Queue, Pane::Assembly, Pane::Preview];

    pub fn scope(self) -> Scope {
        match self {
            Pane::Queue => Scope::Queue,
            Pane::Assembly => Scope::Assembly,
            Pane::Preview => Scope::Preview,
        }
    }
}

/// The mark an item carries in the issue: `!` something stops finalising
/// (no source, no headline), `?` proofing found something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Clean,
    Blocking,
    Finding,
}

impl Mark {
    pub fn of(findings: &[crate::check::Finding]) -> Mark {
        if findings.iter().any(|f| f.rule.blocks_finalising()) {
            Mark::Blocking
        } else if findings.is_empty() {
            Mark::Clean
        } else {
            Mark::Finding
        }
    }
}

/// What a one-line prompt is asking for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Prompt {
    Headline(ItemId),
    Source(ItemId),
    Unit,
    ImportPath,
    /// The office to forward these items to.
    ForwardTo(Vec<ItemId>),
    /// The lower office to write the receipts for.
    ReceiptsTo,
    /// The follow-up note (落实反馈) of instruction `id` on `item`, written
    /// by `by`; `reading` if asked for from the reader, which it goes back
    /// to.
    InstructionDone {
        id: InstructionId,
        item: ItemId,
        by: String,
        reading: bool,
    },
}

/// What a reason is asked for: the items to reject (the ones named when
/// it was asked), or an edit read back from the editor, saved once the
/// reason is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReasonFor {
    Reject(Vec<ItemId>),
    Edit(ItemId, Box<ItemEdit>),
}

/// What a yes/no question is about.
#[derive(Debug, Clone)]
pub enum Confirm {
    /// Finalise, with what the pre-publication check found (each a line):
    /// yes overrides them.
    Finalise(IssueId, Vec<String>),
    LoadSamples,
    /// Undo a finalise, named by its label: the issue becomes a draft again.
    Unfinalise(String),
    /// Create this draft issue (named in the question).
    NewIssue(Box<crate::model::Issue>),
    /// Quit with an edit open; no returns to it.
    Quit(Box<Mode>),
    /// Close the masthead form and lose its edits; no returns to it.
    DiscardForm(Box<Mode>),
    /// Answer this commission with this item (named in the question).
    AnswerCommission {
        commission: Box<Commission>,
        item: ItemId,
        item_name: String,
    },
    CancelCommission(Box<Commission>),
}

#[derive(Debug, Clone)]
pub enum Mode {
    Normal,
    /// Typing a search; the queue follows each keystroke.
    Search(TextInput),
    Prompt(Prompt, TextInput),
    /// The reason list (退稿、改稿理由), one selected.
    Reasons {
        purpose: ReasonFor,
        selected: usize,
    },
    Confirm(Confirm),
    /// The keys, over the mode it was opened from (which it returns to).
    Help {
        scroll: usize,
        back: Box<Mode>,
    },
    Detail {
        item: Box<Item>,
        /// What proofing finds in it, worked out once when it is opened.
        findings: Vec<crate::check::Finding>,
        /// What the upper levels did with it, read when it is opened.
        upper: crate::model::Upper,
        original: bool,
        scroll: usize,
    },
    Form(Form),
    /// Export asked for: a key chooses the format.
    Export(IssueId),
    /// Lines to read (an import's report); true marks a failure.
    Report {
        lines: Vec<(bool, String)>,
        scroll: usize,
    },
    /// Adoption statistics for one of the preset periods.
    Stats {
        period: usize,
        table: crate::stats::Table,
        scroll: usize,
    },
    /// The commissions by due date, one selected.
    Commissions {
        list: Vec<Commission>,
        selected: usize,
    },
    /// A near-duplicate beside the earlier item it resembles.
    Compare {
        new: Box<Item>,
        old: Box<Item>,
        similarity: f64,
        /// What differs, worked out once when it is opened.
        diff: Box<Differences>,
        /// Lines scrolled, the same for both columns.
        scroll: usize,
    },
}

impl Mode {
    /// The keymap scope keys resolve in while this mode is open over
    /// `pane`.
    pub fn scope(&self, pane: Pane) -> Scope {
        match self {
            Mode::Normal => pane.scope(),
            Mode::Search(_) => Scope::Search,
            Mode::Prompt(..) => Scope::Prompt,
            Mode::Reasons { .. } => Scope::Reasons,
            Mode::Confirm(_) => Scope::Confirm,
            Mode::Help { .. } => Scope::Help,
            Mode::Detail { .. } => Scope::Detail,
            Mode::Form(_) => Scope::Form,
            Mode::Export(_) => Scope::Export,
            Mode::Report { .. } => Scope::Report,
            Mode::Stats { .. } => Scope::Stats,
            Mode::Compare { .. } => Scope::Compare,
            Mode::Commissions { .. } => Scope::Commissions,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Error,
}

/// The preset periods of the statistics view: this quarter, the last one,
/// this year, all time.
pub fn stats_period(today: jiff::civil::Date, at: usize) -> crate::stats::Period {
    use crate::stats::Period;
    match at % 4 {
        0 => Period::quarter_of(today),
        1 => Period::quarter_of(today).previous_quarter(),
        2 => Period::year_of(today),
        _ => Period::default(),
    }
}
