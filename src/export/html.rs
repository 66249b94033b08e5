//! A self-contained page for printing from a browser: A4 with the margins
//! of GB/T 9704, a red masthead over a red rule, run-in bold headlines, △
//! briefs, the footer block over a rule, page numbers as — 1 —. No script,
//! no link, nothing fetched: all content is escaped text.

use super::markup::{Piece, escape, parts, printable};
use crate::layout::Role;
use crate::model::Issue;

/// The page every printed document of the office shares: A4 with the
/// 公文 margins, page numbers, 仿宋 — and an open `body` rule that each
/// document's own style finishes with its size and leading.
pub(super) const PAGE: &str = r#"
@page { size: A4; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 14pt; } }
html { background: #fff; }
body { margin: 0 auto; max-width: 156mm; color: #000;
  font-family: "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", serif;
"#;

const STYLE: &str = r#"  font-size: 16pt; line-height: 28.9pt; line-break: strict; word-break: normal;
  letter-spacing: -0.22pt; }
.masthead { text-align: center; }
.title { color: #d00; margin: 0 0 8pt; font-weight: normal; letter-spacing: 0.3em; text-indent: 0.3em;
  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 42pt; line-height: 1.4; }
.number, .subtitle { margin: 0; }
.marking { margin: 0; text-align: left; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
.subtitle { font-size: 22pt; font-weight: bold; }
.meta { display: flex; justify-content: space-between; border-bottom: 2pt solid #d00; padding-bottom: 4pt; margin: 6pt 0 14pt; }
.items p { margin: 0; text-indent: 2em; text-align: justify; }
.items h2 { margin: 0; text-align: center; font-size: 16pt; font-weight: bold; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
.items h3 { margin: 0; font-size: 16pt; font-weight: bold; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
.runin { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; }
.footer { border-top: 1pt solid #000; border-bottom: 1pt solid #000; margin-top: 18pt; padding: 4pt 0; break-inside: avoid; }
.footer p { margin: 0; padding-left: var(--hang, 0); text-indent: calc(-1 * var(--hang, 0)); }
.footer .run { float: right; }
"#;

fn piece_html(p: &Piece) -> String {
    let text = escape(&p.text);
    match &p.role {
        Role::Marking => format!("<p class=\"marking\">{text}</p>\n"),
        Role::Title => format!("<h1 class=\"title\">{text}</h1>\n"),
        Role::Subtitle => format!("<p class=\"subtitle\">{text}</p>\n"),
        Role::Number => format!("<p class=\"number\">{text}</p>\n"),
        Role::PublisherDate { .. } => format!(
            "<div class=\"meta\"><span>{text}</span><span>{}</span></div>\n",
            escape(p.date())
        ),
        Role::Headline => format!("<h2>{text}</h2>\n"),
        Role::Column => format!("<h3>{text}</h3>\n"),
        Role::RunIn { .. } => format!(
            "<p><span class=\"runin\">{}</span>{text}</p>\n",
            escape(&p.lead)
        ),
        Role::Body => format!("<p>{text}</p>\n"),
        Role::Brief => format!("<p class=\"brief\">{text}</p>\n"),
        Role::Footer { .. } | Role::Editors { .. } => format!(
            "<p style=\"--hang: {}em\">{}{text}</p>\n",
            p.hang_em(),
            escape(&p.lead)
        ),
        Role::PrintRun => format!("<p><span class=\"run\">{text}</span></p>\n"),
        Role::Gap => String::new(),
    }
}

pub fn html(issue: &Issue) -> String {
    let p = parts(issue);
    let title = format!("{} {}", issue.series, issue.number_line());
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>{PAGE}{STYLE}</style>\n</head>\n<body>\n",
        escape(&printable(&title))
    );
    out.push_str("<header class=\"masthead\">\n");
    out.extend(p.masthead.iter().map(piece_html));
    out.push_str("</header>\n<main class=\"items\">\n");
    out.extend(p.body.iter().map(piece_html));
    out.push_str("</main>\n");
    if !p.footer.is_empty() {
        out.push_str("<footer class=\"footer\">\n");
        let mut pieces = p.footer.iter().peekable();
        while let Some(piece) = pieces.next() {
            let mut line = piece_html(piece);
            // 共印 N 份 stands at the right of the line above it.
            if piece.role != Role::PrintRun
                && let Some(run) = pieces.next_if(|n| n.role == Role::PrintRun)
            {
                let at = line.rfind("</p>").unwrap_or(line.len());
                line.insert_str(
                    at,
                    &format!("<span class=\"run\">{}</span>", escape(&run.text)),
                );
            }
            out.push_str(&line);
        }
        out.push_str("</footer>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
