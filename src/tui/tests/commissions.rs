//! The commissions board: by due date, the late in red, answered with the
//! queue's item and cancelled, each after a question.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use super::{TODAY, handle_paste, press, screen, setup};
use crate::model::{CommissionId, CommissionState, Date};
use crate::store::{NewCommission, Store};
use crate::tui::app::App;
use crate::tui::state::{Confirm, Mode};
use crate::tui::view::render;

fn ask(store: &mut Store, unit: &str, topic: &str, due: Date) -> CommissionId {
    store
        .add_commission(&NewCommission {
            unit,
            topic,
            due,
            note: "",
            today: TODAY,
        })
        .unwrap()
        .id
}

/// The colour of the first cell of `text` on screen.
fn colour_of(app: &App, text: &str) -> Color {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    let first = text.chars().next().unwrap().to_string();
    let shown = screen(app);
    if let Some(y) = shown.lines().position(|l| l.contains(text)) {
        for x in 0..w {
            if buf[(x, y as u16)].symbol() == first {
                return buf[(x, y as u16)].fg;
            }
        }
    }
    panic!("{text} not on screen:\n{}", screen(app));
}

fn state(store: &Store, id: CommissionId) -> CommissionState {
    store.commission(id).unwrap().state
}

#[test]
fn the_board_lists_by_due_date_marks_the_late_and_answers_with_the_queue_item() {
    let (mut app, mut store) = setup(120, 40);
    let row = app.queue.selected_row().unwrap().clone();
    let unit = row.sources[0].clone();
    let later = ask(
        &mut store,
        &unit,
        "秋季爱国卫生",
        Date::constant(2023, 12, 31),
    );
    let late = ask(
        &mut store,
        &unit,
        "夏季病媒防制",
        Date::constant(2023, 9, 1),
    );

    press(&mut app, &mut store, "C");
    let shown = screen(&app);
    let (summer, autumn) = (
        shown.find("夏季病媒防制").unwrap(),
        shown.find("秋季爱国卫生").unwrap(),
    );
    assert!(summer < autumn, "by due date:\n{shown}");
    assert!(shown.contains("逾期 3 天"), "{shown}");
    assert_eq!(colour_of(&app, "夏季病媒防制"), Color::Red);
    assert_eq!(colour_of(&app, "秋季爱国卫生"), Color::Reset);

    // j moves to the later one, k back; Enter asks, naming both.
    press(&mut app, &mut store, "j k Enter");
    let Mode::Confirm(Confirm::AnswerCommission {
        commission, item, ..
    }) = &app.mode
    else {
        panic!("{:?}", app.mode);
    };
    assert_eq!((commission.id, *item), (late, row.id));
    let question = screen(&app);
    assert!(
        question.contains("夏季病媒防制") && question.contains(&format!("稿件 {}", row.id)),
        "{question}"
    );
    assert_eq!(state(&store, late), CommissionState::Open, "not before yes");

    press(&mut app, &mut store, "y");
    assert!(matches!(app.mode, Mode::Commissions { selected: 0, .. }));
    assert_eq!(
        state(&store, late),
        CommissionState::Answered {
            item: row.id,
            on: TODAY
        }
    );
    assert!(screen(&app).contains("逾期答复"));

    // Cancelling asks; no leaves it open, yes cancels.
    press(&mut app, &mut store, "j x n");
    assert_eq!(state(&store, later), CommissionState::Open);
    press(&mut app, &mut store, "x y");
    assert_eq!(state(&store, later), CommissionState::Cancelled);

    // Closed, undo takes the cancelling back.
    press(&mut app, &mut store, "Esc u");
    assert!(matches!(app.mode, Mode::Normal));
    assert_eq!(state(&store, later), CommissionState::Open);
}

#[test]
fn an_answered_commission_or_an_item_of_another_unit_is_refused_on_the_board() {
    let (mut app, mut store) = setup(120, 40);
    let row = app.queue.selected_row().unwrap().clone();
    let other = store
        .units()
        .unwrap()
        .units
        .into_iter()
        .map(|u| u.name)
        .find(|u| !row.sources.contains(u))
        .unwrap();
    let id = ask(&mut store, &other, "网格治理", Date::constant(2023, 12, 31));
    press(&mut app, &mut store, "C Enter y");
    assert_eq!(state(&store, id), CommissionState::Open, "nothing written");
    assert!(
        matches!(app.mode, Mode::Commissions { .. }),
        "the board stays"
    );
    let status = screen(&app);
    assert!(status.contains("不能作为约稿"), "{status}");

    store.answer_commission(id, row.id, true, TODAY).unwrap();
    press(&mut app, &mut store, "Esc C x y");
    assert!(screen(&app).contains("已由稿件"), "{}", screen(&app));
    assert!(matches!(
        state(&store, id),
        CommissionState::Answered { .. }
    ));
}

#[test]
fn an_empty_board_says_so_and_its_keys_are_in_the_help() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "C");
    assert!(screen(&app).contains("没有约稿"));
    press(&mut app, &mut store, "Enter x");
    assert!(matches!(app.mode, Mode::Commissions { .. }));
    press(&mut app, &mut store, "?");
    assert!(screen(&app).contains("以队列中选中的稿件答复"));
}

#[test]
fn an_import_in_the_workstation_offers_a_new_item_as_an_answer() {
    let (mut app, mut store) = setup(120, 40);
    let row = app.queue.selected_row().unwrap().clone();
    let unit = row.sources[0].clone();
    let id = ask(
        &mut store,
        &unit,
        "夏季病媒防制",
        Date::constant(2023, 9, 30),
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("来稿.txt");
    std::fs::write(
        &file,
        format!("开展灭蚊行动\n入夏以来，清理积水点一百处。（{unit}）\n"),
    )
    .unwrap();
    press(&mut app, &mut store, "i");
    handle_paste(&mut app, &mut store, &file.display().to_string());
    press(&mut app, &mut store, "Enter");
    let Mode::Report { lines, .. } = &app.mode else {
        panic!("the report opens: {:?}", app.status)
    };
    let offer = format!("《夏季病媒防制》的回复：jianbao commission answer {id} ");
    assert!(lines.iter().any(|(_, l)| l.contains(&offer)), "{lines:?}");
}
