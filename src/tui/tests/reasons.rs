//! The reason list: rejecting and finishing an edit of the text ask for a
//! reason from the office's list, by number or with j/k and Enter; Esc goes
//! on without one.

use super::{press, screen, setup};
use crate::model::{ItemEdit, Status};
use crate::tui::state::Mode;

#[test]
fn rejecting_shows_the_numbered_list_and_j_enter_picks_from_it() {
    let (mut app, mut store) = setup(120, 40);
    let id = app.queue.selected_row().unwrap().id;
    press(&mut app, &mut store, "r");
    assert!(matches!(app.mode, Mode::Reasons { .. }));
    let shown = screen(&app);
    assert!(shown.contains("退稿理由（《"), "{shown}");
    assert!(
        shown.contains(" 1 时效性差") && shown.contains(" 7 不符合报送要求"),
        "{shown}"
    );
    assert_eq!(store.item(id).unwrap().status, Status::New, "nothing yet");
    press(&mut app, &mut store, "j j Enter");
    let item = store.item(id).unwrap();
    assert_eq!(item.status, Status::Rejected);
    assert_eq!(item.reject_reason, "缺少数据");
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn esc_rejects_without_a_reason_and_a_digit_past_the_list_is_refused() {
    let (mut app, mut store) = setup(120, 40);
    let id = app.queue.selected_row().unwrap().id;
    press(&mut app, &mut store, "r 0");
    assert!(matches!(app.mode, Mode::Reasons { .. }), "no reason 0");
    press(&mut app, &mut store, "Esc");
    let item = store.item(id).unwrap();
    assert_eq!(item.status, Status::Rejected);
    assert_eq!(item.reject_reason, "");
}

#[test]
fn the_offices_own_reasons_follow_the_standard_ones() {
    let (mut app, mut store) = setup(120, 40);
    app.settings.feedback.reasons = vec!["未经单位审核".into()];
    let id = app.queue.selected_row().unwrap().id;
    press(&mut app, &mut store, "r G Enter");
    assert_eq!(store.item(id).unwrap().reject_reason, "未经单位审核");
}

#[test]
fn an_edit_of_the_text_waits_for_its_reason_and_one_of_the_note_does_not() {
    let (mut app, mut store) = setup(120, 40);
    let id = app.queue.selected_row().unwrap().id;
    let before = store.item(id).unwrap();
    let note = ItemEdit {
        note: Some("待核实".into()),
        ..ItemEdit::default()
    };
    crate::tui::update::edited(&mut app, &mut store, id, note).unwrap();
    assert!(matches!(app.mode, Mode::Normal), "no reason asked");
    assert_eq!(store.item(id).unwrap().note, "待核实");

    let cut = ItemEdit {
        body: Some(vec!["近日，改写后的一段。".into()]),
        ..ItemEdit::default()
    };
    crate::tui::update::edited(&mut app, &mut store, id, cut).unwrap();
    assert!(screen(&app).contains("修改理由（《"));
    assert_eq!(store.item(id).unwrap().body, before.body, "not saved yet");
    press(&mut app, &mut store, "4");
    let after = store.item(id).unwrap();
    assert_eq!(after.body, ["近日，改写后的一段。"]);
    assert_eq!(after.edit_reason, "篇幅过长");
    // The reader shows it.
    press(&mut app, &mut store, "Enter");
    assert!(screen(&app).contains("修改理由：篇幅过长"));
    press(&mut app, &mut store, "Esc");
    // Undo takes back the edit and its reason together.
    press(&mut app, &mut store, "u");
    let undone = store.item(id).unwrap();
    assert_eq!(
        (undone.body, undone.edit_reason),
        (before.body, String::new())
    );
}
