//! `accord partner end` and `accord partner remove`.

use crate::cli::date_or_today;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::partner::{Partner, Stage};
use crate::store::{Kind, edit, quote_all, write};
use clap::Args;

#[derive(Debug, Args)]
pub struct EndArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// Why the partnership ended
    #[arg(long)]
    pub reason: String,
    /// When it ended [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The partner's id (exact)
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// Really delete the partner's file and every record in it
    #[arg(long)]
    pub yes: bool,
}

pub fn end(ctx: &Ctx, args: EndArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let reason = args.reason.trim();
    if reason.is_empty() {
        return Err(usage("give the reason the partnership ended with --reason"));
    }
    crate::model::validate::own_text("partner", "end_reason", reason).map_err(usage)?;
    let date = date_or_today(ctx, args.date);
    ws.update::<Partner, _>(&id, |p, e| {
        if p.stage == Stage::Ended {
            let when = p.ended.map_or(String::new(), |d| format!(" on {d}"));
            return Err(hinted(
                format!("`{id}` already ended{when}"),
                format!("to restart it: `accord partner set {id} --stage active`"),
            ));
        }
        if let Some(since) = p.since
            && date < since
        {
            return Err(usage(format!(
                "the partnership cannot end ({date}) before it began ({since})"
            )));
        }
        let root = e.root();
        edit::set_str(root, "stage", Stage::Ended.as_str());
        edit::set_date(root, "ended", date);
        edit::set_str(root, "end_reason", reason);
        // What it was until then: a prospect dropped never was an active partner.
        edit::set_str(root, "ended_from", p.stage.as_str());
        Ok(())
    })?;
    ctx.status(&format!("ended the partnership with `{id}` on {date}"));
    Ok(())
}

pub fn remove(ctx: &Ctx, args: RemoveArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    // Deleting takes the exact id: a prefix or a name is too easy to get wrong here.
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    if id != args.partner {
        return Err(hinted(
            format!("no partner `{}`", args.partner),
            format!("give the exact id to delete; did you mean `{id}`?"),
        ));
    }
    let lock = ws.lock()?;
    let partner = ws.load_partner(&id)?;
    let referring: Vec<String> = ws
        .goals()?
        .into_iter()
        .filter(|g| g.partners.iter().any(|p| p == &id))
        .map(|g| g.id)
        .collect();
    if !referring.is_empty() {
        return Err(hinted(
            format!(
                "`{id}` cannot be removed: goals refer to it: {}",
                quote_all(&referring)
            ),
            format!(
                "take it off those goals first (`accord goal set GOAL --remove-partner {id}`), or keep its history with `accord partner end {id} --reason TEXT`"
            ),
        ));
    }
    let surveys: Vec<String> = crate::store::survey::surveys_where(ws, |s| s.covers(&id))?
        .into_iter()
        .filter(|(_, about)| *about)
        .map(|(s, _)| s.id)
        .collect();
    if !surveys.is_empty() {
        return Err(hinted(
            format!(
                "`{id}` cannot be removed: surveys are about it: {}",
                quote_all(&surveys)
            ),
            format!(
                "remove those surveys first (`accord survey remove SURVEY`), or keep its history with `accord partner end {id} --reason TEXT`"
            ),
        ));
    }
    let records = crate::model::registry::ids(&partner).len();
    if !args.yes {
        return Err(hinted(
            format!(
                "this would delete `{id}` ({}) and the {records} records in its file",
                partner.name
            ),
            format!(
                "run `accord partner remove {id} --yes` to delete it, or keep its history with `accord partner end {id} --reason TEXT`"
            ),
        ));
    }
    let path = ws.path(Kind::Partner, &id);
    write::remove_file(&path)?;
    drop(lock);
    ctx.status(&format!("removed partner `{id}` ({})", ws.rel(&path)));
    Ok(())
}
