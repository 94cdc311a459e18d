//! `accord contrib list`: contributions with totals per partner, kind and side.

use crate::cli::PeriodArgs;
use crate::context::Ctx;
use crate::error::usage;
use crate::report::contribution::{ContribList, render_list};
use crate::report::{ListFormat, list};
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's contributions
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Option<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Output format (CSV has the contributions only; JSON adds the totals)
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let s = &ws.settings;
    let (since, until) = args.period.bounds(ctx.today, s.fiscal_year_start);
    if let (Some(a), Some(b)) = (since, until)
        && b < a
    {
        return Err(usage(format!("--until {b} is before --since {a}")));
    }
    let partners = ws.partners_of(args.partner.as_deref())?;
    let view = ContribList::new(&partners, s, (since, until), ctx.today);
    let empty = "no contributions recorded; log one with `accord contrib log PARTNER --kind funding --amount N`";
    let text = match args.format {
        ListFormat::Json => list::json(&view)?,
        ListFormat::Csv => list::render(&view.contributions, args.format, &ctx.painter, empty)?,
        ListFormat::Table if view.contributions.is_empty() => format!("{empty}\n"),
        ListFormat::Table => render_list(&view, s, &ctx.painter),
    };
    ctx.emit_list(text, args.format)
}
