//! Editing an item in the user's $EDITOR. The loop is separate from the
//! terminal so it can be tested with a scripted "editor".

use std::path::Path;

use crate::edit_text;
use crate::error::{Error, Result};
use crate::model::{Item, ItemEdit};

/// What came of an edit.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Changed(ItemEdit),
    /// Saved unchanged, or emptied to give up.
    Unchanged,
}

/// The editor command: $VISUAL, $EDITOR, or vi.
pub fn command() -> String {
    std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".to_string())
}

/// Runs `cmd FILE` (the command may carry arguments, as `code -w` does).
pub fn launch(cmd: &str, file: &Path) -> std::io::Result<()> {
    let mut parts = cmd.split_whitespace();
    let program = parts.next().unwrap_or("vi");
    let status = std::process::Command::new(program)
        .args(parts)
        .arg(file)
        .status()?;
    if status.success() {
        Ok(())
    } else {
        Err(std::io::Error::other(format!("{program}: {status}")))
    }
}

/// Writes the item to a file, lets `edit` change it, and reads it back. A
/// text that does not read back is written again with the problem at the
/// top and edited again: nothing typed is ever thrown away.
pub fn edit_item(
    item: &Item,
    dir: &Path,
    mut edit: impl FnMut(&Path) -> std::io::Result<()>,
) -> Result<Outcome> {
    let id = item.id.map_or(0, |i| i.0);
    let path = dir.join(format!("jianbao-item-{id}-{}.txt", std::process::id()));
    let start = edit_text::render(item);
    let mut text = start.clone();
    let result = loop {
        std::fs::write(&path, &text).map_err(|e| Error::io(&path, e))?;
        if let Err(e) = edit(&path) {
            break Err(Error::Editor(e));
        }
        let edited = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
        if edited.trim().is_empty() || edited == start {
            break Ok(Outcome::Unchanged);
        }
        match edit_text::parse(&edited) {
            Ok(change) => break Ok(Outcome::Changed(change)),
            Err(problem) => text = edit_text::with_error(&edited, &problem),
        }
    };
    let _ = std::fs::remove_file(&path);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> Item {
        let mut item = Item::new(
            "原标题",
            vec!["正文。".into()],
            jiff::civil::Date::constant(2023, 1, 1),
        );
        item.id = Some(crate::model::ItemId(7));
        item
    }

    #[test]
    fn a_broken_header_is_shown_and_edited_again_without_losing_text() {
        let dir = tempfile::tempdir().unwrap();
        let mut round = 0;
        let outcome = edit_item(&item(), dir.path(), |path| {
            round += 1;
            let text = std::fs::read_to_string(path).unwrap();
            let next = if round == 1 {
                text.replace("标题：原标题", "标题：新标题")
                    .replace("来源：", "作者：张三\n来源：")
            } else {
                assert!(
                    text.contains("作者：张三") && text.contains("新标题"),
                    "the user's text comes back: {text}"
                );
                assert!(
                    text.lines().next().unwrap().contains("作者"),
                    "with the problem on top"
                );
                text.replace("作者：张三\n", "")
            };
            std::fs::write(path, next)
        })
        .unwrap();
        assert_eq!(round, 2);
        let Outcome::Changed(change) = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(change.headline.as_deref(), Some("新标题"));
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "the file is removed"
        );
    }

    #[test]
    fn saving_unchanged_or_emptying_gives_up() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            edit_item(&item(), dir.path(), |_| Ok(())).unwrap(),
            Outcome::Unchanged
        );
        assert_eq!(
            edit_item(&item(), dir.path(), |p| std::fs::write(p, "")).unwrap(),
            Outcome::Unchanged
        );
        let err = edit_item(&item(), dir.path(), |_| {
            Err(std::io::Error::other("no such editor"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("no such editor"));
    }
}
