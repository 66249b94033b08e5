//! backup, restore, verify.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use super::args::{BackupArgs, RestoreArgs};
use super::progress::{Progress, numbered};
use super::{Context, emit};
use crate::error::{Error, Result};
use crate::i18n::{Key, t, tf};
use crate::store::{RestoreStep, Store, VerifyStep, inspect};

pub fn backup(ctx: &Context, args: BackupArgs, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open_store()?;
    let path = args.path.unwrap_or_else(|| {
        let stamp = jiff::ZonedDateTime::now()
            .strftime("%Y-%m-%dT%H%M%S")
            .to_string();
        let stem = ctx
            .db_path
            .file_stem()
            .map_or("jianbao".into(), |s| s.to_string_lossy());
        crate::backup::folder(&ctx.db_path).join(format!("{stem}-{stamp}.db"))
    });
    let progress = Progress::new();
    progress.step(numbered(1, 2, t(Key::ProgressBackup)));
    store.backup_to(&path)?;
    progress.step(numbered(2, 2, t(Key::ProgressCheckCopy)));
    let copy = inspect(&path)?;
    drop(progress);
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

pub fn restore(ctx: &Context, args: &RestoreArgs, out: &mut dyn Write) -> Result<()> {
    let (path, yes) = (args.path.as_path(), args.yes);
    let candidate = {
        // Cleared before the question below is asked.
        let progress = Progress::new();
        progress.step(t(Key::ProgressCheckCopy));
        inspect(path)?
    };
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
            None => return Err(Error::RestoreNeedsYes),
            Some(false) => return emit(out, t(Key::RestoreCancelled)),
            Some(true) => {}
        }
    }
    let progress = Progress::new();
    let kept = store.restore_from(&candidate, |step, done, total| {
        let (n, label) = match step {
            RestoreStep::KeepCurrent => (1, Key::ProgressKeepCurrent),
            RestoreStep::CopyIn => (2, Key::ProgressCopyIn),
        };
        if total == 0 {
            progress.step(numbered(n, 2, t(label)));
        } else {
            progress.count(done, total);
        }
    })?;
    drop(progress);
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
    let progress = Progress::new();
    let problems = store.verify(|step, done, total| {
        if total == 0 {
            let (n, label) = match step {
                VerifyStep::Integrity => (1, Key::ProgressIntegrity),
                VerifyStep::Links => (2, Key::ProgressLinks),
                VerifyStep::Items => (3, Key::ProgressItems),
                VerifyStep::Index => (4, Key::ProgressIndex),
            };
            progress.step(numbered(n, 4, t(label)));
        } else {
            progress.count(done, total);
        }
    })?;
    drop(progress);
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
