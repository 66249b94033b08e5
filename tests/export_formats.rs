//! The publishing formats, made from the real reference issue (when it is
//! beside the checkout), from the project's sample bulletin and from hostile
//! text: goldens read by eye once (tests/golden/shangjie-55.*,
//! tests/golden/bulletin-56.*; see tests/common/golden.rs for remaking
//! them), a Word package that reads back, HTML with nothing active in it.

mod common;

use std::io::Read;

use common::golden;
use jianbao::archive::Document;
use jianbao::export::{Encoding, Format, document_xml, render};
use jianbao::layout::Options;
use jianbao::model::{Date, Issue, Item};

fn bytes(issue: &Issue, format: Format) -> Vec<u8> {
    render(issue, format, Options::default(), Encoding::default()).unwrap()
}

/// Each format of `issue` against tests/golden/`stem`.*.
fn each_format_matches_its_golden(issue: &Issue, stem: &str) {
    let text = |f| String::from_utf8(bytes(issue, f)).unwrap();
    golden::matches(&format!("{stem}.html"), &text(Format::Html));
    golden::matches(&format!("{stem}.md"), &text(Format::Markdown));
    golden::matches(&format!("{stem}.json"), &text(Format::Json));
    golden::matches(&format!("{stem}.document.xml"), &document_xml(issue));
}

#[test]
fn each_format_of_the_reference_matches_its_golden() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    each_format_matches_its_golden(&issue, "shangjie-55");
}

#[test]
fn each_format_of_the_sample_matches_its_golden() {
    each_format_matches_its_golden(&common::sample(), "bulletin-56");
}

#[test]
fn the_sample_in_json_reads_back_as_the_same_issue() {
    let issue = common::sample();
    let json = String::from_utf8(bytes(&issue, Format::Json)).unwrap();
    match jianbao::archive::parse(&json).unwrap() {
        Document::Issue(back) => assert_eq!(*back, issue),
        Document::Archive(_) => panic!("one issue was written as an archive"),
    }
}

/// Every part of the package, by name.
fn parts(docx: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut entry = zip.by_index(i).unwrap();
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            (entry.name().unwrap().to_string(), text)
        })
        .collect()
}

fn well_formed(name: &str, xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Start(_)) => depth += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{name}: {e}"),
        }
    }
    assert_eq!(depth, 0, "{name}: unclosed elements");
}

/// Checks that the Word package of `issue` is the same each time and whole
/// (every part well formed, typed, and every relationship's target there),
/// and returns its paragraphs as read back.
fn complete_package_read_back(issue: &Issue) -> Vec<String> {
    let docx = bytes(issue, Format::Docx);
    assert_eq!(
        docx,
        bytes(issue, Format::Docx),
        "the same issue gives the same bytes"
    );
    let parts = parts(&docx);
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    let (_, types) = &parts[0];
    for (name, xml) in &parts {
        well_formed(name, xml);
        if name.ends_with(".xml") && name != "[Content_Types].xml" {
            assert!(
                types.contains(&format!("PartName=\"/{name}\"")),
                "{name} has no content type"
            );
        }
        // Every relationship points at a part that is there.
        if name.ends_with(".rels") {
            let base = name.trim_end_matches(".rels").replace("_rels/", "");
            let folder = base.rsplit_once('/').map_or("", |(f, _)| f);
            for target in xml.split("Target=\"").skip(1) {
                let target = target.split('"').next().unwrap();
                let full = if folder.is_empty() {
                    target.to_string()
                } else {
                    format!("{folder}/{target}")
                };
                assert!(
                    names.contains(&full.as_str()),
                    "{name} points at missing {full}"
                );
            }
        }
    }

    // The built-in template keeps a line for the 份号, the 密级 and the
    // 副刊名 when the issue has none, so that the 报头 keeps its height; the
    // number line is set on tabs (the 签发人 stands at its right).
    let read = jianbao::import::docx::read(&docx).unwrap();
    read.paragraphs
        .into_iter()
        .map(|p| p.text.trim_matches('\t').to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// The first article, run in, is bold up to the end of its headline.
fn run_in_headline_is_bold(issue: &Issue) {
    let bold_head = format!(
        "<w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">{}</w:t>",
        issue.articles[0].headline
    );
    assert!(
        document_xml(issue).contains(&bold_head),
        "the run-in headline is bold"
    );
}

#[test]
fn the_word_package_is_complete_and_reads_back() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    let texts = complete_package_read_back(&issue);
    assert_eq!(texts[0], "上街信息");
    assert_eq!(texts[1], "第55期");
    assert_eq!(texts[2], "中共上街区委办公室\t2023年8月14日");
    let first = &issue.articles[0];
    assert_eq!(
        texts[3],
        format!(
            "{}　{}{}",
            first.headline,
            first.body[0],
            first.attribution()
        )
    );
    run_in_headline_is_bold(&issue);
    let brief = &issue.briefs[1];
    assert!(texts.contains(&format!("△{}{}", brief.body[0], brief.attribution())));
    assert_eq!(texts[texts.len() - 3], "本期送：区县处级领导");
    assert_eq!(texts[texts.len() - 1], "责任编辑：郝　婕　　许亦是");
    assert_eq!(
        texts.len(),
        3 + issue.articles.len() + issue.briefs.len() + 3
    );
}

#[test]
fn the_sample_word_package_is_complete_and_reads_back() {
    let issue = common::sample();
    let texts = complete_package_read_back(&issue);
    assert_eq!(
        texts[..3],
        [
            "上街信息",
            "第56期（总第1083期）",
            "中共上街区委办公室\t2023年8月28日"
        ]
    );
    let first = &issue.articles[0];
    assert_eq!(
        texts[3],
        format!(
            "{}　{}{}",
            first.headline,
            first.body[0],
            first.attribution()
        )
    );
    run_in_headline_is_bold(&issue);
    // An article of two paragraphs has its headline on a paragraph of its own.
    let block = &issue.articles[1];
    assert_eq!(
        texts[4..7],
        [
            block.headline.clone(),
            block.body[0].clone(),
            format!("{}{}", block.body[1], block.attribution())
        ]
    );
    let brief = &issue.briefs[2];
    assert!(texts.contains(&format!("△{}{}", brief.body[0], brief.attribution())));
    assert_eq!(
        texts[texts.len() - 4..],
        [
            "报：市委办公厅",
            "送：区四大班子领导",
            "发：峡窝镇、各街道办事处、区直各单位",
            "责任编辑：王　伟　　李晓明\t（共印120份）"
        ]
    );
    let paragraphs: usize = issue
        .articles
        .iter()
        .map(|a| match a.body.len() {
            1 => 1,
            n => 1 + n,
        })
        .sum();
    assert_eq!(texts.len(), 3 + paragraphs + issue.briefs.len() + 4);
}

/// A4, margins 37/35/28/26 mm, an exact 28-pt line.
fn word_page_is_the_official_one(issue: &Issue) {
    let xml = document_xml(issue);
    assert!(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    assert!(xml.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\""));
    let docx = bytes(issue, Format::Docx);
    let styles = parts(&docx)
        .into_iter()
        .find(|(n, _)| n == "word/styles.xml")
        .unwrap()
        .1;
    assert!(styles.contains("w:eastAsia=\"仿宋_GB2312\""));
    assert!(styles.contains("<w:sz w:val=\"32\"/>"), "三号 body");
    assert!(styles.contains("w:line=\"560\" w:lineRule=\"exact\""));
    assert!(styles.contains("w:eastAsia=\"方正小标宋简体\"/><w:color w:val=\"E60012\"/>"));
}

#[test]
fn the_word_page_is_the_official_one() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    word_page_is_the_official_one(&issue);
}

#[test]
fn the_sample_word_page_is_the_official_one() {
    word_page_is_the_official_one(&common::sample());
}

fn hostile() -> Issue {
    let day = Date::constant(2024, 3, 1);
    let mut issue = Issue::new("上街<信息>", 2024, 3);
    issue.publisher = "办公室\u{1b}]0;owned\u{7}".into();
    let mut item = Item::new(
        "<script>alert(1)</script>标题",
        vec!["正文<img src=x onerror=alert(1)>\u{1b}[31m红\u{202e}反\u{0}空 & \"引\" *粗* [链](http://x) #号".into()],
        day,
    );
    item.sources = vec!["区<b>法院".into()];
    issue.articles.push(item);
    issue
}

/// The tags of an HTML page, by name.
fn tags(html: &str) -> Vec<String> {
    html.split('<')
        .skip(1)
        .map(|t| {
            t.trim_start_matches('/')
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap()
                .to_ascii_lowercase()
        })
        .collect()
}

#[test]
fn html_holds_only_its_own_markup_and_fetches_nothing() {
    let html = String::from_utf8(bytes(&hostile(), Format::Html)).unwrap();
    let allowed = [
        "!doctype", "html", "head", "meta", "title", "style", "body", "header", "main", "footer",
        "h1", "h2", "p", "div", "span",
    ];
    for tag in tags(&html) {
        assert!(
            allowed.contains(&tag.as_str()),
            "unexpected <{tag}> in\n{html}"
        );
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;标题"));
    assert!(html.contains("正文&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!html.contains("http://x\""), "no link is made");
    assert!(!html.contains('\u{1b}') && !html.contains('\u{202e}') && !html.contains('\0'));
    assert!(
        html.contains("content=\"default-src 'none'"),
        "a policy forbids fetching"
    );
}

#[test]
fn word_holds_hostile_text_as_text() {
    let docx = bytes(&hostile(), Format::Docx);
    for (name, xml) in parts(&docx) {
        well_formed(&name, &xml);
        assert!(!xml.contains('\u{1b}') && !xml.contains('\0'), "{name}");
    }
    let read = jianbao::import::docx::read(&docx).unwrap();
    assert!(
        read.paragraphs
            .iter()
            .any(|p| p.text.starts_with("<script>alert(1)</script>标题"))
    );
}

#[test]
fn markdown_keeps_submitted_text_from_becoming_markup() {
    let md = String::from_utf8(bytes(&hostile(), Format::Markdown)).unwrap();
    assert!(md.contains("**\\<script>alert(1)\\</script>标题**"), "{md}");
    assert!(md.contains("正文\\<img src=x onerror=alert(1)>"), "{md}");
    assert!(md.contains("\\*粗\\* \\[链\\](http://x) #号"), "{md}");
    assert!(!md.contains('\u{1b}'));
}

fn text_for_windows_is_gb18030_with_crlf_for(issue: &Issue) {
    let utf8 = String::from_utf8(bytes(issue, Format::Text)).unwrap();
    let windows = render(
        issue,
        Format::Text,
        Options::default(),
        Encoding::parse("gb18030", true).unwrap(),
    )
    .unwrap();
    let (back, _, bad) = encoding_rs::GB18030.decode(&windows);
    assert!(!bad);
    assert_eq!(back, utf8.replace('\n', "\r\n"));
    assert!(
        !windows.windows(2).any(|w| w[1] == b'\n' && w[0] != b'\r'),
        "no bare LF"
    );
    // 上 is C9 CF in GB2312, which Notepad reads.
    assert!(windows.windows(2).any(|w| w == [0xC9, 0xCF]));
}

#[test]
fn text_for_windows_is_gb18030_with_crlf() {
    let Some(issue) = common::reference::issue() else {
        return;
    };
    text_for_windows_is_gb18030_with_crlf_for(&issue);
}

#[test]
fn the_sample_text_for_windows_is_gb18030_with_crlf() {
    text_for_windows_is_gb18030_with_crlf_for(&common::sample());
}

use common::Env;

/// The newest item waiting in the queue.
fn first_new(env: &Env) -> String {
    let list = env.ok(&["list", "--status", "new", "--json"]);
    let list: serde_json::Value = serde_json::from_str(&list).unwrap();
    list[0]["id"].as_i64().unwrap().to_string()
}

#[test]
fn json_restores_an_issue_and_a_whole_store_exactly() {
    let env = Env::new();
    env.ok(&["demo"]);
    // Items still in the queue, one rejected with a reason.
    env.write(
        "来稿.txt",
        "区法院开展普法宣传\n近日，区法院开展普法宣传活动。（区法院）\n",
    );
    env.ok(&["import", "来稿.txt"]);
    let id = first_new(&env);
    env.ok(&["reject", &id, "--reason", "重复报送"]);

    let issue_json = env.ok(&["export", "56", "--format", "json"]);
    let text = env.ok(&["export", "56", "--width", "28"]);
    let all = env.ok(&["export", "--all", "--format", "json", "-o", "all.json"]);
    assert!(all.contains("all.json"));
    env.write("56.json", &issue_json);

    // One issue into an empty store: the same JSON, the same text.
    let restored = env.run(&["--db", "one.db", "import", "--json", "56.json"]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let again = env.run(&["--db", "one.db", "export", "56", "--format", "json"]);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), issue_json);
    let again = env.run(&["--db", "one.db", "export", "56", "--width", "28"]);
    assert_eq!(String::from_utf8(again.stdout).unwrap(), text);

    // The whole store into an empty one: the same archive.
    let restored = env.run(&["--db", "all.db", "import", "--json", "all.json"]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let back = env.run(&["--db", "all.db", "export", "--all", "--format", "json"]);
    let original = std::fs::read_to_string(env.path("all.json")).unwrap();
    assert_eq!(String::from_utf8(back.stdout).unwrap(), original);
    assert!(original.contains("\"reject_reason\": \"重复报送\""));
    assert!(original.contains("\"origins\"") && original.contains("来稿.txt\""));

    // Into a store that has the issue already: refused whole, nothing added.
    let before = env.ok(&["list", "--limit", "500", "--json"]);
    let err = env.fails(&["import", "--json", "all.json"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("all.json") && err.contains("56"), "{err}");
    assert_eq!(env.ok(&["list", "--limit", "500", "--json"]), before);
}

#[test]
fn json_it_cannot_read_is_refused_with_one_line() {
    let env = Env::new();
    env.write(
        "newer.json",
        r#"{"format": "jianbao-archive", "version": 9, "units": [], "issues": [], "items": []}"#,
    );
    env.write("other.json", r#"{"name": "not ours"}"#);
    env.write(
        "cut.json",
        r#"{"format": "jianbao-issue", "version": 1, "issue": {"series": "#,
    );
    for (file, says) in [
        ("newer.json", "9"),
        ("other.json", "jianbao-issue"),
        ("cut.json", "line 1"),
    ] {
        let err = env.fails(&["import", "--json", file], 1);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(file) && err.contains(says), "{err}");
    }
    assert!(
        env.ok(&["export", "--all", "--format", "json"])
            .contains("\"issues\": []")
    );
}

#[test]
fn export_options_that_do_not_fit_are_refused() {
    let env = Env::new();
    env.ok(&["demo"]);
    let err = env.fails(
        &["export", "56", "--format", "html", "--encoding", "gbk"],
        1,
    );
    assert!(err.contains("text") && err.contains("markdown"), "{err}");
    let err = env.fails(&["export", "--all"], 1);
    assert!(err.contains("json"), "{err}");
    let err = env.fails(&["export", "56", "--format", "pdf"], 1);
    assert!(err.contains("docx"), "{err}");
    let err = env.fails(&["export", "56", "--encoding", "big5"], 1);
    assert!(err.contains("gb18030"), "{err}");
    // GBK lacks this character; the file is not written.
    env.write(
        "来稿.txt",
        "新闻标题\n区里举办活动，群众点赞👍。（区法院）\n",
    );
    env.ok(&["import", "来稿.txt"]);
    let id = first_new(&env);
    env.ok(&["accept", &id]);
    env.ok(&["issue", "new", "--number", "57"]);
    env.ok(&["issue", "add", "57", &id]);
    let err = env.fails(&["export", "57", "--encoding", "gbk", "-o", "57.txt"], 1);
    assert!(err.contains("👍") && err.contains("gb18030"), "{err}");
    assert!(!env.path("57.txt").exists());
    let ok = env.run(&[
        "--db",
        "store.db",
        "export",
        "57",
        "--encoding",
        "gb18030",
        "--crlf",
    ]);
    let (text, _, bad) = encoding_rs::GB18030.decode(&ok.stdout);
    assert!(
        !bad && text.contains("群众点赞👍。（区法院）\r\n"),
        "{text}"
    );
}

/// `template -o` writes the built-in template; `export --template` fills it
/// (or an office's own) and refuses, naming the file and writing nothing,
/// what is not a Word document or has no {{正文}}.
#[test]
fn templates_from_the_command_line() {
    let env = Env::new();
    env.ok(&["demo"]);
    env.ok(&["template", "-o", "红头.docx"]);
    let template = std::fs::read(env.path("红头.docx")).unwrap();
    let doc = parts(&template)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    assert!(doc.contains("{{正文}}") && doc.contains("{{报尾}}") && doc.contains("{{刊名}}"));
    env.ok(&[
        "export",
        "56",
        "--format",
        "docx",
        "--template",
        "红头.docx",
        "-o",
        "56.docx",
    ]);
    let filled = std::fs::read(env.path("56.docx")).unwrap();
    let doc = parts(&filled)
        .into_iter()
        .find(|(n, _)| n == "word/document.xml")
        .unwrap()
        .1;
    assert!(!doc.contains("{{") && doc.contains("上街信息") && doc.contains("（共印120份）"));

    env.write("not-word.docx", "这不是 Word 文档");
    let err = env.fails(
        &[
            "export",
            "56",
            "--format",
            "docx",
            "--template",
            "not-word.docx",
            "-o",
            "x.docx",
        ],
        1,
    );
    assert!(
        err.contains("not-word.docx") && err.lines().count() == 1,
        "{err}"
    );
    assert!(!env.path("x.docx").exists());
    let err = env.fails(
        &[
            "export",
            "56",
            "--format",
            "html",
            "--template",
            "红头.docx",
            "-o",
            "x.html",
        ],
        1,
    );
    assert!(err.contains("docx"), "{err}");
    assert!(!env.path("x.html").exists());
}
