//! `accord goal list`

use crate::cli::word;
use crate::context::Ctx;
use crate::model::goal::GoalStatus;
use crate::report::goal::{GoalRow, sort};
use crate::report::{ListFormat, list};
use crate::store::Kind;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only goals of this partner
    #[arg(long, value_name = "ID")]
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Option<String>,
    /// Only goals with this status
    #[arg(long, value_parser = word::<GoalStatus>())]
    pub status: Option<GoalStatus>,
    /// Include closed goals
    #[arg(short, long)]
    pub all: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let partner = args
        .partner
        .as_deref()
        .map(|p| ws.resolve(Kind::Partner, p))
        .transpose()?;
    let goals = ws.goals()?;
    let show_closed = args.all || args.status.is_some_and(GoalStatus::is_outcome);
    let mut rows = Vec::new();
    let mut hidden_closed = 0;
    for g in &goals {
        if partner.as_ref().is_some_and(|p| !g.partners.contains(p)) {
            continue;
        }
        let row = GoalRow::new(g, ws.settings.goal_tolerance, ctx.today);
        if args.status.is_some_and(|s| s != row.status) {
            continue;
        }
        if row.closed && !show_closed {
            hidden_closed += 1;
            continue;
        }
        rows.push(row);
    }
    sort(&mut rows);
    let empty = if goals.is_empty() {
        "no goals yet; add one with `accord goal add TITLE --metric NAME --unit UNIT --baseline N --target N --due DATE`"
    } else {
        "no goals match"
    };
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, empty)?,
        args.format,
    )?;
    if hidden_closed > 0 && args.format == ListFormat::Table {
        let s = if hidden_closed == 1 { "" } else { "s" };
        ctx.status(&format!(
            "{hidden_closed} closed goal{s} not shown; --all includes them"
        ));
    }
    Ok(())
}
