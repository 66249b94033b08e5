//! The corpus of forms under tests/forms: every bulletin and submission is
//! read, and what was read is compared with the reading a person wrote down
//! beside it (see tests/forms/README.md). A bulletin must also print back
//! to its own text, white space aside.

use std::io::Write;
use std::path::{Path, PathBuf};

use jianbao::import::{Options, read_submission};
use jianbao::model::{Date, Item, UnitList};
use serde_json::Value;

fn forms() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/forms")
}

fn units() -> UnitList {
    toml::from_str(&std::fs::read_to_string(forms().join("units.toml")).unwrap()).unwrap()
}

/// Strings are compared with white space removed.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}

fn text_of(v: &Value) -> String {
    squeeze(v.as_str().unwrap_or(""))
}

fn expected(path: &Path) -> Value {
    let json = path.with_extension("json");
    let json = if path.extension().is_some_and(|e| e == "d") {
        // NN-name.docx.d → NN-name.json
        let name = path.file_name().unwrap().to_string_lossy();
        path.with_file_name(format!("{}.json", name.trim_end_matches(".docx.d")))
    } else {
        json
    };
    serde_json::from_str(&std::fs::read_to_string(&json).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", json.display()))
}

fn body_starts(body: &[String]) -> Vec<String> {
    body.iter()
        .map(|p| squeeze(p).chars().take(8).collect())
        .collect()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(text_of).collect())
        .unwrap_or_default()
}

fn files(dir: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(forms().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_none_or(|e| e != "json"))
        .collect();
    out.sort();
    out
}

/// What differs between the reading and the expectation, one line each.
fn compare_item(at: &str, item: &Item, want: &Value, problems: &mut Vec<String>) {
    let mut check = |what: &str, got: String, want: String| {
        if got != want {
            problems.push(format!("{at}: {what}: got {got:?}, want {want:?}"));
        }
    };
    check(
        "kind",
        item.kind.as_str().to_string(),
        want["kind"].as_str().unwrap_or("article").to_string(),
    );
    check(
        "headline",
        squeeze(&item.headline),
        text_of(&want["headline"]),
    );
    check(
        "body_starts",
        format!("{:?}", body_starts(&item.body)),
        format!("{:?}", strings(&want["body_starts"])),
    );
    check(
        "sources",
        format!(
            "{:?}",
            item.sources.iter().map(|s| squeeze(s)).collect::<Vec<_>>()
        ),
        format!("{:?}", strings(&want["sources"])),
    );
    if want.get("column").is_some() || !item.column.is_empty() {
        check("column", squeeze(&item.column), text_of(&want["column"]));
    }
    if want.get("editor_note").is_some() || !item.editor_note.is_empty() {
        check(
            "editor_note",
            squeeze(&item.editor_note),
            text_of(&want["editor_note"]),
        );
    }
}

/// The source text as jianbao prints it back: no white space, no page
/// numbers, 共印 without its brackets.
fn printable_form(text: &str) -> String {
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !jianbao::bulletin::is_page_number(l))
        .collect();
    squeeze(&kept.join("\n"))
        .replace("（共印", "共印")
        .replace("份）", "份")
}

#[test]
fn every_bulletin_reads_as_a_person_reads_it() {
    let mut problems = Vec::new();
    let mut count = 0;
    for path in files("bulletins") {
        count += 1;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let want = expected(&path);
        let text = std::fs::read_to_string(&path).unwrap();
        let reading = match jianbao::bulletin::read(&text) {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("{name}: not read: {e}"));
                continue;
            }
        };
        let issue = &reading.issue;
        let mut check = |what: &str, got: String, want: String| {
            if got != want {
                problems.push(format!("{name}: {what}: got {got:?}, want {want:?}"));
            }
        };
        check("series", squeeze(&issue.series), text_of(&want["series"]));
        check("year", issue.year.to_string(), want["year"].to_string());
        check(
            "number",
            issue.number.to_string(),
            want["number"].to_string(),
        );
        check(
            "total_number",
            issue.total_number.map_or("null".into(), |n| n.to_string()),
            want["total_number"].to_string(),
        );
        check(
            "supplement",
            issue.supplement.to_string(),
            want["supplement"].to_string(),
        );
        check(
            "date",
            issue.date.map(|d| d.to_string()).unwrap_or_default(),
            want["date"].as_str().unwrap_or("").to_string(),
        );
        check(
            "publisher",
            squeeze(&issue.publisher),
            text_of(&want["publisher"]),
        );
        check(
            "marking",
            squeeze(&issue.marking),
            text_of(&want["marking"]),
        );
        check(
            "editor_note",
            squeeze(&issue.editor_note),
            text_of(&want["editor_note"]),
        );
        let footer: Vec<String> = issue
            .footer
            .iter()
            .map(|f| format!("{}：{}", squeeze(&f.label), squeeze(&f.text)))
            .collect();
        let want_footer: Vec<String> = want["footer"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|f| format!("{}：{}", text_of(&f["label"]), text_of(&f["text"])))
                    .collect()
            })
            .unwrap_or_default();
        check("footer", format!("{footer:?}"), format!("{want_footer:?}"));
        check(
            "editors",
            format!("{:?}", issue.editors),
            format!("{:?}", strings(&want["editors"])),
        );
        check(
            "print_run",
            issue.print_run.map_or("null".into(), |n| n.to_string()),
            want["print_run"].to_string(),
        );
        let items: Vec<&Item> = issue.items().collect();
        let want_items = want["items"].as_array().cloned().unwrap_or_default();
        if items.len() != want_items.len() {
            problems.push(format!(
                "{name}: {} items read, {} expected: {:?}",
                items.len(),
                want_items.len(),
                items
                    .iter()
                    .map(|i| i.headline.as_str())
                    .collect::<Vec<_>>()
            ));
        }
        for (i, (item, w)) in items.iter().zip(&want_items).enumerate() {
            compare_item(&format!("{name} item {}", i + 1), item, w, &mut problems);
        }
        // Printed back, it says what it said, in the house style: the
        // few forms jianbao prints its own way are listed in the json.
        {
            let printed = jianbao::export::text(issue, jianbao::layout::Options::default());
            let mut source = printable_form(&text);
            for pair in want["house_style"].as_array().into_iter().flatten() {
                source = source.replace(&text_of(&pair[0]), &text_of(&pair[1]));
            }
            let mut got = squeeze(&printed);
            // 共印 is printed in the print settings' form, （共印120份）.
            if let Some(n) = issue.print_run {
                got = got.replace(&format!("（共印{n}份）"), &format!("共印{n}份"));
            }
            if got != source {
                let at = got
                    .chars()
                    .zip(source.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                let near = |s: &str| {
                    s.chars()
                        .skip(at.saturating_sub(10))
                        .take(30)
                        .collect::<String>()
                };
                problems.push(format!(
                    "{name}: prints back differently near {:?} (source {:?})",
                    near(&got),
                    near(&source)
                ));
            }
        }
        // And what it prints reads the same again.
        let again = jianbao::bulletin::parse(&jianbao::export::text(
            issue,
            jianbao::layout::Options::default(),
        ));
        match again {
            Ok(mut back) => {
                let mut first = issue.clone();
                for i in first
                    .articles
                    .iter_mut()
                    .chain(first.briefs.iter_mut())
                    .chain(back.articles.iter_mut())
                    .chain(back.briefs.iter_mut())
                {
                    i.original.clear();
                }
                if back != first {
                    problems.push(format!("{name}: its printed form reads differently"));
                }
            }
            Err(e) => problems.push(format!("{name}: its printed form does not read: {e}")),
        }
    }
    assert!(count >= 12, "only {count} bulletins");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// A Word package written out as a folder, zipped into a .docx.
fn zip_folder(dir: &Path, to: &Path) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(to).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                zip.start_file(name, opts).unwrap();
                zip.write_all(&std::fs::read(&p).unwrap()).unwrap();
            }
        }
    }
    zip.finish().unwrap();
}

#[test]
fn every_submission_reads_as_a_person_reads_it() {
    let units = units();
    let tmp = tempfile::tempdir().unwrap();
    let today = Date::constant(2000, 1, 1);
    let opts = Options {
        encoding: None,
        today,
    };
    let mut problems = Vec::new();
    let mut count = 0;
    for path in files("submissions") {
        count += 1;
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let want = expected(&path);
        let file = if name.ends_with(".docx.d") {
            let to = tmp.path().join(name.trim_end_matches(".d"));
            zip_folder(&path, &to);
            to
        } else {
            path.clone()
        };
        let item = match read_submission(&file, &opts, &units) {
            Ok((item, _)) => item,
            Err(e) => {
                problems.push(format!("{name}: not read: {e}"));
                continue;
            }
        };
        compare_item(&name, &item, &want, &mut problems);
        let mut check = |what: &str, got: String, want: String| {
            if got != want {
                problems.push(format!("{name}: {what}: got {got:?}, want {want:?}"));
            }
        };
        check(
            "source_inferred",
            item.source_inferred.to_string(),
            want["source_inferred"]
                .as_bool()
                .unwrap_or(false)
                .to_string(),
        );
        check(
            "received",
            item.received.to_string(),
            want["received"]
                .as_str()
                .map_or(today.to_string(), str::to_string),
        );
        let got: Value = serde_json::to_value(&item.contributors).unwrap();
        let want_c = want
            .get("contributors")
            .cloned()
            .unwrap_or(Value::Object(Default::default()));
        let norm = |v: &Value| -> Vec<(String, String)> {
            let mut pairs: Vec<(String, String)> = v
                .as_object()
                .map(|o| o.iter().map(|(k, v)| (k.clone(), text_of(v))).collect())
                .unwrap_or_default();
            pairs.sort();
            pairs
        };
        check(
            "contributors",
            format!("{:?}", norm(&got)),
            format!("{:?}", norm(&want_c)),
        );
        let printed = format!("{}{}", item.headline, item.body.join(""));
        for word in strings(&want["body_excludes"]) {
            if squeeze(&printed).contains(&word) {
                problems.push(format!("{name}: {word:?} would be printed"));
            }
        }
    }
    assert!(count >= 20, "only {count} submissions");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}
