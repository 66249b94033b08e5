//! Submissions built to do harm or to break things — terminal escape
//! sequences, bidi controls, NUL, a 1 MB paragraph without a break, a
//! 100,000-character headline, emoji joined by ZWJ and combining marks —
//! taken through import, the workstation's screens, the layout and every
//! export format.
#![cfg(feature = "tui")]

mod common;

use common::Env;
use crossterm::event::{KeyCode, KeyEvent};
use jianbao::settings::Settings;
use jianbao::store::{ItemQuery, Store};
use jianbao::tui::{App, handle_key, render};
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use unicode_width::UnicodeWidthStr;

const ESCAPES: &str = "区法院开展\u{1b}]0;被改的标题\u{7}普法\u{1b}[2J\u{1b}[31m宣传\n近日，\u{1b}[?25l\u{1b}]52;c;Y2xpcA==\u{7}区法院\u{1b}P+q\u{1b}\\开展\u{9b}31m活动。（区法院）\n";
const BIDI: &str = "\u{202e}反向的标题\u{202c}推进工作\n正文\u{2066}隔离\u{2069}与\u{200f}标记\u{061c}。（峡窝镇）\n";
const EMOJI: &str = "家庭👨‍👩‍👧‍👦文明👍🏽建设\n正文e\u{301}a\u{308}\u{308}\u{308}组合符号，国旗🇨🇳，变体☺\u{fe0f}。（区妇联）\n";

fn submissions(env: &Env) -> String {
    let dir = env.path("来稿");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("1-escapes.txt"), ESCAPES).unwrap();
    std::fs::write(dir.join("2-bidi.txt"), BIDI).unwrap();
    std::fs::write(dir.join("3-emoji.txt"), EMOJI).unwrap();
    let long_paragraph = "一二三四五六七八九十".repeat(35_000); // 1 MB of UTF-8, no break
    std::fs::write(
        dir.join("4-long.txt"),
        format!("很长的一段\n{long_paragraph}。（区法院）\n"),
    )
    .unwrap();
    let long_headline = "长".repeat(100_000);
    std::fs::write(
        dir.join("5-headline.txt"),
        format!("{long_headline}\n正文。（区法院）\n"),
    )
    .unwrap();
    std::fs::write(dir.join("6-nul.txt"), "标题\n正文\0后面。（区法院）\n").unwrap();
    dir.to_string_lossy().into_owned()
}

/// What a terminal receives when the screen is drawn: only the cursor
/// moves, colours and styles the renderer itself writes.
fn terminal_bytes(app: &App) -> String {
    let mut out = Vec::new();
    {
        let backend = CrosstermBackend::new(&mut out);
        let area = Rect::new(0, 0, app.size.0, app.size.1);
        let mut terminal = Terminal::with_options(
            backend,
            TerminalOptions {
                viewport: Viewport::Fixed(area),
            },
        )
        .unwrap();
        terminal.draw(|f| render(app, f)).unwrap();
    }
    String::from_utf8(out).unwrap()
}

/// Every escape sequence in `bytes` is a CSI of the kinds a renderer
/// writes; nothing sets a title, the clipboard, or hides the cursor.
fn only_drawing(bytes: &str) {
    let mut rest = bytes;
    while let Some(at) = rest.find(|c: char| c.is_control()) {
        let tail = &rest[at..];
        let c = tail.chars().next().unwrap();
        assert_eq!(c, '\u{1b}', "a bare control {:?} reaches the terminal", c);
        let body = tail
            .strip_prefix("\u{1b}[")
            .unwrap_or_else(|| panic!("not a CSI: {:?}", &tail[..tail.len().min(12)]));
        let end = body
            .find(|c: char| ('\u{40}'..='\u{7e}').contains(&c))
            .expect("an unterminated CSI");
        let (params, last) = (&body[..end], &body[end..end + 1]);
        let cursor_shown_or_hidden = params == "?25" && matches!(last, "h" | "l");
        assert!(
            cursor_shown_or_hidden
                || (params.chars().all(|c| c.is_ascii_digit() || c == ';')
                    && matches!(last, "H" | "m" | "J" | "K")),
            "CSI {params:?}{last}"
        );
        rest = &body[end + 1..];
    }
}

fn screen_is_clean(app: &App) {
    let mut terminal = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol.chars().any(|c| c.is_control()
                    || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')),
                "cell ({x},{y}) holds {symbol:?}"
            );
            assert!(
                symbol.width() <= 2,
                "cell ({x},{y}) {symbol:?} is wider than a cell pair"
            );
        }
    }
    only_drawing(&terminal_bytes(app));
}

fn key(app: &mut App, store: &mut Store, code: KeyCode) {
    handle_key(app, store, KeyEvent::from(code));
}

#[test]
fn hostile_submissions_are_shown_laid_out_and_exported_as_text() {
    let env = Env::new();
    let folder = submissions(&env);
    // The file with NUL is refused as not text; the rest come in.
    let out = env.run(&["--db", "store.db", "import", &folder]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("6-nul.txt") && err.lines().count() == 1,
        "{err}"
    );

    // A NUL can still arrive inside a restored archive; it is stored as is.
    let mut store = Store::open(&env.path("store.db")).unwrap();
    let mut with_nul = jianbao::model::Item::new(
        "含\u{0}的标题",
        vec!["正文\u{0}\u{85}结束。".into()],
        jianbao::model::Date::constant(2024, 1, 1),
    );
    with_nul.sources = vec!["区法院".into()];
    store.add_item(&with_nul, "archive").unwrap();
    let rows = store
        .items(&ItemQuery {
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rows.len(), 6);
    let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
    store
        .decide(&ids, jianbao::model::Status::Accepted, None)
        .unwrap();
    let draft = jianbao::draft::new_draft(
        &Settings::default(),
        &store,
        None,
        Some(9),
        Some(jianbao::model::Date::constant(2024, 3, 1)),
        jianbao::model::Date::constant(2024, 3, 1),
        false,
    )
    .unwrap();
    let issue = store.create_issue(&draft).unwrap();
    store
        .add_to_issue(issue, &ids, jianbao::model::Kind::Article)
        .unwrap();

    // At the smallest screen, each item opened in full; at a larger one,
    // the queue; at both, the issue with its preview, item by item.
    for (size, open_each) in [((80, 24), true), ((120, 40), false)] {
        let mut app = App::new(&store, Settings::default(), "store.db".into(), size).unwrap();
        screen_is_clean(&app);
        for _ in 0..rows.len() {
            if open_each {
                key(&mut app, &mut store, KeyCode::Enter);
                screen_is_clean(&app);
                key(&mut app, &mut store, KeyCode::Esc);
            }
            key(&mut app, &mut store, KeyCode::Char('j'));
        }
        key(&mut app, &mut store, KeyCode::Tab);
        for _ in 0..rows.len() {
            key(&mut app, &mut store, KeyCode::Char('j'));
            screen_is_clean(&app);
        }
        key(&mut app, &mut store, KeyCode::Tab);
        for _ in 0..50 {
            key(&mut app, &mut store, KeyCode::PageDown);
        }
        screen_is_clean(&app);
    }
    drop(store);

    // Every format writes it; nothing in HTML or Word can act.
    for (format, file) in [
        ("text", "9.txt"),
        ("markdown", "9.md"),
        ("html", "9.html"),
        ("docx", "9.docx"),
        ("json", "9.json"),
    ] {
        env.ok(&["export", "9", "--format", format, "-o", file]);
    }
    env.ok(&[
        "export",
        "9",
        "--width",
        "28",
        "--page-lines",
        "22",
        "-o",
        "9-set.txt",
    ]);
    // Text for reading, printing or a terminal: nothing in it can act.
    for file in ["9.txt", "9.md", "9-set.txt"] {
        let text = std::fs::read_to_string(env.path(file)).unwrap();
        assert!(
            !text.chars().any(|c| (c.is_control() && c != '\n')
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "{file} holds a control character"
        );
    }
    let set = std::fs::read_to_string(env.path("9-set.txt")).unwrap();
    assert!(
        set.lines().count() > 35_000 / 28,
        "the long paragraph is set line by line"
    );
    let html = std::fs::read_to_string(env.path("9.html")).unwrap();
    for tag in html
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap().to_lowercase())
    {
        let name = tag.split_whitespace().next().unwrap_or("");
        for active in [
            "script", "iframe", "object", "embed", "link", "img", "a", "svg", "base", "form",
        ] {
            assert_ne!(name, active, "<{tag}> in the HTML");
        }
        assert!(
            !tag.contains(" on") && !tag.contains("javascript:"),
            "<{tag}>"
        );
    }
    assert!(
        !html.chars().any(|c| c.is_control() && c != '\n'),
        "a control character in the HTML"
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(env.path("9.docx")).unwrap()).unwrap();
    for i in 0..zip.len() {
        let entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        assert!(
            !name.contains("vbaProject") && !name.ends_with(".bin"),
            "{name}"
        );
    }
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/document.xml").unwrap(), &mut xml)
        .unwrap();
    assert!(!xml.chars().any(|c| c.is_control() && c != '\n'));
    assert!(
        !xml.contains("instrText") && !xml.contains("w:object"),
        "no field or object"
    );
    assert!(xml.contains("家庭👨‍👩‍👧‍👦文明"), "emoji sequences survive whole");

    // The JSON keeps the text exactly, controls and all, and restores it.
    let json = std::fs::read_to_string(env.path("9.json")).unwrap();
    assert!(json.contains("\\u001b]0;被改的标题\\u0007") && json.contains("含\\u0000的标题"));
    let restored = env.run(&["--db", "again.db", "import", "--json", "9.json"]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let again = env.run(&["--db", "again.db", "export", "9", "--format", "json"]);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), json);
}
