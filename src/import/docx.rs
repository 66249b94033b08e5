//! Reading a Word (.docx) submission — from Word or WPS — with a zip reader
//! and a streaming XML reader, no other program. Paragraphs come out in
//! order with their runs joined; line breaks and tabs stay as text; fields
//! show their visible result; tables come row by row; images are counted.

use std::io::Read;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::error::FileProblem;

/// A .docx larger than this is refused.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// The document's XML may inflate to at most this much; a file whose XML
/// would grow past it (a zip bomb) is refused while reading, in bounded memory.
pub const MAX_XML_BYTES: u64 = 32 * 1024 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    /// Bold, a heading style, or type larger than the body's.
    pub emphasized: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    pub paragraphs: Vec<Paragraph>,
    pub images: usize,
    /// The text of the page headers, where units often put their name.
    pub header: Vec<String>,
}

/// The signature of the old binary formats (.doc, .wps): an OLE file.
pub fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

pub fn read(bytes: &[u8]) -> Result<Document, FileProblem> {
    if is_ole(bytes) {
        return Err(FileProblem::OldWord);
    }
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| FileProblem::BadDocx)?;
    let xml = part(&mut zip, "word/document.xml")?.ok_or(FileProblem::BadDocx)?;
    let headings = match part(&mut zip, "word/styles.xml")? {
        Some(styles) => heading_styles(&styles),
        None => Vec::new(),
    };
    let mut doc = parse_with(&xml, &headings)?;
    let mut headers: Vec<String> = zip
        .file_names()
        .filter_map(|n| n.ok())
        .filter(|n| n.starts_with("word/header") && n.ends_with(".xml"))
        .map(|n| n.into_owned())
        .collect();
    headers.sort();
    for name in headers {
        if let Some(xml) = part(&mut zip, &name)? {
            let header = parse_with(&xml, &headings)?;
            doc.header.extend(
                header
                    .paragraphs
                    .into_iter()
                    .map(|p| p.text)
                    .filter(|t| !t.trim().is_empty()),
            );
        }
    }
    Ok(doc)
}

/// One XML part of the package, read in bounded memory; `None` when absent.
fn part(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, FileProblem> {
    let Ok(entry) = zip.by_name(name) else {
        return Ok(None);
    };
    let mut xml = Vec::new();
    entry
        .take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|_| FileProblem::BadDocx)?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(FileProblem::DocxTooLarge {
            limit_mb: MAX_XML_BYTES / 1024 / 1024,
        });
    }
    String::from_utf8(xml)
        .map(Some)
        .map_err(|_| FileProblem::BadDocx)
}

/// The ids of paragraph styles whose name marks a heading (WPS numbers its
/// styles, so 标题 1 may be id "1").
fn heading_styles(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut id: Option<String> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "style" => id = attr(&e, "w:styleId"),
                "name" => {
                    if let (Some(style), Some(name)) = (&id, attr(&e, "w:val"))
                        && is_heading_name(&name)
                    {
                        out.push(style.clone());
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

fn is_heading_name(name: &str) -> bool {
    let name = name.to_lowercase();
    name.contains("heading") || name.contains("title") || name.contains("标题")
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok()??;
    a.normalized_value(XmlVersion::Implicit1_0)
        .ok()
        .map(|v| v.into_owned())
}

/// `<w:b/>` and `<w:b w:val="true"/>` are on; `w:val="0"` / `"false"` is off.
fn on(e: &BytesStart) -> bool {
    !matches!(attr(e, "w:val").as_deref(), Some("0" | "false" | "off"))
}

/// What is known of the paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    chars: usize,
    bold_chars: usize,
    max_size: u32,
    heading: bool,
}

#[derive(Default)]
struct Builder {
    doc: Document,
    /// The largest type in each paragraph, beside `doc.paragraphs`.
    para_sizes: Vec<u32>,
    /// Characters set in each size (half-points): the commonest is the body's.
    size_chars: std::collections::HashMap<u32, usize>,
    para: Para,
    run_bold: bool,
    run_size: Option<u32>,
    /// Open elements, by local name.
    stack: Vec<String>,
    in_text: bool,
    in_instr: bool,
    /// Between a field's begin and separate: its code, not shown.
    field_code: bool,
    table_depth: usize,
    cells: Vec<String>,
    cell: String,
    /// Style ids that are headings by their names.
    headings: Vec<String>,
}

impl Builder {
    fn parent_is(&self, name: &str) -> bool {
        self.stack.last().is_some_and(|p| p == name)
    }

    fn push_text(&mut self, s: &str) {
        if self.field_code || self.in_instr {
            return;
        }
        let n = s.chars().filter(|c| !c.is_whitespace()).count();
        self.para.chars += n;
        if self.run_bold {
            self.para.bold_chars += n;
        }
        if let Some(size) = self.run_size {
            self.para.max_size = self.para.max_size.max(size);
            *self.size_chars.entry(size).or_default() += n;
        }
        self.para.text.push_str(s);
    }

    fn end_paragraph(&mut self) {
        let para = std::mem::take(&mut self.para);
        if self.table_depth > 0 {
            // A cell's paragraphs stay paragraphs: a form's 正文 cell holds
            // the whole body.
            if !self.cell.is_empty() && !para.text.is_empty() {
                self.cell.push('\n');
            }
            self.cell.push_str(&para.text);
            return;
        }
        let bold = para.chars > 0 && para.bold_chars * 2 > para.chars;
        self.doc.paragraphs.push(Paragraph {
            text: para.text,
            emphasized: bold || para.heading,
        });
        self.para_sizes.push(para.max_size);
    }

    fn element(&mut self, e: &BytesStart, empty: bool) {
        let name = e.local_name().as_ref().to_string();
        match name.as_str() {
            "p" => {
                self.para = Para::default();
                if empty {
                    self.end_paragraph();
                }
            }
            "r" => {
                self.run_bold = false;
                self.run_size = None;
            }
            "b" if self.parent_is("rPr")
                && self.stack.iter().rev().nth(1).is_some_and(|g| g == "r") =>
            {
                self.run_bold = on(e)
            }
            "sz" if self.parent_is("rPr")
                && self.stack.iter().rev().nth(1).is_some_and(|g| g == "r") =>
            {
                self.run_size = attr(e, "w:val").and_then(|v| v.parse().ok());
            }
            "pStyle" => {
                let style = attr(e, "w:val").unwrap_or_default();
                self.para.heading = is_heading_name(&style) || self.headings.contains(&style);
            }
            "t" => self.in_text = !empty,
            "instrText" => self.in_instr = !empty,
            "fldChar" => match attr(e, "w:fldCharType").as_deref() {
                Some("begin") => self.field_code = true,
                Some("separate" | "end") => self.field_code = false,
                _ => {}
            },
            "tab" if self.parent_is("r") => self.push_text("\t"),
            "br" | "cr" if self.parent_is("r") => self.push_text("\n"),
            "drawing" | "pict" => self.doc.images += 1,
            "tbl" if !empty => self.table_depth += 1,
            "tc" if self.table_depth == 1 => self.cell.clear(),
            _ => {}
        }
        if !empty {
            self.stack.push(name);
        }
    }

    fn end(&mut self, local: &str) {
        self.stack.pop();
        match local {
            "p" => self.end_paragraph(),
            "t" => self.in_text = false,
            "instrText" => self.in_instr = false,
            "tbl" => self.table_depth = self.table_depth.saturating_sub(1),
            "tc" if self.table_depth == 1 => self.cells.push(std::mem::take(&mut self.cell)),
            "tr" if self.table_depth == 1 => {
                let row = std::mem::take(&mut self.cells).join("\t");
                self.doc.paragraphs.push(Paragraph {
                    text: row,
                    emphasized: false,
                });
                self.para_sizes.push(0);
            }
            _ => {}
        }
    }

    fn finish(mut self) -> Document {
        // Type larger than the commonest size marks a headline too.
        let body = self
            .size_chars
            .iter()
            .max_by_key(|(_, n)| **n)
            .map(|(s, _)| *s);
        if let Some(body) = body {
            for (p, size) in self.doc.paragraphs.iter_mut().zip(&self.para_sizes) {
                p.emphasized |= *size >= body + 2;
            }
        }
        self.doc
    }
}

/// Reads `word/document.xml`.
pub fn parse_document(xml: &str) -> Result<Document, FileProblem> {
    parse_with(xml, &[])
}

fn parse_with(xml: &str, headings: &[String]) -> Result<Document, FileProblem> {
    let mut reader = Reader::from_str(xml);
    let mut b = Builder {
        headings: headings.to_vec(),
        ..Builder::default()
    };
    loop {
        match reader.read_event().map_err(|_| FileProblem::BadDocx)? {
            Event::Start(e) => b.element(&e, false),
            Event::Empty(e) => b.element(&e, true),
            Event::End(e) => b.end(e.local_name().as_ref()),
            Event::Text(text) if b.in_text => b.push_text(&text.xml10_content()),
            Event::CData(text) if b.in_text => b.push_text(&text.xml10_content()),
            Event::GeneralRef(r) if b.in_text => {
                let name = r.xml10_content();
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_default()
                        .to_string(),
                };
                b.push_text(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(b.finish())
}

#[cfg(test)]
pub(crate) mod tests;
