//! An item as an editable text file, for `$EDITOR`: header lines (标题,
//! 来源, 类型, 备注), an empty line, then the body, one paragraph per line.
//! Pure: writing the text and reading it back.

use crate::i18n::{Key, Lang, lang, tf};
use crate::model::{Item, ItemEdit, Kind};

/// Lines starting with this are the editor's notes to the user, and are
/// dropped when the text is read back.
pub const COMMENT: &str = "# ";

struct Labels {
    headline: &'static str,
    source: &'static str,
    kind: &'static str,
    note: &'static str,
}

const ZH: Labels = Labels {
    headline: "标题",
    source: "来源",
    kind: "类型",
    note: "备注",
};
const EN: Labels = Labels {
    headline: "headline",
    source: "source",
    kind: "kind",
    note: "note",
};

/// The item as text to edit, with a first comment line explaining the form.
pub fn render(item: &Item) -> String {
    let l = if lang() == Lang::En { &EN } else { &ZH };
    let mut out = String::new();
    out.push_str(COMMENT);
    out.push_str(&tf(Key::EditHelp, &[]));
    out.push('\n');
    out.push_str(&format!("{}：{}\n", l.headline, item.headline));
    out.push_str(&format!("{}：{}\n", l.source, item.sources.join(" ")));
    out.push_str(&format!("{}：{}\n", l.kind, item.kind.label()));
    out.push_str(&format!("{}：{}\n", l.note, item.note.replace('\n', " ")));
    out.push('\n');
    for p in &item.body {
        out.push_str(p);
        out.push('\n');
    }
    out
}

/// Reads an edited text back as a change to the item. A header line that
/// is not one of the four, or a kind that is neither 正文 nor 简讯, is an
/// error naming the line; the text itself is never lost (the caller keeps it).
pub fn parse(text: &str) -> Result<ItemEdit, String> {
    let mut edit = ItemEdit::default();
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with(COMMENT.trim_end()));
    let mut body = Vec::new();
    for (n, line) in lines.by_ref() {
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        let Some((label, value)) = line.split_once(['：', ':']) else {
            return Err(tf(Key::EditBadHeader, &[&(n + 1), &line]));
        };
        let value = value.trim();
        match label.trim() {
            l if l == ZH.headline || l.eq_ignore_ascii_case(EN.headline) => {
                edit.headline = Some(value.to_string())
            }
            l if l == ZH.source || l.eq_ignore_ascii_case(EN.source) => {
                edit.sources = Some(
                    value
                        .split([' ', '　', '、', ',', '，'])
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                )
            }
            l if l == ZH.kind || l.eq_ignore_ascii_case(EN.kind) => {
                edit.kind = Some(
                    Kind::parse(value).ok_or_else(|| tf(Key::EditBadKind, &[&(n + 1), &value]))?,
                )
            }
            l if l == ZH.note || l.eq_ignore_ascii_case(EN.note) => {
                edit.note = Some(value.to_string())
            }
            _ => return Err(tf(Key::EditBadHeader, &[&(n + 1), &line])),
        }
    }
    for (_, line) in lines {
        let line = line.trim();
        if !line.is_empty() {
            body.push(line.to_string());
        }
    }
    if edit.headline.as_deref().is_none_or(str::is_empty) && edit.kind != Some(Kind::Brief) {
        return Err(tf(Key::EditNoHeadline, &[]));
    }
    if body.is_empty() {
        return Err(tf(Key::EditNoBody, &[]));
    }
    edit.body = Some(body);
    Ok(edit)
}

/// The text with the error put in a comment at the top, to edit again.
pub fn with_error(text: &str, error: &str) -> String {
    let rest: String = text
        .lines()
        .filter(|l| !l.starts_with(COMMENT.trim_end()))
        .map(|l| format!("{l}\n"))
        .collect();
    format!(
        "{COMMENT}{}\n{COMMENT}{}\n{rest}",
        tf(Key::EditFixAndSave, &[&error]),
        tf(Key::EditHelp, &[])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> Item {
        let mut item = Item::new(
            "矿山街道优化卫生环境",
            vec!["一是部署。".into(), "二是发力。".into()],
            jiff::civil::Date::constant(2023, 8, 1),
        );
        item.sources = vec!["区委宣传部".into(), "区文明办".into()];
        item
    }

    #[test]
    fn round_trip() {
        let text = render(&item());
        let edit = parse(&text).unwrap();
        assert_eq!(edit.headline.as_deref(), Some("矿山街道优化卫生环境"));
        assert_eq!(
            edit.sources,
            Some(vec!["区委宣传部".to_string(), "区文明办".to_string()])
        );
        assert_eq!(edit.kind, Some(Kind::Article));
        assert_eq!(
            edit.body,
            Some(vec!["一是部署。".to_string(), "二是发力。".to_string()])
        );
    }

    #[test]
    fn edits_and_errors() {
        let edited = "标题：新标题\n来源：矿山街道\n类型：简讯\n\n正文一段。\n\n正文二段。\n";
        let edit = parse(edited).unwrap();
        assert_eq!(edit.kind, Some(Kind::Brief));
        assert_eq!(edit.body.unwrap().len(), 2);
        assert_eq!(edit.note, None, "a line left out leaves the field alone");
        let err = parse("标题：x\n作者：张三\n\n正文").unwrap_err();
        assert!(err.contains('2') && err.contains("作者"), "{err}");
        assert!(
            parse("标题：x\n类型：长文\n\n正文")
                .unwrap_err()
                .contains("长文")
        );
        assert!(parse("标题：x\n\n").is_err(), "no body");
        assert!(
            parse("类型：正文\n\n正文").is_err(),
            "an article needs a headline"
        );
        let again = with_error("标题：x\n作者：张三\n\n正文", "第 2 行");
        assert!(again.starts_with(COMMENT) && again.contains("作者：张三\n\n正文"));
        assert!(parse(&again).is_err(), "the comment lines are not the fix");
    }
}
