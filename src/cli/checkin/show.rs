//! `accord checkin show`

use crate::context::Ctx;
use crate::model::partner::Partner;
use crate::model::records::Checkin;
use crate::report::checkin::CheckinView;
use crate::report::{ShowFormat, list};
use crate::store::records::Locate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The check-in's id (or a unique prefix of it)
    #[arg(add = crate::cli::complete::checkins())]
    pub id: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let found = ws.locate::<Partner, Checkin>(Locate::Id(&args.id))?;
    let (pid, rid) = (found.owner, found.key);
    let p = ws.load_partner(&pid)?;
    let c = p
        .checkins
        .iter()
        .find(|c| c.id == rid)
        .ok_or_else(|| anyhow::anyhow!("check-in `{rid}` is gone from `{pid}`"))?;
    let view = CheckinView::new(&p, c, ctx.today);
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&view.render(&ctx.painter)),
    }
}
