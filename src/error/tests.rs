use super::*;
use crate::export::{Encoding, Format};
use crate::i18n::{Key, t, tf};
use crate::import::{Options, Outcome, import_paths};
use crate::store::Store;

// Both used to be the same `Invalid(String)`, told apart only by its words.
#[test]
fn an_unknown_format_and_an_unknown_encoding_are_told_apart_by_variant() {
    let format = Format::parse("PDF").unwrap_err();
    let encoding = Encoding::parse("latin1", false).unwrap_err();
    assert!(
        matches!(&format, Error::UnknownFormat { name, .. } if name == "pdf"),
        "{format:?}"
    );
    assert!(
        matches!(&encoding, Error::UnknownExportEncoding(e) if e == "latin1"),
        "{encoding:?}"
    );
    assert_eq!(
        format.to_string(),
        tf(Key::ErrUnknownFormat, &[&"pdf", &Format::NAMES.join(", ")])
    );
    assert_eq!(
        encoding.to_string(),
        tf(Key::ErrExportEncoding, &[&"latin1"])
    );
}

#[test]
fn a_missing_issue_id_is_not_reported_as_issue_zero() {
    let store = Store::open_in_memory().unwrap();
    let err = store.issue_summary(IssueId(42)).unwrap_err();
    assert!(
        matches!(err, Error::IssueIdNotFound(IssueId(42))),
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        !text.contains("第 0 期") && !text.contains("number 0"),
        "{text}"
    );
    assert!(text.contains("42"), "{text}");
}

#[test]
fn each_file_of_an_import_has_a_typed_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), "标题\n正文。（矿山街道）").unwrap();
    std::fs::write(d.join("b.txt"), "标题\n正文。（矿山街道）").unwrap();
    std::fs::write(
        d.join("c.txt"),
        [&b"\xe6\xa0\x87\xff"[..], "正文".as_bytes()].concat(),
    )
    .unwrap();
    std::fs::write(d.join("d.txt"), "").unwrap();
    std::fs::write(d.join("e.pdf"), "%PDF").unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let opts = Options {
        encoding: Some(encoding_rs::UTF_8),
        today: jiff::civil::date(2024, 5, 6),
    };
    let report = import_paths(&mut store, &[d.to_path_buf()], &opts, |_, _| {}).unwrap();
    let outcomes: Vec<&Outcome> = report.files.iter().map(|f| &f.outcome).collect();
    let first = match outcomes[0] {
        Outcome::Imported { id, .. } => *id,
        other => panic!("{other:?}"),
    };
    assert!(matches!(outcomes[1], Outcome::Exists(id) if *id == first));
    assert!(
        matches!(outcomes[2], Outcome::Failed(FileProblem::NotUtf8 { at: 3 })),
        "{:?}",
        outcomes[2]
    );
    assert!(
        matches!(
            outcomes[3],
            Outcome::Failed(FileProblem::Submission(
                crate::submission::SubmissionError::Empty
            ))
        ),
        "{:?}",
        outcomes[3]
    );
    assert!(
        matches!(outcomes[4], Outcome::Skipped(crate::import::Skip::Type(ext)) if ext == "pdf"),
        "{:?}",
        outcomes[4]
    );
}

#[test]
fn a_file_error_names_the_file_as_the_terminal_may_show_it() {
    let err = Error::FileInvalid {
        path: PathBuf::from("稿件\u{1b}[31m.txt"),
        problem: FileProblem::Binary,
    };
    let text = err.to_string();
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.starts_with("稿件"), "{text}");
    assert!(
        text.ends_with(&format!("：{}", t(Key::ImportBinary))),
        "{text}"
    );
}
