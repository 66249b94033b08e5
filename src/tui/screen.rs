//! Where everything goes on the screen, for a given size and focus. Pure:
//! `update` uses it to know how tall lists are, `view` to draw.

use ratatui::layout::Rect;

use super::state::Pane;

/// The smallest screen the workstation draws on; below it, a message.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// Width at which all three panes fit, and at which two do.
const THREE: u16 = 118;
const TWO: u16 = 72;

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
    if zoom || w < TWO {
        match focus {
            Pane::Queue => p.queue = Some(main),
            Pane::Assembly => p.assembly = Some(main),
            Pane::Preview => p.preview = Some(main),
        }
    } else if w < THREE {
        if focus == Pane::Preview {
            let (a, b) = split(w - preview_width(preview_chars, w));
            p.assembly = Some(a);
            p.preview = Some(b);
        } else {
            let (a, b) = split(w * 11 / 20);
            p.queue = Some(a);
            p.assembly = Some(b);
        }
    } else {
        let pw = preview_width(preview_chars, w);
        let rest = w - pw;
        let qw = rest * 13 / 20;
        p.queue = Some(Rect { width: qw, ..main });
        p.assembly = Some(Rect {
            x: main.x + qw,
            width: rest - qw,
            ..main
        });
        p.preview = Some(Rect {
            x: main.x + rest,
            width: pw,
            ..main
        });
    }
    p
}
