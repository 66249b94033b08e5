//! How wide a character is, in half-width cells.

use unicode_width::UnicodeWidthChar;

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
    if crate::script::is_zero_width(c) {
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

pub fn str_width(s: &str, metric: Metric) -> usize {
    s.chars().map(|c| char_width(c, metric)).sum()
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
    }
}
