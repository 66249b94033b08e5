//! What a search shows: why each row matched.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;

use super::{press, setup, typed};
use crate::tui::view::render;

/// The runs of text drawn bold and underlined (a search hit) on row `y`.
fn marked_runs(app: &crate::tui::app::App, y: u16) -> Vec<String> {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    let mut runs: Vec<String> = Vec::new();
    let mut open = false;
    let mut x = 0;
    while x < w {
        let cell = &buf[(x, y)];
        let hit = cell
            .modifier
            .contains(Modifier::BOLD | Modifier::UNDERLINED);
        match (hit, open) {
            (true, true) => runs.last_mut().unwrap().push_str(cell.symbol()),
            (true, false) => runs.push(cell.symbol().to_string()),
            _ => {}
        }
        open = hit;
        // The cell after a wide character is covered by it.
        x += unicode_width::UnicodeWidthStr::width(cell.symbol()).max(1) as u16;
    }
    runs.into_iter().map(|r| r.replace(' ', "")).collect()
}

#[test]
fn a_hit_in_the_headline_is_marked_in_its_row() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "垃圾 提质");
    press(&mut app, &mut store, "Enter");
    let headlines: Vec<&str> = app.queue.rows.iter().map(|r| r.title()).collect();
    assert_eq!(
        headlines,
        [
            "峡窝镇聚焦“五个振兴”绘就乡村振兴新画卷",
            "矿山街道“三化”并举推动垃圾分类提质增效"
        ]
    );
    // Row 0 is the top bar, 1 the pane's border, 2 its header: rows start at 3.
    assert_eq!(marked_runs(&app, 4), ["垃圾", "提质"], "in the headline");
    assert!(marked_runs(&app, 5).is_empty(), "no row below");
}

#[test]
fn a_hit_only_in_the_body_is_shown_in_an_excerpt_beside_the_headline() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "垃圾 提质");
    press(&mut app, &mut store, "Enter");
    let row = &app.queue.rows[0];
    assert!(row.excerpt.contains("垃圾"), "{}", row.excerpt);
    let shown = super::screen(&app);
    let line = shown.lines().nth(3).unwrap();
    assert!(line.contains("峡窝镇聚焦"), "{line}");
    assert!(
        line.contains(&row.excerpt[..row.excerpt.len().min(12)]),
        "{line}"
    );
    assert_eq!(marked_runs(&app, 3), ["垃圾"], "{line}");
}

#[test]
fn units_found_by_a_search_are_marked() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "峡窝");
    press(&mut app, &mut store, "Enter");
    let at = app
        .queue
        .rows
        .iter()
        .position(|r| r.title().starts_with("峡窝镇"));
    // Row 0 is the top bar, 1 the pane's border, 2 its header: rows start at 3.
    let y = 3 + at.expect("the town's own item") as u16;
    assert_eq!(marked_runs(&app, y), ["峡窝", "峡窝"], "unit and headline");
}

#[test]
fn a_narrow_queue_still_shows_the_hit_of_an_excerpt() {
    let (mut app, mut store) = setup(80, 24);
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "垃圾 提质");
    press(&mut app, &mut store, "Enter");
    let at = app.queue.rows.iter().position(|r| !r.excerpt.is_empty());
    let y = 3 + at.expect("a row found by its body") as u16;
    assert_eq!(marked_runs(&app, y), ["垃圾"], "{}", super::screen(&app));
}
