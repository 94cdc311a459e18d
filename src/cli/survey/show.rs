//! `accord survey show`: a survey's results, with every breakdown too small to keep its
//! respondents anonymous hidden, in every format.

use crate::cli::survey::{load, partner_name};
use crate::context::Ctx;
use crate::model::survey::results::{self, Options};
use crate::report::survey::{csv, document};
use crate::report::{doc, list};
use crate::store::instruments::Catalog;
use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ShowFormat {
    #[default]
    Table,
    Json,
    /// One tidy table: a row per question of each breakdown
    Csv,
    Markdown,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The survey's id (or a unique prefix)
    pub survey: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let survey = load(ws, &args.survey)?;
    let catalog = Catalog::load(ws)?;
    let inst = catalog.require(&survey.instrument)?;
    let names = |id: &str| partner_name(ws, id);
    let opts = Options {
        floor: ws.settings.survey_min_responses,
        divergence: ws.settings.divergence,
        as_of: ctx.today,
    };
    let r = results::results(&survey, inst, opts, &names);
    let shown = show(ctx, args.format, &survey, inst, &r, &names);
    // The process ends here: freeing thousands of responses one string at a time would
    // cost more than reading them did.
    std::mem::forget(survey);
    shown
}

fn show(
    ctx: &Ctx,
    format: ShowFormat,
    survey: &crate::model::survey::Survey,
    inst: &crate::model::instrument::Instrument,
    r: &results::Results,
    names: &dyn Fn(&str) -> Option<String>,
) -> anyhow::Result<()> {
    match format {
        ShowFormat::Json => ctx.emit(&list::json(r)?),
        ShowFormat::Csv => ctx.emit(&csv(r)?),
        ShowFormat::Table | ShowFormat::Markdown => {
            let about = if survey.partners.is_empty() {
                "program-wide".to_string()
            } else {
                survey
                    .partners
                    .iter()
                    .map(|p| names(p).unwrap_or_else(|| p.clone()))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let batches: Vec<_> = survey
                .batches()
                .into_iter()
                .filter(|b| b.imported <= ctx.today)
                .map(|b| (b.imported, b.responses, b.id))
                .collect();
            let d = document(r, inst, &about, &batches);
            match format {
                ShowFormat::Markdown => ctx.emit(&doc::markdown(&d)),
                _ => ctx.emit(&doc::text(&d, &ctx.painter)),
            }
        }
    }
}
