//! `[print]`: how issues are set for print — faces with fallbacks for
//! machines without the GB2312 faces (信创 PCs carry 方正仿宋_GBK and
//! 方正小标宋_GBK), the page number's place, the 报尾's size and 共印 form,
//! the 报头's height, whether versions go upward, and the office's own Word
//! template.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::export::{PageNumbers, Print, Template};

/// A template larger than this is refused unread: a 红头 document is a
/// page of letterhead.
const TEMPLATE_LIMIT: u64 = 32 << 20;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PrintSettings {
    /// The body face, then the faces to use when it is missing.
    pub body_fonts: Vec<String>,
    /// The title face (刊名, a 专报's headline), then its fallbacks.
    pub title_fonts: Vec<String>,
    /// 楷体 for the 编者按 and the 签发人, then its fallbacks.
    pub kai_fonts: Vec<String>,
    /// "centre" (every page) or "outside" (odd pages right, even left).
    pub page_numbers: PageNumbers,
    /// The 报尾's size in points: 14 is 四号.
    pub footer_size: f32,
    /// How 共印 is written; `{n}` is the number.
    pub print_run_form: String,
    /// The 报头's height on page 1 in body lines (22 a page).
    pub masthead_lines: u32,
    /// Every version goes upward: the 报头 shows the 签发人.
    pub upward: bool,
    /// The office's own .docx template; relative to the settings file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<PathBuf>,
}

impl Default for PrintSettings {
    fn default() -> PrintSettings {
        let print = Print::default();
        PrintSettings {
            body_fonts: print.body_fonts,
            title_fonts: print.title_fonts,
            kai_fonts: print.kai_fonts,
            page_numbers: print.page_numbers,
            footer_size: print.footer_size,
            print_run_form: print.print_run_form,
            masthead_lines: print.masthead_lines,
            upward: false,
            template: None,
        }
    }
}

/// Reads a template file whole, refusing one too large to be a template.
pub fn read_template(path: &Path) -> Result<Template> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() || meta.len() > TEMPLATE_LIMIT {
        return Err(Error::Template {
            path: path.to_path_buf(),
            problem: crate::error::TemplateProblem::NotZip,
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    Ok(Template {
        name: path.to_path_buf(),
        bytes,
    })
}

impl PrintSettings {
    /// The print options: `template` (from the command line) or the
    /// settings' own (relative to `settings_dir`), read; `upward` from the
    /// command line or the settings.
    pub fn options(
        &self,
        settings_dir: Option<&Path>,
        template: Option<&Path>,
        upward: bool,
    ) -> Result<Print> {
        let template = match (template, &self.template) {
            (Some(path), _) => Some(read_template(path)?),
            (None, Some(path)) => {
                let path = match settings_dir {
                    Some(dir) if path.is_relative() => dir.join(path),
                    _ => path.clone(),
                };
                Some(read_template(&path)?)
            }
            (None, None) => None,
        };
        Ok(Print {
            template,
            ..self.without_template(upward)
        })
    }

    /// The print options without reading any template: what the built-in
    /// layout and the text and HTML exports need.
    pub fn without_template(&self, upward: bool) -> Print {
        Print {
            body_fonts: self.body_fonts.clone(),
            title_fonts: self.title_fonts.clone(),
            kai_fonts: self.kai_fonts.clone(),
            page_numbers: self.page_numbers,
            footer_size: self.footer_size,
            print_run_form: self.print_run_form.clone(),
            masthead_lines: self.masthead_lines,
            upward: upward || self.upward,
            template: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_print_section_reads_with_defaults_for_what_it_leaves_out() {
        let s: PrintSettings = toml::from_str(
            "body_fonts = [\"方正仿宋_GBK\", \"仿宋\"]\npage_numbers = \"outside\"\nfooter_size = 12\n",
        )
        .unwrap();
        let print = s.without_template(false);
        assert_eq!(print.body_font(), "方正仿宋_GBK");
        assert_eq!(print.page_numbers, PageNumbers::Outside);
        assert_eq!(print.footer_half_points(), 24);
        assert_eq!(print.title_font(), "方正小标宋简体");
        assert_eq!(print.print_run(3), "（共印3份）");
        assert!(toml::from_str::<PrintSettings>("page_numbers = \"left\"\n").is_err());
        assert!(toml::from_str::<PrintSettings>("fonts = []\n").is_err());
        let centre: PrintSettings = toml::from_str("page_numbers = \"center\"\n").unwrap();
        assert_eq!(centre.page_numbers, PageNumbers::Centre);
    }

    #[test]
    fn a_missing_template_names_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let s = PrintSettings {
            template: Some("红头.docx".into()),
            ..PrintSettings::default()
        };
        let err = s
            .options(Some(dir.path()), None, false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("红头.docx"), "{err}");
    }
}
