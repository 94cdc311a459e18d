//! `accord survey questions`

use crate::cli::export::write_output;
use crate::cli::survey::{load, partner_name};
use crate::context::Ctx;
use crate::report::survey::questions::Form;
use crate::store::instruments::Catalog;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum QuestionsFormat {
    /// Numbered questions with their answers, to read
    #[default]
    Text,
    /// One row per question with its answers, for a form tool or a spreadsheet
    Csv,
    /// To paste into a form or a document
    Markdown,
    /// A printable one-page paper form
    Html,
}

#[derive(Debug, Args)]
#[command(after_help = "\
The questions are worded as the instrument words them, with its answer scale, so they can be \
pasted into an online form as they are. A survey of several partners first asks which one, a \
survey of several groups which group; the form ends with a free-text question. `survey import` \
recognises every one of these by its wording.")]
pub struct QuestionsArgs {
    /// The survey's id (or a unique prefix)
    pub survey: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: QuestionsFormat,
    /// Write to FILE (replaced atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: QuestionsArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let survey = load(ws, &args.survey)?;
    let catalog = Catalog::load(ws)?;
    let inst = catalog.require(&survey.instrument)?;
    let partners: Vec<String> = survey
        .partners
        .iter()
        .map(|p| partner_name(ws, p).unwrap_or_else(|| p.clone()))
        .collect();
    let form = Form::new(&survey, inst, &partners, ws.settings.name.as_deref());
    let text = match args.format {
        QuestionsFormat::Text => form.text(),
        QuestionsFormat::Csv => form.csv()?,
        QuestionsFormat::Markdown => form.markdown(),
        QuestionsFormat::Html => form.html()?,
    };
    match &args.output {
        None => ctx.emit(&text),
        Some(path) => write_output(ctx, path, &text, form.questions.len(), "question"),
    }
}
