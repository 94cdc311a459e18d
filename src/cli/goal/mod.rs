//! `accord goal ...`: measurable goals, their measurements and their status.

mod add;
mod list;
mod set;
mod show;
mod track;

use crate::context::Ctx;
use crate::model::goal::GoalStatus;
use crate::report::Tone;
use crate::store::{Kind, Workspace};
use clap::Subcommand;

pub use list::{GoalRow, partner_goals, render_partner_goals};

#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Add a goal: a metric with a baseline, a target and a due date
    Add(add::AddArgs),
    /// Record a measurement of a goal's metric
    Track(track::TrackArgs),
    /// Remove a measurement
    Untrack(track::UntrackArgs),
    /// List goals with their progress and status
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Show a goal: its definition, measurements, trend and status
    Show(show::ShowArgs),
    /// Change a goal's definition, dates or partners
    Set(set::SetArgs),
    /// Close a goal as met, missed or dropped
    Close(set::CloseArgs),
}

pub fn run(ctx: &Ctx, cmd: GoalCommand) -> anyhow::Result<()> {
    match cmd {
        GoalCommand::Add(args) => add::run(ctx, args),
        GoalCommand::Track(args) => track::track(ctx, args),
        GoalCommand::Untrack(args) => track::untrack(ctx, args),
        GoalCommand::List(args) => list::run(ctx, args),
        GoalCommand::Show(args) => show::run(ctx, args),
        GoalCommand::Set(args) => set::set(ctx, args),
        GoalCommand::Close(args) => set::close(ctx, args),
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

/// The color of a status.
pub fn status_tone(s: GoalStatus) -> Tone {
    match s {
        GoalStatus::Met | GoalStatus::OnTrack => Tone::Good,
        GoalStatus::Overdue | GoalStatus::OffTrack => Tone::Bad,
        GoalStatus::Missed | GoalStatus::Dropped => Tone::Dim,
        GoalStatus::AtRisk | GoalStatus::Stale | GoalStatus::NoData | GoalStatus::NoBaseline => {
            Tone::Warn
        }
    }
}

pub use crate::report::table::bar;

/// Who a goal belongs to: its partners' ids, or `program` for a program-wide goal.
pub fn owners(partners: &[String]) -> String {
    if partners.is_empty() {
        "program".to_string()
    } else {
        partners.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars() {
        assert_eq!(bar(52.0), "█████░░░░░ 52%");
        assert_eq!(bar(99.6), "█████████░ 99%");
        assert_eq!(bar(100.0), "██████████ 100%");
        assert_eq!(bar(130.0), "██████████ 130%");
        assert_eq!(bar(-12.0), "░░░░░░░░░░ -12%");
    }
}
