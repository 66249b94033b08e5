//! What the integration tests share: the built binary, run as a user would,
//! in a temporary folder; the reference issue, when it is beside the
//! checkout; the golden files.
#![allow(dead_code)] // each test file uses some of these

pub mod golden;
pub mod pdf;
pub mod reference;

use std::path::PathBuf;
use std::process::{Command, Output};

use jianbao::model::Issue;

/// The project's own issue, data/bulletin-56.txt. It is in every clone, so
/// the goldens made from it run where the reference issue is not.
pub fn sample() -> Issue {
    jianbao::bulletin::parse(include_str!("../../data/bulletin-56.txt")).unwrap()
}

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// The body of the Word file `name` written here: its word/document.xml.
    pub fn document_xml(&self, name: &str) -> String {
        let bytes = std::fs::read(self.path(name)).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
            .unwrap();
        xml
    }

    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.run_with(args, &[])
    }

    /// Runs with more environment variables (an editor, say).
    pub fn run_with(&self, args: &[&str], envs: &[(&str, &std::path::Path)]) -> Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_jianbao"));
        command
            .args(args)
            .env("XDG_CONFIG_HOME", self.path("config"))
            .env("XDG_DATA_HOME", self.path("data"))
            .env("HOME", self.dir.path())
            .env_remove("JIANBAO_LANG")
            .current_dir(self.dir.path());
        for (name, value) in envs {
            command.env(name, value);
        }
        command.output().unwrap()
    }

    /// Runs with `--db store.db`, expecting success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let mut all = vec!["--db", "store.db"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    pub fn fails(&self, args: &[&str], code: i32) -> String {
        let mut all = vec!["--db", "store.db"];
        all.extend_from_slice(args);
        let out = self.run(&all);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8(out.stderr).unwrap()
    }
}
