//! `accord checkin log|list|show|set|remove`: meetings, calls, visits and other contacts with a
//! partner, with the action items agreed at them. Their rows and screens, and the
//! check-in parts of `partner list` and `partner show`, are in `report::checkin`.

mod list;
mod log;
mod set;
mod show;

use crate::cli::record::{self, RemoveArgs};
use crate::context::Ctx;
use crate::model::records::Checkin;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum CheckinCommand {
    /// Record a meeting, call, visit or other contact with a partner
    Log(log::LogArgs),
    /// List check-ins, latest first
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Show one check-in with its notes and action items
    Show(show::ShowArgs),
    /// Change a check-in: its date, kind, summary, notes, attendees, topics, rating or
    /// next date, or move it to another partner with its action items
    Set(set::SetArgs),
    /// Remove a check-in (asks first on a terminal; elsewhere needs --yes)
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs<Checkin>),
}

pub fn run(ctx: &Ctx, cmd: CheckinCommand) -> anyhow::Result<()> {
    match cmd {
        CheckinCommand::Log(args) => log::run(ctx, args),
        CheckinCommand::List(args) => list::run(ctx, args),
        CheckinCommand::Show(args) => show::run(ctx, args),
        CheckinCommand::Set(args) => record::set(ctx, args),
        CheckinCommand::Remove(args) => record::remove(ctx, args),
    }
}
