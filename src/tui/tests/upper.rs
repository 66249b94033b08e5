//! The reader shows what the upper levels did with an item: each adoption
//! and instruction on a line of its own under the item's fields.

use super::{press, screen, setup};
use crate::model::{AdoptionLevel, AdoptionSource, Date, LeaderLevel};
use crate::store::{NewAdoption, NewInstruction};
use crate::tui::state::Mode;

#[test]
fn the_reader_shows_adoptions_and_instructions() {
    let (mut app, mut store) = setup(120, 40);
    let item = app.queue.selected_row().unwrap().id;
    store
        .add_adoption(&NewAdoption {
            item,
            level: AdoptionLevel::City,
            outlet: "市委信息",
            issue: "12",
            date: Date::constant(2025, 3, 2),
            source: AdoptionSource::Hand,
        })
        .unwrap();
    let i = store
        .add_instruction(&NewInstruction {
            item,
            by: "张三",
            level: LeaderLevel::District,
            date: Date::constant(2025, 3, 5),
            text: "请认真总结推广",
        })
        .unwrap();
    press(&mut app, &mut store, "Enter");
    assert!(matches!(app.mode, Mode::Detail { .. }));
    let text = screen(&app);
    assert!(
        text.contains("上级采用：市级《市委信息》第12期（2025年3月2日）"),
        "{text}"
    );
    assert!(
        text.contains("领导批示：张三（区级，2025年3月5日）：请认真总结推广（待落实）"),
        "{text}"
    );

    // Read again when the item is opened again.
    store
        .instruction_done(i.id, Date::constant(2025, 3, 9), "已召开专题会")
        .unwrap();
    press(&mut app, &mut store, "Esc Enter");
    let text = screen(&app);
    assert!(
        text.contains("（已落实，2025年3月9日：已召开专题会）"),
        "{text}"
    );
}

#[test]
fn an_item_without_them_shows_neither_line() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "Enter");
    let text = screen(&app);
    assert!(text.contains("标题："), "{text}");
    assert!(
        !text.contains("上级采用") && !text.contains("领导批示"),
        "{text}"
    );
}
