//! 来稿单位: the units that send items, the aliases they go by, and what
//! the office's unit table keeps on each: its category, its 信息员 and
//! 分管领导, and its quota.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The office's own grouping (镇街, 区直部门, 重点部门 …): a 通报
    /// ranks each category apart.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// 信息员, and the phone to reach them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 分管领导.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader: Option<String>,
    /// Items the unit is to send each quarter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<u32>,
}

impl Unit {
    /// A unit with only a name and aliases, as `units add` makes one.
    pub fn named(name: &str, aliases: &[&str]) -> Unit {
        Unit {
            name: name.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            ..Unit::default()
        }
    }

    /// Whether the table says more of it than its names.
    pub fn has_details(&self) -> bool {
        self.category.is_some()
            || self.contact.is_some()
            || self.phone.is_some()
            || self.leader.is_some()
            || self.quota.is_some()
    }
}

/// The district's unit list, resolving aliases to canonical names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitList {
    #[serde(rename = "unit", default)]
    pub units: Vec<Unit>,
}

impl UnitList {
    /// The canonical name for `written` (a name or an alias), or `None` for
    /// a unit the list does not know.
    pub fn canonical(&self, written: &str) -> Option<&str> {
        self.find(written).map(|u| u.name.as_str())
    }

    /// Every name the unit `written` names goes by, canonical name first,
    /// or `None` for a unit the list does not know. Items keep the name
    /// their text gave, so finding a unit's items means matching all of
    /// these.
    pub fn names_of(&self, written: &str) -> Option<Vec<&str>> {
        self.find(written).map(|u| {
            std::iter::once(u.name.as_str())
                .chain(u.aliases.iter().map(String::as_str))
                .collect()
        })
    }

    /// The unit `written` (a name or an alias) names.
    pub fn find(&self, written: &str) -> Option<&Unit> {
        let written = written.trim();
        self.units
            .iter()
            .find(|u| u.name == written || u.aliases.iter().any(|a| a == written))
    }

    /// The categories, each once, in the order the list first names them.
    pub fn categories(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for c in self.units.iter().filter_map(|u| u.category.as_deref()) {
            if !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// A name or alias that appears twice, which would make matching ambiguous.
    pub fn first_clash(&self) -> Option<&str> {
        let mut seen = std::collections::HashSet::new();
        self.units
            .iter()
            .flat_map(|u| std::iter::once(&u.name).chain(&u.aliases))
            .find(|n| !seen.insert(n.as_str()))
            .map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> UnitList {
        UnitList {
            units: vec![
                Unit {
                    name: "区委宣传部".into(),
                    aliases: vec!["宣传部".into()],
                    ..Unit::default()
                },
                Unit {
                    name: "矿山街道".into(),
                    aliases: vec![],
                    ..Unit::default()
                },
            ],
        }
    }

    #[test]
    fn resolves_names_and_aliases() {
        let l = list();
        assert_eq!(l.canonical("宣传部"), Some("区委宣传部"));
        assert_eq!(l.canonical(" 区委宣传部 "), Some("区委宣传部"));
        assert_eq!(l.canonical("矿山街道"), Some("矿山街道"));
        assert_eq!(l.canonical("区文明办"), None);
        assert_eq!(l.names_of("区委宣传部"), Some(vec!["区委宣传部", "宣传部"]));
        assert_eq!(l.names_of(" 宣传部"), Some(vec!["区委宣传部", "宣传部"]));
        assert_eq!(l.names_of("区文明办"), None);
        assert_eq!(l.first_clash(), None);
    }

    #[test]
    fn finds_a_clash() {
        let mut l = list();
        l.units[1].aliases.push("宣传部".into());
        assert_eq!(l.first_clash(), Some("宣传部"));
    }
}
