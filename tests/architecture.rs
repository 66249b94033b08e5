//! The picture of the code in docs/architecture.md is checked against the
//! code: the modules table there is this test's data. Every `crate::…` path
//! a module names must be one its row allows, the allowed graph must have
//! no cycle, and the files inside each module must not import each other in
//! a circle.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const DOC: &str = "docs/architecture.md";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The modules table: each row's first cell names the module, its last cell
/// lists (in backticks) the modules it may use, or "—".
fn allowed() -> BTreeMap<String, BTreeSet<String>> {
    let doc = fs::read_to_string(root().join(DOC)).expect("docs/architecture.md is readable");
    let mut table = BTreeMap::new();
    let mut in_table = false;
    for line in doc.lines() {
        if line.starts_with("| module |") && line.trim_end().ends_with("| uses |") {
            in_table = true;
            continue;
        }
        if !in_table || line.starts_with("| ---") {
            continue;
        }
        if !line.starts_with('|') {
            if !table.is_empty() {
                break;
            }
            continue;
        }
        let cells: Vec<&str> = line.trim().trim_matches('|').split('|').collect();
        let (Some(first), Some(last)) = (cells.first(), cells.last()) else {
            continue;
        };
        let name = backticked(first)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("{DOC}: a row without a module name: {line}"));
        table.insert(name, backticked(last).into_iter().collect());
    }
    assert!(
        !table.is_empty(),
        "{DOC} has no table headed `| module | … | uses |`"
    );
    table
}

fn backticked(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(|s| s.split_whitespace().next().unwrap_or("").to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn top_modules() -> BTreeSet<String> {
    let lib = fs::read_to_string(root().join("src/lib.rs")).expect("src/lib.rs");
    lib.lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';').to_string())
        .collect()
}

/// The source of one file as the build sees it outside tests: comments and
/// the trailing `#[cfg(test)] mod tests { … }` dropped.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("#[cfg(test)]") {
            match lines.peek() {
                Some(next) if next.starts_with("mod ") && next.trim_end().ends_with('{') => break,
                Some(next) if next.starts_with("mod ") => {
                    lines.next();
                    continue;
                }
                _ => {}
            }
        }
        let line = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Source files of a module: `src/m.rs` and everything under `src/m/`,
/// test files left out.
fn files_of(module: &str) -> Vec<PathBuf> {
    let mut files = vec![root().join("src").join(format!("{module}.rs"))];
    let dir = root().join("src").join(module);
    if dir.is_dir() {
        walk(&dir, &mut files);
    }
    files.retain(|f| f.is_file() && !is_test_file(f));
    files
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn is_test_file(path: &Path) -> bool {
    path.strip_prefix(root().join("src")).is_ok_and(|p| {
        p.components()
            .any(|c| c.as_os_str() == "tests" || c.as_os_str() == "tests.rs")
    })
}

/// Every path that starts at `prefix` (`crate::`, `super::`), as its first
/// segment, including each name inside `prefix{a, b::c}`.
fn named_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(inner) = rest.strip_prefix('{') {
            let end = inner.find('}').unwrap_or(inner.len());
            for part in inner[..end].split(',') {
                names.insert(first_segment(part.trim()));
            }
        } else {
            names.insert(first_segment(rest));
        }
    }
    names.remove("");
    names
}

fn first_segment(path: &str) -> String {
    path.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// A cycle in `graph`, if there is one, as the list of nodes around it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(node) {
            Some(2) => return None,
            Some(1) => {
                let from = stack.iter().position(|n| n == node).unwrap_or(0);
                let mut found = stack[from..].to_vec();
                found.push(node.to_string());
                return Some(found);
            }
            _ => {}
        }
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(found) = visit(next, graph, state, stack) {
                return Some(found);
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut state, &mut Vec::new()))
}

#[test]
fn the_modules_table_names_every_module_once() {
    let table: BTreeSet<String> = allowed().into_keys().collect();
    let code = top_modules();
    let undocumented: Vec<_> = code.difference(&table).collect();
    let gone: Vec<_> = table.difference(&code).collect();
    assert!(
        undocumented.is_empty() && gone.is_empty(),
        "{DOC}: modules missing from the table {undocumented:?}; rows for no module {gone:?}"
    );
}

/// The `crate::` modules each module names, outside its tests.
fn actual() -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let modules = top_modules();
    let mut uses: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for module in &modules {
        let entry = uses.entry(module.clone()).or_default();
        for file in files_of(module) {
            for used in named_after(&code(&file), "crate::") {
                if used != *module && modules.contains(&used) {
                    let shown = file.strip_prefix(root()).unwrap_or(&file).display();
                    entry.entry(used).or_default().push(shown.to_string());
                }
            }
        }
    }
    uses
}

#[test]
fn every_module_uses_only_what_its_row_allows() {
    let table = allowed();
    let mut wrong = Vec::new();
    for (module, uses) in actual() {
        let may = table.get(&module).cloned().unwrap_or_default();
        for (used, files) in uses {
            if !may.contains(&used) {
                wrong.extend(files.iter().map(|f| format!("{f} uses `{used}`")));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "not allowed by {DOC}:\n  {}",
        wrong.join("\n  ")
    );
}

#[test]
fn every_dependency_in_the_table_is_real() {
    let actual = actual();
    let mut stale = Vec::new();
    for (module, may) in allowed() {
        let uses = actual.get(&module).cloned().unwrap_or_default();
        for m in may.iter().filter(|m| !uses.contains_key(*m)) {
            stale.push(format!("`{module}` is said to use `{m}`, and does not"));
        }
    }
    assert!(
        stale.is_empty(),
        "{DOC} is out of date:\n  {}",
        stale.join("\n  ")
    );
}

#[test]
fn the_allowed_dependencies_have_no_cycle() {
    assert_eq!(cycle(&allowed()), None, "{DOC}: the table has a cycle");
}

/// Inside a module directory, each file is a node; a file depends on a
/// sibling it names through `super::`, through the parent's path, or
/// through a name the parent re-exports from that sibling.
fn sibling_graph(dir: &Path, module_path: &str) -> BTreeMap<String, BTreeSet<String>> {
    let siblings: BTreeSet<String> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !is_test_file(p))
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_string();
            (p.is_dir() || p.extension().is_some_and(|e| e == "rs")).then_some(stem)
        })
        .collect();
    let parent = dir.with_extension("rs");
    let parent_code = if parent.is_file() {
        code(&parent)
    } else {
        String::new()
    };
    let reexported = reexports(&parent_code, &siblings);
    let mut graph = BTreeMap::new();
    for sibling in &siblings {
        let mut files = Vec::new();
        let file = dir.join(format!("{sibling}.rs"));
        if file.is_file() {
            files.push(file);
        }
        if dir.join(sibling).is_dir() {
            walk(&dir.join(sibling), &mut files);
        }
        let mut uses = BTreeSet::new();
        for f in files.iter().filter(|f| !is_test_file(f)) {
            let text = code(f);
            let depth = f
                .strip_prefix(dir)
                .map(|p| p.components().count())
                .unwrap_or(1);
            let up = "super::".repeat(depth);
            let full = format!("{module_path}::");
            for name in named_after(&text, &up)
                .into_iter()
                .chain(named_after(&text, &format!("crate::{full}")))
            {
                if let Some(target) = reexported.get(&name).or(siblings.get(&name)) {
                    if target != sibling {
                        uses.insert(target.clone());
                    }
                }
            }
        }
        graph.insert(sibling.clone(), uses);
    }
    graph
}

/// Names the parent file re-exports, mapped to the child they come from.
fn reexports(parent: &str, children: &BTreeSet<String>) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for line in parent.lines() {
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let Some((child, names)) = rest.split_once("::") else {
            continue;
        };
        if !children.contains(child) {
            continue;
        }
        let names = names.trim_start_matches('{').trim_end_matches('}');
        for name in names.split(',') {
            let name = name.trim().rsplit("::").next().unwrap_or("");
            let name = name.rsplit(" as ").next().unwrap_or(name).trim();
            if !name.is_empty() && name != "*" {
                map.insert(name.to_string(), child.to_string());
            }
        }
    }
    map
}

fn module_dirs(dir: &Path, path: &str, out: &mut Vec<(PathBuf, String)>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() && !is_test_file(&p) {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let sub = if path.is_empty() {
                name.to_string()
            } else {
                format!("{path}::{name}")
            };
            out.push((p.clone(), sub.clone()));
            module_dirs(&p, &sub, out);
        }
    }
}

#[test]
fn files_inside_a_module_do_not_import_each_other_in_a_circle() {
    let mut dirs = Vec::new();
    module_dirs(&root().join("src"), "", &mut dirs);
    dirs.sort();
    let mut circles = Vec::new();
    for (dir, path) in dirs {
        if let Some(c) = cycle(&sibling_graph(&dir, &path)) {
            circles.push(format!(
                "src/{}: {}",
                path.replace("::", "/"),
                c.join(" → ")
            ));
        }
    }
    assert!(
        circles.is_empty(),
        "import cycles:\n  {}",
        circles.join("\n  ")
    );
}

#[test]
fn the_reader_of_paths_sees_grouped_imports_and_ignores_longer_names() {
    let found = named_after(
        "use crate::{model::Item, store};\nlet x = notcrate::a; crate::i18n::t(k);",
        "crate::",
    );
    let want: BTreeSet<String> = ["i18n", "model", "store"].map(String::from).into();
    assert_eq!(found, want);
}

#[test]
fn a_cycle_is_found_and_a_chain_is_not() {
    let graph = |edges: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in edges {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    assert_eq!(cycle(&graph(&[("a", "b"), ("b", "c")])), None);
    let found = cycle(&graph(&[("a", "b"), ("b", "c"), ("c", "a")])).expect("a cycle");
    assert_eq!(found.first(), found.last());
    assert_eq!(found.len(), 4);
}
