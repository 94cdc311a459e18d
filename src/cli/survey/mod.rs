//! `accord survey ...`: surveys of many respondents, from the questions handed out to the
//! form's responses read back and the results. The views live in `report::survey`, the
//! rules (and the anonymity floor) in `model::survey`.

mod change;
mod import;
mod list;
mod new;
mod questions;
mod show;

use crate::context::Ctx;
use crate::model::survey::results::Options;
use crate::model::survey::{State, Survey};
use crate::report::survey::brief::Brief;
use crate::store::instruments::Catalog;
use crate::store::survey;
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
    /// Change a survey's title, dates, number invited or note
    Set(change::SetArgs),
    /// Take back an import: remove the responses it added
    UndoImport(change::UndoImportArgs),
    /// Delete a survey and its responses
    #[command(visible_alias = "rm")]
    Remove(change::RemoveArgs),
}

pub fn run(ctx: &Ctx, cmd: SurveyCommand) -> anyhow::Result<()> {
    match cmd {
        SurveyCommand::New(args) => new::run(ctx, args),
        SurveyCommand::List(args) => list::run(ctx, args),
        SurveyCommand::Questions(args) => questions::run(ctx, args),
        SurveyCommand::Import(args) => import::run(ctx, args),
        SurveyCommand::Show(args) => show::run(ctx, args),
        SurveyCommand::Set(args) => change::set(ctx, args),
        SurveyCommand::UndoImport(args) => change::undo_import(ctx, args),
        SurveyCommand::Remove(args) => change::remove(ctx, args),
    }
}

/// The survey `typed` names (its id or a unique prefix).
fn load(ws: &Workspace, typed: &str) -> anyhow::Result<Survey> {
    let id = ws.resolve(Kind::Survey, typed)?;
    survey::load(ws, &id)
}

/// The surveys about partner `id` in brief, for that partner, latest first: those open or
/// closed by `today` (not those still to open).
pub fn partner_briefs(
    ws: &Workspace,
    id: &str,
    today: chrono::NaiveDate,
) -> anyhow::Result<Vec<Brief>> {
    let catalog = Catalog::load(ws)?;
    let names = |p: &str| partner_name(ws, p);
    let opts = Options {
        floor: ws.settings.survey_min_responses,
        divergence: ws.settings.divergence,
        as_of: today,
    };
    let mut found: Vec<(Option<chrono::NaiveDate>, Brief)> = Vec::new();
    let about = survey::surveys_where(ws, |h| h.covers(id) && h.state(today) != State::Upcoming)?;
    for (s, whole) in about {
        if !whole {
            continue;
        }
        let Some(inst) = catalog.find(&s.instrument) else {
            continue;
        };
        if let Some(b) = Brief::new(&s, inst, opts, Some(id), &names) {
            found.push((s.ended().or(s.opens), b));
        }
    }
    found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.survey.cmp(&b.1.survey)));
    Ok(found.into_iter().map(|(_, b)| b).collect())
}

/// A partner's name by id, reading its file (the id when it cannot be read).
pub fn partner_name(ws: &Workspace, id: &str) -> Option<String> {
    ws.load_partner(id).ok().map(|p| p.name)
}
