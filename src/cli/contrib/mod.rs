//! `accord contrib log|list|set|remove`: what each side puts into a partnership (money, hours,
//! goods, space, data), with totals per partner, kind and side, and the balance between
//! the sides. The rows, totals and `partner show` section live in `report::contribution`.

mod list;
mod log;
mod set;

use crate::cli::record::{self, RemoveArgs};
use crate::context::Ctx;
use crate::model::records::Contribution;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ContribCommand {
    /// Record what one side put into a partnership
    Log(log::LogArgs),
    /// List contributions, with totals per partner, kind and side
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Change a contribution: its date, kind, amount, side or note
    Set(set::SetArgs),
    /// Remove a contribution (asks first on a terminal; elsewhere needs --yes)
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs<Contribution>),
}

pub fn run(ctx: &Ctx, cmd: ContribCommand) -> anyhow::Result<()> {
    match cmd {
        ContribCommand::Log(args) => log::run(ctx, args),
        ContribCommand::List(args) => list::run(ctx, args),
        ContribCommand::Set(args) => record::set(ctx, args),
        ContribCommand::Remove(args) => record::remove(ctx, args),
    }
}
