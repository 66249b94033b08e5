//! Writing a finished issue out. Rendering is pure; [`write_atomic`] is the
//! one place that writes an export file.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::bulletin::{HeadlineStyle, compose};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};
use crate::layout::{Options, lay_out, to_text};
use crate::model::Issue;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &["text"];

    pub fn parse(name: &str) -> Result<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(Format::Text),
            other => Err(Error::Invalid(tf(
                Key::ErrUnknownFormat,
                &[&other, &Format::NAMES.join(", ")],
            ))),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
        }
    }
}

/// The issue as text: one paragraph per line when `opts.width` is 0, else
/// set at that many 字 a line.
pub fn text(issue: &Issue, opts: Options) -> String {
    to_text(&lay_out(&compose(issue, HeadlineStyle::Auto), opts))
}

pub fn render(issue: &Issue, format: Format, opts: Options) -> Vec<u8> {
    match format {
        Format::Text => text(issue, opts).into_bytes(),
    }
}

/// Where an export goes by default: 上街信息-2023-第56期.txt in `dir`.
pub fn default_path(issue: &Issue, format: Format, dir: &Path) -> PathBuf {
    dir.join(format!("{}.{}", issue.file_stem(), format.extension()))
}

/// Writes `bytes` to `path` through a temporary file in the same folder, so
/// that a failure never leaves a half-written file behind.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}
