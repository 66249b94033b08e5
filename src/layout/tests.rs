//! The 避头尾 rule table and the layout's invariants.

use proptest::prelude::*;

use super::breaks::{no_end, no_start};
use super::*;

/// `text` broken at `zi` 字 a line, no indentation.
fn set(text: &str, zi: usize) -> Vec<&str> {
    let m = Measure {
        first: zi * 2,
        rest: zi * 2,
        metric: Metric::Print,
        hang: false,
    };
    break_lines(text, m)
        .into_iter()
        .map(|s| &text[s.range])
        .collect()
}

const NO_START: &str = "、。，．：；！？”’」』）〕】〗］｝》〉～–·／%‰℃,.;:?!)]}";
const NO_END: &str = "“‘「『（〔【〖［｛《〈／([{";

#[test]
fn every_mark_that_must_not_start_a_line_pulls_the_character_before_it_down() {
    for mark in NO_START.chars() {
        assert!(no_start(mark), "{mark}");
        let text = format!("一二三{mark}四");
        assert_eq!(set(&text, 3), ["一二", &format!("三{mark}四")], "{mark}");
    }
}

#[test]
fn every_mark_that_must_not_end_a_line_goes_down_with_the_character_after_it() {
    for mark in NO_END.chars().filter(|&m| !no_start(m)) {
        assert!(no_end(mark), "{mark}");
        let text = format!("一二{mark}三四");
        let lines = set(&text, 3);
        assert_eq!(lines, ["一二", &format!("{mark}三四")], "{mark}");
    }
}

#[test]
fn a_full_width_slash_holds_on_to_both_neighbours() {
    assert!(no_start('／') && no_end('／'));
    assert_eq!(set("一二／三四", 3), ["一", "二／三", "四"]);
}

#[test]
fn dashes_and_ellipses_never_split() {
    assert_eq!(set("一二——三", 3), ["一二", "——三"]);
    assert_eq!(set("一二……三", 3), ["一二", "……三"]);
    assert_eq!(set("一——二三", 2), ["一", "——", "二三"]);
    assert_eq!(
        set("一二三—四", 3),
        ["一二", "三—四"],
        "a lone — must not start a line"
    );
    assert_eq!(
        set("一二三——四", 4),
        ["一二三", "——四"],
        "—— may start a line"
    );
}

#[test]
fn numbers_words_and_addresses_stay_whole() {
    assert_eq!(set("一二2023年", 3), ["一二", "2023年"]);
    assert_eq!(set("增长了5.6%，", 4), ["增长了", "5.6%，"]);
    assert_eq!(set("坚持7*24小时", 4), ["坚持7*24", "小时"]);
    assert_eq!(set("坚持7*24小时", 3), ["坚持", "7*24小", "时"]);
    assert_eq!(set("拨打12345热线", 4), ["拨打", "12345热", "线"]);
    assert_eq!(set("统计GDP数据", 3), ["统计", "GDP数", "据"]);
    assert_eq!(set("hello world again", 6), ["hello world", "again"]);
    assert_eq!(set("hello world again", 5), ["hello", "world", "again"]);
    assert_eq!(
        set("访问www.example.gov.cn。", 4),
        ["访问", "www.exam", "ple.gov.", "cn。"],
        "longer than a line: cut at the width"
    );
}

#[test]
fn runs_of_marks_lines_of_punctuation_and_edge_widths() {
    assert_eq!(set("一二好。”）", 4), ["一二", "好。”）"]);
    assert_eq!(set("他说：“好。”", 4), ["他说：", "“好。”"]);
    assert_eq!(
        set("他说：“好。”", 3),
        ["他说：", "“好。", "”"],
        "a glued run longer than a line is cut"
    );
    assert_eq!(
        set("。。。。。。。。", 3),
        ["。。。", "。。。", "。。"],
        "only punctuation: forced"
    );
    assert_eq!(set("短句。", 28), ["短句。"]);
    assert_eq!(set("一二三", 1), ["一", "二", "三"]);
    assert_eq!(
        set("一。二", 1),
        ["一", "。", "二"],
        "width 1: a forced break is the only way"
    );
    assert_eq!(set("——", 1), ["—", "—"]);
    assert!(set("", 28).is_empty());
    assert!(set("   ", 28).is_empty());
}

#[test]
fn spaces_beside_chinese_are_kept_spaces_between_words_become_the_break() {
    assert_eq!(set("区委宣传部 区文明办", 5), ["区委宣传部 ", "区文明办"]);
    assert_eq!(set("ab cd", 2), ["ab", "cd"]);
}

#[test]
fn hanging_lets_one_mark_into_the_margin() {
    let m = |hang| Measure {
        first: 6,
        rest: 6,
        metric: Metric::Print,
        hang,
    };
    let lines = |hang| -> Vec<String> {
        let text = "一二三，四";
        break_lines(text, m(hang))
            .into_iter()
            .map(|s| text[s.range].to_string())
            .collect()
    };
    assert_eq!(lines(false), ["一二", "三，四"]);
    assert_eq!(lines(true), ["一二三，", "四"]);
    let text = "一二三”四";
    let spans = break_lines(text, m(true));
    assert_eq!(&text[spans[0].range.clone()], "一二", "only 、，。 hang");
}

fn issue() -> crate::model::Issue {
    let mut issue = crate::model::Issue::new("上街信息", 2023, 56);
    issue.date = crate::model::parse_date("2023年8月28日");
    issue.publisher = "中共上街区委办公室".into();
    let mut item = crate::model::Item::new(
        "矿山街道优化卫生环境",
        vec!["一是认真部署，组织全民参与。二是线下发力，强化群众认识。".into()],
        jiff::civil::Date::constant(2023, 8, 1),
    );
    item.sources = vec!["矿山街道".into()];
    issue.articles.push(item);
    issue.footer.push(crate::model::FooterLine::new(
        "本期送",
        "区县处级领导、各街道办事处、区直各单位",
    ));
    issue.editors = vec!["王伟".into(), "李晓明".into()];
    issue.print_run = Some(120);
    issue
}

fn lines_of(opts: Options) -> Vec<String> {
    let blocks = crate::bulletin::compose(&issue(), crate::bulletin::HeadlineStyle::Auto);
    lay_out(&blocks, opts).into_iter().map(|l| l.text).collect()
}

#[test]
fn an_issue_is_set_with_centred_masthead_indented_paragraphs_and_a_hanging_footer() {
    let expected = [
        "        上街信息",
        "         第56期",
        "中共上街区委办公室",
        "           2023年8月28日",
        "",
        "　　矿山街道优化卫生环境　",
        "一是认真部署，组织全民参",
        "与。二是线下发力，强化群",
        "众认识。（矿山街道）",
        "",
        "本期送：区县处级领导、各",
        "　　　　街道办事处、区直",
        "　　　　各单位",
        "责任编辑：王　伟",
        "　　　　　李晓明",
        "               共印120份",
    ];
    assert_eq!(
        lines_of(Options {
            width: 12,
            ..Options::default()
        }),
        expected
    );
    let wide = lines_of(Options {
        width: 28,
        ..Options::default()
    });
    assert_eq!(
        wide[2],
        format!("中共上街区委办公室{}2023年8月28日", " ".repeat(25))
    );
    assert_eq!(
        wide.last().unwrap(),
        &format!("责任编辑：王　伟　　李晓明{}共印120份", " ".repeat(21))
    );
    assert!(wide.iter().all(|l| str_width(l, Metric::Print) <= 56));
}

#[test]
fn run_in_headlines_are_marked_bold_across_lines() {
    let blocks = [Block::new(
        Role::RunIn {
            headline_len: "一二三四五".len(),
        },
        "一二三四五　正文",
    )];
    let lines = lay_out(
        &blocks,
        Options {
            width: 5,
            ..Options::default()
        },
    );
    let text: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(text, ["　　一二三", "四五　正文"]);
    let bold: Vec<&str> = lines.iter().map(|l| &l.text[l.bold.clone()]).collect();
    assert_eq!(bold, ["一二三", "四五"]);
}

#[test]
fn pages_hold_the_same_number_of_lines_and_are_numbered() {
    let lines = lines_of(Options {
        width: 12,
        page_lines: 5,
        ..Options::default()
    });
    let numbers: Vec<&str> = lines
        .iter()
        .filter(|l| l.contains('—'))
        .map(|l| l.as_str())
        .collect();
    assert_eq!(
        numbers,
        [
            "        — 1 —",
            "        — 2 —",
            "        — 3 —",
            "        — 4 —"
        ]
    );
    let pages: Vec<&[String]> = lines.split(|l| l.contains('—')).collect();
    for (i, page) in pages.iter().enumerate().take(numbers.len()) {
        let body: Vec<&String> = page.iter().skip(usize::from(i > 0)).collect();
        assert_eq!(body.len(), 5, "page {} {body:?}", i + 1);
        assert!(!body[0].is_empty(), "a page never opens with an empty line");
    }
}

/// Random mixtures of everything the rules treat differently.
fn mixed() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[一二三四五六七八九十上街信息区委宣传部网格治理]{1,6}",
        2 => prop::sample::select(NO_START.chars().collect::<Vec<_>>()).prop_map(String::from),
        2 => prop::sample::select(NO_END.chars().collect::<Vec<_>>()).prop_map(String::from),
        1 => Just("——".to_string()),
        1 => Just("……".to_string()),
        1 => Just("—".to_string()),
        1 => "[0-9]{1,6}(\\.[0-9]{1,2})?%?",
        1 => "[a-zA-Z]{1,12}",
        1 => Just(" ".to_string()),
        1 => Just("　".to_string()),
        1 => prop::sample::select(vec!["😀", "👨\u{200D}👩", "e\u{301}", "①", "※"]).prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn content_is_kept_lines_fit_and_breaks_are_legal(text in mixed(), zi in 1usize..30, hang: bool) {
        let m = Measure { first: zi * 2, rest: zi * 2, metric: Metric::Print, hang };
        let spans = break_lines(&text, m);
        // Content: the lines are the text in order; only white space at a
        // break between words is left out.
        let mut at = 0;
        for s in &spans {
            prop_assert!(text[at..s.range.start].chars().all(char::is_whitespace), "lost {:?}", &text[at..s.range.start]);
            at = s.range.end;
        }
        prop_assert!(text[at..].chars().all(char::is_whitespace));
        for (i, s) in spans.iter().enumerate() {
            let line = &text[s.range.clone()];
            prop_assert!(!line.is_empty());
            prop_assert_eq!(s.width, str_width(line.trim_end(), Metric::Print));
            // Width: never past the line, but for one hanging mark.
            let last = line.trim_end().chars().last().unwrap_or(' ');
            let allowed = zi * 2 + if hang && breaks::hangs(last) { 2 } else { 0 };
            prop_assert!(s.width <= allowed, "line {i} {line:?} is {} cells wide, {allowed} allowed", s.width);
            // Rules: where the break was not forced, no mark starts or ends a line wrongly.
            if let Some(next) = spans.get(i + 1).filter(|n| !n.forced) {
                let next_text = &text[next.range.clone()];
                let first = next_text.chars().next().unwrap();
                let lone_dash = first == '—' && !next_text.starts_with("——");
                prop_assert!(!no_start(first) || first == '—' && !lone_dash, "{next_text:?} starts a line");
                let end = line.trim_end().chars().last().unwrap_or(' ');
                prop_assert!(!no_end(end), "{line:?} ends a line");
                // Greedy: the next line's first unbreakable piece did not fit here.
                let gap = str_width(&text[s.range.end..next.range.start], Metric::Print);
                let need = lead_width(&text[next.range.start..], Metric::Print);
                prop_assert!(hang || str_width(line, Metric::Print) + gap + need > zi * 2,
                    "{line:?} could have taken {next_text:?}");
            }
        }
    }

    #[test]
    fn a_paragraph_laid_out_in_an_issue_keeps_its_characters(text in mixed(), zi in 3usize..30) {
        let blocks = [Block::new(Role::Body, text.trim())];
        let lines = lay_out(&blocks, Options { width: zi, ..Options::default() });
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let joined: String = lines.iter().map(|l| squeeze(&l.text)).collect();
        prop_assert_eq!(joined, squeeze(&text));
        for l in &lines {
            prop_assert!(str_width(l.text.trim_end(), Metric::Print) <= zi * 2, "{:?}", l.text);
        }
    }
}
