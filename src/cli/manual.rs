//! completions and man: generated from the command definition the parser
//! itself uses, with the help texts in the user's language, so they can
//! never describe a command or flag that is not there.

use std::io::Write;
use std::path::Path;

use clap::CommandFactory;

use super::args::{CompletionsArgs, ManArgs};
use super::{Cli, emit, help};
use crate::error::{Error, Result};
use crate::i18n::{Key, tf};

/// The whole command tree, built: every subcommand knows its full name
/// (`jianbao-issue-new`), which the manual pages are named after.
fn command() -> clap::Command {
    let mut cmd = help::localize(Cli::command());
    cmd.build();
    cmd
}

pub fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> Result<()> {
    let shell = args.shell;
    let mut cmd = command();
    let name = cmd.get_name().to_string();
    // clap_complete panics when its writer fails; a buffer cannot, and a
    // closed standard output is then an ordinary error.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, name, &mut script);
    out.write_all(&script).map_err(|e| Error::io("<stdout>", e))
}

/// The page of `jianbao` to standard output, or with `--dir` the pages of
/// `jianbao` and of every subcommand, each in its own file there.
pub fn man(args: &ManArgs, out: &mut dyn Write) -> Result<()> {
    let cmd = command();
    let Some(dir) = args.dir.as_deref() else {
        let (_, page) = page(cmd)?;
        return out.write_all(&page).map_err(|e| Error::io("<stdout>", e));
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let written = write_pages(cmd, dir)?;
    emit(out, tf(Key::ManWritten, &[&written, &dir.display()]))
}

/// A page's file name (`jianbao-issue-new.1`) and its text.
fn page(cmd: clap::Command) -> Result<(String, Vec<u8>)> {
    let man = clap_mangen::Man::new(cmd);
    let mut page = Vec::new();
    man.render(&mut page)
        .map_err(|e| Error::io("<manual page>", e))?;
    Ok((man.get_filename(), page))
}

/// Writes the page of `cmd` and of each command below it; how many.
fn write_pages(cmd: clap::Command, dir: &Path) -> Result<usize> {
    let mut written = 0;
    for sub in cmd.get_subcommands() {
        written += write_pages(sub.clone(), dir)?;
    }
    let (name, page) = page(cmd)?;
    crate::export::write_atomic(&dir.join(name), &page)?;
    Ok(written + 1)
}
