//! The real printed issue 上街信息 第55期 (text extracted from its PDF). It
//! is not in the repository: CI keeps it in ../shared/reference/ beside the
//! checkout. A clone with nothing beside it skips the tests that need it, so
//! that `cargo test` passes anywhere; the goldens of data/bulletin-56.txt
//! guard the same behaviour there.

use std::path::PathBuf;

use jianbao::model::Issue;

const PATH: &str = "../shared/reference/shangjie-xinxi-55.txt";

/// The reference issue's text, or None once the calling test has said on
/// stderr that it is skipped.
pub fn text() -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(PATH);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        // Only an absent file is a reason to skip: one that is there but
        // unreadable means the CI setup is broken, and must fail.
        // CI sets JIANBAO_REQUIRE_REFERENCE, so that losing ../shared there
        // fails loudly instead of skipping quietly.
        Err(e)
            if e.kind() == std::io::ErrorKind::NotFound
                && std::env::var_os("JIANBAO_REQUIRE_REFERENCE").is_none() =>
        {
            // libtest names each test's thread after the test, so the line
            // says which one when tests run side by side.
            let thread = std::thread::current();
            eprintln!(
                "{}: skipped: the reference issue {PATH} is not beside this checkout",
                thread.name().unwrap_or("test")
            );
            None
        }
        Err(e) => panic!("the reference issue {} is unreadable: {e}", path.display()),
    }
}

/// The reference issue, parsed, or None as for [`text`].
pub fn issue() -> Option<Issue> {
    text().map(|text| jianbao::bulletin::parse(&text).expect("the reference is a bulletin"))
}
