//! Where a line may break: atoms that never split, and the 避头尾 classes.

use std::ops::Range;

use crate::script::is_cjk;
use crate::script::{Metric, char_width, str_width, unit_end};

/// Marks that must not start a line (GB/T 15834 §5.1, clreq).
#[rustfmt::skip]
pub fn no_start(c: char) -> bool {
    matches!(c,
        '、' | '。' | '，' | '．' | '：' | '；' | '！' | '？' | '”' | '’' | '」' | '』' | '）' | '〕'
        | '】' | '〗' | '］' | '｝' | '》' | '〉' | '～' | '–' | '·' | '／' | '%' | '‰' | '℃' | '％'
        | ',' | '.' | ';' | ':' | '?' | '!' | ')' | ']' | '}')
}

/// Marks that must not end a line.
#[rustfmt::skip]
pub fn no_end(c: char) -> bool {
    matches!(c,
        '“' | '‘' | '「' | '『' | '（' | '〔' | '【' | '〖' | '［' | '｛' | '《' | '〈' | '／'
        | '(' | '[' | '{')
}

/// Marks that may hang into the right margin when that option is on.
pub fn hangs(c: char) -> bool {
    matches!(c, '、' | '，' | '。')
}

/// A piece of text that is never split: one CJK character (with any marks
/// that attach to it), a —— or …… pair, or a run of Latin letters, digits and
/// ASCII signs (2023, 5.6%, 7*24, www.example.gov.cn).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atom {
    /// The atom's text, with any white space after it that stays with it.
    pub range: Range<usize>,
    /// Cells the atom takes, not counting that white space.
    pub width: usize,
    /// Cells of white space after it: kept as content, but invisible at the
    /// end of a line, so it never pushes the atom down.
    pub trail: usize,
    /// White space between Latin words before the atom (replaced by the
    /// line break when the line breaks there).
    pub space_before: usize,
    pub no_start: bool,
    pub no_end: bool,
}

pub fn atoms(text: &str, metric: Metric) -> Vec<Atom> {
    let mut atoms: Vec<Atom> = Vec::with_capacity(text.len() / 3 + 1);
    let mut space = 0;
    let mut at = 0;
    while at < text.len() {
        let start = at;
        let mut end = unit_end(text, at);
        let c = text[start..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            // White space beside Chinese is content: it stays at the end of
            // the atom before it. Only white space between Latin words is a
            // break that the line break replaces.
            let w = char_width(c, metric).max(1);
            let next_cjk = text[end..].chars().next().is_none_or(is_cjk);
            match atoms.last_mut() {
                Some(prev)
                    if space == 0
                        && (prev.trail > 0
                            || next_cjk
                            || text[..prev.range.end].ends_with(is_cjk)) =>
                {
                    prev.range.end = end;
                    prev.trail += w;
                }
                _ => space += w,
            }
            at = end;
            continue;
        }
        let mut single_dash = false;
        if c == '—' || c == '…' {
            // Pair them: —— and …… never split; a lone — must not start a line.
            if text[end..].starts_with(c) {
                end = unit_end(text, end);
            } else {
                single_dash = c == '—';
            }
        } else if !is_cjk(c) {
            while let Some(n) = text[end..].chars().next() {
                if n.is_whitespace() || is_cjk(n) {
                    break;
                }
                end = unit_end(text, end);
            }
        }
        let piece = &text[start..end];
        atoms.push(Atom {
            range: start..end,
            width: str_width(piece, metric),
            trail: 0,
            space_before: std::mem::take(&mut space),
            no_start: no_start(c) || single_dash,
            no_end: piece.chars().last().is_some_and(no_end),
        });
        at = end;
    }
    atoms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        atoms(text, Metric::Print)
            .iter()
            .map(|a| &text[a.range.clone()])
            .collect()
    }

    #[test]
    fn atoms_keep_words_numbers_and_pairs_whole() {
        assert_eq!(pieces("坚持7*24小时"), ["坚", "持", "7*24", "小", "时"]);
        assert_eq!(pieces("增长5.6%，"), ["增", "长", "5.6%", "，"]);
        assert_eq!(
            pieces("访问www.example.gov.cn。"),
            ["访", "问", "www.example.gov.cn", "。"]
        );
        assert_eq!(pieces("他说——好……"), ["他", "说", "——", "好", "……"]);
        assert_eq!(pieces("———"), ["——", "—"]);
        assert_eq!(pieces("GDP growth"), ["GDP", "growth"]);
        assert_eq!(pieces("e\u{301}字"), ["e\u{301}", "字"]);
        assert_eq!(pieces("👨\u{200D}👩好"), ["👨\u{200D}👩", "好"]);
    }

    #[test]
    fn classes_and_spaces() {
        let a = atoms("“好” a  b", Metric::Print);
        assert!(a[0].no_end && !a[0].no_start);
        assert!(a[2].no_start);
        assert_eq!(a[2].range, 6..10, "the space after ” stays with it");
        assert_eq!((a[2].width, a[2].trail), (2, 1));
        assert_eq!(a[3].space_before, 0);
        assert_eq!(a[4].space_before, 2);
        assert_eq!(pieces("区委宣传部 区文明办")[4], "部 ");
        assert_eq!(pieces("标题　正文")[1], "题　", "a full-width space too");
        assert_eq!(
            pieces("　　正文")[0],
            "正",
            "leading indentation belongs to no atom"
        );
        let dash = atoms("好—", Metric::Print);
        assert!(dash[1].no_start, "a lone — must not start a line");
        let pair = atoms("好——", Metric::Print);
        assert!(!pair[1].no_start, "—— may start a line");
    }
}
