//! Every user-facing string, in Simplified Chinese and English.
//!
//! The language is chosen once at start-up (`--lang`, the settings file, or
//! `JIANBAO_LANG`) and read everywhere through [`lang`]. Strings are looked up
//! by [`Key`]; templates use `{}` placeholders filled in order by [`tf`].
//!
//! The process language can be set only once, so nothing can flip it under
//! a running thread; a thread that needs another language (a test, mostly)
//! asks for it with [`with_lang`], which no other thread sees.

use std::cell::Cell;
use std::fmt::Display;
use std::sync::OnceLock;

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

static PROCESS_LANG: OnceLock<Lang> = OnceLock::new();

thread_local! {
    static THREAD_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of the whole process. Only the first call counts: the
/// binary makes it once, before any thread starts.
pub fn set_lang(lang: Lang) {
    let _ = PROCESS_LANG.set(lang);
}

/// Runs `f` with this thread speaking `lang`, then restores what it spoke.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD_LANG.with(|l| l.set(self.0));
        }
    }
    let _restore = Restore(THREAD_LANG.with(|l| l.replace(Some(lang))));
    f()
}

pub fn lang() -> Lang {
    THREAD_LANG
        .with(Cell::get)
        .or_else(|| PROCESS_LANG.get().copied())
        .unwrap_or(Lang::Zh)
}

/// The string for `key` in the current language.
pub fn t(key: Key) -> &'static str {
    key.text(lang())
}

/// What the operating system said, in the interface's language: the
/// common failures by their kind, anything rarer as the system worded it.
pub fn os_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let key = match e.kind() {
        K::NotFound => Key::OsNotFound,
        K::PermissionDenied => Key::OsPermission,
        K::AlreadyExists => Key::OsExists,
        K::IsADirectory => Key::OsIsDir,
        K::NotADirectory => Key::OsNotDir,
        K::DirectoryNotEmpty => Key::OsDirNotEmpty,
        K::StorageFull | K::QuotaExceeded => Key::OsFull,
        K::ReadOnlyFilesystem => Key::OsReadOnly,
        K::FileTooLarge => Key::OsTooLarge,
        K::UnexpectedEof => Key::OsTruncated,
        K::InvalidData => Key::OsInvalidData,
        K::Interrupted => Key::OsInterrupted,
        K::TimedOut | K::WouldBlock => Key::OsTimedOut,
        K::CrossesDevices => Key::OsCrossDevice,
        _ => return e.to_string(),
    };
    t(key).to_string()
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
    fn with_lang_speaks_only_on_its_own_thread_and_restores() {
        assert_eq!(t(Key::ErrEmptyValue), Key::ErrEmptyValue.text(Lang::Zh));
        with_lang(Lang::En, || {
            assert_eq!(lang(), Lang::En);
            let other = std::thread::spawn(lang).join().unwrap();
            assert_eq!(other, Lang::Zh, "another thread must not see it");
            with_lang(Lang::Zh, || assert_eq!(lang(), Lang::Zh));
            assert_eq!(lang(), Lang::En);
        });
        assert_eq!(lang(), Lang::Zh);
    }

    #[test]
    fn common_os_errors_speak_the_interface_language() {
        let missing = std::fs::read("/nonexistent/jianbao").unwrap_err();
        with_lang(Lang::Zh, || {
            assert_eq!(os_error(&missing), "文件或文件夹不存在")
        });
        with_lang(Lang::En, || {
            assert_eq!(os_error(&missing), "no such file or folder")
        });
        let rare = std::io::Error::other("something odd");
        assert_eq!(os_error(&rare), "something odd");
    }

    #[test]
    fn lang_parse_accepts_common_spellings() {
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("fr"), None);
    }
}
