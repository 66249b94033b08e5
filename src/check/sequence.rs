//! 一是…二是…三是, 一、二、三、, （一）（二）, 第一，第二，: an editor's
//! list must count up from one without a gap or a repeat. Never fixed
//! automatically: only the writer knows what is missing.

use super::{Hit, Rule};
use crate::i18n::{Key, tf};

const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

fn value(c: char) -> Option<usize> {
    NUMERALS.iter().position(|&n| n == c).map(|p| p + 1)
}

/// Where a list marker may stand: at the start, or after punctuation.
fn opens(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || "。；：，！？、（）“”\"".contains(p))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Shi,
    Dun,
    Paren,
    Di,
}

impl Family {
    /// How a marker of this family is written, for messages.
    fn write(self, n: usize) -> String {
        let c = NUMERALS[n - 1];
        match self {
            Family::Shi => format!("{c}是"),
            Family::Dun => format!("{c}、"),
            Family::Paren => format!("（{c}）"),
            Family::Di => format!("第{c}"),
        }
    }
}

/// The markers of a paragraph: (character position, family, value).
fn markers(text: &str) -> Vec<(usize, Family, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let Some(n) = value(chars[i]) else { continue };
        match next {
            Some('是') if opens(prev) => out.push((i, Family::Shi, n)),
            Some('、') if prev.is_none_or(|p| "。；：".contains(p)) => {
                out.push((i, Family::Dun, n))
            }
            Some('）') if prev == Some('（') => out.push((i - 1, Family::Paren, n)),
            Some('，' | '、' | '是')
                if prev == Some('第') && opens(i.checked_sub(2).map(|j| chars[j])) =>
            {
                out.push((i - 1, Family::Di, n));
            }
            _ => {}
        }
    }
    out
}

/// Findings as (paragraph, hit).
pub fn check(body: &[String]) -> Vec<(usize, Hit)> {
    let mut hits = Vec::new();
    for family in [Family::Shi, Family::Dun, Family::Paren, Family::Di] {
        let mut last = 0;
        for (para, text) in body.iter().enumerate() {
            for (at, f, n) in markers(text) {
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
                    hits.push((
                        para,
                        Hit {
                            at,
                            rule: Rule::BrokenSequence,
                            message,
                            fix: None,
                        },
                    ));
                }
                last = n;
            }
        }
    }
    hits.sort_by_key(|(p, h)| (*p, h.at));
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
}
