//! Markdown for a wiki or an e-mail: readable as plain text.

use super::markup::{Piece, parts};
use super::print::Print;
use crate::layout::Role;
use crate::model::Issue;

/// Escapes what Markdown would take as markup, and no more, so that the
/// text still reads well as plain text: `<` only where a tag could start,
/// `#` and `>` only at the start of a block.
pub(super) fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let tag = c == '<'
            && chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?'));
        let lead = out.is_empty() && matches!(c, '#' | '>' | '-' | '+');
        if tag || lead || matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    // A block that starts like a numbered list (1. or 1)) would become one.
    let digits = out.len() - out.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

fn piece_md(p: &Piece) -> String {
    match &p.role {
        Role::Title => format!("# {}", md(&p.text)),
        Role::Subtitle => format!("## {}", md(&p.text)),
        Role::Column => format!("#### {}", md(&p.text)),
        Role::Number => format!("**{}**", md(&p.text)),
        Role::PublisherDate { .. } => format!("{}　　{}", md(&p.text), md(p.date()))
            .trim_matches('　')
            .to_string(),
        Role::Headline => format!("### {}", md(&p.text)),
        Role::RunIn { .. } => format!("**{}**{}", md(&p.lead), md(&p.text)),
        _ => format!("{}{}", md(&p.lead), md(&p.text)),
    }
}

pub fn markdown(issue: &Issue, print: &Print) -> String {
    let p = parts(issue, print);
    let section = |pieces: &[Piece]| pieces.iter().map(piece_md).collect::<Vec<_>>().join("\n\n");
    let mut out = section(&p.masthead);
    out.push_str("\n\n---\n\n");
    out.push_str(&section(&p.body));
    if !p.footer.is_empty() {
        out.push_str("\n\n---\n\n");
        out.push_str(&section(&p.footer));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(md("a*b_c [x](y) #1"), "a\\*b\\_c \\[x\\](y) #1");
        assert_eq!(md("# 不是标题"), "\\# 不是标题");
        assert_eq!(md("《新华社<中小学>》 a<b"), "《新华社<中小学>》 a\\<b");
        assert_eq!(md("- 不是列表"), "\\- 不是列表");
        assert_eq!(md("1. 不是列表"), "1\\. 不是列表");
        assert_eq!(md("2023年"), "2023年");
        assert_eq!(md("正文"), "正文");
    }
}
