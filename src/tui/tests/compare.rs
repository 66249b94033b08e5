//! What the comparison of near-duplicates marks, and how far it scrolls.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

use super::{press, setup};
use crate::model::Item;
use crate::store::{Added, Store};
use crate::tui::app::App;
use crate::tui::diff::columns;
use crate::tui::state::Mode;
use crate::tui::view::render;

const HEADLINE: &str = "区卫健委以病媒生物防制为抓手巩固国家卫生城市成果";

/// Adds a revision of the sample on vector control, one number changed,
/// one clause inserted and the paragraphs `added` after its body, and opens
/// it beside the sample.
fn compare_revision(app: &mut App, store: &mut Store, added: &[&str]) {
    let sample = app
        .queue
        .rows
        .iter()
        .find(|r| r.title() == HEADLINE)
        .expect("the sample is in the queue")
        .id;
    let mut revised: Item = store.item(sample).unwrap();
    revised.id = None;
    revised.body[0] = revised.body[0]
        .replacen("消杀队伍4支", "消杀队伍6支", 1)
        .replacen("集中行动，累计", "集中行动，出动人员800人次，累计", 1);
    revised.body.extend(added.iter().map(|p| p.to_string()));
    let Added::New(id) = store.add_item(&revised, "revised").unwrap() else {
        panic!("a revision is a new item")
    };
    app.reload_all(store, None).unwrap();
    press(app, store, "g");
    assert_eq!(app.queue.selected_row().map(|r| r.id), Some(id));
    press(app, store, "c");
    assert!(matches!(app.mode, Mode::Compare { .. }), "{:?}", app.status);
}

/// One column as drawn: each row's text, and the marked text with the
/// colour it is marked in.
struct Column {
    rows: Vec<String>,
    marked: String,
    colours: Vec<Color>,
}

/// The left (new) and right (old) columns as drawn.
fn columns_drawn(app: &App) -> [Column; 2] {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    let main = app.panes().main;
    let (col, height) = columns(main);
    // Inside the border: the headings, then the text.
    let (left, top) = (main.x + 2, main.y + 2);
    [left, left + col + 1].map(|x0| {
        let mut column = Column {
            rows: Vec::new(),
            marked: String::new(),
            colours: Vec::new(),
        };
        for y in top..top + height as u16 {
            let mut row = String::new();
            let mut x = x0;
            while x < x0 + col {
                let cell = &buf[(x, y)];
                row.push_str(cell.symbol());
                if cell
                    .modifier
                    .contains(Modifier::BOLD | Modifier::UNDERLINED)
                {
                    column.marked.push_str(cell.symbol());
                    column.colours.push(cell.fg);
                }
                // The cell after a wide character is covered by it.
                x += unicode_width::UnicodeWidthStr::width(cell.symbol()).max(1) as u16;
            }
            column.rows.push(row.trim_end().to_string());
        }
        column
    })
}

#[test]
fn what_differs_is_marked_on_each_side_and_nothing_else() {
    let (mut app, mut store) = setup(120, 40);
    compare_revision(&mut app, &mut store, &[]);
    let [new, old] = columns_drawn(&app);
    let headline = format!("　　{HEADLINE}");
    assert_eq!(new.rows[0], headline, "the headline first, unmarked");
    assert_eq!(old.rows[0], headline);
    assert!(
        ["6出动人员800人次，", "6，出动人员800人次"].contains(&new.marked.as_str()),
        "the number and the inserted clause: {:?}",
        new.marked
    );
    assert_eq!(old.marked, "4", "the number it replaced");
    assert!(new.colours.iter().all(|c| *c == Color::Green));
    assert!(old.colours.iter().all(|c| *c == Color::Red));
    let text = new.rows.concat();
    assert!(
        text.contains("组建专业消杀队伍6支") && text.contains("（卫健委）"),
        "{text}"
    );
}

#[test]
fn both_columns_scroll_together_and_stop_at_the_longer_ones_end() {
    let (mut app, mut store) = setup(80, 14);
    compare_revision(
        &mut app,
        &mut store,
        &["四是强化宣传引导。通过社区公告栏、微信群等渠道普及防制知识，动员群众清除房前屋后积水。"],
    );
    let Mode::Compare { diff, .. } = &app.mode else {
        panic!()
    };
    let (col, height) = columns(app.panes().main);
    let lengths = (diff.new.lines(col).len(), diff.old.lines(col).len());
    assert!(
        lengths.0 > lengths.1 && lengths.1 > height,
        "the added paragraph makes the new side the longer, both longer than the pane: {lengths:?}"
    );
    let [new, old] = columns_drawn(&app);
    press(&mut app, &mut store, "j");
    let [new_after, old_after] = columns_drawn(&app);
    assert_eq!(
        new_after.rows[0], new.rows[1],
        "one line down on both sides"
    );
    assert_eq!(old_after.rows[0], old.rows[1]);
    press(&mut app, &mut store, "PageDown PageDown PageDown PageDown");
    let Mode::Compare { scroll, .. } = app.mode else {
        panic!()
    };
    let [new, old] = columns_drawn(&app);
    assert_eq!(
        new.rows.last().map(String::as_str),
        Some("　　（卫健委）"),
        "the longer column's end on the pane's last row: {:?}",
        new.rows
    );
    assert_eq!(
        old.rows.last().map(String::as_str),
        Some("　　（卫健委）"),
        "the shorter column stays on its last page: {:?}",
        old.rows
    );
    press(&mut app, &mut store, "j");
    let Mode::Compare { scroll: after, .. } = app.mode else {
        panic!()
    };
    assert_eq!(after, scroll, "no further than the end");
    press(&mut app, &mut store, "k");
    let Mode::Compare { scroll: back, .. } = app.mode else {
        panic!()
    };
    assert_eq!(back + 1, scroll, "one up is one line up at once");
}
