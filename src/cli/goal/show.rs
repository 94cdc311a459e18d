//! `accord goal show`: one goal on one screen, with its measurements, trend and status.

use crate::context::Ctx;
use crate::report::goal::GoalView;
use crate::report::{ShowFormat, list};
use crate::store::Kind;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The goal: its id or a unique prefix, or its title or a word of it
    #[arg(add = crate::cli::complete::goals())]
    pub goal: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Goal, &args.goal)?;
    let goal = ws.load_goal(&id)?;
    let name_of = |id: &str| ws.load_partner(id).ok().map(|p| p.name);
    let view = GoalView::new(&goal, name_of, ws.settings.goal_tolerance, ctx.today);
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&view.render(&goal, &ctx.painter)),
    }
}
