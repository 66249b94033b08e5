//! A plain office document in Word — a 通知 or a 通报 — from a list of
//! blocks, on the issue export's page and faces. The caller says what each
//! paragraph is; this file only sets it, so that export needs to know
//! nothing of statistics or reminders.

use super::docx::{CHAR, TEXT_WIDTH, document, package, paragraph, run, title};
use super::markup::printable;
use crate::error::Result;
use crate::layout::{Metric, str_width};

/// One paragraph of the document, or a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Centred in 小标宋, as a 通知's title.
    Title(String),
    /// Centred in body type: the period under a 通报's title.
    Centred(String),
    /// Flush left: the addressees (各单位：).
    Plain(String),
    /// The first line indented two 字.
    Body(String),
    /// Flush right: the office and the date at the end.
    Right(String),
    /// An empty line.
    Gap,
    /// A ruled table; the first row is the header, repeated on each page.
    Table(Vec<Vec<String>>),
    /// A ruled two-column form (a 报送单): each row a label and its
    /// value's paragraphs; the labels take a fixed five 字, the values the
    /// rest of the line, set flush left.
    Form(Vec<(String, Vec<String>)>),
    /// Texts read across, one to a column under its header: an item's
    /// original beside its printed text.
    Columns {
        header: Vec<String>,
        texts: Vec<Vec<String>>,
    },
}

/// Tables are set in 小四 (12 pt): nine columns of 三号 would not fit the
/// 156-mm line.
const TABLE_SIZE: u32 = 24;

/// `word/document.xml` of the blocks.
pub fn blocks_document_xml(blocks: &[Block]) -> String {
    let mut body = String::new();
    for block in blocks {
        match block {
            Block::Title(text) => body.push_str(&title(&printable(text))),
            Block::Centred(text) => body.push_str(&paragraph(
                "<w:jc w:val=\"center\"/>",
                &run(&printable(text), false),
            )),
            Block::Plain(text) => body.push_str(&paragraph(
                "<w:jc w:val=\"left\"/>",
                &run(&printable(text), false),
            )),
            Block::Body(text) => body.push_str(&paragraph(
                "<w:pStyle w:val=\"BodyText\"/>",
                &run(&printable(text), false),
            )),
            Block::Right(text) => body.push_str(&paragraph(
                "<w:jc w:val=\"right\"/>",
                &run(&printable(text), false),
            )),
            Block::Gap => body.push_str(&paragraph("", "")),
            Block::Table(rows) => body.push_str(&table(rows)),
            Block::Form(rows) => body.push_str(&form(rows)),
            Block::Columns { header, texts } => body.push_str(&columns(header, texts)),
        }
    }
    document(&body)
}

/// The blocks as a Word package.
pub fn blocks_docx(doc_title: &str, publisher: &str, blocks: &[Block]) -> Result<Vec<u8>> {
    package(doc_title, publisher, blocks_document_xml(blocks))
}

/// Columns share the line in proportion to their widest cell (with a 字 of
/// margin), so that a long unit name gets the room and the figures do not
/// wrap.
fn table(rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| printable(c)).collect())
        .collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    if columns == 0 {
        return String::new();
    }
    let mut widths = vec![2usize; columns];
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(str_width(cell, Metric::Print) + 2);
        }
    }
    let sum: usize = widths.iter().sum();
    let twips: Vec<u32> = widths
        .iter()
        .map(|w| (*w as u64 * u64::from(TEXT_WIDTH) / sum as u64) as u32)
        .collect();
    let mut out = open_table(&twips);
    for (i, row) in rows.iter().enumerate() {
        let header = i == 0;
        out.push_str(&open_row(header));
        for (n, w) in twips.iter().enumerate() {
            let cell = row.get(n).map(std::slice::from_ref).unwrap_or_default();
            out.push_str(&table_cell(*w, cell, header, "center"));
        }
        out.push_str("</w:tr>\n");
    }
    out.push_str("</w:tbl>\n");
    out
}

/// A form's label column: five 字 of 小四 and its margins.
const FORM_LABEL: u32 = 5 * CHAR;

fn form(rows: &[(String, Vec<String>)]) -> String {
    let twips = [FORM_LABEL, TEXT_WIDTH - FORM_LABEL];
    let mut out = open_table(&twips);
    for (label, value) in rows {
        let value: Vec<String> = value.iter().map(|p| printable(p)).collect();
        out.push_str(&open_row(false));
        out.push_str(&table_cell(twips[0], &[printable(label)], true, "center"));
        out.push_str(&table_cell(twips[1], &value, false, "left"));
        out.push_str("</w:tr>\n");
    }
    out.push_str("</w:tbl>\n");
    out
}

/// Texts read across: equal columns under a header row, each column's
/// paragraphs flush left and justified in one cell.
fn columns(header: &[String], texts: &[Vec<String>]) -> String {
    let n = header.len().max(texts.len());
    if n == 0 {
        return String::new();
    }
    let header: Vec<String> = header.iter().map(|c| printable(c)).collect();
    let twips = vec![TEXT_WIDTH / n as u32; n];
    let mut out = open_table(&twips);
    out.push_str(&open_row(true));
    for (i, w) in twips.iter().enumerate() {
        let cell = header.get(i).map(std::slice::from_ref).unwrap_or_default();
        out.push_str(&table_cell(*w, cell, true, "center"));
    }
    out.push_str("</w:tr>\n");
    out.push_str(&open_row(false));
    for (i, w) in twips.iter().enumerate() {
        let text: Vec<String> = texts
            .get(i)
            .map(|t| t.iter().map(|p| printable(p)).collect())
            .unwrap_or_default();
        out.push_str(&table_cell(*w, &text, false, "both"));
    }
    out.push_str("</w:tr>\n</w:tbl>\n");
    out
}

/// A ruled table's properties and grid, columns `twips` wide.
fn open_table(twips: &[u32]) -> String {
    let border = |side: &str| {
        format!("<w:{side} w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>")
    };
    let borders: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|s| border(s))
        .collect();
    let mut out = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/><w:jc w:val=\"center\"/><w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"{m}\" w:type=\"dxa\"/><w:right w:w=\"{m}\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>",
        m = CHAR / 4
    );
    for w in twips {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>\n");
    out
}

/// A row's start; a header row is repeated on each page.
fn open_row(header: bool) -> String {
    if header {
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>".to_string()
    } else {
        "<w:tr>".to_string()
    }
}

/// One cell `w` twips wide holding `paragraphs` (already printable), in
/// 小四, bold in a header, aligned by `jc`.
fn table_cell(w: u32, paragraphs: &[String], header: bool, jc: &str) -> String {
    let props = if header {
        format!("<w:b/><w:bCs/><w:sz w:val=\"{TABLE_SIZE}\"/><w:szCs w:val=\"{TABLE_SIZE}\"/>")
    } else {
        format!("<w:sz w:val=\"{TABLE_SIZE}\"/><w:szCs w:val=\"{TABLE_SIZE}\"/>")
    };
    // The body's exact 28-pt pitch would clip 小四 rows unevenly:
    // cells take single spacing.
    let paragraph = |text: &str| {
        let run = if text.is_empty() {
            String::new()
        } else {
            format!(
                "<w:r><w:rPr>{props}</w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
                super::markup::escape(text)
            )
        };
        format!(
            "<w:p><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"{jc}\"/></w:pPr>{run}</w:p>"
        )
    };
    // A cell holds at least one paragraph.
    let body: String = if paragraphs.is_empty() {
        paragraph("")
    } else {
        paragraphs.iter().map(|p| paragraph(p)).collect()
    };
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>{body}</w:tc>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notice() -> Vec<Block> {
        vec![
            Block::Title("关于报送信息的提示".into()),
            Block::Plain("各单位：".into()),
            Block::Body("以下单位未报送信息：峡窝镇、区法院<甲>。".into()),
            Block::Gap,
            Block::Right("中共上街区委办公室".into()),
            Block::Right("2025年4月10日".into()),
        ]
    }

    #[test]
    fn a_notice_has_its_title_centred_the_body_indented_and_the_signature_right() {
        let xml = blocks_document_xml(&notice());
        assert!(
            xml.contains("<w:jc w:val=\"center\"/>")
                && xml.contains("方正小标宋简体")
                && xml.contains(">关于报送信息的提示</w:t>"),
            "{xml}"
        );
        assert!(xml.contains(
            "<w:pPr><w:jc w:val=\"left\"/></w:pPr><w:r><w:t xml:space=\"preserve\">各单位：</w:t>"
        ));
        assert!(
            xml.contains("<w:pStyle w:val=\"BodyText\"/></w:pPr><w:r><w:t xml:space=\"preserve\">以下单位未报送信息：峡窝镇、区法院&lt;甲&gt;。</w:t>"),
            "the body is indented by its style and escaped: {xml}"
        );
        let signature = xml.find(">中共上街区委办公室<").unwrap();
        let date = xml.find(">2025年4月10日<").unwrap();
        assert!(signature < date);
        assert!(
            xml[..signature].ends_with(
                "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\""
            ),
            "{xml}"
        );
        assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
    }

    #[test]
    fn a_table_has_a_row_for_the_header_each_unit_and_the_total() {
        let rows = vec![
            vec!["排名".into(), "单位".into(), "报送".into()],
            vec!["1".into(), "区委宣传部".into(), "2".into()],
            vec!["2".into(), "矿山街道".into(), "1".into()],
            vec![String::new(), "合计".into(), "3".into()],
        ];
        let xml = blocks_document_xml(&[
            Block::Title("上街信息稿件采用情况通报".into()),
            Block::Table(rows),
            Block::Body("说明：采用率 = 采用合计 ÷ 报送。".into()),
        ]);
        assert_eq!(xml.matches("<w:tbl>").count(), 1);
        assert_eq!(xml.matches("<w:tr>").count(), 4, "{xml}");
        assert_eq!(xml.matches("<w:tblHeader/>").count(), 1);
        assert_eq!(xml.matches("<w:gridCol ").count(), 3);
        assert!(xml.contains(">区委宣传部</w:t>") && xml.contains(">合计</w:t>"));
        let grid: u32 = xml
            .split("<w:gridCol w:w=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse::<u32>().ok())
            .sum();
        assert!(grid <= TEXT_WIDTH && grid + 3 > TEXT_WIDTH, "{grid}");
        assert!(xml.find("</w:tbl>").unwrap() < xml.find(">说明：").unwrap());
    }

    #[test]
    fn a_form_has_a_row_per_field_and_a_paragraph_per_line_of_its_value() {
        let xml = blocks_document_xml(&[Block::Form(vec![
            ("报送单位".into(), vec!["中共上街区委办公室".into()]),
            (
                "正文".into(),
                vec!["一是认真部署。".into(), "二是线下发力。".into()],
            ),
        ])]);
        assert_eq!(xml.matches("<w:tr>").count(), 2);
        assert_eq!(xml.matches("<w:tblHeader/>").count(), 0);
        assert!(xml.contains(&format!("<w:gridCol w:w=\"{FORM_LABEL}\"/>")));
        let body = xml.find(">一是认真部署。<").unwrap();
        let second = xml.find(">二是线下发力。<").unwrap();
        assert!(body < second);
        assert!(xml[body..second].contains("</w:p><w:p>"), "{xml}");
        assert!(xml.contains("<w:jc w:val=\"left\"/></w:pPr><w:r><w:rPr><w:sz"));
    }

    #[test]
    fn control_characters_are_shown_not_written() {
        let xml = blocks_document_xml(&[
            Block::Body("甲\u{1b}[31m乙".into()),
            Block::Table(vec![vec!["丙\u{0}".into()]]),
        ]);
        assert!(!xml.contains('\u{1b}') && !xml.contains('\u{0}'), "{xml}");
    }

    #[test]
    fn the_package_holds_the_document() {
        let bytes = blocks_docx("通知", "办公室", &notice()).unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }

    #[test]
    fn texts_side_by_side_share_the_line_equally_a_paragraph_to_a_line_justified() {
        let xml = blocks_document_xml(&[Block::Columns {
            header: vec!["原稿".into(), "采用稿".into()],
            texts: vec![
                vec![
                    "标题".into(),
                    "第一段，很长很长。".into(),
                    "第二段<删>。".into(),
                ],
                vec!["标题".into(), "第一段。".into()],
            ],
        }]);
        let half = TEXT_WIDTH / 2;
        assert_eq!(
            xml.matches(&format!("<w:gridCol w:w=\"{half}\"/>")).count(),
            2
        );
        // Header cells bold and centred; the texts justified, one
        // paragraph each, in one row.
        assert_eq!(xml.matches("<w:tr>").count(), 2);
        assert_eq!(xml.matches("<w:tblHeader/>").count(), 1);
        assert_eq!(xml.matches("<w:jc w:val=\"both\"/>").count(), 5);
        let left = xml.find("第二段&lt;删&gt;。").unwrap();
        let right = xml.rfind("第一段。").unwrap();
        assert!(left < right, "the original is the left column");
    }
}
