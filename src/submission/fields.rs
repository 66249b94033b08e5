//! Labelled fields as units write them: 报送单 lines (报送单位：…　签发人：…),
//! Word table rows (label cell, value cells), and credits lines
//! (（撰稿：… 审核：… 联系电话：…）).

use crate::model::Role;

/// What a label stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Unit,
    /// 报送单位, 供稿单位: a unit by a label no sentence starts with, read
    /// wherever it stands (a form's last line).
    Sender,
    Date,
    Headline,
    Body,
    /// 主送, 抄送: whom the form is addressed to, not part of the item.
    Addressee,
    /// 附件: noted on the item.
    Attachment,
    /// 供稿: a unit or a person, told apart by the value.
    Supplier,
    Person(Role),
}

impl Field {
    /// Labels that could begin an ordinary sentence (单位：, 时间：) are
    /// read only above the headline or in a form.
    pub fn anywhere(self) -> bool {
        matches!(
            self,
            Field::Person(_)
                | Field::Sender
                | Field::Supplier
                | Field::Attachment
                | Field::Addressee
        )
    }
}

/// Every label, longest first so that 联系电话 wins over 电话.
const LABELS: &[(&str, Field)] = &[
    ("联系人及电话", Field::Person(Role::Phone)),
    ("联系人电话", Field::Person(Role::Phone)),
    ("报送单位", Field::Sender),
    ("来稿单位", Field::Sender),
    ("供稿单位", Field::Sender),
    ("报送部门", Field::Sender),
    ("报送时间", Field::Date),
    ("报送日期", Field::Date),
    ("来稿日期", Field::Date),
    ("信息标题", Field::Headline),
    ("信息内容", Field::Body),
    ("签发领导", Field::Person(Role::Signer)),
    ("联系电话", Field::Person(Role::Phone)),
    ("联系方式", Field::Person(Role::Phone)),
    ("办公电话", Field::Person(Role::Phone)),
    ("手机号码", Field::Person(Role::Phone)),
    ("联系手机", Field::Person(Role::Phone)),
    ("电话号码", Field::Person(Role::Phone)),
    ("电子邮箱", Field::Person(Role::Contact)),
    ("E-mail", Field::Person(Role::Contact)),
    ("Email", Field::Person(Role::Contact)),
    ("Tel", Field::Person(Role::Phone)),
    ("邮箱", Field::Person(Role::Contact)),
    ("传真", Field::Person(Role::Phone)),
    ("主送", Field::Addressee),
    ("抄送", Field::Addressee),
    ("附件", Field::Attachment),
    ("签发人", Field::Person(Role::Signer)),
    ("审核人", Field::Person(Role::Reviewer)),
    ("审稿人", Field::Person(Role::Reviewer)),
    ("撰稿人", Field::Person(Role::Author)),
    ("执笔人", Field::Person(Role::Author)),
    ("拟稿人", Field::Person(Role::Author)),
    ("供稿人", Field::Person(Role::Author)),
    ("通讯员", Field::Person(Role::Author)),
    ("联系人", Field::Person(Role::Contact)),
    ("手机号", Field::Person(Role::Phone)),
    ("单位", Field::Unit),
    ("日期", Field::Date),
    ("时间", Field::Date),
    ("标题", Field::Headline),
    ("题目", Field::Headline),
    ("正文", Field::Body),
    ("内容", Field::Body),
    ("签发", Field::Person(Role::Signer)),
    ("审核", Field::Person(Role::Reviewer)),
    ("审稿", Field::Person(Role::Reviewer)),
    ("撰稿", Field::Person(Role::Author)),
    ("执笔", Field::Person(Role::Author)),
    ("拟稿", Field::Person(Role::Author)),
    ("作者", Field::Person(Role::Author)),
    ("编辑", Field::Person(Role::Author)),
    ("摄影", Field::Person(Role::Author)),
    ("来源", Field::Unit),
    ("供稿", Field::Supplier),
    ("电话", Field::Person(Role::Phone)),
    ("手机", Field::Person(Role::Phone)),
];

/// The field a label (white space inside it ignored: 签 发 人, 标　　题)
/// names.
pub fn label(text: &str) -> Option<Field> {
    let squeezed: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches(['：', ':'])
        .to_string();
    LABELS.iter().find(|(l, _)| *l == squeezed).map(|(_, f)| *f)
}

/// The label at the start of `text` followed by a colon: the field and the
/// length of label and colon.
fn label_at(text: &str) -> Option<(Field, usize)> {
    LABELS.iter().find_map(|(l, f)| {
        let rest = strip_spaced(text, l)?;
        // 报送单位（盖章）：
        let rest = rest
            .trim_start_matches([' ', '　'])
            .strip_prefix(['（', '('])
            .and_then(|r| r.split_once(['）', ')']))
            .filter(|(inner, _)| inner.chars().count() <= 6)
            .map_or(rest, |(_, after)| after);
        let after = rest.trim_start_matches([' ', '　']);
        let colon = after.chars().next().filter(|c| matches!(c, '：' | ':'))?;
        Some((*f, text.len() - after.len() + colon.len_utf8()))
    })
}

/// `text` after `label`, whose characters may be set apart by spaces
/// (签 发 人, 标　　题); ASCII labels match in any case.
fn strip_spaced<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    let mut rest = text;
    for (i, want) in label.chars().enumerate() {
        if i > 0 && want.is_alphabetic() && !want.is_ascii() {
            rest = rest.trim_start_matches([' ', '　']);
        }
        let c = rest.chars().next()?;
        if c != want && !(want.is_ascii() && c.eq_ignore_ascii_case(&want)) {
            return None;
        }
        rest = &rest[c.len_utf8()..];
    }
    Some(rest)
}

/// The fields of one line, when the whole line is made of them; `None` for
/// any other line. A table row (cells split by tabs) is read as label cell,
/// value cells; a line as label：value pairs; either may sit in brackets.
/// Text before the first label in brackets (（矿山街道　撰稿：王芳）) is
/// returned as the unit it names.
pub fn read_line(line: &str) -> Option<Vec<(Field, String)>> {
    let line = line.trim();
    if line.contains('\t') {
        return read_row(line);
    }
    let inner = line
        .strip_prefix(['（', '('])
        .and_then(|l| l.strip_suffix(['）', ')']))
        .map(str::trim);
    let text = inner.unwrap_or(line);
    let mut out = Vec::new();
    let mut current: Option<(Field, usize)> = None;
    let mut value_start = 0;
    let mut prefix = None;
    let mut at = 0;
    while at < text.len() {
        let boundary = at == 0
            || text[..at].ends_with([' ', '　', '，', ',', '；', ';', '、'])
            || current.is_none();
        if boundary && let Some((field, len)) = label_at(&text[at..]) {
            match current {
                Some((f, _)) => out.push((f, clean(&text[value_start..at]))),
                None if at > 0 => prefix = Some(text[..at].trim().to_string()),
                None => {}
            }
            current = Some((field, at));
            value_start = at + len;
            at += len;
            continue;
        }
        if current.is_none() && (inner.is_none() || at > 60) {
            // Outside brackets a field line starts with its label.
            return None;
        }
        at += text[at..].chars().next().map_or(1, char::len_utf8);
    }
    let (field, _) = current?;
    out.push((field, clean(&text[value_start..])));
    if let Some(unit) = prefix {
        let names_only = unit.chars().count() <= 30 && !unit.contains(['。', '，', '：', ':']);
        if !names_only {
            return None;
        }
        out.insert(0, (Field::Unit, unit));
    }
    Some(out)
}

fn clean(value: &str) -> String {
    value
        .trim()
        .trim_end_matches(['，', ',', '；', ';', '、'])
        .trim()
        .to_string()
}

/// A table row: label cell, then the value in the cells up to the next
/// label (a value may be split over merged cells).
fn read_row(line: &str) -> Option<Vec<(Field, String)>> {
    let mut cells = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
    let first = cells.next()?;
    let mut current = label(first)?;
    let mut value = String::new();
    let mut out = Vec::new();
    for cell in cells {
        match label(cell) {
            Some(next) => {
                out.push((current, std::mem::take(&mut value)));
                current = next;
            }
            None => value.push_str(cell),
        }
    }
    out.push((current, value));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Vec<(Field, String)> {
        read_line(line).unwrap_or_else(|| panic!("{line}"))
    }

    #[test]
    fn form_lines_credits_and_rows() {
        use Field::*;
        let p = |r| Person(r);
        assert_eq!(
            read("报送单位：新安路街道　　签发人：周志强　　联系人：孙悦"),
            [
                (Sender, "新安路街道".into()),
                (p(Role::Signer), "周志强".into()),
                (p(Role::Contact), "孙悦".into())
            ]
        );
        assert_eq!(
            read("（撰稿：王芳　审核：李建国　联系电话：13812345678）"),
            [
                (p(Role::Author), "王芳".into()),
                (p(Role::Reviewer), "李建国".into()),
                (p(Role::Phone), "13812345678".into())
            ]
        );
        assert_eq!(
            read("撰稿人：韩雪  审核人：赵立新  电话：0371-68912345"),
            [
                (p(Role::Author), "韩雪".into()),
                (p(Role::Reviewer), "赵立新".into()),
                (p(Role::Phone), "0371-68912345".into())
            ]
        );
        assert_eq!(
            read("（矿山街道　供稿：王芳）"),
            [(Unit, "矿山街道".into()), (Supplier, "王芳".into())]
        );
        assert_eq!(
            read("签 发 人\t李强\t联系人\t陈\t静"),
            [
                (p(Role::Signer), "李强".into()),
                (p(Role::Contact), "陈静".into())
            ]
        );
        assert_eq!(read("正文："), [(Body, String::new())]);
        assert_eq!(
            read("报送单位：区民政局　　签 发 人：陈国强"),
            [
                (Sender, "区民政局".into()),
                (p(Role::Signer), "陈国强".into())
            ]
        );
        assert_eq!(
            read("标　　题：区民政局推行救助"),
            [(Headline, "区民政局推行救助".into())]
        );
        assert_eq!(
            read("报送单位（盖章）：矿山街道"),
            [(Sender, "矿山街道".into())]
        );
        assert_eq!(
            read("Tel: 0371-68912345"),
            [(p(Role::Phone), "0371-68912345".into())]
        );
    }

    #[test]
    fn ordinary_sentences_are_not_fields() {
        for line in [
            "今年以来，区司法局实施“法律明白人”培养工程。",
            "区城管局：加强市容管理",
            "（一）时间：全年",
            "截至目前，标题党问题得到整治。",
            "活动时间：每周六上午",
            "近日\t表格\t一行",
        ] {
            assert_eq!(read_line(line), None, "{line}");
        }
    }
}
