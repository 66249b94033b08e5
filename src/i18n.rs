//! Every user-facing string, in Simplified Chinese and English.
//!
//! The language is chosen once at start-up (`--lang`, the settings file, or
//! `JIANBAO_LANG`) and read everywhere through [`lang`]. Strings are looked up
//! by [`Key`]; templates use `{}` placeholders filled in order by [`tf`].

use std::fmt::Display;
use std::sync::atomic::{AtomicU8, Ordering};

mod strings;

pub use strings::Key;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh_cn" | "cn" | "chinese" | "中文" => Some(Lang::Zh),
            "en" | "en-us" | "en_us" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

static LANG: AtomicU8 = AtomicU8::new(0);

pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

pub fn lang() -> Lang {
    if LANG.load(Ordering::Relaxed) == Lang::En as u8 {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// The string for `key` in the current language.
pub fn t(key: Key) -> &'static str {
    key.text(lang())
}

/// The template for `key` with each `{}` replaced by the next argument.
pub fn tf(key: Key, args: &[&dyn Display]) -> String {
    fill(t(key), args)
}

fn fill(template: &str, args: &[&dyn Display]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut args = args.iter();
    let mut rest = template;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(arg) = args.next() {
            let _ = write!(out, "{arg}");
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_with_matching_placeholders() {
        for &key in Key::ALL {
            let zh = key.text(Lang::Zh);
            let en = key.text(Lang::En);
            assert!(!zh.is_empty() && !en.is_empty(), "{key:?} is empty");
            assert_eq!(
                zh.matches("{}").count(),
                en.matches("{}").count(),
                "{key:?}: placeholder counts differ between zh and en"
            );
        }
    }

    #[test]
    fn fill_replaces_placeholders_in_order_and_keeps_extra_text() {
        assert_eq!(fill("第{}期，共{}条", &[&56, &8]), "第56期，共8条");
        assert_eq!(fill("no args {}", &[]), "no args ");
        assert_eq!(fill("plain", &[&1]), "plain");
    }

    #[test]
    fn lang_parse_accepts_common_spellings() {
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("fr"), None);
    }
}
