//! A printed issue's text as numbered paragraphs: blank lines, page
//! numbers and rules dropped; hard-wrapped lines joined back.

use super::text::attribution_split;
use super::text::footer_label;
use crate::layout::{Metric, lead_width, str_width};
use crate::script::fullwidth_ascii_alnum;

/// A paragraph and the line (1-based) it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    pub text: String,
    pub line: usize,
}

fn indented(l: &str) -> bool {
    l.starts_with('　') || l.starts_with("  ") || l.starts_with('\t')
}

/// The text as paragraphs. Where the text is hard-wrapped (paragraphs start
/// indented and most lines are full), a flush line continues the paragraph
/// above when its first word would not have fitted on the line before.
pub fn paragraphs(text: &str) -> Vec<Para> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches(['\r', '\n'])))
        .filter(|(_, l)| !l.trim().is_empty() && !is_page_number(l) && !is_rule(l))
        .collect();
    let widest = lines
        .iter()
        .map(|(_, l)| str_width(l, Metric::Print))
        .max()
        .unwrap_or(0);
    let full = |l: &str| str_width(l.trim_end(), Metric::Print) + 4 >= widest;
    // Typed text has one line a paragraph, so few lines are as wide as the
    // widest; in hard-wrapped text most body lines are.
    let wrapped = lines.iter().skip(3).filter(|(_, l)| indented(l)).count() >= 2
        && lines
            .iter()
            .skip(3)
            .any(|(_, l)| !indented(l) && footer_label(l.trim()).is_none())
        && lines.iter().filter(|(_, l)| full(l)).count() * 3 >= lines.len();
    let mut out: Vec<Para> = Vec::new();
    let mut prev_width: Option<usize> = None;
    let mut prev_closed = false;
    for (number, line) in lines {
        let trimmed = line.trim();
        let full_before = prev_width
            .is_some_and(|w| w + lead_width(trimmed, Metric::Print) > widest.saturating_sub(2));
        let starts_paragraph = !wrapped
            || !full_before
            || prev_closed
            || indented(line)
            || footer_label(trimmed).is_some()
            || trimmed.starts_with("共印");
        prev_width = (!line.starts_with(' ')).then(|| str_width(line.trim_end(), Metric::Print));
        match out.last_mut() {
            Some(prev) if !starts_paragraph => {
                // A space beside Chinese stays at the end of its line; a
                // break between Latin words stands for one space.
                if prev.text.ends_with(|c: char| c.is_ascii_alphanumeric())
                    && trimmed.starts_with(|c: char| c.is_ascii_alphanumeric())
                {
                    prev.text.push(' ');
                }
                prev.text.push_str(line.trim_start());
            }
            _ => out.push(Para {
                text: line.trim_start().to_string(),
                line: number,
            }),
        }
        // An article ends at its attribution: nothing after it joins it.
        prev_closed = out
            .last()
            .is_some_and(|p| attribution_split(&p.text).is_some());
    }
    for p in &mut out {
        p.text.truncate(p.text.trim_end().len());
    }
    out
}

/// — 2 —, - 2 -, －2－, 第 2 页: page numbers left between paragraphs.
pub fn is_page_number(line: &str) -> bool {
    let s: String = line
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| fullwidth_ascii_alnum(c).unwrap_or(c))
        .collect();
    let dashes = |c: char| matches!(c, '—' | '－' | '-' | '–' | '─' | '―');
    let inner = s.trim_start_matches(dashes).trim_end_matches(dashes);
    let dashed = inner.len() < s.len() && s.starts_with(dashes) && s.ends_with(dashes);
    let digits = |x: &str| !x.is_empty() && x.chars().all(|c| c.is_ascii_digit());
    (dashed && digits(inner))
        || s.strip_prefix('第')
            .and_then(|x| x.strip_suffix('页'))
            .is_some_and(digits)
}

/// A line of rule characters only: the red line under a masthead, or the
/// rules around the footer, as text extraction leaves them.
fn is_rule(line: &str) -> bool {
    let s = line.trim();
    s.chars().count() >= 3
        && s.chars().all(|c| {
            matches!(
                c,
                '—' | '─' | '━' | '-' | '=' | '＝' | '_' | '＿' | '―' | '·' | '*' | '★' | '☆'
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_and_rules() {
        for s in ["— 2 —", "-2-", "－ ３ －", "第 2 页", "—12—"] {
            assert!(is_page_number(s), "{s}");
        }
        for s in ["2", "——", "第55期", "— 近日 —", "2023"] {
            assert!(!is_page_number(s), "{s}");
        }
        assert!(is_rule("━━━━━━━━━━"));
        assert!(is_rule("———————"));
        assert!(!is_rule("——"));
        assert!(!is_rule("★ 工作动态 ★"));
    }

    #[test]
    fn numbers_lines_and_keeps_articles_apart_in_indented_text() {
        let text = "上街信息\n\n第1期\n2024年1月2日\n标题一\n　　正文第一段写到这里就结束了。（矿山街道）\n标题二\n　　正文第二篇。（区法院）\n";
        let paras = paragraphs(text);
        let got: Vec<(usize, &str)> = paras.iter().map(|p| (p.line, p.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (1, "上街信息"),
                (3, "第1期"),
                (4, "2024年1月2日"),
                (5, "标题一"),
                (6, "正文第一段写到这里就结束了。（矿山街道）"),
                (7, "标题二"),
                (8, "正文第二篇。（区法院）"),
            ]
        );
    }
}
