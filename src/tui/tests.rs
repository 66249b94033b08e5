//! The workstation without a terminal: scripted keys against a store,
//! checking the store after each step, and whole-screen snapshots.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::app::App;
use super::keymap::KeySpec;
use super::state::Mode;
use super::update::{Effect, handle_key, handle_paste};
use super::view::render;
use crate::i18n::{Key, t};
use crate::model::{IssueState, ItemId, Kind, Status};
use crate::settings::Settings;
use crate::store::{ItemQuery, Store};

mod commissions;
mod compare;
mod feedback;
mod forward;
mod order;
mod reasons;
mod record;
mod search;
mod signoff;
mod upper;
mod year;

const TODAY: jiff::civil::Date = jiff::civil::Date::constant(2023, 9, 4);

/// The issue signed off (签发), as finalising needs, and the screens
/// told so.
fn sign(app: &mut App, store: &mut Store, issue: crate::model::IssueId) {
    let signoff = crate::model::SignOff {
        role: crate::model::SignRole::Sign,
        by: "张伟".into(),
        date: app.today,
    };
    store.sign(issue, signoff).unwrap();
    app.reload_all(store, Some(issue)).unwrap();
}

fn setup(w: u16, h: u16) -> (App, Store) {
    let mut store = Store::open_in_memory().unwrap();
    crate::demo::load_samples(&mut store, TODAY).unwrap();
    let mut app = App::new(&store, Settings::default(), "test.db".into(), (w, h)).unwrap();
    app.today = TODAY;
    app.export_dir = std::env::temp_dir().join(format!("jianbao-tui-test-{}", std::process::id()));
    (app, store)
}

/// Presses keys written as the keymap writes them, separated by spaces.
fn press(app: &mut App, store: &mut Store, keys: &str) -> Effect {
    let mut effect = Effect::None;
    for k in keys.split(' ').filter(|k| !k.is_empty()) {
        let spec = KeySpec::parse(k).unwrap_or_else(|| panic!("bad key {k}"));
        effect = handle_key(app, store, spec.event());
    }
    effect
}

fn typed(app: &mut App, store: &mut Store, text: &str) {
    for c in text.chars() {
        handle_key(
            app,
            store,
            crossterm::event::KeyEvent::new(
                crossterm::event::KeyCode::Char(c),
                crossterm::event::KeyModifiers::NONE,
            ),
        );
    }
}

fn screen(app: &App) -> String {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    let mut lines = Vec::new();
    for y in 0..h {
        let mut line = String::new();
        let mut x = 0;
        while x < w {
            let s = buf[(x, y)].symbol();
            line.push_str(s);
            // The cell after a wide character is covered by it.
            x += unicode_width::UnicodeWidthStr::width(s).max(1) as u16;
        }
        lines.push(line.trim_end().to_string());
    }
    lines.join("\n")
}

fn status_of(store: &Store, id: ItemId) -> Status {
    store.item(id).unwrap().status
}

#[test]
fn triage_with_keys_writes_each_decision_to_the_store() {
    let (mut app, mut store) = setup(120, 40);
    let first = app.queue.rows[0].id;
    let second = app.queue.rows[1].id;
    press(&mut app, &mut store, "a");
    assert_eq!(status_of(&store, first), Status::Accepted);
    assert_eq!(
        app.queue.rows[0].id, second,
        "the accepted item leaves the 待处理 list"
    );
    press(&mut app, &mut store, "h");
    assert_eq!(status_of(&store, second), Status::Held);
    // Marks: the decision goes to the marked items, and the status line says so.
    let (m1, m2) = (app.queue.rows[0].id, app.queue.rows[2].id);
    // The reason is picked from the list by its number: 5 重复报送.
    press(&mut app, &mut store, "Space j Space r 5");
    assert_eq!(status_of(&store, m1), Status::Rejected);
    assert_eq!(status_of(&store, m2), Status::Rejected);
    assert_eq!(store.item(m1).unwrap().reject_reason, "重复报送");
    let msg = &app.status.as_ref().unwrap().0;
    assert!(
        msg.contains("2 篇") && msg.contains("退稿") && msg.contains("待处理"),
        "{msg}"
    );
    // Undo takes back the last decision, from the store.
    press(&mut app, &mut store, "u");
    assert_eq!(status_of(&store, m1), Status::New);
    assert_eq!(status_of(&store, second), Status::Held);
    // Filters.
    press(&mut app, &mut store, "3");
    assert_eq!(
        app.queue.rows.iter().map(|r| r.id).collect::<Vec<_>>(),
        [second]
    );
    press(&mut app, &mut store, "5");
    assert_eq!(app.queue.rows.len(), store.counts().unwrap().total());
    // A filter that matches nothing keeps its own message.
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "不存在的词语");
    press(&mut app, &mut store, "Enter");
    assert!(screen(&app).contains(t(Key::QueueEmpty)));
}

#[test]
fn undo_selects_the_item_it_brings_back() {
    let (mut app, mut store) = setup(120, 40);
    let (first, second) = (app.queue.rows[0].id, app.queue.rows[1].id);
    press(&mut app, &mut store, "j a");
    assert_eq!(app.queue.selected_row().unwrap().id, app.queue.rows[1].id);
    press(&mut app, &mut store, "u");
    assert_eq!(app.queue.selected_row().unwrap().id, second);
    // The next key acts on the restored item, not on its neighbour.
    press(&mut app, &mut store, "h");
    assert_eq!(status_of(&store, second), Status::Held);
    assert_eq!(status_of(&store, first), Status::New);
}

#[test]
fn another_issue_opens_at_the_top_of_the_preview() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "A-3 G");
    assert!(app.preview_scroll > 0);
    press(&mut app, &mut store, "n");
    if matches!(app.mode, Mode::Confirm(_)) {
        press(&mut app, &mut store, "y");
    }
    assert_eq!(app.preview_scroll, 0, "a new issue starts at its top");
    press(&mut app, &mut store, "[ G");
    assert!(app.preview_scroll > 0);
    press(&mut app, &mut store, "]");
    assert_eq!(app.preview_scroll, 0, "and so does the next one");
}

/// Adds items from `sources`, one each, and returns their ids.
fn add_from(store: &mut Store, sources: &[&str]) -> Vec<ItemId> {
    let items: Vec<crate::model::Item> = sources
        .iter()
        .map(|s| {
            let mut item =
                crate::model::Item::new(format!("{s}来稿"), vec![format!("{s}的正文。")], TODAY);
            item.sources = vec![s.to_string()];
            item
        })
        .collect();
    store
        .add_items(&items, "t")
        .unwrap()
        .into_iter()
        .map(|a| match a {
            crate::store::Added::New(id) | crate::store::Added::Exists(id) => id,
        })
        .collect()
}

#[test]
fn the_unit_filter_finds_a_unit_under_any_of_its_names() {
    let (mut app, mut store) = setup(120, 40);
    // Items keep the name their text gave: one an alias, one the name.
    let ids = add_from(&mut store, &["卫健委", "区卫健委"]);
    press(&mut app, &mut store, "5");
    for name in ["卫健委", "区卫健委"] {
        press(&mut app, &mut store, "U C-u");
        typed(&mut app, &mut store, name);
        press(&mut app, &mut store, "Enter");
        let shown: Vec<ItemId> = app.queue.rows.iter().map(|r| r.id).collect();
        assert!(ids.iter().all(|id| shown.contains(id)), "{name}: {shown:?}");
    }
    press(&mut app, &mut store, "U C-u");
    typed(&mut app, &mut store, "区气象局");
    press(&mut app, &mut store, "Enter");
    let (msg, _) = app.status.clone().unwrap();
    assert!(msg.contains("区气象局"), "{msg}");
    assert_eq!(
        app.queue.unit.as_deref(),
        Some("区卫健委"),
        "the filter stays"
    );
}

#[test]
fn messages_about_one_item_name_it() {
    let (mut app, mut store) = setup(120, 40);
    let headline = app.queue.rows[0].headline.clone();
    let name = crate::script::item_name(&headline);
    assert!(name.ends_with('…'), "the sample headlines are long: {name}");
    press(&mut app, &mut store, "r");
    assert!(screen(&app).contains(&format!("退稿理由（《{name}》")));
    press(&mut app, &mut store, "Enter");
    let msg = app.status.clone().unwrap().0;
    assert!(msg.starts_with(&format!("《{name}》已标为退稿")), "{msg}");
    // The undo step names it as well, as the store recorded it.
    press(&mut app, &mut store, "u");
    let msg = app.status.clone().unwrap().0;
    assert_eq!(msg, format!("已撤销：把《{name}》标为退稿"));
    press(&mut app, &mut store, "n");
    if matches!(app.mode, Mode::Confirm(_)) {
        press(&mut app, &mut store, "y");
    }
    press(&mut app, &mut store, "A");
    let msg = app.status.clone().unwrap().0;
    assert!(msg.starts_with(&format!("已将《{name}》编入")), "{msg}");
    press(&mut app, &mut store, "u");
    let msg = app.status.clone().unwrap().0;
    assert_eq!(msg, format!("已撤销：编入《{name}》"));
    // Several are counted.
    press(&mut app, &mut store, "Space Space r");
    assert!(screen(&app).contains("退稿理由（2 篇"));
}

#[test]
fn marked_items_are_placed_in_queue_order() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "n");
    if matches!(app.mode, Mode::Confirm(_)) {
        press(&mut app, &mut store, "y");
    }
    let issue = app.assembly.current().unwrap();
    let shown: Vec<ItemId> = app.queue.rows.iter().take(3).map(|r| r.id).collect();
    press(&mut app, &mut store, "Space Space Space A");
    let placed: Vec<ItemId> = store
        .issue(issue)
        .unwrap()
        .articles
        .iter()
        .map(|i| i.id.unwrap())
        .collect();
    assert_eq!(placed, shown);
}

#[test]
fn marks_never_reach_items_a_search_hides() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "Space Space");
    assert_eq!(app.queue.marked.len(), 2);
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "卫生");
    assert!(app.queue.marked.is_empty(), "a new filter clears the marks");
    assert!(app.queue.rows.iter().all(|r| {
        store
            .items(&ItemQuery {
                search: Some("卫生".into()),
                limit: 100,
                ..Default::default()
            })
            .unwrap()
            .iter()
            .any(|x| x.id == r.id)
    }));
    let hits = app.queue.rows.len();
    assert!(hits > 0 && hits < 26);
    press(&mut app, &mut store, "Enter a");
    assert_eq!(store.counts().unwrap().accepted, 1);
    press(&mut app, &mut store, "Esc");
    assert_eq!(app.queue.search, "");
}

#[test]
fn assembling_reordering_finalising_and_undo() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "n y");
    let issue = app.assembly.current().unwrap();
    assert_eq!(
        store.issue_summary(issue).unwrap().number,
        57,
        "after the sample 第56期 of 2023"
    );
    let ids: Vec<ItemId> = app.queue.rows.iter().take(3).map(|r| r.id).collect();
    press(&mut app, &mut store, "A A B");
    let full = store.issue(issue).unwrap();
    assert_eq!(
        full.articles
            .iter()
            .map(|i| i.id.unwrap())
            .collect::<Vec<_>>(),
        ids[..2]
    );
    assert_eq!(full.briefs[0].id, Some(ids[2]));
    assert!(
        full.items().all(|i| i.status == Status::Accepted),
        "placing accepts"
    );
    // In the assembly pane the selection is on the brief; up twice to the first article, then down one place.
    press(&mut app, &mut store, "Tab k k J");
    let order = |store: &Store| {
        store
            .issue(issue)
            .unwrap()
            .articles
            .iter()
            .map(|i| i.id.unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(order(&store), [ids[1], ids[0]]);
    press(&mut app, &mut store, "S-Up");
    assert_eq!(order(&store), [ids[0], ids[1]]);
    press(&mut app, &mut store, "b");
    assert_eq!(
        store.issue(issue).unwrap().briefs.len(),
        2,
        "toggled to a brief"
    );
    assert_eq!(store.item(ids[0]).unwrap().kind, Kind::Brief);
    press(&mut app, &mut store, "u");
    assert_eq!(order(&store), [ids[0], ids[1]]);
    press(&mut app, &mut store, "x");
    assert_eq!(order(&store), [ids[1]]);
    assert_eq!(
        status_of(&store, ids[0]),
        Status::Accepted,
        "taken out, still accepted"
    );
    sign(&mut app, &mut store, issue);
    press(&mut app, &mut store, "F");
    assert!(matches!(app.mode, Mode::Confirm(_)));
    assert!(screen(&app).contains("定稿 上街信息 2023年第57期？"));
    press(&mut app, &mut store, "n y");
    assert_eq!(
        store.issue_summary(issue).unwrap().state,
        IssueState::Draft,
        "no is no"
    );
    press(&mut app, &mut store, "F y");
    assert_eq!(store.issue_summary(issue).unwrap().state, IssueState::Final);
    assert_eq!(status_of(&store, ids[1]), Status::Published);
    press(&mut app, &mut store, "J");
    assert!(
        app.status.as_ref().unwrap().0.contains("已定稿"),
        "a final issue refuses changes"
    );
    // Undoing the finalise asks first, as finalising does.
    press(&mut app, &mut store, "u y");
    assert_eq!(store.issue_summary(issue).unwrap().state, IssueState::Draft);
    // Export asks for a format, writes the file and says where.
    press(&mut app, &mut store, "E");
    assert!(matches!(app.mode, Mode::Export(_)));
    press(&mut app, &mut store, "Esc");
    assert!(matches!(app.mode, Mode::Normal));
    press(&mut app, &mut store, "E d");
    let docx = app.export_dir.join("上街信息-2023-第57期.docx");
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    press(&mut app, &mut store, "E t");
    let msg = app.status.clone().unwrap().0;
    let path = app.export_dir.join("上街信息-2023-第57期.txt");
    assert!(msg.contains(&path.display().to_string()), "{msg}");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("上街信息\n第57期（总第1084期）\n")
    );
}

#[test]
fn the_masthead_form_saves_in_one_step_and_refuses_bad_values() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "n y Tab f");
    assert!(matches!(app.mode, Mode::Form(_)));
    let form = |app: &App| match &app.mode {
        Mode::Form(form) => form.clone(),
        _ => panic!("the form is open"),
    };
    assert!(
        format!("{:?}", form(&app)).contains("1084"),
        "总第 carried over"
    );
    press(&mut app, &mut store, "Down Down C-u");
    typed(&mut app, &mut store, "1090");
    // Rows: title, number, total, date, publisher, the three footer lines
    // carried over from 第56期, a new footer line, editors, print run.
    press(
        &mut app,
        &mut store,
        "Down Down Down Down Down Down Down C-u",
    );
    handle_paste(&mut app, &mut store, "王伟 李晓明");
    press(&mut app, &mut store, "Down C-u");
    typed(&mut app, &mut store, "很多");
    press(&mut app, &mut store, "Enter");
    let Mode::Form(form) = &app.mode else {
        panic!("the form stays open on an error")
    };
    assert!(form.error.as_ref().unwrap().contains("很多"));
    press(&mut app, &mut store, "C-u");
    typed(&mut app, &mut store, "150");
    press(&mut app, &mut store, "Enter");
    assert!(matches!(app.mode, Mode::Normal));
    let issue = store.issue(app.assembly.current().unwrap()).unwrap();
    assert_eq!(
        (issue.total_number, issue.print_run),
        (Some(1090), Some(150))
    );
    assert_eq!(issue.editors, ["王伟", "李晓明"]);
    press(&mut app, &mut store, "u");
    let issue = store.issue(app.assembly.current().unwrap()).unwrap();
    assert_eq!(
        (issue.total_number, issue.print_run),
        (Some(1084), Some(120)),
        "the whole form is one undo step, back to what was carried over"
    );
}

#[test]
fn quick_edits_and_the_open_item() {
    let (mut app, mut store) = setup(120, 40);
    let id = app.queue.rows[0].id;
    press(&mut app, &mut store, "t C-u");
    typed(&mut app, &mut store, "新的标题");
    // A new headline asks for its reason: 8 文字表述需修改.
    press(&mut app, &mut store, "Enter 8 s C-u");
    typed(&mut app, &mut store, "区委宣传部 区文明办");
    press(&mut app, &mut store, "Enter");
    let item = store.item(id).unwrap();
    assert_eq!(item.headline, "新的标题");
    assert_eq!(item.edit_reason, "文字表述需修改");
    assert_eq!(item.sources, ["区委宣传部", "区文明办"]);
    press(&mut app, &mut store, "Enter");
    assert!(matches!(app.mode, Mode::Detail { .. }));
    let text = screen(&app);
    assert!(
        text.contains("标题：新的标题") && text.contains("编辑稿"),
        "{text}"
    );
    press(&mut app, &mut store, "o");
    assert!(screen(&app).contains("原稿"));
    assert_eq!(press(&mut app, &mut store, "e"), Effect::EditExternal(id));
}

#[test]
fn the_empty_store_offers_the_samples() {
    let store = Store::open_in_memory().unwrap();
    let mut store = store;
    let mut app = App::new(&store, Settings::default(), "empty.db".into(), (80, 24)).unwrap();
    assert!(screen(&app).contains("载入样例数据"));
    // Declined, the queue says what to do next rather than that nothing matches.
    let mut later = App::new(&store, Settings::default(), "empty.db".into(), (200, 24)).unwrap();
    press(&mut later, &mut store, "Esc");
    let text = screen(&later);
    assert!(
        text.contains("按 i 导入来稿") && text.contains("jianbao demo"),
        "{text}"
    );
    assert!(!text.contains(t(Key::QueueEmpty)), "{text}");
    // Wrapped, never cut, where the queue is narrow: every word is there.
    for w in [80, 120] {
        let mut narrow = App::new(&store, Settings::default(), "empty.db".into(), (w, 24)).unwrap();
        press(&mut narrow, &mut store, "Esc");
        // The queue's column of the screen, without the spaces lines break at.
        let text: String = screen(&narrow)
            .lines()
            .map(|l| l.trim_start_matches('│').split('│').next().unwrap_or(""))
            .collect::<String>()
            .replace(' ', "");
        assert!(
            text.contains(&t(Key::StoreEmpty).replace(' ', "")),
            "{w}: {text}"
        );
    }
    press(&mut app, &mut store, "y");
    assert_eq!(
        store.counts().unwrap().new,
        crate::demo::data::SAMPLES.len()
    );
    assert_eq!(app.queue.rows.len(), crate::demo::data::SAMPLES.len());
}

#[test]
fn the_end_key_puts_the_last_item_at_the_bottom_of_a_full_pane() {
    let (mut app, mut store) = setup(80, 24);
    let rows = app.panes().queue.unwrap().height as usize - 3;
    let headlines: Vec<String> = app
        .queue
        .rows
        .iter()
        .map(|r| r.title().to_string())
        .collect();
    press(&mut app, &mut store, "G");
    let lines = pane_text(&app, app.panes().queue.unwrap());
    let shown = |h: &String| {
        let start: String = h.chars().take(4).collect();
        lines.iter().position(|l| l.contains(&start))
    };
    let last = headlines.len() - 1;
    assert_eq!(
        shown(&headlines[last]),
        Some(rows + 1),
        "the last on the last line"
    );
    assert_eq!(
        shown(&headlines[last + 1 - rows]),
        Some(2),
        "and the pane full above it"
    );
    // Two items: both stay in view.
    let mut store = Store::open_in_memory().unwrap();
    let items: Vec<crate::model::Item> = ["第一条标题", "第二条标题"]
        .iter()
        .map(|h| crate::model::Item::new(h.to_string(), vec!["正文。".into()], TODAY))
        .collect();
    store.add_items(&items, "t").unwrap();
    let mut app = App::new(&store, Settings::default(), "t.db".into(), (80, 24)).unwrap();
    press(&mut app, &mut store, "G");
    let text = screen(&app);
    assert!(
        text.contains("第一条标题") && text.contains("第二条标题"),
        "{text}"
    );
}

#[test]
fn no_size_breaks_it() {
    let (mut app, _store) = setup(120, 40);
    for w in (1..=140)
        .step_by(7)
        .chain([20, 39, 40, 71, 72, 80, 117, 118])
    {
        for h in (1..=45).step_by(4).chain([6, 9, 10, 24]) {
            app.size = (w, h);
            app.relayout();
            let text = screen(&app);
            if (w < 40 || h < 10) && w >= 6 {
                assert!(text.contains("窗口"), "{w}×{h}: {text}");
            }
        }
    }
    app.size = (20, 6);
    assert!(screen(&app).contains("窗口太小"));
}

#[test]
fn hostile_text_is_shown_not_obeyed() {
    let (mut app, mut store) = setup(120, 40);
    let mut item = crate::model::Item::new(
        "标题\u{1b}[2J\u{1b}]0;owned\u{7}\u{202e}反转",
        vec!["正文\u{1b}[31m红\u{0}".into()],
        TODAY,
    );
    item.sources = vec!["单位\u{1b}[?25l".into()];
    store.add_item(&item, "hostile").unwrap();
    app.reload_all(&store, None).unwrap();
    press(&mut app, &mut store, "g Enter");
    let text = screen(&app);
    for bad in ['\u{1b}', '\u{7}', '\u{0}', '\u{202e}'] {
        assert!(!text.contains(bad), "{bad:?} reached the screen");
    }
    assert!(text.contains("标题␛[2J␛]0;owned␇反转"), "{text}");
}

#[test]
fn help_lists_every_binding_from_the_same_table() {
    let (mut app, mut store) = setup(120, 40);
    let lines = app.keymap.help_lines(super::keymap::Scope::Queue);
    for b in &app.keymap.bindings {
        let keys: Vec<String> = b
            .keys
            .iter()
            .map(|k| super::keymap::display_key(k))
            .collect();
        assert!(
            lines
                .iter()
                .any(|(k, what)| *k == keys.join(" ") && what == crate::i18n::t(b.help)),
            "{:?} missing from help",
            b.action
        );
    }
    press(&mut app, &mut store, "?");
    let text = screen(&app);
    assert!(text.contains("按键") && text.contains("采用"), "{text}");
}

/// Every cell position a preview line's characters land on, as printed.
fn columns_line_up(wide: bool) {
    let mut settings = Settings::default();
    settings.layout.ambiguous_wide = wide;
    let mut store = Store::open_in_memory().unwrap();
    crate::demo::load_samples(&mut store, TODAY).unwrap();
    let mut app = App::new(&store, settings, "t.db".into(), (120, 40)).unwrap();
    // At 120 columns the preview shows when focused.
    app.pane = super::state::Pane::Preview;
    app.relayout();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| render(&app, f)).unwrap();
    let buf = terminal.backend().buffer().clone();
    let rect = app.panes().preview.unwrap();
    let x0 = rect.x + 1;
    let mut checked = 0;
    for (row, line) in app
        .preview
        .iter()
        .enumerate()
        .take(rect.height as usize - 2)
    {
        if line.kind == crate::layout::LineKind::PageNumber {
            continue;
        }
        let y = rect.y + 1 + row as u16;
        let mut col = 0u16;
        for c in line.text.chars() {
            let w = crate::layout::char_width(c, crate::layout::Metric::Print) as u16;
            if w == 0 || c == ' ' || c == '　' {
                col += w;
                continue;
            }
            // The character sits inside its printed room, whatever the terminal.
            let found = (col..col + w).any(|dx| buf[(x0 + dx, y)].symbol() == c.to_string());
            assert!(
                found,
                "wide={wide}: {c} not at column {col} of {:?}",
                line.text
            );
            if crate::script::is_chinese_ambiguous_mark(c) {
                checked += 1;
                let cell = &buf[(x0 + col, y)];
                if wide {
                    assert_eq!(cell.symbol(), c.to_string());
                    assert_ne!(
                        cell.diff_option,
                        ratatui::buffer::CellDiffOption::None,
                        "the terminal is told it is two wide"
                    );
                }
            }
            col += w;
        }
    }
    assert!(checked > 5, "the sample issue has quotes to check");
}

#[test]
fn preview_columns_line_up_on_terminals_that_draw_ambiguous_marks_narrow() {
    columns_line_up(false);
}

#[test]
fn preview_columns_line_up_on_terminals_that_draw_ambiguous_marks_wide() {
    columns_line_up(true);
}

#[test]
fn snapshots() {
    for (w, h) in [(80, 24), (120, 40)] {
        let (mut app, mut store) = setup(w, h);
        press(&mut app, &mut store, "n y A A j B");
        insta::assert_snapshot!(format!("queue_{w}x{h}"), screen(&app));
        press(&mut app, &mut store, "Tab");
        insta::assert_snapshot!(format!("assembly_{w}x{h}"), screen(&app));
        press(&mut app, &mut store, "Tab");
        insta::assert_snapshot!(format!("preview_{w}x{h}"), screen(&app));
        press(&mut app, &mut store, "?");
        insta::assert_snapshot!(format!("help_{w}x{h}"), screen(&app));
    }
}

/// The text of `rect` on the rendered screen, a line per row.
fn pane_text(app: &App, rect: ratatui::layout::Rect) -> Vec<String> {
    let (w, h) = app.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| render(app, f)).unwrap();
    let buf = terminal.backend().buffer();
    (rect.y..rect.bottom())
        .map(|y| {
            let mut line = String::new();
            let mut x = rect.x;
            while x < rect.right() {
                let s = buf[(x, y)].symbol();
                line.push_str(s);
                x += unicode_width::UnicodeWidthStr::width(s).max(1) as u16;
            }
            line
        })
        .collect()
}

/// The most 字 of any of `headlines` shown in `lines`: the longest
/// beginning of a headline found on a line, read from the screen.
fn headline_shown(lines: &[String], headlines: &[String]) -> usize {
    headlines
        .iter()
        .map(|h| {
            let chars: Vec<char> = h.chars().collect();
            (1..=chars.len())
                .rev()
                .find(|&k| {
                    let prefix: String = chars[..k].iter().collect();
                    lines.iter().any(|l| l.contains(&prefix))
                })
                .unwrap_or(0)
        })
        .max()
        .unwrap_or(0)
}

const WIDTHS: [(u16, u16); 5] = [(80, 24), (100, 40), (120, 40), (160, 40), (200, 40)];

/// The 字 of headline the queue and the issue pane show at `size`.
fn headlines_at(size: (u16, u16)) -> (usize, usize, App) {
    let (mut app, mut store) = setup(size.0, size.1);
    press(&mut app, &mut store, "n A A j B");
    let panes = app.panes();
    let queue: Vec<String> = app
        .queue
        .rows
        .iter()
        .map(|r| r.title().to_string())
        .collect();
    let issue: Vec<String> = app
        .assembly
        .entries()
        .iter()
        .map(|(_, i)| i.headline.clone())
        .collect();
    let q = headline_shown(&pane_text(&app, panes.queue.unwrap()), &queue);
    let a = headline_shown(&pane_text(&app, panes.assembly.unwrap()), &issue);
    (q, a, app)
}

#[test]
fn headlines_get_room_and_never_less_on_a_wider_screen() {
    let mut last = 0;
    for size in WIDTHS {
        let (q, a, app) = headlines_at(size);
        eprintln!("{size:?}: queue {q} 字, issue {a} 字");
        assert!(
            q >= last,
            "{size:?}: the queue shows {q} 字, fewer than {last}"
        );
        last = q;
        insta::assert_snapshot!(format!("layout_{}x{}", size.0, size.1), screen(&app));
        if size.0 == 120 {
            assert!(q >= 16, "the queue shows {q} 字 at 120 columns");
            assert!(a >= 10, "the issue pane shows {a} 字 at 120 columns");
        }
    }
}

#[test]
fn import_from_the_workstation_and_decide_about_a_near_duplicate() {
    let (mut app, mut store) = setup(120, 40);
    let dir = tempfile::tempdir().unwrap();
    // A revised version of a sample already in the queue, and a broken file.
    let sample = crate::demo::data::SAMPLES
        .iter()
        .find(|(n, _)| n.starts_with("05-"))
        .unwrap()
        .1;
    std::fs::write(
        dir.path().join("revised.txt"),
        sample.replacen("。", "，", 2),
    )
    .unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    press(&mut app, &mut store, "i");
    handle_paste(&mut app, &mut store, &dir.path().display().to_string());
    press(&mut app, &mut store, "Enter");
    let Mode::Report { lines, .. } = &app.mode else {
        panic!("the report opens: {:?}", app.status)
    };
    assert!(
        lines
            .iter()
            .any(|(failed, l)| *failed && l.contains("empty.txt")),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|(_, l)| l.contains("相似稿 1 篇")),
        "{lines:?}"
    );
    let text = screen(&app);
    assert!(text.contains("导入结果"), "{text}");
    press(&mut app, &mut store, "Esc");
    // The new item is on top, marked ≈; c compares it with the sample.
    press(&mut app, &mut store, "g");
    let new = app.queue.rows[0].clone();
    assert!(new.similar_to.is_some());
    assert!(screen(&app).contains('≈'));
    press(&mut app, &mut store, "c");
    let Mode::Compare { similarity, .. } = &app.mode else {
        panic!()
    };
    assert!(*similarity > 0.8);
    let text = screen(&app);
    assert!(
        text.contains("相似稿对照") && text.contains("新稿") && text.contains("原稿"),
        "{text}"
    );
    press(&mut app, &mut store, "d");
    assert_eq!(status_of(&store, new.id), Status::Rejected);
    assert!(matches!(app.mode, Mode::Normal));
    press(&mut app, &mut store, "u");
    assert_eq!(status_of(&store, new.id), Status::New);
    assert!(store.item(new.id).unwrap().similar_to.is_some());
}

#[test]
fn statistics_show_pending_and_the_rule_on_a_small_screen() {
    let (mut app, mut store) = setup(80, 24);
    press(&mut app, &mut store, "S Right Right Right");
    let text = screen(&app);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("待定") && l.contains("得分")),
        "the whole header fits: {text}"
    );
    let rule = lines
        .iter()
        .position(|l| l.contains("采用率 = 采用合计 ÷ 报送"))
        .unwrap_or_else(|| panic!("the rule is shown: {text}"));
    assert!(
        lines[rule + 1].contains("截至2023年9月4日") && lines[rule + 2].starts_with('└'),
        "the rule and the day close the overlay: {text}"
    );
    // The sample unit table has categories: the first heads the rows,
    // and the end of the list, past every heading, brings the total in.
    assert!(
        text.contains("【镇街】") && !text.contains("   合计"),
        "{text}"
    );
    assert!(
        text.contains("约稿") && text.contains("答复/逾期/未报"),
        "{text}"
    );
    press(&mut app, &mut store, "G");
    let text = screen(&app);
    assert!(text.lines().any(|l| l.contains("   合计")), "{text}");
}

#[test]
fn proofreading_statistics_and_a_finalise_that_lists_its_problems() {
    let (mut app, mut store) = setup(120, 40);
    // The sample with half-width punctuation: fix it with p, take it back with u.
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "一张网格全覆盖");
    press(&mut app, &mut store, "Enter");
    let id = app.queue.rows[0].id;
    assert!(store.item(id).unwrap().body[0].contains(','));
    press(&mut app, &mut store, "Enter");
    assert!(
        screen(&app).contains("校对："),
        "the open item shows its proofing"
    );
    press(&mut app, &mut store, "p");
    assert!(!store.item(id).unwrap().body[0].contains(','));
    let name = store.item(id).unwrap().name();
    let msg = app.status.clone().unwrap().0;
    assert!(msg.contains(&format!("已自动修正《{name}》")), "{msg}");
    press(&mut app, &mut store, "Esc u");
    assert!(store.item(id).unwrap().body[0].contains(','), "undone");
    let msg = app.status.clone().unwrap().0;
    assert_eq!(msg, format!("已撤销：校对修正《{name}》"));
    // Statistics: a period at a time.
    press(&mut app, &mut store, "S");
    assert!(screen(&app).contains("采用统计") && screen(&app).contains("本季度"));
    press(&mut app, &mut store, "Right Right Right");
    let text = screen(&app);
    assert!(
        text.contains("全部") && text.contains("区委宣传部") && text.contains("合计"),
        "{text}"
    );
    press(&mut app, &mut store, "Esc");
    // A draft with an item without a source: finalising lists it and asks.
    press(&mut app, &mut store, "Esc / Esc n y");
    let issue = app.assembly.current().unwrap();
    let no_source = store
        .items(&ItemQuery {
            limit: 100,
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .find(|r| r.sources.is_empty())
        .unwrap()
        .id;
    store
        .add_to_issue(issue, &[no_source], Kind::Article)
        .unwrap();
    sign(&mut app, &mut store, issue);
    press(&mut app, &mut store, "Tab F");
    let text = screen(&app);
    assert!(
        text.contains("出版前检查发现")
            && text.contains("来稿单位")
            && !text.contains("missing-source"),
        "{text}"
    );
    press(&mut app, &mut store, "n y");
    assert_eq!(store.issue_summary(issue).unwrap().state, IssueState::Draft);
    press(&mut app, &mut store, "F y");
    assert_eq!(
        store.issue_summary(issue).unwrap().state,
        IssueState::Final,
        "yes overrides what was listed"
    );
}

#[test]
fn brackets_step_through_issues_and_braces_through_series() {
    let (mut app, mut store) = setup(120, 40);
    let sample = app.assembly.current().unwrap();
    press(&mut app, &mut store, "n y");
    let draft = app.assembly.current().unwrap();
    assert_ne!(draft, sample);
    press(&mut app, &mut store, "[");
    assert_eq!(app.assembly.current(), Some(sample));
    press(&mut app, &mut store, "]");
    assert_eq!(
        app.assembly.current(),
        Some(draft),
        "] goes back to the newer issue"
    );

    // With one series, } says so and stays.
    press(&mut app, &mut store, "}");
    assert_eq!(app.assembly.current(), Some(draft));
    let mut other = crate::model::Issue::new("上街信息·专报", 2023, 1);
    other.date = Some(TODAY);
    let zhuanbao = store.create_issue(&other).unwrap();
    app.reload_all(&store, Some(draft)).unwrap();
    press(&mut app, &mut store, "}");
    assert_eq!(app.assembly.current(), Some(zhuanbao));
    assert!(screen(&app).contains("上街信息·专报"), "{}", screen(&app));
    // A new issue now belongs to the series on show.
    press(&mut app, &mut store, "n y");
    let issue = app.assembly.issue.as_ref().unwrap();
    assert_eq!((issue.series.as_str(), issue.number), ("上街信息·专报", 2));
    press(&mut app, &mut store, "{");
    assert_eq!(
        app.assembly.issue.as_ref().unwrap().series,
        "上街信息",
        "{{ goes back"
    );
}

#[test]
fn undoing_a_finalise_asks_first() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "n y");
    let draft = app.assembly.current().unwrap();
    let id = app.queue.rows[0].id;
    store.add_to_issue(draft, &[id], Kind::Article).unwrap();
    store.finalise(draft).unwrap();
    app.reload_all(&store, Some(draft)).unwrap();
    press(&mut app, &mut store, "u");
    assert!(matches!(app.mode, Mode::Confirm(_)), "asks first");
    assert!(screen(&app).contains("回到草稿"), "{}", screen(&app));
    press(&mut app, &mut store, "n");
    assert_eq!(store.issue(draft).unwrap().state, IssueState::Final);
    press(&mut app, &mut store, "u y");
    assert_eq!(store.issue(draft).unwrap().state, IssueState::Draft);
}

#[test]
fn an_open_item_names_the_new_rules_in_chinese() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "一张网格全覆盖");
    press(&mut app, &mut store, "Enter");
    let id = app.queue.rows[0].id;
    let edit = crate::model::ItemEdit {
        body: Some(vec![
            "一张网格全覆盖，按照上政[2023]5号文件，于2023.8.14部署……等工作。".into(),
        ]),
        ..Default::default()
    };
    store.edit_items(&[(id, edit)], "test").unwrap();
    app.reload_all(&store, None).unwrap();
    press(&mut app, &mut store, "Enter");
    let text = screen(&app);
    for shown in [
        "文号括号",
        "〔2023〕",
        "日期写法",
        "2023年8月14日",
        "省略号后不再用",
    ] {
        assert!(text.contains(shown), "{shown}: {text}");
    }
}

#[test]
fn tab_completes_the_import_path_and_lists_what_is_left() {
    let (mut app, mut store) = setup(120, 40);
    let dir = app.export_dir.join("来稿夹");
    std::fs::create_dir_all(dir.join("九月")).unwrap();
    std::fs::write(dir.join("九月/区卫健委.txt"), "标题\n\n正文。\n").unwrap();
    std::fs::write(dir.join("九月/区民政局.txt"), "标题\n\n正文。\n").unwrap();
    press(&mut app, &mut store, "i");
    typed(&mut app, &mut store, &format!("{}/九", dir.display()));
    press(&mut app, &mut store, "Tab");
    let typed_now = |app: &App| match &app.mode {
        Mode::Prompt(_, input) => input.text.clone(),
        _ => panic!("the prompt stays open"),
    };
    assert_eq!(typed_now(&app), format!("{}/九月/", dir.display()));
    typed(&mut app, &mut store, "区");
    press(&mut app, &mut store, "Tab");
    assert_eq!(typed_now(&app), format!("{}/九月/区", dir.display()));
    let listed = app.status.clone().unwrap().0;
    assert!(
        listed.contains("区卫健委.txt") && listed.contains("区民政局.txt"),
        "{listed}"
    );
    typed(&mut app, &mut store, "卫");
    press(&mut app, &mut store, "Tab");
    assert_eq!(
        typed_now(&app),
        format!("{}/九月/区卫健委.txt", dir.display())
    );
    typed(&mut app, &mut store, "x");
    press(&mut app, &mut store, "Tab");
    assert!(app.status.clone().unwrap().0.contains(t(Key::CompleteNone)));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn g_ends_the_help_and_the_issue_pane_goes_to_its_ends() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "?");
    press(&mut app, &mut store, "G");
    assert!(
        matches!(app.mode, Mode::Help { scroll, .. } if scroll > 0),
        "G goes to the end of the help, not out of it"
    );
    press(&mut app, &mut store, "g");
    assert!(matches!(app.mode, Mode::Help { scroll: 0, .. }));
    press(&mut app, &mut store, "Esc n y A A A Tab");
    let last = app.assembly.len() - 1;
    assert!(last >= 2, "three items placed");
    for (key, at) in [("G", last), ("g", 0), ("End", last), ("Home", 0)] {
        press(&mut app, &mut store, key);
        assert_eq!(app.assembly.selected, at, "{key}");
    }
}

#[test]
fn n_asks_before_creating_and_steps_through_search_hits() {
    let (mut app, mut store) = setup(120, 40);
    let before = store.issues().unwrap().len();
    press(&mut app, &mut store, "n");
    assert!(matches!(app.mode, Mode::Confirm(_)), "asks first");
    assert!(
        screen(&app).contains("新建 上街信息 2023年第"),
        "{}",
        screen(&app)
    );
    press(&mut app, &mut store, "n");
    assert_eq!(store.issues().unwrap().len(), before, "no: nothing made");
    press(&mut app, &mut store, "n y");
    assert_eq!(store.issues().unwrap().len(), before + 1);

    press(&mut app, &mut store, "/");
    typed(&mut app, &mut store, "区");
    press(&mut app, &mut store, "Enter");
    assert!(app.queue.rows.len() > 2);
    let first = app.queue.selected;
    press(&mut app, &mut store, "n");
    assert!(
        matches!(app.mode, Mode::Normal),
        "no question during a search"
    );
    assert_eq!(app.queue.selected, first + 1, "n: the next hit");
    press(&mut app, &mut store, "N");
    assert_eq!(app.queue.selected, first, "N: the previous hit");
    press(&mut app, &mut store, "N");
    assert_eq!(app.status.as_ref().unwrap().0, t(Key::MsgNoMatch));
    assert_eq!(store.issues().unwrap().len(), before + 1);
}

#[test]
fn every_mode_takes_its_keys_from_the_table() {
    let mut store = Store::open_in_memory().unwrap();
    crate::demo::load_samples(&mut store, TODAY).unwrap();
    let mut settings = Settings::default();
    settings.keys.insert("down".into(), vec!["C-n".into()]);
    let mut app = App::new(&store, settings, "test.db".into(), (120, 40)).unwrap();
    app.today = TODAY;
    // A rebinding reaches the modes: the help scrolls with the new key.
    press(&mut app, &mut store, "? C-n");
    assert!(matches!(app.mode, Mode::Help { scroll: 1, .. }));
    // A key the mode lacks says so, naming it, and leaves the mode open.
    press(&mut app, &mut store, "x");
    assert!(matches!(app.mode, Mode::Help { .. }));
    assert_eq!(app.status.as_ref().unwrap().0, "此处没有 x 键");
    press(&mut app, &mut store, "Esc S ?");
    // The help over the statistics lists their keys first, then the
    // global ones, and closing it returns to them.
    let lines = app.keymap.help_lines(super::keymap::Scope::Stats);
    assert_eq!(lines[0].1, t(Key::ScopeStats));
    assert!(screen(&app).contains(t(Key::ActNextPeriod)));
    let global = lines.iter().position(|l| l.1 == t(Key::ScopeGlobal));
    let queue = lines.iter().position(|l| l.1 == t(Key::PaneQueue));
    assert!(global < queue, "global keys come second");
    press(&mut app, &mut store, "Esc");
    assert!(matches!(app.mode, Mode::Stats { .. }));
    // In a field typed characters are text, even those the table binds.
    press(&mut app, &mut store, "Esc /");
    typed(&mut app, &mut store, "q?");
    assert!(matches!(&app.mode, Mode::Search(input) if input.text == "q?"));
    assert_eq!(press(&mut app, &mut store, "Esc C-z"), Effect::Suspend);
}

#[test]
fn the_help_explains_the_marks_of_the_issue_pane() {
    let (app, _store) = setup(120, 40);
    let lines = app.keymap.help_lines(super::keymap::Scope::Assembly);
    for (mark, what) in [("!", Key::LegendBlocking), ("?", Key::LegendFinding)] {
        assert!(
            lines.iter().any(|l| l.0 == mark && l.1 == t(what)),
            "{mark}"
        );
    }
}

#[test]
fn esc_in_the_masthead_form_asks_before_throwing_edits_away() {
    let (mut app, mut store) = setup(120, 40);
    press(&mut app, &mut store, "n y Tab f");
    assert!(matches!(app.mode, Mode::Form(_)));
    // Nothing changed: Esc closes at once.
    press(&mut app, &mut store, "Esc");
    assert!(matches!(app.mode, Mode::Normal));
    press(&mut app, &mut store, "f Down Down C-u");
    typed(&mut app, &mut store, "1200");
    press(&mut app, &mut store, "Esc");
    assert!(matches!(app.mode, Mode::Confirm(_)), "asks first");
    press(&mut app, &mut store, "n");
    let Mode::Form(form) = &app.mode else {
        panic!("no goes back to the form")
    };
    assert!(form.changed(), "with the edit still there");
    press(&mut app, &mut store, "Esc y");
    assert!(matches!(app.mode, Mode::Normal));
    let issue = store.issue(app.assembly.current().unwrap()).unwrap();
    assert_eq!(issue.total_number, Some(1084), "the edit was thrown away");
}

#[test]
fn the_reader_decides_on_the_item_read_and_goes_on_to_the_next() {
    let (mut app, mut store) = setup(120, 40);
    let ids: Vec<ItemId> = app.queue.rows.iter().take(5).map(|r| r.id).collect();
    let reading = |app: &App| match &app.mode {
        Mode::Detail { item, .. } => item.id,
        _ => None,
    };
    // A mark elsewhere must not be reached from the reader.
    press(&mut app, &mut store, "j j j j Space g Enter");
    assert!(app.queue.marked.contains(&ids[4]));
    assert_eq!(reading(&app), Some(ids[0]));
    press(&mut app, &mut store, "a");
    assert_eq!(status_of(&store, ids[0]), Status::Accepted);
    assert_eq!(
        status_of(&store, ids[4]),
        Status::New,
        "the marked item waits"
    );
    assert_eq!(reading(&app), Some(ids[1]), "the reader goes on");
    press(&mut app, &mut store, "J");
    assert_eq!(reading(&app), Some(ids[2]));
    press(&mut app, &mut store, "K h");
    assert_eq!(status_of(&store, ids[1]), Status::Held);
    assert_eq!(reading(&app), Some(ids[2]));
    // The list opens on its first reason: Enter takes it.
    press(&mut app, &mut store, "r Enter");
    assert_eq!(status_of(&store, ids[2]), Status::Rejected);
    assert_eq!(store.item(ids[2]).unwrap().reject_reason, "时效性差");
    assert_eq!(status_of(&store, ids[4]), Status::New);
    assert!(app.queue.marked.contains(&ids[4]), "the mark is kept");
}
