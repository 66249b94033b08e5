//! The word list (rule `term`): wrong words, misused words and redundancies
//! of official writing, as data. The defaults are `data/proofing-words.toml`;
//! the settings change and extend them ([`super::CheckSettings::word_list`]).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::{Fix, Hit, Rule};
use crate::i18n::{Key, tf};

/// One entry of the word list. `wrong` may hold `{数}` (a number) and `{…}`
/// (up to four characters that are not punctuation); `right` takes what
/// they matched, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Word {
    pub wrong: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right: Option<String>,
    /// Why it is wrong, shown with the finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// Whether the fix may be applied without asking; by default, whenever
    /// there is a `right`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_prev: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_next: Vec<String>,
    /// Not when the rest of the sentence holds one of these: 既使…又使 is
    /// 既 + 使, not a misspelt 即使.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unless_sentence: Vec<String>,
    /// In the settings: drop the default entry with this `wrong`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub off: bool,
}

impl Word {
    pub fn is_safe(&self) -> bool {
        self.right.is_some() && self.safe.unwrap_or(true)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct List {
    word: Vec<Word>,
}

const DEFAULTS: &str = include_str!("../../data/proofing-words.toml");

/// The word list jianbao ships with.
pub fn default_words() -> &'static [Word] {
    static LIST: OnceLock<Vec<Word>> = OnceLock::new();
    // The file is part of the program; a test proves it parses, so an
    // empty list here could only come from a build that skipped the tests.
    LIST.get_or_init(|| {
        toml::from_str::<List>(DEFAULTS)
            .map(|l| l.word)
            .unwrap_or_default()
    })
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(Vec<char>),
    Number,
    Gap,
}

const NUMBER: &str = "{数}";
const GAP: [&str; 2] = ["{…}", "{...}"];

fn pieces(pattern: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        let placeholder = if rest.starts_with(NUMBER) {
            Some((Piece::Number, NUMBER.len()))
        } else {
            GAP.iter()
                .find(|g| rest.starts_with(*g))
                .map(|g| (Piece::Gap, g.len()))
        };
        match placeholder {
            Some((piece, len)) => {
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text).chars().collect()));
                }
                out.push(piece);
                rest = &rest[len..];
            }
            None => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text.chars().collect()));
    }
    out
}

/// Characters a number is written with, 阿拉伯数字 or 汉字.
fn is_number_char(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "〇零一二三四五六七八九十百千万亿两".contains(c)
}

fn is_gap_char(c: char) -> bool {
    !c.is_whitespace() && !super::marks::is_mark(c)
}

/// Where each piece matched, from `at`: the end of each piece, or `None`.
fn match_at(chars: &[char], at: usize, pieces: &[Piece]) -> Option<Vec<usize>> {
    let Some((first, rest)) = pieces.split_first() else {
        return Some(Vec::new());
    };
    let then = |end: usize| {
        match_at(chars, end, rest).map(|mut ends| {
            ends.insert(0, end);
            ends
        })
    };
    match first {
        Piece::Text(t) => {
            let end = at + t.len();
            (chars.get(at..end) == Some(t.as_slice())).then_some(end)?;
            then(end)
        }
        Piece::Number => {
            // A decimal point or a thousands comma belongs to the number
            // only between digits.
            let mut end = at;
            while end < chars.len()
                && (is_number_char(chars[end])
                    || (end > at
                        && ".,．".contains(chars[end])
                        && chars.get(end + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                end += 1;
            }
            (at + 1..=end).rev().find_map(then)
        }
        Piece::Gap => (0..=4)
            .take_while(|&n| n == 0 || chars.get(at + n - 1).is_some_and(|&c| is_gap_char(c)))
            .find_map(|n| then(at + n)),
    }
}

/// `right` with each placeholder replaced by what the same placeholder of
/// `wrong` matched, in order.
fn fill(right: &[Piece], captured: &[String]) -> String {
    let mut next = captured.iter();
    right
        .iter()
        .map(|p| match p {
            Piece::Text(t) => t.iter().collect(),
            Piece::Number | Piece::Gap => next.next().cloned().unwrap_or_default(),
        })
        .collect()
}

fn ends_with(chars: &[char], words: &[String]) -> bool {
    words.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        !w.is_empty() && chars.ends_with(&w)
    })
}

fn starts_with(chars: &[char], words: &[String]) -> bool {
    words.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        !w.is_empty() && chars.starts_with(&w)
    })
}

/// The findings of the word list in one text. `sheltered` marks the
/// characters inside titles and quotations, which are left alone.
pub fn hits(chars: &[char], sheltered: &[bool], list: &[Word]) -> Vec<Hit> {
    let mut found: Vec<(usize, usize, Hit)> = Vec::new();
    for word in list {
        let wrong = pieces(&word.wrong);
        if wrong.is_empty() {
            continue;
        }
        let right = word.right.as_deref().map(pieces);
        let mut at = 0;
        while at < chars.len() {
            let Some(ends) = match_at(chars, at, &wrong) else {
                at += 1;
                continue;
            };
            let end = *ends.last().unwrap_or(&at);
            let sentence_end = chars[end..]
                .iter()
                .position(|c| "。！？；".contains(*c))
                .map_or(chars.len(), |n| end + n);
            if end == at
                || sheltered[at..end].iter().any(|&s| s)
                || ends_with(&chars[..at], &word.unless_prev)
                || starts_with(&chars[end..], &word.unless_next)
                || word.unless_sentence.iter().any(|w| {
                    chars[end..sentence_end]
                        .iter()
                        .collect::<String>()
                        .contains(w.as_str())
                })
            {
                at += 1;
                continue;
            }
            found.push((
                at,
                end,
                hit(chars, at, &ends, &wrong, word, right.as_deref()),
            ));
            at = end;
        }
    }
    // Where two entries match the same words, the one starting first (and
    // then the longer) speaks.
    found.sort_by_key(|(start, end, _)| (*start, std::cmp::Reverse(*end)));
    let mut out: Vec<Hit> = Vec::new();
    let mut reach = 0;
    for (start, end, h) in found {
        if start >= reach {
            reach = end;
            out.push(h);
        }
    }
    out
}

fn hit(
    chars: &[char],
    at: usize,
    ends: &[usize],
    wrong: &[Piece],
    word: &Word,
    right: Option<&[Piece]>,
) -> Hit {
    let starts: Vec<usize> = std::iter::once(at).chain(ends.iter().copied()).collect();
    let captured: Vec<String> = wrong
        .iter()
        .enumerate()
        .filter(|(_, p)| !matches!(p, Piece::Text(_)))
        .map(|(i, _)| chars[starts[i]..ends[i]].iter().collect())
        .collect();
    let end = *ends.last().unwrap_or(&at);
    let mut start = at;
    let mut stop = end;
    let mut replaced = right.map(|r| fill(r, &captured));
    // A placeholder at either end only says where the word may stand; when
    // the correction keeps it as it was, it stays out of the change.
    if let Some(r) = replaced.as_mut() {
        let is_place = |p: Option<&Piece>| p.is_some_and(|p| !matches!(p, Piece::Text(_)));
        if is_place(wrong.first()) && is_place(right.and_then(|r| r.first())) {
            let lead: String = chars[at..ends[0]].iter().collect();
            if let Some(tail) = r.strip_prefix(lead.as_str()) {
                *r = tail.to_string();
                start = ends[0];
            }
        }
        if is_place(wrong.last()) && is_place(right.and_then(|r| r.last())) {
            let from = if wrong.len() > 1 {
                ends[wrong.len() - 2]
            } else {
                at
            };
            let trail: String = chars[from.max(start)..end].iter().collect();
            if let Some(head) = r.strip_suffix(trail.as_str()) {
                *r = head.to_string();
                stop = from.max(start);
            }
        }
    }
    let shown: String = chars[start..stop].iter().collect();
    let base = match &replaced {
        Some(r) if word.is_safe() => tf(Key::CheckTermFix, &[&shown, r]),
        Some(r) => tf(Key::CheckTermSuggest, &[&shown, r]),
        None => tf(Key::CheckTermAvoid, &[&shown]),
    };
    let message = match &word.why {
        Some(why) => tf(Key::CheckBecause, &[&base, why]),
        None => base,
    };
    let fix = replaced.filter(|_| word.is_safe()).map(|with| Fix {
        start,
        end: stop,
        with,
    });
    Hit {
        at: start,
        rule: Rule::Term,
        message,
        fix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, list: &[Word]) -> Vec<(usize, String, Option<String>)> {
        let chars: Vec<char> = text.chars().collect();
        let sheltered = super::super::marks::sheltered(&chars);
        hits(&chars, &sheltered, list)
            .into_iter()
            .map(|h| (h.at, h.message, h.fix.map(|f| f.with)))
            .collect()
    }

    fn fixed(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let sheltered = super::super::marks::sheltered(&chars);
        let found = hits(&chars, &sheltered, default_words());
        super::super::apply(text, found.iter().filter_map(|h| h.fix.as_ref()).collect())
    }

    #[test]
    fn the_default_list_parses_and_every_entry_is_whole() {
        let list = default_words();
        assert!(list.len() > 40, "{}", list.len());
        for w in list {
            assert!(!w.wrong.is_empty() && !w.off, "{w:?}");
            assert!(w.right.is_some(), "every default has a correction: {w:?}");
            assert!(
                list.iter().filter(|o| o.wrong == w.wrong).count() == 1,
                "{} twice",
                w.wrong
            );
        }
    }

    /// Each entry of the list: the wrong form and what the check
    /// makes of it, then the right form, untouched.
    #[test]
    fn wrong_and_right_forms() {
        let table = [
            ("截止目前，共排查隐患12处。", "截至目前，共排查隐患12处。"),
            (
                "截止8月底，累计完成投资3.2亿元。",
                "截至8月底，累计完成投资3.2亿元。",
            ),
            (
                "截止二〇二三年底，全区共有网格员412名。",
                "截至二〇二三年底，全区共有网格员412名。",
            ),
            (
                "截止今年6月，已建成驿站15个。",
                "截至今年6月，已建成驿站15个。",
            ),
            ("截止到7月，已完成改造。", "截至7月，已完成改造。"),
            ("其它单位参照执行。", "其他单位参照执行。"),
            (
                "区委常委会专题研究并做出部署。",
                "区委常委会专题研究并作出部署。",
            ),
            (
                "广大党员干部做出了贡献，也做出决定。",
                "广大党员干部做出了贡献，也作出决定。",
            ),
            ("必须品储备充足。", "必需品储备充足。"),
            (
                "会议对下一步工作进行了布署。",
                "会议对下一步工作进行了部署。",
            ),
            (
                "既使困难再大，也要按期完成。",
                "即使困难再大，也要按期完成。",
            ),
            ("已按装摄像头120个。", "已安装摄像头120个。"),
        ];
        for (wrong, right) in table {
            assert_eq!(fixed(wrong), right, "{wrong}");
            assert!(run(right, default_words()).is_empty(), "{right}");
        }
    }

    #[test]
    fn entries_only_the_editor_can_settle_are_flagged_without_a_fix() {
        for (text, shown) in [
            ("共有约300余人参加活动。", "约300余"),
            ("吸引约3万多名游客。", "约3万多"),
            ("约300人左右参加。", "约300人左右"),
            ("我们必需加强学习。", "必需"),
        ] {
            let found = run(text, default_words());
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].1.contains(shown), "{text}: {}", found[0].1);
            assert_eq!(found[0].2, None, "{text}");
        }
    }

    #[test]
    fn right_forms_and_look_alikes_stay_quiet() {
        for clean in [
            "报名截止日期为9月30日。",
            "申报截止时间另行通知。",
            "截至目前，已完成80%。",
            "生活必需品供应充足，是必需的。",
            "既使企业减负，又使群众受益。",
            "既使用传统媒体，也使用新媒体。",
            "约300人参加，另有200余人线上观看。",
            "300人左右参加。",
            "即使困难再大，也要按期完成。",
            "学习《关于做出部署的通知》精神。",
            "他说：“截止目前还没有收到。”",
            "手工做出样品3件。",
        ] {
            assert!(
                run(clean, default_words()).is_empty(),
                "{clean}: {:?}",
                run(clean, default_words())
            );
        }
    }

    #[test]
    fn the_settings_add_replace_and_drop_entries() {
        let settings = super::super::CheckSettings {
            words: vec![
                Word {
                    wrong: "其它".into(),
                    off: true,
                    ..Word::default()
                },
                Word {
                    wrong: "布署".into(),
                    right: Some("部署".into()),
                    why: Some("本单位规定".into()),
                    safe: Some(false),
                    ..Word::default()
                },
                Word {
                    wrong: "某某工程".into(),
                    right: Some("某工程".into()),
                    ..Word::default()
                },
            ],
            ..super::super::CheckSettings::default()
        };
        let list = settings.word_list();
        assert!(!list.iter().any(|w| w.wrong == "其它"));
        assert_eq!(list.len(), default_words().len());
        assert!(run("其它工作", &list).is_empty());
        let found = run("进行布署，推进某某工程", &list);
        assert_eq!(found.len(), 2);
        assert!(found[0].1.contains("本单位规定") && found[0].2.is_none());
        assert_eq!(found[1].2.as_deref(), Some("某工程"));
    }

    #[test]
    fn placeholders_at_the_ends_stay_out_of_the_change() {
        let found = run("截止8月底", default_words());
        assert_eq!(found[0].0, 0);
        assert_eq!(found[0].2.as_deref(), Some("截至"));
        assert!(found[0].1.contains("“截止”应为“截至”"), "{}", found[0].1);
    }
}
