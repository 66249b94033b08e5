//! Personal data in printed text (issue 18 §4): 18-digit 身份证 numbers,
//! mobile and landline numbers, e-mail addresses. A bulletin is printed and
//! handed round; a number in it reaches everyone on the distribution list,
//! so each one found stops finalising until the editor removes it or
//! overrides.
//!
//! Full-width forms count as their ASCII twins (１３８, ＠, －, （）): the
//! text is read through [`normal`], one character for one, so positions
//! stay those of the text as written.
//!
//! What is *not* personal data here, on purpose: numbers of five digits or
//! fewer (12345, 110, 12315 are public service lines; 0371-12345 too), a
//! run of digits followed by a unit (13500000000元 is a sum, not a phone) or
//! part of a decimal, dates (20240513) and years, 文号, 400/800 numbers,
//! @ mentions without a domain (@上街发布).

use super::{Hit, Rule};
use crate::i18n::{Key, t, tf};
use crate::script::fullwidth_ascii_alnum;

/// What kind of personal data a run of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// 18 characters with a plausible region and birth date and a check
    /// digit that matches (GB 11643).
    Id,
    /// The same, except the check digit: a mistyped or made-up ID number is
    /// still one to keep out of print.
    MaybeId,
    Mobile,
    Landline,
    Email,
}

impl Kind {
    fn label(self) -> &'static str {
        t(match self {
            Kind::Id => Key::PersonalId,
            Kind::MaybeId => Key::PersonalMaybeId,
            Kind::Mobile => Key::PersonalMobile,
            Kind::Landline => Key::PersonalLandline,
            Kind::Email => Key::PersonalEmail,
        })
    }
}

/// One piece found: characters `start..end` of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// The findings of one paragraph or headline.
pub(crate) fn hits(chars: &[char], hits: &mut Vec<Hit>) {
    for f in find(chars) {
        hits.push(Hit {
            at: f.start,
            rule: Rule::PersonalData,
            message: tf(
                Key::CheckPersonal,
                &[&f.kind.label(), &mask(&chars[f.start..f.end], f.kind)],
            ),
            fix: None,
        });
    }
}

/// The findings of the 编者按, said with where in it they are.
pub(crate) fn note_messages(text: &str) -> Vec<(usize, String)> {
    let chars: Vec<char> = text.chars().collect();
    find(&chars)
        .into_iter()
        .map(|f| {
            let message = tf(
                Key::CheckPersonalNote,
                &[
                    &(f.start + 1),
                    &f.kind.label(),
                    &mask(&chars[f.start..f.end], f.kind),
                ],
            );
            (f.start, message)
        })
        .collect()
}

/// The character as it is read: full-width letters, digits and the marks
/// numbers are written with become ASCII; wide spaces become a space.
fn normal(c: char) -> char {
    if let Some(a) = fullwidth_ascii_alnum(c) {
        return a;
    }
    match c {
        '－' | '‐' | '‑' | '‒' | '–' | '—' => '-',
        '（' => '(',
        '）' => ')',
        '＠' => '@',
        '．' => '.',
        '＋' => '+',
        '＿' => '_',
        '\u{3000}' | '\u{a0}' => ' ',
        '：' => ':',
        c => c,
    }
}

/// Every piece of personal data in `chars`, in order.
pub(crate) fn find(chars: &[char]) -> Vec<Found> {
    let n: Vec<char> = chars.iter().map(|&c| normal(c)).collect();
    let emails = emails(&n);
    let mut out = Vec::new();
    let mut i = 0;
    while i < n.len() {
        if let Some(e) = emails.iter().find(|e| (e.start..e.end).contains(&i)) {
            i = e.end;
            continue;
        }
        let starts_run = n[i].is_ascii_digit() && (i == 0 || !n[i - 1].is_ascii_digit());
        let found = if n[i] == '(' {
            bracketed_landline(&n, i)
        } else if starts_run {
            number(&n, i)
        } else {
            None
        };
        match found {
            Some(f) => {
                out.push(f);
                i = f.end;
            }
            None => i += 1,
        }
    }
    out.extend(emails);
    out.sort_by_key(|f| f.start);
    out
}

fn digit(n: &[char], i: usize) -> bool {
    n.get(i).is_some_and(|c| c.is_ascii_digit())
}

/// The end of the run of digits from `i`.
fn run(n: &[char], i: usize) -> usize {
    let mut j = i;
    while digit(n, j) {
        j += 1;
    }
    j
}

fn value(c: char) -> u32 {
    c.to_digit(10).unwrap_or(0)
}

/// Counted things and money follow their number: a run so followed is a
/// quantity, not a number to call.
const UNITS: &str =
    "元万亿千百吨人户份个件台辆米克斤亩股笔项次余多倍%‰度天年月日条张只名家所座栋间";

/// The run `start..end` is part of a quantity: a decimal, a sum with a
/// currency sign, a figure with a unit after it, or one group of 1,234,567.
fn quantity(n: &[char], start: usize, end: usize) -> bool {
    let before = start.checked_sub(1).map(|b| n[b]);
    let decimal_before = matches!(before, Some('.' | ',')) && start >= 2 && digit(n, start - 2);
    let currency = matches!(before, Some('¥' | '￥' | '$'));
    let after = n.get(end).copied();
    let decimal_after = matches!(after, Some('.' | ',')) && digit(n, end + 1);
    let unit = |c: Option<char>| c.is_some_and(|c| UNITS.contains(c));
    let unit_after = unit(after) || (after == Some(' ') && unit(n.get(end + 1).copied()));
    decimal_before || currency || decimal_after || unit_after
}

/// A run of digits starting at `i`: an ID number (whole or in its three
/// parts), a mobile number in any of its written forms, a landline with its area code, or a local number
/// after 电话 and the like.
fn number(n: &[char], i: usize) -> Option<Found> {
    let end = run(n, i);
    let len = end - i;
    let found = |end, kind| {
        Some(Found {
            start: i,
            end,
            kind,
        })
    };
    // 身份证: 17 digits and a digit or X.
    let x_end = (len == 17 && matches!(n.get(end), Some('X' | 'x'))).then_some(end + 1);
    let id_end = x_end.or((len == 18).then_some(end));
    if let Some(id_end) = id_end
        && !n.get(id_end).is_some_and(|c| c.is_ascii_alphanumeric())
        && !quantity(n, i, id_end)
    {
        return id_kind(&n[i..id_end]).and_then(|kind| found(id_end, kind));
    }
    if quantity(n, i, end) {
        return None;
    }
    let mobile_prefix = |at: usize| n[at] == '1' && matches!(n.get(at + 1), Some('3'..='9'));
    match len {
        11 if mobile_prefix(i) => return found(end, Kind::Mobile),
        13 if n[i] == '8' && n[i + 1] == '6' && mobile_prefix(i + 2) => {
            return found(end, Kind::Mobile);
        }
        3 if mobile_prefix(i) => return grouped_mobile(n, i, end),
        6 => return grouped_id(n, i, end),
        10..=12 if area_code(&n[i..end]).is_some_and(|c| local(&n[i + c..end])) => {
            return found(end, Kind::Landline);
        }
        3 | 4 if area_code(&n[i..end]) == Some(len) => {
            if let Some(local_end) = after_separator(n, end)
                && local(&n[end + 1..local_end])
            {
                return found(local_end, Kind::Landline);
            }
        }
        7 | 8 if local(&n[i..end]) && cued(n, i) => return found(end, Kind::Landline),
        _ => {}
    }
    None
}

/// 138 1234 5678, 138-1234-5678, 138-12345678: the run of three at
/// `i..end` and the groups after it.
fn grouped_mobile(n: &[char], i: usize, end: usize) -> Option<Found> {
    let second = after_separator(n, end)?;
    let whole = match second - (end + 1) {
        8 => second,
        4 => {
            let third = after_separator(n, second)?;
            (third - (second + 1) == 4).then_some(third)?
        }
        _ => return None,
    };
    (!quantity(n, i, whole)).then_some(Found {
        start: i,
        end: whole,
        kind: Kind::Mobile,
    })
}

/// 410105 19900307 123X: an ID number written in its three parts (region,
/// birth date, the rest), the first at `i..end`.
fn grouped_id(n: &[char], i: usize, end: usize) -> Option<Found> {
    let second = after_separator(n, end)?;
    if second - (end + 1) != 8 {
        return None;
    }
    let third = after_separator(n, second)?;
    let whole = match third - (second + 1) {
        4 => third,
        3 if matches!(n.get(third), Some('X' | 'x')) => third + 1,
        _ => return None,
    };
    if n.get(whole).is_some_and(|c| c.is_ascii_alphanumeric()) || quantity(n, i, whole) {
        return None;
    }
    let id: Vec<char> = n[i..whole]
        .iter()
        .copied()
        .filter(|&c| c != ' ' && c != '-')
        .collect();
    id_kind(&id).map(|kind| Found {
        start: i,
        end: whole,
        kind,
    })
}

/// After a separator (- or a space) at `at`, the end of the run of digits
/// that follows it, when there is one and nothing but a non-digit after it.
fn after_separator(n: &[char], at: usize) -> Option<usize> {
    if !matches!(n.get(at), Some('-' | ' ')) || !digit(n, at + 1) {
        return None;
    }
    Some(run(n, at + 1))
}

/// (0371)68912345, （010）12345678: the bracket at `i`.
fn bracketed_landline(n: &[char], i: usize) -> Option<Found> {
    let code_end = run(n, i + 1);
    let code = &n[i + 1..code_end];
    if code.is_empty() || area_code(code) != Some(code.len()) || n.get(code_end) != Some(&')') {
        return None;
    }
    let mut start = code_end + 1;
    if n.get(start) == Some(&' ') {
        start += 1;
    }
    let end = run(n, start);
    (local(&n[start..end]) && !quantity(n, start, end)).then_some(Found {
        start: i,
        end,
        kind: Kind::Landline,
    })
}

/// The length of the area code that `digits` start with: 010 and 02x take
/// three digits, the others (0371, 0591 …) four.
fn area_code(digits: &[char]) -> Option<usize> {
    match digits {
        ['0', '1', '0', ..] => Some(3),
        ['0', '2', _, ..] => Some(3),
        ['0', '3'..='9', _, _, ..] => Some(4),
        _ => None,
    }
}

/// A local number: seven or eight digits, not starting with 0 or 1.
fn local(digits: &[char]) -> bool {
    matches!(digits.len(), 7 | 8) && matches!(digits.first(), Some('2'..='9'))
}

/// Words that say a number is one to call.
const CUES: [&str; 9] = [
    "电话", "手机", "座机", "传真", "号码", "Tel", "TEL", "tel", "Phone",
];

/// The run at `i` comes after 电话, 手机, 座机, Tel … (and perhaps a colon,
/// a space, 为 or 是).
fn cued(n: &[char], i: usize) -> bool {
    let mut j = i;
    while j > 0 && " :为是".contains(n[j - 1]) && i - j < 3 {
        j -= 1;
    }
    let before: String = n[j.saturating_sub(5)..j].iter().collect();
    CUES.iter().any(|cue| before.ends_with(cue))
}

/// An 18-character ID number's kind, or `None` when its region or birth
/// date could not be one's.
fn id_kind(id: &[char]) -> Option<Kind> {
    let num = |r: std::ops::Range<usize>| id[r].iter().fold(0, |v, &c| v * 10 + value(c));
    let region = num(0..2);
    let plausible_region = matches!(
        region,
        11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83
    );
    let (year, month, day) = (num(6..10), num(10..12), num(12..14));
    let born = (1900..=2099).contains(&year)
        && jiff::civil::Date::new(year as i16, month as i8, day as i8).is_ok();
    if !plausible_region || !born {
        return None;
    }
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = id[..17]
        .iter()
        .zip(WEIGHTS)
        .map(|(&c, w)| value(c) * w)
        .sum();
    let check = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'][(sum % 11) as usize];
    Some(if id[17].to_ascii_uppercase() == check {
        Kind::Id
    } else {
        Kind::MaybeId
    })
}

fn local_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

fn domain_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || ".-".contains(c)
}

/// name@example.com: a name, an @ and a domain with a dot and a top level
/// of two letters or more.
fn emails(n: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    for (at, _) in n.iter().enumerate().filter(|(_, c)| **c == '@') {
        let mut start = at;
        while start > 0 && local_part(n[start - 1]) {
            start -= 1;
        }
        while start < at && n[start] == '.' {
            start += 1;
        }
        let mut end = at + 1;
        while end < n.len() && domain_part(n[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(n[end - 1], '.' | '-') {
            end -= 1;
        }
        let domain: String = n[at + 1..end].iter().collect();
        let labels: Vec<&str> = domain.split('.').collect();
        let good = start < at
            && labels.len() >= 2
            && labels.iter().all(|l| !l.is_empty())
            && labels
                .last()
                .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
        if good && out.last().is_none_or(|f: &Found| f.end <= start) {
            out.push(Found {
                start,
                end,
                kind: Kind::Email,
            });
        }
    }
    out
}

/// The piece as the finding shows it: enough to find it in the text, not
/// enough to copy it from the report — an ID keeps its first six and last
/// four, a phone its first three and last four, an e-mail its first letter
/// and its domain, a landline its area code and last four.
fn mask(piece: &[char], kind: Kind) -> String {
    if kind == Kind::Email {
        let at = piece.iter().position(|&c| normal(c) == '@').unwrap_or(0);
        let first: String = piece.iter().take(1.min(at)).collect();
        let domain: String = piece[at..].iter().collect();
        return format!("{first}***{domain}");
    }
    let shown = |c: char| normal(c).is_ascii_alphanumeric();
    let total = piece.iter().filter(|&&c| shown(c)).count();
    let digits: Vec<char> = piece
        .iter()
        .map(|&c| normal(c))
        .filter(char::is_ascii_digit)
        .collect();
    let front = match kind {
        Kind::Id | Kind::MaybeId => 6,
        Kind::Landline => area_code(&digits).unwrap_or(0),
        _ => 3,
    };
    let mut seen = 0;
    piece
        .iter()
        .map(|&c| {
            if !shown(c) {
                return c;
            }
            seen += 1;
            if seen <= front || seen > total.saturating_sub(4) {
                c
            } else {
                '*'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(usize, usize, Kind)> {
        let chars: Vec<char> = text.chars().collect();
        find(&chars)
            .into_iter()
            .map(|f| (f.start, f.end, f.kind))
            .collect()
    }

    #[test]
    fn id_numbers_by_their_check_digit() {
        // 11010519491231002X is the standard's own example: valid.
        assert_eq!(kinds("身份证号11010519491231002X。"), [(4, 22, Kind::Id)]);
        assert_eq!(kinds("11010519491231002x"), [(0, 18, Kind::Id)]);
        // One digit changed: the check digit no longer matches.
        assert_eq!(kinds("号码110105194912310021"), [(2, 20, Kind::MaybeId)]);
        // Not a date of birth, not a region: a statistic.
        assert!(kinds("累计120000000000000000").is_empty());
        assert!(kinds("编号110105194913310021").is_empty(), "month 13");
        assert!(kinds("编号990105194912310021").is_empty(), "region 99");
        assert!(kinds("1101051949123100211").is_empty(), "19 digits");
        assert!(kinds("11010519491231002X元").is_empty(), "a sum");
    }

    #[test]
    fn masks_keep_the_ends() {
        let m = |s: &str, k| mask(&s.chars().collect::<Vec<_>>(), k);
        assert_eq!(m("11010519491231002X", Kind::Id), "110105********002X");
        assert_eq!(m("138-1234-5678", Kind::Mobile), "138-****-5678");
        assert_eq!(m("zhang.san@163.com", Kind::Email), "z***@163.com");
        assert_eq!(m("（0371）68912345", Kind::Landline), "（0371）****2345");
        assert_eq!(m("68912345", Kind::Landline), "****2345");
        assert_eq!(
            m("１３８１２３４５６７８", Kind::Mobile),
            "１３８****５６７８"
        );
    }
}
