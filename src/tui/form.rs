//! The forms of the workstation: the masthead and footer of a draft issue,
//! and the records kept by hand (上级采用, 领导批示, 约稿).

use super::input::TextInput;
use crate::error::{Error, Result};
use crate::i18n::{Key, t};
use crate::model::{
    Date, FieldError, Issue, IssueField, IssueId, ItemId, format_date, parse_footer_line,
};

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
    /// An adoption's or an instruction's level, in English or Chinese.
    Level,
    /// The upper bulletin that used an item.
    Outlet,
    /// The issue of that bulletin (free text: 12, 增刊1).
    OutletIssue,
    /// The leader who wrote an instruction.
    By,
    /// What the instruction says.
    Text,
    Unit,
    Topic,
    Due,
    Note,
}

/// What saving the form records. An item's record remembers whether it
/// was asked for from the reader, which it goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormFor {
    Issue(IssueId),
    Adoption { item: ItemId, reading: bool },
    Instruction { item: ItemId, reading: bool },
    Commission,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub purpose: FormFor,
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
            FieldKind::Level => Key::FieldLevel,
            FieldKind::Outlet => Key::FieldOutlet,
            FieldKind::OutletIssue => Key::FieldNumber,
            FieldKind::By => Key::FieldBy,
            FieldKind::Text => Key::FieldText,
            FieldKind::Unit => Key::FieldUnit,
            FieldKind::Topic => Key::FieldTopic,
            FieldKind::Due => Key::FieldDue,
            FieldKind::Note => Key::FieldNote,
        })
    }
}

impl Form {
    pub fn new(issue: &Issue, id: IssueId) -> Form {
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
        Form::with_rows(FormFor::Issue(id), rows)
    }

    /// An adoption of `item`: level, outlet, its issue, and the date, today
    /// unless changed.
    pub fn adoption(item: ItemId, reading: bool, today: Date) -> Form {
        use FieldKind as K;
        Form::blank(
            FormFor::Adoption { item, reading },
            &[K::Level, K::Outlet, K::OutletIssue, K::Date],
            today,
        )
    }

    /// A 批示 on `item`: by whom, at what level, when (today unless
    /// changed), and its words.
    pub fn instruction(item: ItemId, reading: bool, today: Date) -> Form {
        use FieldKind as K;
        Form::blank(
            FormFor::Instruction { item, reading },
            &[K::By, K::Level, K::Date, K::Text],
            today,
        )
    }

    /// A new commission: the unit asked, the topic, the due date, a note.
    pub fn commission(today: Date) -> Form {
        use FieldKind as K;
        Form::blank(
            FormFor::Commission,
            &[K::Unit, K::Topic, K::Due, K::Note],
            today,
        )
    }

    /// Rows of `kinds`, empty but for a date row, which starts at `today`.
    fn blank(purpose: FormFor, kinds: &[FieldKind], today: Date) -> Form {
        let rows = kinds
            .iter()
            .map(|&k| {
                let input = match k {
                    FieldKind::Date => TextInput::new(&format_date(today)),
                    _ => TextInput::default(),
                };
                (k, input)
            })
            .collect();
        Form::with_rows(purpose, rows)
    }

    fn with_rows(purpose: FormFor, rows: Vec<(FieldKind, TextInput)>) -> Form {
        let opened = rows.iter().map(|(_, input)| input.text.clone()).collect();
        Form {
            purpose,
            rows,
            focus: 0,
            error: None,
            opened,
        }
    }

    /// The title over the form, saying what it records.
    pub fn title(&self) -> &'static str {
        t(match self.purpose {
            FormFor::Issue(_) => Key::FormTitle,
            FormFor::Adoption { .. } => Key::FormAdoptionTitle,
            FormFor::Instruction { .. } => Key::FormInstructionTitle,
            FormFor::Commission => Key::FormCommissionTitle,
        })
    }

    /// The trimmed text of the row of `kind` (empty if there is none).
    pub fn value(&self, kind: FieldKind) -> &str {
        self.rows
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or("", |(_, input)| input.text.trim())
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
                // Rows of the record forms, read by `value`.
                FieldKind::Level
                | FieldKind::Outlet
                | FieldKind::OutletIssue
                | FieldKind::By
                | FieldKind::Text
                | FieldKind::Unit
                | FieldKind::Topic
                | FieldKind::Due
                | FieldKind::Note => {}
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
        let mut form = Form::new(&issue, IssueId(1));
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
