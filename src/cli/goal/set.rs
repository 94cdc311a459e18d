//! `accord goal set`: change a goal, leaving the rest of its file as it is.

use crate::cli::goal::{check_definition, resolve_partners, text};
use crate::cli::word;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::goal::{Direction, Goal, number, parse_number};
use crate::model::id::{Lookup, lookup};
use crate::model::text;
use crate::model::validate::own_text;
use crate::store::{Edit, Kind, edit, quote_list};
use clap::Args;
use toml_edit::Value;

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The goal: its id or a unique prefix, or its title or a word of it
    #[arg(add = crate::cli::complete::goals())]
    pub goal: String,
    /// New title (the id stays the same)
    #[arg(long)]
    pub title: Option<String>,
    /// What is measured
    #[arg(long, value_name = "NAME")]
    pub metric: Option<String>,
    /// The unit of the metric
    #[arg(long)]
    pub unit: Option<String>,
    /// Where the metric stood when the goal was set
    #[arg(long, value_name = "N", value_parser = parse_number, allow_hyphen_values = true)]
    pub baseline: Option<f64>,
    /// Where the metric should be by the due date
    #[arg(long, value_name = "N", value_parser = parse_number, allow_hyphen_values = true)]
    pub target: Option<f64>,
    /// Which way the metric should move
    #[arg(long, value_parser = word::<Direction>())]
    pub direction: Option<Direction>,
    /// For maintain goals: how far from the target still counts as met
    #[arg(long, value_name = "N", value_parser = parse_number)]
    pub tolerance: Option<f64>,
    /// When work toward the goal starts
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub start: Option<DateSpec>,
    /// When the target should be reached
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "no_due"
    )]
    pub due: Option<DateSpec>,
    /// Remove the due date
    #[arg(long)]
    pub no_due: bool,
    /// Add a partner to the goal (can be repeated)
    #[arg(long, value_name = "ID")]
    #[arg(add = crate::cli::complete::partners())]
    pub add_partner: Vec<String>,
    /// Take a partner off the goal (can be repeated); with none left the goal is
    /// program-wide
    #[arg(long, value_name = "ID")]
    #[arg(add = crate::cli::complete::partners())]
    pub remove_partner: Vec<String>,
    /// Who is responsible for the goal ("" removes it)
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Replace the note ("" removes it)
    #[arg(long)]
    pub note: Option<String>,
    /// Open a closed goal again
    #[arg(long)]
    pub reopen: bool,
}

pub fn run(ctx: &Ctx, mut args: SetArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Goal, &args.goal)?;
    let add = resolve_partners(ws, &args.add_partner)?;
    // A partner to take off may be named too; one whose file is gone by its id.
    for typed in &mut args.remove_partner {
        if let Ok(found) = ws.resolve(Kind::Partner, typed) {
            *typed = found;
        }
    }
    let today = ctx.today;
    let changes = ws.update::<Goal, _>(&id, |g, e| apply(g, e, &args, &add, today))?;
    if changes.is_empty() {
        return Err(usage(
            "nothing to change; give at least one option (see `accord goal set --help`)",
        ));
    }
    ctx.status(&format!("updated goal `{id}`: {}", changes.join(", ")));
    Ok(())
}

/// Apply the changes to the document and to a copy of the goal, and refuse them unless
/// the changed goal still makes sense.
fn apply(
    g: &Goal,
    e: &mut Edit,
    args: &SetArgs,
    add: &[String],
    today: chrono::NaiveDate,
) -> anyhow::Result<Vec<String>> {
    let id = &g.id;
    for (key, value) in [("title", &args.title), ("metric", &args.metric)] {
        if let Some(v) = value {
            text::check_name(
                &format!("the goal field `{key}`"),
                &format!("the goal's {key}"),
                v.trim(),
            )
            .map_err(usage)?;
        }
    }
    for (key, value) in [
        ("unit", &args.unit),
        ("owner", &args.owner),
        ("notes", &args.note),
    ] {
        if let Some(v) = value {
            own_text("goal", key, v.trim()).map_err(usage)?;
        }
    }
    let mut new = g.clone();
    let mut changes = Vec::new();
    let root = e.root();
    for (key, value, field) in [
        ("title", &args.title, &mut new.title),
        ("metric", &args.metric, &mut new.metric),
    ] {
        if let Some(v) = value {
            let v = v.trim();
            if v.is_empty() {
                return Err(usage(format!("the goal's {key} cannot be empty")));
            }
            edit::set_str(root, key, v);
            *field = v.to_string();
            changes.push(format!("{key} {v}"));
        }
    }
    if let Some(u) = &args.unit {
        edit::set_str(root, "unit", u.trim());
        new.unit = u.trim().to_string();
        changes.push(format!("unit {}", new.unit));
    }
    for (key, value) in [
        ("baseline", args.baseline),
        ("target", args.target),
        ("tolerance", args.tolerance),
    ] {
        if let Some(v) = value {
            edit::set(root, key, Value::from(v));
            changes.push(format!("{key} {}", number(v)));
        }
    }
    new.baseline = args.baseline.or(g.baseline);
    new.target = args.target.unwrap_or(g.target);
    new.tolerance = args.tolerance.or(g.tolerance);
    if let Some(d) = args.direction {
        edit::set_str(root, "direction", d.as_str());
        new.direction = Some(d);
        changes.push(format!("direction {d}"));
        if d != Direction::Maintain
            && args.tolerance.is_none()
            && root.remove("tolerance").is_some()
        {
            new.tolerance = None;
            changes.push("removed the tolerance".to_string());
        }
    }
    if let Some(s) = args.start {
        let s = s.resolve(today);
        if let Some(first) = g.measurements.iter().map(|m| m.date).min()
            && first < s
        {
            return Err(hinted(
                format!("`{id}` has measurements before {s} (the first is on {first})"),
                format!("remove them first with `accord goal untrack {id} --date DATE`"),
            ));
        }
        edit::set_date(root, "start", s);
        new.start = Some(s);
        changes.push(format!("start {s}"));
    }
    if let Some(d) = args.due {
        let d = d.resolve(today);
        edit::set_date(root, "due", d);
        new.due = Some(d);
        changes.push(format!("due {d}"));
    }
    if args.no_due && root.remove("due").is_some() {
        new.due = None;
        changes.push("removed the due date".to_string());
    }
    for p in add {
        if edit::array_add(root, "partners", p)? {
            changes.push(format!("added partner {p}"));
        }
    }
    for typed in &args.remove_partner {
        let typed = typed.trim();
        // A partner listed twice is still the one partner: removing it removes both.
        let found = match lookup(typed, g.partners.iter().map(|p| (p.as_str(), p))) {
            Lookup::Found(p) => Some(p),
            Lookup::Repeated(same) => same.into_iter().next(),
            _ => None,
        };
        let Some(p) = found else {
            let hint = if g.partners.is_empty() {
                "the goal is program-wide".to_string()
            } else {
                format!("its partners are {}", quote_list(&g.partners))
            };
            return Err(hinted(format!("`{id}` has no partner `{typed}`"), hint));
        };
        edit::array_remove(root, "partners", p)?;
        changes.push(format!("removed partner {p}"));
    }
    for (key, value) in [("owner", &args.owner), ("notes", &args.note)] {
        if let Some(v) = value {
            let v = text(Some(v.clone()));
            edit::set_opt_str(root, key, v.as_deref());
            changes.push(match v {
                Some(v) if key == "owner" => format!("owner {v}"),
                Some(_) => format!("{key} updated"),
                None => format!("removed {key}"),
            });
        }
    }
    if args.reopen {
        if g.outcome.is_none() {
            return Err(usage(format!("`{id}` is not closed")));
        }
        for key in ["outcome", "closed", "close_note"] {
            root.remove(key);
        }
        changes.push("reopened".to_string());
    }
    check_definition(&new)?;
    Ok(changes)
}
