//! `accord action add|list|done|reopen|set|remove`: the action items each side agreed to, outside
//! or inside a check-in (`checkin log --action` adds them too).

pub mod add;
mod done;
mod list;
mod set;

use crate::cli::record::{self, RemoveArgs};
use crate::context::Ctx;
use crate::model::records::Action;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ActionCommand {
    /// Add an action item agreed outside a check-in
    Add(add::AddArgs),
    /// List action items, most urgent first
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Mark an action item done
    Done(done::DoneArgs),
    /// Mark a done action item as open again
    Reopen(done::ReopenArgs),
    /// Change an action item: its text, owner, side, due date or done date
    Set(set::SetArgs),
    /// Remove an action item (asks first on a terminal; elsewhere needs --yes)
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs<Action>),
}

pub fn run(ctx: &Ctx, cmd: ActionCommand) -> anyhow::Result<()> {
    match cmd {
        ActionCommand::Add(args) => add::run(ctx, args),
        ActionCommand::List(args) => list::run(ctx, args),
        ActionCommand::Done(args) => done::done(ctx, args),
        ActionCommand::Reopen(args) => done::reopen(ctx, args),
        ActionCommand::Set(args) => record::set(ctx, args),
        ActionCommand::Remove(args) => record::remove(ctx, args),
    }
}
