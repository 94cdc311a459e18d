//! `accord eval record|list|show`: evaluations of a partnership's health, scored by
//! either side on an instrument. The rows and screens live in `report::evaluation`.

mod list;
mod record;
mod show;

use crate::context::Ctx;
use crate::model::evaluation;
use crate::model::partner::Partner;
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
}

pub fn run(ctx: &Ctx, cmd: EvalCommand) -> anyhow::Result<()> {
    match cmd {
        EvalCommand::Record(args) => record::run(ctx, args),
        EvalCommand::List(args) => list::run(ctx, args),
        EvalCommand::Show(args) => show::run(ctx, args),
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
