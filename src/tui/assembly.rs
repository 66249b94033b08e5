//! The assembly pane's state: which issue is open, and its items in order.

use crate::error::Result;
use crate::model::{Issue, IssueId, IssueState, Item, Kind};
use crate::store::Store;

#[derive(Debug, Clone, Default)]
pub struct Assembly {
    pub issue: Option<Issue>,
    /// Index into the articles followed by the briefs.
    pub selected: usize,
    pub offset: usize,
}

impl Assembly {
    /// Opens `id`, or the newest draft, or the newest issue.
    pub fn load(&mut self, store: &Store, id: Option<IssueId>) -> Result<()> {
        let keep = self.selected_item().and_then(|(_, item)| item.id);
        let pick = store.issue_to_open(id)?;
        self.issue = pick.map(|id| store.issue(id)).transpose()?;
        self.selected = self.selected.min(self.len().saturating_sub(1));
        // The selection follows its item when the item moved (an undo, a change of kind).
        if let Some(id) = keep {
            self.select_item(id);
        }
        Ok(())
    }

    /// The rows above the items in the issue pane: the masthead and the
    /// state lines.
    pub fn head_rows(&self) -> usize {
        1 + self.issue.as_ref().map_or(0, state_rows)
    }

    pub fn current(&self) -> Option<IssueId> {
        self.issue.as_ref().and_then(|i| i.id)
    }

    pub fn is_draft(&self) -> bool {
        self.issue
            .as_ref()
            .is_some_and(|i| i.state == IssueState::Draft)
    }

    pub fn len(&self) -> usize {
        self.issue
            .as_ref()
            .map_or(0, |i| i.articles.len() + i.briefs.len())
    }

    /// The items in print order, with their section.
    pub fn entries(&self) -> Vec<(Kind, &Item)> {
        match &self.issue {
            Some(i) => i
                .articles
                .iter()
                .map(|it| (Kind::Article, it))
                .chain(i.briefs.iter().map(|it| (Kind::Brief, it)))
                .collect(),
            None => Vec::new(),
        }
    }

    pub fn selected_item(&self) -> Option<(Kind, &Item)> {
        self.entries().get(self.selected).copied()
    }

    /// The position (from 1) of the selected item within its section.
    pub fn position_in_section(&self) -> usize {
        match (&self.issue, self.selected_item()) {
            (Some(i), Some((Kind::Brief, _))) => self.selected - i.articles.len() + 1,
            _ => self.selected + 1,
        }
    }

    /// Selects the entry showing item `id`, if it is in the issue.
    pub fn select_item(&mut self, id: crate::model::ItemId) {
        if let Some(at) = self.entries().iter().position(|(_, it)| it.id == Some(id)) {
            self.selected = at;
        }
    }
}

/// How many lines of 审签 state the issue pane shows under `issue`'s
/// masthead: the 审签 line, and the 保密 line for an issue with a 密级 or a
/// review recorded.
pub fn state_rows(issue: &Issue) -> usize {
    let r = &issue.release;
    if r.needs_secrecy_review() || r.secrecy_review.is_some() {
        2
    } else {
        1
    }
}
