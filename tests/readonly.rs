//! A store on a read-only disk can still be read. The test needs a
//! read-only bind mount, which only root may make: elsewhere it says it is
//! skipped, in one line.

mod common;

use common::Env;

struct Mount(std::path::PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

fn read_only_view(of: &std::path::Path, at: &std::path::Path) -> Option<Mount> {
    std::fs::create_dir_all(at).ok()?;
    let run = |args: &[&str]| {
        std::process::Command::new("mount")
            .args(args)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let (of, at_s) = (of.display().to_string(), at.display().to_string());
    if !run(&["--bind", &of, &at_s]) {
        return None;
    }
    let mount = Mount(at.to_path_buf());
    run(&["-o", "remount,ro,bind", &at_s]).then_some(mount)
}

#[test]
fn a_store_on_a_read_only_disk_is_read() {
    let env = Env::new();
    let data = env.path("data-rw");
    std::fs::create_dir_all(&data).unwrap();
    let db = data.join("store.db").display().to_string();
    assert!(env.run(&["--db", &db, "demo"]).status.success());
    let Some(_mount) = read_only_view(&data, &env.path("ro")) else {
        eprintln!("a_store_on_a_read_only_disk_is_read: skipped: a read-only mount needs root");
        return;
    };
    let ro = env.path("ro/store.db").display().to_string();
    let out = env.run(&["--db", &ro, "list", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"id\""));
    let out = env.run(&["--db", &ro, "export", "56"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env.run(&["--db", &ro, "accept", "1"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr)
            .trim_end()
            .lines()
            .count(),
        1
    );
}
