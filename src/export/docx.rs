//! A Word document (.docx) as a district office prints it: A4 with the
//! margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm),
//! 22 lines of 28 字 a page, the masthead title in 方正小标宋简体 in red over a
//! red rule, the body in 仿宋_GB2312 三号 on an exact 28-pt line pitch,
//! run-in bold headlines, the footer block between rules, and the page
//! number as — 1 — at the foot. Fonts name a fallback (仿宋, 宋体) for
//! machines without the GB2312 faces; Word, WPS and LibreOffice all read it.

use super::markup::{Parts, Piece, escape, parts};
use super::print::{PageNumbers, Print, Template};
use super::template::{Fill, fill_docx, fill_part, write_zip};
use crate::error::Result;
use crate::layout::Role;
use crate::model::{Issue, format_date};

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
/// The title face of the plain documents (index, notices).
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
<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
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

/// rId4 is the footer of odd pages (and of every page when numbers are
/// centred), rId5 that of even pages.
const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>
</Relationships>
"#;

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// The style ids the issue's paragraphs name, with the house definition of
/// each: what a template that lacks one is given. Each is whole (size,
/// face, spacing), as a template's `Normal` may be anything.
pub(super) fn house_styles(print: &Print) -> Vec<(&'static str, String)> {
    let body = escape(print.body_font());
    let title = escape(print.title_font());
    let kai = escape(print.kai_font());
    let footer = print.footer_half_points();
    let exact =
        format!("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{LINE}\" w:lineRule=\"exact\"/>");
    let body_run = format!(
        "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{body}\"/><w:spacing w:val=\"{CONDENSE}\"/><w:sz w:val=\"{BODY_SIZE}\"/><w:szCs w:val=\"{BODY_SIZE}\"/>"
    );
    let indent = 2 * CHAR;
    vec![
        (
            "BodyText",
            format!(
                "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>{exact}<w:ind w:firstLineChars=\"200\" w:firstLine=\"{indent}\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr>{body_run}</w:rPr></w:style>"
            ),
        ),
        (
            "Heading2",
            format!(
                "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/>{exact}<w:jc w:val=\"center\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr>{body_run}<w:b/><w:bCs/></w:rPr></w:style>"
            ),
        ),
        (
            "PieceTitle",
            format!(
                "<w:style w:type=\"paragraph\" w:styleId=\"PieceTitle\"><w:name w:val=\"Piece Title\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"{LINE}\" w:after=\"{LINE}\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{title}\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/></w:rPr></w:style>"
            ),
        ),
        (
            "EditorNote",
            format!(
                "<w:style w:type=\"paragraph\" w:styleId=\"EditorNote\"><w:name w:val=\"Editor Note\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>{exact}<w:ind w:firstLineChars=\"200\" w:firstLine=\"{indent}\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{kai}\"/><w:sz w:val=\"{BODY_SIZE}\"/><w:szCs w:val=\"{BODY_SIZE}\"/></w:rPr></w:style>"
            ),
        ),
        (
            "Closing",
            format!(
                "<w:style w:type=\"paragraph\" w:styleId=\"Closing\"><w:name w:val=\"Closing\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{}\" w:lineRule=\"exact\"/><w:jc w:val=\"left\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{body}\"/><w:sz w:val=\"{footer}\"/><w:szCs w:val=\"{footer}\"/></w:rPr></w:style>",
                footer * 10 * 7 / 4
            ),
        ),
    ]
}

fn styles(print: &Print) -> String {
    let body = escape(print.body_font());
    let title = escape(print.title_font());
    let house: String = house_styles(print)
        .into_iter()
        .map(|(_, xml)| xml + "\n")
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{body}" w:cs="Times New Roman"/><w:spacing w:val="{CONDENSE}"/><w:kern w:val="2"/><w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="{LINE}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:sz w:val="{BODY_SIZE}"/><w:szCs w:val="{BODY_SIZE}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="{title_line}" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="{title}"/><w:color w:val="{RED}"/><w:spacing w:val="40"/><w:sz w:val="84"/><w:szCs w:val="84"/></w:rPr></w:style>
{house}<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
</w:styles>
"#,
        title_line = 2 * LINE
    )
}

/// `word/settings.xml`: odd and even pages get footers of their own when
/// the page numbers stand outside.
fn settings_xml(print: &Print) -> String {
    let even_odd = if print.page_numbers == PageNumbers::Outside {
        "<w:evenAndOddHeaders/>\n"
    } else {
        ""
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:defaultTabStop w:val="420"/>
{even_odd}<w:characterSpacingControl w:val="compressPunctuation"/>
<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
</w:settings>
"#
    )
}

/// The faces of the print settings, each naming the next of its list as
/// the face to use in its place, and all serif (`roman`), so that a
/// machine without any of them falls back to a serif face rather than a
/// sans; then 宋体 (the page number) and Times New Roman.
fn font_table(print: &Print) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\n",
    );
    let mut faces = print.faces();
    if !faces.iter().any(|(f, _)| f == "宋体") {
        faces.push(("宋体".to_string(), Some("SimSun".to_string())));
    }
    for (face, alt) in faces {
        let alt = alt
            .map(|a| format!("<w:altName w:val=\"{}\"/>", escape(&a)))
            .unwrap_or_default();
        out.push_str(&format!(
            "<w:font w:name=\"{}\">{alt}<w:charset w:val=\"86\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>\n",
            escape(&face)
        ));
    }
    out.push_str("<w:font w:name=\"Times New Roman\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>\n</w:fonts>\n");
    out
}

/// A footer part with the page number as — 1 —, set `align`.
fn footer_part(align: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}>
<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="{align}"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>
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

/// The paragraph properties that put a 报尾 line in the frame at the foot
/// of the page: anchored to the margin, at its bottom, across the text
/// block. Paragraphs with the same frame properties make one frame, so the
/// whole 报尾 stands together at the foot of the last page.
pub(super) fn foot_frame() -> String {
    format!(
        "<w:framePr w:w=\"{TEXT_WIDTH}\" w:wrap=\"around\" w:vAnchor=\"margin\" w:hAnchor=\"margin\" w:xAlign=\"center\" w:yAlign=\"bottom\"/>"
    )
}

/// A paragraph for `p`. (Word wants paragraph properties in the schema's
/// order: style, frame, borders, tabs, indentation.)
fn piece_xml(p: &Piece, parts: &Parts) -> String {
    let style = |id: &str| format!("<w:pStyle w:val=\"{id}\"/>");
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
        Role::Headline if parts.special => paragraph(&style("PieceTitle"), &run(&p.text, false)),
        Role::Headline => paragraph(&style("Heading2"), &run(&p.text, false)),
        Role::Column => paragraph("", &run(&p.text, true)),
        Role::RunIn { .. } if p.is_note() => paragraph(
            &style("EditorNote"),
            &format!("{}{}", run(&p.lead, true), run(&p.text, false)),
        ),
        Role::RunIn { .. } => paragraph(
            &style("BodyText"),
            &format!("{}{}", run(&p.lead, true), run(&p.text, false)),
        ),
        Role::Body | Role::Brief => paragraph(&style("BodyText"), &run(&p.text, false)),
        // The 报尾 is set by `footer_xml`.
        Role::Footer { .. } | Role::Editors { .. } | Role::PrintRun | Role::Gap => String::new(),
    }
}

/// The issue's items as paragraphs: what fills `{{正文}}`.
pub(super) fn body_xml(parts: &Parts) -> String {
    parts.body.iter().map(|p| piece_xml(p, parts)).collect()
}

/// The 报尾 as paragraphs framed at the foot of the page: the lines in rank
/// order, 责任编辑, and 共印 at the right of the last line, between two
/// black rules. What fills `{{报尾}}`.
///
/// Every paragraph carries the same frame, the same rules and the same
/// indentation: Word, WPS and LibreOffice then make one frame of them and
/// draw one rule above the first line and one below the last (LibreOffice
/// makes no frame at all of paragraphs whose borders differ, and Word draws
/// a box round each paragraph whose indentation differs from the next).
/// Later lines of a long line start under the text after the widest label
/// (报：, 抄送：).
pub(super) fn footer_xml(parts: &Parts, print: &Print) -> String {
    let lines: Vec<&Piece> = parts
        .footer
        .iter()
        .filter(|p| p.role != Role::PrintRun)
        .collect();
    let run = parts.footer.iter().find(|p| p.role == Role::PrintRun);
    if lines.is_empty() && run.is_none() {
        return String::new();
    }
    let hang_em = lines
        .iter()
        .filter(|p| matches!(p.role, Role::Footer { .. }))
        .map(|p| p.hang_em())
        .fold(0.0_f32, f32::max);
    let hang = (hang_em * 100.0).round() as u32;
    let twips = (hang_em * (print.footer_half_points() * 10) as f32).round() as u32;
    let props = |jc: &str| {
        format!(
            "<w:pStyle w:val=\"Closing\"/>{}<w:pBdr>{}{}</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs><w:ind w:leftChars=\"{hang}\" w:left=\"{twips}\" w:hangingChars=\"{hang}\" w:hanging=\"{twips}\"/>{jc}",
            foot_frame(),
            rule("top", "000000", 8),
            rule("bottom", "000000", 8),
        )
    };
    let mut out = String::new();
    let last = lines.len().saturating_sub(1);
    for (i, p) in lines.iter().enumerate() {
        let mut runs = format!("{}{}", self::run(&p.lead, false), self::run(&p.text, false));
        // 共印 N 份 stands at the right of the last line.
        if let Some(run) = run.filter(|_| i == last) {
            runs.push_str(&format!(
                "<w:r><w:tab/></w:r>{}",
                self::run(&run.text, false)
            ));
        }
        out.push_str(&paragraph(&props(""), &runs));
    }
    if lines.is_empty()
        && let Some(run) = run
    {
        out.push_str(&paragraph(
            &props("<w:jc w:val=\"right\"/>"),
            &self::run(&run.text, false),
        ));
    }
    // The paragraph the frame is anchored to: a point high, so that it
    // never takes a page of its own.
    out.push_str(&paragraph(
        "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr>",
        "",
    ));
    out
}

/// The fields of the 报头 an issue fills, by placeholder name.
pub(super) fn fields(issue: &Issue, parts: &Parts) -> Vec<(&'static str, String)> {
    let issue = super::markup::printable_issue(issue);
    let (title, subtitle) = issue.title_and_subtitle();
    let number = if issue.supplement {
        format!("增刊第{}期", issue.number)
    } else {
        format!("第{}期", issue.number)
    };
    let total = issue
        .total_number
        .map(|t| format!("（总第{t}期）"))
        .unwrap_or_default();
    let copy_no = if issue.release.copy_no.trim().is_empty() {
        String::new()
    } else {
        crate::bulletin::copy_number(&issue.release.copy_no)
    };
    vec![
        ("刊名", title.to_string()),
        ("副刊名", subtitle.to_string()),
        ("期号", number),
        ("总期号", total),
        ("编发单位", issue.publisher.clone()),
        ("日期", issue.date.map(format_date).unwrap_or_default()),
        ("密级", crate::bulletin::marking(&issue)),
        ("份号", copy_no),
        ("签发人", parts.signer.clone()),
    ]
}

/// The built-in template's `word/document.xml`: the 报头 with its
/// placeholders — 份号 on line 1 and 密级 on line 2 at the left (GB/T
/// 9704), the 刊名 in red over two lines, the 副刊名 (专报), the number
/// line with the 签发人 at its right, the 编发单位 and date over the red
/// rule — then a paragraph for `{{正文}}` and one for `{{报尾}}`. The 报头
/// is `masthead_lines` body lines high (at least the eight it holds): the
/// lines beyond those open above the title.
pub fn template_document_xml(print: &Print) -> String {
    const NATURAL: u32 = 8;
    let extra = print.masthead_lines.saturating_sub(NATURAL) * LINE;
    let left = "<w:jc w:val=\"left\"/>";
    let mut body = String::new();
    body.push_str(&paragraph(left, &run("{{份号}}", false)));
    body.push_str(&paragraph(left, &run("{{密级}}", true)));
    let before = if extra > 0 {
        format!("<w:spacing w:before=\"{extra}\"/>")
    } else {
        String::new()
    };
    body.push_str(&paragraph(
        &format!("<w:pStyle w:val=\"Title\"/>{before}"),
        &run("{{刊名}}", false),
    ));
    body.push_str(&paragraph(
        "<w:jc w:val=\"center\"/>",
        &run("{{副刊名}}", true),
    ));
    let kai = escape(print.kai_font());
    body.push_str(&paragraph(
        &format!(
            "<w:tabs><w:tab w:val=\"center\" w:pos=\"{}\"/><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs><w:jc w:val=\"left\"/>",
            TEXT_WIDTH / 2
        ),
        &format!(
            "<w:r><w:tab/></w:r>{}<w:r><w:tab/></w:r><w:r><w:rPr><w:rFonts w:eastAsia=\"{kai}\"/></w:rPr><w:t xml:space=\"preserve\">{{{{签发人}}}}</w:t></w:r>",
            run("{{期号}}{{总期号}}", false)
        ),
    ));
    body.push_str(&paragraph(
        &format!(
            "<w:pBdr>{}</w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"{TEXT_WIDTH}\"/></w:tabs><w:spacing w:after=\"{LINE}\"/>",
            rule("bottom", RED, 18)
        ),
        &format!(
            "{}<w:r><w:tab/></w:r>{}",
            run("{{编发单位}}", false),
            run("{{日期}}", false)
        ),
    ));
    body.push_str(&paragraph(
        "<w:pStyle w:val=\"BodyText\"/>",
        &run("{{正文}}", false),
    ));
    body.push_str(&paragraph(
        "<w:pStyle w:val=\"Closing\"/>",
        &run("{{报尾}}", false),
    ));
    document(&body)
}

/// `word/document.xml` of the issue as the built-in template sets it: what
/// the golden test holds, as the rest of the package is fixed text.
pub fn document_xml(issue: &Issue) -> String {
    document_xml_with(issue, &Print::default())
}

/// [`document_xml`] with the print settings `print`.
pub fn document_xml_with(issue: &Issue, print: &Print) -> String {
    let parts = parts(issue, print);
    let fill = Fill {
        fields: fields(issue, &parts),
        body: body_xml(&parts),
        footer: footer_xml(&parts, print),
    };
    // The built-in template has its placeholders, so filling cannot fail.
    fill_part(&template_document_xml(print), &fill, true).unwrap_or_default()
}

/// The whole package: the office's template filled when `print` names one,
/// else the built-in template filled the same way.
pub fn docx(issue: &Issue, print: &Print) -> Result<Vec<u8>> {
    let parts = parts(issue, print);
    let fill = Fill {
        fields: fields(issue, &parts),
        body: body_xml(&parts),
        footer: footer_xml(&parts, print),
    };
    match &print.template {
        Some(template) => fill_docx(template, &fill, &house_styles(print)),
        None => {
            let title = format!("{} {}", issue.series, issue.number_line());
            let package = package_with(
                print,
                &title,
                &issue.publisher,
                template_document_xml(print),
            )?;
            let template = Template {
                name: "jianbao".into(),
                bytes: package,
            };
            fill_docx(&template, &fill, &house_styles(print))
        }
    }
}

/// The built-in template, placeholders and all, as an office starts its
/// own from (`jianbao template -o 红头.docx`).
pub fn template_docx(print: &Print) -> Result<Vec<u8>> {
    package_with(print, "简报模板", "", template_document_xml(print))
}

/// `body` (paragraphs) as `word/document.xml`, on the official A4 page
/// with the page number at the foot.
pub(super) fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}>
<w:body>
{body}<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1304" w:gutter="0"/><w:docGrid w:linePitch="{LINE}"/></w:sectPr>
</w:body>
</w:document>
"#
    )
}

/// A package around `document` with the default print settings.
pub(super) fn package(title: &str, publisher: &str, document: String) -> Result<Vec<u8>> {
    package_with(&Print::default(), title, publisher, document)
}

/// A package around `document` (a whole `word/document.xml`) with the
/// house styles, fonts and page-number footers of `print`. Entries carry a
/// fixed date, so the same document always gives the same bytes.
pub(super) fn package_with(
    print: &Print,
    title: &str,
    publisher: &str,
    document: String,
) -> Result<Vec<u8>> {
    let (odd, even) = match print.page_numbers {
        PageNumbers::Centre => ("center", "center"),
        PageNumbers::Outside => ("right", "left"),
    };
    let entries: [(&str, String); 11] = [
        ("[Content_Types].xml", CONTENT_TYPES.into()),
        ("_rels/.rels", PACKAGE_RELS.into()),
        ("docProps/core.xml", core(title, publisher)),
        ("docProps/app.xml", APP.into()),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS.into()),
        ("word/document.xml", document),
        ("word/styles.xml", styles(print)),
        ("word/settings.xml", settings_xml(print)),
        ("word/fontTable.xml", font_table(print)),
        ("word/footer1.xml", footer_part(odd)),
        ("word/footer2.xml", footer_part(even)),
    ];
    write_zip(entries.iter().map(|(n, t)| (*n, t.as_bytes())))
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;
    use crate::error::Error;
    use crate::model::{FooterLine, Item, Rank, Recipient, SignOff, SignRole};

    fn issue() -> Issue {
        let mut issue = Issue::new("上街信息", 2024, 3);
        issue.publisher = "中共上街区委办公室".into();
        issue.date = Some(jiff::civil::date(2024, 3, 5));
        issue.articles.push(Item::new(
            "标题",
            vec!["第一段。".into(), "第二段。".into()],
            jiff::civil::date(2024, 3, 1),
        ));
        // Entered out of rank.
        issue.footer = vec![
            FooterLine::new("发", "各街道办事处"),
            FooterLine::new("本期送", "区领导"),
            FooterLine::new("报", "市委办公室"),
        ];
        issue.editors = vec!["王伟".into()];
        issue.print_run = Some(120);
        issue
    }

    fn part(docx: &[u8], name: &str) -> String {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("a zip");
        let mut text = String::new();
        zip.by_name(name)
            .expect("the part")
            .read_to_string(&mut text)
            .expect("utf-8");
        text
    }

    #[test]
    fn the_footer_comes_in_rank_order_framed_at_the_foot() {
        let xml = document_xml(&issue());
        let at = |s: &str| xml.find(s).unwrap_or_else(|| panic!("{s} in {xml}"));
        assert!(at(">报：<") < at(">本期送：<") && at(">本期送：<") < at(">发：<"));
        assert!(at(">发：<") < at(">责任编辑：<") && at(">责任编辑：<") < at("（共印120份）"));
        // Every 报尾 paragraph is in the one frame at the foot.
        let framed = xml.matches(&foot_frame()).count();
        assert_eq!(framed, 4, "{xml}");
        assert!(
            foot_frame().contains("w:yAlign=\"bottom\"")
                && foot_frame().contains("w:vAnchor=\"margin\"")
        );
        assert!(!xml.contains("{{"), "every placeholder filled: {xml}");
    }

    #[test]
    fn the_distribution_list_draws_the_footer_and_the_print_run() {
        let mut issue = issue();
        issue.print_run = None;
        issue.release.recipients = vec![
            Recipient {
                rank: Rank::Issue,
                name: "峡窝镇".into(),
                copies: 30,
                sent: None,
            },
            Recipient {
                rank: Rank::Report,
                name: "市委".into(),
                copies: 2,
                sent: None,
            },
        ];
        let xml = document_xml(&issue);
        assert!(
            xml.contains(">市委<") && !xml.contains("市委办公室"),
            "{xml}"
        );
        assert!(xml.contains("（共印32份）"), "{xml}");
    }

    #[test]
    fn fonts_and_their_fallbacks_come_from_the_settings() {
        let print = Print {
            body_fonts: vec!["方正仿宋_GBK".into(), "仿宋".into()],
            kai_fonts: vec!["楷体".into()],
            ..Print::default()
        };
        let docx = docx(&issue(), &print).expect("a package");
        let styles = part(&docx, "word/styles.xml");
        assert!(styles.contains("w:eastAsia=\"方正仿宋_GBK\""), "{styles}");
        assert!(!styles.contains("仿宋_GB2312"), "{styles}");
        let fonts = part(&docx, "word/fontTable.xml");
        assert!(
            fonts.contains("<w:font w:name=\"方正仿宋_GBK\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/><w:family w:val=\"roman\"/>"),
            "{fonts}"
        );
        assert!(
            !fonts.contains("modern") && !fonts.contains("swiss"),
            "{fonts}"
        );
        assert!(
            fonts.contains(
                "<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"方正小标宋_GBK\"/>"
            )
        );
    }

    #[test]
    fn page_numbers_are_centred_or_outside() {
        let centred = docx(&issue(), &Print::default()).expect("a package");
        assert!(part(&centred, "word/footer1.xml").contains("<w:jc w:val=\"center\"/>"));
        assert!(!part(&centred, "word/settings.xml").contains("evenAndOddHeaders"));
        let outside = Print {
            page_numbers: PageNumbers::Outside,
            ..Print::default()
        };
        let docx = docx(&issue(), &outside).expect("a package");
        assert!(part(&docx, "word/footer1.xml").contains("<w:jc w:val=\"right\"/>"));
        assert!(part(&docx, "word/footer2.xml").contains("<w:jc w:val=\"left\"/>"));
        assert!(part(&docx, "word/settings.xml").contains("<w:evenAndOddHeaders/>"));
        let doc = part(&docx, "word/document.xml");
        assert!(doc.contains("<w:footerReference w:type=\"even\" r:id=\"rId5\"/>"));
    }

    #[test]
    fn the_masthead_carries_copy_number_secrecy_and_signer_upward() {
        let mut issue = issue();
        issue.release.copy_no = "12".into();
        issue.release.secrecy = crate::model::Secrecy::Secret;
        issue.release.period = "1年".into();
        issue.release.sign(SignOff {
            role: SignRole::Sign,
            by: "张伟".into(),
            date: jiff::civil::date(2024, 3, 4),
        });
        let xml = document_xml(&issue);
        assert!(
            xml.contains(">000012<") && xml.contains(">秘密★1年<"),
            "{xml}"
        );
        assert!(
            xml.find(">000012<") < xml.find(">秘密★1年<"),
            "份号 on line 1, 密级 under it"
        );
        assert!(!xml.contains("签发人"), "not upward: {xml}");
        let upward = Print {
            upward: true,
            ..Print::default()
        };
        let xml = document_xml_with(&issue, &upward);
        assert!(xml.contains(">签发人：张伟<"), "{xml}");
        // Without a 密级, the old typed marking is printed.
        issue.release.secrecy = crate::model::Secrecy::None;
        issue.marking = "内部资料".into();
        assert!(document_xml(&issue).contains(">内部资料<"));
    }

    #[test]
    fn a_special_issue_sets_block_titles_and_the_editor_note_in_kai() {
        let mut issue = issue();
        issue.series = "上街信息·专报".into();
        issue.articles[0].body.truncate(1);
        issue.articles[0].editor_note = "此文值得一读。".into();
        let xml = document_xml(&issue);
        assert!(
            xml.contains(
                "<w:pStyle w:val=\"PieceTitle\"/></w:pPr><w:r><w:t xml:space=\"preserve\">标题<"
            ),
            "{xml}"
        );
        assert!(xml.contains("<w:pStyle w:val=\"EditorNote\"/>"), "{xml}");
        let styles = styles(&Print::default());
        assert!(
            styles.contains("w:styleId=\"EditorNote\"")
                && styles.contains("w:eastAsia=\"楷体_GB2312\"")
        );
        // 增刊 too; a regular issue runs a one-paragraph article in.
        issue.series = "上街信息".into();
        issue.articles[0].editor_note.clear();
        assert!(!document_xml(&issue).contains("PieceTitle"));
        issue.supplement = true;
        assert!(document_xml(&issue).contains("PieceTitle"));
    }

    fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
        write_zip(parts.iter().map(|(n, t)| (*n, t.as_bytes()))).expect("a zip")
    }

    #[test]
    fn an_office_template_is_filled_and_keeps_its_own_styles_and_page() {
        let document = format!(
            "<?xml version=\"1.0\"?><w:document {W}><w:body><w:p><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>{{{{刊</w:t></w:r><w:r><w:t>名}}}}</w:t></w:r></w:p><w:p><w:r><w:t>{{{{正文}}}}</w:t></w:r></w:p><w:p><w:r><w:t>{{{{报尾}}}}</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\"/></w:sectPr></w:body></w:document>"
        );
        let styles = "<w:styles><w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"office body\"/></w:style></w:styles>";
        let header = "<w:hdr><w:p><w:r><w:t>{{期号}}</w:t></w:r></w:p></w:hdr>";
        let template = Template {
            name: "红头.docx".into(),
            bytes: zip_of(&[
                ("word/document.xml", &document),
                ("word/styles.xml", styles),
                ("word/header1.xml", header),
                ("word/media/logo.png", "PNG"),
            ]),
        };
        let print = Print {
            template: Some(template),
            ..Print::default()
        };
        let out = docx(&issue(), &print).expect("filled");
        let doc = part(&out, "word/document.xml");
        assert!(
            doc.contains(
                "<w:color w:val=\"FF0000\"/></w:rPr><w:t xml:space=\"preserve\">上街信息</w:t>"
            ),
            "{doc}"
        );
        assert!(doc.contains(
            "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\"/></w:sectPr>"
        ));
        assert!(doc.contains(">第一段。<") && doc.contains(">报：<") && !doc.contains("{{"));
        let styles = part(&out, "word/styles.xml");
        assert!(
            styles.contains("office body"),
            "the template's own style wins"
        );
        assert_eq!(styles.matches("w:styleId=\"BodyText\"").count(), 1);
        assert!(
            styles.contains("w:styleId=\"Closing\"") && styles.contains("w:styleId=\"EditorNote\"")
        );
        assert_eq!(
            part(&out, "word/header1.xml"),
            "<w:hdr><w:p><w:r><w:t xml:space=\"preserve\">第3期</w:t></w:r></w:p></w:hdr>"
        );
        assert_eq!(part(&out, "word/media/logo.png"), "PNG");
    }

    #[test]
    fn a_template_that_is_not_a_word_document_or_lacks_the_body_is_refused() {
        let refused = |bytes: Vec<u8>| {
            let print = Print {
                template: Some(Template {
                    name: "红头.docx".into(),
                    bytes,
                }),
                ..Print::default()
            };
            match docx(&issue(), &print) {
                Err(Error::Template { path, problem }) => {
                    assert_eq!(path, std::path::PathBuf::from("红头.docx"));
                    problem
                }
                other => panic!("not refused: {:?}", other.map(|b| b.len())),
            }
        };
        use crate::error::TemplateProblem;
        assert_eq!(
            refused(b"{\\rtf1 not a zip}".to_vec()),
            TemplateProblem::NotZip
        );
        assert_eq!(
            refused(zip_of(&[("content.xml", "<office/>")])),
            TemplateProblem::NoDocument
        );
        assert_eq!(
            refused(zip_of(&[(
                "word/document.xml",
                "<w:p><w:r><w:t>{{刊名}}</w:t></w:r></w:p>"
            )])),
            TemplateProblem::NoBody
        );
        let message = Error::Template {
            path: "红头.docx".into(),
            problem: TemplateProblem::NoBody,
        }
        .to_string();
        assert!(
            message.contains("红头.docx") && message.contains("{{正文}}"),
            "{message}"
        );
    }

    #[test]
    fn the_built_in_template_holds_every_placeholder() {
        let xml = template_document_xml(&Print::default());
        for name in [
            "刊名",
            "副刊名",
            "期号",
            "总期号",
            "编发单位",
            "日期",
            "密级",
            "份号",
            "签发人",
            "正文",
            "报尾",
        ] {
            assert!(xml.contains(&format!("{{{{{name}}}}}")), "{name}");
        }
        // Taller 报头: the lines beyond the eight it holds open above the title.
        let tall = Print {
            masthead_lines: 10,
            ..Print::default()
        };
        assert!(
            template_document_xml(&tall)
                .contains(&format!("<w:spacing w:before=\"{}\"/>", 2 * LINE))
        );
    }
}
