//! The quarterly 通报 as a Word file: `stats --report -o FILE`.

mod common;

use common::Env;

fn store() -> Env {
    let env = Env::new();
    for unit in ["矿山街道", "峡窝镇", "区法院"] {
        env.ok(&["units", "add", unit]);
    }
    env.write(
        "a.txt",
        "报送日期：2025年2月3日\n矿山街道优化卫生环境\n一是认真部署，组织全民参与。（矿山街道）\n",
    );
    env.ok(&["import", "a.txt"]);
    env
}

#[test]
fn the_report_goes_to_a_word_file_with_a_table_of_the_units() {
    let env = store();
    let said = env.ok(&[
        "stats",
        "--quarter",
        "2025Q1",
        "--report",
        "-o",
        "通报.docx",
    ]);
    assert!(said.contains("通报.docx"), "{said}");
    let xml = env.document_xml("通报.docx");
    assert!(xml.contains("稿件采用情况通报"), "{xml}");
    assert!(xml.contains("（2025年1月1日—2025年3月31日）"), "{xml}");
    assert_eq!(xml.matches("<w:tbl>").count(), 2, "the units', the total's");
    assert_eq!(
        xml.matches("<w:tr>").count(),
        4 + 2,
        "header and three units; header and total: {xml}"
    );
    assert!(
        xml.contains("本期未报送信息的单位：峡窝镇、区法院。"),
        "{xml}"
    );
    for unit in ["矿山街道", "峡窝镇", "区法院", "合计", "排名"] {
        assert!(xml.contains(&format!(">{unit}</w:t>")), "{unit}: {xml}");
    }
    assert!(xml.contains("采用率 = 采用合计 ÷ 报送"), "{xml}");

    // Without -o the report prints as before.
    let text = env.ok(&["stats", "--quarter", "2025Q1", "--report"]);
    assert!(text.contains("排名\t单位\t报送"), "{text}");
}

#[test]
fn nothing_is_written_on_an_error_and_misuse_is_a_usage_error() {
    let env = store();
    let err = env.fails(
        &["stats", "--quarter", "Q9", "--report", "-o", "bad.docx"],
        1,
    );
    assert!(err.contains("Q9"), "{err}");
    assert!(!env.path("bad.docx").exists());

    for args in [
        &["stats", "-o", "x.docx"][..],
        &["stats", "--csv", "-o", "x.docx"],
        &["stats", "--json", "-o", "x.docx"],
    ] {
        env.fails(args, 2);
    }
    assert!(!env.path("x.docx").exists());

    // A store that does not exist is not created for a report.
    let fresh = Env::new();
    fresh.fails(&["stats", "--report", "-o", "y.docx"], 1);
    assert!(!fresh.path("y.docx").exists());
}
