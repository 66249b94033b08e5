//! Help texts for the command line, from the string table, so that
//! `--help` speaks the user's language.

use clap::Command;

use crate::i18n::{Key, t};

/// The help of each subcommand, by its path.
const COMMANDS: &[(&str, Key)] = &[
    ("", Key::HelpRoot),
    ("import", Key::HelpImport),
    ("list", Key::HelpList),
    ("show", Key::HelpShow),
    ("edit", Key::HelpEdit),
    ("accept", Key::HelpAccept),
    ("reject", Key::HelpReject),
    ("hold", Key::HelpHold),
    ("undo", Key::HelpUndo),
    ("issue", Key::HelpIssue),
    ("issue new", Key::HelpIssueNew),
    ("issue list", Key::HelpIssueList),
    ("issue show", Key::HelpIssueShow),
    ("issue add", Key::HelpIssueAdd),
    ("issue remove", Key::HelpIssueRemove),
    ("issue move", Key::HelpIssueMove),
    ("issue set", Key::HelpIssueSet),
    ("issue finalise", Key::HelpIssueFinalise),
    ("issue delete", Key::HelpIssueDelete),
    ("issue sign", Key::HelpIssueSign),
    ("issue secrecy", Key::HelpIssueSecrecy),
    ("issue recipient", Key::HelpIssueRecipient),
    ("issue sent", Key::HelpIssueSent),
    ("issue sheet", Key::HelpIssueSheet),
    ("export", Key::HelpExport),
    ("template", Key::HelpWordTemplate),
    ("index", Key::HelpIndex),
    ("wrap", Key::HelpWrap),
    ("check", Key::HelpCheck),
    ("stats", Key::HelpStats),
    ("remind", Key::HelpRemind),
    ("feedback", Key::HelpFeedback),
    ("demo", Key::HelpDemo),
    ("config", Key::HelpConfig),
    ("units", Key::HelpUnits),
    ("status", Key::HelpStatus),
    ("backup", Key::HelpBackup),
    ("restore", Key::HelpRestore),
    ("verify", Key::HelpVerify),
    ("completions", Key::HelpCompletions),
    ("man", Key::HelpMan),
    ("units add", Key::HelpUnitsAdd),
    ("units load", Key::HelpUnitsLoad),
    ("commission", Key::HelpCommission),
    ("commission add", Key::HelpCommissionAdd),
    ("commission list", Key::HelpCommissionList),
    ("commission answer", Key::HelpCommissionAnswer),
    ("commission cancel", Key::HelpCommissionCancel),
    ("adopted", Key::HelpAdopted),
    ("adoptions", Key::HelpAdoptions),
    ("instruction", Key::HelpInstruction),
    ("instruction done", Key::HelpInstructionDone),
    ("instruction list", Key::HelpInstructionList),
    ("forward", Key::HelpForward),
    ("receipts", Key::HelpReceipts),
];

/// The help of each argument: by (subcommand path, id) first, then by id.
const ARGS: &[(&str, &str, Key)] = &[
    ("", "db", Key::HelpArgDb),
    ("", "config", Key::HelpArgConfig),
    ("", "lang", Key::HelpArgLang),
    ("import", "bulletin", Key::HelpArgBulletin),
    ("import", "files", Key::HelpArgFiles),
    ("import", "encoding", Key::HelpArgEncoding),
    ("import", "dry_run", Key::HelpArgDryRun),
    ("units add", "name", Key::HelpArgUnitName),
    ("units add", "aliases", Key::HelpArgAliases),
    ("units load", "file", Key::HelpArgUnitFile),
    ("commission add", "unit", Key::HelpArgCommissionUnit),
    ("commission add", "topic", Key::HelpArgTopic),
    ("commission add", "due", Key::HelpArgDue),
    ("commission add", "note", Key::HelpArgCommissionNote),
    ("commission list", "open", Key::HelpArgOpen),
    ("commission answer", "item", Key::HelpArgAnswerItem),
    ("commission answer", "any_unit", Key::HelpArgAnyUnit),
    ("commission answer", "id", Key::HelpArgCommissionId),
    ("commission cancel", "id", Key::HelpArgCommissionId),
    ("forward", "to", Key::HelpArgForwardTo),
    ("forward", "output", Key::HelpArgForwardDir),
    ("forward", "secrecy_reviewer", Key::HelpArgSecrecyReviewer),
    ("receipts", "to", Key::HelpArgReceiptsTo),
    ("receipts", "output", Key::HelpArgReceiptsOutput),
    ("adopted", "level", Key::HelpArgAdoptionLevel),
    ("adopted", "outlet", Key::HelpArgOutlet),
    ("adopted", "issue", Key::HelpArgUpperIssue),
    ("adopted", "date", Key::HelpArgAdoptionDate),
    ("instruction", "by", Key::HelpArgLeader),
    ("instruction", "level", Key::HelpArgLeaderLevel),
    ("instruction", "date", Key::HelpArgInstructionDate),
    ("instruction", "text", Key::HelpArgInstructionText),
    ("instruction done", "id", Key::HelpArgInstructionId),
    ("instruction done", "note", Key::HelpArgFeedback),
    ("instruction done", "date", Key::HelpArgDoneDate),
    ("adoptions", "from", Key::HelpArgUpperFrom),
    ("adoptions", "to", Key::HelpArgUpperTo),
    ("instruction list", "from", Key::HelpArgUpperFrom),
    ("instruction list", "to", Key::HelpArgUpperTo),
    ("list", "status", Key::HelpArgStatus),
    ("list", "unit", Key::HelpArgUnit),
    ("list", "search", Key::HelpArgSearch),
    ("list", "limit", Key::HelpArgLimit),
    ("list", "sort", Key::HelpArgSort),
    ("reject", "reason", Key::HelpArgReason),
    ("issue new", "number", Key::HelpArgNewNumber),
    ("issue new", "date", Key::HelpArgDate),
    ("issue new", "supplement", Key::HelpArgNewSupplement),
    ("issue add", "brief", Key::HelpArgBrief),
    ("issue move", "to", Key::HelpArgTo),
    ("issue set", "field", Key::HelpArgField),
    ("issue set", "value", Key::HelpArgValue),
    ("issue sign", "role", Key::HelpArgSignRole),
    ("issue sign", "by", Key::HelpArgSignBy),
    ("issue sign", "date", Key::HelpArgSignDate),
    ("issue secrecy", "by", Key::HelpArgSecrecyBy),
    ("issue secrecy", "date", Key::HelpArgSignDate),
    ("issue secrecy", "not_cleared", Key::HelpArgNotCleared),
    ("issue secrecy", "note", Key::HelpArgSecrecyNote),
    ("issue recipient", "name", Key::HelpArgRecipientName),
    ("issue recipient", "rank", Key::HelpArgRank),
    ("issue recipient", "copies", Key::HelpArgCopies),
    ("issue recipient", "remove", Key::HelpArgRemoveRecipient),
    ("issue sent", "to", Key::HelpArgSentTo),
    ("issue sent", "date", Key::HelpArgSentDate),
    ("issue sheet", "format", Key::HelpArgSheetFormat),
    ("issue sheet", "output", Key::HelpArgOutput),
    ("export", "force", Key::HelpArgExportForce),
    ("export", "format", Key::HelpArgFormat),
    ("export", "all", Key::HelpArgAll),
    ("export", "encoding", Key::HelpArgExportEncoding),
    ("export", "crlf", Key::HelpArgCrlf),
    ("import", "json", Key::HelpArgImportJson),
    ("backup", "path", Key::HelpArgBackupPath),
    ("restore", "path", Key::HelpArgRestorePath),
    ("restore", "yes", Key::HelpArgYes),
    ("undo", "yes", Key::HelpArgUndoYes),
    ("completions", "shell", Key::HelpArgShell),
    ("man", "dir", Key::HelpArgManDir),
    ("export", "output", Key::HelpArgOutput),
    ("export", "template", Key::HelpArgTemplate),
    ("export", "upward", Key::HelpArgUpward),
    ("template", "output", Key::HelpArgTemplateOutput),
    ("index", "year", Key::HelpArgIndexYear),
    ("index", "series", Key::HelpArgIndexSeries),
    ("index", "format", Key::HelpArgIndexFormat),
    ("index", "output", Key::HelpArgOutput),
    ("index", "drafts", Key::HelpArgDrafts),
    ("wrap", "file", Key::HelpArgWrapFile),
    ("wrap", "indent", Key::HelpArgIndent),
    ("*", "width", Key::HelpArgWidth),
    ("*", "page_lines", Key::HelpArgPageLines),
    ("*", "hang", Key::HelpArgHang),
    ("demo", "synthetic", Key::HelpArgSynthetic),
    ("check", "items", Key::HelpArgCheckItems),
    ("check", "issue", Key::HelpArgCheckIssue),
    ("check", "fix", Key::HelpArgFix),
    ("check", "rules", Key::HelpArgRules),
    ("remind", "from", Key::HelpArgRemindFrom),
    ("remind", "to", Key::HelpArgUntil),
    ("stats", "from", Key::HelpArgFrom),
    ("stats", "to", Key::HelpArgUntil),
    ("stats", "quarter", Key::HelpArgQuarter),
    ("stats", "series", Key::HelpArgSeries),
    ("stats", "csv", Key::HelpArgCsv),
    ("stats", "report", Key::HelpArgReport),
    ("stats", "explain", Key::HelpArgExplain),
    ("stats", "output", Key::HelpArgReportOutput),
    ("remind", "output", Key::HelpArgRemindOutput),
    ("feedback", "unit", Key::HelpArgFeedbackUnit),
    ("feedback", "from", Key::HelpArgRemindFrom),
    ("feedback", "to", Key::HelpArgUntil),
    ("feedback", "format", Key::HelpArgFeedbackFormat),
    ("feedback", "output", Key::HelpArgFeedbackOutput),
    ("edit", "reason", Key::HelpArgEditReason),
    ("issue finalise", "force", Key::HelpArgForce),
    ("config", "init", Key::HelpArgInit),
    ("*", "json", Key::HelpArgJson),
    ("*", "item", Key::HelpArgItem),
    ("*", "items", Key::HelpArgItems),
    ("*", "number", Key::HelpArgNumber),
    ("*", "year", Key::HelpArgYear),
    ("issue new", "series", Key::HelpArgNewSeries),
    ("*", "series", Key::HelpArgIssueSeries),
    ("*", "supplement", Key::HelpArgSupplement),
];

fn arg_key(path: &str, id: &str) -> Option<Key> {
    ARGS.iter()
        .find(|(p, a, _)| *p == path && *a == id)
        .or_else(|| ARGS.iter().find(|(p, a, _)| *p == "*" && *a == id))
        .map(|(_, _, k)| *k)
}

/// `cmd` with every about and help text in the current language.
pub fn localize(cmd: Command) -> Command {
    localize_at(cmd, "")
}

fn localize_at(mut cmd: Command, path: &str) -> Command {
    if let Some((_, key)) = COMMANDS.iter().find(|(p, _)| *p == path) {
        cmd = cmd.about(t(*key));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(key) = arg_key(path, &id) {
            cmd = cmd.mut_arg(id, |a| a.help(t(key)));
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(name, |s| localize_at(s, &sub_path));
    }
    cmd.help_template(t(Key::HelpTemplate))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::args::Cli;

    fn walk(cmd: &Command, path: &str, missing: &mut Vec<String>) {
        if cmd.get_about().is_none() {
            missing.push(format!("command “{path}”"));
        }
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if arg.get_help().is_none() && !["help", "version"].contains(&id) {
                missing.push(format!("“{path}” --{id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            let p = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path} {}", sub.get_name())
            };
            walk(sub, &p, missing);
        }
    }

    #[test]
    fn every_command_and_argument_has_help_in_both_languages() {
        for lang in [crate::i18n::Lang::Zh, crate::i18n::Lang::En] {
            crate::i18n::with_lang(lang, || {
                let cmd = localize(Cli::command());
                cmd.clone().debug_assert();
                let mut missing = Vec::new();
                walk(&cmd, "", &mut missing);
                assert!(missing.is_empty(), "{lang:?}: no help for {missing:?}");
            });
        }
    }
}
