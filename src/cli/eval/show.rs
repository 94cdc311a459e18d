//! `accord eval show`: a partner's latest scores on an instrument, their changes and
//! trend, and where the sides differ.

use crate::context::Ctx;
use crate::error::hinted;
use crate::model::evaluation;
use crate::model::instrument::Instrument;
use crate::model::partner::Partner;
use crate::report::evaluation::{ShowView, render_show};
use crate::report::{ShowFormat, list};
use crate::store::Kind;
use crate::store::instruments::Catalog;
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// The instrument to show [default: the one of the latest evaluation]
    #[arg(long, value_name = "NAME")]
    pub instrument: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let p = ws.load_partner(&id)?;
    let inst = chosen_instrument(&catalog, &p, args.instrument.as_deref(), ctx.today)?;
    let summary = evaluation::summarize(&p.evaluations, inst, ctx.today, ws.settings.divergence)
        .ok_or_else(|| {
            let used: Vec<&str> = {
                let mut u: Vec<&str> = p
                    .evaluations
                    .iter()
                    .map(|e| e.instrument.as_str())
                    .collect();
                u.sort();
                u.dedup();
                u
            };
            let hint = if used.is_empty() {
                format!(
                    "record one with `accord eval record {id} --instrument {}`",
                    inst.name
                )
            } else {
                format!("it has evaluations on: {}", used.join(", "))
            };
            hinted(
                format!("`{id}` has no evaluations on `{}`", inst.name),
                hint,
            )
        })?;
    let view = ShowView::new(&p, inst, &summary, ctx.today);
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&view)?),
        ShowFormat::Table => ctx.emit(&render_show(&view, inst, &ctx.painter)),
    }
}

/// The instrument to show a partner's evaluations on: the one asked for, else the one of
/// its latest evaluation.
fn chosen_instrument<'c>(
    catalog: &'c Catalog,
    p: &Partner,
    asked: Option<&str>,
    today: NaiveDate,
) -> anyhow::Result<&'c Instrument> {
    let name = match asked {
        Some(n) => n.trim(),
        None => evaluation::latest_instrument(&p.evaluations, today).ok_or_else(|| {
            hinted(
                format!("`{}` has no evaluations yet", p.id),
                format!("record one with `accord eval record {}`", p.id),
            )
        })?,
    };
    catalog.require(name)
}
