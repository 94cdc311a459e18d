//! `accord contrib log|list`: what each side puts into a partnership (money, hours,
//! goods, space, data), with totals per partner, kind and side, and the balance between
//! the sides. The rows, totals and `partner show` section live in `report::contribution`.

mod list;
mod log;

use crate::context::Ctx;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ContribCommand {
    /// Record what one side put into a partnership
    Log(log::LogArgs),
    /// List contributions, with totals per partner, kind and side
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
}

pub fn run(ctx: &Ctx, cmd: ContribCommand) -> anyhow::Result<()> {
    match cmd {
        ContribCommand::Log(args) => log::run(ctx, args),
        ContribCommand::List(args) => list::run(ctx, args),
    }
}
