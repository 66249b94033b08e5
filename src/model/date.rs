//! Dates as Chinese documents write them: 2023年8月14日.

use jiff::civil::Date;

/// 2023年8月14日 — the form GB/T 9704 uses for 成文日期.
pub fn format_date(date: Date) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// Reads 2023年8月14日 (with or without spaces, full-width or Chinese
/// numerals such as 二〇二三年八月十四日), 2023-08-14, 2023/8/14 and 2023.8.14.
/// Returns `None` for anything else, including impossible dates.
pub fn parse_date(text: &str) -> Option<Date> {
    // The longest date, 二〇二三年十二月三十一日 spaced out, is far shorter;
    // refusing long text at once keeps searching a line for a date linear.
    if text.len() > MAX_DATE_BYTES {
        return None;
    }
    let s: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| crate::script::fullwidth_ascii_alnum(c).unwrap_or(c))
        .collect();
    let parts: Vec<&str> = if s.contains('年') {
        let s = s.strip_suffix('日').or_else(|| s.strip_suffix('号'))?;
        let (y, rest) = s.split_once('年')?;
        let (m, d) = rest.split_once('月')?;
        vec![y, m, d]
    } else {
        let sep = ['-', '/', '.'].into_iter().find(|&c| s.contains(c))?;
        s.split(sep).collect()
    };
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let year = parse_year(y)?;
    let month = parse_small(m)?;
    let day = parse_small(d)?;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

const MAX_DATE_BYTES: usize = 160;

fn parse_year(s: &str) -> Option<i16> {
    if s.chars().all(|c| c.is_ascii_digit()) && s.len() == 4 {
        return s.parse().ok();
    }
    // 二〇二三: one numeral per digit.
    let mut year = 0i16;
    for c in s.chars() {
        year = year.checked_mul(10)?.checked_add(digit(c)? as i16)?;
    }
    (s.chars().count() == 4).then_some(year)
}

/// 1–31 in Arabic digits or Chinese numerals (八, 十四, 二十一, 三十).
fn parse_small(s: &str) -> Option<u32> {
    if !s.is_empty() && s.len() <= 2 && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [a] => digit(*a),
        ['十', b] => Some(10 + digit(*b)?),
        [a, '十'] => Some(digit(*a)? * 10),
        [a, '十', b] => Some(digit(*a)? * 10 + digit(*b)?),
        _ => None,
    }
}

fn digit(c: char) -> Option<u32> {
    "〇一二三四五六七八九"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u32)
        .or_else(|| (c == '零').then_some(0))
        .or_else(|| c.to_digit(10))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn reads_the_forms_bulletins_use() {
        assert_eq!(parse_date("2023 年 8 月 14 日"), Some(d(2023, 8, 14)));
        assert_eq!(parse_date("2023年8月14日"), Some(d(2023, 8, 14)));
        assert_eq!(parse_date("２０２３年８月１４日"), Some(d(2023, 8, 14)));
        assert_eq!(parse_date("二〇二三年八月十四日"), Some(d(2023, 8, 14)));
        assert_eq!(
            parse_date("二〇二三年十二月三十一日"),
            Some(d(2023, 12, 31))
        );
        assert_eq!(parse_date("2023-08-14"), Some(d(2023, 8, 14)));
        assert_eq!(parse_date("2023/8/4"), Some(d(2023, 8, 4)));
        assert_eq!(parse_date("2023.8.14"), Some(d(2023, 8, 14)));
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for s in [
            "",
            "2023年",
            "2023年2月30日",
            "23年8月14日",
            "8月14日",
            "第55期",
            "2023-13-01",
            "abc",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
        let long = format!("{}2024年2月1日", "2 ".repeat(100));
        assert_eq!(parse_date(&long), None, "a date is never that long");
    }

    #[test]
    fn formats_without_padding() {
        assert_eq!(format_date(d(2023, 8, 4)), "2023年8月4日");
        assert_eq!(
            parse_date(&format_date(d(2024, 12, 31))),
            Some(d(2024, 12, 31))
        );
    }
}
