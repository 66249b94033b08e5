//! One table of keys drives both dispatch and the help overlay, so the two
//! can never disagree. Keys can be rebound in the settings file.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use crate::error::{Error, Result};
use crate::i18n::{Key, t};

/// The format each export action writes.
pub fn export_format(action: Action) -> Option<crate::export::Format> {
    use crate::export::Format;
    match action {
        Action::ExportText => Some(Format::Text),
        Action::ExportMarkdown => Some(Format::Markdown),
        Action::ExportHtml => Some(Format::Html),
        Action::ExportDocx => Some(Format::Docx),
        Action::ExportJson => Some(Format::Json),
        _ => None,
    }
}

/// Where a binding applies: a pane, or a mode open over the panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Global,
    Queue,
    Assembly,
    Preview,
    Detail,
    Compare,
    Search,
    Prompt,
    Reasons,
    Confirm,
    Export,
    Help,
    Stats,
    Form,
    Report,
    Commissions,
}

impl Scope {
    /// Every scope, in the order the help lists them.
    pub const ALL: [Scope; 16] = [
        Scope::Global,
        Scope::Queue,
        Scope::Assembly,
        Scope::Preview,
        Scope::Detail,
        Scope::Compare,
        Scope::Search,
        Scope::Prompt,
        Scope::Reasons,
        Scope::Confirm,
        Scope::Export,
        Scope::Help,
        Scope::Stats,
        Scope::Form,
        Scope::Report,
        Scope::Commissions,
    ];

    pub fn title(self) -> Key {
        match self {
            Scope::Global => Key::ScopeGlobal,
            Scope::Queue => Key::PaneQueue,
            Scope::Assembly => Key::PaneAssembly,
            Scope::Preview => Key::PanePreview,
            Scope::Detail => Key::ScopeDetail,
            Scope::Compare => Key::ScopeCompare,
            Scope::Search => Key::ScopeSearch,
            Scope::Prompt => Key::ScopePrompt,
            Scope::Reasons => Key::ScopeReasons,
            Scope::Confirm => Key::ScopeConfirm,
            Scope::Export => Key::ScopeExport,
            Scope::Help => Key::ScopeHelp,
            Scope::Stats => Key::ScopeStats,
            Scope::Form => Key::ScopeForm,
            Scope::Report => Key::ScopeReport,
            Scope::Commissions => Key::ScopeCommissions,
        }
    }

    /// Whether typed characters are text here rather than commands.
    pub fn takes_text(self) -> bool {
        matches!(self, Scope::Search | Scope::Prompt | Scope::Form)
    }

    /// Whether the global keys work here too: in the panes only, since a
    /// mode open over them takes its own keys.
    fn has_globals(self) -> bool {
        matches!(self, Scope::Queue | Scope::Assembly | Scope::Preview)
    }
}

/// (scope, keys, action, help text)
#[rustfmt::skip]
const DEFAULTS: &[(Scope, &[&str], Action, Key)] = &[
    (Scope::Global, &["?"], Action::Help, Key::ActHelp),
    (Scope::Global, &["q", "C-c"], Action::Quit, Key::ActQuit),
    (Scope::Global, &["C-z"], Action::Suspend, Key::ActSuspend),
    (Scope::Global, &["u"], Action::Undo, Key::ActUndo),
    (Scope::Global, &["Tab"], Action::FocusNext, Key::ActFocusNext),
    (Scope::Global, &["BackTab"], Action::FocusPrev, Key::ActFocusPrev),
    (Scope::Global, &["A-1"], Action::FocusQueue, Key::ActFocusQueue),
    (Scope::Global, &["A-2"], Action::FocusAssembly, Key::ActFocusAssembly),
    (Scope::Global, &["A-3"], Action::FocusPreview, Key::ActFocusPreview),
    (Scope::Global, &["z"], Action::ToggleZoom, Key::ActZoom),
    (Scope::Global, &["i"], Action::Import, Key::ActImport),
    (Scope::Global, &["S"], Action::Stats, Key::ActStats),
    (Scope::Global, &["C"], Action::Commissions, Key::ActCommissions),
    (Scope::Global, &["R"], Action::Remind, Key::ActRemind),
    (Scope::Global, &["Y"], Action::YearIndex, Key::ActYearIndex),
    (Scope::Global, &["H"], Action::Receipts, Key::ActReceipts),
    (Scope::Global, &["n"], Action::NewIssue, Key::ActNewIssue),
    (Scope::Global, &["["], Action::PrevIssue, Key::ActPrevIssue),
    (Scope::Global, &["]"], Action::NextIssue, Key::ActNextIssue),
    (Scope::Global, &["{"], Action::PrevSeries, Key::ActPrevSeries),
    (Scope::Global, &["}"], Action::NextSeries, Key::ActNextSeries),
    (Scope::Queue, &["a"], Action::Accept, Key::ActAccept),
    (Scope::Queue, &["r"], Action::Reject, Key::ActReject),
    (Scope::Queue, &["h"], Action::Hold, Key::ActHold),
    (Scope::Queue, &["Space"], Action::ToggleMark, Key::ActMark),
    (Scope::Queue, &["Enter"], Action::Open, Key::ActOpen),
    (Scope::Queue, &["c"], Action::Compare, Key::ActCompare),
    (Scope::Queue, &["p"], Action::Proofread, Key::ActProofread),
    (Scope::Queue, &["A"], Action::AddArticle, Key::ActAddArticle),
    (Scope::Queue, &["B"], Action::AddBrief, Key::ActAddBrief),
    (Scope::Queue, &["/"], Action::Search, Key::ActSearch),
    (Scope::Queue, &["n"], Action::NextMatch, Key::ActNextMatch),
    (Scope::Queue, &["N"], Action::PrevMatch, Key::ActPrevMatch),
    (Scope::Queue, &["Esc"], Action::ClearFilters, Key::ActClearFilters),
    (Scope::Queue, &["1"], Action::FilterNew, Key::ActFilterNew),
    (Scope::Queue, &["2"], Action::FilterAccepted, Key::ActFilterAccepted),
    (Scope::Queue, &["3"], Action::FilterHeld, Key::ActFilterHeld),
    (Scope::Queue, &["4"], Action::FilterRejected, Key::ActFilterRejected),
    (Scope::Queue, &["5"], Action::FilterAll, Key::ActFilterAll),
    (Scope::Queue, &["U"], Action::FilterUnit, Key::ActFilterUnit),
    (Scope::Queue, &["F"], Action::FeedbackSheet, Key::ActFeedbackSheet),
    (Scope::Queue, &["o"], Action::CycleSort, Key::ActCycleSort),
    (Scope::Queue, &["e"], Action::EditExternal, Key::ActEditExternal),
    (Scope::Queue, &["t"], Action::EditHeadline, Key::ActEditHeadline),
    (Scope::Queue, &["s"], Action::EditSource, Key::ActEditSource),
    (Scope::Queue, &["T"], Action::Forward, Key::ActForward),
    (Scope::Queue, &["D"], Action::RecordAdoption, Key::ActRecordAdoption),
    (Scope::Queue, &["I"], Action::RecordInstruction, Key::ActRecordInstruction),
    (Scope::Queue, &["L"], Action::InstructionDone, Key::ActInstructionDone),
    (Scope::Queue, &["j", "Down"], Action::Down, Key::ActDown),
    (Scope::Queue, &["k", "Up"], Action::Up, Key::ActUp),
    (Scope::Queue, &["PageDown", "C-f"], Action::PageDown, Key::ActPageDown),
    (Scope::Queue, &["PageUp", "C-b"], Action::PageUp, Key::ActPageUp),
    (Scope::Queue, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Queue, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Assembly, &["J", "S-Down"], Action::MoveItemDown, Key::ActMoveDown),
    (Scope::Assembly, &["K", "S-Up"], Action::MoveItemUp, Key::ActMoveUp),
    (Scope::Assembly, &["b"], Action::ToggleKind, Key::ActToggleKind),
    (Scope::Assembly, &["p"], Action::Proofread, Key::ActProofread),
    (Scope::Assembly, &["x", "Delete"], Action::RemoveItem, Key::ActRemove),
    (Scope::Assembly, &["Enter"], Action::Open, Key::ActOpen),
    (Scope::Assembly, &["f"], Action::EditIssue, Key::ActEditIssue),
    (Scope::Assembly, &["F"], Action::Finalise, Key::ActFinalise),
    (Scope::Assembly, &["E"], Action::Export, Key::ActExport),
    (Scope::Assembly, &["e"], Action::EditExternal, Key::ActEditExternal),
    (Scope::Assembly, &["s"], Action::SignOff, Key::ActSignOff),
    (Scope::Assembly, &["m"], Action::ReviewSecrecy, Key::ActReviewSecrecy),
    (Scope::Assembly, &["1"], Action::FocusQueue, Key::ActFocusQueue),
    (Scope::Assembly, &["3"], Action::FocusPreview, Key::ActFocusPreview),
    (Scope::Assembly, &["j", "Down"], Action::Down, Key::ActDown),
    (Scope::Assembly, &["k", "Up"], Action::Up, Key::ActUp),
    (Scope::Assembly, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Assembly, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Preview, &["w"], Action::ToggleWidth, Key::ActToggleWidth),
    (Scope::Preview, &["E"], Action::Export, Key::ActExport),
    (Scope::Preview, &["1"], Action::FocusQueue, Key::ActFocusQueue),
    (Scope::Preview, &["2"], Action::FocusAssembly, Key::ActFocusAssembly),
    (Scope::Preview, &["j", "Down"], Action::Down, Key::ActScrollDown),
    (Scope::Preview, &["k", "Up"], Action::Up, Key::ActScrollUp),
    (Scope::Preview, &["PageDown", "Space", "C-f"], Action::PageDown, Key::ActPageDown),
    (Scope::Preview, &["PageUp", "C-b"], Action::PageUp, Key::ActPageUp),
    (Scope::Preview, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Preview, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Detail, &["Esc", "q", "Enter"], Action::Close, Key::ActClose),
    (Scope::Detail, &["o"], Action::ToggleOriginal, Key::ActToggleOriginal),
    (Scope::Detail, &["p"], Action::Proofread, Key::ActProofread),
    (Scope::Detail, &["e"], Action::EditExternal, Key::ActEditExternal),
    (Scope::Detail, &["a"], Action::Accept, Key::ActAccept),
    (Scope::Detail, &["r"], Action::Reject, Key::ActReject),
    (Scope::Detail, &["h"], Action::Hold, Key::ActHold),
    (Scope::Detail, &["A"], Action::AddArticle, Key::ActAddArticle),
    (Scope::Detail, &["B"], Action::AddBrief, Key::ActAddBrief),
    (Scope::Detail, &["T"], Action::Forward, Key::ActForward),
    (Scope::Detail, &["D"], Action::RecordAdoption, Key::ActRecordAdoption),
    (Scope::Detail, &["I"], Action::RecordInstruction, Key::ActRecordInstruction),
    (Scope::Detail, &["L"], Action::InstructionDone, Key::ActInstructionDone),
    (Scope::Detail, &["J"], Action::NextItem, Key::ActNextItem),
    (Scope::Detail, &["K"], Action::PrevItem, Key::ActPrevItem),
    (Scope::Detail, &["j", "Down"], Action::Down, Key::ActScrollDown),
    (Scope::Detail, &["k", "Up"], Action::Up, Key::ActScrollUp),
    (Scope::Detail, &["PageDown", "Space"], Action::PageDown, Key::ActPageDown),
    (Scope::Detail, &["PageUp"], Action::PageUp, Key::ActPageUp),
    (Scope::Compare, &["b"], Action::KeepBoth, Key::ActKeepBoth),
    (Scope::Compare, &["d"], Action::DropNew, Key::ActDropNew),
    (Scope::Compare, &["r"], Action::ReplaceOld, Key::ActReplaceOld),
    (Scope::Compare, &["Esc", "q"], Action::Close, Key::ActClose),
    (Scope::Compare, &["j", "Down"], Action::Down, Key::ActScrollDown),
    (Scope::Compare, &["k", "Up"], Action::Up, Key::ActScrollUp),
    (Scope::Compare, &["PageDown", "Space"], Action::PageDown, Key::ActPageDown),
    (Scope::Compare, &["PageUp"], Action::PageUp, Key::ActPageUp),
    // In the fields below typed characters are text: only other keys bind.
    (Scope::Search, &["Enter"], Action::Submit, Key::HintKeep),
    (Scope::Search, &["Esc"], Action::Cancel, Key::HintClear),
    (Scope::Search, &["C-c"], Action::Quit, Key::ActQuit),
    (Scope::Prompt, &["Enter"], Action::Submit, Key::HintConfirm),
    (Scope::Prompt, &["Esc"], Action::Cancel, Key::HintCancel),
    (Scope::Prompt, &["Tab"], Action::Complete, Key::ActComplete),
    (Scope::Prompt, &["C-c"], Action::Quit, Key::ActQuit),
    // A digit picks the reason of that number (not a binding: the list is
    // the office's, and as long as it likes).
    (Scope::Reasons, &["Enter"], Action::Submit, Key::HintConfirm),
    (Scope::Reasons, &["Esc"], Action::Cancel, Key::HintNoReason),
    (Scope::Reasons, &["j", "Down"], Action::Down, Key::ActDown),
    (Scope::Reasons, &["k", "Up"], Action::Up, Key::ActUp),
    (Scope::Reasons, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Reasons, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Form, &["Enter", "C-s"], Action::Submit, Key::HintSave),
    (Scope::Form, &["Esc"], Action::Cancel, Key::HintCancel),
    (Scope::Form, &["Tab", "Down"], Action::Down, Key::HintNextField),
    (Scope::Form, &["BackTab", "Up"], Action::Up, Key::HintPrevField),
    (Scope::Form, &["C-c"], Action::Quit, Key::ActQuit),
    (Scope::Confirm, &["y", "Y", "Enter"], Action::Yes, Key::HintYes),
    (Scope::Confirm, &["n", "N", "Esc"], Action::No, Key::HintNo),
    (Scope::Export, &["t"], Action::ExportText, Key::FormatText),
    (Scope::Export, &["m"], Action::ExportMarkdown, Key::FormatMarkdown),
    (Scope::Export, &["h"], Action::ExportHtml, Key::FormatHtml),
    (Scope::Export, &["d"], Action::ExportDocx, Key::FormatDocx),
    (Scope::Export, &["j"], Action::ExportJson, Key::FormatJson),
    (Scope::Export, &["Esc"], Action::Cancel, Key::HintCancel),
    (Scope::Export, &["?"], Action::Help, Key::ActHelp),
    (Scope::Help, &["Esc", "q", "?"], Action::Close, Key::ActClose),
    (Scope::Help, &["j", "Down"], Action::Down, Key::ActScrollDown),
    (Scope::Help, &["k", "Up"], Action::Up, Key::ActScrollUp),
    (Scope::Help, &["PageDown", "Space", "C-f"], Action::PageDown, Key::ActPageDown),
    (Scope::Help, &["PageUp", "C-b"], Action::PageUp, Key::ActPageUp),
    (Scope::Help, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Help, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Stats, &["Right", "l", "Tab"], Action::NextPeriod, Key::ActNextPeriod),
    (Scope::Stats, &["Left", "h", "BackTab"], Action::PrevPeriod, Key::ActPrevPeriod),
    (Scope::Stats, &["j", "Down"], Action::Down, Key::ActScrollDown),
    (Scope::Stats, &["k", "Up"], Action::Up, Key::ActScrollUp),
    (Scope::Stats, &["PageDown", "Space", "C-f"], Action::PageDown, Key::ActPageDown),
    (Scope::Stats, &["PageUp", "C-b"], Action::PageUp, Key::ActPageUp),
    (Scope::Stats, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Stats, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Stats, &["?"], Action::Help, Key::ActHelp),
    (Scope::Stats, &["Esc", "q", "Enter"], Action::Close, Key::ActClose),
    (Scope::Report, &["j", "Down"], Action::Down, Key::ActScrollDown),
    (Scope::Report, &["k", "Up"], Action::Up, Key::ActScrollUp),
    (Scope::Report, &["PageDown", "Space", "C-f"], Action::PageDown, Key::ActPageDown),
    (Scope::Report, &["PageUp", "C-b"], Action::PageUp, Key::ActPageUp),
    (Scope::Report, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Report, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Report, &["?"], Action::Help, Key::ActHelp),
    (Scope::Report, &["Esc", "q", "Enter"], Action::Close, Key::ActClose),
    (Scope::Commissions, &["j", "Down"], Action::Down, Key::ActDown),
    (Scope::Commissions, &["k", "Up"], Action::Up, Key::ActUp),
    (Scope::Commissions, &["g", "Home"], Action::Top, Key::ActTop),
    (Scope::Commissions, &["G", "End"], Action::Bottom, Key::ActBottom),
    (Scope::Commissions, &["Enter", "a"], Action::AnswerCommission, Key::ActAnswerCommission),
    (Scope::Commissions, &["x"], Action::CancelCommission, Key::ActCancelCommission),
    (Scope::Commissions, &["n"], Action::AddCommission, Key::ActAddCommission),
    (Scope::Commissions, &["?"], Action::Help, Key::ActHelp),
    (Scope::Commissions, &["Esc", "q"], Action::Close, Key::ActClose),
];

/// A key as written in the table and the settings file: `j`, `G`, `?`,
/// `Enter`, `S-Down`, `C-c`, `A-1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    code: KeyCode,
    ctrl: bool,
    alt: bool,
    shift: bool,
}

impl KeySpec {
    pub fn parse(s: &str) -> Option<KeySpec> {
        let mut spec = KeySpec {
            code: KeyCode::Null,
            ctrl: false,
            alt: false,
            shift: false,
        };
        let mut rest = s;
        loop {
            if let Some(r) = rest.strip_prefix("C-").filter(|r| !r.is_empty()) {
                (spec.ctrl, rest) = (true, r);
            } else if let Some(r) = rest.strip_prefix("A-").filter(|r| !r.is_empty()) {
                (spec.alt, rest) = (true, r);
            } else if let Some(r) = rest.strip_prefix("S-").filter(|r| !r.is_empty()) {
                (spec.shift, rest) = (true, r);
            } else {
                break;
            }
        }
        spec.code = match rest {
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" => KeyCode::Tab,
            "BackTab" => KeyCode::BackTab,
            "Space" => KeyCode::Char(' '),
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "PageUp" => KeyCode::PageUp,
            "PageDown" => KeyCode::PageDown,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "Delete" => KeyCode::Delete,
            "Backspace" => KeyCode::Backspace,
            one if one.chars().count() == 1 => KeyCode::Char(one.chars().next()?),
            _ => return None,
        };
        Some(spec)
    }

    /// The key event this spec stands for (tests press keys with it).
    #[cfg(test)]
    pub fn event(&self) -> KeyEvent {
        let mut m = KeyModifiers::NONE;
        m.set(KeyModifiers::CONTROL, self.ctrl);
        m.set(KeyModifiers::ALT, self.alt);
        m.set(
            KeyModifiers::SHIFT,
            self.shift || matches!(self.code, KeyCode::Char(c) if c.is_uppercase()),
        );
        KeyEvent::new(self.code, m)
    }

    pub fn matches(&self, key: &KeyEvent) -> bool {
        let m = key.modifiers;
        let code = match (key.code, self.code) {
            // Terminals differ on whether a capital letter carries SHIFT.
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b,
            (a, b) => a == b,
        };
        let shift_ok = match self.code {
            KeyCode::Char(_) | KeyCode::BackTab => true,
            _ => m.contains(KeyModifiers::SHIFT) == self.shift,
        };
        code && shift_ok
            && m.contains(KeyModifiers::CONTROL) == self.ctrl
            && m.contains(KeyModifiers::ALT) == self.alt
    }
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub scope: Scope,
    pub keys: Vec<String>,
    pub specs: Vec<KeySpec>,
    pub action: Action,
    pub help: Key,
}

#[derive(Debug, Clone)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Keymap {
    /// The default table with the settings' overrides (action name → keys)
    /// applied: an override replaces that action's keys in every scope.
    pub fn new(overrides: &BTreeMap<String, Vec<String>>) -> Result<Keymap> {
        let mut bindings = Vec::with_capacity(DEFAULTS.len());
        for &(scope, keys, action, help) in DEFAULTS {
            let keys: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
            bindings.push(Binding {
                scope,
                specs: Vec::new(),
                keys,
                action,
                help,
            });
        }
        for (name, keys) in overrides {
            let action: Action = serde_json::from_value(serde_json::Value::String(name.clone()))
                .map_err(|_| Error::UnknownAction(name.clone()))?;
            let mut found = false;
            for b in bindings.iter_mut().filter(|b| b.action == action) {
                b.keys = keys.clone();
                found = true;
            }
            if !found {
                return Err(Error::UnknownAction(name.clone()));
            }
        }
        for b in &mut bindings {
            b.specs = b
                .keys
                .iter()
                .map(|k| KeySpec::parse(k).ok_or_else(|| Error::UnknownKey(k.clone())))
                .collect::<Result<_>>()?;
        }
        Ok(Keymap { bindings })
    }

    /// The action `key` asks for in `scope` (its own bindings first, then the global ones).
    pub fn resolve(&self, scope: Scope, key: &KeyEvent) -> Option<Action> {
        let find = |s: Scope| {
            self.bindings
                .iter()
                .find(|b| b.scope == s && b.specs.iter().any(|k| k.matches(key)))
                .map(|b| b.action)
        };
        find(scope).or_else(|| {
            if scope.has_globals() {
                find(Scope::Global)
            } else {
                None
            }
        })
    }

    /// The help's lines: the keys of `from` first, then the global ones,
    /// then every other scope; a line with no keys is a heading.
    pub fn help_lines(&self, from: Scope) -> Vec<(String, String)> {
        let mut order = vec![from, Scope::Global];
        order.dedup();
        order.extend(
            Scope::ALL
                .into_iter()
                .filter(|s| *s != from && *s != Scope::Global),
        );
        let mut lines = Vec::new();
        for scope in order {
            lines.push((String::new(), t(scope.title()).to_string()));
            for b in self.in_scope(scope) {
                let keys: Vec<String> = b.keys.iter().map(|k| display_key(k)).collect();
                lines.push((keys.join(" "), t(b.help).to_string()));
            }
            if scope == Scope::Assembly {
                lines.push((String::new(), t(Key::ScopeLegend).to_string()));
                lines.push(("!".into(), t(Key::LegendBlocking).to_string()));
                lines.push(("?".into(), t(Key::LegendFinding).to_string()));
            }
        }
        lines
    }

    /// The bindings shown for a scope, in table order.
    pub fn in_scope(&self, scope: Scope) -> impl Iterator<Item = &Binding> {
        self.bindings.iter().filter(move |b| b.scope == scope)
    }

    /// The first key of `action` in `scope`, for hints.
    pub fn key_for(&self, scope: Scope, action: Action) -> Option<&str> {
        self.bindings
            .iter()
            .find(|b| (b.scope == scope || b.scope == Scope::Global) && b.action == action)
            .and_then(|b| b.keys.first().map(String::as_str))
    }
}

/// How a pressed key is named to the user (“no Ctrl-x key here”).
pub fn describe(key: &KeyEvent) -> String {
    let mut name = String::new();
    let m = key.modifiers;
    if m.contains(KeyModifiers::CONTROL) {
        name.push_str("C-");
    }
    if m.contains(KeyModifiers::ALT) {
        name.push_str("A-");
    }
    match key.code {
        KeyCode::Char(' ') => name.push_str("Space"),
        KeyCode::Char(c) => name.push(c),
        code => {
            if m.contains(KeyModifiers::SHIFT) && code != KeyCode::BackTab {
                name.push_str("S-");
            }
            name.push_str(&format!("{code:?}"));
        }
    }
    display_key(&name)
}

/// How a key is shown to the user.
pub fn display_key(k: &str) -> String {
    match k {
        "Space" => t(Key::KeySpace).to_string(),
        other => other
            .replace("C-", "Ctrl-")
            .replace("A-", "Alt-")
            .replace("S-", "Shift-"),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    fn key(code: KeyCode, m: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, m)
    }

    #[test]
    fn every_key_parses_and_none_is_bound_twice_where_it_would_clash() {
        let map = Keymap::new(&BTreeMap::new()).unwrap();
        let mut seen = HashSet::new();
        for b in &map.bindings {
            for k in &b.keys {
                assert!(KeySpec::parse(k).is_some(), "{k}");
                assert!(
                    seen.insert((b.scope, k.clone())),
                    "{k} bound twice in {:?}",
                    b.scope
                );
            }
        }
        // A pane's key must not hide a global one, except the queue's `n`,
        // which starts a new issue itself when no search is active.
        for b in map.bindings.iter().filter(|b| b.scope == Scope::Global) {
            for k in &b.keys {
                for s in [Scope::Queue, Scope::Assembly, Scope::Preview] {
                    let next_match = s == Scope::Queue && b.action == Action::NewIssue;
                    assert!(
                        next_match || !seen.contains(&(s, k.clone())),
                        "{k} is global and also in {s:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn resolution_uses_the_scope_then_the_globals_and_rebinding_works() {
        let map = Keymap::new(&BTreeMap::new()).unwrap();
        assert_eq!(
            map.resolve(Scope::Queue, &key(KeyCode::Char('a'), KeyModifiers::NONE)),
            Some(Action::Accept)
        );
        assert_eq!(
            map.resolve(Scope::Queue, &key(KeyCode::Char('J'), KeyModifiers::SHIFT)),
            None
        );
        assert_eq!(
            map.resolve(
                Scope::Assembly,
                &key(KeyCode::Char('J'), KeyModifiers::SHIFT)
            ),
            Some(Action::MoveItemDown)
        );
        assert_eq!(
            map.resolve(Scope::Assembly, &key(KeyCode::Down, KeyModifiers::SHIFT)),
            Some(Action::MoveItemDown)
        );
        assert_eq!(
            map.resolve(Scope::Assembly, &key(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            map.resolve(
                Scope::Preview,
                &key(KeyCode::Char('c'), KeyModifiers::CONTROL)
            ),
            Some(Action::Quit)
        );
        assert_eq!(
            map.resolve(Scope::Queue, &key(KeyCode::Char('1'), KeyModifiers::ALT)),
            Some(Action::FocusQueue)
        );
        assert_eq!(
            map.resolve(Scope::Detail, &key(KeyCode::Char('u'), KeyModifiers::NONE)),
            None,
            "no undo under an open item"
        );
        let mut over = BTreeMap::new();
        over.insert("accept".to_string(), vec!["y".to_string()]);
        let map = Keymap::new(&over).unwrap();
        assert_eq!(
            map.resolve(Scope::Queue, &key(KeyCode::Char('y'), KeyModifiers::NONE)),
            Some(Action::Accept)
        );
        assert_eq!(
            map.resolve(Scope::Queue, &key(KeyCode::Char('a'), KeyModifiers::NONE)),
            None
        );
        over.insert("frobnicate".to_string(), vec!["x".to_string()]);
        assert!(
            Keymap::new(&over)
                .unwrap_err()
                .to_string()
                .contains("frobnicate")
        );
        let mut bad = BTreeMap::new();
        bad.insert("accept".to_string(), vec!["Hyper-x".to_string()]);
        assert!(
            Keymap::new(&bad)
                .unwrap_err()
                .to_string()
                .contains("Hyper-x")
        );
    }

    /// The name a scope has in the `where` column of docs/workstation.md.
    fn doc_name(scope: Scope) -> &'static str {
        match scope {
            Scope::Global => "everywhere",
            Scope::Queue => "queue",
            Scope::Assembly => "issue",
            Scope::Preview => "preview",
            Scope::Detail => "open item",
            Scope::Compare => "comparison",
            Scope::Search => "search",
            Scope::Prompt => "prompt",
            Scope::Reasons => "reason list",
            Scope::Confirm => "question",
            Scope::Export => "export",
            Scope::Help => "help",
            Scope::Stats => "statistics",
            Scope::Form => "form",
            Scope::Report => "report",
            Scope::Commissions => "commissions",
        }
    }

    /// (where, key) for every key in the table of the doc's Keys section;
    /// a row with an empty `where` continues the one above.
    fn documented_keys() -> HashSet<(String, String)> {
        let doc = include_str!("../../docs/workstation.md");
        let keys = doc
            .split("## Keys")
            .nth(1)
            .and_then(|rest| rest.split("\n## ").next())
            .unwrap_or_default();
        let mut found = HashSet::new();
        let mut place = String::new();
        for line in keys.lines().filter(|l| l.starts_with('|')).skip(2) {
            let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
            assert!(cells.len() >= 3, "a table row with three cells: {line}");
            if !cells[0].is_empty() {
                place = cells[0].to_string();
            }
            // The key cell holds keys in backticks and nothing else.
            for k in cells[1].split('`').skip(1).step_by(2) {
                found.insert((place.clone(), k.to_string()));
            }
        }
        found
    }

    #[test]
    fn the_doc_lists_every_key_of_every_mode_and_no_other() {
        let map = Keymap::new(&BTreeMap::new()).unwrap();
        let bound: HashSet<(String, String)> = map
            .bindings
            .iter()
            .flat_map(|b| {
                b.keys
                    .iter()
                    .map(|k| (doc_name(b.scope).to_string(), k.clone()))
            })
            .collect();
        let documented = documented_keys();
        let mut missing: Vec<_> = bound.difference(&documented).collect();
        let mut extra: Vec<_> = documented.difference(&bound).collect();
        missing.sort();
        extra.sort();
        assert!(
            missing.is_empty(),
            "bound, not in docs/workstation.md: {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "in docs/workstation.md, not bound: {extra:?}"
        );
        for scope in Scope::ALL {
            assert!(
                documented.iter().any(|(place, _)| place == doc_name(scope)),
                "{scope:?} has no rows in the doc"
            );
        }
    }
}
