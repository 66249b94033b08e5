//! What kind of character is this? The classes the bulletin rules are written in,
//! how wide each is, and fitting text into a column by that width.

mod fit;
mod width;

pub use fit::{item_name, pad, pad_left, truncate};
pub use width::{Metric, char_width, str_width, unit_end, unit_width};

/// Han ideographs, including the extension blocks and 〇.
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
        || c == '〇'
}

/// Characters set on the full-width grid in Chinese text: Han, kana, hangul,
/// CJK punctuation and symbols, full-width forms, and the punctuation Chinese
/// borrows from general blocks (“ ” ‘ ’ … — ·) that Chinese fonts draw full width.
pub fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c as u32,
            0x2E80..=0x2FDF      // radicals
            | 0x3000..=0x303F    // CJK symbols and punctuation
            | 0x3040..=0x30FF    // kana
            | 0x3100..=0x312F    // bopomofo
            | 0x3200..=0x33FF    // enclosed CJK, compatibility
            | 0xAC00..=0xD7AF    // hangul
            | 0xFE30..=0xFE4F    // CJK compatibility forms
            | 0xFF01..=0xFF60    // full-width ASCII forms
            | 0xFFE0..=0xFFE6)
        || is_chinese_ambiguous_mark(c)
}

/// East Asian Ambiguous marks that are full width in Chinese typesetting.
pub fn is_chinese_ambiguous_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”'
            | '‘'
            | '’'
            | '…'
            | '—'
            | '–'
            | '·'
            | '•'
            | '△'
            | '▲'
            | '○'
            | '●'
            | '□'
            | '■'
            | '◇'
            | '◆'
            | '※'
            | '★'
            | '☆'
            | '§'
            | '№'
            | '‰'
            | '℃'
            | '√'
            | '×'
            | '÷'
            | '±'
    ) || matches!(c as u32, 0x2460..=0x24FF | 0x2160..=0x217F) // ①…, Ⅰ…
}

/// Full-width letters and digits (Ａ, １) that house style writes half width.
pub fn fullwidth_ascii_alnum(c: char) -> Option<char> {
    match c {
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

/// Invisible format controls: bidi embeddings and overrides, zero-width
/// space and non-joiner, word joiner, BOM. They stand alone; they never join
/// the character before them into one visible unit.
pub fn is_format_control(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// How one character of submitted text is shown wherever jianbao shows or
/// prints it: itself; a tab as a space; a control character (ESC, BEL, a
/// newline inside a one-line field) as its visible picture (␛, ␇, ␊), so it
/// can neither act on a terminal nor split a line; a bidi or other format
/// control not at all, so it cannot reorder what follows.
pub fn shown(c: char) -> Option<char> {
    match c {
        '\t' => Some(' '),
        c if (c as u32) < 0x20 => char::from_u32(0x2400 + c as u32),
        '\u{7F}' => Some('␡'),
        c if c.is_control() => Some('\u{FFFD}'),
        c if is_format_control(c) => None,
        c => Some(c),
    }
}

/// `text` as it may be shown on a terminal or printed: see [`shown`]. The
/// one function the CLI, the workstation and every export use; JSON output
/// keeps text exact instead.
pub fn printable(text: &str) -> String {
    text.chars().filter_map(shown).collect()
}

/// A path as it may be shown on a terminal.
pub fn printable_path(path: &std::path::Path) -> String {
    printable(&path.display().to_string())
}

/// Zero-width and format characters that take no room on a line.
pub fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}')
        || unicode_width::UnicodeWidthChar::width(c) == Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        for c in [
            '上', '街', '〇', '𠀀', '，', '。', '“', '…', '△', '①', '（', '　', 'Ａ',
        ] {
            assert!(is_cjk(c), "{c} should be CJK");
        }
        for c in ['a', '1', ' ', ',', '(', '%', '😀', 'é'] {
            assert!(!is_cjk(c), "{c} should not be CJK");
        }
        assert!(is_han('街') && !is_han('，'));
        assert_eq!(fullwidth_ascii_alnum('１'), Some('1'));
        assert_eq!(fullwidth_ascii_alnum('ｚ'), Some('z'));
        assert_eq!(fullwidth_ascii_alnum('，'), None);
        assert!(is_zero_width('\u{200D}') && is_zero_width('\u{0301}') && !is_zero_width('a'));
    }

    #[test]
    fn printable_shows_controls_and_drops_bidi() {
        assert_eq!(
            printable("a\u{1b}[2Jb\u{7}c\td\ne\u{202E}f\u{9b}g"),
            "a␛[2Jb␇c d␊ef\u{FFFD}g"
        );
        assert_eq!(printable("上街信息·专报 “文明”"), "上街信息·专报 “文明”");
    }
}
