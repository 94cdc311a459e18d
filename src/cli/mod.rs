//! The command line: clap definitions, one file per command group. Handlers are thin:
//! they parse, call the store and model, and pick how to render.

pub mod action;
pub mod calendar;
pub mod check;
pub mod checkin;
pub mod complete;
pub mod contrib;
pub mod edit;
pub mod editor;
pub mod eval;
pub mod export;
pub mod goal;
pub mod import;
pub mod init;
pub mod instrument;
pub mod log;
pub mod merge_file;
pub mod output;
pub mod partner;
pub mod record;
pub mod report;
pub mod resolve;
pub mod role;
pub mod shell;
pub mod status;
pub mod survey;
pub mod sync;
pub mod undo;
pub mod win;
pub mod workspace;

use crate::context::Ctx;
use crate::model::date::DateSpec;
use crate::report::style::ColorWhen;
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

const ABOUT: &str =
    "Track education partnerships: partners, roles, goals, check-ins, evaluations and reports";

const LONG_ABOUT: &str = "\
Track education partnerships: partners, roles, goals, check-ins, evaluations and reports.

Data lives in a workspace: a folder of TOML files you can read, edit by hand and keep in git.
Start with `accord init`, or just `accord partner add \"Riverside Hospital\"` to use the
default workspace.";

#[derive(Debug, Parser)]
#[command(name = "accord", version, about = ABOUT, long_about = LONG_ABOUT, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Use the workspace in DIR [default: $ACCORD_WORKSPACE, else the nearest folder upward
    /// with an accord.toml, else the default workspace]
    #[arg(short = 'w', long, global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,

    /// Treat DATE as today, e.g. to see a report as of a past date [default: $ACCORD_TODAY,
    /// else the system clock]
    #[arg(long, global = true, value_name = "DATE", allow_hyphen_values = true)]
    pub today: Option<DateSpec>,

    /// When to use color
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,

    /// Start CSV output with a byte-order mark, so Excel on Windows reads accented names
    /// right (export, list and report CSV)
    #[arg(long, global = true)]
    pub bom: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a workspace
    Init(init::InitArgs),
    /// Show which workspace is in use, and why
    Workspace(workspace::WorkspaceArgs),
    /// Add, list, show and change partners
    #[command(subcommand)]
    Partner(partner::PartnerCommand),
    /// Name who holds which role on each side of a partnership
    #[command(subcommand)]
    Role(role::RoleCommand),
    /// Log check-ins with partners, and list them
    #[command(subcommand)]
    Checkin(checkin::CheckinCommand),
    /// Track the action items each side agreed to
    #[command(subcommand)]
    Action(action::ActionCommand),
    /// Set measurable goals, track them and see which are moving
    #[command(subcommand)]
    Goal(goal::GoalCommand),
    /// Record, list and compare evaluations of partnership health
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// List, show and export the evaluation instruments
    #[command(subcommand)]
    Instrument(instrument::InstrumentCommand),
    /// Log what each side puts in, and see the totals and balance
    #[command(subcommand)]
    Contrib(contrib::ContribCommand),
    /// Log and list success stories and milestones
    #[command(subcommand)]
    Win(win::WinCommand),
    /// Edit one record (a check-in, action item, evaluation, contribution, win or
    /// measurement) in your editor, checked before it is saved
    Edit(edit::EditArgs),
    /// Ask many people at once: questions for a form, its responses read back, results
    #[command(subcommand)]
    Survey(survey::SurveyCommand),
    /// Reports to hand on: the quarter's, the year's, or one partner's story
    #[command(subcommand)]
    Report(report::ReportCommand),
    /// What needs attention now, most urgent first
    Status(status::StatusArgs),
    /// Validate every file of the workspace and report every problem
    Check(check::CheckArgs),
    /// Read partners or records from a CSV file, all or nothing
    Import(import::ImportArgs),
    /// Write one kind of record as a CSV table or JSON, for spreadsheets and other tools
    Export(export::ExportArgs),
    /// Write an iCalendar feed of what comes due, for a calendar app to subscribe to
    Calendar(calendar::CalendarArgs),
    /// Share the workspace with the team through git: commit, pull, merge, push
    Sync(sync::SyncArgs),
    /// Who changed what, and when, from the workspace's git history
    Log(log::LogArgs),
    /// Settle the conflicts a merge left: pick a side or type a value
    Resolve(resolve::ResolveArgs),
    /// Merge one accord file by record: the git merge driver (`accord sync --setup`
    /// installs it)
    MergeFile(merge_file::MergeFileArgs),
    /// Undo the last command that changed this workspace, or the last N
    ///
    /// Every file the command wrote is put back as it was, a file it made is removed and a
    /// file it removed comes back. Undo refuses, changing nothing, when a file has changed
    /// since (by hand, or by a git pull). The last 50 commands are kept in
    /// .accord/journal/, which git ignores. An undo cannot itself be undone: to redo, run
    /// the command again.
    Undo(undo::UndoArgs),
    /// Print a shell completion script
    Completions(shell::CompletionsArgs),
    /// Print the manual page, or write one page per command into a folder
    Man(shell::ManArgs),
}

/// The period a list covers: `--since` and `--until`, or a whole `--quarter`.
#[derive(Debug, clap::Args)]
pub struct PeriodArgs {
    /// Only records on or after this date
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<DateSpec>,
    /// Only records on or before this date
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub until: Option<DateSpec>,
    /// Only records in this quarter: 2026-Q3, FY2027-Q1, current, previous, or a date
    /// inside it
    #[arg(long, value_name = "Q", conflicts_with_all = ["since", "until"])]
    pub quarter: Option<crate::model::quarter::QuarterSpec>,
}

impl PeriodArgs {
    /// The first and last days, each open when not given.
    pub fn bounds(
        &self,
        today: NaiveDate,
        fy_start: u32,
    ) -> (Option<NaiveDate>, Option<NaiveDate>) {
        match self.quarter {
            Some(q) => {
                let q = q.resolve(today, fy_start);
                (Some(q.start()), Some(q.end()))
            }
            None => (
                self.since.map(|d| d.resolve(today)),
                self.until.map(|d| d.resolve(today)),
            ),
        }
    }
}

/// Today: `--today`, else `ACCORD_TODAY`, else the system clock.
pub fn today(cli: &Cli) -> anyhow::Result<NaiveDate> {
    let clock = chrono::Local::now().date_naive();
    if let Some(spec) = cli.today {
        return Ok(spec.resolve(clock));
    }
    match std::env::var("ACCORD_TODAY") {
        Ok(v) if !v.trim().is_empty() => v
            .parse::<DateSpec>()
            .map(|s| s.resolve(clock))
            .map_err(|e| crate::error::usage(format!("ACCORD_TODAY: {e}"))),
        _ => Ok(clock),
    }
}

pub fn dispatch(ctx: &Ctx, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Workspace(args) => workspace::run(ctx, args),
        Command::Partner(cmd) => partner::run(ctx, cmd),
        Command::Role(cmd) => role::run(ctx, cmd),
        Command::Checkin(cmd) => checkin::run(ctx, cmd),
        Command::Action(cmd) => action::run(ctx, cmd),
        Command::Goal(cmd) => goal::run(ctx, cmd),
        Command::Eval(cmd) => eval::run(ctx, cmd),
        Command::Instrument(cmd) => instrument::run(ctx, cmd),
        Command::Contrib(cmd) => contrib::run(ctx, cmd),
        Command::Win(cmd) => win::run(ctx, cmd),
        Command::Edit(args) => edit::run(ctx, args),
        Command::Survey(cmd) => survey::run(ctx, cmd),
        Command::Report(cmd) => report::run(ctx, cmd),
        Command::Status(args) => status::run(ctx, args),
        Command::Check(args) => check::run(ctx, args),
        Command::Import(args) => import::run(ctx, args),
        Command::Export(args) => export::run(ctx, args),
        Command::Calendar(args) => calendar::run(ctx, args),
        Command::Sync(args) => sync::run(ctx, args),
        Command::Log(args) => log::run(ctx, args),
        Command::Resolve(args) => resolve::run(ctx, args),
        Command::MergeFile(args) => merge_file::run(ctx, args),
        Command::Undo(args) => undo::run(ctx, args),
        Command::Completions(args) => shell::completions(ctx, args),
        Command::Man(args) => shell::man(ctx, args),
    }
}

/// A clap parser for a fixed set of words (stages, sides...), listing them in `--help`.
pub fn word<T: crate::model::Word>() -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(T::NAMES)
        .map(|s| s.parse::<T>().expect("clap only passes listed values"))
}

/// Trimmed, non-empty, without repeats (ignoring case), in the order given.
pub fn clean_list(items: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if !out.iter().any(|o| o.eq_ignore_ascii_case(item)) {
            out.push(item.to_string());
        }
    }
    out
}

/// Resolve an optional typed date, defaulting to today.
pub fn date_or_today(ctx: &Ctx, spec: Option<DateSpec>) -> NaiveDate {
    spec.map_or(ctx.today, |s| s.resolve(ctx.today))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
