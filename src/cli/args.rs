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
    Import {
        #[arg(long)]
        bulletin: bool,
        #[arg(long)]
        json: bool,
        #[arg(long)]
        dry_run: bool,
        #[arg(long, value_name = "NAME")]
        encoding: Option<String>,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    List {
        #[arg(long, value_name = "STATUS")]
        status: Option<String>,
        #[arg(long, value_name = "UNIT")]
        unit: Option<String>,
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        #[arg(long, default_value_t = 50, value_name = "N")]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    Show {
        #[arg(value_name = "ITEM")]
        item: i64,
        #[arg(long)]
        json: bool,
    },
    Edit {
        #[arg(value_name = "ITEM")]
        item: i64,
    },
    Accept {
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<i64>,
    },
    Reject {
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<i64>,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    Hold {
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<i64>,
    },
    Undo {
        #[arg(long)]
        yes: bool,
    },
    Issue {
        #[command(subcommand)]
        command: IssueCommand,
    },
    Export(ExportArgs),
    Wrap {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
        #[arg(long, value_name = "W", value_parser = width_range())]
        width: Option<usize>,
        #[arg(long, default_value_t = 2, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=20))]
        indent: usize,
        #[arg(long, value_name = "L", value_parser = page_lines_range())]
        page_lines: Option<usize>,
        #[arg(long)]
        hang: bool,
    },
    Check {
        #[arg(value_name = "ITEM")]
        items: Vec<i64>,
        #[arg(long, value_name = "N")]
        issue: Option<u32>,
        #[arg(long, value_name = "NAME")]
        series: Option<String>,
        #[arg(long, value_name = "Y")]
        year: Option<i16>,
        #[arg(long)]
        supplement: bool,
        #[arg(long)]
        fix: bool,
        #[arg(long)]
        json: bool,
        #[arg(long, conflicts_with_all = ["items", "issue", "fix", "json"])]
        rules: bool,
    },
    Stats {
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        #[arg(long, value_name = "2023Q3")]
        quarter: Option<String>,
        #[arg(long, value_name = "NAME")]
        series: Option<String>,
        #[arg(long, conflicts_with_all = ["csv", "report"])]
        json: bool,
        #[arg(long, conflicts_with = "report")]
        csv: bool,
        #[arg(long)]
        report: bool,
    },
    Demo {
        #[arg(long, value_name = "N")]
        synthetic: Option<usize>,
    },
    Config {
        #[arg(long)]
        init: bool,
    },
    Units {
        #[command(subcommand)]
        command: Option<UnitsCommand>,
    },
    Status,
    Backup {
        #[arg(value_name = "PATH")]
        path: Option<PathBuf>,
    },
    Restore {
        #[arg(value_name = "PATH")]
        path: PathBuf,
        #[arg(long)]
        yes: bool,
    },
    Verify,
    Completions {
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    Man {
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
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
    New {
        #[arg(long, value_name = "N")]
        number: Option<u32>,
        #[arg(long, value_name = "NAME")]
        series: Option<String>,
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        #[arg(long)]
        supplement: bool,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Show {
        #[command(flatten)]
        issue: IssueRef,
        #[arg(long)]
        json: bool,
    },
    Add {
        #[command(flatten)]
        issue: IssueRef,
        #[arg(required = true, value_name = "ITEM")]
        items: Vec<i64>,
        #[arg(long)]
        brief: bool,
    },
    Remove {
        #[command(flatten)]
        issue: IssueRef,
        #[arg(value_name = "ITEM")]
        item: i64,
    },
    Move {
        #[command(flatten)]
        issue: IssueRef,
        #[arg(value_name = "ITEM")]
        item: i64,
        #[arg(long, value_name = "POS")]
        to: usize,
    },
    Set {
        #[command(flatten)]
        issue: IssueRef,
        #[arg(value_name = "FIELD")]
        field: String,
        #[arg(value_name = "VALUE", allow_hyphen_values = true)]
        value: String,
    },
    Finalise {
        #[command(flatten)]
        issue: IssueRef,
        #[arg(long)]
        force: bool,
    },
    Delete {
        #[command(flatten)]
        issue: IssueRef,
    },
}
