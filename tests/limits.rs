//! Limits are errors, not aborts: only regular files are read or replaced,
//! input is bounded.

mod common;

use common::Env;

fn fifo(env: &Env, name: &str) -> String {
    let path = env.path(name);
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    path.display().to_string()
}

#[test]
fn a_fifo_is_named_and_refused_never_waited_on() {
    let env = Env::new();
    let pipe = fifo(&env, "管道");
    for args in [
        vec!["import", pipe.as_str()],
        vec!["import", "--bulletin", pipe.as_str()],
        vec!["import", "--json", pipe.as_str()],
        vec!["wrap", pipe.as_str()],
    ] {
        let err = env.fails(&args, 1);
        assert!(
            err.contains("管道") && err.contains("普通文件"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn nothing_but_a_regular_file_is_replaced_by_an_export_or_a_backup() {
    let env = Env::new();
    env.ok(&["demo"]);
    let pipe = fifo(&env, "out");
    let err = env.fails(&["export", "56", "-o", &pipe], 1);
    assert!(err.contains("不是普通文件"), "{err}");
    let err = env.fails(&["backup", &pipe], 1);
    assert!(err.contains("不是普通文件"), "{err}");
    let meta = std::fs::symlink_metadata(&pipe).unwrap();
    assert!(!meta.is_file(), "the FIFO is still there");
}

#[test]
fn wrap_reads_standard_input_to_a_bound() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_jianbao"))
        .arg("wrap")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b'a'; 1 << 20];
        // The reader stops after its bound; the pipe then breaks.
        for _ in 0..64 {
            if std::io::Write::write_all(&mut stdin, &chunk).is_err() {
                break;
            }
        }
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("MB"));
}
