//! `accord goal close`: close a goal as met, missed or dropped, and say when the
//! measurements disagree with the outcome.

use crate::cli::date_or_today;
use crate::cli::goal::text;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::goal::{Goal, Outcome, assess, closing_disagreement};
use crate::model::registry;
use crate::store::{Kind, edit};
use clap::{ArgGroup, Args};

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("outcome").required(true).args(["met", "missed", "dropped"])))]
pub struct CloseArgs {
    /// The goal: its id or a unique prefix, or its title or a word of it
    #[arg(add = crate::cli::complete::goals())]
    pub goal: String,
    /// The target was reached
    #[arg(long)]
    pub met: bool,
    /// The due date came and the target was not reached
    #[arg(long)]
    pub missed: bool,
    /// The goal was given up (changed priorities, ended partnership...)
    #[arg(long)]
    pub dropped: bool,
    /// Why, or what was learned
    #[arg(long)]
    pub note: Option<String>,
    /// When it was closed [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
}

pub fn run(ctx: &Ctx, args: CloseArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Goal, &args.goal)?;
    let outcome = if args.met {
        Outcome::Met
    } else if args.missed {
        Outcome::Missed
    } else {
        Outcome::Dropped
    };
    let date = date_or_today(ctx, args.date);
    if date > ctx.today {
        return Err(usage(registry::future_message("goal", "closed", date)));
    }
    let note = text(args.note);
    if let Some(n) = &note {
        crate::model::validate::own_text("goal", "close_note", n).map_err(usage)?;
    }
    let tolerance = ws.settings.goal_tolerance;
    let status = ws.update::<Goal, _>(&id, |g, e| {
        if let (Some(o), Some(c)) = (g.outcome, g.closed) {
            return Err(hinted(
                format!("`{id}` was already closed as {o} on {c}"),
                format!("to open it again: `accord goal set {id} --reopen`"),
            ));
        }
        let root = e.root();
        edit::set_str(root, "outcome", outcome.as_str());
        edit::set_date(root, "closed", date);
        edit::set_opt_str(root, "close_note", note.as_deref());
        Ok((assess(g, tolerance, date), g.unit.clone()))
    })?;
    let (status, unit) = status;
    ctx.status(&format!("closed goal `{id}` as {outcome} on {date}"));
    if let Some(w) = closing_disagreement(outcome, &status, &unit) {
        ctx.warn(&w);
    }
    Ok(())
}
