//! How wide a character is, in half-width cells.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// How East Asian Ambiguous characters (“ ” … — · △ ①) are measured: two
/// cells in print, where Chinese fonts draw them full width; one or two in a
/// terminal, depending on the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Metric {
    #[default]
    Print,
    NarrowAmbiguous,
}

pub fn char_width(c: char, metric: Metric) -> usize {
    if super::is_zero_width(c) {
        return 0;
    }
    if c.is_control() {
        return 0;
    }
    match metric {
        Metric::Print => c.width_cjk().unwrap_or(0),
        Metric::NarrowAmbiguous => c.width().unwrap_or(0),
    }
}

/// Where the visible unit that starts at `start` ends: a character with the
/// combining marks, variation selectors and skin-tone modifiers that attach
/// to it, and anything joined to it by a zero-width joiner (👨‍👩 is one unit).
pub fn unit_end(text: &str, start: usize) -> usize {
    let mut chars = text[start..].char_indices();
    let Some((_, first)) = chars.next() else {
        return start;
    };
    let mut end = start + first.len_utf8();
    let mut prev = first;
    for (i, c) in chars {
        let attaches = (prev == '\u{200D}' && !super::is_format_control(c))
            || matches!(c, '\u{1F3FB}'..='\u{1F3FF}')
            || (super::is_zero_width(c) && !super::is_format_control(c));
        if !attaches {
            break;
        }
        end = start + i + c.len_utf8();
        prev = c;
    }
    end
}

/// The width of one visible unit (see [`unit_end`]).
pub fn unit_width(unit: &str, metric: Metric) -> usize {
    match unit.chars().next() {
        None => 0,
        Some(c) if c.is_control() => 0,
        Some(c) if unit.len() == c.len_utf8() => char_width(c, metric),
        Some(_) => match metric {
            Metric::Print => unit.width_cjk(),
            Metric::NarrowAmbiguous => unit.width(),
        },
    }
}

/// The width of `s`: the sum of its visible units.
pub fn str_width(s: &str, metric: Metric) -> usize {
    let mut width = 0;
    let mut at = 0;
    while at < s.len() {
        let end = unit_end(s, at);
        width += unit_width(&s[at..end], metric);
        at = end;
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths() {
        let p = Metric::Print;
        let n = Metric::NarrowAmbiguous;
        assert_eq!(char_width('上', p), 2);
        assert_eq!(char_width('，', p), 2);
        assert_eq!(char_width('　', p), 2);
        for c in ['“', '”', '‘', '’', '…', '—', '·', '△', '①', '※', '○'] {
            assert_eq!(char_width(c, p), 2, "{c} in print");
            assert_eq!(char_width(c, n), 1, "{c} in a narrow terminal");
        }
        assert_eq!(char_width('a', p), 1);
        assert_eq!(char_width('1', n), 1);
        assert_eq!(char_width('\u{0301}', p), 0);
        assert_eq!(char_width('\u{200B}', p), 0);
        assert_eq!(char_width('\u{1b}', p), 0);
        assert_eq!(char_width('😀', p), 2);
        assert_eq!(str_width("上街 2023", p), 9);
        assert_eq!(str_width("👨\u{200D}👩", p), 2, "one joined emoji");
        assert_eq!(str_width("👍🏽", p), 2, "with a skin tone");
        assert_eq!(str_width("☺\u{FE0F}", n), 2, "emoji presentation");
        assert_eq!(str_width("e\u{301}", n), 1);
        assert_eq!(
            str_width("\u{1b}[0m", n),
            3,
            "a control character takes no room"
        );
        assert_eq!(unit_end("👨\u{200D}👩好", 0), "👨\u{200D}👩".len());
        assert_eq!(unit_end("b\u{202E}c", 0), 1, "a bidi override stands alone");
    }
}
