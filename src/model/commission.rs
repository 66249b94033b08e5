//! 约稿: an item the editor asked a unit for, on a topic, by a date, and
//! what became of the request.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::ItemId;
use crate::i18n::{Key, t, tf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CommissionId(pub i64);

// Bound and read as the integer it is, as `ItemId` is.
impl rusqlite::types::ToSql for CommissionId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

impl rusqlite::types::FromSql for CommissionId {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        i64::column_result(value).map(CommissionId)
    }
}

impl std::fmt::Display for CommissionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum CommissionState {
    Open,
    Answered { item: ItemId, on: Date },
    Cancelled,
}

impl CommissionState {
    /// The state as the store spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            CommissionState::Open => "open",
            CommissionState::Answered { .. } => "answered",
            CommissionState::Cancelled => "cancelled",
        }
    }

    /// The state as a list shows it.
    pub fn label(self) -> String {
        match self {
            CommissionState::Open => t(Key::CommissionStateOpen).to_string(),
            CommissionState::Answered { item, .. } => tf(Key::CommissionStateAnswered, &[&item]),
            CommissionState::Cancelled => t(Key::CommissionStateCancelled).to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commission {
    pub id: CommissionId,
    /// The unit as the editor typed it: matched through the unit list's
    /// names and aliases, so the name it was asked by stays as written.
    pub unit: String,
    pub topic: String,
    pub due: Date,
    pub note: String,
    pub created: Date,
    #[serde(flatten)]
    pub state: CommissionState,
}

/// How a commission stands against its due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lateness {
    /// Open and not yet due, answered in time, or cancelled.
    OnTime,
    /// Still open after its due date, by this many days.
    Overdue { days: i32 },
    /// Answered, but after its due date.
    AnsweredLate,
}

impl Lateness {
    pub fn is_late(self) -> bool {
        self != Lateness::OnTime
    }

    /// The mark a list puts beside a late commission: 逾期 3 天, 逾期答复;
    /// empty when it is not late.
    pub fn label(self) -> String {
        match self {
            Lateness::OnTime => String::new(),
            Lateness::Overdue { days } => tf(Key::CommissionOverdue, &[&days]),
            Lateness::AnsweredLate => t(Key::CommissionAnsweredLate).to_string(),
        }
    }

    /// Days past due for an open commission, for data (JSON).
    pub fn overdue_days(self) -> Option<i32> {
        match self {
            Lateness::Overdue { days } => Some(days),
            _ => None,
        }
    }
}

impl Commission {
    /// The topic as messages, prompts and undo steps name it.
    pub fn name(&self) -> String {
        crate::script::item_name(&self.topic)
    }

    /// Lateness as of `today`. The due date itself is still in time.
    pub fn lateness(&self, today: Date) -> Lateness {
        match self.state {
            CommissionState::Open if today > self.due => Lateness::Overdue {
                days: days_between(self.due, today),
            },
            CommissionState::Answered { on, .. } if on > self.due => Lateness::AnsweredLate,
            _ => Lateness::OnTime,
        }
    }
}

/// Whole days from `from` to `to`, which comes after it. Dates a calendar
/// holds are never far enough apart to overflow a day count.
fn days_between(from: Date, to: Date) -> i32 {
    to.since((jiff::Unit::Day, from))
        .map(|span| span.get_days())
        .unwrap_or(i32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn commission(state: CommissionState) -> Commission {
        Commission {
            id: CommissionId(3),
            unit: "区卫健委".into(),
            topic: "夏季病媒防制".into(),
            due: d(2024, 6, 30),
            note: String::new(),
            created: d(2024, 6, 1),
            state,
        }
    }

    #[test]
    fn due_today_is_not_late_and_a_day_after_is() {
        let c = commission(CommissionState::Open);
        assert_eq!(c.lateness(d(2024, 6, 29)), Lateness::OnTime);
        assert_eq!(c.lateness(d(2024, 6, 30)), Lateness::OnTime);
        assert_eq!(c.lateness(d(2024, 7, 1)), Lateness::Overdue { days: 1 });
        assert_eq!(c.lateness(d(2024, 7, 3)), Lateness::Overdue { days: 3 });
        assert_eq!(c.lateness(d(2025, 6, 30)), Lateness::Overdue { days: 365 });
        assert!(c.lateness(d(2024, 7, 1)).is_late());
    }

    #[test]
    fn an_answer_is_late_only_when_given_after_the_due_date() {
        let on_time = commission(CommissionState::Answered {
            item: ItemId(12),
            on: d(2024, 6, 30),
        });
        assert_eq!(on_time.lateness(d(2024, 9, 1)), Lateness::OnTime);
        let late = commission(CommissionState::Answered {
            item: ItemId(12),
            on: d(2024, 7, 1),
        });
        assert_eq!(late.lateness(d(2024, 7, 1)), Lateness::AnsweredLate);
        assert_eq!(late.lateness(d(2030, 1, 1)), Lateness::AnsweredLate);
    }

    #[test]
    fn a_cancelled_commission_is_never_late() {
        let c = commission(CommissionState::Cancelled);
        assert_eq!(c.lateness(d(2030, 1, 1)), Lateness::OnTime);
    }

    #[test]
    fn serialises_its_state_flat() {
        let c = commission(CommissionState::Answered {
            item: ItemId(12),
            on: d(2024, 7, 1),
        });
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["state"], "answered");
        assert_eq!(json["item"], 12);
        assert_eq!(json["on"], "2024-07-01");
        assert_eq!(json["due"], "2024-06-30");
    }
}
