//! The HTML export printed by a real browser (Debian's chromium, which
//! `.ci/run` installs): for the reference issue (when it is beside the
//! checkout) and the project's sample bulletin, A4 pages about as many as
//! our own 28-字, 22-line layout makes and every headline in the PDF's text,
//! the 报尾 the last text of the last page, in rank order, at its foot; and
//! a hostile page whose parsed DOM holds no element the submission smuggled
//! in.
//!
//! Ignored by plain `cargo test` (it needs chromium and poppler-utils);
//! `.ci/run` runs it with `cargo test --test html_browser -- --ignored`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::pdf::tool;
use jianbao::export::{Encoding, Format, render, text};
use jianbao::layout::Options;
use jianbao::model::{Date, Issue, Item};

fn html_file(dir: &Path, name: &str, issue: &Issue) -> PathBuf {
    let path = dir.join(name);
    let html = render(issue, Format::Html, Options::default(), Encoding::default()).unwrap();
    std::fs::write(&path, html).unwrap();
    path
}

fn chromium(args: &[&str]) -> std::process::Output {
    let out = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
        ])
        .args(args)
        .output()
        .expect("chromium is not installed (.ci/run installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Pages of our own layout at 28 字 and 22 lines, counted by their folios.
fn our_pages(issue: &Issue) -> usize {
    let set = text(
        issue,
        Options {
            width: 28,
            page_lines: 22,
            ..Options::default()
        },
    );
    set.lines()
        .filter(|l| {
            let l = l.trim();
            l.starts_with("— ") && l.ends_with(" —")
        })
        .count()
}

fn prints_on_a4_with_every_headline(issue: &Issue) {
    let dir = tempfile::tempdir().unwrap();
    let page = html_file(dir.path(), "issue.html", issue);
    let pdf = dir.path().join("issue.pdf");
    chromium(&[
        &format!("--print-to-pdf={}", pdf.display()),
        page.to_str().unwrap(),
    ]);
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(info.contains("(A4)"), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    let ours = our_pages(issue);
    assert!(
        pages.abs_diff(ours) <= 1,
        "browser {pages} pages, our layout {ours}"
    );

    let printed: String = tool("pdftotext", &[pdf.to_str().unwrap(), "-"])
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for item in &issue.articles {
        assert!(
            printed.contains(&item.headline),
            "{} is not in the PDF",
            item.headline
        );
    }
    assert!(printed.contains("上街信息") && printed.contains("责任编辑"));
    assert!(printed.contains("—1—"), "the folio is printed");
}

#[test]
#[ignore = "needs chromium and poppler-utils; run by .ci/run"]
fn the_printed_footer_stands_at_the_foot_of_the_last_page() {
    // The sample with its 报尾 typed out of rank.
    let mut issue = common::sample();
    issue.footer = vec![
        jianbao::model::FooterLine::new("发", "峡窝镇、各街道办事处、区直各单位"),
        jianbao::model::FooterLine::new("送", "区四大班子领导"),
        jianbao::model::FooterLine::new("报", "市委办公厅"),
    ];
    let dir = tempfile::tempdir().unwrap();
    let page = html_file(dir.path(), "issue.html", &issue);
    let pdf = dir.path().join("issue.pdf");
    chromium(&[
        &format!("--print-to-pdf={}", pdf.display()),
        page.to_str().unwrap(),
    ]);
    common::pdf::footer_at_the_foot(&pdf, &["报", "送", "发", "责任编辑"], "（共印120份）");
    // A short issue: one page, the 报尾 still at its foot.
    issue.articles.truncate(1);
    issue.articles[0].body = vec!["一是宣传教育到位。二是隐患排查到位。".into()];
    issue.briefs.clear();
    let page = html_file(dir.path(), "short.html", &issue);
    let pdf = dir.path().join("short.pdf");
    chromium(&[
        &format!("--print-to-pdf={}", pdf.display()),
        page.to_str().unwrap(),
    ]);
    assert_eq!(common::pdf::pages(&pdf), 1);
    common::pdf::footer_at_the_foot(&pdf, &["报", "送", "发", "责任编辑"], "（共印120份）");
}

#[test]
#[ignore = "needs chromium and poppler-utils; run by .ci/run"]
fn the_printed_page_is_a4_with_every_headline() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    prints_on_a4_with_every_headline(&issue);
}

#[test]
#[ignore = "needs chromium and poppler-utils; run by .ci/run"]
fn the_printed_sample_is_a4_with_every_headline() {
    prints_on_a4_with_every_headline(&common::sample());
}

#[test]
#[ignore = "needs chromium; run by .ci/run"]
fn a_hostile_submission_adds_no_element_to_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let mut issue = Issue::new("上街信息", 2024, 1);
    let mut item = Item::new(
        "<script>document.title='x'</script>标题",
        vec!["<img src=x onerror=alert(1)><iframe src=\"http://example.com\"></iframe>正文\u{1b}]0;t\u{7}".into()],
        Date::constant(2024, 1, 2),
    );
    item.sources = vec!["</p><a href=x>单位".into()];
    issue.articles.push(item);
    let page = html_file(dir.path(), "bad.html", &issue);
    let dom = String::from_utf8(chromium(&["--dump-dom", page.to_str().unwrap()]).stdout).unwrap();
    for element in ["<script", "<img", "<iframe", "<a "] {
        assert!(!dom.contains(element), "{element} in the DOM:\n{dom}");
    }
    assert!(
        dom.contains("&lt;script&gt;document.title='x'&lt;/script&gt;标题"),
        "{dom}"
    );
}
