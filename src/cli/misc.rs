//! status, demo, config, units.

use std::io::Write;

use super::args::{ConfigArgs, DemoArgs, TemplateArgs, WrapArgs};
use super::progress::Progress;
use super::{Context, emit};
use crate::error::{Error, FileProblem, Result};
use crate::i18n::{Key, t, tf};
use crate::model::{Unit, UnitList};

/// `jianbao` alone: the workstation on a terminal, the summary otherwise.
pub fn workstation(ctx: &Context, out: &mut dyn Write) -> Result<()> {
    #[cfg(feature = "tui")]
    if std::io::IsTerminal::is_terminal(&std::io::stdout())
        && std::io::IsTerminal::is_terminal(&std::io::stdin())
    {
        let store = ctx.open_store()?;
        // The workstation runs from any folder: a template named relative
        // to the settings file is found beside it.
        let mut settings = ctx.settings.clone();
        if let (Some(path), Some(dir)) = (&settings.print.template, ctx.config_path.parent())
            && path.is_relative()
        {
            settings.print.template = Some(dir.join(path));
        }
        return crate::tui::run(store, settings, ctx.db_path.display().to_string());
    }
    status(ctx, out)
}

pub fn status(ctx: &Context, out: &mut dyn Write) -> Result<()> {
    let store = ctx.open_existing_store()?;
    let c = store.counts()?;
    emit(out, tf(Key::StatusStore, &[&ctx.db_path.display()]))?;
    emit(
        out,
        tf(
            Key::StatusItems,
            &[&c.new, &c.accepted, &c.held, &c.rejected, &c.published],
        ),
    )?;
    let issues = store.issues()?;
    match issues.first() {
        Some(latest) => emit(
            out,
            tf(
                Key::StatusIssues,
                &[&issues.len(), &latest.title(), &latest.state.label()],
            ),
        )?,
        None => emit(out, t(Key::NoIssues))?,
    }
    if c.total() == 0 {
        emit(out, t(Key::StatusEmptyHint))?;
    }
    Ok(())
}

pub fn demo(ctx: &Context, args: &DemoArgs, out: &mut dyn Write) -> Result<()> {
    let synthetic = args.synthetic;
    let mut store = ctx.open_store()?;
    let r = crate::demo::load_samples(&mut store, ctx.today())?;
    emit(
        out,
        tf(
            Key::DemoLoaded,
            &[&r.units, &r.samples_added, &r.samples_existing],
        ),
    )?;
    if r.issue_added {
        emit(out, t(Key::DemoIssueLoaded))?;
    }
    if let Some(n) = synthetic {
        let started = std::time::Instant::now();
        let progress = Progress::new();
        progress.step(t(Key::DemoProgress));
        let done = crate::demo::load_synthetic(&mut store, n, ctx.today(), |done| {
            progress.count(done, n)
        })?;
        drop(progress);
        emit(
            out,
            tf(
                Key::DemoSynthetic,
                &[&done, &format!("{:.1}", started.elapsed().as_secs_f64())],
            ),
        )?;
    }
    Ok(())
}

pub fn config(ctx: &Context, args: &ConfigArgs, out: &mut dyn Write) -> Result<()> {
    let init = args.init;
    let exists = ctx.config_path.exists();
    if init && !exists {
        crate::export::write_atomic(&ctx.config_path, ctx.settings.to_toml().as_bytes())?;
        emit(out, tf(Key::ConfigWritten, &[&ctx.config_path.display()]))?;
    } else {
        let note = if exists { "" } else { t(Key::ConfigDefaults) };
        emit(
            out,
            tf(Key::ConfigPath, &[&ctx.config_path.display(), &note]),
        )?;
    }
    emit(out, tf(Key::ConfigStore, &[&ctx.db_path.display()]))?;
    emit(out, "")?;
    emit(out, ctx.settings.to_toml())
}

pub fn units(
    ctx: &Context,
    command: Option<super::UnitsCommand>,
    json: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let mut store = ctx.open_store()?;
    let added = match command {
        None => None,
        Some(super::UnitsCommand::Add { name, aliases }) => Some(UnitList {
            units: vec![Unit {
                name,
                aliases,
                ..Unit::default()
            }],
        }),
        Some(super::UnitsCommand::Load { file }) => {
            let text = std::fs::read_to_string(&file).map_err(|e| Error::io(&file, e))?;
            let list: UnitList = toml::from_str(&text).map_err(|e| Error::FileInvalid {
                problem: FileProblem::Toml(e.message().to_string()),
                path: file,
            })?;
            Some(list)
        }
    };
    if let Some(list) = added {
        store.add_units(&list)?;
        let names: Vec<&str> = list.units.iter().map(|u| u.name.as_str()).collect();
        return emit(out, tf(Key::UnitAdded, &[&names.join("、")]));
    }
    let list = store.units()?;
    if json {
        let text = serde_json::to_string_pretty(&list.units).map_err(Error::Json)?;
        return super::emit_data(out, &text);
    }
    if list.units.is_empty() {
        return emit(out, t(Key::NoUnits));
    }
    for unit in &list.units {
        emit(out, unit_line(unit))?;
    }
    Ok(())
}

/// 峡窝镇（峡窝）　镇街　信息员：张敏 0371-6451xxxx　分管领导：王建军　定额：每季度 6 条;
/// the parts the table leaves out are left out. `emit` makes it printable.
fn unit_line(unit: &Unit) -> String {
    let mut parts = vec![if unit.aliases.is_empty() {
        unit.name.clone()
    } else {
        format!("{}（{}）", unit.name, unit.aliases.join("、"))
    }];
    parts.extend(unit.category.clone());
    let contact = [unit.contact.as_deref(), unit.phone.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if !contact.is_empty() {
        parts.push(tf(Key::UnitContact, &[&contact]));
    }
    if let Some(leader) = &unit.leader {
        parts.push(tf(Key::UnitLeader, &[leader]));
    }
    if let Some(quota) = unit.quota {
        parts.push(tf(Key::UnitQuota, &[&quota]));
    }
    parts.join("\u{3000}")
}

/// Sets text from a file or standard input, one paragraph per line.
pub fn wrap(ctx: &Context, args: WrapArgs, out: &mut dyn Write) -> Result<()> {
    let opts = crate::layout::Options {
        width: args.width.unwrap_or(ctx.settings.layout.width),
        hang: args.hang,
        indent: args.indent,
        page_lines: args.page_lines.unwrap_or(0),
        ..crate::layout::Options::default()
    };
    let file = args.file;
    let limit = crate::import::MAX_TEXT_BYTES;
    let (path, bytes) = match file {
        Some(path) => match crate::import::read_bounded(&path, limit) {
            Ok(bytes) => (path, bytes),
            Err(problem) => return Err(Error::FileInvalid { path, problem }),
        },
        None => {
            // Standard input is read to the same bound: `wrap < /dev/zero`
            // stops with an error instead of filling memory.
            let mut buf = Vec::new();
            std::io::Read::read_to_end(
                &mut std::io::Read::take(std::io::stdin(), limit + 1),
                &mut buf,
            )
            .map_err(|e| Error::io("<stdin>", e))?;
            let stdin = std::path::PathBuf::from("<stdin>");
            if buf.len() as u64 > limit {
                return Err(Error::FileInvalid {
                    path: stdin,
                    problem: FileProblem::TooLarge {
                        size_mb: limit / 1024 / 1024 + 1,
                        limit_mb: limit / 1024 / 1024,
                    },
                });
            }
            (stdin, buf)
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| Error::FileInvalid {
        problem: FileProblem::NotUtf8 {
            at: e.utf8_error().valid_up_to(),
        },
        path,
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    out.write_all(super::printable_lines(&crate::layout::wrap_text(text, opts)).as_bytes())
        .map_err(|e| Error::io("<stdout>", e))
}

/// `template -o FILE`: the built-in Word template as the settings' [print]
/// section sets it, with its placeholders, for an office to make its own.
pub fn template(ctx: &Context, args: &TemplateArgs, out: &mut dyn Write) -> Result<()> {
    let print = ctx.settings.print.without_template(false);
    crate::export::write_atomic(&args.output, &crate::export::template_docx(&print)?)?;
    emit(
        out,
        tf(
            Key::Exported,
            &[&crate::script::printable_path(&args.output)],
        ),
    )
}
