//! The workstation open while command-line imports, exports and backups run
//! on the same store: every one of them succeeds, the workstation's own
//! decisions go through meanwhile, and it shows the imported items without
//! a restart.
#![cfg(feature = "tui")]

use std::process::Command;

use crossterm::event::{KeyCode, KeyEvent};
use jianbao::model::Status;
use jianbao::settings::Settings;
use jianbao::store::Store;
use jianbao::tui::{App, handle_key, render, tick};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_workstation_and_the_command_line_share_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("store.db");
    let cli = |args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_jianbao"));
        c.arg("--db")
            .arg(&db)
            .arg("--config")
            .arg(dir.path().join("config.toml"))
            .args(args)
            .current_dir(dir.path());
        c
    };
    assert!(cli(&["demo"]).output().unwrap().status.success());

    // Four folders of submissions, imported one after another by the CLI.
    let folders: Vec<String> = (0..4)
        .map(|f| {
            let folder = dir.path().join(format!("批次{f}"));
            std::fs::create_dir_all(&folder).unwrap();
            for n in 0..300 {
                let text = format!(
                    "并发批次{f}第{n}篇来稿\n{}开展第{n}次专项行动，批次{f}成效明显。（区法院）\n",
                    ["峡窝镇", "新安路街道", "区委宣传部"][n % 3]
                );
                std::fs::write(folder.join(format!("{n}.txt")), text).unwrap();
            }
            folder.to_string_lossy().into_owned()
        })
        .collect();

    let mut store = Store::open(&db).unwrap();
    let mut app = App::new(&store, Settings::default(), "store.db".into(), (120, 40)).unwrap();
    app.export_dir = dir.path().to_path_buf();
    let before = store.counts().unwrap().total();

    let others = std::thread::scope(|scope| {
        let work = scope.spawn(|| {
            let mut runs = Vec::new();
            for (f, folder) in folders.iter().enumerate() {
                runs.push(cli(&["import", folder]).output().unwrap());
                runs.push(
                    cli(&[
                        "export",
                        "56",
                        "--format",
                        "docx",
                        "-o",
                        &format!("{f}.docx"),
                    ])
                    .output()
                    .unwrap(),
                );
                runs.push(cli(&["backup", &format!("copy-{f}.db")]).output().unwrap());
            }
            runs
        });
        // Meanwhile the editor works through the queue: accept, next.
        let mut decided = 0;
        while !work.is_finished() {
            handle_key(&mut app, &mut store, KeyEvent::from(KeyCode::Char('a')));
            tick(&mut app, &store).unwrap();
            decided += 1;
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(
            decided >= 3,
            "the workstation had its turn ({decided} keys)"
        );
        work.join().unwrap()
    });
    for out in &others {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    tick(&mut app, &store).unwrap();
    let counts = store.counts().unwrap();
    assert_eq!(counts.total(), before + 1200);
    assert!(
        counts.accepted > 0,
        "the workstation's decisions went through"
    );
    assert_eq!(
        app.counts, counts,
        "the workstation counts what the CLI imported"
    );
    // The newest items, imported by the CLI, are on screen at the top.
    // (A wide character's second cell reads as a space; drop them all.)
    let shown = screen(&app).replace(' ', "");
    assert!(shown.contains("并发批次3第"), "{shown}");
    for f in 0..4 {
        let copy = Store::open(&dir.path().join(format!("copy-{f}.db"))).unwrap();
        assert!(copy.verify(|_, _, _| {}).unwrap().is_empty());
        assert!(
            std::fs::read(dir.path().join(format!("{f}.docx")))
                .unwrap()
                .starts_with(b"PK")
        );
    }
    assert_eq!(store.verify(|_, _, _| {}).unwrap(), Vec::<String>::new());
    let new = store
        .items(&jianbao::store::ItemQuery {
            status: Some(Status::New),
            limit: 1000,
            ..Default::default()
        })
        .unwrap();
    assert!(new.iter().any(|r| r.headline.starts_with("并发批次")));
}
