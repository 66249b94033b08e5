//! data/bulletin-56.txt: the project's own issue, with the variants the
//! reference does not have.

use jianbao::export;
use jianbao::layout::Options;
use jianbao::model::FooterLine;

const TEXT: &str = include_str!("../data/bulletin-56.txt");

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_variant_is_read() {
    let issue = jianbao::bulletin::parse(TEXT).unwrap();
    assert_eq!(
        (issue.number, issue.total_number, issue.year),
        (56, Some(1083), 2023)
    );
    assert_eq!(
        issue.date.map(|d| d.to_string()).as_deref(),
        Some("2023-08-28")
    );
    assert_eq!(issue.publisher, "中共上街区委办公室");
    assert_eq!(issue.articles.len(), 5);
    assert_eq!(issue.briefs.len(), 3);
    let block = &issue.articles[1];
    assert_eq!(
        block.headline,
        "区发展改革委多措并举推动重点项目建设提速提效"
    );
    assert_eq!(block.body.len(), 2, "a block headline over two paragraphs");
    assert_eq!(issue.articles[2].sources, ["区委宣传部", "区文明办"]);
    assert!(
        issue
            .items()
            .all(|i| !i.body.iter().any(|p| p.contains("— 2 —"))),
        "the page number is dropped"
    );
    assert!(issue.articles[3].headline.starts_with("区医保局"));
    assert_eq!(
        issue.footer,
        [
            FooterLine::new("报", "市委办公厅"),
            FooterLine::new("送", "区四大班子领导"),
            FooterLine::new("发", "峡窝镇、各街道办事处、区直各单位"),
        ]
    );
    assert_eq!(issue.editors, ["王伟", "李晓明"]);
    assert_eq!(issue.print_run, Some(120));
}

#[test]
fn it_round_trips() {
    let issue = jianbao::bulletin::parse(TEXT).unwrap();
    let out = export::text(&issue, Options::default());
    // 共印 comes out in the print settings' form: （共印120份）.
    let expected = squeeze(TEXT)
        .replace("—2—", "")
        .replace("共印120份", "（共印120份）");
    assert_eq!(squeeze(&out), expected);
    let again = export::text(&jianbao::bulletin::parse(&out).unwrap(), Options::default());
    assert_eq!(out, again);
}
