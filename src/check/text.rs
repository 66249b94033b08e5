//! Rules that read one field: punctuation and its width, pairs of marks,
//! doubled marks, spaces, the word list, headline form; and, from the
//! modules beside this one, the 公文 conventions of one paragraph.

use super::marks::sheltered;
use super::{CheckSettings, Fix, Hit, Rule, convention, personal, sequence, words};
use crate::i18n::{Key, tf};
use crate::model::count_chars;
use crate::script::{fullwidth_ascii_alnum, is_cjk};

fn hit(at: usize, rule: Rule, message: String, fix: Option<Fix>) -> Hit {
    Hit {
        at,
        rule,
        message,
        fix,
    }
}

fn replace(at: usize, len: usize, with: impl Into<String>) -> Option<Fix> {
    Some(Fix {
        start: at,
        end: at + len,
        with: with.into(),
    })
}

/// The rules every paragraph of a body goes through.
pub fn paragraph(text: &str, settings: &CheckSettings) -> Vec<Hit> {
    let chars: Vec<char> = text.chars().collect();
    let shelter = sheltered(&chars);
    let mut hits = Vec::new();
    half_width(&chars, &mut hits);
    full_width_alnum(&chars, &mut hits);
    balance(&chars, &mut hits);
    doubled(&chars, &mut hits);
    spaces(&chars, &mut hits);
    hits.extend(words::hits(&chars, &shelter, &settings.word_list()));
    hits.extend(sequence::wrong_marks(&chars, &shelter));
    convention::paragraph(&chars, &shelter, &mut hits);
    personal::hits(&chars, &mut hits);
    supersede(&mut hits);
    hits.sort_by_key(|h| h.at);
    hits
}

/// A convention's fix replaces a whole form (。。。 with ……, (2023) with
/// 〔2023〕); the general rules would mend its marks one by one into
/// something else (。。 into 。, ( into （), and their fixes would collide.
fn supersede(hits: &mut Vec<Hit>) {
    let claimed: Vec<(usize, usize)> = hits
        .iter()
        .filter(|h| {
            matches!(
                h.rule,
                Rule::NumberingMark
                    | Rule::DocumentNumber
                    | Rule::YearZero
                    | Rule::Ellipsis
                    | Rule::DateForm
            )
        })
        .filter_map(|h| h.fix.as_ref().map(|f| (f.start, f.end)))
        .collect();
    hits.retain(|h| {
        let general = matches!(
            h.rule,
            Rule::HalfWidthPunctuation | Rule::FullWidthAlnum | Rule::DoubledMarks
        );
        !general || !claimed.iter().any(|&(s, e)| (s..e).contains(&h.at))
    });
}

/// A headline: the paragraph rules, its length (at most `max` 字), and no
/// closing punctuation.
pub fn headline(text: &str, settings: &CheckSettings, max: usize) -> Vec<Hit> {
    let mut hits = paragraph(text, settings);
    let n = count_chars(text);
    if n > max {
        hits.push(hit(
            0,
            Rule::LongHeadline,
            tf(Key::CheckLongHeadline, &[&n, &max]),
            None,
        ));
    }
    let trimmed = text.trim_end();
    if let Some(last) = trimmed.chars().last()
        && "。，；：！？、.,;:!?".contains(last)
    {
        let at = trimmed.chars().count() - 1;
        // A full stop is certainly wrong; an exclamation may be the unit's tone.
        let fix = if last == '。' || last == '.' {
            replace(at, 1, "")
        } else {
            None
        };
        hits.push(hit(
            at,
            Rule::HeadlinePunctuation,
            tf(Key::CheckHeadlinePunct, &[&last]),
            fix,
        ));
    }
    hits
}

/// Chinese writes full-width punctuation: an ASCII mark next to Chinese is
/// one typed in the wrong input mode.
fn half_width(chars: &[char], hits: &mut Vec<Hit>) {
    // The nearest character that is not a space or another ASCII mark
    // (which will become full width itself).
    let near = |i: usize, step: isize| -> Option<char> {
        let mut j = i as isize + step;
        while j >= 0 && (j as usize) < chars.len() {
            let c = chars[j as usize];
            if !c.is_whitespace() && !",.;:?!()\"".contains(c) {
                return Some(c);
            }
            j += step;
        }
        None
    };
    let mut open_quote = true;
    for (i, &c) in chars.iter().enumerate() {
        let (before, after) = (near(i, -1), near(i, 1));
        let cjk_before = before.is_some_and(is_cjk);
        let cjk_after = after.is_some_and(is_cjk);
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        let full = match c {
            ',' if (cjk_before || cjk_after) && !(digit(before) && digit(after)) => Some('，'),
            '.' if cjk_before
                && !digit(after)
                && !after.is_some_and(|a| a.is_ascii_alphanumeric()) =>
            {
                Some('。')
            }
            ';' if cjk_before || cjk_after => Some('；'),
            ':' if cjk_before || cjk_after => Some('：'),
            '?' if cjk_before => Some('？'),
            '!' if cjk_before => Some('！'),
            '(' if cjk_after || cjk_before => Some('（'),
            ')' if cjk_before || cjk_after => Some('）'),
            '"' if cjk_before || cjk_after => {
                let q = if open_quote { '“' } else { '”' };
                open_quote = !open_quote;
                Some(q)
            }
            _ => None,
        };
        if let Some(full) = full {
            hits.push(hit(
                i,
                Rule::HalfWidthPunctuation,
                tf(Key::CheckHalfWidth, &[&c, &full]),
                replace(i, 1, full),
            ));
        }
    }
}

fn full_width_alnum(chars: &[char], hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i < chars.len() {
        if fullwidth_ascii_alnum(chars[i]).is_some() {
            let start = i;
            while i < chars.len() && fullwidth_ascii_alnum(chars[i]).is_some() {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let half: String = chars[start..i]
                .iter()
                .filter_map(|&c| fullwidth_ascii_alnum(c))
                .collect();
            hits.push(hit(
                start,
                Rule::FullWidthAlnum,
                tf(Key::CheckFullWidth, &[&run, &half]),
                replace(start, i - start, half),
            ));
        } else {
            i += 1;
        }
    }
}

const PAIRS: [(char, char); 8] = [
    ('“', '”'),
    ('‘', '’'),
    ('（', '）'),
    ('《', '》'),
    ('【', '】'),
    ('〈', '〉'),
    ('「', '」'),
    ('『', '』'),
];

/// Paired marks close in the order they open.
fn balance(chars: &[char], hits: &mut Vec<Hit>) {
    let mut stack: Vec<(usize, char)> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if PAIRS.iter().any(|(o, _)| *o == c) {
            stack.push((i, c));
        } else if let Some(&(open, _)) = PAIRS.iter().find(|(_, cl)| *cl == c) {
            match stack.last() {
                Some(&(_, top)) if top == open => {
                    stack.pop();
                }
                Some(&(at, top)) if stack.iter().any(|(_, o)| *o == open) => {
                    hits.push(hit(
                        i,
                        Rule::UnbalancedMarks,
                        tf(Key::CheckMisnested, &[&top, &c, &at]),
                        None,
                    ));
                    while stack.pop().is_some_and(|(_, o)| o != open) {}
                }
                _ => hits.push(hit(
                    i,
                    Rule::UnbalancedMarks,
                    tf(Key::CheckUnopened, &[&c]),
                    None,
                )),
            }
        }
    }
    for (at, open) in stack {
        hits.push(hit(
            at,
            Rule::UnbalancedMarks,
            tf(Key::CheckUnclosed, &[&open]),
            None,
        ));
    }
}

const MARKS: &str = "。，、；：？！";

/// 。。 or ，， is a slip (the second goes); ，。 is a choice left to the editor.
fn doubled(chars: &[char], hits: &mut Vec<Hit>) {
    for i in 1..chars.len() {
        let (a, b) = (chars[i - 1], chars[i]);
        if !MARKS.contains(a) || !MARKS.contains(b) || matches!((a, b), ('？', '！') | ('！', '？'))
        {
            continue;
        }
        if a == b {
            hits.push(hit(
                i,
                Rule::DoubledMarks,
                tf(Key::CheckDoubled, &[&a, &b]),
                replace(i, 1, ""),
            ));
        } else {
            hits.push(hit(
                i - 1,
                Rule::DoubledMarks,
                tf(Key::CheckConflicting, &[&a, &b]),
                None,
            ));
        }
    }
}

/// No space next to Chinese, none at the ends, one between Latin words.
fn spaces(chars: &[char], hits: &mut Vec<Hit>) {
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        let (before, after) = (
            start.checked_sub(1).map(|j| chars[j]),
            chars.get(i).copied(),
        );
        let edge = before.is_none() || after.is_none();
        let beside_chinese = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
        // GB/T 15835: 300人, 5.6%, 26℃ — a number keeps its unit.
        let unit = before.is_some_and(|c| c.is_ascii_digit())
            && after.is_some_and(|c| is_cjk(c) || "%‰℃°".contains(c))
            && !edge;
        if unit {
            hits.push(hit(
                start,
                Rule::NumberUnitSpace,
                tf(Key::CheckNumberUnitSpace, &[]),
                replace(start, i - start, ""),
            ));
        } else if edge || beside_chinese {
            hits.push(hit(
                start,
                Rule::StraySpace,
                tf(Key::CheckSpace, &[]),
                replace(start, i - start, ""),
            ));
        } else if i - start > 1 || chars[start] != ' ' {
            hits.push(hit(
                start,
                Rule::StraySpace,
                tf(Key::CheckSpaces, &[]),
                replace(start, i - start, " "),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str) -> Vec<(usize, Rule)> {
        paragraph(text, &CheckSettings::default())
            .iter()
            .map(|h| (h.at, h.rule))
            .collect()
    }

    fn fixed(text: &str) -> String {
        let hits = paragraph(text, &CheckSettings::default());
        super::super::apply(text, hits.iter().filter_map(|h| h.fix.as_ref()).collect())
    }

    #[test]
    fn half_width_punctuation_in_chinese_and_only_there() {
        assert_eq!(
            fixed("一是网格全覆盖,夯实基础.二是(城运分中心)调度;重点关注:老人?"),
            "一是网格全覆盖，夯实基础。二是（城运分中心）调度；重点关注：老人？"
        );
        assert_eq!(
            fixed("做到\"人在网中走\"和\"事在格中办\"!"),
            "做到“人在网中走”和“事在格中办”！"
        );
        for clean in [
            "增长5.6%",
            "访问www.example.gov.cn查询",
            "共1,000人",
            "GDP (gross)",
            "版本v2.0发布",
        ] {
            assert!(rules(clean).is_empty(), "{clean}: {:?}", rules(clean));
        }
    }

    #[test]
    fn full_width_letters_and_digits() {
        assert_eq!(
            fixed("２０２３年拨打１２３４５热线，ＡＢ类"),
            "2023年拨打12345热线，AB类"
        );
        assert_eq!(rules("２０２３年"), [(0, Rule::FullWidthAlnum)]);
    }

    #[test]
    fn pairs_that_do_not_close_or_cross() {
        assert!(rules("“一屏多用”（见附件《方案》）").is_empty());
        assert_eq!(rules("“一屏多用"), [(0, Rule::UnbalancedMarks)]);
        assert_eq!(rules("一屏多用”"), [(4, Rule::UnbalancedMarks)]);
        assert_eq!(
            rules("《“方案》”"),
            [(4, Rule::UnbalancedMarks), (5, Rule::UnbalancedMarks)]
        );
    }

    #[test]
    fn doubled_and_conflicting_marks() {
        assert_eq!(fixed("取得实效。。群众满意，，"), "取得实效。群众满意，");
        assert_eq!(rules("取得实效，。"), [(4, Rule::DoubledMarks)]);
        assert!(
            fixed("取得实效，。").contains("，。"),
            "a conflict is the editor's to settle"
        );
        assert!(rules("真的吗？！").is_empty());
        assert!(rules("他说……——").is_empty());
    }

    #[test]
    fn spaces_next_to_chinese_and_at_the_ends() {
        assert_eq!(fixed("基层  党建 工作 "), "基层党建工作");
        assert_eq!(fixed("使用 GDP 指标"), "使用GDP指标");
        assert_eq!(fixed("GDP  growth"), "GDP growth");
        assert!(rules("GDP growth").is_empty());
    }

    #[test]
    fn word_list() {
        let mut settings = CheckSettings::default();
        settings.terms.push(super::super::Term {
            wrong: "某敏感词".into(),
            right: None,
        });
        let hits = paragraph("截止目前，已做为试点。某敏感词", &settings);
        let fixes: Vec<&str> = hits
            .iter()
            .filter_map(|h| h.fix.as_ref())
            .map(|f| f.with.as_str())
            .collect();
        assert_eq!(fixes, ["截至目前", "作为"]);
        assert!(
            hits.iter()
                .any(|h| h.rule == Rule::Term && h.fix.is_none() && h.message.contains("某敏感词"))
        );
    }

    #[test]
    fn headline_rules() {
        let s = CheckSettings::default();
        let names = |t: &str| {
            headline(t, &s, s.headline_max)
                .iter()
                .map(|h| h.rule)
                .collect::<Vec<_>>()
        };
        assert!(names("矿山街道多措并举持续优化卫生环境").is_empty());
        assert!(
            names("实现“一屏多用”").is_empty(),
            "a closing quote ends a headline fine"
        );
        assert_eq!(names("防汛工作取得实效！"), [Rule::HeadlinePunctuation]);
        assert_eq!(names(&"很长".repeat(21)), [Rule::LongHeadline]);
        let fix = headline("工作取得实效。", &s, s.headline_max)
            .remove(0)
            .fix
            .unwrap();
        assert_eq!((fix.start, fix.with.as_str()), (6, ""));
    }
}
