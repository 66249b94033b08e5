//! Small text rules shared by the bulletin and submission parsers.

use crate::script::{is_cjk, is_han};

/// Removes the spaces that PDF and Word extraction put between Chinese and
/// Latin letters or digits (网格 1 个 → 网格1个), which Chinese official
/// documents never set. Spaces between two Latin words are kept.
pub fn join_artifact_spaces(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == ' ' || c == '\u{a0}' {
            let start = i;
            while i < chars.len() && (chars[i] == ' ' || chars[i] == '\u{a0}') {
                i += 1;
            }
            let before = start.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i).copied();
            let artifact = match (before, after) {
                (Some(b), Some(a)) => {
                    (is_cjk(b) && a.is_ascii_alphanumeric())
                        || (b.is_ascii_alphanumeric() && is_cjk(a))
                }
                _ => false,
            };
            if !artifact {
                out.extend(&chars[start..i]);
            }
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Splits a trailing attribution （区委宣传部 区文明办） off a paragraph:
/// returns the text before it and the unit names. The parenthesis must close
/// the paragraph, hold only names (no sentence punctuation), and follow the
/// end of a sentence or stand alone — a bracket inside a sentence
/// （一期） is not an attribution.
pub fn attribution_split(paragraph: &str) -> Option<(&str, Vec<String>)> {
    let trimmed = paragraph.trim_end();
    // （区妇联）。 — a full stop typed after the bracket.
    let trimmed = trimmed
        .strip_suffix(['。', '.'])
        .filter(|t| t.ends_with(['）', ')']))
        .unwrap_or(trimmed);
    let inner_end = trimmed
        .strip_suffix('）')
        .or_else(|| trimmed.strip_suffix(')'))?;
    let open = inner_end.rfind(['（', '('])?;
    let inner = &inner_end[open + inner_end[open..].chars().next()?.len_utf8()..];
    let before = inner_end[..open].trim_end();
    let after_sentence = before.is_empty()
        || before.ends_with([
            '。', '！', '？', '”', '’', '…', '；', '」', '』', '!', '?', '.', '）', ')',
        ]);
    // （供稿：矿山街道）, （供稿单位：矿山街道）, （来源：…）: the label goes.
    let inner = ["供稿单位", "报送单位", "供稿", "来源", "稿源"]
        .iter()
        .find_map(|l| inner.trim_start().strip_prefix(l))
        .map(|rest| rest.trim_start_matches([' ', '　']))
        .and_then(|rest| rest.strip_prefix(['：', ':']))
        .unwrap_or(inner);
    let names: Vec<String> = inner
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ',' | '；' | ';'))
        .filter(|s| !s.is_empty() && !CREDIT_WORDS.contains(s))
        .map(|s| {
            s.strip_suffix("供稿")
                .filter(|n| !n.is_empty())
                .unwrap_or(s)
        })
        .map(str::to_string)
        .collect();
    let looks_like_units = after_sentence
        && !names.is_empty()
        && inner.chars().count() <= 80
        && !inner.contains(['。', '：', ':', '？', '！', '“', '”', '（', '('])
        && names.iter().all(|n| {
            n.chars().count() <= 30
                && n.chars().any(is_han)
                && !n.contains(|c: char| c.is_ascii_digit())
                && !NOTE_WORDS.iter().any(|w| n.contains(w))
        });
    looks_like_units.then_some((before, names))
}

/// Words that stand beside the units in an attribution without being one:
/// （区城管局 供稿）.
const CREDIT_WORDS: [&str; 4] = ["供稿", "供稿单位", "报送", "来稿"];

/// A bracket holding one of these is a note (（图略）, （数据截至6月底）),
/// not an attribution.
const NOTE_WORDS: [&str; 14] = [
    "略",
    "截至",
    "统计",
    "数据",
    "详见",
    "见附件",
    "附件",
    "下同",
    "同上",
    "待续",
    "未完",
    "节选",
    "摘编",
    "单位：",
];

/// Splits a run-in headline from its body at the first gap that is not a
/// space around a number: "矿山街道优化卫生环境 一是…" → ("矿山街道…", "一是…").
/// A full-width space always counts; an ASCII space only between two
/// characters that are not Latin letters or digits.
pub fn split_run_in(paragraph: &str) -> Option<(&str, &str)> {
    let mut prev: Option<char> = None;
    for (at, c) in paragraph.char_indices() {
        if c == '　' || c == ' ' || c == '\u{a0}' || c == '\t' {
            let rest = paragraph[at..].trim_start_matches([' ', '　', '\u{a0}', '\t']);
            let next = rest.chars().next();
            let gap = c == '　'
                || matches!((prev, next), (Some(p), Some(n)) if !p.is_ascii_alphanumeric() && !n.is_ascii_alphanumeric());
            let head = paragraph[..at].trim_end();
            if gap && !head.is_empty() && !rest.is_empty() {
                return headline_like(head).then_some((head, rest));
            }
        }
        prev = Some(c);
    }
    None
}

/// A headline is short and is not a sentence.
pub fn headline_like(text: &str) -> bool {
    let n = text.chars().count();
    (1..=80).contains(&n) && !text.contains(['。', '；', '：']) && !text.ends_with(['，', '、'])
}

/// Labels that name the editors rather than a distribution list.
pub const EDITOR_LABELS: [&str; 2] = ["责任编辑", "编辑"];

/// Sign-off lines kept in the footer as printed: 审核：… 签发：….
const SIGN_OFF_LABELS: [&str; 7] = ["审核", "审稿", "核稿", "校对", "主编", "总编", "编审"];

/// A footer line's label and text, if `line` starts one: a short Han label
/// ending in 送/报/发 (本期送, 抄送, 报, 发), an editors' or a sign-off
/// label, then ：. Spaces inside the label (责 任 编 辑) are dropped.
pub fn footer_label(line: &str) -> Option<(String, &str)> {
    let (label, text) = line.split_once(['：', ':'])?;
    let label: String = label.split_whitespace().collect();
    let n = label.chars().count();
    let distribution = (1..=6).contains(&n) && label.ends_with(['送', '报', '发']);
    let ok = label.chars().all(is_han)
        && (distribution
            || EDITOR_LABELS.contains(&label.as_str())
            || SIGN_OFF_LABELS.contains(&label.as_str()));
    ok.then(|| (label, text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifact_spaces_around_numbers_go_latin_spaces_stay() {
        assert_eq!(
            join_artifact_spaces("一级网格 1 个、二级网格 3 个"),
            "一级网格1个、二级网格3个"
        );
        assert_eq!(join_artifact_spaces("在 12345 热线"), "在12345热线");
        assert_eq!(join_artifact_spaces("Hello world 你好"), "Hello world你好");
        assert_eq!(
            join_artifact_spaces("区委宣传部 区文明办"),
            "区委宣传部 区文明办"
        );
        assert_eq!(join_artifact_spaces("2023 年 8 月 14 日"), "2023年8月14日");
    }

    #[test]
    fn attribution() {
        let (text, units) = attribution_split("……有效提升辖区形象。（矿山街道）").unwrap();
        assert_eq!(text, "……有效提升辖区形象。");
        assert_eq!(units, ["矿山街道"]);
        let (_, units) = attribution_split("……。（区委宣传部 区文明办）  ").unwrap();
        assert_eq!(units, ["区委宣传部", "区文明办"]);
        let (_, units) = attribution_split("……。(区法院、区检察院)").unwrap();
        assert_eq!(units, ["区法院", "区检察院"]);
        assert!(attribution_split("受理事件970件（其中网上受理500件）。").is_none());
        assert!(attribution_split("（详见附件。）").is_none());
        assert!(attribution_split("没有括号").is_none());
        assert!(attribution_split("（123）").is_none());
        assert!(attribution_split("建成智慧停车场（一期）").is_none());
        assert!(attribution_split("同比增长12%。（数据截至6月底）").is_none());
        assert!(attribution_split("见下图。（图略）").is_none());
        let (_, units) = attribution_split("……。（区妇联）。").unwrap();
        assert_eq!(units, ["区妇联"]);
        let (_, units) = attribution_split("……。（供稿：矿山街道）").unwrap();
        assert_eq!(units, ["矿山街道"]);
        let (_, units) = attribution_split("……。（供稿单位：矿山街道）").unwrap();
        assert_eq!(units, ["矿山街道"]);
        let (_, units) = attribution_split("……。（区城管局 供稿）").unwrap();
        assert_eq!(units, ["区城管局"]);
        let (text, units) = attribution_split("……（据不完全统计）（区民政局）").unwrap();
        assert_eq!(
            (text, units.as_slice()),
            ("……（据不完全统计）", ["区民政局".to_string()].as_slice())
        );
        let (text, units) = attribution_split("（峡窝镇便民服务中心）").unwrap();
        assert_eq!(
            (text, units.as_slice()),
            ("", ["峡窝镇便民服务中心".to_string()].as_slice())
        );
        let (_, units) = attribution_split("……。（区委宣传部供稿）").unwrap();
        assert_eq!(units, ["区委宣传部"]);
    }

    #[test]
    fn run_in_split_skips_number_spaces() {
        assert_eq!(
            split_run_in("工业路街道推动网格化基层治理走深走实 一是建立健全"),
            Some(("工业路街道推动网格化基层治理走深走实", "一是建立健全"))
        );
        assert_eq!(
            split_run_in("标题　2023年以来"),
            Some(("标题", "2023年以来"))
        );
        assert_eq!(split_run_in("实现 50 个事项。二是 优化"), None);
        assert_eq!(split_run_in("近日，区法院开展活动。"), None);
        assert_eq!(split_run_in("没有空格"), None);
    }
}
