use super::docx::tests::docx;
use super::*;

fn units() -> UnitList {
    toml::from_str(
        "[[unit]]\nname = \"区委宣传部\"\naliases = [\"宣传部\"]\n[[unit]]\nname = \"矿山街道\"\n",
    )
    .unwrap()
}

fn opts() -> Options {
    Options {
        encoding: None,
        today: Date::constant(2023, 9, 1),
    }
}

fn p(text: &str, bold: bool) -> String {
    let rpr = if bold { "<w:rPr><w:b/></w:rPr>" } else { "" };
    format!("<w:p><w:r>{rpr}<w:t>{text}</w:t></w:r></w:p>")
}

#[test]
fn a_word_file_with_the_unit_above_a_bold_headline() {
    let dir = tempfile::tempdir().unwrap();
    let body = [
        p("宣传部", false),
        p("2023年8月14日", false),
        p("凝聚全民力量推进文明城市创建", true),
        p("今年以来，持续推进创建工作。", false),
    ]
    .concat();
    let path = dir.path().join("来稿.docx");
    std::fs::write(&path, docx(&body)).unwrap();
    let (item, encoding) = read_submission(&path, &opts(), &units()).unwrap();
    assert_eq!(encoding, "docx");
    assert_eq!(item.headline, "凝聚全民力量推进文明城市创建");
    assert_eq!(item.sources, ["区委宣传部"], "made canonical by the list");
    assert!(!item.source_inferred);
    assert_eq!(item.received, Date::constant(2023, 8, 14));
    assert_eq!(item.body, ["今年以来，持续推进创建工作。"]);
}

#[test]
fn the_file_name_names_the_unit_when_the_text_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("11-矿山街道-关于垃圾分类.txt");
    std::fs::write(&path, "垃圾分类工作取得实效\n正文。").unwrap();
    assert_eq!(
        read_submission(&path, &opts(), &units()).unwrap().0.sources,
        ["矿山街道"]
    );
    let path = dir.path().join("关于垃圾分类.txt");
    std::fs::write(&path, "垃圾分类工作取得实效\n正文。").unwrap();
    assert!(
        read_submission(&path, &opts(), &units())
            .unwrap()
            .0
            .sources
            .is_empty()
    );
}

#[test]
fn a_batch_makes_units_canonical_lists_unknown_ones_and_reports_each_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "标题一\n正文一。（宣传部）").unwrap();
    std::fs::write(
        d.join("b.txt"),
        encoding_rs::GB18030
            .encode("标题二\n正文二。（区新设局）")
            .0,
    )
    .unwrap();
    std::fs::write(
        d.join("c.doc"),
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    )
    .unwrap();
    std::fs::write(d.join("d.pdf"), "%PDF").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    store.add_units(&units()).unwrap();
    let report = import_paths(&mut store, &[d.to_path_buf()], &opts(), |_, _| {}).unwrap();
    assert_eq!(
        (report.imported(), report.failed(), report.skipped()),
        (2, 1, 1)
    );
    assert_eq!(
        report.unknown_units.iter().collect::<Vec<_>>(),
        ["区新设局"]
    );
    let Outcome::Imported { id, encoding, .. } = &report.files[0].outcome else {
        panic!("{:?}", report.files[0])
    };
    assert_eq!(store.item(*id).unwrap().sources, ["区委宣传部"]);
    assert_eq!(*encoding, "UTF-8");
    assert!(matches!(
        report.files[1].outcome,
        Outcome::Imported {
            encoding: "gb18030",
            ..
        }
    ));
    let Outcome::Failed(why) = &report.files[2].outcome else {
        panic!()
    };
    assert!(matches!(why, FileProblem::OldWord), "{why}");
    assert!(why.to_string().contains(".docx"), "{why}");
    assert!(report.summary().contains('2'));
}

#[test]
fn the_unit_table_lends_its_contact_when_the_submission_names_none() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a.txt"),
        "报送单位：矿山街道\n报送日期：2023年8月14日\n垃圾分类取得实效\n正文一。\n",
    )
    .unwrap();
    std::fs::write(
        d.join("b.txt"),
        "报送单位：矿山街道\n联系人：赵强\n报送日期：2023年8月15日\n背街小巷焕新颜\n正文二。\n",
    )
    .unwrap();
    let mut list = units();
    list.units[1].contact = Some("王敏".into());
    list.units[1].phone = Some("0371-68911200".into());
    let mut store = Store::open_in_memory().unwrap();
    store.add_units(&list).unwrap();
    let report = import_paths(&mut store, &[d.to_path_buf()], &opts(), |_, _| {}).unwrap();
    let imported = |i: usize| {
        let Outcome::Imported { id, item, .. } = &report.files[i].outcome else {
            panic!("{:?}", report.files[i])
        };
        (store.item(*id).unwrap().contributors, item.clone())
    };
    let (filled, summary) = imported(0);
    assert_eq!(
        (filled.contact.as_deref(), filled.phone.as_deref()),
        (Some("王敏"), Some("0371-68911200"))
    );
    assert!(summary.contact_from_units);
    let lines = crate::i18n::with_lang(crate::i18n::Lang::Zh, || summary.lines("")).join("\n");
    assert!(
        lines.contains("联系人：王敏") && lines.contains("（联系人取自单位表）"),
        "{lines}"
    );
    let (own, summary) = imported(1);
    assert_eq!(own.contact.as_deref(), Some("赵强"), "the submission's own");
    assert_eq!(own.phone, None);
    assert!(!summary.contact_from_units);
}
