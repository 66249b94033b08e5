//! Writing a finished issue out: text, Markdown, HTML, Word and JSON, all
//! from the same composed blocks. Rendering is pure; [`write_atomic`] is the
//! one place that writes an export file.

mod blocks;
mod docx;
mod html;
mod index;
mod markdown;
mod markup;
mod print;
mod template;

pub use blocks::{Block, blocks_document_xml, blocks_docx};
pub use docx::{document_xml, document_xml_with, template_document_xml, template_docx};
pub use index::{Entry, Index, IssueEntry, UnitEntry, in_volume, index, index_document_xml};
pub use markup::{printable, printable_issue};
pub use print::{
    MASTHEAD_LINES, PRINT_RUN_FORM, PageNumbers, Print, Template, default_body_fonts,
    default_kai_fonts, default_title_fonts,
};

use std::path::{Path, PathBuf};

use crate::bulletin::{HeadlineStyle, compose_with};
use crate::error::{Error, Result};
use crate::layout::{Metric, Options, lay_out, to_text};
use crate::model::Issue;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Docx,
    Json,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &["text", "markdown", "html", "docx", "json"];

    pub fn parse(name: &str) -> Result<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            "docx" | "word" => Ok(Format::Docx),
            "json" => Ok(Format::Json),
            other => Err(Error::UnknownFormat {
                name: other.to_string(),
                known: Format::NAMES,
            }),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Json => "json",
        }
    }

    /// The formats an index is written in: JSON has nothing to add to the
    /// issues' own.
    pub const INDEX_NAMES: &'static [&'static str] = &["text", "markdown", "html", "docx"];

    /// A format for the annual index (see [`Format::INDEX_NAMES`]).
    pub fn parse_for_index(name: &str) -> Result<Format> {
        match Format::parse(name) {
            Ok(Format::Json) | Err(_) => Err(Error::UnknownFormat {
                name: name.trim().to_string(),
                known: Format::INDEX_NAMES,
            }),
            ok => ok,
        }
    }

    /// Whether the bytes would garble a terminal.
    pub fn is_binary(self) -> bool {
        self == Format::Docx
    }

    /// Whether the format is plain text that may be re-encoded for Windows.
    pub fn is_plain(self) -> bool {
        matches!(self, Format::Text | Format::Markdown)
    }
}

/// How plain text is written out: UTF-8 with LF by default; GB18030 or GBK
/// and CRLF for Notepad and older WPS on Windows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Encoding {
    charset: Charset,
    pub crlf: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Charset {
    Utf8,
    Utf8Bom,
    Gb18030,
    Gbk,
}

impl Default for Encoding {
    fn default() -> Encoding {
        Encoding {
            charset: Charset::Utf8,
            crlf: false,
        }
    }
}

impl Encoding {
    pub fn parse(name: &str, crlf: bool) -> Result<Encoding> {
        let charset = match name.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" => Charset::Utf8,
            "utf-8-bom" | "utf-8-sig" => Charset::Utf8Bom,
            "gb18030" => Charset::Gb18030,
            "gbk" | "cp936" | "gb2312" => Charset::Gbk,
            _ => return Err(Error::UnknownExportEncoding(name.to_string())),
        };
        Ok(Encoding { charset, crlf })
    }

    pub fn is_default(self) -> bool {
        self == Encoding::default()
    }

    /// `text` in this encoding. A character GBK cannot hold is refused,
    /// naming its line, rather than written as something else.
    pub fn encode(self, text: &str) -> Result<Vec<u8>> {
        let text = if self.crlf {
            std::borrow::Cow::Owned(text.replace('\n', "\r\n"))
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        let target = match self.charset {
            Charset::Utf8 => return Ok(text.into_owned().into_bytes()),
            Charset::Utf8Bom => {
                let mut bytes = "\u{feff}".as_bytes().to_vec();
                bytes.extend_from_slice(text.as_bytes());
                return Ok(bytes);
            }
            Charset::Gb18030 => encoding_rs::GB18030,
            Charset::Gbk => encoding_rs::GBK,
        };
        let (bytes, _, unmappable) = target.encode(&text);
        if unmappable {
            let mut buf = [0u8; 4];
            for (n, line) in text.lines().enumerate() {
                if let Some(c) = line
                    .chars()
                    .find(|c| target.encode(c.encode_utf8(&mut buf)).2)
                {
                    return Err(Error::Unmappable {
                        line: n + 1,
                        ch: c,
                        encoding: target.name(),
                    });
                }
            }
        }
        Ok(bytes.into_owned())
    }
}

/// The issue as text: one paragraph per line when `opts.width` is 0, else
/// set at that many 字 a line.
pub fn text(issue: &Issue, opts: Options) -> String {
    text_with(issue, opts, &Print::default())
}

/// [`text`] with 共印 in the form `print` gives. Paged (`page_lines`), the
/// 报尾 ends on the last line of the last page.
pub fn text_with(issue: &Issue, opts: Options, print: &Print) -> String {
    let issue = markup::printable_issue(issue);
    to_text(&lay_out(
        &compose_with(&issue, HeadlineStyle::Auto, &print.print_run_form),
        opts,
    ))
}

/// The issue in `format`; `opts` sets the lines of text, `encoding` the
/// bytes of text and Markdown.
pub fn render(issue: &Issue, format: Format, opts: Options, encoding: Encoding) -> Result<Vec<u8>> {
    render_with(issue, format, opts, encoding, &Print::default())
}

/// [`render`] set as `print` says: faces, page numbers, 报尾, 签发人, and
/// the office's template for Word.
pub fn render_with(
    issue: &Issue,
    format: Format,
    opts: Options,
    encoding: Encoding,
    print: &Print,
) -> Result<Vec<u8>> {
    match format {
        Format::Text => encoding.encode(&text_with(issue, opts, print)),
        Format::Markdown => encoding.encode(&markdown::markdown(issue, print)),
        Format::Html => Ok(html::html(issue, print).into_bytes()),
        Format::Docx => docx::docx(issue, print),
        Format::Json => Ok(crate::archive::issue_json(issue).into_bytes()),
    }
}

/// The annual index in `format`; `metric` measures the text's columns
/// (the terminal's for standard output, print's for a file).
pub fn render_index(index: &Index, format: Format, metric: Metric) -> Result<Vec<u8>> {
    match format {
        Format::Text => Ok(index::text(index, metric).into_bytes()),
        Format::Markdown => Ok(index::markdown(index).into_bytes()),
        Format::Html => Ok(index::html(index).into_bytes()),
        Format::Docx => index::docx(index),
        Format::Json => Err(Error::UnknownFormat {
            name: "json".into(),
            known: Format::INDEX_NAMES,
        }),
    }
}

/// Where an export goes by default: 上街信息-2023-第56期.txt in `dir`.
pub fn default_path(issue: &Issue, format: Format, dir: &Path) -> PathBuf {
    dir.join(format!("{}.{}", issue.file_stem(), format.extension()))
}

/// Writes `bytes` to `path` so that a failure never leaves a half-written
/// file behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::atomic::replace(path, |tmp| {
        std::fs::write(tmp, bytes).map_err(|e| Error::io(path, e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_for_windows() {
        let gbk = Encoding::parse("GBK", true).unwrap();
        assert_eq!(gbk.encode("上街\n").unwrap(), b"\xc9\xcf\xbd\xd6\r\n");
        let err = gbk.encode("第一行\n第二行有😀\n").unwrap_err().to_string();
        assert!(err.contains('2') && err.contains('😀'), "{err}");
        let gb18030 = Encoding::parse("gb18030", false).unwrap();
        assert_eq!(gb18030.encode("😀").unwrap(), b"\x94\x39\xfc\x36");
        assert_eq!(
            Encoding::parse("utf-8-bom", false)
                .unwrap()
                .encode("上")
                .unwrap(),
            "\u{feff}上".as_bytes()
        );
        assert!(Encoding::parse("utf-8", false).unwrap().is_default());
        assert!(Encoding::parse("big5", false).is_err());
    }

    #[test]
    fn paged_text_ends_with_the_footer_on_the_last_line_of_the_last_page() {
        use crate::model::{FooterLine, Item};
        let mut issue = Issue::new("上街信息", 2024, 3);
        issue.articles.push(Item::new(
            "标题",
            vec!["正文。".repeat(30)],
            jiff::civil::date(2024, 3, 1),
        ));
        issue.footer = vec![
            FooterLine::new("发", "各街道"),
            FooterLine::new("报", "市委"),
        ];
        issue.editors = vec!["王伟".into()];
        issue.print_run = Some(80);
        let set = text(
            &issue,
            Options {
                width: 28,
                page_lines: 22,
                ..Options::default()
            },
        );
        let lines: Vec<&str> = set.lines().collect();
        // One page: 22 lines, then the page number.
        assert_eq!(lines.len(), 23, "{set}");
        assert_eq!(lines[22].trim(), "— 1 —");
        assert!(
            lines[21].starts_with("责任编辑：") && lines[21].ends_with("（共印80份）"),
            "{set}"
        );
        assert!(
            lines[19].starts_with("报：") && lines[20].starts_with("发："),
            "{set}"
        );
        assert!(
            lines[18].trim().is_empty(),
            "the space opens above the 报尾: {set}"
        );
        // A 报尾 with no room under the text goes whole to a page of its own.
        issue.articles[0].body = vec!["正文。".repeat(358)];
        let set = text(
            &issue,
            Options {
                width: 28,
                page_lines: 22,
                ..Options::default()
            },
        );
        let lines: Vec<&str> = set.lines().collect();
        let folios: Vec<usize> = (0..lines.len())
            .filter(|&i| lines[i].trim().starts_with("— "))
            .collect();
        let (before, last) = (folios[folios.len() - 2], folios[folios.len() - 1]);
        let page: Vec<&str> = lines[before + 1..last]
            .iter()
            .copied()
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert_eq!(page.len(), 3, "the 报尾 alone: {set}");
        assert!(
            page[0].starts_with("报：") && page[2].starts_with("责任编辑"),
            "{set}"
        );
        assert!(lines[last - 1].starts_with("责任编辑"), "{set}");
    }

    #[test]
    fn format_names() {
        for name in Format::NAMES {
            assert!(Format::parse(name).unwrap().extension().len() > 1);
        }
        assert_eq!(Format::parse("Word").unwrap(), Format::Docx);
        assert!(Format::parse("pdf").is_err());
    }
}
