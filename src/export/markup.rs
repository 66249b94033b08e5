//! What the rich formats share: the issue's blocks split into masthead,
//! body and footer, each with its lead (a run-in headline or a footer
//! label) apart from the rest, and text made safe for markup.

use super::print::Print;
use crate::bulletin::{EDITOR_NOTE_LABEL, HeadlineStyle, compose_with, is_special};
use crate::layout::{Metric, Role, str_width};
use crate::model::{Issue, SignRole};

/// One block ready for markup: `lead` is the bold run-in headline or the
/// footer label (empty for other roles).
pub struct Piece {
    pub role: Role,
    pub lead: String,
    pub text: String,
}

impl Piece {
    /// An 编者按 (the issue's or an item's): set in 楷体.
    pub fn is_note(&self) -> bool {
        matches!(self.role, Role::RunIn { .. }) && self.lead == EDITOR_NOTE_LABEL
    }
}

impl Piece {
    /// How far later lines of a footer block hang, in 字: the label's width.
    pub fn hang_em(&self) -> f32 {
        str_width(&self.lead, Metric::Print) as f32 / 2.0
    }

    /// The date of the publisher line.
    pub fn date(&self) -> &str {
        match &self.role {
            Role::PublisherDate { date } => date,
            _ => "",
        }
    }
}

/// The blocks of an issue in its three parts.
pub struct Parts {
    pub masthead: Vec<Piece>,
    pub body: Vec<Piece>,
    pub footer: Vec<Piece>,
    /// A 专报 or 增刊: headlines are set as centred titles in the title face.
    pub special: bool,
    /// 签发人：NAME for a version sent upward that has a 签发 sign-off.
    pub signer: String,
}

/// 签发人：NAME when `print` says the version goes upward and the issue
/// has a 签发 sign-off; empty otherwise.
pub fn signer(issue: &Issue, print: &Print) -> String {
    match issue.release.latest(SignRole::Sign) {
        Some(s) if print.upward && !s.by.trim().is_empty() => {
            format!("签发人：{}", printable(s.by.trim()))
        }
        _ => String::new(),
    }
}

pub fn parts(issue: &Issue, print: &Print) -> Parts {
    let mut parts = Parts {
        masthead: Vec::new(),
        body: Vec::new(),
        footer: Vec::new(),
        special: is_special(issue),
        signer: signer(issue, print),
    };
    let issue = printable_issue(issue);
    for block in compose_with(&issue, HeadlineStyle::Auto, &print.print_run_form) {
        let split = match block.role {
            Role::RunIn { headline_len: n }
            | Role::Footer { label_len: n }
            | Role::Editors { label_len: n } => n,
            _ => 0,
        };
        // The offsets come from compose and fall on character boundaries; a
        // bad one would only lose the bold, never the text.
        let (lead, rest) = block
            .text
            .split_at_checked(split)
            .unwrap_or(("", &block.text));
        let piece = Piece {
            lead: lead.to_string(),
            text: rest.to_string(),
            role: block.role,
        };
        match piece.role {
            Role::Marking
            | Role::Title
            | Role::Subtitle
            | Role::Number
            | Role::PublisherDate { .. } => parts.masthead.push(piece),
            Role::Footer { .. } | Role::Editors { .. } | Role::PrintRun => parts.footer.push(piece),
            Role::Gap => {}
            _ => parts.body.push(piece),
        }
    }
    parts
}

/// The issue with every text printable (see [`printable`]): what all the
/// formats for reading and printing are made from.
pub fn printable_issue(issue: &Issue) -> Issue {
    let clean_item = |item: &crate::model::Item| crate::model::Item {
        headline: printable(&item.headline),
        editor_note: printable(&item.editor_note),
        column: printable(&item.column),
        body: item.body.iter().map(|p| printable(p)).collect(),
        sources: item.sources.iter().map(|s| printable(s)).collect(),
        ..item.clone()
    };
    Issue {
        series: printable(&issue.series),
        marking: printable(&issue.marking),
        editor_note: printable(&issue.editor_note),
        publisher: printable(&issue.publisher),
        articles: issue.articles.iter().map(clean_item).collect(),
        briefs: issue.briefs.iter().map(clean_item).collect(),
        footer: issue
            .footer
            .iter()
            .map(|f| crate::model::FooterLine::new(printable(&f.label), printable(&f.text)))
            .collect(),
        editors: issue.editors.iter().map(|e| printable(e)).collect(),
        release: crate::model::Release {
            period: printable(&issue.release.period),
            copy_no: printable(&issue.release.copy_no),
            recipients: issue
                .release
                .recipients
                .iter()
                .map(|r| crate::model::Recipient {
                    name: printable(&r.name),
                    ..r.clone()
                })
                .collect(),
            ..issue.release.clone()
        },
        ..issue.clone()
    }
}

pub use crate::script::printable;

/// Escapes text for HTML and XML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_control_characters() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        // A control character is shown, not dropped, so the editor sees it
        // in print as on screen; nothing in it can act on a terminal.
        assert_eq!(printable("正\u{1b}[31m文\u{0}\t末"), "正␛[31m文␀ 末");
        assert_eq!(printable("甲\u{202e}乙\u{2066}丙"), "甲乙丙");
    }
}
