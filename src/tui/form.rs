//! The forms of the workstation: the masthead and footer of a draft issue,
//! the records kept by hand (上级采用, 领导批示, 约稿), and an issue's
//! 审签 and 保密审查.

use super::input::TextInput;
use crate::error::{Error, Result};
use crate::i18n::{Key, t};
use crate::model::{
    Date, FieldError, Issue, IssueField, IssueId, ItemId, SignRole, format_date, parse_footer_line,
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
    /// A step of 审核签发: a choice of 一校, 二校, 审核, 签发.
    Step,
    /// Who signed or reviewed.
    Name,
    /// Whether a 保密审查 cleared the issue: a choice of 通过, 不通过.
    Cleared,
}

/// What saving the form records. An item's record remembers whether it
/// was asked for from the reader, which it goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormFor {
    Issue(IssueId),
    Adoption {
        item: ItemId,
        reading: bool,
    },
    Instruction {
        item: ItemId,
        reading: bool,
    },
    Commission,
    /// A step of 审核签发 on a draft issue.
    SignOff(IssueId),
    /// The 保密审查 of a draft issue.
    SecrecyReview(IssueId),
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
            FieldKind::Step => Key::FieldStep,
            FieldKind::Name => Key::FieldName,
            FieldKind::Cleared => Key::FieldCleared,
        })
    }

    /// The values a choice row steps through with ←/→ (and Space); empty
    /// for a row that is typed.
    pub fn choices(self) -> Vec<String> {
        match self {
            FieldKind::Step => SIGN_STEPS.iter().map(|r| r.label()).collect(),
            FieldKind::Cleared => vec![
                t(Key::ChoiceCleared).to_string(),
                t(Key::ChoiceNotCleared).to_string(),
            ],
            _ => Vec::new(),
        }
    }
}

/// The step the sign-off form starts at: the one after the last taken,
/// or 签发 once every step is.
pub fn next_step(issue: &Issue) -> SignRole {
    let taken = issue
        .release
        .signoffs
        .iter()
        .map(|s| s.role)
        .filter(|r| *r != SignRole::Draft)
        .max();
    SIGN_STEPS
        .into_iter()
        .find(|r| taken.is_none_or(|t| *r > t))
        .unwrap_or(SignRole::Sign)
}

/// The steps the sign-off form offers, in the order they are taken.
pub const SIGN_STEPS: [SignRole; 4] = [
    SignRole::Proof(1),
    SignRole::Proof(2),
    SignRole::Review,
    SignRole::Sign,
];

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

    /// A step of 审核签发 on `issue`: the step ([`next_step`]), the name
    /// (`name`), the date, today unless changed.
    pub fn sign_off(issue: &Issue, id: IssueId, name: &str, today: Date) -> Form {
        let rows = vec![
            (FieldKind::Step, TextInput::new(&next_step(issue).label())),
            (FieldKind::Name, TextInput::new(name)),
            (FieldKind::Date, TextInput::new(&format_date(today))),
        ];
        Form::with_rows(FormFor::SignOff(id), rows)
    }

    /// The 保密审查 of `issue`: who, when (today unless changed), whether
    /// it cleared the issue (通过 unless changed), a note.
    pub fn secrecy_review(id: IssueId, today: Date) -> Form {
        use FieldKind as K;
        let mut form = Form::blank(
            FormFor::SecrecyReview(id),
            &[K::Name, K::Date, K::Cleared, K::Note],
            today,
        );
        for (kind, input) in &mut form.rows {
            if let Some(first) = kind.choices().first() {
                *input = TextInput::new(first);
            }
        }
        form.opened = form.rows.iter().map(|(_, i)| i.text.clone()).collect();
        form
    }

    /// The step the sign-off form's row says, if it says one.
    pub fn step(&self) -> Option<SignRole> {
        SignRole::parse(self.value(FieldKind::Step))
    }

    /// Whether the review form's result row says 通过.
    pub fn cleared(&self) -> bool {
        FieldKind::Cleared
            .choices()
            .first()
            .is_some_and(|yes| self.value(FieldKind::Cleared) == yes)
    }

    /// Whether the focused row is chosen with ←/→ rather than typed.
    pub fn on_choice(&self) -> bool {
        self.rows
            .get(self.focus)
            .is_some_and(|(kind, _)| !kind.choices().is_empty())
    }

    /// Moves the focused choice row `by` values on (back when negative),
    /// round; false when the focused row is typed, not chosen.
    pub fn cycle(&mut self, by: isize) -> bool {
        let Some((kind, input)) = self.rows.get_mut(self.focus) else {
            return false;
        };
        let choices = kind.choices();
        if choices.is_empty() {
            return false;
        }
        let n = choices.len() as isize;
        let at = choices.iter().position(|c| *c == input.text).unwrap_or(0) as isize;
        let next = (at + by).rem_euclid(n) as usize;
        *input = TextInput::new(&choices[next]);
        true
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
            FormFor::SignOff(_) => Key::FormSignOffTitle,
            FormFor::SecrecyReview(_) => Key::FormSecrecyTitle,
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
                | FieldKind::Note
                | FieldKind::Step
                | FieldKind::Name
                | FieldKind::Cleared => {}
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
