//! 印发: what an issue carries besides its items and masthead text — its
//! 密级, the 份号 printed on it, who proofread, reviewed and signed it off
//! (审核签发), the confidentiality review (保密审查), and who receives how
//! many copies (分送范围). Kept whole with the issue, as its 审签单 is.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::FooterLine;

/// 密级: none, 内部 (内部资料, not a state secret but not for the public),
/// 秘密, 机密. A bulletin is never 绝密; the store refuses nothing above 机密
/// because nobody can type it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Secrecy {
    #[default]
    None,
    Internal,
    Secret,
    Confidential,
}

impl Secrecy {
    pub const NAMES: &'static [&'static str] = &["none", "internal", "secret", "confidential"];

    /// The level as typed: English, or 无 / 内部 / 秘密 / 机密.
    pub fn parse(text: &str) -> Option<Secrecy> {
        Some(match text.trim() {
            "" | "none" | "无" | "公开" => Secrecy::None,
            "internal" | "内部" | "内部资料" => Secrecy::Internal,
            "secret" | "秘密" => Secrecy::Secret,
            "confidential" | "机密" => Secrecy::Confidential,
            _ => return None,
        })
    }

    /// The word printed top left.
    pub fn word(self) -> &'static str {
        match self {
            Secrecy::None => "",
            Secrecy::Internal => "内部资料",
            Secrecy::Secret => "秘密",
            Secrecy::Confidential => "机密",
        }
    }

    /// 秘密 and 机密: state secrets, which never leave the print path.
    pub fn is_classified(self) -> bool {
        self >= Secrecy::Secret
    }
}

/// The 密级 line of the 报头: 内部资料　注意保存, or 秘密★1年 (GB/T 9704
/// joins level and period with a star); empty for an open issue.
pub fn secrecy_mark(level: Secrecy, period: &str) -> String {
    let period = period.trim();
    match level {
        Secrecy::None => String::new(),
        Secrecy::Internal if period.is_empty() => "内部资料　注意保存".to_string(),
        Secrecy::Internal => format!("内部资料★{period}"),
        _ if period.is_empty() => level.word().to_string(),
        _ => format!("{}★{period}", level.word()),
    }
}

/// A step of 审核签发, in the order the 审签单 lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SignRole {
    /// 拟稿 / 责任编辑.
    Draft,
    /// 校对, by round: 一校, 二校, 三校.
    Proof(u8),
    /// 审核.
    Review,
    /// 签发.
    Sign,
}

impl SignRole {
    pub const NAMES: &'static [&'static str] =
        &["draft", "proof1", "proof2", "proof3", "review", "sign"];

    pub fn parse(text: &str) -> Option<SignRole> {
        Some(match text.trim() {
            "draft" | "拟稿" | "责任编辑" => SignRole::Draft,
            "proof" | "proof1" | "一校" | "校对" => SignRole::Proof(1),
            "proof2" | "二校" => SignRole::Proof(2),
            "proof3" | "三校" => SignRole::Proof(3),
            "review" | "审核" => SignRole::Review,
            "sign" | "签发" => SignRole::Sign,
            _ => return None,
        })
    }

    /// The label on the 审签单 and the 报头: 审核, 签发, 二校.
    pub fn label(self) -> String {
        match self {
            SignRole::Draft => "拟稿".to_string(),
            SignRole::Proof(n) => format!(
                "{}校",
                ["一", "二", "三"]
                    .get(usize::from(n).saturating_sub(1))
                    .unwrap_or(&"再")
            ),
            SignRole::Review => "审核".to_string(),
            SignRole::Sign => "签发".to_string(),
        }
    }
}

/// One name put to one step, on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignOff {
    pub role: SignRole,
    pub by: String,
    pub date: Date,
}

/// 保密审查: who read the issue for secrets, when, and whether it may go out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecrecyReview {
    pub by: String,
    pub date: Date,
    /// Whether the reviewer cleared it (同意印发); a review that did not
    /// blocks finalising as no review does.
    pub cleared: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Where a recipient stands in the 报尾: 报 (up), 送 (across, to leaders),
/// 抄送, 发 (down). The 报尾 lists them in this order whatever the order
/// they were entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rank {
    Report,
    Send,
    Copy,
    Issue,
}

impl Rank {
    pub const NAMES: &'static [&'static str] = &["report", "send", "copy", "issue"];

    pub fn parse(text: &str) -> Option<Rank> {
        Some(match text.trim() {
            "report" | "报" | "呈报" | "报送" => Rank::Report,
            "send" | "送" | "本期送" | "呈送" => Rank::Send,
            "copy" | "cc" | "抄送" | "抄" => Rank::Copy,
            "issue" | "发" | "分送" | "印发" => Rank::Issue,
            _ => return None,
        })
    }

    /// The label its 报尾 line carries.
    pub fn label(self) -> &'static str {
        match self {
            Rank::Report => "报",
            Rank::Send => "送",
            Rank::Copy => "抄送",
            Rank::Issue => "发",
        }
    }

    /// The rank a typed footer line's label stands for: 本期送 and 呈送 are
    /// 送, 分送 is 发; a label of no rank (责任编辑, 联系电话) has none.
    pub fn of_label(label: &str) -> Option<Rank> {
        Rank::parse(label.trim_end_matches(['：', ':']))
    }
}

/// One line of the 分送范围: a recipient, its rank and the copies it gets,
/// and the day they were sent once they were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    pub rank: Rank,
    pub name: String,
    pub copies: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Date>,
}

/// An export the rules refuse (a classified issue leaving the print path)
/// that someone forced, and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForcedExport {
    pub format: String,
    pub date: Date,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Release {
    #[serde(skip_serializing_if = "is_open")]
    pub secrecy: Secrecy,
    /// 保密期限: 1年, 6个月, 长期.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub period: String,
    /// 份号, printed top right: 000001.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub copy_no: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signoffs: Vec<SignOff>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secrecy_review: Option<SecrecyReview>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<Recipient>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub forced: Vec<ForcedExport>,
}

fn is_open(s: &Secrecy) -> bool {
    *s == Secrecy::None
}

impl Release {
    pub fn is_empty(&self) -> bool {
        *self == Release::default()
    }

    /// The latest name put to `role`.
    pub fn latest(&self, role: SignRole) -> Option<&SignOff> {
        self.signoffs.iter().rev().find(|s| s.role == role)
    }

    /// Records a step; a second name for the same step replaces the first
    /// (a new 签发 after a change), so the 审签单 shows who holds it now.
    pub fn sign(&mut self, signoff: SignOff) {
        self.signoffs.retain(|s| s.role != signoff.role);
        self.signoffs.push(signoff);
        self.signoffs.sort_by_key(|s| s.role);
    }

    /// The 密级 line of the 报头 (see [`secrecy_mark`]).
    pub fn mark(&self) -> String {
        secrecy_mark(self.secrecy, &self.period)
    }

    /// Whether finalising waits for a 保密审查: a 内部 or classified issue.
    pub fn needs_secrecy_review(&self) -> bool {
        self.secrecy != Secrecy::None
    }

    /// Whether a review has cleared the issue.
    pub fn secrecy_cleared(&self) -> bool {
        self.secrecy_review.as_ref().is_some_and(|r| r.cleared)
    }

    /// 共印: the copies of the distribution list, when there is one.
    pub fn copies(&self) -> Option<u32> {
        let total: u32 = self.recipients.iter().map(|r| r.copies).sum();
        (total > 0).then_some(total)
    }

    /// The 报尾 lines the distribution list makes, one per rank in rank
    /// order, names joined by 、 as entered.
    pub fn footer_lines(&self) -> Vec<FooterLine> {
        let mut ranks: Vec<Rank> = self.recipients.iter().map(|r| r.rank).collect();
        ranks.sort();
        ranks.dedup();
        ranks
            .into_iter()
            .map(|rank| {
                let names: Vec<&str> = self
                    .recipients
                    .iter()
                    .filter(|r| r.rank == rank)
                    .map(|r| r.name.as_str())
                    .collect();
                FooterLine::new(rank.label(), names.join("，"))
            })
            .collect()
    }
}

/// The 报尾's lines in rank order, whatever order they were entered in:
/// 报, 送, 抄送, 发, then lines of no rank as they came. A stable sort, so
/// two lines of one rank keep their order.
pub fn rank_order(lines: &[FooterLine]) -> Vec<FooterLine> {
    let mut lines = lines.to_vec();
    lines.sort_by_key(|l| Rank::of_label(&l.label).map_or(u8::MAX, |r| r as u8));
    lines
}

/// The footer in force: the distribution list's lines replace typed lines
/// of the ranks it covers; the rest stay; all in rank order.
pub fn footer_in_force(typed: &[FooterLine], release: &Release) -> Vec<FooterLine> {
    let listed = release.footer_lines();
    let covered = |l: &FooterLine| {
        Rank::of_label(&l.label).is_some_and(|r| release.recipients.iter().any(|x| x.rank == r))
    };
    let mut all: Vec<FooterLine> = typed.iter().filter(|l| !covered(l)).cloned().collect();
    all.extend(listed);
    rank_order(&all)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: i8) -> Date {
        Date::new(2024, 3, d).expect("a real day")
    }

    #[test]
    fn the_secrecy_mark_joins_level_and_period_with_a_star() {
        assert_eq!(secrecy_mark(Secrecy::None, "1年"), "");
        assert_eq!(secrecy_mark(Secrecy::Internal, ""), "内部资料　注意保存");
        assert_eq!(secrecy_mark(Secrecy::Secret, "1年"), "秘密★1年");
        assert_eq!(secrecy_mark(Secrecy::Confidential, ""), "机密");
        assert!(Secrecy::Secret.is_classified() && !Secrecy::Internal.is_classified());
        assert_eq!(Secrecy::parse("内部"), Some(Secrecy::Internal));
        assert_eq!(Secrecy::parse("绝密"), None);
    }

    #[test]
    fn footer_lines_come_in_rank_order_whatever_the_entry_order() {
        let typed = vec![
            FooterLine::new("本期送", "区县处级领导"),
            FooterLine::new("发", "各街道办事处"),
            FooterLine::new("联系电话", "68912345"),
            FooterLine::new("报", "市委办公室"),
            FooterLine::new("抄送", "区人大办"),
        ];
        let labels: Vec<String> = rank_order(&typed).into_iter().map(|l| l.label).collect();
        assert_eq!(labels, ["报", "本期送", "抄送", "发", "联系电话"]);
    }

    #[test]
    fn the_distribution_list_draws_the_lines_it_covers_and_the_print_run() {
        let mut release = Release::default();
        for (rank, name, copies) in [
            (Rank::Issue, "峡窝镇", 5),
            (Rank::Report, "市委办公室", 2),
            (Rank::Issue, "各街道办事处", 30),
        ] {
            release.recipients.push(Recipient {
                rank,
                name: name.into(),
                copies,
                sent: None,
            });
        }
        let typed = vec![
            FooterLine::new("发", "旧的发送范围"),
            FooterLine::new("本期送", "区县处级领导"),
        ];
        let lines = footer_in_force(&typed, &release);
        assert_eq!(
            lines,
            vec![
                FooterLine::new("报", "市委办公室"),
                FooterLine::new("本期送", "区县处级领导"),
                FooterLine::new("发", "峡窝镇，各街道办事处"),
            ]
        );
        assert_eq!(release.copies(), Some(37));
        assert_eq!(Release::default().copies(), None);
    }

    #[test]
    fn a_second_name_for_a_step_replaces_the_first_and_steps_keep_their_order() {
        let mut release = Release::default();
        release.sign(SignOff {
            role: SignRole::Sign,
            by: "张伟".into(),
            date: day(4),
        });
        release.sign(SignOff {
            role: SignRole::Review,
            by: "李明".into(),
            date: day(3),
        });
        release.sign(SignOff {
            role: SignRole::Sign,
            by: "王强".into(),
            date: day(5),
        });
        let steps: Vec<(SignRole, &str)> = release
            .signoffs
            .iter()
            .map(|s| (s.role, s.by.as_str()))
            .collect();
        assert_eq!(
            steps,
            [(SignRole::Review, "李明"), (SignRole::Sign, "王强")]
        );
        assert_eq!(release.latest(SignRole::Sign).map(|s| s.date), Some(day(5)));
        assert_eq!(SignRole::Proof(2).label(), "二校");
    }

    #[test]
    fn an_open_release_serialises_to_nothing() {
        let json = serde_json::to_string(&Release::default()).expect("serialises");
        assert_eq!(json, "{}");
        let back: Release = serde_json::from_str("{}").expect("reads");
        assert!(back.is_empty());
    }
}
