//! 字数 as WPS and Word count it.

use crate::script::is_cjk;

/// Each CJK character or full-width mark counts 1; each run of other
/// non-space characters (a Latin word, a number such as 7*24 or 5.6%) counts 1.
pub fn count_chars(text: &str) -> usize {
    let mut count = 0;
    let mut in_run = false;
    for c in text.chars() {
        if c.is_whitespace() || crate::script::is_zero_width(c) {
            in_run = false;
        } else if is_cjk(c) {
            count += 1;
            in_run = false;
        } else if !in_run {
            count += 1;
            in_run = true;
        }
    }
    count
}

#[cfg(test)]
mod tests {
    use super::count_chars;

    #[test]
    fn counts_like_a_word_processor() {
        assert_eq!(count_chars(""), 0);
        assert_eq!(count_chars("上街信息"), 4);
        assert_eq!(count_chars("办结事件965件。"), 7); // 办 结 事 件 965 件 。
        assert_eq!(count_chars("坚持7*24小时值班"), 7);
        assert_eq!(count_chars("“一屏多用”"), 6);
        assert_eq!(count_chars("GDP 增长 5.6%"), 4);
        assert_eq!(count_chars("网格 1 个"), 4);
        assert_eq!(count_chars("△ 近日，"), 4);
        assert_eq!(count_chars("访问www.example.gov.cn查询"), 5);
    }
}
