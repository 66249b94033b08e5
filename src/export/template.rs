//! Filling a Word template: the office's own 红头 document (or the built-in
//! one) with the issue. Named placeholders — `{{刊名}}`, `{{期号}}`,
//! `{{密级}}` … — are replaced wherever they stand in the text of
//! `word/document.xml` and of the headers and footers, even where Word has
//! split one over several runs (the runs' text is joined into the first of
//! them, which keeps its properties). The paragraph holding `{{正文}}` gives
//! way to the paragraphs and the one holding `{{报尾}}` to the 报尾's
//! (after the body when the template has none). Styles the paragraphs name
//! and the template lacks are added with their house definitions; the rest
//! of the template — faces, colours, rules, page setup, headers — is copied
//! through unchanged.

use std::io::{Cursor, Read, Write};
use std::ops::Range;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::markup::escape;
use super::print::Template;
use crate::error::{Error, Result, TemplateProblem};

/// What an issue puts into a template.
pub(super) struct Fill {
    /// Placeholder name (without braces) and its text.
    pub fields: Vec<(&'static str, String)>,
    /// The paragraphs for `{{正文}}`.
    pub body: String,
    /// The paragraphs for `{{报尾}}`.
    pub footer: String,
}

pub(super) const BODY: &str = "{{正文}}";
pub(super) const FOOTER: &str = "{{报尾}}";

/// No part of a template is read past this size inflated: a template is a
/// page of letterhead, not a book.
const PART_LIMIT: u64 = 64 << 20;

/// A part's text with entities read: what the paragraph says.
fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let Some(end) = tail.find(';').filter(|&e| e <= 12) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let entity = &tail[1..end];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One tag: its range in the part, its name, whether it closes or is empty.
struct Tag<'a> {
    at: Range<usize>,
    name: &'a str,
    closing: bool,
    empty: bool,
}

/// The tags of `xml` in order (declarations, comments and CDATA skipped).
fn tags(xml: &str) -> Vec<Tag<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(lt) = xml[pos..].find('<').map(|i| i + pos) {
        let rest = &xml[lt..];
        let end = if rest.starts_with("<!--") {
            rest.find("-->").map(|e| lt + e + 3)
        } else if rest.starts_with("<![CDATA[") {
            rest.find("]]>").map(|e| lt + e + 3)
        } else {
            rest.find('>').map(|e| lt + e + 1)
        };
        let Some(end) = end else { break };
        let inner = &xml[lt + 1..end - 1];
        if !inner.starts_with(['?', '!']) {
            let closing = inner.starts_with('/');
            let inner = inner.trim_start_matches('/');
            let name_end = inner
                .find(|c: char| c.is_whitespace() || c == '/')
                .unwrap_or(inner.len());
            out.push(Tag {
                at: lt..end,
                name: &inner[..name_end],
                closing,
                empty: inner.ends_with('/'),
            });
        }
        pos = end;
    }
    out
}

/// A `w:t` in a paragraph: the range of its opening tag and of its text.
struct TextNode {
    open: Range<usize>,
    text: Range<usize>,
}

/// The innermost paragraphs of a part (a paragraph in a text box inside a
/// paragraph is one; the paragraph around it is not), with their text
/// nodes.
fn paragraphs(xml: &str) -> Vec<(Range<usize>, Vec<TextNode>)> {
    let mut out = Vec::new();
    // Open paragraphs: start, whether a paragraph opened inside, text nodes.
    let mut open: Vec<(usize, bool, Vec<TextNode>)> = Vec::new();
    let mut text_open: Option<Range<usize>> = None;
    for tag in tags(xml) {
        match (tag.name, tag.closing, tag.empty) {
            ("w:p", false, false) => {
                if let Some(outer) = open.last_mut() {
                    outer.1 = true;
                }
                open.push((tag.at.start, false, Vec::new()));
            }
            ("w:p", true, _) => {
                if let Some((start, nested, nodes)) = open.pop()
                    && !nested
                {
                    out.push((start..tag.at.end, nodes));
                }
            }
            ("w:t", false, false) => text_open = Some(tag.at),
            ("w:t", true, _) => {
                if let (Some(opening), Some(p)) = (text_open.take(), open.last_mut()) {
                    p.2.push(TextNode {
                        text: opening.end..tag.at.start,
                        open: opening,
                    });
                }
            }
            _ => {}
        }
    }
    out
}

enum Replace {
    Body,
    Footer,
    Text(String),
}

/// The paragraph at `range` with its placeholders filled, the runs of a
/// split one joined into the first; None when it holds none we know.
fn fill_fields(xml: &str, range: &Range<usize>, nodes: &[TextNode], fill: &Fill) -> Option<String> {
    let texts: Vec<String> = nodes
        .iter()
        .map(|n| unescape(&xml[n.text.clone()]))
        .collect();
    let joined: String = texts.concat();
    if !joined.contains("{{") {
        return None;
    }
    let mut starts = Vec::with_capacity(texts.len());
    let mut at = 0;
    for t in &texts {
        starts.push(at);
        at += t.len();
    }
    let node_of = |offset: usize| starts.iter().rposition(|&s| s <= offset).unwrap_or(0);
    // Every known placeholder, in order.
    let mut matches: Vec<(Range<usize>, &str)> = Vec::new();
    let mut pos = 0;
    while let Some(open) = joined[pos..].find("{{").map(|i| i + pos) {
        let Some(close) = joined[open..].find("}}").map(|i| i + open + 2) else {
            break;
        };
        let name = joined[open + 2..close - 2].trim();
        match fill.fields.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                matches.push((open..close, value.as_str()));
                pos = close;
            }
            None => pos = open + 2,
        }
    }
    if matches.is_empty() {
        return None;
    }
    let mut texts = texts;
    let mut changed = vec![false; texts.len()];
    // From the last, so that the offsets of those before stay true.
    for (m, value) in matches.iter().rev() {
        let (i, j) = (node_of(m.start), node_of(m.end - 1));
        let head = texts[i][..m.start - starts[i]].to_string();
        if i == j {
            let tail = texts[i][m.end - starts[i]..].to_string();
            texts[i] = format!("{head}{value}{tail}");
        } else {
            let tail = texts[j][m.end - starts[j]..].to_string();
            texts[i] = format!("{head}{value}");
            texts[j] = tail;
            for t in texts.iter_mut().take(j).skip(i + 1) {
                t.clear();
            }
            changed[i + 1..=j].iter_mut().for_each(|c| *c = true);
        }
        changed[i] = true;
    }
    let mut out = String::with_capacity(range.len() + 64);
    let mut pos = range.start;
    for (n, node) in nodes.iter().enumerate() {
        if !changed[n] {
            continue;
        }
        out.push_str(&xml[pos..node.open.start]);
        out.push_str("<w:t xml:space=\"preserve\">");
        out.push_str(&escape(&texts[n]));
        pos = node.text.end;
    }
    out.push_str(&xml[pos..range.end]);
    Some(out)
}

/// One part filled. In `word/document.xml` (`document`) the paragraph with
/// `{{正文}}` is required; the one with `{{报尾}}` takes the 报尾, else it
/// follows the body.
pub(super) fn fill_part(
    xml: &str,
    fill: &Fill,
    document: bool,
) -> std::result::Result<String, TemplateProblem> {
    let mut replace: Vec<(Range<usize>, Replace)> = Vec::new();
    for (range, nodes) in paragraphs(xml) {
        let text: String = nodes
            .iter()
            .map(|n| unescape(&xml[n.text.clone()]))
            .collect();
        if document && text.contains(BODY) {
            replace.push((range, Replace::Body));
        } else if document && text.contains(FOOTER) {
            replace.push((range, Replace::Footer));
        } else if let Some(filled) = fill_fields(xml, &range, &nodes, fill) {
            replace.push((range, Replace::Text(filled)));
        }
    }
    let has_body = replace.iter().any(|(_, r)| matches!(r, Replace::Body));
    if document && !has_body {
        return Err(TemplateProblem::NoBody);
    }
    let has_footer = replace.iter().any(|(_, r)| matches!(r, Replace::Footer));
    let mut out = String::with_capacity(xml.len() + fill.body.len() + fill.footer.len());
    let mut pos = 0;
    let mut body_done = false;
    let mut footer_done = false;
    for (range, what) in replace {
        out.push_str(&xml[pos..range.start]);
        match what {
            // One body and one 报尾: a second placeholder is left empty.
            Replace::Body if !body_done => {
                out.push_str(&fill.body);
                if !has_footer {
                    out.push_str(&fill.footer);
                }
                body_done = true;
            }
            Replace::Footer if !footer_done => {
                out.push_str(&fill.footer);
                footer_done = true;
            }
            Replace::Body | Replace::Footer => {}
            Replace::Text(text) => out.push_str(&text),
        }
        pos = range.end;
    }
    out.push_str(&xml[pos..]);
    Ok(out)
}

/// `styles` with each of `house` whose id it does not define added.
fn add_styles(styles: &str, house: &[(&str, String)]) -> String {
    let missing: String = house
        .iter()
        .filter(|(id, _)| !styles.contains(&format!("w:styleId=\"{id}\"")))
        .map(|(_, xml)| format!("{xml}\n"))
        .collect();
    match styles.rfind("</w:styles>") {
        Some(at) if !missing.is_empty() => {
            format!("{}{missing}{}", &styles[..at], &styles[at..])
        }
        _ => styles.to_string(),
    }
}

/// Whether a part is one whose text is filled: the document, a header or
/// a footer.
fn is_header_or_footer(name: &str) -> bool {
    name.strip_prefix("word/").is_some_and(|n| {
        (n.starts_with("header") || n.starts_with("footer")) && n.ends_with(".xml")
    })
}

/// The template read and filled, as a new package; the template itself is
/// never written. Refused, naming the file: what is not a zip, a zip
/// without `word/document.xml`, a document without `{{正文}}`.
pub(super) fn fill_docx(
    template: &Template,
    fill: &Fill,
    house: &[(&str, String)],
) -> Result<Vec<u8>> {
    let refuse = |problem| Error::Template {
        path: template.name.clone(),
        problem,
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(template.bytes.as_slice()))
        .map_err(|_| refuse(TemplateProblem::NotZip))?;
    if zip.index_for_name("word/document.xml").is_none() {
        return Err(refuse(TemplateProblem::NoDocument));
    }
    let mut parts: Vec<(String, Vec<u8>)> = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let mut entry = zip
            .by_index(i)
            .map_err(|_| refuse(TemplateProblem::Damaged))?;
        if entry.is_dir() {
            continue;
        }
        let name = entry
            .name()
            .map_err(|_| refuse(TemplateProblem::Damaged))?
            .to_string();
        let mut bytes = Vec::new();
        (&mut entry)
            .take(PART_LIMIT)
            .read_to_end(&mut bytes)
            .map_err(|_| refuse(TemplateProblem::Damaged))?;
        let text =
            || String::from_utf8(bytes.clone()).map_err(|_| refuse(TemplateProblem::Damaged));
        let bytes = if name == "word/document.xml" {
            fill_part(&text()?, fill, true)
                .map_err(refuse)?
                .into_bytes()
        } else if is_header_or_footer(&name) {
            fill_part(&text()?, fill, false)
                .map_err(refuse)?
                .into_bytes()
        } else if name == "word/styles.xml" {
            add_styles(&text()?, house).into_bytes()
        } else if name == "[Content_Types].xml" {
            // A .dotx filled is a document, not a template.
            text()?
                .replace(
                    "wordprocessingml.template.main+xml",
                    "wordprocessingml.document.main+xml",
                )
                .into_bytes()
        } else {
            bytes
        };
        parts.push((name, bytes));
    }
    write_zip(parts.iter().map(|(n, b)| (n.as_str(), b.as_slice())))
}

/// A zip of `entries`, deflated, each with a fixed date.
pub(super) fn write_zip<'a>(entries: impl Iterator<Item = (&'a str, &'a [u8])>) -> Result<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let fail = |e: &dyn std::fmt::Display| Error::Docx(e.to_string());
    for (name, bytes) in entries {
        zip.start_file(name, options).map_err(|e| fail(&e))?;
        zip.write_all(bytes).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill() -> Fill {
        Fill {
            fields: vec![
                ("刊名", "上街信息".into()),
                ("期号", "第56期".into()),
                ("密级", String::new()),
            ],
            body: "<w:p><w:r><w:t>BODY</w:t></w:r></w:p>".into(),
            footer: "<w:p><w:r><w:t>FOOT</w:t></w:r></w:p>".into(),
        }
    }

    #[test]
    fn a_placeholder_split_over_runs_is_joined_into_the_first() {
        let xml = "<w:body><w:p><w:r><w:rPr><w:color w:val=\"FF0000\"/></w:rPr><w:t>{{刊</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">名}} </w:t></w:r><w:r><w:t>{</w:t></w:r><w:r><w:t>{期号}}&amp;</w:t></w:r></w:p><w:p><w:r><w:t>{{正文}}</w:t></w:r></w:p></w:body>";
        let out = fill_part(xml, &fill(), true).unwrap();
        assert!(
            out.contains(
                "<w:color w:val=\"FF0000\"/></w:rPr><w:t xml:space=\"preserve\">上街信息</w:t>"
            ),
            "{out}"
        );
        assert!(
            out.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\"> </w:t>"),
            "{out}"
        );
        // The run that held the placeholder's end keeps what followed it.
        assert!(
            out.contains(">第56期</w:t></w:r><w:r><w:t xml:space=\"preserve\">&amp;</w:t>"),
            "{out}"
        );
        assert!(!out.contains("{{"), "{out}");
        assert!(out.contains("BODY") && out.contains("FOOT"), "{out}");
    }

    #[test]
    fn unknown_placeholders_stay_and_the_body_is_required() {
        let xml = "<w:p><w:r><w:t>{{不知道}}{{密级}}</w:t></w:r></w:p>";
        assert!(matches!(
            fill_part(xml, &fill(), true),
            Err(TemplateProblem::NoBody)
        ));
        let out = fill_part(xml, &fill(), false).unwrap();
        assert!(out.contains(">{{不知道}}<"), "{out}");
    }

    #[test]
    fn body_and_footer_replace_their_paragraphs_and_styles_are_added_once() {
        let xml = "<w:p><w:r><w:t>{{报尾}}</w:t></w:r></w:p><w:p><w:pPr/><w:r><w:t>{{正文}}</w:t></w:r></w:p><w:sectPr/>";
        let out = fill_part(xml, &fill(), true).unwrap();
        assert_eq!(
            out,
            "<w:p><w:r><w:t>FOOT</w:t></w:r></w:p><w:p><w:r><w:t>BODY</w:t></w:r></w:p><w:sectPr/>"
        );
        let styles = "<w:styles><w:style w:styleId=\"BodyText\"/></w:styles>";
        let house = [
            (
                "BodyText",
                "<w:style w:styleId=\"BodyText\">house</w:style>".to_string(),
            ),
            ("Closing", "<w:style w:styleId=\"Closing\"/>".to_string()),
        ];
        let out = add_styles(styles, &house);
        assert!(
            !out.contains("house") && out.contains("\"Closing\""),
            "{out}"
        );
    }

    #[test]
    fn entities_read_back() {
        assert_eq!(unescape("a&amp;b&lt;&#x4e0a;&#34;&bogus"), "a&b<上\"&bogus");
    }
}
