//! Tab completion of a path typed at the import prompt, as a shell does it:
//! the last component is completed as far as the names in its folder
//! agree, a lone folder gets its `/`, and the candidates are listed when
//! they part.

use std::path::{Path, PathBuf};

/// What Tab does to the typed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The text with the last component completed as far as it can be.
    pub text: String,
    /// The names still possible when more than one is; empty otherwise.
    pub candidates: Vec<String>,
}

/// A leading `~/` as the home folder, for the prompt and for the import.
pub fn expand_home(text: &str) -> PathBuf {
    match (text.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(text),
    }
}

/// Completes `text` against the folder it names; `None` when nothing there
/// matches (or the folder cannot be read).
pub fn complete(text: &str) -> Option<Completion> {
    let (dir_text, stem) = match text.rfind('/') {
        Some(at) => (&text[..=at], &text[at + 1..]),
        None => ("", text),
    };
    let dir = if dir_text.is_empty() {
        PathBuf::from(".")
    } else {
        expand_home(dir_text)
    };
    let names = entries(&dir);
    let (name, candidates) = extend(stem, &names)?;
    Some(Completion {
        text: format!("{dir_text}{name}"),
        candidates,
    })
}

/// Names in `dir` that can be typed, each with whether it is a folder.
/// Hidden names are offered only when the typed stem starts with a dot,
/// which [`extend`] decides.
fn entries(dir: &Path) -> Vec<(String, bool)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<(String, bool)> = read
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            // A link to a folder counts as a folder: metadata follows it.
            let is_dir = std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir());
            Some((name, is_dir))
        })
        .collect();
    names.sort();
    names
}

/// The pure step: `stem` extended by the names that start with it. One
/// match is completed whole (a folder with its `/`); several, as far as
/// they agree, with the list of them.
fn extend(stem: &str, names: &[(String, bool)]) -> Option<(String, Vec<String>)> {
    let matches: Vec<&(String, bool)> = names
        .iter()
        .filter(|(n, _)| n.starts_with(stem) && (stem.starts_with('.') || !n.starts_with('.')))
        .collect();
    match matches.as_slice() {
        [] => None,
        [(name, is_dir)] => {
            let slash = if *is_dir { "/" } else { "" };
            Some((format!("{name}{slash}"), Vec::new()))
        }
        many => {
            let first = &many[0].0;
            let common = many.iter().skip(1).fold(first.as_str(), |acc, (n, _)| {
                let len: usize = acc
                    .chars()
                    .zip(n.chars())
                    .take_while(|(a, b)| a == b)
                    .map(|(a, _)| a.len_utf8())
                    .sum();
                &acc[..len]
            });
            let listed = many
                .iter()
                .map(|(n, d)| if *d { format!("{n}/") } else { n.clone() })
                .collect();
            Some((common.to_string(), listed))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(&str, bool)]) -> Vec<(String, bool)> {
        list.iter().map(|(n, d)| (n.to_string(), *d)).collect()
    }

    #[test]
    fn one_match_is_completed_whole_and_a_folder_gets_its_slash() {
        let list = names(&[("来稿", true), ("说明.txt", false)]);
        assert_eq!(extend("来", &list), Some(("来稿/".into(), vec![])));
        assert_eq!(extend("说", &list), Some(("说明.txt".into(), vec![])));
        assert_eq!(extend("x", &list), None);
    }

    #[test]
    fn several_matches_complete_as_far_as_they_agree_by_character() {
        let list = names(&[
            ("上街信息第55期.txt", false),
            ("上街信息第56期.txt", false),
            ("上街", true),
        ]);
        let (text, listed) = extend("上街信", &list).unwrap();
        assert_eq!(text, "上街信息第5");
        assert_eq!(listed, ["上街信息第55期.txt", "上街信息第56期.txt"]);
        let (text, listed) = extend("", &list).unwrap();
        assert_eq!(text, "上街");
        assert_eq!(listed.len(), 3);
    }

    #[test]
    fn hidden_names_only_when_a_dot_is_typed() {
        let list = names(&[(".git", true), ("gao.txt", false)]);
        assert_eq!(extend("", &list), Some(("gao.txt".into(), vec![])));
        assert_eq!(extend(".", &list), Some((".git/".into(), vec![])));
    }

    #[test]
    fn completes_against_a_real_folder() {
        let dir = std::env::temp_dir().join(format!("jianbao-complete-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("区卫健委")).unwrap();
        std::fs::write(dir.join("区卫健委/报送单.docx"), b"").unwrap();
        let typed = format!("{}/区卫", dir.display());
        let done = complete(&typed).unwrap();
        assert_eq!(done.text, format!("{}/区卫健委/", dir.display()));
        let done = complete(&done.text).unwrap();
        assert_eq!(done.text, format!("{}/区卫健委/报送单.docx", dir.display()));
        assert_eq!(complete(&format!("{}/无此", dir.display())), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
