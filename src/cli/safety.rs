//! backup, restore, verify.

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{Context, emit};
use crate::error::{Error, Result};
use crate::i18n::{Key, t, tf};
use crate::store::{Store, inspect};

pub fn backup(ctx: &Context, path: Option<PathBuf>, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open_store()?;
    let path = path.unwrap_or_else(|| {
        let stamp = jiff::ZonedDateTime::now()
            .strftime("%Y-%m-%dT%H%M%S")
            .to_string();
        let stem = ctx
            .db_path
            .file_stem()
            .map_or("jianbao".into(), |s| s.to_string_lossy());
        crate::backup::folder(&ctx.db_path).join(format!("{stem}-{stamp}.db"))
    });
    store.backup_to(&path)?;
    let copy = inspect(&path)?;
    emit(
        out,
        tf(
            Key::BackupDone,
            &[&path.display(), &copy.items, &copy.issues],
        ),
    )
}

/// Asks a yes/no question on the terminal: `None` when standard input is
/// not a terminal (the caller then wants `--yes`), else whether the answer
/// was yes.
pub(super) fn ask(question: &str, out: &mut dyn Write) -> Result<Option<bool>> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Ok(None);
    }
    write!(out, "{}", crate::script::printable(question))
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("<stdout>", e))?;
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Error::io("<stdin>", e))?;
    Ok(Some(matches!(answer.trim(), "y" | "Y" | "yes" | "是")))
}

pub fn restore(ctx: &Context, path: &Path, yes: bool, out: &mut dyn Write) -> Result<()> {
    let candidate = inspect(path)?;
    candidate.sound()?;
    let mut store = ctx.open_store()?;
    if !yes {
        let now = store.counts()?.total();
        let issues = store.issues()?.len();
        let question = tf(
            Key::RestoreAsk,
            &[
                &path.display(),
                &candidate.items,
                &candidate.issues,
                &ctx.db_path.display(),
                &now,
                &issues,
            ],
        );
        match ask(&question, out)? {
            None => return Err(Error::Invalid(t(Key::RestoreNeedsYes).into())),
            Some(false) => return emit(out, t(Key::RestoreCancelled)),
            Some(true) => {}
        }
    }
    let kept = store.restore_from(&candidate)?;
    emit(
        out,
        tf(
            Key::RestoreDone,
            &[&candidate.items, &candidate.issues, &kept.display()],
        ),
    )
}

/// Exit code 1 when anything is wrong, each problem on its own line.
pub fn verify(ctx: &Context, out: &mut dyn Write) -> Result<ExitCode> {
    let store: Store = ctx.open_existing_store()?;
    let problems = store.verify()?;
    if problems.is_empty() {
        emit(
            out,
            tf(
                Key::VerifyOk,
                &[&store.counts()?.total(), &store.issues()?.len()],
            ),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    for p in &problems {
        super::warn(format!("{}{p}", t(Key::ErrorPrefix)));
    }
    Ok(ExitCode::from(1))
}
