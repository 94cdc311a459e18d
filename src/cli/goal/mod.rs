//! `accord goal ...`: measurable goals, their measurements and their status.

mod add;
mod close;
mod list;
mod measurement;
mod set;
mod show;
mod track;

use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::goal::{Goal, Misdefined};
use crate::store::{Kind, Workspace};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Add a goal: a metric with a baseline, a target and a due date
    Add(add::AddArgs),
    /// Record a measurement of a goal's metric
    Track(track::TrackArgs),
    /// Remove a measurement
    Untrack(track::UntrackArgs),
    /// Change or remove one measurement by its id
    #[command(subcommand)]
    Measurement(measurement::MeasurementCommand),
    /// List goals with their progress and status
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Show a goal: its definition, measurements, trend and status
    Show(show::ShowArgs),
    /// Change a goal's definition, dates or partners
    Set(set::SetArgs),
    /// Close a goal as met, missed or dropped
    Close(close::CloseArgs),
}

pub fn run(ctx: &Ctx, cmd: GoalCommand) -> anyhow::Result<()> {
    match cmd {
        GoalCommand::Add(args) => add::run(ctx, args),
        GoalCommand::Track(args) => track::track(ctx, args),
        GoalCommand::Untrack(args) => track::untrack(ctx, args),
        GoalCommand::Measurement(cmd) => measurement::run(ctx, cmd),
        GoalCommand::List(args) => list::run(ctx, args),
        GoalCommand::Show(args) => show::run(ctx, args),
        GoalCommand::Set(args) => set::run(ctx, args),
        GoalCommand::Close(args) => close::run(ctx, args),
    }
}

/// Turn typed partner ids (or prefixes) into existing partner ids, without repeats.
fn resolve_partners(ws: &Workspace, typed: &[String]) -> anyhow::Result<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for t in typed {
        let id = ws.resolve(Kind::Partner, t)?;
        if !out.contains(&id) {
            out.push(id);
        }
    }
    Ok(out)
}

/// Refuse a goal whose definition does not hold together, saying which option fixes it.
fn check_definition(g: &Goal) -> anyhow::Result<()> {
    g.check_definition().map_err(|e| match e {
        Misdefined::Direction { implied, .. } => hinted(
            e.to_string(),
            format!("if that is what you mean, say so with `--direction {implied}`"),
        ),
        Misdefined::ToleranceWithout(_) => hinted(
            e.to_string(),
            "add `--direction maintain`, or leave the tolerance out",
        ),
        Misdefined::NegativeTolerance | Misdefined::DueBeforeStart { .. } => usage(e.to_string()),
    })
}

/// Trimmed text, or none when blank.
fn text(v: Option<String>) -> Option<String> {
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}
