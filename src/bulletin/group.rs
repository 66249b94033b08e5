//! The body of a printed issue into items: articles with run-in or block
//! headlines, △ briefs, 栏目 headings and 编者按. An article ends at its
//! attribution, so two articles are never merged; where an article has
//! none, the next headline ends it and a notice says so.

use super::lines::Para;
use super::notice::Notice;
use super::text::{attribution_split, headline_like, join_artifact_spaces, split_run_in};
use crate::model::{Item, Kind};
use crate::script::{fullwidth_ascii_alnum, is_han};

/// The items of an issue, the issue's own 编者按, and what was unsure.
#[derive(Debug, Default)]
pub struct Grouped {
    pub items: Vec<Item>,
    pub issue_note: String,
    pub notices: Vec<Notice>,
}

/// An article being read.
struct Open {
    headline: String,
    line: usize,
    note: String,
    paras: Vec<String>,
    original: Vec<String>,
}

/// Sub-heads inside an article: 一、 （一） 1. （1） 第一， 一是 首先.
pub fn numbered(text: &str) -> bool {
    let s: String = text
        .chars()
        .take(8)
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => fullwidth_ascii_alnum(c).unwrap_or(c),
        })
        .collect();
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let lead: String = s.chars().take_while(|&c| numeral(c)).collect();
    let after_numerals = &s[lead.len()..];
    if !lead.is_empty() && after_numerals.starts_with(['、', '是', '．', '.']) {
        return true;
    }
    if let Some(rest) = s.strip_prefix('第') {
        let n: String = rest.chars().take_while(|&c| numeral(c)).collect();
        if !n.is_empty() && rest[n.len()..].starts_with(['，', '、', '是']) {
            return true;
        }
    }
    if let Some(rest) = s.strip_prefix('（') {
        let n = rest
            .chars()
            .take_while(|&c| numeral(c) || c.is_ascii_digit())
            .count();
        if n > 0 && rest.chars().nth(n) == Some('）') {
            return true;
        }
    }
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && s[digits..].starts_with(['.', '、', '．']) {
        return true;
    }
    ["首先", "其次", "再次", "最后"]
        .iter()
        .any(|w| s.starts_with(w))
}

/// The marks a brief starts with: △, or ▲ and ● in some offices' style.
pub const BRIEF_MARKS: [char; 3] = [super::BRIEF_MARK, '▲', '●'];

fn is_brief(text: &str) -> bool {
    text.starts_with(BRIEF_MARKS)
}

/// Marks that decorate a 栏目 heading: ◆工作动态◆, ★ 基层动态.
const DECORATIONS: [char; 10] = ['◆', '◇', '★', '☆', '■', '□', '※', '●', '○', '◎'];

/// 【工作动态】, ◆工作动态◆ or ★ 基层动态 on a line of its own.
fn bracket_heading(text: &str) -> bool {
    if let Some(inner) = text.strip_prefix('【').and_then(|t| t.strip_suffix('】')) {
        let n = inner.chars().count();
        return (1..=15).contains(&n) && !inner.contains(['【', '】']) && note_text(text).is_none();
    }
    let inner = text
        .trim_start_matches(DECORATIONS)
        .trim_end_matches(DECORATIONS)
        .trim_matches([' ', '　']);
    let both = text.starts_with(DECORATIONS) && text.ends_with(DECORATIONS);
    let lead = text.starts_with(['◆', '◇', '★', '☆', '■', '□', '※']);
    let n = inner.chars().count();
    (both || lead) && (2..=10).contains(&n) && inner.chars().all(is_han)
}

/// A paragraph as the reader takes it: a heading run into the text after
/// it (【简讯】△近日…) and several briefs run together in one paragraph
/// are split apart, each keeping the line it starts on.
fn split_runs(paras: &[Para]) -> Vec<Para> {
    let mut out = Vec::with_capacity(paras.len());
    for p in paras {
        let mut text = p.text.trim();
        if text.starts_with('【')
            && let Some(end) = text.find('】')
        {
            let head = &text[..end + '】'.len_utf8()];
            let rest = text[head.len()..].trim_start_matches([' ', '　']);
            if !rest.is_empty() && bracket_heading(head) {
                out.push(Para {
                    text: head.to_string(),
                    line: p.line,
                });
                text = rest;
            }
        }
        if is_brief(text) {
            // △近日…（区妇联）　△近日…（区总工会）
            let mut start = 0;
            for (at, c) in text.char_indices().skip(1) {
                if BRIEF_MARKS.contains(&c) && text[..at].trim_end().ends_with(['）', ')']) {
                    out.push(Para {
                        text: text[start..at].trim().to_string(),
                        line: p.line,
                    });
                    start = at;
                }
            }
            text = &text[start..];
        }
        out.push(Para {
            text: text.to_string(),
            line: p.line,
        });
    }
    out
}

/// The text of an 编者按 paragraph, without its label.
pub fn note_text(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("【编者按】")
        .or_else(|| text.strip_prefix("［编者按］"))
        .or_else(|| text.strip_prefix("编者按"))?;
    Some(rest.trim_start_matches(['：', ':', ' ', '　']).trim())
}

/// A short line that could be a bare 栏目 heading (工作动态).
fn bare_heading(text: &str) -> bool {
    let n = text.chars().count();
    (2..=8).contains(&n) && text.chars().all(|c| is_han(c) || c == '·') && !numbered(text)
}

/// Under a 简讯 heading, a paragraph without a headline is a brief.
fn brief_column(column: &str) -> bool {
    ["简讯", "快讯", "短讯", "动态简讯"]
        .iter()
        .any(|w| column.contains(w))
}

fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['。', '！', '？', '”', '…', '；', '）', ')', '」', '』'])
}

/// A headline on its own line: headline-like, or a unit and a colon before
/// one; not a sentence.
fn block_headline_like(text: &str) -> bool {
    if text.ends_with(['。', '；']) {
        return false;
    }
    headline_like(text)
        || text.split_once(['：', ':']).is_some_and(|(unit, rest)| {
            (2..=12).contains(&unit.chars().count()) && headline_like(rest)
        })
}

/// Would this paragraph start an item?
fn starts_item(text: &str) -> bool {
    is_brief(text)
        || bracket_heading(text)
        || split_run_in(text).is_some_and(|(h, _)| !numbered(h))
        || (headline_like(text) && !numbered(text))
}

/// A run-in headline that can open a new article: not a sub-head, no
/// comma, of a headline's length.
fn new_run_in(text: &str) -> bool {
    split_run_in(text).is_some_and(|(head, _)| {
        let n = head.chars().count();
        !numbered(head) && !head.contains(['，', ',']) && (6..=40).contains(&n)
    })
}

pub fn group(paras: &[Para]) -> Grouped {
    let paras = &split_runs(paras);
    let mut g = Grouped::default();
    let mut column = String::new();
    let mut open: Option<Open> = None;
    let mut pending_note: Option<String> = None;
    for (i, p) in paras.iter().enumerate() {
        let t = p.text.trim();
        let next = paras.get(i + 1).map(|n| n.text.trim());
        if is_brief(t) {
            close(&mut g, open.take(), &column, None);
            g.items.push(brief(t, &column, p.line, &mut g.notices));
            continue;
        }
        if bracket_heading(t) {
            close(&mut g, open.take(), &column, None);
            column = t.to_string();
            continue;
        }
        if let Some(note) = note_text(t) {
            match &mut open {
                Some(o) if o.paras.is_empty() && !o.headline.is_empty() => {
                    o.note = note.to_string();
                    o.original.push(t.to_string());
                    continue;
                }
                Some(_) => {}
                None if g.items.is_empty() && column.is_empty() && g.issue_note.is_empty() => {
                    g.issue_note = note.to_string();
                    continue;
                }
                None => {
                    g.notices.push(Notice::NoteMoved { line: p.line });
                    pending_note = Some(note.to_string());
                    continue;
                }
            }
        }
        if let Some(o) = &mut open {
            if o.paras.is_empty() && !o.headline.is_empty() {
                if let Some(tail) = broken_block_tail(&o.headline, t, next) {
                    g.notices.push(Notice::HeadlineJoined {
                        line: p.line,
                        text: tail.to_string(),
                    });
                    o.headline.push_str(tail);
                    o.original.push(t.to_string());
                    continue;
                }
                if let Some((tail, body)) = broken_run_in_tail(t) {
                    g.notices.push(Notice::HeadlineJoined {
                        line: p.line,
                        text: tail.to_string(),
                    });
                    o.headline.push_str(tail);
                    o.original.push(t.to_string());
                    o.paras.push(body.to_string());
                    if let Some((_, units)) = attribution_split(body) {
                        finish(&mut g, &mut open, &column, units);
                    }
                    continue;
                }
            }
            let after_sentence = o.paras.last().is_some_and(|l| ends_sentence(l));
            // An attribution on its own line closes the article; one that
            // ends a run-in paragraph does not make it the same article.
            let bare_attribution = attribution_split(t).is_some_and(|(b, _)| b.is_empty());
            let new_article = after_sentence
                && !numbered(t)
                && !bare_attribution
                && (new_run_in(t)
                    || (headline_like(t)
                        && t.chars().count() >= 6
                        && next.is_some_and(|n| !headline_like(n) || numbered(n))));
            if !new_article {
                o.paras.push(t.to_string());
                o.original.push(t.to_string());
                if let Some((_, units)) = attribution_split(t) {
                    finish(&mut g, &mut open, &column, units);
                }
                continue;
            }
            close(&mut g, open.take(), &column, None);
        }
        // Between items: a bare 栏目 heading, or a new item.
        // A short line before "环境 一是…" is a headline broken over two
        // lines, not a heading.
        let broken_before = next.is_some_and(|n| {
            !is_brief(n) && split_run_in(n).is_some_and(|(h, _)| h.chars().count() <= 4)
        });
        // 三、简讯: a numbered short heading between articles.
        let numbered_heading = numbered(t) && {
            let name =
                t.trim_start_matches(|c: char| !is_han(c) || "一二三四五六七八九十".contains(c));
            (2..=8).contains(&name.chars().count()) && name.chars().all(is_han)
        };
        // Under a 简讯 heading the items need no headline of their own.
        let heading = bare_heading(t) || numbered_heading;
        let items_follow = next.is_some_and(starts_item) || brief_column(t);
        if heading && items_follow && !broken_before {
            g.notices.push(Notice::ColumnGuessed {
                line: p.line,
                text: t.to_string(),
            });
            column = t.to_string();
            continue;
        }
        let mut o = Open {
            headline: String::new(),
            line: p.line,
            note: pending_note.take().unwrap_or_default(),
            paras: Vec::new(),
            original: vec![t.to_string()],
        };
        // A short line with a body after it is a block headline, even with a
        // space inside it (文明交通　你我同行) or a colon after a unit
        // (区人社局：稳岗位　促就业).
        let block = block_headline_like(t)
            && t.chars().count() <= 40
            && !numbered(t)
            && next.is_some_and(|n| !headline_like(n) || numbered(n));
        if let Some((head, body)) = split_run_in(t).filter(|(h, _)| !numbered(h) && !block) {
            o.headline = head.to_string();
            o.paras.push(body.to_string());
        } else if block || (headline_like(t) && !numbered(t) && !t.ends_with(['。', '；'])) {
            o.headline = t.to_string();
        } else if brief_column(&column) {
            g.items.push(brief(t, &column, p.line, &mut g.notices));
            continue;
        } else {
            g.notices.push(Notice::NoHeadline { line: p.line });
            o.paras.push(t.to_string());
        }
        let units = o
            .paras
            .last()
            .and_then(|l| attribution_split(l))
            .map(|(_, u)| u);
        open = Some(o);
        if let Some(units) = units {
            finish(&mut g, &mut open, &column, units);
        }
    }
    close(&mut g, open.take(), &column, None);
    g
}

fn finish(g: &mut Grouped, open: &mut Option<Open>, column: &str, units: Vec<String>) {
    close(g, open.take(), column, Some(units));
}

/// Ends the open article: with the units of its attribution, or without
/// (which the editor is told).
fn close(g: &mut Grouped, open: Option<Open>, column: &str, units: Option<Vec<String>>) {
    let Some(mut o) = open else { return };
    if units.is_some()
        && let Some(last) = o.paras.last_mut()
        && let Some((body, _)) = attribution_split(last)
    {
        *last = body.to_string();
    }
    o.paras.retain(|p| !p.trim().is_empty());
    if o.paras.is_empty() {
        if !o.headline.is_empty() {
            g.notices.push(Notice::HeadlineWithoutBody {
                line: o.line,
                text: o.headline,
            });
        }
        return;
    }
    if units.is_none() {
        g.notices.push(Notice::NoAttribution { line: o.line });
    }
    let mut item = Item::new(
        join_artifact_spaces(&o.headline),
        o.paras.iter().map(|p| join_artifact_spaces(p)).collect(),
        jiff::civil::Date::constant(2000, 1, 1),
    );
    item.sources = units.unwrap_or_default();
    item.editor_note = o.note;
    item.column = column.to_string();
    item.original = o.original.join("\n");
    g.items.push(item);
}

fn brief(text: &str, column: &str, line: usize, notices: &mut Vec<Notice>) -> Item {
    let body = text.strip_prefix(BRIEF_MARKS).unwrap_or(text).trim_start();
    let mut item = Item::new("", Vec::new(), jiff::civil::Date::constant(2000, 1, 1));
    item.kind = Kind::Brief;
    item.original = text.to_string();
    item.column = column.to_string();
    let body = match attribution_split(body) {
        Some((rest, units)) => {
            item.sources = units;
            rest
        }
        None => {
            notices.push(Notice::NoAttribution { line });
            body
        }
    };
    item.body = vec![join_artifact_spaces(body)];
    item
}

/// A block headline broken over two lines: the first line long, the
/// second a short fragment that is not a sentence, and a body after it.
fn broken_block_tail<'a>(headline: &str, text: &'a str, next: Option<&str>) -> Option<&'a str> {
    let n = text.chars().count();
    let fragment = n <= 12
        && headline.chars().count() >= 15
        && headline_like(text)
        && !numbered(text)
        && !text.contains(['，', '。'])
        && split_run_in(text).is_none();
    let body_follows = next.is_some_and(|n| !headline_like(n) || numbered(n));
    (fragment && body_follows).then_some(text)
}

/// A headline broken over two lines leaves its tail before the gap at the
/// start of the next paragraph: "环境 一是优化窗口…".
fn broken_run_in_tail(paragraph: &str) -> Option<(&str, &str)> {
    let (tail, body) = split_run_in(paragraph)?;
    let short = tail.chars().count() <= 15;
    let plain = !tail.contains(|c: char| c.is_ascii_digit() || "，。；：！？、".contains(c));
    (short && plain && !numbered(tail)).then_some((tail, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_heads_are_numbered() {
        for s in [
            "一、强化组织领导",
            "（一）聚焦重点",
            "(2)完善机制",
            "1.完善制度",
            "２、加强宣传",
            "第一，坚持",
            "一是认真部署",
            "首先，",
        ] {
            assert!(numbered(s), "{s}");
        }
        for s in [
            "区法院开展活动",
            "一体推进",
            "12345热线",
            "第一书记",
            "统一是前提",
        ] {
            assert!(!numbered(s), "{s}");
        }
    }

    #[test]
    fn notes_and_headings() {
        assert_eq!(note_text("编者按：今年以来，"), Some("今年以来，"));
        assert_eq!(note_text("【编者按】今年以来，"), Some("今年以来，"));
        assert_eq!(note_text("编辑：王伟"), None);
        assert!(bracket_heading("【工作动态】"));
        assert!(!bracket_heading("【编者按】"));
        assert!(!bracket_heading("【工作动态】近日，"));
        assert!(bracket_heading("◆工作动态◆"));
        assert!(bracket_heading("★ 基层动态"));
        assert!(!bracket_heading("●近日，区法院开展活动。（区法院）"));
        assert!(bare_heading("工作动态"));
        assert!(!bare_heading("一、工作动态"));
        assert!(!bare_heading("近日，区法院开展活动。"));
    }
}
