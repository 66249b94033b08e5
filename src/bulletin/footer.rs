//! The footer block: 本期送：…, 报：…, 发：…, 责任编辑：…, 共印 N 份.

use super::text::{EDITOR_LABELS, footer_label};
use crate::model::{FooterLine, parse_editor_names as parse_editors};
use crate::script::fullwidth_ascii_alnum;

/// 共印 120 份 anywhere in `text`: the count, and the text without it.
pub fn split_print_run(text: &str) -> (String, Option<u32>) {
    let Some(at) = text.find("共印") else {
        return (text.to_string(), None);
    };
    let rest = &text[at + "共印".len()..];
    let Some(end) = rest.find('份') else {
        return (text.to_string(), None);
    };
    let digits: String = rest[..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| fullwidth_ascii_alnum(c).unwrap_or(c))
        .collect();
    match digits.parse() {
        Ok(n) => {
            let mut before = text[..at].trim_end();
            let mut after = rest[end + '份'.len_utf8()..].trim();
            // （共印120份）: the brackets go with it.
            if let (Some(b), Some(a)) = (
                before.strip_suffix(['（', '(']),
                after.strip_prefix(['）', ')']),
            ) {
                before = b.trim_end();
                after = a.trim_start();
            }
            let joined = [before, after]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            (joined, Some(n))
        }
        Err(_) => (text.to_string(), None),
    }
}

/// A footer line that never continues the one above: （此件发至县处级）,
/// or the office and date of printing (…2024年5月13日印发).
fn standalone(line: &str) -> bool {
    let line = line.trim();
    line.starts_with(['（', '('])
        || line.ends_with("印发")
        || super::masthead::parse_publisher_date(line).1.is_some()
}

/// Everything the footer lines say, in order.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Footer {
    pub lines: Vec<FooterLine>,
    pub editors: Vec<String>,
    pub print_run: Option<u32>,
}

/// A line holding several labelled parts (签发：张伟　　审核：李明) as
/// one line per label; other lines as they are.
fn split_labels(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut gap_end = None;
    for (at, c) in line.char_indices() {
        if c == '　' || c == ' ' || c == '\t' {
            gap_end = Some(at + c.len_utf8());
            continue;
        }
        if let Some(end) = gap_end.take()
            && end == at
            && line[start..at].contains(['：', ':'])
            && footer_label(&line[at..]).is_some()
            && footer_label(&line[start..]).is_some()
        {
            parts.push(line[start..at].trim());
            start = at;
        }
    }
    parts.push(line[start..].trim());
    parts
}

/// Reads footer lines; a line without a label continues the line before
/// (a distribution list or the editors, wrapped).
pub fn parse_footer<'a>(lines: impl IntoIterator<Item = &'a str>) -> Footer {
    let mut footer = Footer::default();
    let mut last_was_list = false;
    let mut last_was_editors = false;
    for line in lines.into_iter().flat_map(split_labels) {
        let (line, run) = split_print_run(line);
        // （共印80份） leaves its brackets behind.
        let line = if line.chars().all(|c| "（）() 　".contains(c)) {
            String::new()
        } else {
            line
        };
        if run.is_some() {
            footer.print_run = run;
        }
        if line.is_empty() {
            continue;
        }
        match footer_label(&line) {
            Some((label, text)) if EDITOR_LABELS.contains(&label.as_str()) => {
                footer.editors.extend(parse_editors(text));
                (last_was_list, last_was_editors) = (false, true);
            }
            Some((label, text)) => {
                footer.lines.push(FooterLine::new(label, text));
                (last_was_list, last_was_editors) = (true, false);
            }
            None if last_was_editors && !standalone(&line) => {
                footer.editors.extend(parse_editors(&line))
            }
            None => match footer.lines.last_mut() {
                Some(prev) if last_was_list && !standalone(&line) => {
                    prev.text.push_str(line.trim())
                }
                _ => {
                    footer.lines.push(FooterLine::new("", line.trim()));
                    last_was_list = false;
                }
            },
        }
    }
    footer
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        let label = |l: &str| footer_label(l).map(|(a, b)| (a, b.to_string()));
        let is = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(label("本期送：区县处级领导"), is("本期送", "区县处级领导"));
        assert_eq!(
            label("发：峡窝镇、各街道办事处"),
            is("发", "峡窝镇、各街道办事处")
        );
        assert_eq!(label("抄报: 市委办公厅"), is("抄报", "市委办公厅"));
        assert_eq!(
            label("责任编辑：郝 婕 许亦是"),
            is("责任编辑", "郝 婕 许亦是")
        );
        assert_eq!(label("责 任 编 辑：王伟"), is("责任编辑", "王伟"));
        assert_eq!(label("审核：李明"), is("审核", "李明"));
        assert_eq!(footer_label("近日：区法院开展活动"), None);
        assert_eq!(footer_label("一是：加强"), None);
        assert_eq!(footer_label("没有冒号"), None);
    }

    #[test]
    fn editors_and_print_run() {
        assert_eq!(parse_editors("郝 婕 许亦是"), ["郝婕", "许亦是"]);
        assert_eq!(parse_editors("王　伟　　李晓明"), ["王伟", "李晓明"]);
        assert_eq!(parse_editors("欧阳娜娜、李明"), ["欧阳娜娜", "李明"]);
        assert_eq!(
            split_print_run("王　伟　　李晓明      共印 120 份"),
            ("王　伟　　李晓明".to_string(), Some(120))
        );
        assert_eq!(split_print_run("共印１２０份"), (String::new(), Some(120)));
        assert_eq!(
            split_print_run("王　伟　　李晓明   （共印120份）"),
            ("王　伟　　李晓明".to_string(), Some(120))
        );
        assert_eq!(
            split_print_run("共印若干份"),
            ("共印若干份".to_string(), None)
        );
    }

    #[test]
    fn footer_block() {
        let f = parse_footer([
            "报：市委办公厅",
            "发：峡窝镇、各街道办事处、",
            "区直各单位",
            "责任编辑：王　伟",
            "　　　　　李晓明                共印 120 份",
        ]);
        assert_eq!(
            f.lines,
            [
                FooterLine::new("报", "市委办公厅"),
                FooterLine::new("发", "峡窝镇、各街道办事处、区直各单位")
            ]
        );
        assert_eq!(f.editors, ["王伟", "李晓明"]);
        assert_eq!(f.print_run, Some(120));
        let f = parse_footer(["签发：张伟　　审核：李明　　编辑：王芳", "（共印80份）"]);
        assert_eq!(
            f.lines,
            [
                FooterLine::new("签发", "张伟"),
                FooterLine::new("审核", "李明")
            ]
        );
        assert_eq!(f.editors, ["王芳"]);
        assert_eq!(f.print_run, Some(80));
        let f = parse_footer([
            "发：峡窝镇、各街道办事处",
            "（此件发至县处级）",
            "中共上街区委办公室　　2024年5月13日印发",
        ]);
        assert_eq!(f.lines.len(), 3, "{:?}", f.lines);
    }
}
