//! The printed form of an issue, as blocks for the layout engine.

use super::{BRIEF_MARK, RUN_IN_GAP};
use crate::layout::{Block, ItemRef, NAME_GAP, Role, pad_name};
use crate::model::{Issue, Item, Kind, footer_in_force, format_date};

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

/// How 共印 is written when nothing else says: 共印120份.
pub const PRINT_RUN_FORM: &str = "共印{n}份";

/// Masthead, articles, briefs, footer — in print order.
pub fn compose(issue: &Issue, style: HeadlineStyle) -> Vec<Block> {
    compose_with(issue, style, PRINT_RUN_FORM)
}

/// Whether the issue's pieces are set as a 专报 or 增刊 sets them: each
/// headline a centred title on its own line, never run in.
pub fn is_special(issue: &Issue) -> bool {
    issue.supplement || issue.title_and_subtitle().1 == "专报"
}

/// The 份号 as printed: six digits when it is a number (000001), else as
/// typed.
pub fn copy_number(copy_no: &str) -> String {
    let copy_no = copy_no.trim();
    match copy_no.parse::<u32>() {
        Ok(n) if copy_no.chars().all(|c| c.is_ascii_digit()) && n < 1_000_000 => {
            format!("{n:06}")
        }
        _ => copy_no.to_string(),
    }
}

/// The 密级 line: the release's 密级 with its period, else the issue's
/// typed marking (内部资料).
pub fn marking(issue: &Issue) -> String {
    let mark = issue.release.mark();
    if mark.is_empty() {
        issue.marking.clone()
    } else {
        mark
    }
}

/// [`compose`] with 共印 written in `print_run_form` (`{n}` the number).
/// The 份号 (GB/T 9704: six digits, top left on line 1) and the 密级 under
/// it open the masthead; the 报尾 comes in rank order (报, 送, 抄送, 发,
/// then lines of no rank), the distribution list drawing the lines it
/// covers; a 专报 or 增刊 sets every headline on its own line.
pub fn compose_with(issue: &Issue, style: HeadlineStyle, print_run_form: &str) -> Vec<Block> {
    let style = if is_special(issue) && style == HeadlineStyle::Auto {
        HeadlineStyle::Block
    } else {
        style
    };
    let mut blocks = Vec::new();
    if !issue.release.copy_no.trim().is_empty() {
        blocks.push(Block::new(
            Role::Marking,
            copy_number(&issue.release.copy_no),
        ));
    }
    let mark = marking(issue);
    if !mark.is_empty() {
        blocks.push(Block::new(Role::Marking, mark));
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
    let footer = footer_in_force(&issue.footer, &issue.release);
    let run = issue.print_run_in_force();
    if !footer.is_empty() || !issue.editors.is_empty() || run.is_some() {
        blocks.push(Block::new(Role::Gap, ""));
    }
    for line in &footer {
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
    if let Some(n) = run {
        let text = if print_run_form.contains("{n}") {
            print_run_form.replace("{n}", &n.to_string())
        } else {
            format!("{print_run_form}{n}")
        };
        blocks.push(Block::new(Role::PrintRun, text));
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
