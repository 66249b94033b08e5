//! What a reading understood, before or after it is stored: the masthead,
//! the 栏目 headings, each item with its units (known to the list, unknown,
//! or inferred) and contributors, and every line the reader was unsure of.
//! `import --dry-run` prints it instead of storing; a real import prints it
//! too. The same data serialises for `--json`.

use serde::Serialize;

use crate::bulletin::{Notice, Reading};
use crate::export::printable;
use crate::i18n::{Key, t, tf};
use crate::model::{Contributors, Date, FooterLine, Item, Kind, Role, UnitList, format_date};

/// Whether the unit list knows a unit an item names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum UnitStatus {
    Known,
    Unknown,
    /// Read from the headline or first sentence: to be confirmed.
    Inferred,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnitMention {
    pub name: String,
    pub status: UnitStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemSummary {
    pub kind: Kind,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub column: String,
    pub headline: String,
    /// The start of the body, for items without a headline.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lead: String,
    pub paragraphs: usize,
    pub chars: usize,
    pub received: Date,
    pub units: Vec<UnitMention>,
    #[serde(skip_serializing_if = "Contributors::is_empty")]
    pub contributors: Contributors,
    /// The contact (信息员) came from the unit table, the submission
    /// naming none.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub contact_from_units: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub editor_note: String,
}

impl ItemSummary {
    pub fn of(item: &Item, units: &UnitList) -> ItemSummary {
        let status = |name: &str| {
            if item.source_inferred {
                UnitStatus::Inferred
            } else if units.units.is_empty() || units.canonical(name).is_some() {
                UnitStatus::Known
            } else {
                UnitStatus::Unknown
            }
        };
        ItemSummary {
            kind: item.kind,
            column: item.column.clone(),
            headline: item.headline.clone(),
            lead: if item.headline.is_empty() {
                item.body.first().map(|p| cut(p, 24)).unwrap_or_default()
            } else {
                String::new()
            },
            paragraphs: item.body.len(),
            chars: item.chars(),
            received: item.received,
            units: item
                .sources
                .iter()
                .map(|n| UnitMention {
                    name: n.clone(),
                    status: status(n),
                })
                .collect(),
            contributors: item.contributors.clone(),
            contact_from_units: false,
            editor_note: item.editor_note.clone(),
        }
    }

    /// The lines that describe the item, each indented by `indent`.
    pub fn lines(&self, indent: &str) -> Vec<String> {
        let mut out = Vec::new();
        let title = if self.headline.is_empty() {
            &self.lead
        } else {
            &self.headline
        };
        out.push(format!("{indent}{}", printable(title)));
        out.push(format!(
            "{indent}  {}",
            tf(
                Key::SummaryItemFacts,
                &[
                    &self.kind.label(),
                    &self.paragraphs,
                    &self.chars,
                    &format_date(self.received),
                ]
            )
        ));
        let units: Vec<String> = self
            .units
            .iter()
            .map(|u| {
                let name = printable(&u.name);
                match u.status {
                    UnitStatus::Known => name,
                    UnitStatus::Unknown => tf(Key::SummaryUnitUnknown, &[&name]),
                    UnitStatus::Inferred => tf(Key::SummaryUnitInferred, &[&name]),
                }
            })
            .collect();
        let units = if units.is_empty() {
            t(Key::SummaryNoUnit).to_string()
        } else {
            units.join("、")
        };
        out.push(format!("{indent}  {}{units}", t(Key::SummaryUnits)));
        if let Some(people) = contributors_label(&self.contributors) {
            let from = if self.contact_from_units {
                t(Key::SummaryContactFromUnits)
            } else {
                ""
            };
            out.push(format!(
                "{indent}  {}{}{from}",
                t(Key::SummaryContributors),
                printable(&people)
            ));
        }
        if !self.editor_note.is_empty() {
            out.push(format!(
                "{indent}  {}{}",
                crate::bulletin::EDITOR_NOTE_LABEL,
                printable(&cut(&self.editor_note, 30))
            ));
        }
        out
    }
}

/// 撰稿：王芳　审核：李建国　联系电话：138…, or `None` when nobody is named.
pub fn contributors_label(c: &Contributors) -> Option<String> {
    let people: Vec<String> = c
        .fields()
        .filter_map(|(role, v)| v.map(|v| format!("{}{v}", role_label(role))))
        .collect();
    (!people.is_empty()).then(|| people.join("　"))
}

/// An item's units as the reader shows them: 区卫健委（推断，请确认）.
pub fn sources_label(item: &Item) -> String {
    let names = item.sources.join(" ");
    if item.source_inferred && !names.is_empty() {
        tf(Key::SourcesInferred, &[&names])
    } else {
        names
    }
}

/// 撰稿：, 审核：, 签发：, 联系人：, 联系电话：.
pub fn role_label(role: Role) -> &'static str {
    t(match role {
        Role::Author => Key::RoleAuthor,
        Role::Reviewer => Key::RoleReviewer,
        Role::Signer => Key::RoleSigner,
        Role::Contact => Key::RoleContact,
        Role::Phone => Key::RolePhone,
    })
}

fn cut(text: &str, chars: usize) -> String {
    let mut out: String = text.chars().take(chars).collect();
    if text.chars().count() > chars {
        out.push('…');
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoticeLine {
    pub line: usize,
    #[serde(flatten)]
    pub notice: Notice,
    pub message: String,
}

/// A whole printed issue as read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BulletinSummary {
    pub file: String,
    pub series: String,
    pub year: i16,
    pub number: u32,
    pub supplement: bool,
    pub total_number: Option<u32>,
    pub date: Option<Date>,
    pub publisher: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub marking: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub editor_note: String,
    /// The 栏目 headings, in order.
    pub columns: Vec<String>,
    pub items: Vec<ItemSummary>,
    pub footer: Vec<FooterLine>,
    pub editors: Vec<String>,
    pub print_run: Option<u32>,
    /// Lines the reader was unsure of.
    pub notices: Vec<NoticeLine>,
}

impl BulletinSummary {
    pub fn of(file: &str, reading: &Reading, units: &UnitList) -> BulletinSummary {
        let issue = &reading.issue;
        let mut columns: Vec<String> = Vec::new();
        for item in issue.items() {
            if !item.column.is_empty() && !columns.contains(&item.column) {
                columns.push(item.column.clone());
            }
        }
        BulletinSummary {
            file: file.to_string(),
            series: issue.series.clone(),
            year: issue.year,
            number: issue.number,
            supplement: issue.supplement,
            total_number: issue.total_number,
            date: issue.date,
            publisher: issue.publisher.clone(),
            marking: issue.marking.clone(),
            editor_note: issue.editor_note.clone(),
            columns,
            items: issue.items().map(|i| ItemSummary::of(i, units)).collect(),
            footer: issue.footer.clone(),
            editors: issue.editors.clone(),
            print_run: issue.print_run,
            notices: reading
                .notices
                .iter()
                .map(|n| NoticeLine {
                    line: n.line(),
                    notice: n.clone(),
                    message: n.to_string(),
                })
                .collect(),
        }
    }

    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        // The number line as the masthead prints it: 增刊第2期（总第9期）.
        let mut masthead = crate::model::Issue::new(&self.series, self.year, self.number);
        masthead.supplement = self.supplement;
        masthead.total_number = self.total_number;
        out.push(format!(
            "{}：{} {}年{}　{}　{}",
            printable(&self.file),
            printable(&self.series),
            self.year,
            masthead.number_line(),
            self.date.map(format_date).unwrap_or_default(),
            printable(&self.publisher)
        ));
        if !self.marking.is_empty() {
            out.push(format!(
                "  {}{}",
                t(Key::SummaryMarking),
                printable(&self.marking)
            ));
        }
        if !self.editor_note.is_empty() {
            out.push(format!(
                "  {}{}",
                crate::bulletin::EDITOR_NOTE_LABEL,
                printable(&cut(&self.editor_note, 30))
            ));
        }
        if !self.columns.is_empty() {
            let names: Vec<String> = self.columns.iter().map(|c| printable(c)).collect();
            out.push(format!("  {}{}", t(Key::SummaryColumns), names.join("、")));
        }
        let mut column = "";
        for (i, item) in self.items.iter().enumerate() {
            if !item.column.is_empty() && item.column != column {
                column = &item.column;
                out.push(format!("  {}", printable(column)));
            }
            let mut lines = item.lines("    ");
            if let Some(first) = lines.first_mut() {
                *first = format!("  {:>2} {}", i + 1, first.trim_start());
            }
            out.extend(lines);
        }
        let footer: Vec<String> = self
            .footer
            .iter()
            .map(|f| printable(&format!("{}：{}", f.label, f.text)))
            .collect();
        if !footer.is_empty() {
            out.push(format!("  {}{}", t(Key::SummaryFooter), footer.join(" / ")));
        }
        if !self.editors.is_empty() {
            out.push(format!(
                "  {}{}",
                t(Key::SummaryEditors),
                printable(&self.editors.join("、"))
            ));
        }
        if let Some(n) = self.print_run {
            out.push(format!("  共印{n}份"));
        }
        for n in &self.notices {
            out.push(format!("  ! {}", printable(&n.message)));
        }
        out
    }
}
