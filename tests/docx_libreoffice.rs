//! The Word export converted to PDF by LibreOffice (Debian's
//! libreoffice-writer-nogui, which `.ci/run` installs), for the project's
//! sample bulletin with its 报尾 entered out of rank: with the built-in
//! template and with a second office's template
//! (tests/fixtures/templates/second.docx: other faces, a 内部资料 mark, an
//! upper-third 报头, placeholders split over runs). On the last page the
//! 报尾 is the last text but the page number, in rank order (报 before 送
//! before 发, then 责任编辑 and 共印), in the bottom part of the page; and
//! the faces are serif.
//!
//! LibreOffice reads neither the fallbacks a .docx names (`w:altName`) nor
//! its families: a face that is not installed is what fontconfig gives for
//! its name. The test runs LibreOffice with
//! data/fontconfig/60-jianbao-cjk-serif.conf, as docs/formats.md tells a
//! Linux machine without the faces to.
//!
//! Ignored by plain `cargo test`; `.ci/run` runs it with
//! `cargo test --test docx_libreoffice -- --ignored`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::pdf::{footer_at_the_foot, tool};
use jianbao::export::{Encoding, Format, Print, Template, render_with};
use jianbao::layout::Options;
use jianbao::model::{FooterLine, Issue};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample with its 报尾 typed in the wrong order: 发, 送, 报.
fn sample() -> Issue {
    let mut issue = common::sample();
    issue.footer = vec![
        FooterLine::new("发", "峡窝镇、各街道办事处、区直各单位"),
        FooterLine::new("送", "区四大班子领导"),
        FooterLine::new("报", "市委办公厅"),
    ];
    issue
}

/// `docx` converted to PDF by LibreOffice in `dir`, with its own profile
/// (so that runs do not meet) and the serif fallbacks for fontconfig.
fn to_pdf(dir: &Path, name: &str, docx: &[u8]) -> PathBuf {
    let path = dir.join(format!("{name}.docx"));
    std::fs::write(&path, docx).unwrap();
    let conf = dir.join("fonts.conf");
    std::fs::write(
        &conf,
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n<include>{}</include>\n<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n</fontconfig>\n",
            manifest()
                .join("data/fontconfig/60-jianbao-cjk-serif.conf")
                .display()
        ),
    )
    .unwrap();
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.display());
    let out = Command::new("soffice")
        .env("FONTCONFIG_FILE", &conf)
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            dir.to_str().unwrap(),
            path.to_str().unwrap(),
        ])
        .output()
        .expect("LibreOffice is not installed (.ci/run installs libreoffice-writer-nogui)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = dir.join(format!("{name}.pdf"));
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    pdf
}

/// Every face in the PDF is a serif but for the 黑体 a template asks for.
fn faces_are_serif(pdf: &Path, sans_allowed: bool) {
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let cjk: Vec<&str> = fonts.lines().filter(|l| l.contains("CJK")).collect();
    assert!(!cjk.is_empty(), "{fonts}");
    assert!(
        cjk.iter().any(|l| l.contains("Serif")),
        "a serif CJK face: {fonts}"
    );
    if !sans_allowed {
        assert!(!fonts.contains("Sans"), "no sans face: {fonts}");
    }
}

#[test]
#[ignore = "needs LibreOffice and poppler-utils; run by .ci/run"]
fn the_built_in_template_prints_the_footer_at_the_foot_of_the_last_page() {
    let dir = tempfile::tempdir().unwrap();
    let docx = render_with(
        &sample(),
        Format::Docx,
        Options::default(),
        Encoding::default(),
        &Print::default(),
    )
    .unwrap();
    let pdf = to_pdf(dir.path(), "built-in", &docx);
    footer_at_the_foot(&pdf, &["报", "送", "发", "责任编辑"], "（共印120份）");
    faces_are_serif(&pdf, false);
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(info.contains("(A4)"), "{info}");
}

#[test]
#[ignore = "needs LibreOffice and poppler-utils; run by .ci/run"]
fn a_second_office_template_prints_the_footer_at_the_foot_of_the_last_page() {
    let dir = tempfile::tempdir().unwrap();
    let path = manifest().join("tests/fixtures/templates/second.docx");
    let print = Print {
        template: Some(Template {
            bytes: std::fs::read(&path).unwrap(),
            name: path,
        }),
        ..Print::default()
    };
    let mut issue = sample();
    issue.release.copy_no = "7".into();
    let docx = render_with(
        &issue,
        Format::Docx,
        Options::default(),
        Encoding::default(),
        &print,
    )
    .unwrap();
    let pdf = to_pdf(dir.path(), "second", &docx);
    footer_at_the_foot(&pdf, &["报", "送", "发", "责任编辑"], "（共印120份）");
    // Its 内部资料 is in 黑体, a sans by intent.
    faces_are_serif(&pdf, true);
    let first = tool(
        "pdftotext",
        &["-layout", "-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
    );
    let head: Vec<&str> = first.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(
        head.iter()
            .any(|l| l.contains("内部资料") && l.contains("000007")),
        "the mark and the 份号 on one line: {head:?}"
    );
    assert!(
        first.contains("上街信息") && !first.contains("{{"),
        "{first}"
    );
}
