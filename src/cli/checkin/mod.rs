//! `accord checkin log|list|show`: meetings, calls, visits and other contacts with a
//! partner, with the action items agreed at them. Their rows and screens, and the
//! check-in parts of `partner list` and `partner show`, are in `report::checkin`.

mod list;
mod log;
mod show;

use crate::context::Ctx;
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
}

pub fn run(ctx: &Ctx, cmd: CheckinCommand) -> anyhow::Result<()> {
    match cmd {
        CheckinCommand::Log(args) => log::run(ctx, args),
        CheckinCommand::List(args) => list::run(ctx, args),
        CheckinCommand::Show(args) => show::run(ctx, args),
    }
}
