//! `F` in the queue writes the feedback sheet of this quarter for the unit
//! filtered to, or the selected item's.

use super::{press, setup, typed};

#[test]
fn f_writes_the_filtered_units_sheet_into_the_export_folder() {
    let (mut app, mut store) = setup(120, 40);
    std::fs::create_dir_all(&app.export_dir).unwrap();
    press(&mut app, &mut store, "U");
    typed(&mut app, &mut store, "区法院");
    press(&mut app, &mut store, "Enter F");
    let (message, _) = app.status.clone().unwrap();
    assert!(message.contains("信息采用情况反馈-区法院-"), "{message}");
    let path = app
        .export_dir
        .join(message.rsplit(['/', '\\']).next().unwrap().trim_end());
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..2], b"PK");
    std::fs::remove_file(path).unwrap();
}
