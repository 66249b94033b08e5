//! A Word document (.docx) as a district office prints it: A4 with the
//! margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm),
//! 22 lines of 28 字 a page, the masthead title in 方正小标宋简体 in red over a
//! red rule, the body in 仿宋_GB2312 三号 on an exact 28-pt line pitch,
//! run-in bold headlines, the footer block between rules, and the page
//! number as — 1 — at the foot. Fonts name a fallback (仿宋, 宋体) for
//! machines without the GB2312 faces; Word, WPS and LibreOffice all read it.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::markup::{Piece, escape, parts};
use crate::error::{Error, Result};
use crate::layout::Role;
use crate::model::Issue;

/// The text block: 210 mm less 28 + 26 mm of margins, in twips.
pub(super) const TEXT_WIDTH: u32 = 8845;
/// 三号: 16 pt, in half points.
const BODY_SIZE: u32 = 32;
/// One 字 of body type, in twips.
pub(super) const CHAR: u32 = 320;
/// Exact line pitch: 28 pt, in twips.
const LINE: u32 = 560;
/// Type set a quarter point tighter (in twentieths of a point), so that 28
/// 字 of 16 pt fit the 156-mm line, as on the official grid. A plain letter
/// spacing, not a document grid: every word processor honours it alike.
const CONDENSE: i32 = -5;
const RED: &str = "E60012";
const BODY_FONT: &str = "仿宋_GB2312";
const TITLE_FONT: &str = "方正小标宋简体";

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>
"#;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

fn styles() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{BODY_FONT}" w:cs="Times New Roman"/><w:spacing w:val="{CONDENSE}"/><w:kern w:val="2"/><w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{LINE}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="240" w:lineRule="auto" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{TITLE_FONT}"/><w:color w:val="{RED}"/><w:spacing w:val="40"/><w:sz w:val="84"/><w:szCs w:val="84"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="{indent}"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Closing"><w:name w:val="Closing"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:jc w:val="left"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
</w:styles>
"#,
        indent = 2 * CHAR
    )
}

const SETTINGS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:defaultTabStop w:val="420"/>
<w:characterSpacingControl w:val="compressPunctuation"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>
"#;

/// The Chinese faces with the ones Windows always has as their fallbacks.
const FONT_TABLE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/><w:charset w:val="86"/><w:family w:val="script"/><w:pitch w:val="default"/></w:font>
<w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
</w:fonts>
"#;

fn footer_part() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}>
<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>
</w:ftr>
"#
    )
}

/// The document's title and author as a file manager shows them.
fn core(title: &str, publisher: &str) -> String {
    let title = escape(&super::markup::printable(title));
    let publisher = escape(&super::markup::printable(publisher));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title>
<dc:creator>{publisher}</dc:creator>
<dc:language>zh-CN</dc:language>
</cp:coreProperties>
"#
    )
}

const APP: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>jianbao</Application></Properties>
"#;

/// A run of text; `bold` for run-in headlines. Spaces at either end are kept.
pub(super) fn run(text: &str, bold: bool) -> String {
    if text.is_empty() {
        return String::new();
    }
    let props = if bold {
        "<w:rPr><w:b/><w:bCs/></w:rPr>"
    } else {
        ""
    };
    format!(
        "<w:r>{props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
        escape(text)
    )
}

/// A document's title centred in 小标宋 二号 (22 pt): the index's, a
/// notice's, a 通报's. Not the masthead's red `Title` style, which only an
/// issue carries. (Spacing before `jc`: Word wants the schema's order.)
pub(super) fn title(text: &str) -> String {
    paragraph(
        "<w:spacing w:line=\"240\" w:lineRule=\"auto\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
        &format!(
            "<w:r><w:rPr><w:rFonts w:eastAsia=\"{TITLE_FONT}\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr><w:t xml:space=\"preserve\">{}</w:t></w:r>",
            escape(text)
        ),
    )
}

pub(super) fn paragraph(props: &str, runs: &str) -> String {
    format!("<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>\n")
}

fn rule(side: &str, color: &str, eighths: u32) -> String {
    format!("<w:{side} w:val=\"single\" w:sz=\"{eighths}\" w:space=\"1\" w:color=\"{color}\"/>")
}

/// A paragraph for `p`; `borders` are rules above or below it, `right_tab`
/// a tab stop at the right margin. (Word wants paragraph properties in the
/// schema's order.)
fn piece_xml(p: &Piece, borders: &str, right_tab: bool) -> String {
    let style = |id: &str| format!("<w:pStyle w:val=\"{id}\"/>");
    let border = if borders.is_empty() {
        String::new()
    } else {
        format!("<w:pBdr>{borders}</w:pBdr>")
    };
    let tabs = if right_tab {
        format!("<w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs>")
    } else {
        String::new()
    };
    match &p.role {
        Role::Marking => paragraph("", &run(&p.text, true)),
        Role::Title => paragraph(&style("Title"), &run(&p.text, false)),
        Role::Subtitle => paragraph("<w:jc w:val=\"center\"/>", &run(&p.text, true)),
        Role::Number => paragraph("<w:jc w:val=\"center\"/>", &run(&p.text, false)),
        Role::PublisherDate { .. } => paragraph(
            &format!(
                "<w:pBdr>{}</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs><w:spacing w:after=\"{LINE}\"/>",
                rule("bottom", RED, 18)
            ),
            &format!(
                "{}<w:r><w:tab/></w:r>{}",
                run(&p.text, false),
                run(p.date(), false)
            ),
        ),
        Role::Headline => paragraph(&style("Heading2"), &run(&p.text, false)),
        Role::Column => paragraph("", &run(&p.text, true)),
        Role::RunIn { .. } => paragraph(
            &style("BodyText"),
            &format!("{}{}", run(&p.lead, true), run(&p.text, false)),
        ),
        Role::Body | Role::Brief => paragraph(&style("BodyText"), &run(&p.text, false)),
        Role::Footer { .. } | Role::Editors { .. } => {
            let hang = (p.hang_em() * 100.0).round() as u32;
            let twips = (p.hang_em() * CHAR as f32).round() as u32;
            paragraph(
                &format!(
                    "{}{border}{tabs}<w:ind w:leftChars=\"{hang}\" w:left=\"{twips}\" w:hangingChars=\"{hang}\" w:hanging=\"{twips}\"/>",
                    style("Closing")
                ),
                &format!("{}{}", run(&p.lead, false), run(&p.text, false)),
            )
        }
        Role::PrintRun => paragraph(
            &format!("{}{border}<w:jc w:val=\"right\"/>", style("Closing")),
            &run(&p.text, false),
        ),
        Role::Gap => String::new(),
    }
}

/// `word/document.xml`: what the golden test holds, as the rest of the
/// package is fixed text.
pub fn document_xml(issue: &Issue) -> String {
    let parts = parts(issue);
    let mut body = String::new();
    for p in parts.masthead.iter().chain(&parts.body) {
        body.push_str(&piece_xml(p, "", false));
    }
    let footer: Vec<&Piece> = parts
        .footer
        .iter()
        .filter(|p| p.role != Role::PrintRun)
        .collect();
    let run = parts.footer.iter().find(|p| p.role == Role::PrintRun);
    let last = footer.len().saturating_sub(1);
    for (i, p) in footer.iter().enumerate() {
        // 版记 sits between two black rules.
        let mut borders = String::new();
        if i == 0 {
            borders.push_str(&rule("top", "000000", 8));
        }
        if i == last {
            borders.push_str(&rule("bottom", "000000", 8));
        }
        // 共印 N 份 stands at the right of the last footer line.
        let run = run.filter(|_| i == last);
        let mut xml = piece_xml(p, &borders, run.is_some());
        if let Some(run) = run {
            let at = xml.rfind("</w:p>").unwrap_or(xml.len());
            xml.insert_str(
                at,
                &format!("<w:r><w:tab/></w:r>{}", self::run(&run.text, false)),
            );
        }
        body.push_str(&xml);
    }
    if footer.is_empty()
        && let Some(run) = run
    {
        body.push_str(&piece_xml(run, "", false));
    }
    document(&body)
}

/// The whole package.
pub fn docx(issue: &Issue) -> Result<Vec<u8>> {
    let title = format!("{} {}", issue.series, issue.number_line());
    package(&title, &issue.publisher, document_xml(issue))
}

/// `body` (paragraphs) as `word/document.xml`, on the official A4 page
/// with the page number at the foot.
pub(super) fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}>
<w:body>
{body}<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/><w:docGrid w:linePitch="{LINE}"/></w:sectPr>
</w:body>
</w:document>
"#
    )
}

/// A package around `document` (a whole `word/document.xml`) with the
/// house styles, fonts and page-number footer. Entries carry a fixed date,
/// so the same document always gives the same bytes.
pub(super) fn package(title: &str, publisher: &str, document: String) -> Result<Vec<u8>> {
    let entries: [(&str, String); 9] = [
        ("[Content_Types].xml", CONTENT_TYPES.into()),
        ("_rels/.rels", PACKAGE_RELS.into()),
        ("docProps/core.xml", core(title, publisher)),
        ("docProps/app.xml", APP.into()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.into()),
        ("word/document.xml", document),
        ("word/styles.xml", styles()),
        ("word/settings.xml", SETTINGS.into()),
        ("word/fontTable.xml", FONT_TABLE.into()),
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let footer = footer_part();
    let all = entries
        .iter()
        .map(|(n, t)| (*n, t.as_str()))
        .chain([("word/footer1.xml", footer.as_str())]);
    let fail = |e: &dyn std::fmt::Display| Error::Docx(e.to_string());
    for (name, text) in all {
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(text.as_bytes()).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}
