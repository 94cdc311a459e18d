//! `accord checkin list`

use crate::cli::{PeriodArgs, word};
use crate::context::Ctx;
use crate::model::records::{Checkin, CheckinKind};
use crate::report::checkin::CheckinRow;
use crate::report::{ListFormat, list};
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's check-ins
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Option<String>,
    #[command(flatten)]
    pub period: PeriodArgs,
    /// Only check-ins of this kind
    #[arg(long, value_parser = word::<CheckinKind>())]
    pub kind: Option<CheckinKind>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let (since, until) = args.period.bounds(ctx.today, ws.settings.fiscal_year_start);
    let shown = |c: &&Checkin| {
        since.is_none_or(|s| c.date >= s)
            && until.is_none_or(|u| c.date <= u)
            && args.kind.is_none_or(|k| c.kind == k)
    };
    // Keep only the partners with a check-in to show: the rows borrow them.
    let mut any = false;
    let partners = ws.partners_with(args.partner.as_deref(), |p| {
        any |= !p.checkins.is_empty();
        p.checkins.iter().any(|c| shown(&c))
    })?;
    let mut rows: Vec<CheckinRow> = partners
        .iter()
        .flat_map(|p| {
            p.checkins
                .iter()
                .filter(shown)
                .map(move |c| CheckinRow::new(p, c))
        })
        .collect();
    rows.sort_by(|a, b| {
        let (x, y) = (a.record(), b.record());
        y.date
            .cmp(&x.date)
            .then_with(|| a.partner.cmp(b.partner))
            .then_with(|| x.id.cmp(&y.id))
    });
    let empty = if any {
        "no check-ins match"
    } else {
        "no check-ins yet; log one with `accord checkin log PARTNER --summary TEXT`"
    };
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, empty)?,
        args.format,
    )
}
