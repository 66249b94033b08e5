//! Golden files in tests/golden/: each was read line by line by a person
//! when it was made, which is what makes it worth comparing with.
//!
//! To remake them after a deliberate change, run the tests with
//! `JIANBAO_BLESS=1` and read the diff before committing it.

use std::path::PathBuf;

/// Checks `got` against tests/golden/`name`, first line by line so that a
/// failure names the line, then whole (a missing or extra line at the end).
pub fn matches(name: &str, got: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("JIANBAO_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (make it with JIANBAO_BLESS=1)", path.display()));
    for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        assert_eq!(g, w, "{name} line {}", i + 1);
    }
    assert_eq!(got, want, "{name}");
}
