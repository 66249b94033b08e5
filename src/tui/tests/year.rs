//! The desk's year from the workstation: `R` writes this quarter's 催报
//! notice, `Y` the open issue's annual index, `H` the receipts for a lower
//! office, each into the export folder as the command line writes them.

use std::io::Read;

use super::{TODAY, press, screen, setup, typed};
use crate::archive::{Bundle, BundleItem};
use crate::model::{Issue, ItemId, Kind};
use crate::tui::state::Mode;

/// `word/document.xml` of the Word file the status line names.
fn written_xml(app: &crate::tui::app::App) -> (std::path::PathBuf, String) {
    let (message, _) = app.status.clone().unwrap();
    let name = message.rsplit(['/', '\\']).next().unwrap().trim_end();
    let path = app.export_dir.join(name);
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    (path, xml)
}

#[test]
fn r_writes_the_quarters_notice_naming_the_silent_units() {
    let (mut app, mut store) = setup(120, 40);
    let dir = tempfile::tempdir().unwrap();
    app.export_dir = dir.path().to_path_buf();
    app.settings.publisher = "中共上街区委办公室".into();
    press(&mut app, &mut store, "R");
    let (message, _) = app.status.clone().unwrap();
    assert!(
        message.contains("关于报送信息的提示-2023年7月1日—2023年9月4日.docx"),
        "{message}"
    );
    let (_, xml) = written_xml(&app);
    assert!(xml.contains(">关于报送信息的提示<"), "{xml}");
    assert!(
        xml.contains("2023年7月1日—2023年9月4日，以下单位未报送信息："),
        "{xml}"
    );
    assert!(xml.contains(">中共上街区委办公室<"), "{xml}");
}

#[test]
fn r_says_when_nobody_needs_chasing() {
    let mut store = crate::store::Store::open_in_memory().unwrap();
    let mut app =
        crate::tui::app::App::new(&store, Default::default(), "empty.db".into(), (120, 40))
            .unwrap();
    app.mode = Mode::Normal;
    app.today = TODAY;
    let dir = tempfile::tempdir().unwrap();
    app.export_dir = dir.path().to_path_buf();
    press(&mut app, &mut store, "R");
    let (message, _) = app.status.clone().unwrap();
    assert!(message.contains("无须催报"), "{message}");
    let (_, xml) = written_xml(&app);
    assert!(xml.contains(">关于报送信息的提示<"), "{xml}");
}

#[test]
fn y_writes_the_open_issues_year_index() {
    let (mut app, mut store) = setup(120, 40);
    let dir = tempfile::tempdir().unwrap();
    app.export_dir = dir.path().to_path_buf();
    press(&mut app, &mut store, "Y");
    let (message, _) = app.status.clone().unwrap();
    assert!(message.contains("上街信息-2023年度目录.docx"), "{message}");
    let (_, xml) = written_xml(&app);
    for text in [
        ">上街信息 2023年 目录<",
        ">第56期（总第1083期）　2023年8月28日<",
        ">区发展改革委多措并举推动重点项目建设提速提效<",
    ] {
        assert!(xml.contains(text), "{text} in {xml}");
    }
}

#[test]
fn h_asks_the_office_and_writes_its_receipt() {
    const CITY: &str = "中共郑州市委办公厅";
    const DISTRICT: &str = "中共上街区委办公室";
    let (mut app, mut store) = setup(120, 40);
    let dir = tempfile::tempdir().unwrap();
    app.export_dir = dir.path().to_path_buf();
    // This desk is the city's here: the district forwards two items and
    // the city prints the first.
    app.settings.publisher = CITY.into();
    let item = |id: i64, headline: &str| BundleItem {
        id: ItemId(id),
        headline: headline.into(),
        body: vec!["正文。".into()],
        units: vec!["矿山街道".into()],
        kind: Kind::Article,
        received: TODAY,
    };
    let bundle = Bundle::new(
        DISTRICT,
        CITY,
        TODAY,
        ["王五", "李四", "1"],
        vec![
            item(7, "矿山街道推进网格治理"),
            item(9, "区文明办开展志愿服务"),
        ],
    );
    let taken = store.take_bundle(&bundle, "bundle.json").unwrap();
    let mut issue = Issue::new("上街信息", 2023, 57);
    issue.date = Some(TODAY);
    let id = store.create_issue(&issue).unwrap();
    store
        .add_to_issue(id, &[taken.added[0].0], Kind::Article)
        .unwrap();
    store.finalise(id).unwrap();

    // Refused, as one line naming the setting, until the level is set.
    press(&mut app, &mut store, "H");
    assert!(screen(&app).contains("回执给"), "{}", screen(&app));
    typed(&mut app, &mut store, DISTRICT);
    press(&mut app, &mut store, "Enter");
    let (message, _) = app.status.clone().unwrap();
    assert!(message.contains("level"), "{message}");
    assert!(!message.contains('\n'), "{message}");
    let path = dir.path().join(format!("回执-{DISTRICT}.json"));
    assert!(!path.exists());

    app.settings.forward.level = "city".into();
    press(&mut app, &mut store, "H");
    typed(&mut app, &mut store, DISTRICT);
    press(&mut app, &mut store, "Enter");
    let (message, _) = app.status.clone().unwrap();
    assert!(message.contains("1 篇稿件"), "{message}");
    let receipt: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(receipt["format"], "jianbao-receipt");
    assert_eq!(receipt["to"], DISTRICT);
    assert_eq!(receipt["items"].as_array().unwrap().len(), 1);
    assert_eq!(receipt["items"][0]["item"], 7);
    assert_eq!(receipt["items"][0]["headline"], "矿山街道推进网格治理");
}
