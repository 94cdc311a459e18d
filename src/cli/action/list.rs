//! `accord action list`

use crate::cli::word;
use crate::context::Ctx;
use crate::model::action;
use crate::model::partner::{Partner, Side};
use crate::report::action::{ActionRow, ActionStatus, sort};
use crate::report::{ListFormat, list};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only items still to do
    #[arg(long, conflicts_with_all = ["done", "overdue"])]
    pub open: bool,
    /// Only items done
    #[arg(long, conflicts_with = "overdue")]
    pub done: bool,
    /// Only items past their due date and not done
    #[arg(long)]
    pub overdue: bool,
    /// Only this partner's items
    #[arg(long, value_name = "PARTNER")]
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Option<String>,
    /// Only items on this side
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Only items whose owner's name contains this
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

impl ListArgs {
    fn matches(&self, r: &ActionRow) -> bool {
        let state_ok = if self.open {
            r.status != ActionStatus::Done
        } else if self.done {
            r.status == ActionStatus::Done
        } else if self.overdue {
            r.status == ActionStatus::Overdue
        } else {
            true
        };
        let owner_ok = self.owner.as_ref().is_none_or(|want| {
            r.item
                .owner
                .as_ref()
                .is_some_and(|o| o.to_lowercase().contains(&want.trim().to_lowercase()))
        });
        state_ok && owner_ok && self.side.is_none_or(|s| r.item.side == Some(s))
    }
}

/// The rows of partner `p` that `args` asks for.
fn rows<'a>(
    p: &'a Partner,
    args: &'a ListArgs,
    today: NaiveDate,
) -> impl Iterator<Item = ActionRow<'a>> {
    p.actions
        .iter()
        .filter(move |a| action::exists(a, today))
        .map(move |a| ActionRow::new(p, a, today))
        .filter(|row| args.matches(row))
}

pub fn run(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    // Keep only the partners with a row to show: the rows borrow their items.
    let mut any = false;
    let partners = ws.partners_with(args.partner.as_deref(), |p| {
        any |= p.actions.iter().any(|a| action::exists(a, ctx.today));
        rows(p, &args, ctx.today).next().is_some()
    })?;
    let mut rows: Vec<ActionRow> = partners
        .iter()
        .flat_map(|p| rows(p, &args, ctx.today))
        .collect();
    sort(&mut rows);
    let empty = if any {
        "no action items match"
    } else {
        "no action items yet; add one with `accord action add PARTNER TEXT` or `accord checkin log --action`"
    };
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, empty)?,
        args.format,
    )
}
