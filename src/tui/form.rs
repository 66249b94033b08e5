//! The masthead and footer form of a draft issue.

use super::input::TextInput;
use crate::error::{Error, Result};
use crate::i18n::{Key, t};
use crate::model::{FieldError, Issue, IssueField, IssueId, format_date, parse_footer_line};

/// What a row of the form edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Series,
    Number,
    Total,
    Date,
    Publisher,
    /// One footer line, written 标签：内容.
    Footer,
    Editors,
    PrintRun,
}

#[derive(Debug, Clone)]
pub struct IssueForm {
    pub issue: IssueId,
    pub rows: Vec<(FieldKind, TextInput)>,
    pub focus: usize,
    /// The last problem found when saving, shown under the form.
    pub error: Option<String>,
    /// Each row's text as the form opened, to tell whether Esc would throw
    /// edits away.
    opened: Vec<String>,
}

impl FieldKind {
    pub fn label(self) -> &'static str {
        t(match self {
            FieldKind::Series => Key::FieldSeries,
            FieldKind::Number => Key::FieldNumber,
            FieldKind::Total => Key::FieldTotal,
            FieldKind::Date => Key::FieldDate,
            FieldKind::Publisher => Key::FieldPublisher,
            FieldKind::Footer => Key::FieldFooter,
            FieldKind::Editors => Key::FieldEditors,
            FieldKind::PrintRun => Key::FieldPrintRun,
        })
    }
}

impl IssueForm {
    pub fn new(issue: &Issue, id: IssueId) -> IssueForm {
        let mut rows = vec![
            (FieldKind::Series, TextInput::new(&issue.series)),
            (FieldKind::Number, TextInput::new(&issue.number.to_string())),
            (
                FieldKind::Total,
                TextInput::new(
                    &issue
                        .total_number
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                ),
            ),
            (
                FieldKind::Date,
                TextInput::new(&issue.date.map(format_date).unwrap_or_default()),
            ),
            (FieldKind::Publisher, TextInput::new(&issue.publisher)),
        ];
        for line in &issue.footer {
            rows.push((
                FieldKind::Footer,
                TextInput::new(&format!("{}：{}", line.label, line.text)),
            ));
        }
        rows.push((FieldKind::Footer, TextInput::default()));
        rows.push((FieldKind::Editors, TextInput::new(&issue.editors.join(" "))));
        rows.push((
            FieldKind::PrintRun,
            TextInput::new(&issue.print_run.map(|n| n.to_string()).unwrap_or_default()),
        ));
        let opened = rows.iter().map(|(_, input)| input.text.clone()).collect();
        IssueForm {
            issue: id,
            rows,
            focus: 0,
            error: None,
            opened,
        }
    }

    /// Whether any row differs from what the form opened with.
    pub fn changed(&self) -> bool {
        self.rows
            .iter()
            .map(|(_, input)| &input.text)
            .ne(self.opened.iter())
    }

    /// The form's values as fields to set; the first bad value is an error
    /// naming its row.
    pub fn fields(&self) -> Result<Vec<IssueField>> {
        let mut fields = Vec::new();
        let mut footer = Vec::new();
        for (kind, input) in &self.rows {
            let v = input.text.trim();
            let named = |e: FieldError| Error::FormRow {
                row: kind.label(),
                error: Box::new(e.into()),
            };
            match kind {
                FieldKind::Series => fields.push(IssueField::series(v).map_err(named)?),
                FieldKind::Number => fields.push(IssueField::number(v).map_err(named)?),
                FieldKind::Total => fields.push(IssueField::total(v).map_err(named)?),
                FieldKind::Date => fields.push(IssueField::date(v).map_err(named)?),
                FieldKind::Publisher => fields.push(IssueField::publisher(v)),
                FieldKind::Footer if v.is_empty() => {}
                FieldKind::Footer => footer.push(parse_footer_line(v)),
                FieldKind::Editors => fields.push(IssueField::editors(v)),
                FieldKind::PrintRun => fields.push(IssueField::print_run(v).map_err(named)?),
            }
        }
        fields.push(IssueField::Footer(footer));
        Ok(fields)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FooterLine;

    #[test]
    fn the_form_reads_back_what_it_shows() {
        let mut issue = Issue::new("上街信息", 2023, 56);
        issue.footer = vec![FooterLine::new("本期送", "区县处级领导")];
        issue.editors = vec!["王伟".into(), "李晓明".into()];
        let mut form = IssueForm::new(&issue, IssueId(1));
        form.rows[6].1 = TextInput::new("发：各街道办事处");
        let fields = form.fields().unwrap();
        assert!(fields.contains(&IssueField::Number(56)));
        assert!(fields.contains(&IssueField::Editors(vec!["王伟".into(), "李晓明".into()])));
        assert!(fields.contains(&IssueField::Footer(vec![
            FooterLine::new("本期送", "区县处级领导"),
            FooterLine::new("发", "各街道办事处"),
        ])));
        form.rows[1].1 = TextInput::new("五十六");
        let err = form.fields().unwrap_err().to_string();
        assert!(
            err.contains(FieldKind::Number.label()) && err.contains("五十六"),
            "{err}"
        );
    }
}
