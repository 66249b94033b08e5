//! The printed form of an issue, as blocks for the layout engine.

use super::{BRIEF_MARK, RUN_IN_GAP};
use crate::layout::{Block, ItemRef, NAME_GAP, Role, pad_name};
use crate::model::{Issue, Item, Kind, format_date};

/// Whether an article's headline runs into its first paragraph or stands on
/// its own line above the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeadlineStyle {
    /// Run in when the body is one paragraph, a line of its own otherwise.
    #[default]
    Auto,
    RunIn,
    Block,
}

/// How an 编者按 is introduced.
pub const EDITOR_NOTE_LABEL: &str = "编者按：";

/// Masthead, articles, briefs, footer — in print order.
pub fn compose(issue: &Issue, style: HeadlineStyle) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !issue.marking.is_empty() {
        blocks.push(Block::new(Role::Marking, &issue.marking));
    }
    let (title, subtitle) = issue.title_and_subtitle();
    blocks.push(Block::new(Role::Title, title));
    if !subtitle.is_empty() {
        blocks.push(Block::new(Role::Subtitle, subtitle));
    }
    blocks.push(Block::new(Role::Number, issue.number_line()));
    let date = issue.date.map(format_date).unwrap_or_default();
    if !issue.publisher.is_empty() || !date.is_empty() {
        blocks.push(Block::new(Role::PublisherDate { date }, &issue.publisher));
    }
    blocks.push(Block::new(Role::Gap, ""));
    if !issue.editor_note.is_empty() {
        blocks.push(editor_note(&issue.editor_note));
    }
    // A 栏目 heading is printed where the items' heading changes.
    let mut column = "";
    for (index, item) in issue.articles.iter().enumerate() {
        heading(&mut blocks, &mut column, item);
        article(
            &mut blocks,
            item,
            ItemRef {
                kind: Kind::Article,
                index,
            },
            style,
        );
    }
    for (index, item) in issue.briefs.iter().enumerate() {
        heading(&mut blocks, &mut column, item);
        let mut text = String::from(BRIEF_MARK);
        text.extend(item.body.iter().map(String::as_str));
        text.push_str(&item.attribution());
        blocks.push(Block::new(Role::Brief, text).of(ItemRef {
            kind: Kind::Brief,
            index,
        }));
    }
    if !issue.footer.is_empty() || !issue.editors.is_empty() || issue.print_run.is_some() {
        blocks.push(Block::new(Role::Gap, ""));
    }
    for line in &issue.footer {
        let label = if line.label.is_empty() {
            String::new()
        } else {
            format!("{}：", line.label)
        };
        blocks.push(Block::new(
            Role::Footer {
                label_len: label.len(),
            },
            format!("{label}{}", line.text),
        ));
    }
    if !issue.editors.is_empty() {
        let names: Vec<String> = issue.editors.iter().map(|n| pad_name(n)).collect();
        let label = "责任编辑：";
        blocks.push(Block::new(
            Role::Editors {
                label_len: label.len(),
            },
            format!("{label}{}", names.join(NAME_GAP)),
        ));
    }
    if let Some(n) = issue.print_run {
        blocks.push(Block::new(Role::PrintRun, format!("共印{n}份")));
    }
    blocks
}

fn heading<'a>(blocks: &mut Vec<Block>, current: &mut &'a str, item: &'a Item) {
    if !item.column.is_empty() && item.column != *current {
        blocks.push(Block::new(Role::Column, &item.column));
        *current = &item.column;
    }
}

fn editor_note(text: &str) -> Block {
    Block::new(
        Role::RunIn {
            headline_len: EDITOR_NOTE_LABEL.len(),
        },
        format!("{EDITOR_NOTE_LABEL}{text}"),
    )
}

fn article(blocks: &mut Vec<Block>, item: &Item, at: ItemRef, style: HeadlineStyle) {
    // An 编者按 stands between the headline and the body.
    let run_in = !item.headline.is_empty()
        && item.editor_note.is_empty()
        && match style {
            HeadlineStyle::Auto => item.body.len() <= 1,
            HeadlineStyle::RunIn => true,
            HeadlineStyle::Block => false,
        };
    let last = item.body.len().saturating_sub(1);
    let with_source = |i: usize, p: &str| {
        if i == last {
            format!("{p}{}", item.attribution())
        } else {
            p.to_string()
        }
    };
    if run_in {
        let first = with_source(0, item.body.first().map_or("", String::as_str));
        let text = format!("{}{RUN_IN_GAP}{first}", item.headline);
        blocks.push(
            Block::new(
                Role::RunIn {
                    headline_len: item.headline.len(),
                },
                text,
            )
            .of(at),
        );
        for (i, p) in item.body.iter().enumerate().skip(1) {
            blocks.push(Block::new(Role::Body, with_source(i, p)).of(at));
        }
        return;
    }
    if !item.headline.is_empty() {
        blocks.push(Block::new(Role::Headline, &item.headline).of(at));
    }
    if !item.editor_note.is_empty() {
        blocks.push(editor_note(&item.editor_note).of(at));
    }
    if item.body.is_empty() {
        blocks.push(Block::new(Role::Body, item.attribution()).of(at));
    }
    for (i, p) in item.body.iter().enumerate() {
        blocks.push(Block::new(Role::Body, with_source(i, p)).of(at));
    }
}
