//! The workstation's state. Everything the screen shows is derived from it;
//! `update` changes it, `view` only reads it.

use super::assembly::Assembly;
use super::keymap::{Keymap, Scope};
use super::queue::Queue;
use super::screen::{self, Panes};
use super::state::{Confirm, Level, Mark, Mode, Pane};
use super::text::Metrics;
use crate::error::Result;
use crate::layout::{Line, Options, lay_out};
use crate::model::IssueId;
use crate::settings::Settings;
use crate::store::{StatusCounts, Store};

pub struct App {
    pub settings: Settings,
    pub keymap: Keymap,
    pub metrics: Metrics,
    pub store_label: String,
    pub pane: Pane,
    /// Show only the focused pane.
    pub zoom: bool,
    pub mode: Mode,
    pub queue: Queue,
    pub assembly: Assembly,
    /// The preview's lines, laid out again after every change.
    pub preview: Vec<Line>,
    /// The issue and width `preview` and `marks` were worked out for:
    /// a key that changes neither (moving in the queue) costs no proofing
    /// and no layout.
    laid_out: Option<(Option<crate::model::Issue>, usize)>,
    /// What proofing finds in each item of the open issue, in print order:
    /// worked out when the issue is laid out, not on every frame.
    pub marks: Vec<Mark>,
    pub preview_scroll: usize,
    /// Preview at the pane's width instead of the settings' 字 per line.
    pub preview_fit_pane: bool,
    pub counts: StatusCounts,
    pub status: Option<(String, Level)>,
    /// The terminal's size.
    pub size: (u16, u16),
    pub quit: bool,
    /// The store's data version when last read, to notice other writers.
    pub seen_version: i64,
    /// Today's date, for new issues and imported items.
    pub today: jiff::civil::Date,
    /// Where exports are written.
    pub export_dir: std::path::PathBuf,
}

impl App {
    pub fn new(
        store: &Store,
        settings: Settings,
        store_label: String,
        size: (u16, u16),
    ) -> Result<App> {
        let keymap = Keymap::new(&settings.keys)?;
        let metrics = Metrics::terminal(settings.layout.ambiguous_wide);
        let export_dir = settings
            .export_dir
            .clone()
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(crate::settings::default_data_dir);
        let mut app = App {
            settings,
            keymap,
            metrics,
            store_label,
            pane: Pane::Queue,
            zoom: false,
            mode: Mode::Normal,
            queue: Queue::new(),
            assembly: Assembly::default(),
            preview: Vec::new(),
            laid_out: None,
            marks: Vec::new(),
            preview_scroll: 0,
            preview_fit_pane: false,
            counts: StatusCounts::default(),
            status: None,
            size,
            quit: false,
            seen_version: store.data_version()?,
            today: jiff::ZonedDateTime::now().date(),
            export_dir,
        };
        app.reload_all(store, None)?;
        if app.counts.total() == 0 {
            app.mode = Mode::Confirm(Confirm::LoadSamples);
        }
        Ok(app)
    }

    /// Reads everything shown from the store again.
    pub fn reload_all(&mut self, store: &Store, issue: Option<IssueId>) -> Result<()> {
        self.counts = store.counts()?;
        self.queue.reload(store)?;
        let before = self.assembly.current();
        let keep = issue.or(before);
        self.assembly.load(store, keep)?;
        // Another issue starts at its top, not at the old one's offset.
        if self.assembly.current() != before {
            self.preview_scroll = 0;
        }
        self.relayout();
        Ok(())
    }

    /// Lays the open issue out again for the preview, and proofreads it,
    /// when it or the preview's width changed since the last time.
    pub fn relayout(&mut self) {
        let width = self.preview_width();
        let key = (self.assembly.issue.clone(), width);
        if self.laid_out.as_ref() == Some(&key) {
            return;
        }
        self.laid_out = Some(key);
        self.marks = self
            .assembly
            .entries()
            .into_iter()
            .map(|(_, item)| Mark::of(&crate::check::check_item(item, &self.settings.check)))
            .collect();
        self.preview = match &self.assembly.issue {
            Some(issue) => {
                let opts = Options {
                    width,
                    hang: self.settings.layout.hang_punctuation,
                    page_lines: self.settings.layout.page_lines,
                    ..Options::default()
                };
                // Shown as it prints: the same printable text as the exports.
                let issue_for_layout = crate::bulletin::compose(
                    &crate::export::printable_issue(issue),
                    crate::bulletin::HeadlineStyle::Auto,
                );
                lay_out(&issue_for_layout, opts)
            }
            None => Vec::new(),
        };
        self.preview_scroll = self
            .preview_scroll
            .min(self.preview.len().saturating_sub(1));
    }

    /// 字 per line in the preview: the settings' width, or the pane's when
    /// asked for or when the pane is too narrow for the settings' width.
    pub fn preview_width(&self) -> usize {
        let pane = self
            .panes()
            .preview
            .map(|r| (r.width.saturating_sub(2) / 2) as usize);
        let setting = self.settings.layout.width.max(1);
        match pane {
            Some(fits) if self.preview_fit_pane => fits.max(4),
            Some(fits) => setting.min(fits.max(4)),
            None => setting,
        }
    }

    /// Where everything goes on the screen now.
    pub fn panes(&self) -> Panes {
        screen::panes(self.size, self.pane, self.zoom, self.settings.layout.width)
    }

    pub fn info(&mut self, msg: impl Into<String>) {
        self.status = Some((msg.into(), Level::Info));
    }

    pub fn error(&mut self, msg: impl Into<String>) {
        self.status = Some((msg.into(), Level::Error));
    }

    /// The keymap scope keys resolve in now.
    pub fn scope(&self) -> Scope {
        self.mode.scope(self.pane)
    }
}
