//! The hostile and broken submissions of tests/corpus (see its README),
//! plus three that cannot live in a repository: a 50 MB text file, a folder
//! link that loops, and a file name that is not UTF-8. Every file gets one
//! plain line; nothing half-stored; the batch goes on.

use std::path::{Path, PathBuf};
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn every_broken_file_is_named_with_its_reason_and_the_good_ones_are_imported() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    copy_dir(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
        &corpus,
    );
    // 50 MB of text, one paragraph: over the 10 MB limit, refused without reading it all.
    let big = std::fs::File::create(corpus.join("huge.txt")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        std::fs::create_dir(corpus.join("sub")).unwrap();
        std::os::unix::fs::symlink(&corpus, corpus.join("sub/loop")).unwrap();
        let name = std::ffi::OsStr::from_bytes(b"\xff\xfe-name.txt");
        std::fs::write(
            corpus.join("sub").join(name),
            "文件名不是 UTF-8 的来稿\n正文照常导入。（矿山街道）",
        )
        .unwrap();
    }
    let db = dir.path().join("store.db");
    let out = Command::new(env!("CARGO_BIN_EXE_jianbao"))
        .args(["--db", db.to_str().unwrap(), "import"])
        .arg(&corpus)
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "failures make exit code 1");
    let line = |file: &str| -> String {
        stdout
            .lines()
            .chain(stderr.lines())
            .find(|l| l.contains(&format!("/{file}")))
            .unwrap_or_else(|| panic!("no line for {file}:\n{stdout}\n{stderr}"))
            .to_string()
    };
    for (file, says) in [
        ("good.docx", "docx"),
        ("gbk.txt", "gb18030"),
        ("utf16le.txt", "UTF-16LE"),
        ("utf16be.txt", "UTF-16BE"),
        ("crlf.txt", "UTF-8"),
        ("empty.txt", "空"),
        ("headline-only.txt", "没有正文"),
        ("binary.txt", "不是文本"),
        ("declared-utf8.txt", "UTF-8"),
        ("truncated.docx", "损坏"),
        ("corrupt.docx", "损坏"),
        ("bomb.docx", "32 MB"),
        ("old.doc", ".docx"),
        ("old.wps", ".docx"),
        ("doc-named-docx.docx", ".docx"),
        ("huge.txt", "10 MB"),
        ("notes.pdf", "跳过"),
        ("README", "跳过"),
    ] {
        let l = line(file);
        assert!(l.contains(says), "{file}: {l}");
        assert_eq!(l.lines().count(), 1);
    }
    #[cfg(unix)]
    {
        assert!(line("sub/loop").contains("成环"));
        assert!(
            stdout.contains("-name.txt"),
            "the non-UTF-8 name is shown: {stdout}"
        );
    }
    assert!(
        line("utf16le.txt").contains("相似"),
        "read after utf16be.txt, which it resembles"
    );
    let summary = stdout.lines().find(|l| l.starts_with("导入")).unwrap();
    let imported = if cfg!(unix) { 6 } else { 5 };
    assert!(
        summary.starts_with(&format!("导入 {imported} 篇（其中相似稿 1 篇）")),
        "{summary}"
    );
    let skipped = if cfg!(unix) { 3 } else { 2 };
    assert!(
        summary.ends_with(&format!("跳过 {skipped} 个，失败 11 个文件")),
        "{summary}"
    );

    // Nothing half-stored: only whole items, each with its search terms.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let items: i64 = conn
        .query_row("SELECT count(*) FROM items", [], |r| r.get(0))
        .unwrap();
    assert_eq!(items, imported);
    let empty: i64 = conn
        .query_row(
            "SELECT count(*) FROM items WHERE body = '' OR headline = ''",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(empty, 0);

    // Importing again changes nothing.
    let again = Command::new(env!("CARGO_BIN_EXE_jianbao"))
        .args(["--db", db.to_str().unwrap(), "import"])
        .arg(&corpus)
        .env("XDG_CONFIG_HOME", dir.path().join("config"))
        .output()
        .unwrap();
    let again = String::from_utf8_lossy(&again.stdout);
    assert!(again.contains(&format!("已有 {imported} 篇")), "{again}");
}
