//! `accord action done|reopen`: mark an action item done, or open again.

use crate::cli::date_or_today;
use crate::context::Ctx;
use crate::error::usage;
use crate::model::date::{DateSpec, days_between, span_words};
use crate::model::partner::Partner;
use crate::model::records::Action;
use crate::model::registry;
use crate::report::action::describe;
use crate::store::edit;
use crate::store::records::Locate;
use clap::Args;

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The action item's id (or a unique prefix of it)
    #[arg(add = crate::cli::complete::open_actions())]
    pub id: String,
    /// When it was done [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The action item's id (or a unique prefix of it)
    #[arg(add = crate::cli::complete::done_actions())]
    pub id: String,
}

/// Change one action item, found by id or prefix, under the workspace lock: `change`
/// sees the item as read and its table in the file, and says what it did. A change
/// that leaves the table as it was writes nothing.
fn change_item(
    ctx: &Ctx,
    typed: &str,
    change: impl FnOnce(&Action, &mut toml_edit::Table) -> anyhow::Result<String>,
) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let found = ws.locate::<Partner, Action>(Locate::Id(typed))?;
    let (pid, rid) = (found.owner, found.key);
    let said = ws.update::<Partner, _>(&pid, |p, e| {
        let a = p
            .actions
            .iter()
            .find(|a| a.id == rid)
            .ok_or_else(|| anyhow::anyhow!("action item `{rid}` is gone from `{pid}`"))?;
        let table = edit::find_mut(&mut e.doc, "action", "id", &rid)
            .ok_or_else(|| anyhow::anyhow!("action item `{rid}` is not in an [[action]] table"))?;
        change(a, table).map(|said| format!("{said} ({pid})"))
    })?;
    ctx.status(&said);
    Ok(())
}

pub fn done(ctx: &Ctx, args: DoneArgs) -> anyhow::Result<()> {
    let date = date_or_today(ctx, args.date);
    registry::check_date::<Action>("done", date, ctx.today).map_err(usage)?;
    change_item(ctx, &args.id, |a, table| {
        if let Some(created) = a.created.filter(|&c| date < c) {
            return Err(usage(format!(
                "the done date {date} is before the item was recorded ({created})"
            )));
        }
        if let Some(was) = a.done
            && (args.date.is_none() || was == date)
        {
            return Ok(format!(
                "`{}` was already done on {was}; nothing changed",
                a.id
            ));
        }
        edit::set_date(table, "done", date);
        let late = a
            .due
            .filter(|&due| date > due)
            .map_or(String::new(), |due| {
                format!(", {} after it was due", span_words(days_between(due, date)))
            });
        Ok(format!("done on {date}{late}: {}", describe(a)))
    })
}

pub fn reopen(ctx: &Ctx, args: ReopenArgs) -> anyhow::Result<()> {
    change_item(ctx, &args.id, |a, table| {
        if a.done.is_none() {
            return Ok(format!("`{}` is already open; nothing changed", a.id));
        }
        table.remove("done");
        Ok(format!("reopened {}", describe(a)))
    })
}
