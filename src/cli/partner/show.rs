//! `accord partner show`: the whole partner on one screen.

use crate::context::Ctx;
use crate::report::goal::partner_goals;
use crate::report::partner::PartnerView;
use crate::report::{ShowFormat, list};
use crate::store::Kind;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let partner = ws.load_partner(&id)?;
    let goals = partner_goals(&ws.goals()?, &id, ws.settings.goal_tolerance, ctx.today);
    let records = crate::cli::eval::partner_records(ws, &partner, ctx.today)?;
    let surveys = crate::cli::survey::partner_briefs(ws, &id, ctx.today)?;
    let view = PartnerView::new(&partner, ws.settings.cadence, ctx.today, goals, records)
        .with_surveys(surveys);
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&view.render(&ctx.painter, ctx.today)),
    }
}
