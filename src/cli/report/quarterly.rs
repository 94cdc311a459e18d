//! `accord report quarterly`: load the partners one at a time into the quarter's
//! report, then render it.

use super::{QuarterlyArgs, emit};
use crate::context::Ctx;
use crate::model::quarter::QuarterSpec;
use crate::report::quarterly::{self, stakeholders, view};
use crate::store::Kind;
use crate::store::instruments::Catalog;

pub fn run(ctx: &Ctx, args: QuarterlyArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let settings = &ws.settings;
    let quarter = args
        .quarter
        .unwrap_or(QuarterSpec::Current)
        .resolve(ctx.today, settings.fiscal_year_start);
    let mut chosen = Vec::new();
    for typed in &args.partners {
        chosen.push(ws.resolve(Kind::Partner, typed)?);
    }
    let mut types = Vec::new();
    for typed in &args.types {
        types.push(settings.partner_type(typed).map_err(crate::error::usage)?);
    }
    let catalog = Catalog::load(ws)?;
    let find = |name: &str| catalog.find(name);
    let mut fold = quarterly::Fold::new(settings, &find, quarter, ctx.today);
    for p in ws.partners()? {
        let p = p?;
        if (chosen.is_empty() || chosen.contains(&p.id))
            && (types.is_empty() || types.contains(&p.kind))
        {
            fold.partner(&p);
        }
    }
    let narrowed = !chosen.is_empty() || !types.is_empty();
    let goals: Vec<_> = ws
        .goals()?
        .into_iter()
        .filter(|g| !narrowed || g.partners.iter().any(|id| fold.has_partner(id)))
        .collect();
    let surveys: Vec<_> = crate::cli::survey::for_quarter(ws, quarter)?
        .into_iter()
        .filter(|s| !narrowed || s.partners.iter().any(|id| fold.has_partner(id)))
        .collect();
    let mut report = fold.finish(&goals);
    // Partners' names from the report's rows, else from their files.
    let known: std::collections::HashMap<&str, &str> = report
        .partners
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str()))
        .collect();
    let names = |id: &str| match known.get(id) {
        Some(name) => Some(name.to_string()),
        None => ws.load_partner(id).ok().map(|p| p.name),
    };
    report.stakeholders =
        stakeholders::briefs(&surveys, &find, settings, quarter, report.as_of, &names);
    report.filter = chosen
        .iter()
        .map(|id| format!("partner {id}"))
        .chain(types.iter().map(|t| format!("type {t}")))
        .collect();
    let q = quarter;
    emit(
        ctx,
        &args.out,
        &report,
        || view::document(&report, &find, q),
        || view::csv(&report, args.section),
    )
}
