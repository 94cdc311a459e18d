//! `accord goal track` and `accord goal untrack`: add, replace and remove measurements.

use crate::cli::date_or_today;
use crate::cli::goal::text;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::goal::{Goal, Measurement, assess, number, parse_number};
use crate::model::registry;
use crate::store::{Kind, edit};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct TrackArgs {
    /// The goal: its id or a unique prefix, or its title or a word of it
    #[arg(add = crate::cli::complete::goals())]
    pub goal: String,
    /// The measured value, as a number without its unit
    #[arg(value_parser = parse_number, allow_hyphen_values = true)]
    pub value: f64,
    /// When it was measured [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// A note about the measurement
    #[arg(long)]
    pub note: Option<String>,
    /// Where the number comes from, e.g. "SIS attendance report"
    #[arg(long)]
    pub source: Option<String>,
    /// Replace the measurement already recorded on that date
    #[arg(long)]
    pub replace: bool,
}

#[derive(Debug, Args)]
pub struct UntrackArgs {
    /// The goal: its id or a unique prefix, or its title or a word of it
    #[arg(add = crate::cli::complete::goals())]
    pub goal: String,
    /// The date of the measurement to remove
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: DateSpec,
}

fn on(t: &toml_edit::Table, date: NaiveDate) -> bool {
    t.get("date")
        .and_then(|v| v.as_datetime())
        .is_some_and(|d| d.to_string() == date.to_string())
        || t.get("date").and_then(|v| v.as_str()) == Some(&date.to_string())
}

pub fn track(ctx: &Ctx, args: TrackArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Goal, &args.goal)?;
    let date = date_or_today(ctx, args.date);
    registry::check_date::<Measurement>("date", date, ctx.today).map_err(usage)?;
    let note = text(args.note);
    let source = text(args.source);
    let user = ctx.user();
    let (g, replaced) = ws.update::<Goal, _>(&id, |g, e| {
        if let Some(start) = g.start
            && date < start
        {
            return Err(hinted(
                format!("{date} is before the goal starts ({start})"),
                format!("if the goal really started earlier: `accord goal set {id} --start {date}`"),
            ));
        }
        let mut after = g.clone();
        let existing = g.measurements.iter().position(|m| m.date == date);
        let replaced = if let Some(i) = existing {
            let old = g.measurements[i].value;
            if !args.replace {
                return Err(hinted(
                    format!("`{id}` already has a measurement on {date}: {}", g.value(old)),
                    format!(
                        "to change it, add --replace: `accord goal track {id} {} --date {date} --replace`",
                        number(args.value)
                    ),
                ));
            }
            edit::check_text(&Measurement {
                note: note.clone(),
                source: source.clone(),
                by: Some(user.clone()),
                ..g.measurements[i].clone()
            })?;
            let t = edit::records_mut(&mut e.doc, "measurement")
                .and_then(|a| a.iter_mut().find(|t| on(t, date)))
                .ok_or_else(|| {
                    anyhow::anyhow!("the measurement on {date} is not a [[measurement]] table")
                })?;
            edit::set(t, "value", toml_edit::Value::from(args.value));
            edit::set_opt_str(t, "note", note.as_deref());
            edit::set_opt_str(t, "source", source.as_deref());
            edit::set_str(t, "by", &user);
            after.measurements[i].value = args.value;
            Some(old)
        } else {
            let m = Measurement {
                id: ctx.new_record_id(g, &[]),
                date,
                value: args.value,
                note: note.clone(),
                source: source.clone(),
                by: Some(user.clone()),
            };
            edit::push_record(&mut e.doc, g, &m, ctx.today)?;
            after.measurements.push(m);
            None
        };
        Ok(((g.clone(), after), replaced))
    })?;
    let (before, g) = g;
    let tolerance = ws.settings.goal_tolerance;
    let (before, now) = (
        assess(&before, tolerance, ctx.today),
        assess(&g, tolerance, ctx.today),
    );
    let what = match replaced {
        Some(old) => format!(
            "replaced {} with {} for `{id}` on {date}",
            g.value(old),
            g.value(args.value)
        ),
        None => format!("recorded {} for `{id}` on {date}", g.value(args.value)),
    };
    let change = if before.status == now.status {
        format!("status {}", now.status)
    } else {
        format!("status {} (was {})", now.status, before.status)
    };
    ctx.status(&format!("{what}; {change}"));
    if g.is_closed() {
        ctx.warn(&format!(
            "`{id}` is closed ({}); the measurement is kept all the same",
            now.status
        ));
    }
    Ok(())
}

pub fn untrack(ctx: &Ctx, args: UntrackArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Goal, &args.goal)?;
    let date = args.date.resolve(ctx.today);
    let removed = ws.update::<Goal, _>(&id, |g, e| {
        let Some(m) = g.measurements.iter().find(|m| m.date == date) else {
            let mut dates: Vec<String> =
                g.measurements.iter().map(|m| m.date.to_string()).collect();
            dates.sort();
            let hint = match dates.len() {
                0 => "it has no measurements".to_string(),
                n if n > 5 => format!(
                    "its latest measurements are on {}",
                    dates[n - 5..].join(", ")
                ),
                _ => format!("its measurements are on {}", dates.join(", ")),
            };
            return Err(hinted(format!("`{id}` has no measurement on {date}"), hint));
        };
        edit::remove_where(&mut e.doc, "measurement", |t| on(t, date));
        Ok(g.value(m.value))
    })?;
    ctx.status(&format!(
        "removed the measurement of {removed} on {date} from `{id}`"
    ));
    Ok(())
}
