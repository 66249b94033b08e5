//! 审签 and 保密审查 from the issue pane: `s` records a step of 审核签发,
//! `m` the confidentiality review, each through a form and one undo step;
//! the pane shows the state under the masthead; `F` on an issue the
//! release gate refuses says why instead of asking.

use super::{TODAY, press, screen, setup, typed};
use crate::model::{IssueField, IssueId, IssueState, Secrecy, SignRole};
use crate::store::Store;
use crate::tui::app::App;
use crate::tui::state::{Level, Mode};

fn status(app: &App) -> (String, Level) {
    app.status.clone().expect("a status line")
}

/// The issue pane focused on a new draft holding three of the samples (the
/// samples' own issue is final), as the snapshots make it.
fn on_issue(w: u16, h: u16) -> (App, Store, IssueId) {
    let (mut app, mut store) = setup(w, h);
    press(&mut app, &mut store, "n y A A j B Tab");
    let issue = app.assembly.current().expect("the samples open a draft");
    (app, store, issue)
}

#[test]
fn s_records_each_step_and_the_pane_shows_the_last_one_and_the_sign_off() {
    let (mut app, mut store, issue) = on_issue(120, 40);
    assert!(screen(&app).contains("签发 未签"), "{}", screen(&app));

    // Nothing taken yet: the form offers 一校 and today.
    press(&mut app, &mut store, "s");
    let Mode::Form(form) = &app.mode else {
        panic!("s opens a form, not {:?}", app.mode);
    };
    assert_eq!(form.step(), Some(SignRole::Proof(1)));
    assert!(screen(&app).contains("登记审签"), "{}", screen(&app));
    // → twice: 审核.
    press(&mut app, &mut store, "Right Right");
    press(&mut app, &mut store, "Tab");
    typed(&mut app, &mut store, "李明");
    press(&mut app, &mut store, "Tab C-u");
    typed(&mut app, &mut store, "2023年9月3日");
    press(&mut app, &mut store, "Enter");
    assert!(matches!(app.mode, Mode::Normal), "saved and closed");
    let release = store.issue(issue).unwrap().release;
    let review = release.latest(SignRole::Review).expect("审核 recorded");
    assert_eq!(
        (review.by.as_str(), review.date),
        ("李明", TODAY.yesterday().unwrap())
    );
    let (msg, level) = status(&app);
    assert_eq!(level, Level::Info);
    assert!(msg.contains("审核") && msg.contains("李明"), "{msg}");
    let text = screen(&app);
    assert!(text.contains("审核 李明 9月3日 · 签发 未签"), "{text}");

    // After 审核 the form offers 签发; the name is typed, the date today.
    press(&mut app, &mut store, "s");
    let Mode::Form(form) = &app.mode else {
        panic!("a form")
    };
    assert_eq!(form.step(), Some(SignRole::Sign));
    press(&mut app, &mut store, "Tab");
    typed(&mut app, &mut store, "张伟");
    press(&mut app, &mut store, "Enter");
    let whole = store.issue(issue).unwrap();
    let sign = whole.release.latest(SignRole::Sign).expect("签发 recorded");
    assert_eq!((sign.by.as_str(), sign.date), ("张伟", TODAY));
    assert!(
        screen(&app).contains("审核 李明 9月3日 · 签发 张伟 9月4日"),
        "{}",
        screen(&app)
    );

    // One undo step each.
    press(&mut app, &mut store, "u");
    let release = store.issue(issue).unwrap().release;
    assert!(release.latest(SignRole::Sign).is_none());
    assert!(release.latest(SignRole::Review).is_some());
    assert!(screen(&app).contains("签发 未签"));
}

#[test]
fn the_sign_off_of_the_series_is_offered_again_on_the_next_issue() {
    let (mut app, mut store, issue) = on_issue(120, 40);
    super::sign(&mut app, &mut store, issue);
    press(&mut app, &mut store, "F y");
    assert_eq!(store.issue_summary(issue).unwrap().state, IssueState::Final);
    // A final issue takes no more sign-offs: said in the status line.
    press(&mut app, &mut store, "s");
    assert!(matches!(app.mode, Mode::Normal));
    let (msg, level) = status(&app);
    assert!(level == Level::Error && msg.contains("已定稿"), "{msg}");

    press(&mut app, &mut store, "n y");
    let next = app.assembly.current().unwrap();
    assert_ne!(next, issue);
    // 审核 first, so that the form then offers 签发.
    store
        .sign(
            next,
            crate::model::SignOff {
                role: SignRole::Review,
                by: "李明".into(),
                date: TODAY,
            },
        )
        .unwrap();
    app.reload_all(&store, Some(next)).unwrap();
    press(&mut app, &mut store, "s");
    let Mode::Form(form) = &app.mode else {
        panic!("a form")
    };
    assert_eq!(form.step(), Some(SignRole::Sign));
    assert_eq!(form.value(crate::tui::form::FieldKind::Name), "张伟");
}

#[test]
fn a_bad_date_or_no_name_stores_nothing_and_keeps_the_form() {
    let (mut app, mut store, issue) = on_issue(120, 40);
    press(&mut app, &mut store, "s Tab Tab C-u");
    typed(&mut app, &mut store, "2023年13月1日");
    press(&mut app, &mut store, "Enter");
    assert!(matches!(app.mode, Mode::Form(_)), "the form stays open");
    let (msg, level) = status(&app);
    assert!(level == Level::Error && msg.contains("姓名"), "{msg}");
    press(&mut app, &mut store, "BackTab");
    typed(&mut app, &mut store, "王五");
    press(&mut app, &mut store, "Enter");
    let (msg, level) = status(&app);
    assert!(
        level == Level::Error && msg.contains("2023年13月1日"),
        "{msg}"
    );
    assert!(matches!(app.mode, Mode::Form(_)));
    assert!(store.issue(issue).unwrap().release.signoffs.is_empty());
    // Esc asks before throwing the typing away, and goes back to the pane.
    press(&mut app, &mut store, "Esc y");
    assert!(matches!(app.mode, Mode::Normal));
}

#[test]
fn f_on_an_unsigned_issue_says_why_and_leaves_it_a_draft() {
    let (mut app, mut store, issue) = on_issue(120, 40);
    press(&mut app, &mut store, "F");
    assert!(
        matches!(app.mode, Mode::Normal),
        "no question that would then fail: {:?}",
        app.mode
    );
    let (msg, level) = status(&app);
    assert_eq!(level, Level::Error);
    assert!(
        msg.contains("还没有签发") && msg.contains("按 s"),
        "the refusal names the key: {msg}"
    );
    assert!(screen(&app).contains("还没有签发"), "{}", screen(&app));
    press(&mut app, &mut store, "y");
    assert_eq!(store.issue_summary(issue).unwrap().state, IssueState::Draft);
}

#[test]
fn a_marked_issue_waits_for_a_cleared_review_recorded_with_m() {
    let (mut app, mut store, issue) = on_issue(120, 40);
    store
        .set_issue_fields(issue, &[IssueField::Secrecy(Secrecy::Internal)])
        .unwrap();
    super::sign(&mut app, &mut store, issue);
    let text = screen(&app);
    assert!(
        text.contains("内部资料　注意保存 · 保密审查 未审查"),
        "{text}"
    );
    press(&mut app, &mut store, "F");
    let (msg, _) = status(&app);
    assert!(msg.contains("保密审查") && msg.contains("按 m"), "{msg}");
    assert!(matches!(app.mode, Mode::Normal));

    // A review that does not clear it: → on the result row.
    press(&mut app, &mut store, "m");
    assert!(screen(&app).contains("登记保密审查"), "{}", screen(&app));
    typed(&mut app, &mut store, "王五");
    press(&mut app, &mut store, "Tab Tab Right Tab");
    typed(&mut app, &mut store, "第二篇涉及未公开数字");
    press(&mut app, &mut store, "Enter");
    let review = store.issue(issue).unwrap().release.secrecy_review.unwrap();
    assert!(!review.cleared);
    assert_eq!(review.note, "第二篇涉及未公开数字");
    assert!(screen(&app).contains("保密审查 未通过 王五"));
    press(&mut app, &mut store, "F");
    assert_eq!(status(&app).1, Level::Error);
    assert_eq!(store.issue_summary(issue).unwrap().state, IssueState::Draft);

    // Cleared (the form's default), and F asks as before.
    press(&mut app, &mut store, "m");
    typed(&mut app, &mut store, "王五");
    press(&mut app, &mut store, "Enter");
    assert!(store.issue(issue).unwrap().release.secrecy_cleared());
    assert!(screen(&app).contains("保密审查 已通过 王五"));
    press(&mut app, &mut store, "F");
    assert!(matches!(app.mode, Mode::Confirm(_)), "{:?}", app.status);
    press(&mut app, &mut store, "y");
    assert_eq!(store.issue_summary(issue).unwrap().state, IssueState::Final);
}

#[test]
fn at_80x24_the_state_fits_the_narrow_pane() {
    let (mut app, mut store, issue) = on_issue(80, 24);
    store
        .set_issue_fields(
            issue,
            &[
                IssueField::Secrecy(Secrecy::Secret),
                IssueField::Period("1年".into()),
            ],
        )
        .unwrap();
    press(&mut app, &mut store, "s Right Right Tab");
    typed(&mut app, &mut store, "欧阳明月");
    press(&mut app, &mut store, "Enter s Tab C-u");
    typed(&mut app, &mut store, "司马长风");
    press(&mut app, &mut store, "Enter");
    let fits = |text: &str| {
        for line in text.lines() {
            assert!(unicode_width::UnicodeWidthStr::width(line) <= 80, "{line}");
        }
    };
    // With the queue focused the issue pane has 30 cells: 审核 and 签发
    // together do not fit, 签发 alone does; the level is shown with its
    // review.
    press(&mut app, &mut store, "1");
    let text = screen(&app);
    fits(&text);
    assert!(text.contains("│签发 司马长风 9月4日"), "{text}");
    assert!(!text.contains("欧阳明月"), "{text}");
    assert!(text.contains("秘密★1年 · 保密审查 未审查"), "{text}");
    // With the preview focused it has 20: the review's state, not the level.
    press(&mut app, &mut store, "Tab Tab");
    let text = screen(&app);
    fits(&text);
    assert!(text.contains("│签发 司马长风 9月4日"), "{text}");
    assert!(text.contains("│保密审查 未审查"), "{text}");
    // The form itself at 80x24.
    press(&mut app, &mut store, "2 m");
    let text = screen(&app);
    assert!(text.contains("结论") && text.contains("通过"), "{text}");
}

#[test]
fn a_final_issue_without_a_sign_off_says_there_is_no_record_not_that_it_waits() {
    // The samples' own 第56期 was taken in as printed: final, never signed here.
    let (app, _store) = setup(120, 40);
    let text = screen(&app);
    assert!(text.contains("签发 无记录"), "{text}");
    assert!(!text.contains("签发 未签"), "{text}");
}
