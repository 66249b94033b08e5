//! Fitting a string into a column: truncating with … and padding, by
//! display width.

use super::width::{Metric, char_width, str_width};

/// `text` cut to at most `width` cells, ending in … when cut.
pub fn truncate(text: &str, width: usize, metric: Metric) -> String {
    if str_width(text, metric) <= width {
        return text.to_string();
    }
    let ellipsis = char_width('…', metric);
    if width < ellipsis {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c, metric);
        if used + w + ellipsis > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
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
