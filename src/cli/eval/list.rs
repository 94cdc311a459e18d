//! `accord eval list`: evaluations, of one partner or of all.

use crate::cli::word;
use crate::context::Ctx;
use crate::model::partner::Side;
use crate::model::records::Evaluation;
use crate::report::evaluation::EvalRow;
use crate::report::{ListFormat, list};
use crate::store::instruments::Catalog;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's evaluations
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Option<String>,
    /// Only evaluations on this instrument
    #[arg(long, value_name = "NAME")]
    pub instrument: Option<String>,
    /// Only evaluations by this side
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let partners = ws.partners_of(args.partner.as_deref())?;
    let mut rows = Vec::new();
    for p in &partners {
        let mut evals: Vec<&Evaluation> = p
            .evaluations
            .iter()
            .filter(|e| args.instrument.as_ref().is_none_or(|i| &e.instrument == i))
            .filter(|e| args.side.is_none_or(|s| e.side == s))
            .collect();
        evals.sort_by_key(|e| e.date);
        rows.extend(
            evals
                .into_iter()
                .map(|e| EvalRow::new(p, e, catalog.find(&e.instrument))),
        );
    }
    let empty = "no evaluations yet; record one with `accord eval record PARTNER`";
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, empty)?,
        args.format,
    )
}
