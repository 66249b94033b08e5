//! The command line. Each command calls the same library functions the
//! workstation uses; this module only parses, prints and sets exit codes.

mod args;
mod chain;
mod commissions;
mod feedback;
mod help;
mod index;
mod issues;
mod items;
mod manual;
mod misc;
mod progress;
mod review;
mod safety;
mod signoff;
mod upper;

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::error::{Error, Result};
use crate::i18n::{Key, Lang, set_lang, t};
use crate::settings::{Settings, default_config_path, default_store_path};
use crate::store::Store;

pub use args::{Cli, Command, ExportArgs, IssueCommand, IssueRef, UnitsCommand};

/// What every command needs: the settings and where the store is.
pub struct Context {
    pub settings: Settings,
    pub config_path: PathBuf,
    pub db_path: PathBuf,
}

impl Context {
    /// Opens the store, creating it when it does not exist yet. SQLite's
    /// in-memory names are refused: what they store is thrown away at once.
    pub fn open_store(&self) -> Result<Store> {
        let name = self.db_path.to_string_lossy();
        if name == ":memory:" || name.starts_with("file:") {
            return Err(Error::NotAStorePath(self.db_path.clone()));
        }
        Store::open(&self.db_path)
    }

    /// Opens a store that must exist: commands that only read never make
    /// one (a typo in --db would otherwise report an empty store as sound).
    pub fn open_existing_store(&self) -> Result<Store> {
        if !self.db_path.exists() {
            return Err(Error::NoStore(self.db_path.clone()));
        }
        self.open_store()
    }

    pub fn today(&self) -> jiff::civil::Date {
        jiff::ZonedDateTime::now().date()
    }
}

/// The value of `--name VALUE` or `--name=VALUE` before clap has parsed.
fn prescan(args: &[OsString], name: &str) -> Option<String> {
    let flag = format!("--{name}");
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == flag {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = a.strip_prefix(&format!("{flag}=")) {
            return Some(v.to_string());
        }
    }
    None
}

/// Runs the command line; the whole program is `std::process::exit(run())`.
pub fn run() -> ExitCode {
    let argv: Vec<OsString> = std::env::args_os().collect();
    let config_path = prescan(&argv, "config")
        .map(PathBuf::from)
        .unwrap_or_else(default_config_path);
    let settings = Settings::load(&config_path);
    let lang = prescan(&argv, "lang")
        .or_else(|| std::env::var("JIANBAO_LANG").ok())
        .and_then(|l| Lang::parse(&l))
        .or_else(|| settings.as_ref().ok().map(|s| s.lang))
        .unwrap_or(Lang::Zh);
    set_lang(lang);

    let matches = match help::localize(Cli::command()).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(2);
        }
    };
    if let Some(l) = &cli.lang
        && Lang::parse(l).is_none()
    {
        return fail(&Error::UnknownLang(l.clone()));
    }
    let settings = match settings {
        Ok(s) => s,
        Err(e) => return fail(&e),
    };
    let ctx = Context {
        settings,
        config_path,
        db_path: cli.db.clone().unwrap_or_else(default_store_path),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let result = dispatch(&ctx, cli.command, &mut out);
    let _ = out.flush();
    match result {
        Ok(code) => code,
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        // Damage met by any command is the store's: restore and backup
        // name another file's damage themselves.
        Err(Error::Db(e)) if crate::error::is_damage(&e) => fail(&Error::StoreDamaged {
            path: ctx.db_path.clone(),
            detail: e.to_string(),
        }),
        Err(e) => fail(&e),
    }
}

fn fail(e: &Error) -> ExitCode {
    warn(format!("{}{e}", t(Key::ErrorPrefix)));
    ExitCode::from(1)
}

/// One line on standard error, printable: a file name holding a newline or
/// an escape sequence neither splits it nor acts on the terminal.
pub(crate) fn warn(text: impl std::fmt::Display) {
    eprintln!("{}", crate::script::printable(&text.to_string()));
}

fn dispatch(ctx: &Context, command: Option<Command>, out: &mut dyn Write) -> Result<ExitCode> {
    let ok = |r: Result<()>| r.map(|()| ExitCode::SUCCESS);
    let Some(command) = command else {
        return ok(misc::workstation(ctx, out));
    };
    match command {
        Command::Status => ok(misc::status(ctx, out)),
        Command::Backup(args) => ok(safety::backup(ctx, args, out)),
        Command::Restore(args) => ok(safety::restore(ctx, &args, out)),
        Command::Verify => safety::verify(ctx, out),
        Command::Completions(args) => ok(manual::completions(&args, out)),
        Command::Man(args) => ok(manual::man(&args, out)),
        Command::Import(args) => items::import(ctx, &args, out),
        Command::List(args) => ok(items::list(ctx, args, out)),
        Command::Show(args) => ok(items::show(ctx, &args, out)),
        Command::Edit(args) => ok(items::edit(ctx, &args, out)),
        Command::Accept(args) => ok(items::accept(ctx, &args, out)),
        Command::Reject(args) => ok(items::reject(ctx, &args, out)),
        Command::Hold(args) => ok(items::hold(ctx, &args, out)),
        Command::Undo(args) => ok(items::undo(ctx, &args, out)),
        Command::Issue { command } => ok(issues::run(ctx, command, out)),
        Command::Export(args) => ok(issues::export(ctx, args, out)),
        Command::Template(args) => ok(misc::template(ctx, &args, out)),
        Command::Index(args) => ok(index::index(ctx, &args, out)),
        Command::Wrap(args) => ok(misc::wrap(ctx, args, out)),
        Command::Check(args) => review::check(ctx, args, out),
        Command::Stats(args) => ok(review::stats(ctx, args, out)),
        Command::Remind(args) => ok(review::remind(ctx, args, out)),
        Command::Feedback(args) => ok(feedback::feedback(ctx, args, out)),
        Command::Demo(args) => ok(misc::demo(ctx, &args, out)),
        Command::Config(args) => ok(misc::config(ctx, &args, out)),
        Command::Units { command, json } => ok(misc::units(ctx, command, json, out)),
        Command::Commission { command } => ok(commissions::run(ctx, command, out)),
        Command::Adopted(args) => ok(upper::adopted(ctx, args, out)),
        Command::Adoptions(args) => ok(upper::adoptions(ctx, &args, out)),
        Command::Instruction(args) => ok(upper::instruction(ctx, args, out)),
        Command::Forward(args) => ok(chain::forward(ctx, &args, out)),
        Command::Receipts(args) => ok(chain::receipts(ctx, &args, out)),
    }
}

/// The issue `r` names: by number, and series, year or 增刊 when given.
pub(crate) fn resolve(store: &crate::store::Store, r: &IssueRef) -> Result<crate::model::IssueId> {
    store.find_issue(r.series.as_deref(), r.year, r.number, r.supplement)
}

/// Writes text for a person to standard output, each line made printable
/// (see [`crate::script::printable`]), turning an I/O failure into an error.
pub(crate) fn emit(out: &mut dyn Write, text: impl std::fmt::Display) -> Result<()> {
    writeln!(out, "{}", printable_lines(&text.to_string())).map_err(|e| Error::io("<stdout>", e))
}

/// Data for a program (JSON) on standard output, exactly as it is.
pub(crate) fn emit_data(out: &mut dyn Write, text: &str) -> Result<()> {
    writeln!(out, "{text}").map_err(|e| Error::io("<stdout>", e))
}

/// `text` printable, its own line breaks and tabs (a table's columns)
/// kept.
pub(crate) fn printable_lines(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\n' | '\t' => Some(c),
            c => crate::script::shown(c),
        })
        .collect()
}
