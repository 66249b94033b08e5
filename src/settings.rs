//! The settings file (TOML in the platform config directory): the series
//! this office publishes, its default masthead and footer, layout, language.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::FooterLine;

mod print;
mod scoring;
pub use print::{PrintSettings, read_template};
pub use scoring::{LegacyStats, ScoringSettings};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Interface language: "zh" or "en".
    pub lang: Lang,
    /// The bulletin's title, e.g. 上街信息.
    pub series: String,
    /// 编发单位.
    pub publisher: String,
    /// Whether new issues carry a 总第 N 期 number.
    pub total_numbers: bool,
    /// Footer lines a new issue starts with.
    pub footer: Vec<FooterLine>,
    /// 责任编辑 of a new issue.
    pub editors: Vec<String>,
    /// Where the workstation writes exports; by default the folder it was
    /// started in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub export_dir: Option<PathBuf>,
    pub layout: LayoutSettings,
    /// Key overrides for the workstation: action name → keys, e.g.
    /// `accept = ["y"]`.
    pub keys: std::collections::BTreeMap<String, Vec<String>>,
    /// Proofing: lengths and the word list (错敏字).
    pub check: crate::check::CheckSettings,
    /// The 考核办法: points and penalties by which `stats` ranks units.
    pub scoring: ScoringSettings,
    /// The points older configs gave under `[stats]`; read into `scoring`
    /// on load and never written.
    #[serde(skip_serializing_if = "LegacyStats::is_empty")]
    pub stats: LegacyStats,
    /// What `forward` prints on a 报送单 and this desk's level in a chain.
    pub forward: ForwardSettings,
    /// Returns and edits: the office's own reasons.
    pub feedback: FeedbackSettings,
    /// How issues are set for print: faces, page numbers, 报尾, template.
    pub print: PrintSettings,
    /// 审核签发: what finalising waits for.
    pub signoff: SignoffSettings,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SignoffSettings {
    /// Whether finalising waits for a 签发 (`issue sign N --role sign`).
    /// An office whose 简报 go out on the editor's word alone sets it false.
    pub required: bool,
}

impl Default for SignoffSettings {
    fn default() -> SignoffSettings {
        SignoffSettings { required: true }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FeedbackSettings {
    /// Reasons for returning or editing an item, numbered after the
    /// standard ones ([`crate::model::DEFAULT_REASONS`]), which stay.
    pub reasons: Vec<String>,
}

impl FeedbackSettings {
    /// The reason list in force.
    pub fn reasons(&self) -> crate::model::Reasons {
        crate::model::Reasons::with_extra(&self.reasons)
    }

    /// An office's reason that could not be typed back: a number (taken
    /// for the reason of that number) or one holding the colon that parts
    /// a reason from its detail.
    fn unreadable(&self) -> Option<&str> {
        self.reasons
            .iter()
            .map(|r| r.trim())
            .find(|r| r.parse::<usize>().is_ok() || r.contains(['：', ':']))
    }

    /// What a typed reason records (see [`crate::model::Reasons::resolve`]),
    /// or the error that names the list.
    pub fn reason(&self, given: &str) -> Result<String> {
        let list = self.reasons();
        list.resolve(given).ok_or_else(|| Error::UnknownReason {
            given: given.trim().to_string(),
            listing: list.listing(crate::i18n::t(crate::i18n::Key::ListSeparator)),
        })
    }
}

/// The office's forwarding details. The office itself is `publisher`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ForwardSettings {
    /// 签发人.
    pub signer: String,
    /// 联系人.
    pub contact: String,
    /// 联系电话.
    pub phone: String,
    /// This desk's level (city, province, or district), which the receipts
    /// it writes give the adoptions they record.
    pub level: String,
    /// 保密审查人: who reads what goes up for secrets; `forward
    /// --secrecy-reviewer` names another for one forward.
    pub secrecy_reviewer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LayoutSettings {
    /// Characters (字) per line in the preview and wrapped exports.
    pub width: usize,
    /// Lines per page in the preview.
    pub page_lines: usize,
    /// Let one 、，。 hang into the margin.
    pub hang_punctuation: bool,
    /// Whether this terminal draws “ ” … — · two columns wide.
    pub ambiguous_wide: bool,
}

impl Default for LayoutSettings {
    fn default() -> LayoutSettings {
        LayoutSettings {
            width: 28,
            page_lines: 22,
            hang_punctuation: false,
            ambiguous_wide: false,
        }
    }
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: Lang::Zh,
            series: "上街信息".into(),
            publisher: "中共上街区委办公室".into(),
            total_numbers: false,
            footer: vec![
                FooterLine::new("本期送", "区县处级领导"),
                FooterLine::new("发", "峡窝镇、各街道办事处、区直各单位负责同志"),
            ],
            editors: Vec::new(),
            export_dir: None,
            layout: LayoutSettings::default(),
            keys: std::collections::BTreeMap::new(),
            check: crate::check::CheckSettings::default(),
            scoring: ScoringSettings::default(),
            stats: LegacyStats::default(),
            forward: ForwardSettings::default(),
            feedback: FeedbackSettings::default(),
            signoff: SignoffSettings::default(),
            print: PrintSettings::default(),
        }
    }
}

/// Where jianbao keeps its files on this platform.
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "jianbao")
}

pub fn default_config_path() -> PathBuf {
    project_dirs()
        .map(|d| d.config_dir().join("config.toml"))
        .unwrap_or_else(|| PathBuf::from("jianbao.toml"))
}

pub fn default_data_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
}

pub fn default_store_path() -> PathBuf {
    default_data_dir().join("jianbao.db")
}

impl Settings {
    /// Reads the settings at `path`; a missing file gives the defaults.
    pub fn load(path: &Path) -> Result<Settings> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let settings = Settings::from_toml(&text).map_err(|message| Error::Settings {
                    path: path.to_path_buf(),
                    message,
                })?;
                match settings.feedback.unreadable() {
                    Some(reason) => Err(Error::Settings {
                        path: path.to_path_buf(),
                        message: crate::i18n::tf(crate::i18n::Key::ErrReasonSetting, &[&reason]),
                    }),
                    None => Ok(settings),
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(e) => Err(Error::io(path, e)),
        }
    }

    /// The settings `text` gives, the old `[stats]` points carried into
    /// `[scoring]`; or what is wrong with it.
    fn from_toml(text: &str) -> std::result::Result<Settings, String> {
        let problem = |e: toml::de::Error| e.message().trim().to_string();
        let mut settings: Settings = toml::from_str(text).map_err(problem)?;
        let table: toml::Table = toml::from_str(text).map_err(problem)?;
        let written = table.get("scoring").and_then(toml::Value::as_table);
        settings.scoring.take_legacy(&mut settings.stats, written);
        Ok(settings)
    }

    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_round_trip_and_partial_files_fill_in() {
        let s = Settings::default();
        assert_eq!(toml::from_str::<Settings>(&s.to_toml()).unwrap(), s);
        let partial: Settings =
            toml::from_str("series = \"峡窝信息\"\n[layout]\nwidth = 30\n").unwrap();
        assert_eq!(partial.series, "峡窝信息");
        assert_eq!(partial.layout.width, 30);
        assert_eq!(partial.layout.page_lines, 22);
        assert_eq!(partial.publisher, s.publisher);
        let with_dir: Settings = toml::from_str("export_dir = \"/srv/简报\"\n").unwrap();
        assert_eq!(
            toml::from_str::<Settings>(&with_dir.to_toml()).unwrap(),
            with_dir
        );
    }

    #[test]
    fn old_stats_points_load_into_scoring_unless_scoring_sets_them() {
        let old =
            Settings::from_toml("[stats]\narticle_points = 1.0\nbrief_points = 0.5\n").unwrap();
        assert_eq!((old.scoring.article, old.scoring.brief), (1.0, 0.5));
        assert_eq!(old.scoring.city, 3.0, "the rest keep their defaults");
        assert!(old.stats.is_empty() && !old.to_toml().contains("[stats]"));
        let both = Settings::from_toml(
            "[stats]\narticle_points = 1.0\nbrief_points = 0.5\n[scoring]\narticle = 4.0\n",
        )
        .unwrap();
        assert_eq!((both.scoring.article, both.scoring.brief), (4.0, 0.5));
        let new = Settings::from_toml("[scoring]\nrate_threshold = 0.25\n").unwrap();
        assert_eq!(new.scoring.rate_threshold, 0.25);
        assert_eq!(new.scoring.article, ScoringSettings::default().article);
        assert!(
            Settings::from_toml("[scoring]\narticles = 1\n")
                .unwrap_err()
                .contains("articles")
        );
    }

    #[test]
    fn a_bad_file_names_itself_and_the_problem() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "seris = \"x\"\n").unwrap();
        let err = Settings::load(&path).unwrap_err().to_string();
        assert!(
            err.contains("config.toml") && err.contains("seris"),
            "{err}"
        );
        assert_eq!(
            Settings::load(&dir.path().join("none.toml")).unwrap(),
            Settings::default()
        );
    }
}
