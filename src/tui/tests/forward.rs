//! `T` forwards the selected item upward (上报) into the export folder,
//! and the reader then lists where it went.

use super::{press, screen, setup, typed};
use crate::tui::state::Mode;

#[test]
fn t_forwards_the_selected_item_into_the_export_folder() {
    let (mut app, mut store) = setup(120, 40);
    let dir = tempfile::tempdir().unwrap();
    app.export_dir = dir.path().to_path_buf();
    let item = app.queue.selected_row().unwrap().id;

    // Refused, naming the setting, until the office's details are set.
    press(&mut app, &mut store, "T");
    typed(&mut app, &mut store, "中共郑州市委办公厅");
    press(&mut app, &mut store, "Enter");
    assert!(screen(&app).contains("签发人"), "{}", screen(&app));
    assert!(!dir.path().join("bundle.json").exists());

    app.settings.forward.signer = "王五".into();
    app.settings.forward.contact = "李四".into();
    app.settings.forward.phone = "0371-1234567".into();
    app.settings.forward.secrecy_reviewer = "赵六".into();
    press(&mut app, &mut store, "T");
    assert!(matches!(app.mode, Mode::Prompt(..)));
    assert!(screen(&app).contains("上报 1 篇稿件至"), "{}", screen(&app));
    typed(&mut app, &mut store, "中共郑州市委办公厅");
    press(&mut app, &mut store, "Enter");
    assert!(dir.path().join("bundle.json").exists());
    assert!(dir.path().join(format!("信息报送单-{item}.docx")).exists());
    let forwards = store.upper(item).unwrap().forwards;
    assert_eq!(forwards.len(), 1);
    assert_eq!(forwards[0].to, "中共郑州市委办公厅");
    assert_eq!(forwards[0].date, app.today);

    press(&mut app, &mut store, "Enter");
    assert!(
        screen(&app).contains("上报：报送中共郑州市委办公厅（2023年9月4日）"),
        "{}",
        screen(&app)
    );
}

#[test]
fn the_import_prompt_takes_a_bundle_addressed_to_this_office() {
    let (mut app, mut store) = setup(120, 40);
    let dir = tempfile::tempdir().unwrap();
    app.export_dir = dir.path().to_path_buf();
    app.settings.forward.signer = "王五".into();
    app.settings.forward.contact = "李四".into();
    app.settings.forward.phone = "0371-1234567".into();
    app.settings.forward.secrecy_reviewer = "赵六".into();
    press(&mut app, &mut store, "T");
    typed(&mut app, &mut store, "中共郑州市委办公厅");
    press(&mut app, &mut store, "Enter");
    let bundle = dir.path().join("bundle.json").display().to_string();

    let mut city_store = crate::store::Store::open_in_memory().unwrap();
    let settings = crate::settings::Settings {
        publisher: "中共郑州市委办公厅".into(),
        ..Default::default()
    };
    let mut city =
        crate::tui::app::App::new(&city_store, settings, "city.db".into(), (120, 40)).unwrap();
    // An empty store opens offering the samples: not wanted here.
    city.mode = Mode::Normal;
    press(&mut city, &mut city_store, "i");
    typed(&mut city, &mut city_store, &bundle);
    press(&mut city, &mut city_store, "Enter");
    let text = screen(&city);
    assert!(text.contains("新增 1 篇，已有 0 篇"), "{text}");
    assert_eq!(city_store.counts().unwrap().total(), 1);

    // The district's own desk refuses it: it is addressed upstairs.
    press(&mut app, &mut store, "i");
    typed(&mut app, &mut store, &bundle);
    press(&mut app, &mut store, "Enter");
    assert!(screen(&app).contains("不是本单位"), "{}", screen(&app));
}
