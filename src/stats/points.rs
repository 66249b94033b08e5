//! A unit's points, line by line: each `[scoring]` rule that applies, how
//! many times, at how many points each. The total is the lines' sum, so
//! `stats --explain` and the ranking cannot disagree.

use serde::Serialize;

use super::Row;
use crate::i18n::{Key, t};
use crate::settings::ScoringSettings;

/// One rule of the 考核办法, named as `[scoring]` names its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Sent,
    Article,
    Brief,
    City,
    Province,
    National,
    InstructionDistrict,
    InstructionCity,
    InstructionProvince,
    InstructionNational,
    CommissionUsed,
    CommissionLate,
    CommissionMissed,
    QuotaShortfall,
    RatePenalty,
}

impl Rule {
    pub fn label(self) -> &'static str {
        t(match self {
            Rule::Sent => Key::RuleSent,
            Rule::Article => Key::RuleArticle,
            Rule::Brief => Key::RuleBrief,
            Rule::City => Key::RuleCity,
            Rule::Province => Key::RuleProvince,
            Rule::National => Key::RuleNational,
            Rule::InstructionDistrict => Key::RuleInstructionDistrict,
            Rule::InstructionCity => Key::RuleInstructionCity,
            Rule::InstructionProvince => Key::RuleInstructionProvince,
            Rule::InstructionNational => Key::RuleInstructionNational,
            Rule::CommissionUsed => Key::RuleCommissionUsed,
            Rule::CommissionLate => Key::RuleCommissionLate,
            Rule::CommissionMissed => Key::RuleCommissionMissed,
            Rule::QuotaShortfall => Key::RuleQuotaShortfall,
            Rule::RatePenalty => Key::RuleRatePenalty,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointLine {
    pub rule: Rule,
    pub count: usize,
    /// Negative for a penalty.
    pub each: f64,
    pub subtotal: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    pub unit: String,
    /// The rules that applied (count above zero), in the order of
    /// `[scoring]`.
    pub lines: Vec<PointLine>,
    pub points: f64,
}

/// The lines of `row`'s points under `rules`. The rate penalty applies
/// once, to a unit whose decided items (used or returned) were used less
/// than the threshold: items still pending are not held against it, or a
/// unit whose one item awaits a decision would score below one that sent
/// nothing, which loses its quota's points instead.
pub fn explain(row: &Row, rules: &ScoringSettings) -> Explanation {
    let s = rules;
    let decided = row.submitted.saturating_sub(row.pending);
    let low_rate = decided > 0 && (row.adopted as f64) < s.rate_threshold * decided as f64;
    let all = [
        (Rule::Sent, row.submitted, s.sent),
        (Rule::Article, row.adopted_articles, s.article),
        (Rule::Brief, row.adopted_briefs, s.brief),
        (Rule::City, row.adoptions.city, s.city),
        (Rule::Province, row.adoptions.province, s.province),
        (Rule::National, row.adoptions.national, s.national),
        (
            Rule::InstructionDistrict,
            row.instructions.district,
            s.instruction_district,
        ),
        (
            Rule::InstructionCity,
            row.instructions.city,
            s.instruction_city,
        ),
        (
            Rule::InstructionProvince,
            row.instructions.province,
            s.instruction_province,
        ),
        (
            Rule::InstructionNational,
            row.instructions.national,
            s.instruction_national,
        ),
        (
            Rule::CommissionUsed,
            row.commissions.used,
            s.commission_used,
        ),
        (
            Rule::CommissionLate,
            row.commissions.late,
            -s.commission_late,
        ),
        (
            Rule::CommissionMissed,
            row.commissions.missed,
            -s.commission_missed,
        ),
        (Rule::QuotaShortfall, row.shortfall, -s.quota_shortfall),
        (Rule::RatePenalty, usize::from(low_rate), -s.rate_penalty),
    ];
    let lines: Vec<PointLine> = all
        .into_iter()
        .filter(|&(_, count, _)| count > 0)
        .map(|(rule, count, each)| PointLine {
            rule,
            count,
            each,
            subtotal: count as f64 * each,
        })
        .collect();
    Explanation {
        unit: row.unit.clone(),
        // Folded from +0: an empty f64 sum is -0, printed "-0.0".
        points: lines.iter().fold(0.0, |sum, l| sum + l.subtotal),
        lines,
    }
}
