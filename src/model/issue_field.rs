//! A masthead or footer field as the editor types it: `issue set`'s field
//! names (in English or Chinese) and values, and the workstation's form.

use jiff::civil::Date;

use super::{FooterLine, Secrecy, parse_date};
use crate::i18n::{Key, t, tf};

/// A masthead or footer field, as `issue set` and the workstation's form change it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueField {
    Series(String),
    Number(u32),
    Total(Option<u32>),
    Supplement(bool),
    Date(Option<Date>),
    Publisher(String),
    /// All footer lines at once.
    Footer(Vec<FooterLine>),
    /// The footer line with this label (本期送, 发 …); empty text removes it.
    FooterLine(FooterLine),
    Editors(Vec<String>),
    PrintRun(Option<u32>),
    /// 密级.
    Secrecy(Secrecy),
    /// 保密期限: 1年, 6个月.
    Period(String),
    /// 份号.
    CopyNo(String),
}

/// A field value or name that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    NotANumber(String),
    NotADate(String),
    Empty,
    UnknownField(String),
    NotASecrecy(String),
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FieldError::NotANumber(v) => f.write_str(&tf(Key::ErrNotANumber, &[v])),
            FieldError::NotADate(v) => f.write_str(&tf(Key::ErrNotADate, &[v])),
            FieldError::Empty => f.write_str(t(Key::ErrEmptyValue)),
            FieldError::UnknownField(name) => f.write_str(&tf(Key::ErrUnknownField, &[name])),
            FieldError::NotASecrecy(v) => f.write_str(&tf(Key::ErrNotASecrecy, &[v])),
        }
    }
}

impl std::error::Error for FieldError {}

type Parsed = Result<IssueField, FieldError>;

impl IssueField {
    /// Field names as typed: title, number, total, supplement, date,
    /// publisher, footer, editors, print-run, secrecy, period, copy-no, or
    /// a footer label such as 本期送.
    pub fn parse(name: &str, value: &str) -> Parsed {
        Ok(match name.trim() {
            "title" | "series" | "刊名" => IssueField::series(value)?,
            "number" | "期号" => IssueField::number(value)?,
            "total" | "总期号" | "总第" => IssueField::total(value)?,
            "supplement" | "增刊" => IssueField::supplement(value),
            "date" | "日期" => IssueField::date(value)?,
            "publisher" | "编发单位" => IssueField::publisher(value),
            "footer" | "页脚" => IssueField::footer(value),
            "editors" | "责任编辑" => IssueField::editors(value),
            "print-run" | "print_run" | "共印" => IssueField::print_run(value)?,
            "secrecy" | "密级" => IssueField::secrecy(value)?,
            "period" | "保密期限" => IssueField::Period(value.trim().to_string()),
            "copy-no" | "copy_no" | "份号" => IssueField::CopyNo(value.trim().to_string()),
            label
                if !label.is_empty()
                    && label.chars().all(crate::script::is_han)
                    && label.chars().count() <= 6 =>
            {
                IssueField::FooterLine(FooterLine::new(label, value.trim()))
            }
            other => return Err(FieldError::UnknownField(other.to_string())),
        })
    }

    /// The series title; it may not be empty.
    pub fn series(value: &str) -> Parsed {
        match value.trim() {
            "" => Err(FieldError::Empty),
            v => Ok(IssueField::Series(v.to_string())),
        }
    }

    pub fn number(value: &str) -> Parsed {
        let value = value.trim();
        optional_number(value)?
            .map(IssueField::Number)
            .ok_or_else(|| FieldError::NotANumber(value.to_string()))
    }

    /// 总第 N 期; empty or `-` clears it.
    pub fn total(value: &str) -> Parsed {
        Ok(IssueField::Total(optional_number(value.trim())?))
    }

    pub fn supplement(value: &str) -> IssueField {
        IssueField::Supplement(matches!(value.trim(), "yes" | "true" | "1" | "是"))
    }

    /// A date in any form [`parse_date`] reads; empty clears it.
    pub fn date(value: &str) -> Parsed {
        let value = value.trim();
        if value.is_empty() {
            return Ok(IssueField::Date(None));
        }
        parse_date(value)
            .map(|d| IssueField::Date(Some(d)))
            .ok_or_else(|| FieldError::NotADate(value.to_string()))
    }

    pub fn publisher(value: &str) -> IssueField {
        IssueField::Publisher(value.trim().to_string())
    }

    /// Footer lines separated by line breaks or semicolons, each 标签：内容.
    pub fn footer(value: &str) -> IssueField {
        IssueField::Footer(
            value
                .split(['\n', ';', '；'])
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(parse_footer_line)
                .collect(),
        )
    }

    pub fn editors(value: &str) -> IssueField {
        IssueField::Editors(parse_editor_names(value.trim()))
    }

    /// 密级: 无, 内部, 秘密, 机密 (or none, internal, secret, confidential).
    pub fn secrecy(value: &str) -> Parsed {
        Secrecy::parse(value)
            .map(IssueField::Secrecy)
            .ok_or_else(|| FieldError::NotASecrecy(value.trim().to_string()))
    }

    /// 共印 N 份; empty or `-` clears it.
    pub fn print_run(value: &str) -> Parsed {
        Ok(IssueField::PrintRun(optional_number(value.trim())?))
    }
}

/// A positive whole number, or `None` for empty or `-`.
fn optional_number(v: &str) -> Result<Option<u32>, FieldError> {
    if v.is_empty() || v == "-" {
        return Ok(None);
    }
    v.parse::<u32>()
        .ok()
        .filter(|n| *n > 0)
        .map(Some)
        .ok_or_else(|| FieldError::NotANumber(v.to_string()))
}

/// One footer line as typed, 标签：内容; without a colon it has no label.
pub fn parse_footer_line(line: &str) -> FooterLine {
    match line.split_once(['：', ':']) {
        Some((label, text)) => FooterLine::new(label.trim(), text.trim()),
        None => FooterLine::new("", line),
    }
}

/// Editors' names as printed, padded for alignment (王　伟　　李晓明, or from
/// PDF text 郝 婕 许亦是): single characters next to each other are the
/// halves of one two-character name.
pub fn parse_editor_names(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '、' | '，' | ','))
        .filter(|s| !s.is_empty())
        .collect();
    let mut names = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let single = |t: &str| t.chars().count() == 1;
        if single(tokens[i]) && tokens.get(i + 1).is_some_and(|t| single(t)) {
            names.push(format!("{}{}", tokens[i], tokens[i + 1]));
            i += 2;
        } else {
            names.push(tokens[i].to_string());
            i += 1;
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrecy_period_and_copy_number_are_fields_by_either_name() {
        assert_eq!(
            IssueField::parse("密级", "秘密"),
            Ok(IssueField::Secrecy(Secrecy::Secret))
        );
        assert_eq!(
            IssueField::parse("secrecy", "internal"),
            Ok(IssueField::Secrecy(Secrecy::Internal))
        );
        assert_eq!(
            IssueField::parse("密级", "绝密"),
            Err(FieldError::NotASecrecy("绝密".into()))
        );
        assert_eq!(
            IssueField::parse("保密期限", " 1年 "),
            Ok(IssueField::Period("1年".into()))
        );
        assert_eq!(
            IssueField::parse("copy-no", "000012"),
            Ok(IssueField::CopyNo("000012".into()))
        );
        // Other Chinese labels are still footer lines.
        assert_eq!(
            IssueField::parse("抄送", "区人大办"),
            Ok(IssueField::FooterLine(FooterLine::new("抄送", "区人大办")))
        );
    }
}
