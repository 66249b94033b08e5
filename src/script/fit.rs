//! Fitting a string into a column: truncating with … and padding, by
//! display width.

use super::width::{Metric, char_width, str_width, unit_end, unit_width};

/// How a message, a prompt or an undo step names one item: its title (the
/// headline, or the start of the body), printable, cut to twelve 字 and …
/// so that the line keeps room for what is said about it.
pub fn item_name(title: &str) -> String {
    truncate(&super::printable(title), 26, Metric::NarrowAmbiguous)
}

/// `text` cut to at most `width` cells, ending in … when cut.
pub fn truncate(text: &str, width: usize, metric: Metric) -> String {
    if str_width(text, metric) <= width {
        return text.to_string();
    }
    let ellipsis = char_width('…', metric);
    if width < ellipsis {
        return String::new();
    }
    // Whole units only: cutting inside 👨‍👩‍👧 or e + ◌́ would leave a
    // joiner or a mark to attach itself to the ….
    let mut used = 0;
    let mut at = 0;
    while at < text.len() {
        let end = unit_end(text, at);
        let w = unit_width(&text[at..end], metric);
        if used + w + ellipsis > width {
            break;
        }
        used += w;
        at = end;
    }
    format!("{}…", &text[..at])
}

/// `text` truncated and then padded with spaces to exactly `width` cells.
pub fn pad(text: &str, width: usize, metric: Metric) -> String {
    let mut s = truncate(text, width, metric);
    let w = str_width(&s, metric);
    s.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    s
}

/// `text` right-aligned in `width` cells.
pub fn pad_left(text: &str, width: usize, metric: Metric) -> String {
    let s = truncate(text, width, metric);
    format!(
        "{}{s}",
        " ".repeat(width.saturating_sub(str_width(&s, metric)))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cases() {
        let n = Metric::NarrowAmbiguous;
        let p = Metric::Print;
        assert_eq!(truncate("上街信息", 8, n), "上街信息");
        assert_eq!(truncate("上街信息", 7, n), "上街信…");
        assert_eq!(truncate("上街信息", 6, n), "上街…");
        assert_eq!(
            truncate("上街信息", 6, p),
            "上街…",
            "… is two cells in print"
        );
        assert_eq!(truncate("上街信息", 5, p), "上…");
        assert_eq!(truncate("上街信息", 1, n), "…");
        assert_eq!(truncate("上街信息", 0, n), "");
        assert_eq!(pad("上街", 6, n), "上街  ");
        assert_eq!(pad("上街信息", 5, n), "上街…");
        assert_eq!(pad("上街信息", 4, n), "上… ");
        assert_eq!(pad_left("42", 5, n), "   42");
        // A joined emoji or a letter with its mark is kept or cut whole.
        assert_eq!(truncate("家👨‍👩‍👧‍👦庭", 4, n), "家…");
        assert_eq!(truncate("家👨‍👩‍👧‍👦庭", 5, n), "家👨‍👩‍👧‍👦…");
        assert_eq!(truncate("ae\u{301}\u{301}bc", 3, n), "ae\u{301}\u{301}…");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]
        #[test]
        fn never_overflows_and_pads_exactly(s in "[a-z上街信息“”…—·😀\u{301} ]{0,30}", w in 0usize..40, wide: bool) {
            let m = if wide { Metric::Print } else { Metric::NarrowAmbiguous };
            prop_assert!(str_width(&truncate(&s, w, m), m) <= w);
            let padded = pad(&s, w, m);
            if w >= char_width('…', m) + 2 || str_width(&s, m) <= w {
                prop_assert_eq!(str_width(&padded, m), w);
            }
        }
    }
}
