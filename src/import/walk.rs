//! Walking a folder of submissions: recursively, in a stable order, through
//! links but never round a loop.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::i18n::{Key, t, tf};

#[derive(Debug)]
pub enum Entry {
    File(PathBuf),
    Skipped(PathBuf, Skip),
}

/// Why a path in a folder is not read.
#[derive(Debug)]
pub enum Skip {
    /// A folder link leading back to a folder already walked.
    Loop,
    /// Hidden, or a lock file Word leaves beside an open document.
    Hidden,
    /// A kind of file jianbao does not read: its extension.
    Type(String),
    /// A pipe, a device or the like.
    Special,
    Unreadable(std::io::Error),
}

impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Skip::Loop => f.write_str(t(Key::SkipLoop)),
            Skip::Hidden => f.write_str(t(Key::SkipHidden)),
            Skip::Type(ext) => f.write_str(&tf(Key::SkipType, &[ext])),
            Skip::Special => f.write_str(t(Key::SkipSpecial)),
            Skip::Unreadable(e) => f.write_str(&crate::i18n::os_error(e)),
        }
    }
}

/// What jianbao reads, by extension.
pub fn supported(path: &Path) -> bool {
    matches!(
        extension(path).as_deref(),
        Some("txt" | "md" | "text" | "docx" | "doc" | "wps")
    )
}

pub fn extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_lowercase())
}

/// Every file under `dir`, sorted by name at each level; what is not a
/// submission is listed as skipped with the reason.
pub fn walk(dir: &Path) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    visit(dir, &mut seen, &mut out);
    out
}

fn visit(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Entry>) {
    match std::fs::canonicalize(dir) {
        Ok(real) => {
            if !seen.insert(real) {
                out.push(Entry::Skipped(dir.to_path_buf(), Skip::Loop));
                return;
            }
        }
        Err(e) => {
            out.push(Entry::Skipped(dir.to_path_buf(), Skip::Unreadable(e)));
            return;
        }
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(list) => list.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            out.push(Entry::Skipped(dir.to_path_buf(), Skip::Unreadable(e)));
            return;
        }
    };
    entries.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') || name.starts_with("~$") {
            out.push(Entry::Skipped(path, Skip::Hidden));
            continue;
        }
        // Follows links; a dangling one is reported.
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => visit(&path, seen, out),
            Ok(m) if m.is_file() && supported(&path) => out.push(Entry::File(path)),
            Ok(m) if m.is_file() => {
                let ext = extension(&path).unwrap_or_default();
                out.push(Entry::Skipped(path, Skip::Type(ext)));
            }
            Ok(_) => out.push(Entry::Skipped(path, Skip::Special)),
            Err(e) => out.push(Entry::Skipped(path, Skip::Unreadable(e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_kinds_hidden_files_and_a_link_loop() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("b/sub")).unwrap();
        for f in [
            "b/2.txt",
            "b/1.docx",
            "a.md",
            "b/sub/3.txt",
            "c.pdf",
            ".hidden.txt",
            "~$lock.docx",
        ] {
            std::fs::write(root.join(f), "x").unwrap();
        }
        #[cfg(unix)]
        std::os::unix::fs::symlink(root, root.join("b/sub/loop")).unwrap();
        let entries = walk(root);
        let files: Vec<String> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::File(p) => Some(p.strip_prefix(root).unwrap().display().to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(files, ["a.md", "b/1.docx", "b/2.txt", "b/sub/3.txt"]);
        let skipped: Vec<(String, &Skip)> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Skipped(p, why) => {
                    Some((p.strip_prefix(root).unwrap().display().to_string(), why))
                }
                _ => None,
            })
            .collect();
        assert_eq!(skipped.len(), 4, "{skipped:?}");
        assert!(
            skipped
                .iter()
                .any(|(p, why)| p == "c.pdf" && matches!(why, Skip::Type(ext) if ext == "pdf"))
        );
        assert!(
            skipped
                .iter()
                .any(|(p, why)| p == ".hidden.txt" && matches!(why, Skip::Hidden))
        );
        #[cfg(unix)]
        assert!(
            skipped
                .iter()
                .any(|(p, why)| p == "b/sub/loop" && matches!(why, Skip::Loop))
        );
    }
}
