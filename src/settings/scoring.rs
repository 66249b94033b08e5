//! `[scoring]`: the points of the district's 考核办法, by which `stats`
//! ranks the units. docs/scoring.md gives each key, its default and the
//! published rule it follows.

use serde::{Deserialize, Serialize};

/// Points a unit earns, and the penalties it loses, in a period. Penalties
/// are written as the positive number deducted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScoringSettings {
    /// Each item sent (received in the period).
    pub sent: f64,
    /// Each item used in our own bulletin as an article, and as a brief.
    pub article: f64,
    pub brief: f64,
    /// Each adoption by a city, provincial and national bulletin.
    pub city: f64,
    pub province: f64,
    pub national: f64,
    /// Each commission answered with an item that was used, on top of the
    /// item's own points.
    pub commission_used: f64,
    /// Each 批示 by a leader at the district, city, provincial and
    /// national level.
    pub instruction_district: f64,
    pub instruction_city: f64,
    pub instruction_province: f64,
    pub instruction_national: f64,
    /// Deducted for each commission answered after its due date, and for
    /// each still open past it.
    pub commission_late: f64,
    pub commission_missed: f64,
    /// Deducted for each item a unit is short of its quota in the period.
    pub quota_shortfall: f64,
    /// Deducted once when a unit that sent items has a 采用率 under
    /// `rate_threshold` (a fraction: 0.3 is 30 %).
    pub rate_threshold: f64,
    pub rate_penalty: f64,
}

impl Default for ScoringSettings {
    fn default() -> ScoringSettings {
        ScoringSettings {
            sent: 0.5,
            article: 2.0,
            brief: 1.0,
            city: 3.0,
            province: 5.0,
            national: 10.0,
            commission_used: 2.0,
            instruction_district: 5.0,
            instruction_city: 10.0,
            instruction_province: 15.0,
            instruction_national: 20.0,
            commission_late: 1.0,
            commission_missed: 2.0,
            quota_shortfall: 1.0,
            rate_threshold: 0.3,
            rate_penalty: 2.0,
        }
    }
}

/// `[stats]` as configs before `[scoring]` wrote it: an article's and a
/// brief's points. Still read, so that such a config loads, and carried
/// into `[scoring]` by [`ScoringSettings::take_legacy`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LegacyStats {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article_points: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brief_points: Option<f64>,
}

impl LegacyStats {
    pub fn is_empty(&self) -> bool {
        self.article_points.is_none() && self.brief_points.is_none()
    }
}

impl ScoringSettings {
    /// Moves the old `[stats]` points into these, except where the file's
    /// own `[scoring]` table (`written`) sets the same point: the newer
    /// key wins.
    pub fn take_legacy(&mut self, legacy: &mut LegacyStats, written: Option<&toml::Table>) {
        let set = |key: &str| written.is_some_and(|t| t.contains_key(key));
        if let Some(points) = legacy.article_points.take()
            && !set("article")
        {
            self.article = points;
        }
        if let Some(points) = legacy.brief_points.take()
            && !set("brief")
        {
            self.brief = points;
        }
    }
}
