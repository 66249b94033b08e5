//! Writing a finished issue out: text, Markdown, HTML, Word and JSON, all
//! from the same composed blocks. Rendering is pure; [`write_atomic`] is the
//! one place that writes an export file.

mod blocks;
mod docx;
mod html;
mod index;
mod markdown;
mod markup;

pub use blocks::{Block, blocks_document_xml, blocks_docx};
pub use docx::document_xml;
pub use index::{Entry, Index, IssueEntry, UnitEntry, in_volume, index, index_document_xml};
pub use markup::{printable, printable_issue};

use std::path::{Path, PathBuf};

use crate::bulletin::{HeadlineStyle, compose};
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
    let issue = markup::printable_issue(issue);
    to_text(&lay_out(&compose(&issue, HeadlineStyle::Auto), opts))
}

/// The issue in `format`; `opts` sets the lines of text, `encoding` the
/// bytes of text and Markdown.
pub fn render(issue: &Issue, format: Format, opts: Options, encoding: Encoding) -> Result<Vec<u8>> {
    match format {
        Format::Text => encoding.encode(&text(issue, opts)),
        Format::Markdown => encoding.encode(&markdown::markdown(issue)),
        Format::Html => Ok(html::html(issue).into_bytes()),
        Format::Docx => docx::docx(issue),
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
    fn format_names() {
        for name in Format::NAMES {
            assert!(Format::parse(name).unwrap().extension().len() > 1);
        }
        assert_eq!(Format::parse("Word").unwrap(), Format::Docx);
        assert!(Format::parse("pdf").is_err());
    }
}
