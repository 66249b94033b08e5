//! Reading a printed PDF back with poppler-utils (`pdfinfo`, `pdftotext`):
//! what the browser and LibreOffice tests check the 报尾's place with.

use std::path::Path;
use std::process::Command;

pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name}: {e} (poppler-utils is installed by .ci/run)"));
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

pub fn pages(pdf: &Path) -> usize {
    tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

/// A line of a page as `pdftotext -bbox` gives its words: the text (no
/// spaces) and the bottom of its lowest word, in points from the top.
pub struct Line {
    pub text: String,
    pub bottom: f32,
}

fn attr(tag: &str, name: &str) -> f32 {
    tag.split(&format!("{name}=\""))
        .nth(1)
        .and_then(|v| v.split('"').next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{name} in {tag}"))
}

/// The last page's number, its height and its lines, top to bottom: words
/// whose tops are within 3 pt are one line.
pub fn last_page(pdf: &Path) -> (usize, f32, Vec<Line>) {
    let pages = pages(pdf);
    let n = pages.to_string();
    let xml = tool(
        "pdftotext",
        &["-bbox", "-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"],
    );
    let page = xml.split("<page ").nth(1).expect("a page");
    let height = attr(page.split('>').next().unwrap(), "height");
    let mut words: Vec<(f32, f32, String)> = page
        .split("<word ")
        .skip(1)
        .map(|w| {
            let (tag, rest) = w.split_once('>').unwrap();
            let text = rest.split("</word>").next().unwrap().to_string();
            (attr(tag, "yMin"), attr(tag, "yMax"), text)
        })
        .collect();
    words.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut lines: Vec<(f32, Line)> = Vec::new();
    for (top, bottom, text) in words {
        match lines.last_mut() {
            Some((t, line)) if (top - *t).abs() < 3.0 => {
                line.text.push_str(&text);
                line.bottom = line.bottom.max(bottom);
            }
            _ => lines.push((top, Line { text, bottom })),
        }
    }
    (pages, height, lines.into_iter().map(|(_, l)| l).collect())
}

/// On the last page the 报尾 ends the text, followed only by the page
/// number: its lines' labels are `labels` in that order, the last ends
/// with `print_run`, and it ends in the bottom part of the page, above the
/// 35-mm margin.
pub fn footer_at_the_foot(pdf: &Path, labels: &[&str], print_run: &str) {
    let (pages, height, lines) = last_page(pdf);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let folio = lines.last().expect("a line");
    assert!(
        folio.text.contains(&pages.to_string()) && folio.text.chars().count() <= 7,
        "the page number is the last line: {texts:?}"
    );
    assert!(lines.len() > labels.len(), "{texts:?}");
    let footer = &lines[lines.len() - 1 - labels.len()..lines.len() - 1];
    let got: Vec<&str> = footer
        .iter()
        .map(|l| l.text.split('：').next().unwrap_or(""))
        .collect();
    assert_eq!(
        got, labels,
        "the 报尾 ends the page in rank order: {texts:?}"
    );
    let last = footer.last().unwrap();
    assert!(last.text.ends_with(print_run), "共印 at the end: {texts:?}");
    // The text block ends 35 mm (99 pt) above the page's foot; the 报尾's
    // last line sits near it, in the page's bottom fifth.
    assert!(
        last.bottom > height * 0.8 && last.bottom < height - 95.0,
        "the 报尾 ends at {} pt of {height}: {texts:?}",
        last.bottom
    );
}
