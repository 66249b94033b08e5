//! One quarter worked by hand: a small store of five units in two
//! categories, items used as articles and briefs, adoptions above, 批示,
//! commissions answered, late and missed, and quotas; every figure of
//! every row compared with values computed in the comments below, not by
//! the implementation.

use jiff::civil::Date;

use jianbao::model::{
    AdoptionLevel, AdoptionSource, CommissionId, Issue, Item, ItemId, Kind, LeaderLevel, Status,
    Unit, UnitList,
};
use jianbao::settings::ScoringSettings;
use jianbao::stats::{
    ByLeader, ByLevel, CommissionCounts, Period, Row, Rule, Table, compute, explain,
};
use jianbao::store::{NewAdoption, NewCommission, NewInstruction, Store};

fn d(y: i16, m: i8, day: i8) -> Date {
    Date::new(y, m, day).unwrap()
}

fn unit(name: &str, category: &str, quota: u32) -> Unit {
    Unit {
        category: Some(category.into()),
        quota: Some(quota),
        ..Unit::named(name, &[])
    }
}

fn add(store: &mut Store, unit: &str, received: Date) -> ItemId {
    let mut item = Item::new(
        format!("{unit}{received}来稿"),
        vec![format!("{unit}于{received}报送的正文。")],
        received,
    );
    item.sources = vec![unit.to_string()];
    store.add_item(&item, "t").unwrap().id()
}

fn commission(store: &mut Store, unit: &str, due: Date) -> CommissionId {
    store
        .add_commission(&NewCommission {
            unit,
            topic: "专题",
            due,
            note: "",
            today: d(2025, 1, 2),
        })
        .unwrap()
        .id
}

fn adopt(store: &mut Store, item: ItemId, level: AdoptionLevel, outlet: &str) {
    store
        .add_adoption(&NewAdoption {
            item,
            level,
            outlet,
            issue: "",
            date: d(2025, 3, 25),
            source: AdoptionSource::Hand,
        })
        .unwrap();
}

fn instruct(store: &mut Store, item: ItemId, level: LeaderLevel) {
    store
        .add_instruction(&NewInstruction {
            item,
            by: "某领导",
            level,
            date: d(2025, 3, 26),
            text: "此件很好",
        })
        .unwrap();
}

/// The first quarter of 2025, reported on 10 April.
fn quarter() -> Table {
    let mut store = Store::open_in_memory().unwrap();
    store
        .add_units(&UnitList {
            units: vec![
                unit("峡窝镇", "镇街", 3),
                unit("矿山街道", "镇街", 2),
                unit("区教育局", "区直部门", 2),
                unit("区卫健委", "区直部门", 1),
                unit("区法院", "区直部门", 1),
            ],
        })
        .unwrap();
    let xw1 = add(&mut store, "峡窝镇", d(2025, 1, 10)); // article; city + province
    let xw2 = add(&mut store, "峡窝镇", d(2025, 2, 5)); // brief
    let xw3 = add(&mut store, "峡窝镇", d(2025, 3, 20)); // rejected
    let ks1 = add(&mut store, "矿山街道", d(2025, 1, 15)); // article; city; 区级批示
    let ks2 = add(&mut store, "矿山街道", d(2025, 3, 30)); // pending; answers C2 late
    let jy: Vec<ItemId> = (1..=3)
        .map(|day| add(&mut store, "区教育局", d(2025, 2, day)))
        .collect(); // all three rejected
    let wj = add(&mut store, "区卫健委", d(2025, 3, 1)); // brief; 市级批示; answers C1
    // Outside the quarter: neither counts.
    add(&mut store, "区法院", d(2024, 12, 31));
    add(&mut store, "峡窝镇", d(2025, 4, 2));

    let issue = store
        .create_issue(&Issue::new("上街信息", 2025, 1))
        .unwrap();
    store
        .add_to_issue(issue, &[xw1, ks1], Kind::Article)
        .unwrap();
    store.add_to_issue(issue, &[xw2, wj], Kind::Brief).unwrap();
    store.finalise(issue).unwrap();
    let mut rejected = jy.clone();
    rejected.push(xw3);
    store.decide(&rejected, Status::Rejected, None).unwrap();

    adopt(&mut store, xw1, AdoptionLevel::City, "市委信息");
    adopt(&mut store, xw1, AdoptionLevel::Province, "河南信息");
    adopt(&mut store, ks1, AdoptionLevel::City, "市委信息");
    instruct(&mut store, ks1, LeaderLevel::District);
    instruct(&mut store, wj, LeaderLevel::City);

    // C1 answered in time with a used item; C2 answered late with a
    // pending one; C3 still open after its due date; C4 due next quarter;
    // C5 cancelled.
    let c1 = commission(&mut store, "区卫健委", d(2025, 3, 5));
    store
        .answer_commission(c1, wj, false, d(2025, 3, 3))
        .unwrap();
    let c2 = commission(&mut store, "矿山街道", d(2025, 3, 10));
    store
        .answer_commission(c2, ks2, false, d(2025, 3, 30))
        .unwrap();
    commission(&mut store, "区法院", d(2025, 3, 15));
    commission(&mut store, "峡窝镇", d(2025, 4, 20));
    let c5 = commission(&mut store, "区教育局", d(2025, 2, 20));
    store.cancel_commission(c5).unwrap();

    let q1 = Period::quarter_of(d(2025, 2, 1));
    let input = store.stats_input(q1, None).unwrap();
    compute(&input, q1, &ScoringSettings::default(), d(2025, 4, 10))
}

const NONE: CommissionCounts = CommissionCounts {
    answered: 0,
    used: 0,
    late: 0,
    missed: 0,
};

#[test]
fn one_quarter_worked_by_hand() {
    let table = quarter();
    // The default rules: sent 0.5, article 2, brief 1, city 3, province 5,
    // 区级批示 5, 市级批示 10, commission used +2, late -1, missed -2,
    // each item short of the quota -1, a rate under 30 % -2.
    let expected = [
        // 镇街 first (the list names it first), ranked apart.
        // 峡窝镇: sent 3 (xw1, xw2, xw3), article 1, brief 1, rate 2/3;
        // city 1, province 1; quota 3, none short.
        // 3 × 0.5 + 2 + 1 + 3 + 5 = 12.5.
        Row {
            unit: "峡窝镇".into(),
            category: Some("镇街".into()),
            submitted: 3,
            adopted_articles: 1,
            adopted_briefs: 1,
            adopted: 2,
            pending: 0,
            rate: 2.0 / 3.0,
            adoptions: ByLevel {
                city: 1,
                province: 1,
                national: 0,
            },
            instructions: ByLeader::default(),
            commissions: NONE,
            quota: Some(3),
            shortfall: 0,
            points: 12.5,
            rank: 1,
        },
        // 矿山街道: sent 2 (ks1, ks2 pending), article 1, rate 1/2; city
        // 1; 区级批示 1; C2 answered late with a pending item (not used).
        // 2 × 0.5 + 2 + 3 + 5 - 1 = 10.
        Row {
            unit: "矿山街道".into(),
            category: Some("镇街".into()),
            submitted: 2,
            adopted_articles: 1,
            adopted_briefs: 0,
            adopted: 1,
            pending: 1,
            rate: 0.5,
            adoptions: ByLevel {
                city: 1,
                ..ByLevel::default()
            },
            instructions: ByLeader {
                district: 1,
                ..ByLeader::default()
            },
            commissions: CommissionCounts {
                answered: 1,
                late: 1,
                ..NONE
            },
            quota: Some(2),
            shortfall: 0,
            points: 10.0,
            rank: 2,
        },
        // 区直部门. 区卫健委: sent 1 (wj), brief 1, rate 1; 市级批示 1;
        // C1 answered in time with it, used.
        // 0.5 + 1 + 10 + 2 = 13.5.
        Row {
            unit: "区卫健委".into(),
            category: Some("区直部门".into()),
            submitted: 1,
            adopted_articles: 0,
            adopted_briefs: 1,
            adopted: 1,
            pending: 0,
            rate: 1.0,
            adoptions: ByLevel::default(),
            instructions: ByLeader {
                city: 1,
                ..ByLeader::default()
            },
            commissions: CommissionCounts {
                answered: 1,
                used: 1,
                ..NONE
            },
            quota: Some(1),
            shortfall: 0,
            points: 13.5,
            rank: 1,
        },
        // 区教育局: sent 3, all rejected: rate 0, under 30 %; quota 2 met;
        // C5 cancelled counts nothing. 3 × 0.5 - 2 = -0.5.
        Row {
            unit: "区教育局".into(),
            category: Some("区直部门".into()),
            submitted: 3,
            adopted_articles: 0,
            adopted_briefs: 0,
            adopted: 0,
            pending: 0,
            rate: 0.0,
            adoptions: ByLevel::default(),
            instructions: ByLeader::default(),
            commissions: NONE,
            quota: Some(2),
            shortfall: 0,
            points: -0.5,
            rank: 2,
        },
        // 区法院: sent nothing in the quarter (its December item is
        // outside); C3 open past its due date: missed; 1 short of its
        // quota; no rate penalty without items. -2 - 1 = -3.
        Row {
            unit: "区法院".into(),
            category: Some("区直部门".into()),
            submitted: 0,
            adopted_articles: 0,
            adopted_briefs: 0,
            adopted: 0,
            pending: 0,
            rate: 0.0,
            adoptions: ByLevel::default(),
            instructions: ByLeader::default(),
            commissions: CommissionCounts { missed: 1, ..NONE },
            quota: Some(1),
            shortfall: 1,
            points: -3.0,
            rank: 3,
        },
    ];
    assert_eq!(table.rows, expected);
    // The total counts each item once: 9 sent, articles xw1 ks1, briefs
    // xw2 wj, pending ks2; rate 4/9; the commissions and shortfalls of
    // all rows; points 12.5 + 10 + 13.5 - 0.5 - 3 = 32.5.
    let total = Row {
        unit: "合计".into(),
        category: None,
        submitted: 9,
        adopted_articles: 2,
        adopted_briefs: 2,
        adopted: 4,
        pending: 1,
        rate: 4.0 / 9.0,
        adoptions: ByLevel {
            city: 2,
            province: 1,
            national: 0,
        },
        instructions: ByLeader {
            district: 1,
            city: 1,
            ..ByLeader::default()
        },
        commissions: CommissionCounts {
            answered: 2,
            used: 1,
            late: 1,
            missed: 1,
        },
        quota: None,
        shortfall: 1,
        points: 32.5,
        rank: 0,
    };
    assert_eq!(table.total, total);
    assert_eq!(table.silent, ["区法院"]);
}

#[test]
fn each_unit_s_points_are_explained_line_by_line() {
    let table = quarter();
    let lines = |unit: &str| {
        let row = table.rows.iter().find(|r| r.unit == unit).unwrap();
        let e = explain(row, &ScoringSettings::default());
        assert_eq!(e.points, row.points);
        e.lines
            .iter()
            .map(|l| (l.rule, l.count, l.each, l.subtotal))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        lines("矿山街道"),
        [
            (Rule::Sent, 2, 0.5, 1.0),
            (Rule::Article, 1, 2.0, 2.0),
            (Rule::City, 1, 3.0, 3.0),
            (Rule::InstructionDistrict, 1, 5.0, 5.0),
            (Rule::CommissionLate, 1, -1.0, -1.0),
        ]
    );
    assert_eq!(
        lines("区法院"),
        [
            (Rule::CommissionMissed, 1, -2.0, -2.0),
            (Rule::QuotaShortfall, 1, -1.0, -1.0),
        ]
    );
    assert_eq!(
        lines("区教育局"),
        [
            (Rule::Sent, 3, 0.5, 1.5),
            (Rule::RatePenalty, 1, -2.0, -2.0)
        ]
    );
}
