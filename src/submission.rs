//! Reading one submitted item from its text: a 报送单 (labelled fields in
//! any order), header lines (报送单位：, 报送日期：), the headline, body
//! paragraphs, the （单位） attribution, credits lines, a date line under
//! a headline pasted from WeChat. Contributor details are kept on the item
//! and never reach its body. Pure.

mod fields;

use jiff::civil::Date;

use crate::bulletin::{BRIEF_MARK, attribution_split};
use crate::i18n::{Key, t};
use crate::model::{Item, Kind, Role, UnitList, parse_date};
use fields::{Field, read_line};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmissionError {
    Empty,
    NoBody,
    /// A second item seems to start at this line: one file, one item.
    Several {
        line: usize,
    },
}

impl std::fmt::Display for SubmissionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SubmissionError::Empty => f.write_str(t(Key::SubmissionEmpty)),
            SubmissionError::NoBody => f.write_str(t(Key::SubmissionNoBody)),
            SubmissionError::Several { line } => {
                f.write_str(&crate::i18n::tf(Key::SubmissionSeveral, &[line]))
            }
        }
    }
}

impl std::error::Error for SubmissionError {}

/// Reads a submission without a unit list; see [`read`].
pub fn parse(text: &str, received: Date) -> Result<Item, SubmissionError> {
    read(text, received, &UnitList::default())
}

/// The title line of a submission form: …政务信息报送单, 信息报送表.
fn form_title(line: &str) -> bool {
    line.chars().count() <= 40
        && !line.contains(['。', '：', ':'])
        && ["报送单", "报送表", "报送稿", "采编单"]
            .iter()
            .any(|w| line.ends_with(w))
}

/// A date in a line: the line itself, or one of its words (2024-05-16 18:30,
/// 原创 矿山街道 2024年05月16日 09:12 河南).
fn find_date(text: &str) -> Option<Date> {
    parse_date(text).or_else(|| text.split_whitespace().find_map(parse_date))
}

/// The line under a headline pasted from WeChat: an account, a date and a
/// time, no sentence.
fn byline(line: &str) -> Option<Date> {
    let short = line.chars().count() <= 40 && !line.contains(['。', '，', '！', '？']);
    short.then(|| find_date(line)).flatten()
}

/// Lines a page pasted from WeChat carries around the item.
fn boilerplate(line: &str) -> bool {
    [
        "点击上方",
        "关注我们",
        "阅读原文",
        "长按识别",
        "点个在看",
        "分享收藏",
        "扫码关注",
    ]
    .iter()
    .any(|w| line.contains(w))
        && line.chars().count() <= 30
}

/// 文/王芳　图/李明: credits written with slashes, as labels.
fn credit_marks(line: &str) -> String {
    let starts = ["文/", "文／", "图/", "图／", "图文/", "摄影/"];
    if !starts.iter().any(|s| line.starts_with(s)) {
        return line.to_string();
    }
    line.replace("图文/", "撰稿：")
        .replace("文/", "撰稿：")
        .replace("文／", "撰稿：")
        .replace("摄影/", "摄影：")
        .replace("图/", "摄影：")
        .replace("图／", "摄影：")
}

/// Names in a unit field, as written: 区委宣传部、区文明办.
fn names(value: &str) -> Vec<String> {
    value
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','))
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// Endings of a unit's name, to tell 供稿：区司法局 from 供稿：王芳.
const UNIT_ENDINGS: [&str; 16] = [
    "局", "委", "办", "部", "街道", "镇", "乡", "中心", "院", "所", "队", "会", "室", "处", "站",
    "社区",
];

/// A unit by the list, or by how units' names end.
fn is_unit(word: &str, units: &UnitList) -> bool {
    units.canonical(word).is_some() || UNIT_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// People named in an attribution beside the units (（工业路街道　张伟）,
/// （峡窝镇　通讯员　王芳））: taken out as authors, so that only units stay.
fn people_out(item: &mut Item, units: &UnitList) {
    if !item.sources.iter().any(|s| is_unit(s, units)) {
        return;
    }
    let mut kept = Vec::new();
    for s in std::mem::take(&mut item.sources) {
        if is_unit(&s, units) {
            kept.push(s);
        } else if !matches!(s.as_str(), "通讯员" | "撰稿" | "供稿" | "记者" | "作者") {
            item.contributors.add(Role::Author, &s);
        }
    }
    item.sources = kept;
}

/// What a submission's lines gave, before the item is made.
#[derive(Default)]
struct Read {
    unit: Vec<String>,
    date: Option<Date>,
    headline: Option<String>,
    body: Vec<String>,
}

/// Reads a submission. `received` is used when the text names no date; the
/// unit list makes a unit named in the byline or by 供稿 canonical. The
/// whole text is kept unchanged as the item's original.
pub fn read(text: &str, received: Date, units: &UnitList) -> Result<Item, SubmissionError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let numbered: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let l = l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
            // **报送单位**：… as Markdown writes it.
            (i + 1, l.replace("**", ""))
        })
        .filter(|(_, l)| !l.is_empty() && !boilerplate(l))
        .map(|(n, l)| (n, credit_marks(&l)))
        .collect();
    let lines: Vec<&str> = numbered.iter().map(|(_, l)| l.as_str()).collect();
    if lines.is_empty() {
        return Err(SubmissionError::Empty);
    }
    let mut item = Item::new("", Vec::new(), received);
    item.original = text.to_string();
    let mut r = Read::default();
    let mut form = false;
    // In a form, the lines after 正文 are the body.
    let mut in_body = false;
    let mut headline_done = false;
    for (i, &line) in lines.iter().enumerate() {
        if i < 3 && !headline_done && r.headline.is_none() && form_title(line) {
            form = true;
            continue;
        }
        if let Some(fields) = read_line(line) {
            // Fields stand above the body: before the headline, or just
            // after it (a Markdown title, then its fields).
            let header = !headline_done || form || r.body.is_empty();
            if fields.iter().all(|(f, _)| header || f.anywhere()) {
                for (field, value) in fields {
                    apply(&mut r, &mut item, field, &value, units);
                    match field {
                        Field::Headline => form = true,
                        Field::Body => {
                            form = true;
                            in_body = true;
                        }
                        _ => {}
                    }
                }
                headline_done |= r.headline.is_some();
                continue;
            }
        }
        if form && (in_body || r.headline.is_some()) {
            r.body.push(line.to_string());
            in_body = true;
            continue;
        }
        if !headline_done {
            headline_done = true;
            if let Some(brief) = line.strip_prefix([BRIEF_MARK, '▲']) {
                item.kind = Kind::Brief;
                r.body.push(brief.trim().to_string());
            } else {
                r.headline = Some(line.trim_start_matches('#').trim().to_string());
            }
            continue;
        }
        if r.body.is_empty()
            && item.kind == Kind::Article
            && let Some(date) = byline(line)
        {
            r.date = r.date.or(Some(date));
            r.unit.extend(
                line.split_whitespace()
                    .filter_map(|w| units.canonical(w))
                    .map(String::from),
            );
            continue;
        }
        r.body.push(line.to_string());
    }
    if let Some(h) = r.headline.take() {
        item.headline = h;
    }
    strip_trailing_credits(&mut r, &mut item, units);
    // Two items pasted into one file: a paragraph closed by its attribution
    // and then a headline with a body of its own. Better said than merged.
    for (i, p) in r.body.iter().enumerate() {
        let rest = &r.body[i + 1..];
        if attribution_split(p).is_some()
            && rest.len() >= 2
            && crate::bulletin::headline_like(&rest[0])
            && !crate::bulletin::numbered(&rest[0])
        {
            let line = numbered
                .iter()
                .find(|(_, l)| l.contains(rest[0].as_str()))
                .map_or(0, |(n, _)| *n);
            return Err(SubmissionError::Several { line });
        }
    }
    if let Some(last) = r.body.last_mut()
        && let Some((rest, units)) = attribution_split(last)
    {
        item.sources = units;
        let rest = rest.to_string();
        if rest.is_empty() {
            r.body.pop();
        } else {
            *last = rest;
        }
    }
    people_out(&mut item, units);
    if item.sources.is_empty() {
        item.sources = r.unit;
    }
    item.received = r.date.unwrap_or(received);
    item.body = r.body;
    if item.body.is_empty() {
        return Err(if item.headline.is_empty() {
            SubmissionError::Empty
        } else {
            SubmissionError::NoBody
        });
    }
    Ok(item)
}

/// The unit that opens the headline, or failing that the first sentence
/// (after a short lead such as 近日，): the longest name or alias in the
/// list, as its canonical name. Never a unit the list does not know.
pub fn infer_unit(item: &Item, units: &UnitList) -> Option<String> {
    let opening = |text: &str| -> Option<String> {
        let text = text.trim_start_matches(['“', '"', '【', '[', ' ', '　']);
        units
            .units
            .iter()
            .flat_map(|u| {
                std::iter::once(&u.name)
                    .chain(&u.aliases)
                    .map(move |n| (n, &u.name))
            })
            .filter(|(n, _)| !n.is_empty() && text.starts_with(n.as_str()))
            .max_by_key(|(n, _)| n.len())
            .map(|(_, canonical)| canonical.clone())
    };
    if let Some(unit) = opening(&item.headline) {
        return Some(unit);
    }
    let first = item.body.first()?;
    let sentence = first.split(['。', '！', '？']).next().unwrap_or(first);
    opening(sentence).or_else(|| {
        let (lead, rest) = sentence.split_once(['，', ','])?;
        (lead.chars().count() <= 12)
            .then(|| opening(rest))
            .flatten()
    })
}

fn apply(r: &mut Read, item: &mut Item, field: Field, value: &str, units: &UnitList) {
    match field {
        Field::Unit | Field::Sender => r.unit.extend(names(value)),
        Field::Date => r.date = r.date.or_else(|| find_date(value)),
        Field::Headline => r.headline = Some(value.to_string()).filter(|v| !v.is_empty()),
        Field::Body => {
            if !value.is_empty() {
                r.body.push(value.to_string());
            }
        }
        Field::Supplier => {
            // 供稿：矿山街道　王芳 — a unit, a person, or both.
            for word in names(value) {
                if is_unit(&word, units) {
                    r.unit.push(word);
                } else {
                    item.contributors.add(Role::Author, &word);
                }
            }
        }
        Field::Person(role) => item.contributors.add(role, value),
        Field::Addressee => {}
        Field::Attachment => {
            if !item.note.is_empty() {
                item.note.push('；');
            }
            item.note.push_str(&format!("附件：{value}"));
        }
    }
}

/// A credits bracket closing the last paragraph（撰稿：王芳 电话：…）is
/// taken off it, so the attribution before it is found.
fn strip_trailing_credits(r: &mut Read, item: &mut Item, units: &UnitList) {
    // …服务3200余人次。联系人：王芳，电话：138…: credits run on after the
    // last sentence.
    if let Some(last) = r.body.last().cloned() {
        for (at, _) in last.match_indices(['。', '！', '？']) {
            let tail = last[at..].trim_start_matches(['。', '！', '？']).trim();
            if tail.is_empty() {
                continue;
            }
            if let Some(fields) = read_line(tail)
                && fields.iter().all(|(f, _)| f.anywhere())
            {
                for (field, value) in fields {
                    apply(r, item, field, &value, units);
                }
                let keep = last[..at + '。'.len_utf8()].to_string();
                if let Some(l) = r.body.last_mut() {
                    *l = keep;
                }
                break;
            }
        }
    }
    let Some(last) = r.body.last() else { return };
    let trimmed = last.trim_end();
    let Some(open) = trimmed.rfind(['（', '(']) else {
        return;
    };
    let tail = &trimmed[open..];
    if !tail.ends_with(['）', ')']) {
        return;
    }
    let Some(fields) = read_line(tail) else {
        return;
    };
    if !fields
        .iter()
        .any(|(f, _)| matches!(f, Field::Person(_) | Field::Supplier))
    {
        return;
    }
    let rest = trimmed[..open].trim_end().to_string();
    for (field, value) in fields {
        apply(r, item, field, &value, units);
    }
    match r.body.last_mut() {
        Some(last) if !rest.is_empty() => *last = rest,
        _ => {
            r.body.pop();
        }
    }
}

#[cfg(test)]
mod tests;
