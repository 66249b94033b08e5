//! Why an item was returned or edited: the office's standard list (退稿、
//! 改稿理由), so that the feedback sheet a unit receives names the same
//! reasons every time, numbered so that an editor can type or press one.

/// The reasons every office starts with, in the order they are numbered;
/// the settings' `[feedback] reasons` are numbered after them.
pub const DEFAULT_REASONS: [&str; 8] = [
    "时效性差",
    "做法不具体",
    "缺少数据",
    "篇幅过长",
    "重复报送",
    "内容不实",
    "不符合报送要求",
    "文字表述需修改",
];

/// The marks that part a listed reason from the editor's own words:
/// 缺少数据：请补充一季度完成率.
const DETAIL_MARKS: [char; 2] = ['：', ':'];

/// The list in force: the defaults, then the office's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reasons(Vec<String>);

impl Default for Reasons {
    fn default() -> Reasons {
        Reasons::with_extra(&[])
    }
}

impl Reasons {
    /// The defaults followed by `extra`, each reason once, blanks dropped.
    pub fn with_extra(extra: &[String]) -> Reasons {
        let mut list: Vec<String> = Vec::new();
        for r in DEFAULT_REASONS
            .iter()
            .map(|r| r.to_string())
            .chain(extra.iter().map(|r| r.trim().to_string()))
        {
            if !r.is_empty() && !list.contains(&r) {
                list.push(r);
            }
        }
        Reasons(list)
    }

    pub fn all(&self) -> &[String] {
        &self.0
    }

    /// The reason at `number`, counting from 1.
    pub fn numbered(&self, number: usize) -> Option<&str> {
        number
            .checked_sub(1)
            .and_then(|i| self.0.get(i))
            .map(String::as_str)
    }

    /// What `given` records: a listed reason, by its words or its number,
    /// optionally followed by `：` and the editor's own detail, which is
    /// kept. `None` when the part before the mark is not on the list.
    pub fn resolve(&self, given: &str) -> Option<String> {
        let given = given.trim();
        let (head, detail) = match given.find(DETAIL_MARKS) {
            Some(at) => {
                let mark = given[at..].chars().next().map_or(0, char::len_utf8);
                (given[..at].trim(), given[at + mark..].trim())
            }
            None => (given, ""),
        };
        let reason = match head.parse::<usize>() {
            Ok(n) => self.numbered(n)?,
            Err(_) => self.0.iter().find(|r| *r == head)?.as_str(),
        };
        Some(if detail.is_empty() {
            reason.to_string()
        } else {
            format!("{reason}：{detail}")
        })
    }

    /// `1 时效性差、2 做法不具体 …`: the list as a message names it.
    pub fn listing(&self, separator: &str) -> String {
        self.0
            .iter()
            .enumerate()
            .map(|(i, r)| format!("{} {r}", i + 1))
            .collect::<Vec<_>>()
            .join(separator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_is_read_by_its_words_or_number_with_any_detail_kept() {
        let r = Reasons::default();
        assert_eq!(r.resolve("缺少数据").as_deref(), Some("缺少数据"));
        assert_eq!(r.resolve(" 3 ").as_deref(), Some("缺少数据"));
        assert_eq!(
            r.resolve("3：请补充一季度完成率").as_deref(),
            Some("缺少数据：请补充一季度完成率")
        );
        assert_eq!(
            r.resolve("重复报送: 与上期重复").as_deref(),
            Some("重复报送：与上期重复")
        );
        assert_eq!(r.resolve("与上期重复"), None, "free text alone is refused");
        assert_eq!(r.resolve("0"), None);
        assert_eq!(r.resolve("9"), None);
        assert_eq!(r.resolve(""), None);
    }

    #[test]
    fn the_office_extends_the_defaults_numbered_after_them() {
        let r = Reasons::with_extra(&[" 未经审核 ".into(), "缺少数据".into(), "".into()]);
        assert_eq!(r.all().len(), DEFAULT_REASONS.len() + 1);
        assert_eq!(r.numbered(9), Some("未经审核"));
        assert_eq!(r.resolve("9").as_deref(), Some("未经审核"));
        assert!(r.listing("、").starts_with("1 时效性差、2 做法不具体"));
    }
}
