//! Conventions of 公文 writing that a general CJK linter does not know:
//! the year of a 文号 in 〔〕 (GB/T 9704), 〇 in years written in Chinese,
//! the 省略号 …… and what may follow it (GB/T 15834), dates in running
//! text and one way of writing the numbers of one kind in an item
//! (GB/T 15835). Titles and quotations are left as they are.

use super::{Fix, Hit, Rule};
use crate::i18n::{Key, tf};
use crate::script::{fullwidth_ascii_alnum, is_cjk, is_han};

fn fixed(at: usize, end: usize, rule: Rule, message: String, with: String) -> Hit {
    Hit {
        at,
        rule,
        message,
        fix: Some(Fix {
            start: at,
            end,
            with,
        }),
    }
}

/// An ASCII or full-width digit's value.
fn digit(c: char) -> Option<u32> {
    fullwidth_ascii_alnum(c).unwrap_or(c).to_digit(10)
}

/// The conventions that read one paragraph.
pub fn paragraph(chars: &[char], shelter: &[bool], hits: &mut Vec<Hit>) {
    document_number(chars, shelter, hits);
    year_zero(chars, shelter, hits);
    ellipsis(chars, shelter, hits);
    dates(chars, shelter, hits);
}

/// 郑政〔2023〕5号: the year of a document number in 六角括号, not in
/// [ ] 【】 （） or the small-form ﹝﹞ that Word offers for them.
fn document_number(chars: &[char], shelter: &[bool], hits: &mut Vec<Hit>) {
    const WRONG: [(char, char); 7] = [
        ('[', ']'),
        ('［', '］'),
        ('【', '】'),
        ('（', '）'),
        ('(', ')'),
        ('〈', '〉'),
        ('﹝', '﹞'),
    ];
    for i in 1..chars.len() {
        let Some(&(_, close)) = WRONG.iter().find(|(o, _)| *o == chars[i]) else {
            continue;
        };
        let year: Option<String> = (1..=4)
            .map(|k| chars.get(i + k).copied().and_then(digit))
            .map(|d| d.and_then(|d| char::from_digit(d, 10)))
            .collect();
        let Some(year) = year.filter(|y| y.starts_with("19") || y.starts_with("20")) else {
            continue;
        };
        // 机关代字 before, 序号 and 号 after: 郑政[2023]5号.
        let serial = chars[(i + 6).min(chars.len())..]
            .iter()
            .take_while(|&&c| digit(c).is_some())
            .count();
        if shelter[i]
            || !is_han(chars[i - 1])
            || chars.get(i + 5) != Some(&close)
            || !(1..=4).contains(&serial)
            || chars.get(i + 6 + serial) != Some(&'号')
        {
            continue;
        }
        let wrong: String = chars[i..i + 6].iter().collect();
        let right = format!("〔{year}〕");
        hits.push(fixed(
            i,
            i + 6,
            Rule::DocumentNumber,
            tf(Key::CheckDocumentNumber, &[&wrong, &right]),
            right,
        ));
    }
}

const YEAR_DIGITS: &str = "〇一二三四五六七八九";
/// What is typed for 〇 by mistake: the digit, the letter, 零, the circle.
const NOT_ZERO: &str = "0０OoＯｏ零○◯Ο";

/// 二〇二三年: a year in Chinese numerals writes its zero as 〇.
fn year_zero(chars: &[char], shelter: &[bool], hits: &mut Vec<Hit>) {
    let is_part = |c: char| YEAR_DIGITS.contains(c) || NOT_ZERO.contains(c);
    let mut i = 0;
    while i < chars.len() {
        let len = chars[i..].iter().take_while(|&&c| is_part(c)).count();
        if len == 0 {
            i += 1;
            continue;
        }
        let run = &chars[i..i + len];
        let chinese = run
            .iter()
            .filter(|&&c| "一二三四五六七八九".contains(c))
            .count();
        if len == 4
            && chars.get(i + len) == Some(&'年')
            && chinese >= 2
            && run.iter().any(|&c| NOT_ZERO.contains(c))
            && !shelter[i]
        {
            let wrong: String = run.iter().collect();
            let right: String = run
                .iter()
                .map(|&c| if NOT_ZERO.contains(c) { '〇' } else { c })
                .collect();
            hits.push(fixed(
                i,
                i + len,
                Rule::YearZero,
                tf(Key::CheckYearZero, &[&wrong, &right]),
                right,
            ));
        }
        i += len;
    }
}

/// After …… these start a word of their own (等待, 等于), not a second 等.
const NOT_ETC: &str = "待候到级同于额次量值效号比距价式我你他她它咱";

/// …… is the 省略号: not ..., 。。。, ··· or a single …; and 等 after it
/// says the same thing twice.
fn ellipsis(chars: &[char], shelter: &[bool], hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let len = chars[i..].iter().take_while(|&&d| d == c).count();
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + len).copied();
        let chinese_beside = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
        let wrong = match c {
            '。' => len >= 3,
            '.' | '．' | '·' | '・' => len >= 3 && chinese_beside,
            '…' => len == 1 || len == 3,
            _ => false,
        };
        let ellipsis = wrong || (c == '…' && len == 2);
        if wrong && !shelter[i] {
            let text: String = chars[i..i + len].iter().collect();
            hits.push(fixed(
                i,
                i + len,
                Rule::Ellipsis,
                tf(Key::CheckEllipsis, &[&text]),
                "……".into(),
            ));
        }
        let etc = i + len;
        if ellipsis && after == Some('等') && !shelter[i] {
            let next = chars.get(etc + 1).copied();
            let word = if next == Some('等') { "等等" } else { "等" };
            if !next.is_some_and(|n| NOT_ETC.contains(n)) {
                hits.push(Hit {
                    at: etc,
                    rule: Rule::Ellipsis,
                    message: tf(Key::CheckEllipsisEtc, &[&word]),
                    fix: None,
                });
            }
        }
        i += len;
    }
}

/// The digits of a number at `i` that no other digit or letter touches:
/// (value, characters).
fn number(chars: &[char], i: usize, most: usize) -> Option<(u32, usize)> {
    let len = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if len == 0 || len > most {
        return None;
    }
    let n: String = chars[i..i + len].iter().collect();
    n.parse().ok().map(|n| (n, len))
}

/// 2023年8月14日 in running text, not 2023.8.14, 2023-8-14 or 2023/8/14.
fn dates(chars: &[char], shelter: &[bool], hits: &mut Vec<Hit>) {
    let touches =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || "./-_:".contains(c));
    for i in 0..chars.len() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        if touches(before) || shelter[i] {
            continue;
        }
        let Some((year, 4)) = number(chars, i, 4) else {
            continue;
        };
        let sep = chars.get(i + 4).copied();
        if !matches!(sep, Some('.' | '-' | '/' | '．' | '－' | '／')) {
            continue;
        }
        let Some((month, m)) = number(chars, i + 5, 2) else {
            continue;
        };
        if chars.get(i + 5 + m).copied() != sep {
            continue;
        }
        let Some((day, d)) = number(chars, i + 6 + m, 2) else {
            continue;
        };
        let mut end = i + 6 + m + d;
        let after = chars.get(end).copied();
        // 2023.8.14.1 is a version, 2023-8-14T09 a timestamp.
        if after.is_some_and(|c| c.is_ascii_alphanumeric())
            || (after.is_some_and(|c| ".-/".contains(c))
                && chars.get(end + 1).is_some_and(|c| c.is_ascii_digit()))
        {
            continue;
        }
        let valid = (1900..=2099).contains(&year)
            && jiff::civil::Date::new(year as i16, month as i8, day as i8).is_ok();
        if !valid {
            continue;
        }
        if after == Some('日') {
            end += 1;
        }
        let wrong: String = chars[i..end].iter().collect();
        let right = format!("{year}年{month}月{day}日");
        hits.push(fixed(
            i,
            end,
            Rule::DateForm,
            tf(Key::CheckDateForm, &[&right, &wrong]),
            right,
        ));
    }
}

/// Measure words that count things: the same kind of quantity.
const MEASURES: [&str; 41] = [
    "平方米",
    "万元",
    "亿元",
    "公里",
    "千米",
    "小时",
    "人次",
    "个",
    "人",
    "名",
    "家",
    "处",
    "件",
    "条",
    "户",
    "次",
    "场",
    "项",
    "台",
    "辆",
    "所",
    "座",
    "起",
    "批",
    "篇",
    "份",
    "张",
    "套",
    "株",
    "棵",
    "亩",
    "吨",
    "元",
    "米",
    "天",
    "栋",
    "间",
    "支",
    "类",
    "例",
    "宗",
];

/// Numbers that are names, not counts: 两个维护, 四个意识, 八项规定 …
const SET_PHRASES: [&str; 14] = [
    "两个维护",
    "两个确立",
    "两个一百年",
    "三个代表",
    "三个务必",
    "三个有利于",
    "四个意识",
    "四个自信",
    "四个全面",
    "四个服从",
    "五个一",
    "六个必须",
    "八项规定",
    "十个坚持",
];

fn measure_at(chars: &[char], at: usize) -> Option<&'static str> {
    MEASURES.iter().copied().find(|m| {
        let m: Vec<char> = m.chars().collect();
        chars[at.min(chars.len())..].starts_with(&m)
    })
}

/// A count in one paragraph: where it starts, its text, its measure word,
/// and what it counts: the measure word, or for the all-purpose 个 the
/// word after it, or before when nothing follows (三个项目 and 项目12个
/// are one kind, 四个方面 another).
struct Count {
    at: usize,
    text: String,
    measure: &'static str,
    kind: String,
}

fn count(chars: &[char], at: usize, stop: usize, measure: &'static str) -> Count {
    let kind = if measure == "个" {
        let after: String = chars[stop..]
            .iter()
            .take(2)
            .take_while(|c| is_han(**c))
            .collect();
        let before: String = chars[..at]
            .iter()
            .rev()
            .take(2)
            .take_while(|c| is_han(**c))
            .collect();
        let noun = if after.is_empty() {
            before.chars().rev().collect()
        } else {
            after
        };
        format!("个{noun}")
    } else {
        measure.to_string()
    };
    Count {
        at,
        text: chars[at..stop].iter().collect(),
        measure,
        kind,
    }
}

/// Counts written in Arabic figures (12处, 3.5万元, 300余人) and in Chinese
/// numerals (三处, 十二个), leaving out what GB/T 15835 writes in Chinese
/// anyway: 一 and 两 and 二 (一个, 两个, 二次), approximations (三四个,
/// 几十个, 十余人), ordinals (第三个), idioms (三番五次, 三天两头), set
/// phrases, and titles and quotations.
fn counts(text: &str) -> (Vec<Count>, Vec<Count>) {
    let chars: Vec<char> = text.chars().collect();
    let shelter = super::marks::sheltered(&chars);
    let (mut arabic, mut chinese) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < chars.len() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let ascii = chars[i..]
            .iter()
            .take_while(|c| c.is_ascii_digit() || **c == '.' || **c == ',')
            .count();
        let han = chars[i..]
            .iter()
            .take_while(|c| "〇零一二三四五六七八九十百千万亿两".contains(**c))
            .count();
        if chars[i].is_ascii_digit() && !before.is_some_and(|c| c.is_ascii_alphanumeric()) {
            let mut end = i + ascii;
            if chars.get(end).is_some_and(|&c| c == '万' || c == '亿') {
                end += 1;
            }
            if chars.get(end).is_some_and(|&c| c == '余' || c == '多') {
                end += 1;
            }
            if let Some(measure) = measure_at(&chars, end)
                && before != Some('第')
                && !shelter[i]
            {
                let stop = end + measure.chars().count();
                arabic.push(count(&chars, i, stop, measure));
            }
            i += ascii.max(1);
        } else if han > 0 {
            let run: String = chars[i..i + han].iter().collect();
            let first = chars[i];
            // 三四 七八: two numerals side by side guess at a number.
            let guess = chars[i..i + han].windows(2).any(|w| {
                "一二三四五六七八九两".contains(w[0]) && "一二三四五六七八九两".contains(w[1])
            });
            let ordinal = before.is_some_and(|c| "第初周其之几数近".contains(c));
            let idiom = i >= 2 && "一二三四五六七八九十千百万".contains(chars[i - 2]);
            let set = SET_PHRASES.iter().any(|p| {
                let p: Vec<char> = p.chars().collect();
                chars[i..].starts_with(&p)
            });
            let small =
                matches!(run.as_str(), "一" | "二" | "两") || !"三四五六七八九十".contains(first);
            if let Some(measure) = measure_at(&chars, i + han) {
                let stop = i + han + measure.chars().count();
                let doubled = chars
                    .get(stop)
                    .is_some_and(|&c| "一二三四五六七八九十两".contains(c));
                if !(guess || ordinal || idiom || set || small || doubled || shelter[i]) {
                    chinese.push(count(&chars, i, stop, measure));
                }
            }
            i += han;
        } else {
            i += 1;
        }
    }
    (arabic, chinese)
}

/// Quantities of one kind in one item are all in Arabic figures or all in
/// Chinese numerals; GB/T 15835 prefers figures for counts, so the Chinese
/// ones are reported, and left for the editor (三处 may be meant).
pub fn numeral_mix(body: &[String]) -> Vec<(usize, Hit)> {
    let found: Vec<(Vec<Count>, Vec<Count>)> = body.iter().map(|p| counts(p)).collect();
    let mut hits = Vec::new();
    for (para, (_, chinese)) in found.iter().enumerate() {
        for c in chinese {
            let figure = found
                .iter()
                .flat_map(|(arabic, _)| arabic)
                .find(|a| a.kind == c.kind);
            if let Some(figure) = figure {
                hits.push((
                    para,
                    Hit {
                        at: c.at,
                        rule: Rule::NumeralMix,
                        message: tf(Key::CheckNumeralMix, &[&c.measure, &figure.text, &c.text]),
                        fix: None,
                    },
                ));
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{CheckSettings, text};

    fn rules(text: &str) -> Vec<(usize, Rule)> {
        text::paragraph(text, &CheckSettings::default())
            .iter()
            .map(|h| (h.at, h.rule))
            .collect()
    }

    fn fixed(text: &str) -> String {
        let hits = text::paragraph(text, &CheckSettings::default());
        crate::check::apply(text, hits.iter().filter_map(|h| h.fix.as_ref()).collect())
    }

    /// Each planted error with the form the fix gives, then the same
    /// sentence right, which nothing flags.
    fn table(rule: Rule, rows: &[(&str, &str)]) {
        for (wrong, right) in rows {
            let found = rules(wrong);
            assert!(found.iter().any(|(_, r)| *r == rule), "{wrong}: {found:?}");
            assert_eq!(fixed(wrong), *right, "{wrong}");
            assert!(rules(right).is_empty(), "{right}: {:?}", rules(right));
        }
    }

    #[test]
    fn document_numbers() {
        table(
            Rule::DocumentNumber,
            &[
                (
                    "印发《实施方案》（郑政[2023]5号）。",
                    "印发《实施方案》（郑政〔2023〕5号）。",
                ),
                (
                    "根据上办【2022】18号文件精神。",
                    "根据上办〔2022〕18号文件精神。",
                ),
                ("按照上政（2023）112号要求。", "按照上政〔2023〕112号要求。"),
                ("按照上政(2023)112号要求。", "按照上政〔2023〕112号要求。"),
                ("转发上政办﹝2021﹞7号通知。", "转发上政办〔2021〕7号通知。"),
            ],
        );
        for clean in [
            "（2023）年度考核已完成。",
            "第三季度（2023）数据见附件。",
            "学习《关于印发上政[2023]5号的说明》。",
        ] {
            assert!(rules(clean).is_empty(), "{clean}: {:?}", rules(clean));
        }
    }

    #[test]
    fn zero_in_years_written_in_chinese() {
        table(
            Rule::YearZero,
            &[
                ("二0二三年八月十四日", "二〇二三年八月十四日"),
                ("二O二三年工作要点", "二〇二三年工作要点"),
                ("二零二三年工作要点", "二〇二三年工作要点"),
                ("一九九○年建成", "一九九〇年建成"),
                ("二０二三年", "二〇二三年"),
            ],
        );
        for clean in [
            "二〇二三年",
            "2023年",
            "三千零五十人",
            "零星分布",
            "三零五室",
        ] {
            assert!(rules(clean).is_empty(), "{clean}: {:?}", rules(clean));
        }
    }

    #[test]
    fn ellipses() {
        table(
            Rule::Ellipsis,
            &[
                (
                    "宣传、培训、督查...多措并举。",
                    "宣传、培训、督查……多措并举。",
                ),
                (
                    "宣传、培训、督查。。。多措并举。",
                    "宣传、培训、督查……多措并举。",
                ),
                (
                    "宣传、培训、督查…多措并举。",
                    "宣传、培训、督查……多措并举。",
                ),
                (
                    "宣传、培训、督查······多措并举。",
                    "宣传、培训、督查……多措并举。",
                ),
            ],
        );
        for (text, word) in [
            ("开展宣传、培训、督查……等工作。", "等"),
            ("走访慰问、送医送药……等等。", "等等"),
        ] {
            let found = text::paragraph(text, &CheckSettings::default());
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].rule, Rule::Ellipsis);
            assert!(
                found[0].message.contains(word) && found[0].fix.is_none(),
                "{}",
                found[0].message
            );
        }
        for clean in [
            "开展宣传、培训、督查等工作。",
            "宣传、培训、督查……多措并举。",
            "他说……——",
            "访问www.example.gov.cn...",
            "“我们在这里……等你回来。”",
            "真是……等待了太久。",
        ] {
            assert!(rules(clean).is_empty(), "{clean}: {:?}", rules(clean));
        }
    }

    #[test]
    fn dates_in_running_text() {
        table(
            Rule::DateForm,
            &[
                ("于2023.8.14召开会议。", "于2023年8月14日召开会议。"),
                ("于2023-8-14召开会议。", "于2023年8月14日召开会议。"),
                ("于2023/08/14召开会议。", "于2023年8月14日召开会议。"),
                ("于2023.8.14日召开会议。", "于2023年8月14日召开会议。"),
            ],
        );
        let message = &text::paragraph("于2023-8-14召开", &CheckSettings::default())[0].message;
        assert!(
            message.find("2023年8月14日") < message.find("2023-8-14"),
            "the right form first: {message}"
        );
        for clean in [
            "于2023年8月14日召开会议。",
            "2023年2月—6月开展专项行动。",
            "降幅在5%～10%之间。",
            "版本2023.8.14.1已发布。",
            "GDP增长5.6%，总量2023.8亿元。",
            "2023-2024年度工作计划。",
            "学习《2023.8.14会议纪要》。",
        ] {
            assert!(rules(clean).is_empty(), "{clean}: {:?}", rules(clean));
        }
    }

    #[test]
    fn a_number_keeps_its_unit() {
        table(
            Rule::NumberUnitSpace,
            &[
                ("共排查隐患12 处。", "共排查隐患12处。"),
                ("同比增长5.6 %。", "同比增长5.6%。"),
                ("最高气温38 ℃。", "最高气温38℃。"),
            ],
        );
        assert!(
            rules("跑了5 km").is_empty(),
            "a Latin unit symbol takes a space"
        );
    }

    fn mixed(body: &[&str]) -> Vec<(usize, usize, String)> {
        let body: Vec<String> = body.iter().map(|s| s.to_string()).collect();
        numeral_mix(&body)
            .into_iter()
            .map(|(p, h)| (p, h.at, h.message))
            .collect()
    }

    #[test]
    fn numbers_of_one_kind_in_one_way() {
        for (body, at) in [
            (&["排查隐患12处，整改到位三处。"][..], (0, 12)),
            (&["走访企业46家。", "帮助五家企业解决难题。"][..], (1, 2)),
            (&["收集意见建议15条，梳理形成十二条措施。"][..], (0, 14)),
            (&["新建项目12个。", "另有三个项目在建。"][..], (1, 2)),
        ] {
            let found = mixed(body);
            assert_eq!(found.len(), 1, "{body:?}: {found:?}");
            assert_eq!((found[0].0, found[0].1), at, "{body:?}");
        }
        let message = &mixed(&["排查隐患12处，整改到位三处。"])[0].2;
        assert!(
            message.contains("12处") && message.contains("三处"),
            "{message}"
        );
        for clean in [
            &["排查隐患12处，整改到位3处。"][..],
            &["竞赛设置4个项目，分为两个环节。"],
            &["开展一次专项行动，处置问题12次。"],
            &["三番五次督促，整改12次。"],
            &["增强“四个意识”，走访12个单位，坚持四个自信。"],
            &["走访三四家企业，帮扶12家。"],
            &["召开十余次会议，开展12次培训。"],
            &["获评第三名，表彰12名。"],
            &["三天两头检查，共检查12天。"],
            &["二次供水改造12处。"],
            &["三处隐患全部整改。"],
            &["围绕四个方面，建成项目12个。"],
        ] {
            assert!(mixed(clean).is_empty(), "{clean:?}: {:?}", mixed(clean));
        }
    }
}
