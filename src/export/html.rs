//! A self-contained page for printing from a browser: A4 with the margins
//! of GB/T 9704, a red masthead over a red rule, run-in bold headlines, △
//! briefs, the footer block over a rule, page numbers as — 1 —. No script,
//! no link, nothing fetched: all content is escaped text.

use super::markup::{Parts, Piece, escape, parts, printable};
use super::print::Print;
use crate::layout::{LineKind, Options, Role, lay_out};
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
.items p { margin: 0; text-indent: 2em; text-align: justify; orphans: 1; widows: 1; }
.items h2 { margin: 0; text-align: center; font-size: 16pt; font-weight: bold; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
.items h2.piece { font-weight: normal; font-size: 22pt; line-height: 57.8pt; }
.items p.note { text-indent: 2em; }
.number .signer { float: right; }
.items h3 { margin: 0; font-size: 16pt; font-weight: bold; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
.runin { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; }
.sheet { display: flex; flex-direction: column; box-sizing: border-box; }
.footer { border-top: 1pt solid #000; border-bottom: 1pt solid #000; margin-top: 18pt; padding: 4pt 0; break-inside: avoid; }
.sheet > .footer { margin: auto 0 0; }
.footer p { margin: 0; padding-left: var(--hang, 0); text-indent: calc(-1 * var(--hang, 0)); }
.footer .run { float: right; }
"#;

fn piece_html(p: &Piece, parts: &Parts) -> String {
    let text = escape(&p.text);
    match &p.role {
        Role::Number if !parts.signer.is_empty() => format!(
            "<p class=\"number\">{text}<span class=\"signer\">{}</span></p>\n",
            escape(&parts.signer)
        ),
        Role::Headline if parts.special => format!("<h2 class=\"piece\">{text}</h2>\n"),
        Role::RunIn { .. } if p.is_note() => format!(
            "<p class=\"note\"><span class=\"runin\">{}</span>{text}</p>\n",
            escape(&p.lead)
        ),
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

/// The faces of the print settings as the page's CSS: the body, the title
/// and 楷体 for the 编者按 and the 签发人, each list ending in faces any
/// system has and then `serif`; the 报尾 in its own size.
fn faces(print: &Print) -> String {
    let body = Print::css_family(
        &print.body_fonts,
        "\"FangSong\", \"STFangsong\", \"Noto Serif CJK SC\", \"Source Han Serif SC\", \"SimSun\", \"宋体\", serif",
    );
    let title = Print::css_family(
        &print.title_fonts,
        "\"FZXiaoBiaoSong-B05S\", \"小标宋\", \"SimSun\", \"宋体\", \"Noto Serif CJK SC\", serif",
    );
    let kai = Print::css_family(
        &print.kai_fonts,
        "\"KaiTi\", \"STKaiti\", \"AR PL UKai CN\", \"Noto Serif CJK SC\", serif",
    );
    let size = print.footer_half_points() as f32 / 2.0;
    format!(
        "body {{ font-family: {body}; }}\n.title, .items h2.piece {{ font-family: {title}; }}\n.items p.note, .number .signer {{ font-family: {kai}; }}\n.footer p {{ font-size: {size}pt; line-height: {}pt; }}\n",
        size * 1.75
    )
}

/// The page's content height (A4 less the 37- and 35-mm margins) and the
/// body's line pitch, in points; a page holds 22 lines.
const PAGE_PT: f32 = 225.0 * 72.0 / 25.4;
const LINE_PT: f32 = 28.9;
const PAGE_LINES: usize = 22;

/// How many pages the issue takes as the browser sets it, the 报尾 at the
/// foot of the last: the 报头 at its height in lines, the body's lines as
/// our own layout sets them at 28 字 (a 专报's titles two lines high), the
/// 报尾 at its size. What sizes the sheet the 报尾 stands at the foot of.
fn pages(issue: &Issue, parts: &Parts, print: &Print) -> usize {
    let masthead_natural = parts.masthead.len() + 2;
    let masthead = masthead_natural.max(print.masthead_lines as usize);
    let blocks = crate::bulletin::compose_with(
        &super::markup::printable_issue(issue),
        crate::bulletin::HeadlineStyle::Auto,
        &print.print_run_form,
    );
    let lines = lay_out(
        &blocks,
        Options {
            width: 28,
            ..Options::default()
        },
    );
    let mut body = 0;
    let mut footer = 0;
    for line in &lines {
        match line.kind {
            LineKind::Headline if parts.special => body += 2,
            LineKind::Headline | LineKind::Text => body += 1,
            LineKind::Footer => footer += 1,
            _ => {}
        }
    }
    // The 报尾's lines are smaller and its line longer: count them at the
    // body's 28 字, which errs on the tall side, as the rules do.
    let size = print.footer_half_points() as f32 / 2.0;
    let footer_pt = footer as f32 * size * 1.75 + 30.0;
    let used = (masthead + body) as f32 * LINE_PT;
    let full = (masthead + body).div_ceil(PAGE_LINES).max(1);
    let last = used - (full - 1) as f32 * PAGE_LINES as f32 * LINE_PT;
    // The browser breaks some lines where we do not: a line and a half to
    // spare, or the 报尾 goes to the foot of a page of its own.
    if footer == 0 || last + footer_pt + 1.5 * LINE_PT <= PAGE_PT {
        full
    } else {
        full + 1
    }
}

pub fn html(issue: &Issue, print: &Print) -> String {
    let p = parts(issue, print);
    let title = format!("{} {}", issue.series, issue.number_line());
    let masthead_min = print.masthead_lines as f32 * LINE_PT;
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>{PAGE}{STYLE}{}.masthead {{ display: flex; flex-direction: column; box-sizing: border-box; min-height: {masthead_min:.1}pt; padding-bottom: {LINE_PT}pt; }}\n.masthead .meta {{ margin: auto 0 0; }}\n</style>\n</head>\n<body>\n",
        escape(&printable(&title)),
        faces(print)
    );
    // The sheet is as tall as the pages the issue takes, the 报尾 pushed to
    // its foot: at the foot of the last page. Set longer than counted, the
    // 报尾 follows the text, whole (a flex item is not broken).
    let sheet = if p.footer.is_empty() {
        String::new()
    } else {
        // A page breaks up to 2 pt above its foot (22 lines of 28.9 pt in
        // 225 mm), and the browser carries what each break leaves over to
        // the pages after it: the sheet is that much shorter.
        let pages = pages(issue, &p, print);
        format!(" style=\"min-height: calc({pages} * (225mm - 4pt))\"")
    };
    out.push_str(&format!("<div class=\"sheet\"{sheet}>\n"));
    out.push_str("<header class=\"masthead\">\n");
    out.extend(p.masthead.iter().map(|m| piece_html(m, &p)));
    out.push_str("</header>\n<main class=\"items\">\n");
    out.extend(p.body.iter().map(|b| piece_html(b, &p)));
    out.push_str("</main>\n");
    if !p.footer.is_empty() {
        out.push_str("<footer class=\"footer\">\n");
        let mut pieces = p.footer.iter().peekable();
        while let Some(piece) = pieces.next() {
            let mut line = piece_html(piece, &p);
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
    out.push_str("</div>\n</body>\n</html>\n");
    out
}
