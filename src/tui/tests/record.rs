//! Recording by hand from the workstation: 上级采用 and 领导批示 (and its
//! 落实反馈) on the item read or selected, 约稿 on the commissions board.
//! Each is one undo step; a bad value leaves one status line, the form
//! open, and nothing stored.

use super::{TODAY, press, screen, setup, typed};
use crate::model::{AdoptionLevel, Date, ItemId, LeaderLevel};
use crate::store::Store;
use crate::tui::app::App;
use crate::tui::state::{Level, Mode, Prompt};

/// Types `values` into the open form's rows from the focused one down, each
/// replacing what the row held; then Enter saves.
fn fill(app: &mut App, store: &mut Store, values: &[&str]) {
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            press(app, store, "Tab");
        }
        press(app, store, "C-u");
        typed(app, store, v);
    }
    press(app, store, "Enter");
}

fn error_shown(app: &App) -> String {
    match &app.status {
        Some((msg, Level::Error)) => msg.clone(),
        other => panic!("an error in the status line, not {other:?}"),
    }
}

fn info_shown(app: &App) -> String {
    match &app.status {
        Some((msg, Level::Info)) => msg.clone(),
        other => panic!("a message in the status line, not {other:?}"),
    }
}

fn selected(app: &App) -> (ItemId, String) {
    let row = app.queue.selected_row().unwrap();
    (row.id, crate::script::item_name(row.title()))
}

#[test]
fn an_adoption_is_recorded_from_the_reader_and_undone_in_one_step() {
    let (mut app, mut store) = setup(120, 40);
    let (item, name) = selected(&app);
    press(&mut app, &mut store, "Enter D");
    assert!(matches!(app.mode, Mode::Form(_)), "D opens the form");
    assert!(screen(&app).contains("登记上级采用"), "{}", screen(&app));
    // The date row starts at today; left as it is.
    fill(&mut app, &mut store, &["市级", "市委信息", "12"]);
    let adoptions = store.upper(item).unwrap().adoptions;
    assert_eq!(adoptions.len(), 1);
    let a = &adoptions[0];
    assert_eq!(
        (a.level, a.outlet.as_str(), a.issue.as_deref(), a.date),
        (AdoptionLevel::City, "市委信息", Some("第12期"), TODAY)
    );
    assert!(
        matches!(app.mode, Mode::Detail { .. }),
        "back to the reader"
    );
    let msg = info_shown(&app);
    assert!(
        msg.contains(&name) && msg.contains("已登记上级采用"),
        "{msg}"
    );
    assert!(
        screen(&app).contains("上级采用：市级《市委信息》第12期（2023年9月4日）"),
        "{}",
        screen(&app)
    );

    // The same adoption again is refused, the form staying open.
    press(&mut app, &mut store, "D");
    fill(&mut app, &mut store, &["city", "市委信息", "12"]);
    assert!(matches!(app.mode, Mode::Form(_)));
    error_shown(&app);
    assert_eq!(store.upper(item).unwrap().adoptions.len(), 1);

    // Closing it unsaved asks first, then goes back to the reader.
    press(&mut app, &mut store, "Esc");
    assert!(
        screen(&app).contains("放弃这条尚未保存的登记"),
        "{}",
        screen(&app)
    );
    press(&mut app, &mut store, "y");
    assert!(matches!(app.mode, Mode::Detail { .. }));
    press(&mut app, &mut store, "Esc u");
    assert!(store.upper(item).unwrap().adoptions.is_empty());
}

#[test]
fn a_bad_date_or_level_stores_nothing() {
    let (mut app, mut store) = setup(120, 40);
    let (item, _) = selected(&app);
    press(&mut app, &mut store, "D");
    fill(
        &mut app,
        &mut store,
        &["province", "省委信息", "3", "2023年13月1日"],
    );
    assert!(matches!(app.mode, Mode::Form(_)), "the form stays open");
    assert!(error_shown(&app).contains("2023年13月1日"));
    // 区级 is the desk's own level: nothing above it adopts there.
    press(&mut app, &mut store, "Esc y D");
    fill(&mut app, &mut store, &["区级", "区委信息", "3"]);
    assert!(error_shown(&app).contains("区级"));
    assert!(store.upper(item).unwrap().adoptions.is_empty());

    press(&mut app, &mut store, "Esc y I");
    fill(&mut app, &mut store, &["张三", "区级", "9月5日", "请总结"]);
    assert!(matches!(app.mode, Mode::Form(_)));
    assert!(error_shown(&app).contains("9月5日"));
    assert!(store.upper(item).unwrap().instructions.is_empty());
}

#[test]
fn an_instruction_and_its_follow_up_are_recorded_from_the_queue() {
    let (mut app, mut store) = setup(120, 40);
    let (item, name) = selected(&app);
    press(&mut app, &mut store, "L");
    assert!(error_shown(&app).contains(&name), "none open yet");

    press(&mut app, &mut store, "I");
    fill(
        &mut app,
        &mut store,
        &["张书记", "city", "2023年9月2日", "请认真总结推广"],
    );
    assert!(matches!(app.mode, Mode::Normal), "back to the queue");
    assert!(info_shown(&app).contains(&name));
    let list = store.upper(item).unwrap().instructions;
    assert_eq!(list.len(), 1);
    let i = &list[0];
    assert_eq!(
        (i.by.as_str(), i.level, i.date, i.text.as_str()),
        (
            "张书记",
            LeaderLevel::City,
            Date::constant(2023, 9, 2),
            "请认真总结推广"
        )
    );
    assert!(i.done.is_none());

    press(&mut app, &mut store, "L");
    assert!(matches!(
        app.mode,
        Mode::Prompt(Prompt::InstructionDone { .. }, _)
    ));
    assert!(screen(&app).contains("张书记"), "the prompt names whose");
    typed(&mut app, &mut store, "已召开专题会");
    press(&mut app, &mut store, "Enter");
    assert!(info_shown(&app).contains(&name));
    let done = store.upper(item).unwrap().instructions[0].done.clone();
    let done = done.expect("followed up");
    assert_eq!((done.on, done.note.as_str()), (TODAY, "已召开专题会"));

    press(&mut app, &mut store, "u");
    assert!(store.upper(item).unwrap().instructions[0].done.is_none());
}

#[test]
fn a_commission_is_added_on_the_board() {
    let (mut app, mut store) = setup(120, 40);
    let unit = app.queue.selected_row().unwrap().sources[0].clone();
    press(&mut app, &mut store, "C n");
    fill(
        &mut app,
        &mut store,
        &[&unit, "秋收进度", "2023/9/30", "附照片"],
    );
    let list = store.commissions(false).unwrap();
    assert_eq!(list.len(), 1);
    let c = &list[0];
    assert_eq!(
        (c.unit.as_str(), c.topic.as_str(), c.due, c.note.as_str()),
        (
            unit.as_str(),
            "秋收进度",
            Date::constant(2023, 9, 30),
            "附照片"
        )
    );
    assert!(
        matches!(&app.mode, Mode::Commissions { list, .. } if list.len() == 1),
        "back on the board"
    );
    assert!(info_shown(&app).contains("秋收进度"));

    // A bad due date, or a unit not in the list, stores nothing.
    press(&mut app, &mut store, "n");
    fill(&mut app, &mut store, &[&unit, "冬季安全", "明天", ""]);
    assert!(error_shown(&app).contains("明天"));
    press(&mut app, &mut store, "Esc y");
    assert!(
        matches!(app.mode, Mode::Commissions { .. }),
        "back on the board"
    );
    press(&mut app, &mut store, "n");
    fill(
        &mut app,
        &mut store,
        &["不存在的单位", "冬季安全", "2023/10/8", ""],
    );
    assert!(error_shown(&app).contains("不存在的单位"));
    assert_eq!(store.commissions(false).unwrap().len(), 1);
}
