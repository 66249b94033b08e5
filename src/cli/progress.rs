//! Progress on standard error for the commands that can run for seconds on
//! a large store or file. Every such command draws through this one type,
//! so they all look alike; nothing is drawn unless standard error is a
//! terminal, so piped and redirected output stays clean; and the bar is
//! cleared before the command prints its answer.

use std::cell::Cell;
use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Work done sooner than this shows nothing: a bar that flashes for a
/// moment on a small store is noise.
const DELAY: Duration = Duration::from_millis(500);

/// A step that reports nothing while it runs (one long SQL statement) is
/// redrawn on this beat, so its clock shows that it has not hung.
const TICK: Duration = Duration::from_millis(100);

/// A step that knows how much it has to do.
const COUNTED: &str = "{msg}  {bar:40}  {human_pos}/{human_len}  {eta}";
/// A step that does not: its time so far.
const UNCOUNTED: &str = "{msg}  {spinner}  {elapsed}";

pub struct Progress {
    bar: Option<ProgressBar>,
    counted: Cell<bool>,
}

impl Progress {
    /// Starts the clock; drawing begins after [`DELAY`], if the work lasts.
    pub fn new() -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::hidden();
            bar.set_style(style(UNCOUNTED));
            bar.enable_steady_tick(TICK);
            let shown = bar.clone();
            std::thread::spawn(move || {
                std::thread::sleep(DELAY);
                // A finished bar is never drawn again, whatever its target.
                if !shown.is_finished() {
                    shown.set_draw_target(ProgressDrawTarget::stderr());
                }
            });
            bar
        });
        Progress {
            bar,
            counted: Cell::new(false),
        }
    }

    /// A new step of the work, named `label`, not counted until
    /// [`Progress::count`] says how far it has come.
    pub fn step(&self, label: impl Into<String>) {
        if let Some(bar) = &self.bar {
            if self.counted.replace(false) {
                bar.set_style(style(UNCOUNTED));
            }
            bar.unset_length();
            bar.reset();
            bar.set_message(label.into());
        }
    }

    /// The current step has done `done` of `total`.
    pub fn count(&self, done: usize, total: usize) {
        if let Some(bar) = &self.bar {
            if !self.counted.replace(true) {
                bar.set_style(style(COUNTED));
            }
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    }
}

impl Drop for Progress {
    /// On success and on error alike, the bar goes before anything else is
    /// printed.
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn style(template: &str) -> ProgressStyle {
    ProgressStyle::with_template(template).unwrap_or_else(|_| ProgressStyle::default_bar())
}

/// The label of step `n` of `of`, for commands that go through several.
pub fn numbered(n: usize, of: usize, label: &str) -> String {
    crate::i18n::tf(crate::i18n::Key::ProgressStep, &[&n, &of, &label])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_templates_parse() {
        for template in [COUNTED, UNCOUNTED] {
            assert!(ProgressStyle::with_template(template).is_ok(), "{template}");
        }
    }
}
