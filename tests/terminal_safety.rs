//! Nothing a submission or a file name carries reaches the terminal raw:
//! every command that prints for a person shows control characters as
//! their pictures and drops bidi controls; an error stays one line; JSON
//! stays exact.

mod common;

use common::Env;

const HOSTILE: &str = "\u{1b}[2J\u{1b}]52;c;cHduZWQ=\u{7}\u{202e}";

fn raw(s: &str) -> bool {
    s.contains('\u{1b}') || s.contains('\u{7}') || s.contains('\u{202e}')
}

#[test]
fn every_command_that_prints_shows_controls_as_pictures() {
    let env = Env::new();
    let unit = format!("区法院{HOSTILE}");
    env.ok(&["units", "add", &unit]);
    let text =
        format!("区法院开展普法{HOSTILE}活动\n近日，区法院开展普法活动{HOSTILE}。（{unit}）\n");
    let file = env.write("来稿.txt", text);
    let out = env.ok(&["import", &file.display().to_string()]);
    assert!(!raw(&out), "import report: {out:?}");
    assert!(out.contains('␛'), "{out}");
    let mut outputs = vec![
        ("list", env.ok(&["list"])),
        ("show", env.ok(&["show", "1"])),
        ("units", env.ok(&["units"])),
    ];
    env.ok(&["accept", "1"]);
    env.ok(&["issue", "new", "--date", "2024-03-01"]);
    env.ok(&["issue", "add", "1", "1"]);
    outputs.push(("issue show", env.ok(&["issue", "show", "1"])));
    outputs.push(("export", env.ok(&["export", "1"])));
    env.ok(&["issue", "sign", "1", "--role", "sign", "--by", "张伟"]);
    env.ok(&["issue", "finalise", "1", "--force"]);
    for form in [&[][..], &["--report"], &["--csv"]] {
        let mut args = vec!["stats"];
        args.extend_from_slice(form);
        outputs.push(("stats", env.ok(&args)));
    }
    for format in ["text", "markdown"] {
        let out = env.ok(&["index", "--year", "2024", "--format", format]);
        assert!(out.contains('␛'), "{out}");
        outputs.push(("index", out));
    }
    for (what, out) in &outputs {
        assert!(!raw(out), "{what}: {out:?}");
    }
    // JSON keeps the text exact: serde escapes the controls, and the bidi
    // mark is there as it was.
    let json = env.ok(&["show", "1", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["headline"].as_str().unwrap().contains(HOSTILE));
}

#[test]
fn a_file_name_with_a_newline_or_escape_keeps_an_error_on_one_line() {
    let env = Env::new();
    let name = "坏\u{1b}[31m\n文件.txt";
    let path = env.write(name, "");
    let err = env.fails(&["import", &path.display().to_string()], 1);
    assert!(!raw(&err), "{err:?}");
    assert_eq!(err.trim_end().lines().count(), 1, "{err:?}");
    assert!(err.contains("坏␛[31m␊文件.txt"), "{err}");
    let err = env.fails(&["import", "--bulletin", &path.display().to_string()], 1);
    assert_eq!(err.trim_end().lines().count(), 1, "{err:?}");
    assert!(!raw(&err), "{err:?}");
}
