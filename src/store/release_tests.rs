use super::*;
use crate::model::{
    Date, ForcedExport, Issue, IssueId, Item, Kind, Rank, Recipient, SecrecyReview, SignOff,
    SignRole,
};

fn day(d: i8) -> Date {
    Date::new(2024, 5, d).unwrap()
}

/// An undated draft with one article.
fn undated(store: &mut Store) -> IssueId {
    let mut issue = Issue::new("上街信息", 2024, 7);
    issue.editors = vec!["郝婕".into()];
    let id = store.create_issue(&issue).unwrap();
    let item = store
        .add_item(&Item::new("标题", vec!["正文。".into()], day(1)), "t")
        .unwrap();
    store.add_to_issue(id, &[item.id()], Kind::Article).unwrap();
    id
}

fn signoff(role: SignRole, by: &str, d: i8) -> SignOff {
    SignOff {
        role,
        by: by.into(),
        date: day(d),
    }
}

#[test]
fn the_sign_off_dates_an_undated_issue_and_undo_takes_both_back() {
    let mut store = Store::open_in_memory().unwrap();
    let id = undated(&mut store);
    store
        .sign(id, signoff(SignRole::Review, "李明", 12))
        .unwrap();
    assert_eq!(
        store.issue(id).unwrap().date,
        None,
        "a review does not date it"
    );
    store.sign(id, signoff(SignRole::Sign, "张伟", 13)).unwrap();
    let issue = store.issue(id).unwrap();
    assert_eq!(issue.date, Some(day(13)));
    assert_eq!(issue.release.signoffs.len(), 2);
    assert!(store.undo().unwrap().is_some());
    let issue = store.issue(id).unwrap();
    assert_eq!(issue.date, None);
    assert_eq!(issue.release.latest(SignRole::Sign), None);
    assert!(issue.release.latest(SignRole::Review).is_some());
}

#[test]
fn a_dated_issue_keeps_its_date_when_signed() {
    let mut store = Store::open_in_memory().unwrap();
    let id = undated(&mut store);
    store
        .set_issue_field(id, &IssueField::Date(Some(day(20))))
        .unwrap();
    store.sign(id, signoff(SignRole::Sign, "张伟", 13)).unwrap();
    assert_eq!(store.issue(id).unwrap().date, Some(day(20)));
}

#[test]
fn a_final_issue_takes_no_sign_off_and_no_recipient() {
    let mut store = Store::open_in_memory().unwrap();
    let id = undated(&mut store);
    store.finalise(id).unwrap();
    let err = store
        .sign(id, signoff(SignRole::Sign, "张伟", 13))
        .unwrap_err();
    assert!(matches!(err, Error::IssueFinal { .. }), "{err}");
    let err = store
        .set_recipient(
            id,
            Recipient {
                rank: Rank::Issue,
                name: "峡窝镇".into(),
                copies: 2,
                sent: None,
            },
        )
        .unwrap_err();
    assert!(matches!(err, Error::IssueFinal { .. }), "{err}");
    assert!(store.issue(id).unwrap().release.is_empty());
}

#[test]
fn recipients_are_set_changed_and_removed_and_sending_waits_for_the_final_issue() {
    let mut store = Store::open_in_memory().unwrap();
    let id = undated(&mut store);
    let to = |name: &str, rank, copies| Recipient {
        rank,
        name: name.into(),
        copies,
        sent: None,
    };
    store
        .set_recipient(id, to("峡窝镇", Rank::Issue, 2))
        .unwrap();
    store
        .set_recipient(id, to("市委办公室", Rank::Report, 3))
        .unwrap();
    store
        .set_recipient(id, to("峡窝镇", Rank::Issue, 5))
        .unwrap();
    store
        .set_recipient(id, to("区人大办", Rank::Copy, 1))
        .unwrap();
    store
        .set_recipient(id, to("区人大办", Rank::Copy, 0))
        .unwrap();
    let err = store
        .set_recipient(id, to("无此单位", Rank::Copy, 0))
        .unwrap_err();
    assert!(matches!(err, Error::NoSuchRecipient { .. }), "{err}");
    let release = store.issue(id).unwrap().release;
    assert_eq!(release.copies(), Some(8));
    assert_eq!(release.recipients.len(), 2);

    let err = store.mark_sent(id, &[], day(15)).unwrap_err();
    assert!(matches!(err, Error::SendDraft { .. }), "{err}");
    store.finalise(id).unwrap();
    let err = store
        .mark_sent(id, &["无此单位".into()], day(15))
        .unwrap_err();
    assert!(matches!(err, Error::NoSuchRecipient { .. }), "{err}");
    assert_eq!(store.mark_sent(id, &["峡窝镇".into()], day(15)).unwrap(), 1);
    let release = store.issue(id).unwrap().release;
    let sent: Vec<Option<Date>> = release.recipients.iter().map(|r| r.sent).collect();
    assert_eq!(sent, [Some(day(15)), None]);
    assert_eq!(store.mark_sent(id, &[], day(16)).unwrap(), 2);
}

#[test]
fn a_forced_export_stays_recorded_whatever_is_undone() {
    let mut store = Store::open_in_memory().unwrap();
    let id = undated(&mut store);
    store
        .review_secrecy(
            id,
            SecrecyReview {
                by: "保密员".into(),
                date: day(12),
                cleared: true,
                note: String::new(),
            },
        )
        .unwrap();
    store
        .record_forced_export(
            id,
            ForcedExport {
                format: "html".into(),
                date: day(14),
            },
        )
        .unwrap();
    store.undo().unwrap();
    let release = store.issue(id).unwrap().release;
    assert_eq!(release.secrecy_review, None, "the review was undone");
    assert_eq!(release.forced.len(), 1, "the forced export was not");
}
