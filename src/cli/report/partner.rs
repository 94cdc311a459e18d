//! `accord report partner ID`: load one partner and the goals it shares, then render
//! its story.

use super::{PartnerArgs, emit};
use crate::context::Ctx;
use crate::report::partner_report::{self, PartnerSection, csv, document};
use crate::store::Kind;
use crate::store::instruments::Catalog;

pub fn run(ctx: &Ctx, args: PartnerArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let mut p = ws.load_partner(&id)?;
    p.id = id.clone();
    let catalog = Catalog::load(ws)?;
    let find = |name: &str| catalog.find(name);
    let goals = ws
        .goals()?
        .into_iter()
        .filter(|g| g.partners.contains(&id))
        .collect::<Vec<_>>();
    let settings = &ws.settings;
    let surveys = crate::cli::survey::partner_briefs(ws, &id, ctx.today)?;
    let story =
        partner_report::story(&p, &id, &goals, settings, &find, ctx.today).with_surveys(surveys);
    emit(
        ctx,
        &args.out,
        &story,
        (&args.section, &args.omit, PartnerSection::Quarters),
        || document(&story, settings, &find),
        |section, w| Ok(w.write_all(csv(&story, section, settings)?.as_bytes())?),
        || Ok(()),
    )
}
