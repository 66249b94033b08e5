//! Desks in a chain (上报 and its receipts): `forward` writes, for each
//! item, a 报送单 in Word and one sealed `jianbao-forward` bundle, and
//! records where the items went; `receipts` writes the `jianbao-receipt`
//! that tells a lower desk which of its items this desk printed. The CLI
//! and the workstation both call these.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::archive::{Bundle, BundleItem, Receipt};
use crate::error::{Error, Result};
use crate::export::{Block, blocks_docx, write_atomic};
use crate::i18n::{Key, t, tf};
use crate::model::{AdoptionLevel, Item, ItemId, format_date};
use crate::settings::Settings;
use crate::store::Store;

/// The bundle's file name in the folder `forward` writes to.
pub const BUNDLE_FILE: &str = "bundle.json";

/// What `forward` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sent {
    /// One 报送单 per item, in the order given.
    pub forms: Vec<PathBuf>,
    pub bundle: PathBuf,
}

/// The 报送单's file name for item `id`.
pub fn form_name(id: ItemId) -> String {
    format!("{}-{id}.docx", t(Key::ForwardFormTitle))
}

/// The 签发人, 联系人 and 联系电话 a 报送单 needs, and the 保密审查人 who
/// read the items; refused, naming the first one missing, when any is
/// unset: nothing goes up unreviewed.
fn people(settings: &Settings) -> Result<[&str; 3]> {
    let f = &settings.forward;
    for (value, key) in [
        (&f.signer, "signer"),
        (&f.contact, "contact"),
        (&f.phone, "phone"),
        (&f.secrecy_reviewer, "secrecy_reviewer"),
    ] {
        if value.trim().is_empty() {
            return Err(Error::ForwardUnset(key));
        }
    }
    Ok([f.signer.trim(), f.contact.trim(), f.phone.trim()])
}

/// The 报送单 of one item: a title, then the form.
pub fn form_blocks(
    office: &str,
    people: [&str; 3],
    reviewer: &str,
    item: &Item,
    date: Date,
) -> Vec<Block> {
    let [signer, contact, phone] = people;
    let row = |key: Key, value: &str| (t(key).to_string(), vec![value.to_string()]);
    vec![
        Block::Title(t(Key::ForwardFormTitle).to_string()),
        Block::Gap,
        Block::Form(vec![
            row(Key::ForwardFormOffice, office),
            row(Key::ForwardFormSigner, signer),
            row(Key::ForwardFormContact, contact),
            row(Key::ForwardFormPhone, phone),
            row(Key::ForwardFormHeadline, &item.headline),
            (t(Key::ForwardFormBody).to_string(), item.body.clone()),
            row(Key::ForwardFormUnits, &item.sources.join(" ")),
            row(Key::ForwardFormDate, &format_date(date)),
            row(
                Key::ForwardFormSecrecy,
                &tf(Key::ForwardFormReviewed, &[&reviewer, &format_date(date)]),
            ),
        ]),
    ]
}

/// `forward ITEM... --to RECIPIENT -o DIR`: a 报送单 for each item and
/// `bundle.json` in `dir`, then the forwards recorded. Refused before any
/// file is written when the office's details are unset, the recipient is
/// empty, or an item has no unit.
pub fn forward(
    store: &mut Store,
    settings: &Settings,
    ids: &[ItemId],
    to: &str,
    dir: &Path,
    today: Date,
) -> Result<Sent> {
    let people = people(settings)?;
    let reviewer = settings.forward.secrecy_reviewer.trim();
    let office = settings.publisher.trim();
    if office.is_empty() {
        return Err(Error::ForwardUnset("publisher"));
    }
    let to = to.trim();
    if to.is_empty() {
        return Err(Error::EmptyRecipient);
    }
    let mut items = Vec::new();
    for &id in ids {
        let item = store.item(id)?;
        if item.sources.iter().all(|u| u.trim().is_empty()) {
            return Err(Error::ForwardNoUnit(id));
        }
        items.push((id, item));
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut forms = Vec::new();
    for (id, item) in &items {
        let path = dir.join(form_name(*id));
        let blocks = form_blocks(office, people, reviewer, item, today);
        write_atomic(&path, &blocks_docx(&item.headline, office, &blocks)?)?;
        forms.push(path);
    }
    let bundle = Bundle::new(
        office,
        to,
        today,
        people,
        items
            .iter()
            .map(|(id, item)| BundleItem {
                id: *id,
                headline: item.headline.clone(),
                body: item.body.clone(),
                units: item.sources.clone(),
                kind: item.kind,
                received: item.received,
            })
            .collect(),
    );
    let path = dir.join(BUNDLE_FILE);
    write_atomic(&path, bundle.to_json().as_bytes())?;
    store.record_forwards(ids, to, today, reviewer)?;
    Ok(Sent {
        forms,
        bundle: path,
    })
}

/// `receipts --to OFFICE -o FILE`: what this desk printed of the items
/// `office` forwarded, at this desk's level. Returns how many items it
/// names.
pub fn receipts(
    store: &Store,
    settings: &Settings,
    office: &str,
    path: &Path,
    today: Date,
) -> Result<usize> {
    let level_text = settings.forward.level.trim();
    if level_text.is_empty() {
        return Err(Error::ForwardUnset("level"));
    }
    let level = AdoptionLevel::parse(level_text)
        .ok_or_else(|| Error::NotAnAdoptionLevel(level_text.to_string()))?;
    let here = settings.publisher.trim();
    if here.is_empty() {
        return Err(Error::ForwardUnset("publisher"));
    }
    let office = office.trim();
    if office.is_empty() {
        return Err(Error::EmptyRecipient);
    }
    let items = store.printed_for(office)?;
    let n = items.len();
    let receipt = Receipt::new(here, office, today, level, items);
    write_atomic(path, receipt.to_json().as_bytes())?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn the_form_holds_every_field_of_a_report_slip() {
        with_lang(Lang::Zh, || {
            let mut item = Item::new(
                "矿山街道优化卫生环境",
                vec!["一是认真部署。".into(), "二是线下发力。".into()],
                Date::constant(2025, 3, 1),
            );
            item.sources = vec!["矿山街道".into()];
            let blocks = form_blocks(
                "中共上街区委办公室",
                ["王五", "李四", "0371-1234567"],
                "赵六",
                &item,
                Date::constant(2025, 3, 10),
            );
            let Block::Form(rows) = &blocks[2] else {
                panic!("{blocks:?}")
            };
            let labels: Vec<&str> = rows.iter().map(|(l, _)| l.as_str()).collect();
            assert_eq!(
                labels,
                [
                    "报送单位",
                    "签发人",
                    "联系人",
                    "联系电话",
                    "标题",
                    "正文",
                    "原稿单位",
                    "报送日期",
                    "保密审查"
                ]
            );
            assert_eq!(rows[5].1, item.body);
            assert_eq!(rows[6].1, ["矿山街道"]);
            assert_eq!(rows[7].1, ["2025年3月10日"]);
            assert_eq!(rows[8].1, ["赵六　2025年3月10日　同意报送"]);
        });
    }

    #[test]
    fn forwarding_is_refused_until_the_office_details_are_set() {
        let mut store = Store::open_in_memory().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut settings = Settings::default();
        let today = Date::constant(2025, 3, 10);
        let err = forward(
            &mut store,
            &settings,
            &[ItemId(1)],
            "市委",
            dir.path(),
            today,
        );
        assert!(matches!(err, Err(Error::ForwardUnset("signer"))), "{err:?}");
        settings.forward.signer = "王五".into();
        settings.forward.contact = "李四".into();
        let err = forward(
            &mut store,
            &settings,
            &[ItemId(1)],
            "市委",
            dir.path(),
            today,
        );
        assert!(matches!(err, Err(Error::ForwardUnset("phone"))), "{err:?}");
        // Nothing goes up unreviewed.
        settings.forward.phone = "0371-1234567".into();
        let err = forward(
            &mut store,
            &settings,
            &[ItemId(1)],
            "市委",
            dir.path(),
            today,
        );
        assert!(
            matches!(err, Err(Error::ForwardUnset("secrecy_reviewer"))),
            "{err:?}"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
