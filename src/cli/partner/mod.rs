//! `accord partner ...`: add, list, show and change partners.

mod add;
mod contact;
mod edit;
mod lifecycle;
mod list;
mod set;
mod show;

use crate::context::Ctx;
use clap::Subcommand;

pub use contact::ContactCommand;
// The one section heading, still reached from here by `cli/checkin.rs`.
pub use crate::report::table::section;

#[derive(Debug, Subcommand)]
pub enum PartnerCommand {
    /// Add a partner
    Add(add::AddArgs),
    /// List partners
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Show everything about one partner
    Show(show::ShowArgs),
    /// Change a partner's profile, stage, cadence or agreement
    Set(set::SetArgs),
    /// Add, change or remove a contact person
    #[command(subcommand)]
    Contact(ContactCommand),
    /// End a partnership, keeping its history
    End(lifecycle::EndArgs),
    /// Edit a partner's file in your editor, checked before it is saved
    Edit(edit::EditArgs),
    /// Delete a partner and its file
    #[command(visible_alias = "rm")]
    Remove(lifecycle::RemoveArgs),
}

pub fn run(ctx: &Ctx, cmd: PartnerCommand) -> anyhow::Result<()> {
    match cmd {
        PartnerCommand::Add(args) => add::run(ctx, args),
        PartnerCommand::List(args) => list::run(ctx, args),
        PartnerCommand::Show(args) => show::run(ctx, args),
        PartnerCommand::Set(args) => set::run(ctx, args),
        PartnerCommand::Contact(cmd) => contact::run(ctx, cmd),
        PartnerCommand::End(args) => lifecycle::end(ctx, args),
        PartnerCommand::Edit(args) => edit::run(ctx, args),
        PartnerCommand::Remove(args) => lifecycle::remove(ctx, args),
    }
}
