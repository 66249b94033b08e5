//! The command line's shape. Help texts are set from the string table in
//! `help.rs`, in the user's language.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "jianbao",
    version,
    disable_help_subcommand = true,
    propagate_version = true
)]
pub struct Cli {
    /// The store file.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    #[arg(long, global = true, value_name = "zh|en")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Import(ImportArgs),
    List(ListArgs),
    Show(ShowArgs),
    Edit(EditArgs),
    Accept(ItemsArgs),
    Reject(RejectArgs),
    Hold(ItemsArgs),
    Undo(UndoArgs),
    Issue {
        #[command(subcommand)]
        command: IssueCommand,
    },
    Export(ExportArgs),
    Template(TemplateArgs),
    Index(IndexArgs),
    Wrap(WrapArgs),
    Check(CheckArgs),
    Stats(StatsArgs),
    Remind(RemindArgs),
    Feedback(FeedbackArgs),
    Demo(DemoArgs),
    Config(ConfigArgs),
    Units {
        #[command(subcommand)]
        command: Option<UnitsCommand>,
        #[arg(long)]
        json: bool,
    },
    Commission {
        #[command(subcommand)]
        command: CommissionCommand,
    },
    Adopted(AdoptedArgs),
    Adoptions(UpperListArgs),
    Instruction(InstructionArgs),
    Forward(ForwardArgs),
    Receipts(ReceiptsArgs),
    Status,
    Backup(BackupArgs),
    Restore(RestoreArgs),
    Verify,
    Completions(CompletionsArgs),
    Man(ManArgs),
}

/// Width in 字: 0 for one paragraph a line, else up to 200 (a wide page
/// in landscape has fewer than 60).
fn width_range() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(0..=200)
}

/// Lines a page: 0 for no pages, else up to 500.
fn page_lines_range() -> clap::builder::RangedU64ValueParser<usize> {
    clap::builder::RangedU64ValueParser::<usize>::new().range(0..=500)
}

#[derive(Debug, Subcommand)]
pub enum UnitsCommand {
    Add {
        #[arg(value_name = "UNIT")]
        name: String,
        #[arg(value_name = "ALIAS")]
        aliases: Vec<String>,
    },
    Load {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum CommissionCommand {
    Add(CommissionAddArgs),
    List(CommissionListArgs),
    Answer(CommissionAnswerArgs),
    Cancel(CommissionCancelArgs),
}

#[derive(Debug, Args)]
pub struct CommissionAddArgs {
    #[arg(value_name = "UNIT")]
    pub unit: String,
    #[arg(value_name = "TOPIC")]
    pub topic: String,
    #[arg(long, value_name = "DATE")]
    pub due: String,
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub note: String,
}

#[derive(Debug, Args)]
pub struct CommissionListArgs {
    #[arg(long)]
    pub open: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CommissionAnswerArgs {
    #[arg(value_name = "ID")]
    pub id: i64,
    #[arg(value_name = "ITEM")]
    pub item: i64,
    #[arg(long)]
    pub any_unit: bool,
}

#[derive(Debug, Args)]
pub struct CommissionCancelArgs {
    #[arg(value_name = "ID")]
    pub id: i64,
}

#[derive(Debug, Args)]
pub struct ForwardArgs {
    #[arg(value_name = "ITEM", required = true)]
    pub items: Vec<i64>,
    #[arg(long, value_name = "OFFICE")]
    pub to: String,
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    #[arg(long, value_name = "NAME")]
    pub secrecy_reviewer: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReceiptsArgs {
    #[arg(long, value_name = "OFFICE")]
    pub to: String,
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct AdoptedArgs {
    #[arg(value_name = "ITEM")]
    pub item: i64,
    #[arg(long, value_name = "city|province|national")]
    pub level: String,
    #[arg(long, value_name = "NAME")]
    pub outlet: String,
    #[arg(long, value_name = "N", default_value = "")]
    pub issue: String,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// Adoptions or instructions dated in a range.
#[derive(Debug, Args)]
pub struct UpperListArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long)]
    pub json: bool,
}

/// `instruction ITEM --by … ` records one; `instruction done` and
/// `instruction list` are its subcommands, so that recording, the common
/// case, needs no word of its own.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct InstructionArgs {
    #[command(subcommand)]
    pub command: Option<InstructionCommand>,
    #[command(flatten)]
    pub add: InstructionAddArgs,
}

/// Optional in type only: clap requires each unless a subcommand is given.
#[derive(Debug, Args)]
pub struct InstructionAddArgs {
    #[arg(value_name = "ITEM", required = true)]
    pub item: Option<i64>,
    #[arg(long, value_name = "NAME", required = true)]
    pub by: Option<String>,
    #[arg(long, value_name = "district|city|province|national", required = true)]
    pub level: Option<String>,
    #[arg(long, value_name = "DATE", required = true)]
    pub date: Option<String>,
    #[arg(long, value_name = "TEXT", required = true)]
    pub text: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum InstructionCommand {
    Done(InstructionDoneArgs),
    List(UpperListArgs),
}

#[derive(Debug, Args)]
pub struct InstructionDoneArgs {
    #[arg(value_name = "ID")]
    pub id: i64,
    #[arg(long, value_name = "TEXT")]
    pub note: String,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// Which issue: 第 N 期, of a year (default: the latest that has it), or 增刊.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_name = "N", required_unless_present = "all")]
    pub number: Option<u32>,
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    #[arg(long, value_name = "Y")]
    pub year: Option<i16>,
    #[arg(long)]
    pub supplement: bool,
    #[arg(long, conflicts_with_all = ["number", "series", "year", "supplement"])]
    pub all: bool,
    #[arg(long, default_value = "text", value_name = "FORMAT")]
    pub format: String,
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    #[arg(long)]
    pub crlf: bool,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, default_value_t = 0, value_name = "W", value_parser = width_range())]
    pub width: usize,
    #[arg(long, value_name = "L", value_parser = page_lines_range())]
    pub page_lines: Option<usize>,
    #[arg(long)]
    pub hang: bool,
    #[arg(long)]
    pub force: bool,
    #[arg(long, value_name = "FILE")]
    pub template: Option<PathBuf>,
    #[arg(long)]
    pub upward: bool,
}

/// The built-in Word template, with its placeholders, for an office to
/// make its own from.
#[derive(Debug, Args)]
pub struct TemplateArgs {
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

/// The annual index of a year's issues.
#[derive(Debug, Args)]
pub struct IndexArgs {
    #[arg(long, value_name = "Y")]
    pub year: i16,
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    #[arg(long, default_value = "text", value_name = "FORMAT")]
    pub format: String,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub drafts: bool,
}

#[derive(Debug, Args)]
pub struct IssueRef {
    #[arg(value_name = "N")]
    pub number: u32,
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    #[arg(long, value_name = "Y")]
    pub year: Option<i16>,
    #[arg(long)]
    pub supplement: bool,
}

#[derive(Debug, Subcommand)]
pub enum IssueCommand {
    New(NewIssueArgs),
    List(IssueListArgs),
    Show(IssueShowArgs),
    Add(AddArgs),
    Remove(RemoveArgs),
    Move(MoveArgs),
    Set(SetFieldArgs),
    Finalise(FinaliseArgs),
    Delete(IssueRef),
    Sign(SignArgs),
    Secrecy(SecrecyArgs),
    Recipient(RecipientArgs),
    Sent(SentArgs),
    Sheet(SheetArgs),
}

/// A step of 审核签发: `issue sign N --role sign --by 张伟`.
#[derive(Debug, Args)]
pub struct SignArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(long, value_name = "ROLE")]
    pub role: String,
    #[arg(long, value_name = "NAME")]
    pub by: String,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// 保密审查: `issue secrecy N --by 王五 [--not-cleared] [--note …]`.
#[derive(Debug, Args)]
pub struct SecrecyArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(long, value_name = "NAME")]
    pub by: String,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[arg(long)]
    pub not_cleared: bool,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

/// A line of the distribution list: `issue recipient N 峡窝镇 --rank 发 --copies 5`.
#[derive(Debug, Args)]
pub struct RecipientArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(value_name = "NAME")]
    pub name: String,
    #[arg(long, value_name = "RANK", required_unless_present = "remove")]
    pub rank: Option<String>,
    #[arg(long, default_value_t = 1, value_name = "C")]
    pub copies: u32,
    #[arg(long, conflicts_with_all = ["rank", "copies"])]
    pub remove: bool,
}

/// Sending recorded: `issue sent N [--to NAME…] [--date D]`.
#[derive(Debug, Args)]
pub struct SentArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(long, value_name = "NAME", num_args = 1..)]
    pub to: Vec<String>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// The 审签单: `issue sheet N [--format docx -o FILE]`.
#[derive(Debug, Args)]
pub struct SheetArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(long, default_value = "text", value_name = "FORMAT")]
    pub format: String,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[arg(long)]
    pub bulletin: bool,
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<String>,
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    #[arg(long, default_value_t = 50, value_name = "N")]
    pub limit: usize,
    #[arg(long, default_value = "received", value_parser = ["received", "oldest", "imported"])]
    pub sort: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(value_name = "ITEM")]
    pub item: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    #[arg(value_name = "ITEM")]
    pub item: i64,
    #[arg(long, value_name = "REASON")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct ItemsArgs {
    #[arg(required = true, value_name = "ITEM")]
    pub items: Vec<i64>,
}

#[derive(Debug, Args)]
pub struct RejectArgs {
    #[arg(required = true, value_name = "ITEM")]
    pub items: Vec<i64>,
    #[arg(long, value_name = "REASON")]
    pub reason: Option<String>,
}

#[derive(Debug, Args)]
pub struct UndoArgs {
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct WrapArgs {
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    #[arg(long, value_name = "W", value_parser = width_range())]
    pub width: Option<usize>,
    #[arg(long, default_value_t = 2, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=20))]
    pub indent: usize,
    #[arg(long, value_name = "L", value_parser = page_lines_range())]
    pub page_lines: Option<usize>,
    #[arg(long)]
    pub hang: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(value_name = "ITEM")]
    pub items: Vec<i64>,
    #[arg(long, value_name = "N")]
    pub issue: Option<u32>,
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    #[arg(long, value_name = "Y")]
    pub year: Option<i16>,
    #[arg(long)]
    pub supplement: bool,
    #[arg(long)]
    pub fix: bool,
    #[arg(long)]
    pub json: bool,
    #[arg(long, conflicts_with_all = ["items", "issue", "fix", "json"])]
    pub rules: bool,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long, value_name = "2023Q3")]
    pub quarter: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    #[arg(long, conflicts_with_all = ["csv", "report"])]
    pub json: bool,
    #[arg(long, conflicts_with = "report")]
    pub csv: bool,
    #[arg(long)]
    pub report: bool,
    #[arg(long, value_name = "UNIT", conflicts_with_all = ["csv", "report"])]
    pub explain: Option<String>,
    // `requires` alone lets `--csv -o` through: clap drops a requirement
    // that conflicts with an argument given, and --csv conflicts with
    // --report.
    #[arg(short, long, value_name = "FILE", requires = "report", conflicts_with_all = ["csv", "json", "explain"])]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RemindArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long)]
    pub json: bool,
    #[arg(short, long, value_name = "FILE", conflicts_with = "json")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FeedbackArgs {
    #[arg(value_name = "UNIT")]
    pub unit: String,
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    #[arg(long, value_name = "FORMAT", default_value = "text")]
    pub format: String,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, value_name = "N")]
    pub synthetic: Option<usize>,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    #[arg(long)]
    pub init: bool,
}

#[derive(Debug, Args)]
pub struct BackupArgs {
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct NewIssueArgs {
    #[arg(long, value_name = "N")]
    pub number: Option<u32>,
    #[arg(long, value_name = "NAME")]
    pub series: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[arg(long)]
    pub supplement: bool,
}

#[derive(Debug, Args)]
pub struct IssueListArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct IssueShowArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(required = true, value_name = "ITEM")]
    pub items: Vec<i64>,
    #[arg(long)]
    pub brief: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(value_name = "ITEM")]
    pub item: i64,
}

#[derive(Debug, Args)]
pub struct MoveArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(value_name = "ITEM")]
    pub item: i64,
    #[arg(long, value_name = "POS")]
    pub to: usize,
}

#[derive(Debug, Args)]
pub struct SetFieldArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(value_name = "FIELD")]
    pub field: String,
    #[arg(value_name = "VALUE", allow_hyphen_values = true)]
    pub value: String,
}

#[derive(Debug, Args)]
pub struct FinaliseArgs {
    #[command(flatten)]
    pub issue: IssueRef,
    #[arg(long)]
    pub force: bool,
}
