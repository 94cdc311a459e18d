//! `accord eval record|list|show|set|remove`: evaluations of a partnership's health, scored by
//! either side on an instrument. The rows and screens live in `report::evaluation`.

mod list;
mod record;
mod set;
mod show;

use crate::cli::record::{self as records, RemoveArgs};
use crate::context::Ctx;
use crate::model::evaluation;
use crate::model::partner::Partner;
use crate::model::records::Evaluation;
use crate::report::evaluation::PartnerRecords;
use crate::store::Workspace;
use crate::store::instruments::Catalog;
use chrono::NaiveDate;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Record one side's evaluation of a partnership (asks each question on a terminal)
    Record(record::RecordArgs),
    /// List evaluations, of one partner or of all
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Show a partner's latest scores, their changes and trend, and where the sides differ
    Show(show::ShowArgs),
    /// Change an evaluation: its date, instrument, side, rater, scores, comments or note
    Set(set::SetArgs),
    /// Remove an evaluation (asks first on a terminal; elsewhere needs --yes)
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs<Evaluation>),
}

pub fn run(ctx: &Ctx, cmd: EvalCommand) -> anyhow::Result<()> {
    match cmd {
        EvalCommand::Record(args) => record::run(ctx, args),
        EvalCommand::List(args) => list::run(ctx, args),
        EvalCommand::Show(args) => show::run(ctx, args),
        EvalCommand::Set(args) => records::set(ctx, args),
        EvalCommand::Remove(args) => records::remove(ctx, args),
    }
}

/// The evaluation, contributions and wins of `p`, for `partner show`: loads the
/// instrument of its latest evaluation and hands the values to `report::evaluation`.
pub fn partner_records(
    ws: &Workspace,
    p: &Partner,
    today: NaiveDate,
) -> anyhow::Result<PartnerRecords> {
    let catalog = Catalog::load(ws)?;
    let inst = evaluation::latest_instrument(&p.evaluations, today).and_then(|n| catalog.find(n));
    Ok(PartnerRecords::new(p, inst, &ws.settings, today))
}
