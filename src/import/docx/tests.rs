use std::io::Write;

use super::*;

const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

/// A .docx holding `body` as its document.
pub(crate) fn docx(body: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>"#
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(b"<Types/>").unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap();
    out.into_inner()
}

fn p(runs: &str) -> String {
    format!("<w:p>{runs}</w:p>")
}

fn r(text: &str) -> String {
    format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn paragraphs_in_order_runs_joined_headline_by_bold_or_size() {
    let body = [
        p("<w:r><w:rPr><w:b/></w:rPr><w:t>矿山街道</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>优化卫生环境</w:t></w:r>"),
        p(&format!("{}{}", r("一是认真部署，"), r("组织全民参与。"))),
        p("<w:r><w:rPr><w:sz w:val=\"44\"/></w:rPr><w:t>大字标题</w:t></w:r>"),
        p("<w:r><w:rPr><w:sz w:val=\"32\"/></w:rPr><w:t>正文用三号字，正文用三号字，正文用三号字。</w:t></w:r>"),
        p("<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>不加粗</w:t></w:r>"),
        "<w:p/>".to_string(),
    ]
    .concat();
    let doc = read(&docx(&body)).unwrap();
    assert_eq!(
        texts(&doc),
        [
            "矿山街道优化卫生环境",
            "一是认真部署，组织全民参与。",
            "大字标题",
            "正文用三号字，正文用三号字，正文用三号字。",
            "不加粗",
            ""
        ]
    );
    let emphasized: Vec<bool> = doc.paragraphs.iter().map(|p| p.emphasized).collect();
    assert_eq!(emphasized, [true, false, true, false, false, false]);
}

#[test]
fn breaks_tabs_fields_tables_images_and_tracked_changes() {
    let body = [
        p(&format!("{}<w:r><w:br/></w:r>{}<w:r><w:tab/></w:r>{}", r("第一行"), r("第二行"), r("制表"))),
        p(&[
            r("共"),
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>".into(),
            r("3"),
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>".into(),
            r("页，"),
            "<w:fldSimple w:instr=\"DATE\"><w:r><w:t>2023年8月14日</w:t></w:r></w:fldSimple>".into(),
        ]
        .concat()),
        format!(
            "<w:tbl><w:tr><w:tc>{}</w:tc><w:tc>{}</w:tc></w:tr><w:tr><w:tc>{}</w:tc><w:tc>{}{}</w:tc></w:tr></w:tbl>",
            p(&r("单位")),
            p(&r("数量")),
            p(&r("矿山街道")),
            p(&r("12")),
            p(&r("件"))
        ),
        p(&format!("{}<w:r><w:drawing><wp:inline/></w:drawing></w:r>", r("见图"))),
        p(&format!("<w:del><w:r><w:delText>删去的</w:delText></w:r></w:del><w:ins>{}</w:ins>{}", r("新加的"), r("A&amp;B &#x4E0A;"))),
    ]
    .concat();
    let doc = read(&docx(&body)).unwrap();
    assert_eq!(
        texts(&doc),
        [
            "第一行\n第二行\t制表",
            "共3页，2023年8月14日",
            "单位\t数量",
            "矿山街道\t12\n件",
            "见图",
            "新加的A&B 上"
        ]
    );
    assert_eq!(doc.images, 1);
}

#[test]
fn broken_old_and_bomb_files_are_refused() {
    assert!(matches!(
        read(b"PK\x03\x04 not really a zip").unwrap_err(),
        FileProblem::BadDocx
    ));
    let mut truncated = docx(&p(&r("正文")));
    truncated.truncate(truncated.len() / 2);
    assert!(read(&truncated).is_err());
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    assert!(
        matches!(read(&ole).unwrap_err(), FileProblem::OldWord),
        "old .doc / .wps: save as .docx"
    );
    // 40 MB of XML that compresses to almost nothing.
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/document.xml", opts).unwrap();
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..40 {
        zip.write_all(&chunk).unwrap();
    }
    zip.finish().unwrap();
    let bomb = out.into_inner();
    assert!(bomb.len() < 1 << 20, "the bomb is small: {}", bomb.len());
    let started = std::time::Instant::now();
    let err = read(&bomb).unwrap_err();
    assert!(
        matches!(err, FileProblem::DocxTooLarge { limit_mb: 32 }),
        "{err}"
    );
    assert!(started.elapsed().as_secs() < 10);
    let missing = {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        zip.start_file("other.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.finish().unwrap();
        out.into_inner()
    };
    assert!(read(&missing).is_err());
    assert!(
        parse_document("<w:document><w:body><w:p><w:r><w:t>x</w:r></w:body>").is_err(),
        "mismatched XML"
    );
}
