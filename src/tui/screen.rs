//! Where everything goes on the screen, for a given size and focus. Pure:
//! `update` uses it to know how tall lists are, `view` to draw.

use ratatui::layout::Rect;

use super::state::Pane;

/// The smallest screen the workstation draws on; below it, a message.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Width at which two panes fit side by side.
const TWO: u16 = 72;
/// The queue's widest: its columns and a headline of about 32 字. Past it,
/// room goes to the other panes.
const QUEUE_MAX: u16 = 96;
/// The issue pane's narrowest when it shares the screen with the queue and
/// the preview: about 15 字 of headline, enough to tell items apart.
const ASSEMBLY_MIN: u16 = 40;

/// The queue's width beside other panes. It only grows with the screen, so
/// a wider terminal never shows less of a headline: the preview takes room
/// from the issue pane, never from the queue.
fn queue_width(total: u16) -> u16 {
    (u32::from(total) * 3 / 5).min(u32::from(QUEUE_MAX)) as u16
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Panes {
    pub top: Rect,
    pub queue: Option<Rect>,
    pub assembly: Option<Rect>,
    pub preview: Option<Rect>,
    pub status: Rect,
    pub hints: Rect,
    /// The area the panes share (overlays are drawn over it).
    pub main: Rect,
}

impl Panes {
    pub fn get(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Queue => self.queue,
            Pane::Assembly => self.assembly,
            Pane::Preview => self.preview,
        }
    }
}

pub fn too_small(size: (u16, u16)) -> bool {
    size.0 < MIN_WIDTH || size.1 < MIN_HEIGHT
}

/// The preview's width in cells: room for `chars` 字 per line and a border.
fn preview_width(chars: usize, total: u16) -> u16 {
    let want = (chars as u16).saturating_mul(2).saturating_add(2);
    want.min(total.saturating_sub(20))
}

/// The panes on a screen of `size` with `focus` focused (alone when
/// `zoom`), the preview wide enough for `preview_chars` 字 a line.
pub fn panes(size: (u16, u16), focus: Pane, zoom: bool, preview_chars: usize) -> Panes {
    let (w, h) = size;
    let mut p = Panes::default();
    if too_small(size) {
        return p;
    }
    p.top = Rect::new(0, 0, w, 1);
    p.main = Rect::new(0, 1, w, h - 3);
    p.status = Rect::new(0, h - 2, w, 1);
    p.hints = Rect::new(0, h - 1, w, 1);
    let main = p.main;
    let split = |left: u16| {
        (
            Rect {
                width: left,
                ..main
            },
            Rect {
                x: main.x + left,
                width: main.width - left,
                ..main
            },
        )
    };
    let qw = queue_width(w);
    let pw = preview_width(preview_chars, w);
    if zoom || w < TWO {
        match focus {
            Pane::Queue => p.queue = Some(main),
            Pane::Assembly => p.assembly = Some(main),
            Pane::Preview => p.preview = Some(main),
        }
    } else if w >= qw + pw + ASSEMBLY_MIN {
        let (queue, rest) = split(qw);
        p.queue = Some(queue);
        p.assembly = Some(Rect {
            width: rest.width - pw,
            ..rest
        });
        p.preview = Some(Rect {
            x: rest.x + rest.width - pw,
            width: pw,
            ..rest
        });
    } else if focus == Pane::Preview {
        // Too narrow for three: the preview shows only when asked for,
        // beside the issue it previews.
        let (a, b) = split(w - pw);
        p.assembly = Some(a);
        p.preview = Some(b);
    } else {
        let (a, b) = split(qw);
        p.queue = Some(a);
        p.assembly = Some(b);
    }
    p
}
