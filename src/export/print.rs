//! How a printed issue is set: the faces with their fallbacks, where the
//! page number stands, the 报尾's size and 共印 form, the 报头's height,
//! whether the version goes upward (and so shows its 签发人), and the
//! office's own Word template. The settings' `[print]` section fills it;
//! every print format (Word, HTML, the paged text) reads it.

use serde::{Deserialize, Serialize};

/// Where the page number stands at the foot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PageNumbers {
    /// Centred on every page, as many 简报 print it.
    #[default]
    #[serde(alias = "center")]
    Centre,
    /// Odd pages right, even pages left, as GB/T 9704 sets a 公文.
    Outside,
}

/// An office's own Word template: its name (for messages) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub name: std::path::PathBuf,
    pub bytes: Vec<u8>,
}

/// The 共印 form printed by default.
pub const PRINT_RUN_FORM: &str = "（共印{n}份）";

/// The 报头's height on page 1, in body lines, by default: what the built-in
/// template holds — the 份号 and 密级 lines, the title (two lines), the
/// 副刊名, the number line, the publisher line over the red rule and the
/// line of space under it. Eight of 22: about the upper third of the page.
pub const MASTHEAD_LINES: u32 = 8;

#[derive(Debug, Clone, PartialEq)]
pub struct Print {
    /// The body face and its fallbacks, first choice first.
    pub body_fonts: Vec<String>,
    /// The title face (刊名, a 专报's headline) and its fallbacks.
    pub title_fonts: Vec<String>,
    /// 楷体 for the 编者按 and the 签发人's name, and its fallbacks.
    pub kai_fonts: Vec<String>,
    pub page_numbers: PageNumbers,
    /// The 报尾's type size in points (四号 = 14).
    pub footer_size: f32,
    /// How 共印 is written; `{n}` stands for the number.
    pub print_run_form: String,
    /// The 报头's height on page 1 in body lines (at least what it holds).
    pub masthead_lines: u32,
    /// A version sent upward: the 报头 shows the 签发人.
    pub upward: bool,
    /// The office's own .docx to fill instead of the built-in layout.
    pub template: Option<Template>,
}

pub fn default_body_fonts() -> Vec<String> {
    ["仿宋_GB2312", "方正仿宋_GBK", "仿宋"]
        .map(String::from)
        .to_vec()
}

pub fn default_title_fonts() -> Vec<String> {
    ["方正小标宋简体", "方正小标宋_GBK", "宋体"]
        .map(String::from)
        .to_vec()
}

pub fn default_kai_fonts() -> Vec<String> {
    ["楷体_GB2312", "楷体"].map(String::from).to_vec()
}

impl Default for Print {
    fn default() -> Print {
        Print {
            body_fonts: default_body_fonts(),
            title_fonts: default_title_fonts(),
            kai_fonts: default_kai_fonts(),
            page_numbers: PageNumbers::Centre,
            footer_size: 14.0,
            print_run_form: PRINT_RUN_FORM.to_string(),
            masthead_lines: MASTHEAD_LINES,
            upward: false,
            template: None,
        }
    }
}

/// The first face of a list, or `fallback` when the list is empty.
fn first<'a>(fonts: &'a [String], fallback: &'a str) -> &'a str {
    fonts
        .iter()
        .map(|f| f.trim())
        .find(|f| !f.is_empty())
        .unwrap_or(fallback)
}

impl Print {
    pub fn body_font(&self) -> &str {
        first(&self.body_fonts, "仿宋")
    }

    pub fn title_font(&self) -> &str {
        first(&self.title_fonts, "宋体")
    }

    pub fn kai_font(&self) -> &str {
        first(&self.kai_fonts, "楷体")
    }

    /// 共印 `n` in the configured form: （共印120份）. A form without `{n}`
    /// gets the number at its end.
    pub fn print_run(&self, n: u32) -> String {
        let form = if self.print_run_form.trim().is_empty() {
            PRINT_RUN_FORM
        } else {
            self.print_run_form.as_str()
        };
        if form.contains("{n}") {
            form.replace("{n}", &n.to_string())
        } else {
            format!("{form}{n}")
        }
    }

    /// The 报尾's size in half points, as Word counts (四号 = 28), kept
    /// between 六号 and 二号.
    pub fn footer_half_points(&self) -> u32 {
        let pt = if self.footer_size.is_finite() {
            self.footer_size
        } else {
            14.0
        };
        (pt.clamp(7.5, 22.0) * 2.0).round() as u32
    }

    /// Every face the print names, each once, with the face to fall back to
    /// (the next of its list) when there is one.
    pub fn faces(&self) -> Vec<(String, Option<String>)> {
        let mut out: Vec<(String, Option<String>)> = Vec::new();
        for list in [&self.body_fonts, &self.title_fonts, &self.kai_fonts] {
            let list: Vec<&str> = list
                .iter()
                .map(|f| f.trim())
                .filter(|f| !f.is_empty())
                .collect();
            for (i, face) in list.iter().enumerate() {
                if out.iter().any(|(f, _)| f == face) {
                    continue;
                }
                out.push((face.to_string(), list.get(i + 1).map(|f| f.to_string())));
            }
        }
        out
    }

    /// A CSS font-family list: the faces, then serif faces any system has.
    pub fn css_family(fonts: &[String], tail: &str) -> String {
        let mut out: Vec<String> = fonts
            .iter()
            .map(|f| f.trim())
            .filter(|f| !f.is_empty())
            .map(|f| {
                format!(
                    "\"{}\"",
                    f.replace(['"', '\\', ';', '{', '}', '<', '>'], "")
                )
            })
            .collect();
        out.push(tail.to_string());
        out.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_print_run_form_and_faces() {
        let mut print = Print::default();
        assert_eq!(print.print_run(120), "（共印120份）");
        print.print_run_form = "共印".into();
        assert_eq!(print.print_run(5), "共印5");
        assert_eq!(print.footer_half_points(), 28);
        let faces = print.faces();
        assert_eq!(
            faces[0],
            ("仿宋_GB2312".to_string(), Some("方正仿宋_GBK".to_string()))
        );
        assert!(faces.contains(&("仿宋".to_string(), None)));
        assert!(faces.contains(&("楷体_GB2312".to_string(), Some("楷体".to_string()))));
        print.body_fonts = vec![" ".into()];
        assert_eq!(print.body_font(), "仿宋");
    }
}
