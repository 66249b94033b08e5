//! Where a line may break: atoms that never split, and the 避头尾 classes.

use std::ops::Range;

use super::width::{Metric, char_width};
use crate::script::is_cjk;

/// Marks that must not start a line (GB/T 15834 §5.1, clreq).
pub fn no_start(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '：'
            | '；'
            | '！'
            | '？'
            | '”'
            | '’'
            | '」'
            | '』'
            | '）'
            | '〕'
            | '】'
            | '〗'
            | '］'
            | '｝'
            | '》'
            | '〉'
            | '～'
            | '–'
            | '·'
            | '／'
            | '%'
            | '‰'
            | '℃'
            | ','
            | '.'
            | ';'
            | ':'
            | '?'
            | '!'
            | ')'
            | ']'
            | '}'
            | '％'
    )
}

/// Marks that must not end a line.
pub fn no_end(c: char) -> bool {
    matches!(
        c,
        '“' | '‘'
            | '「'
            | '『'
            | '（'
            | '〔'
            | '【'
            | '〖'
            | '［'
            | '｛'
            | '《'
            | '〈'
            | '／'
            | '('
            | '['
            | '{'
    )
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
    pub range: Range<usize>,
    pub width: usize,
    /// White space between Latin words before the atom (replaced by the
    /// line break when the line breaks there).
    pub space_before: usize,
    pub no_start: bool,
    pub no_end: bool,
}

fn extends(c: char) -> bool {
    c != ' ' && crate::script::is_zero_width(c) && c != '\u{200B}'
}

pub fn atoms(text: &str, metric: Metric) -> Vec<Atom> {
    let mut atoms: Vec<Atom> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut space = 0;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() && c != '　' {
            // A space beside Chinese is content: it stays at the end of the
            // atom before it. Only a space between Latin words is a break
            // that the line break replaces.
            let next_cjk = chars.peek().is_none_or(|&(_, n)| is_cjk(n));
            match atoms.last_mut() {
                Some(prev)
                    if space == 0
                        && (next_cjk
                            || text[prev.range.clone()].chars().last().is_some_and(is_cjk)) =>
                {
                    prev.range.end = start + c.len_utf8();
                    prev.width += char_width(c, metric).max(1);
                }
                _ => space += char_width(c, metric).max(1),
            }
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut width = char_width(c, metric);
        let mut last = c;
        let take_extenders = |chars: &mut std::iter::Peekable<std::str::CharIndices>,
                              end: &mut usize,
                              width: &mut usize,
                              last: &mut char| {
            while let Some(&(i, n)) = chars.peek() {
                if extends(n) || *last == '\u{200D}' {
                    *end = i + n.len_utf8();
                    *width += char_width(n, metric);
                    *last = n;
                    chars.next();
                } else {
                    break;
                }
            }
        };
        take_extenders(&mut chars, &mut end, &mut width, &mut last);
        let mut single_dash = false;
        if c == '—' || c == '…' {
            // Pair them: —— and …… never split; a lone — must not start a line.
            match chars.peek() {
                Some(&(i, n)) if n == c => {
                    end = i + n.len_utf8();
                    width += char_width(n, metric);
                    last = n;
                    chars.next();
                }
                _ => single_dash = c == '—',
            }
        } else if !is_cjk(c) {
            while let Some(&(i, n)) = chars.peek() {
                if n.is_whitespace() || is_cjk(n) {
                    break;
                }
                end = i + n.len_utf8();
                width += char_width(n, metric);
                last = n;
                chars.next();
                take_extenders(&mut chars, &mut end, &mut width, &mut last);
            }
        }
        atoms.push(Atom {
            range: start..end,
            width,
            space_before: std::mem::take(&mut space),
            no_start: no_start(c) || single_dash,
            no_end: no_end(last),
        });
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
        assert_eq!(a[3].space_before, 0);
        assert_eq!(a[4].space_before, 2);
        assert_eq!(pieces("区委宣传部 区文明办")[4], "部 ");
        let dash = atoms("好—", Metric::Print);
        assert!(dash[1].no_start, "a lone — must not start a line");
        let pair = atoms("好——", Metric::Print);
        assert!(!pair[1].no_start, "—— may start a line");
    }
}
