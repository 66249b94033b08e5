//! Everything a key can ask the workstation to do. The names (snake_case)
//! are the ones the settings file uses to rebind keys.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave the workstation.
    Quit,
    /// Show or hide the list of keys.
    Help,
    /// Take back the last change (kept in the store, across restarts).
    Undo,
    /// Focus the next pane / the previous pane.
    FocusNext,
    FocusPrev,
    /// Focus a pane directly.
    FocusQueue,
    FocusAssembly,
    FocusPreview,
    /// Show one pane only, or as many as fit.
    ToggleZoom,
    /// Move the selection (or scroll) in the focused pane.
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    /// Queue filters by status.
    FilterNew,
    FilterAccepted,
    FilterHeld,
    FilterRejected,
    FilterAll,
    /// Only items from one unit (asks which; empty clears).
    FilterUnit,
    /// Search as you type.
    Search,
    /// Clear the search and the unit filter.
    ClearFilters,
    /// Mark or unmark the selected item.
    ToggleMark,
    /// Decisions on the selected (or marked) items.
    Accept,
    Reject,
    Hold,
    /// Open the selected item in full.
    Open,
    /// In the reader: the queue's next / previous item in its place.
    NextItem,
    PrevItem,
    /// Edit the selected item in $EDITOR.
    EditExternal,
    /// Change the headline / the source unit in place.
    EditHeadline,
    EditSource,
    /// Place the selected (or marked) items in the issue as articles / briefs.
    AddArticle,
    AddBrief,
    /// Move the selected item up or down in the issue.
    MoveItemDown,
    MoveItemUp,
    /// Turn the selected item from article to brief or back.
    ToggleKind,
    /// Take the selected item out of the issue.
    RemoveItem,
    /// Start a new draft issue.
    NewIssue,
    /// Show the previous / next issue.
    PrevIssue,
    NextIssue,
    /// Show the newest issue of the previous / next series (上街信息,
    /// 上街信息·专报, 峡窝信息 …); new issues follow the series shown.
    PrevSeries,
    NextSeries,
    /// Edit the masthead and footer.
    EditIssue,
    /// Record a step of 审核签发 (一校, 二校, 审核, 签发) on the open draft
    /// in a form.
    SignOff,
    /// Record the open draft's 保密审查 in a form.
    ReviewSecrecy,
    /// Make the issue final.
    Finalise,
    /// Write the issue as a text file.
    Export,
    /// Preview at 28 字 or at the pane's width.
    ToggleWidth,
    /// In an open item: show the original submission beside the text.
    ToggleOriginal,
    /// Close what is open.
    Close,
    /// Import files or a folder (asks for the path).
    Import,
    /// Apply the certain proofing fixes to the selected (or marked) items.
    Proofread,
    /// Show the adoption statistics per unit.
    Stats,
    /// Compare the selected item with the earlier one it resembles.
    Compare,
    /// In the comparison: keep both; reject the new one; give the earlier
    /// one the new text.
    KeepBoth,
    DropNew,
    ReplaceOld,
    /// Stop the workstation as a shell's Ctrl-Z does; `fg` brings it back.
    Suspend,
    /// In a field: keep the search, take the answer, save the form.
    Submit,
    /// In a field: clear the search, drop the answer or the form.
    Cancel,
    /// In the import prompt: complete the path as a shell does.
    Complete,
    /// The answers to a yes/no question.
    Yes,
    No,
    /// Once export is asked for: the format to write.
    ExportText,
    ExportMarkdown,
    ExportHtml,
    ExportDocx,
    ExportJson,
    /// In the statistics: the next / previous preset period.
    NextPeriod,
    PrevPeriod,
    /// The queue's next order: by date received, either way, or as imported.
    CycleSort,
    /// With a search in the queue: the next / previous item it matches.
    NextMatch,
    PrevMatch,
    /// Show the commissions (约稿) by due date.
    Commissions,
    /// Write the feedback sheet (信息采用情况反馈) of this quarter for the
    /// unit the queue is filtered to, or the selected item's unit.
    FeedbackSheet,
    /// On the commissions board: answer the selected commission with the
    /// item selected in the queue; cancel it.
    AnswerCommission,
    CancelCommission,
    /// On the commissions board: record a new commission in a form.
    AddCommission,
    /// Record in a form an adoption (上级采用) of the item being read or
    /// selected.
    RecordAdoption,
    /// Record in a form a leader's instruction (领导批示) on the item
    /// being read or selected.
    RecordInstruction,
    /// Record the follow-up (落实反馈) of the newest open instruction on
    /// the item being read or selected, asking for the note.
    InstructionDone,
    /// Forward the selected (or marked) items, or the item being read,
    /// upward (上报), asking to which office: 报送单 and bundle.json in the
    /// export folder.
    Forward,
    /// Write this quarter's 催报 notice, up to today, as Word in the export
    /// folder.
    Remind,
    /// Write the annual index (年度目录) of the open issue's year and
    /// series as Word in the export folder.
    YearIndex,
    /// Write the receipts for the items a lower office forwarded, asking
    /// which office: `jianbao-receipt` JSON in the export folder.
    Receipts,
}
