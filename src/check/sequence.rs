//! 序号: the list markers of 公文 (GB/T 9704: 一、（一）1.（1）, and 一是,
//! 第一，) must count up from one without a gap or a repeat, a lower level
//! must not come before the level above it, and each level has its own mark
//! after it. Gaps, repeats and levels are never fixed automatically: only
//! the writer knows what is missing; a wrong mark after a marker is.

use super::{Fix, Hit, Rule};
use crate::i18n::{Key, tf};

const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

fn digit(c: char) -> Option<usize> {
    NUMERALS[..9].iter().position(|&n| n == c).map(|p| p + 1)
}

/// A Chinese number from 一 to 九十九 at `i`: (value, characters).
fn chinese(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let at = |k: usize| chars.get(i + k).copied();
    match (at(0), at(1), at(2)) {
        (Some('十'), next, _) => match next.and_then(digit) {
            Some(d) => Some((10 + d, 2)),
            None => Some((10, 1)),
        },
        (Some(a), Some('十'), c) => {
            let tens = digit(a)? * 10;
            match c.and_then(digit) {
                Some(d) => Some((tens + d, 3)),
                None => Some((tens, 2)),
            }
        }
        (Some(a), _, _) => digit(a).map(|d| (d, 1)),
        _ => None,
    }
}

fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || NUMERALS.contains(&c)
}

/// An Arabic number of one or two digits at `i`, not part of a longer one.
fn arabic(chars: &[char], i: usize) -> Option<(usize, usize)> {
    if i > 0 && chars[i - 1].is_ascii_digit() {
        return None;
    }
    let len = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&len) {
        return None;
    }
    let n: String = chars[i..i + len].iter().collect();
    n.parse().ok().filter(|&n| n > 0).map(|n| (n, len))
}

/// Where a marker may stand inside a sentence: at the start, or after
/// punctuation.
fn opens(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "。；：，！？、（）“”\"".contains(p))
}

/// Where a heading-like marker (一、 1.) may stand: at the start of the
/// paragraph or after a full stop, semicolon or colon.
fn heads(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "。；：".contains(p))
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Shi,
    Dun,
    Paren,
    Di,
    Dot,
    ArabicParen,
}

impl Family {
    const ALL: [Family; 6] = [
        Family::Shi,
        Family::Dun,
        Family::Paren,
        Family::Di,
        Family::Dot,
        Family::ArabicParen,
    ];

    /// How a marker of this family is written, for messages.
    fn write(self, n: usize) -> String {
        let c = cn(n);
        match self {
            Family::Shi => format!("{c}是"),
            Family::Dun => format!("{c}、"),
            Family::Paren => format!("（{c}）"),
            Family::Di => format!("第{c}"),
            Family::Dot => format!("{n}."),
            Family::ArabicParen => format!("（{n}）"),
        }
    }

    /// The structural level of GB/T 9704, 一、 above （一） above 1. above
    /// （1）; 一是 and 第一 run inside a sentence and have none.
    fn level(self) -> Option<usize> {
        match self {
            Family::Dun => Some(1),
            Family::Paren => Some(2),
            Family::Dot => Some(3),
            Family::ArabicParen => Some(4),
            Family::Shi | Family::Di => None,
        }
    }
}

/// 1 to 99 in Chinese numerals.
fn cn(n: usize) -> String {
    let d = |k: usize| NUMERALS[k - 1];
    match (n / 10, n % 10) {
        (0, u) => d(u).to_string(),
        (1, 0) => "十".into(),
        (1, u) => format!("十{}", d(u)),
        (t, 0) => format!("{}十", d(t)),
        (t, u) => format!("{}十{}", d(t), d(u)),
    }
}

/// The markers of a paragraph: (character position, family, value).
/// Nothing inside a title or a quotation counts.
fn markers(text: &str) -> Vec<(usize, Family, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let shelter = super::marks::sheltered(&chars);
    let mut out = Vec::new();
    for (i, _) in shelter.iter().enumerate().filter(|(_, s)| !**s) {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        if let Some((n, len)) = chinese(&chars, i) {
            if prev.is_some_and(|p| p == '十' || digit(p).is_some()) {
                continue;
            }
            // 三、四季度 and 第一、二批 name numbers, they do not count a list.
            let numbers = chars.get(i + len + 1).is_some_and(|&c| is_numeral(c));
            match chars.get(i + len) {
                Some('是') if opens(prev) => out.push((i, Family::Shi, n)),
                Some('、') if heads(prev) && !numbers => out.push((i, Family::Dun, n)),
                Some('）') if prev == Some('（') => out.push((i - 1, Family::Paren, n)),
                Some('，' | '、' | '是')
                    if prev == Some('第') && opens(i.checked_sub(2).map(|j| chars[j])) =>
                {
                    out.push((i - 1, Family::Di, n));
                }
                _ => {}
            }
        } else if let Some((n, len)) = arabic(&chars, i) {
            let next = chars.get(i + len).copied();
            let after = chars.get(i + len + 1).copied();
            match next {
                Some('.' | '．')
                    if heads(prev) && !after.is_some_and(|c| c.is_ascii_alphanumeric()) =>
                {
                    out.push((i, Family::Dot, n))
                }
                // 七年级（2）班 is a name: a list's （1） opens a sentence.
                Some('）') if prev == Some('（') && opens(i.checked_sub(2).map(|j| chars[j])) => {
                    out.push((i - 1, Family::ArabicParen, n))
                }
                _ => {}
            }
        }
    }
    out
}

fn broken(at: usize, message: String) -> Hit {
    Hit {
        at,
        rule: Rule::BrokenSequence,
        message,
        fix: None,
    }
}

/// Findings as (paragraph, hit).
pub fn check(body: &[String]) -> Vec<(usize, Hit)> {
    let found: Vec<Vec<(usize, Family, usize)>> = body.iter().map(|t| markers(t)).collect();
    let mut hits = Vec::new();
    for family in Family::ALL {
        let mut last = 0;
        for (para, marks) in found.iter().enumerate() {
            for &(at, f, n) in marks {
                if f != family {
                    continue;
                }
                let message = if n == 1 || n == last + 1 {
                    None
                } else if last == 0 {
                    Some(tf(
                        Key::CheckSeqNoStart,
                        &[&family.write(n), &family.write(1)],
                    ))
                } else if n > last + 1 {
                    Some(tf(
                        Key::CheckSeqGap,
                        &[&family.write(n), &family.write(last + 1)],
                    ))
                } else {
                    Some(tf(
                        Key::CheckSeqRepeat,
                        &[&family.write(n), &family.write(last)],
                    ))
                };
                if let Some(message) = message {
                    hits.push((para, broken(at, message)));
                }
                last = n;
            }
        }
    }
    hits.extend(levels(&found));
    hits.sort_by_key(|(p, h)| (*p, h.at));
    hits
}

/// A level that first appears after a level below it: （一） before 一、.
fn levels(found: &[Vec<(usize, Family, usize)>]) -> Vec<(usize, Hit)> {
    let mut first_seen: Vec<(usize, Family, usize)> = Vec::new();
    let mut hits = Vec::new();
    for (para, marks) in found.iter().enumerate() {
        for &(at, family, n) in marks {
            let Some(level) = family.level() else {
                continue;
            };
            if first_seen.iter().any(|(l, _, _)| *l == level) {
                continue;
            }
            if let Some(&(_, below, m)) = first_seen.iter().find(|(l, _, _)| *l > level) {
                hits.push((
                    para,
                    Hit {
                        at,
                        rule: Rule::NumberingLevel,
                        message: tf(
                            Key::CheckNumberingLevel,
                            &[&family.write(n), &below.write(m)],
                        ),
                        fix: None,
                    },
                ));
            }
            first_seen.push((level, family, n));
        }
    }
    hits
}

/// The mark after a marker, by level: 第一， 首先， (逗号); 一、 (顿号);
/// （一） （1） (nothing); 1. (点). A wrong one is certain to fix.
pub fn wrong_marks(chars: &[char], shelter: &[bool]) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut push = |at: usize, wrong: String, right: String, key: Key, len: usize, with: &str| {
        hits.push(Hit {
            at,
            rule: Rule::NumberingMark,
            message: tf(key, &[&wrong, &right]),
            fix: Some(Fix {
                start: at + len - 1,
                end: at + len,
                with: with.into(),
            }),
        });
    };
    let text = |a: usize, b: usize| chars[a..b].iter().collect::<String>();
    for i in 0..chars.len() {
        if shelter[i] {
            continue;
        }
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let mark = |at: usize| chars.get(at).copied();
        if let Some((_, len)) = chinese(chars, i) {
            if prev.is_some_and(|p| p == '十' || digit(p).is_some()) {
                continue;
            }
            let m = mark(i + len);
            let numeral = text(i, i + len);
            if mark(i + len + 1).is_some_and(is_numeral) {
                continue;
            }
            if heads(prev) && matches!(m, Some('，' | ',' | '.' | '．')) {
                push(
                    i,
                    text(i, i + len + 1),
                    format!("{numeral}、"),
                    Key::CheckMarkDun,
                    len + 1,
                    "、",
                );
            } else if prev == Some('（')
                && mark(i + len) == Some('）')
                && matches!(mark(i + len + 1), Some('、' | '，' | ',' | '.' | '．'))
            {
                push(
                    i - 1,
                    text(i - 1, i + len + 2),
                    format!("（{numeral}）"),
                    Key::CheckMarkNone,
                    len + 3,
                    "",
                );
            } else if prev == Some('第')
                && opens(i.checked_sub(2).map(|j| chars[j]))
                && m == Some('、')
            {
                push(
                    i - 1,
                    text(i - 1, i + len + 1),
                    format!("第{numeral}，"),
                    Key::CheckMarkComma,
                    len + 2,
                    "，",
                );
            }
        } else if let Some((n, len)) = arabic(chars, i) {
            let m = mark(i + len);
            let after = mark(i + len + 1);
            if heads(prev)
                && matches!(m, Some('、' | '，' | ','))
                && !after.is_some_and(|c| c.is_ascii_digit())
            {
                push(
                    i,
                    text(i, i + len + 1),
                    format!("{n}."),
                    Key::CheckMarkDot,
                    len + 1,
                    ".",
                );
            } else if prev == Some('（')
                && opens(i.checked_sub(2).map(|j| chars[j]))
                && m == Some('）')
                && matches!(after, Some('、' | '，' | ',' | '.' | '．'))
            {
                push(
                    i - 1,
                    text(i - 1, i + len + 2),
                    format!("（{n}）"),
                    Key::CheckMarkNone,
                    len + 3,
                    "",
                );
            }
        } else if opens(prev) {
            for word in ["首先", "其次", "再次", "最后"] {
                let w: Vec<char> = word.chars().collect();
                if chars[i..].starts_with(&w) && mark(i + 2) == Some('、') {
                    push(
                        i,
                        format!("{word}、"),
                        format!("{word}，"),
                        Key::CheckMarkComma,
                        3,
                        "，",
                    );
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(body: &[&str]) -> Vec<(usize, usize, String)> {
        let body: Vec<String> = body.iter().map(|s| s.to_string()).collect();
        check(&body)
            .into_iter()
            .map(|(p, h)| (p, h.at, h.message))
            .collect()
    }

    #[test]
    fn whole_lists_pass() {
        assert!(found(&["一是认真部署。二是线下发力。三是专项整治。"]).is_empty());
        assert!(found(&["一、加强领导", "二、明确责任", "三、狠抓落实"]).is_empty());
        assert!(found(&["（一）目标（二）措施"]).is_empty());
        assert!(found(&["第一，提高认识；第二，强化措施。"]).is_empty());
        assert!(
            found(&["一是部署。二是发力。", "另一方面，一是宣传。二是引导。"]).is_empty(),
            "a second list starts again"
        );
    }

    #[test]
    fn gaps_repeats_and_a_list_that_does_not_start_at_one() {
        let gap = found(&["一是严控扬尘。三是推进治理。四是加强宣传。"]);
        assert_eq!(gap.len(), 1);
        assert_eq!((gap[0].0, gap[0].1), (0, 7));
        assert!(
            gap[0].2.contains("三是") && gap[0].2.contains("二是"),
            "{}",
            gap[0].2
        );
        let repeat = found(&["一是部署。二是发力。", "二是整治。"]);
        assert_eq!((repeat[0].0, repeat[0].1), (1, 0));
        assert!(repeat[0].2.contains("重复"), "{}", repeat[0].2);
        let start = found(&["第二，强化措施。"]);
        assert!(
            start[0].2.contains("第二") && start[0].2.contains("第一"),
            "{}",
            start[0].2
        );
    }

    #[test]
    fn words_that_only_look_like_markers() {
        assert!(found(&["统一是前提，第一时间处置，当好第一责任人，获评第一名。"]).is_empty());
        assert!(found(&["划分三级网格13个、微网格47个"]).is_empty());
    }

    fn body_rules(body: &[&str]) -> Vec<(usize, usize, Rule)> {
        let body: Vec<String> = body.iter().map(|s| s.to_string()).collect();
        check(&body)
            .into_iter()
            .map(|(p, h)| (p, h.at, h.rule))
            .collect()
    }

    fn fixed(text: &str) -> (Vec<String>, String) {
        let chars: Vec<char> = text.chars().collect();
        let shelter = super::super::marks::sheltered(&chars);
        let hits = wrong_marks(&chars, &shelter);
        let messages = hits.iter().map(|h| h.message.clone()).collect();
        let fixes = hits.iter().filter_map(|h| h.fix.as_ref()).collect();
        (messages, super::super::apply(text, fixes))
    }

    /// The mark after each level's number: the wrong form, what the fix
    /// makes of it, and the right form untouched.
    #[test]
    fn the_mark_after_each_level() {
        for (wrong, right) in [
            (
                "第一、提高政治站位。第二、压实工作责任。",
                "第一，提高政治站位。第二，压实工作责任。",
            ),
            (
                "首先、统一思想认识。其次、健全工作机制。",
                "首先，统一思想认识。其次，健全工作机制。",
            ),
            ("一，加强组织领导", "一、加强组织领导"),
            ("二.明确工作任务", "二、明确工作任务"),
            ("十一，其他事项", "十一、其他事项"),
            ("（一）、聚焦重点领域", "（一）聚焦重点领域"),
            ("（二），强化督导检查", "（二）强化督导检查"),
            ("1、完善工作台账", "1.完善工作台账"),
            ("2，建立长效机制", "2.建立长效机制"),
            ("（1）、摸清底数", "（1）摸清底数"),
            ("（2）．建立清单", "（2）建立清单"),
        ] {
            let (messages, out) = fixed(wrong);
            assert!(!messages.is_empty(), "{wrong}");
            assert_eq!(out, right, "{wrong}");
            assert!(fixed(right).0.is_empty(), "{right}");
        }
    }

    #[test]
    fn marks_that_are_not_numbering() {
        for clean in [
            "分获第一、第二名。",
            "1、2号楼已完工。",
            "一、二、三级网格",
            "增长1.5倍",
            "学习《关于（一）、（二）项的说明》",
            "七年级（2）、（3）班",
            "最先、最后到达",
            "第一、二季度完成投资12亿元。",
            "三、四季度持续发力。",
            "1、2月份新增市场主体800户。",
        ] {
            assert!(fixed(clean).0.is_empty(), "{clean}: {:?}", fixed(clean).0);
        }
    }

    #[test]
    fn every_level_counts_without_gaps() {
        assert!(body_rules(&["1.完善台账", "2.建立机制", "3.强化督导"]).is_empty());
        assert!(body_rules(&["（1）摸清底数；（2）建立清单；（3）逐项销号。"]).is_empty());
        assert_eq!(
            body_rules(&["1.完善台账", "3.强化督导"]),
            [(1, 0, Rule::BrokenSequence)]
        );
        assert_eq!(
            body_rules(&["（1）摸清底数；（2）建立清单；（2）逐项销号。"]),
            [(0, 16, Rule::BrokenSequence)]
        );
        assert_eq!(
            body_rules(&["十、其他", "十二、附则"]),
            [(0, 0, Rule::BrokenSequence), (1, 0, Rule::BrokenSequence)],
            "a list starting at 十, then 十一 missing"
        );
        assert!(body_rules(&["七年级（2）班开展活动。"]).is_empty());
        assert!(body_rules(&["三、四季度持续发力。"]).is_empty());
    }

    #[test]
    fn a_level_out_of_order() {
        let found = found(&["（一）加强领导", "一、总体要求", "二、主要任务"]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (1, 0));
        assert!(
            found[0].2.contains("一、") && found[0].2.contains("（一）"),
            "{}",
            found[0].2
        );
        assert_eq!(
            body_rules(&["1.摸清底数", "（一）建立清单"]),
            [(1, 0, Rule::NumberingLevel)]
        );
        for clean in [
            &[
                "一、总体要求",
                "（一）加强领导",
                "1.完善台账",
                "（1）摸清底数",
                "二、主要任务",
                "（一）聚焦重点",
            ][..],
            &["（一）聚焦重点领域", "（二）强化督导检查"],
            &["1.完善台账", "2.建立机制"],
        ] {
            assert!(
                body_rules(clean).is_empty(),
                "{clean:?}: {:?}",
                body_rules(clean)
            );
        }
    }
}
