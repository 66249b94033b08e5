//! 催报 from the command line: the units that sent nothing and the overdue
//! commissions, as a notice and as data.

mod common;

use common::Env;
use serde_json::Value;

#[test]
fn remind_names_the_silent_units_and_the_overdue_commissions() {
    let env = Env::new();
    for unit in ["矿山街道", "峡窝镇", "区法院"] {
        env.ok(&["units", "add", unit]);
    }
    env.write(
        "a.txt",
        "报送日期：2025年2月3日\n矿山街道优化卫生环境\n一是认真部署，组织全民参与。（矿山街道）\n",
    );
    env.ok(&["import", "a.txt"]);
    env.ok(&[
        "commission",
        "add",
        "区法院",
        "法官进社区",
        "--due",
        "2025-03-01",
    ]);
    env.ok(&[
        "commission",
        "add",
        "矿山街道",
        "垃圾分类",
        "--due",
        "2099-01-01",
    ]);

    let data: Value = serde_json::from_str(&env.ok(&[
        "remind",
        "--from",
        "2025-01-01",
        "--to",
        "2025-03-31",
        "--json",
    ]))
    .unwrap();
    assert_eq!(data["silent"], serde_json::json!(["峡窝镇", "区法院"]));
    let late = data["late"].as_array().unwrap();
    assert_eq!(late.len(), 1, "{data}");
    assert_eq!(late[0]["unit"], "区法院");
    assert_eq!(late[0]["topic"], "法官进社区");
    assert!(late[0]["overdue_days"].as_i64().unwrap() > 365);

    let notice = env.ok(&["remind", "--from", "2025-01-01", "--to", "2025-03-31"]);
    assert!(
        notice.starts_with("关于报送信息的提示\n各单位：\n"),
        "{notice}"
    );
    assert!(
        notice.contains("以下单位未报送信息：峡窝镇、区法院。"),
        "{notice}"
    );
    assert!(
        notice.contains("区法院《法官进社区》（应于2025年3月1日前报送"),
        "{notice}"
    );
    assert!(
        !notice.contains("矿山街道、"),
        "矿山街道 sent in the period: {notice}"
    );

    let err = env.fails(&["remind", "--from", "someday"], 1);
    assert!(err.contains("someday") && err.lines().count() == 1, "{err}");
}

#[test]
fn remind_writes_the_notice_as_word_and_refuses_word_with_json() {
    let env = Env::new();
    for unit in ["矿山街道", "峡窝镇"] {
        env.ok(&["units", "add", unit]);
    }
    let said = env.ok(&[
        "remind",
        "--from",
        "2025-01-01",
        "--to",
        "2025-03-31",
        "-o",
        "催报.docx",
    ]);
    assert!(said.contains("催报.docx"), "{said}");
    let xml = env.document_xml("催报.docx");
    assert!(xml.contains(">关于报送信息的提示</w:t>"), "{xml}");
    assert!(xml.contains(">各单位：</w:t>"), "{xml}");
    assert!(
        xml.contains("以下单位未报送信息：矿山街道、峡窝镇。"),
        "{xml}"
    );
    assert!(xml.contains("<w:pStyle w:val=\"BodyText\"/>"), "{xml}");
    assert!(xml.contains("<w:jc w:val=\"right\"/>"), "{xml}");

    env.fails(&["remind", "--json", "-o", "x.docx"], 2);
    let err = env.fails(&["remind", "--from", "someday", "-o", "y.docx"], 1);
    assert!(err.contains("someday"), "{err}");
    for name in ["x.docx", "y.docx"] {
        assert!(!env.path(name).exists(), "{name}");
    }
}
