//! `accord survey ...`: surveys of many respondents, from the questions handed out to the
//! form's responses read back and the results. The views live in `report::survey`, the
//! rules (and the anonymity floor) in `model::survey`.

mod import;
mod list;
mod new;
mod questions;
mod show;

use crate::context::Ctx;
use crate::model::survey::Survey;
use crate::store::{Kind, Workspace};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// Start a survey: an instrument's questions, asked of a group about some partners
    New(new::NewArgs),
    /// List the surveys with their dates and response counts
    #[command(visible_alias = "ls")]
    List(list::ListArgs),
    /// Print a survey's questions for an online form, or a printable paper form
    Questions(questions::QuestionsArgs),
    /// Read a form's responses from a CSV export, dropping who answered
    Import(import::ImportArgs),
    /// Show a survey's results: by question, group and partner, small groups hidden
    Show(show::ShowArgs),
}

pub fn run(ctx: &Ctx, cmd: SurveyCommand) -> anyhow::Result<()> {
    match cmd {
        SurveyCommand::New(args) => new::run(ctx, args),
        SurveyCommand::List(args) => list::run(ctx, args),
        SurveyCommand::Questions(args) => questions::run(ctx, args),
        SurveyCommand::Import(args) => import::run(ctx, args),
        SurveyCommand::Show(args) => show::run(ctx, args),
    }
}

/// The survey `typed` names (its id or a unique prefix).
fn load(ws: &Workspace, typed: &str) -> anyhow::Result<Survey> {
    let id = ws.resolve(Kind::Survey, typed)?;
    ws.load::<Survey>(&id)
}

/// A partner's name by id, reading its file (the id when it cannot be read).
fn partner_name(ws: &Workspace, id: &str) -> Option<String> {
    ws.load_partner(id).ok().map(|p| p.name)
}
