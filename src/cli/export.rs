//! `accord export`: one kind of record as a CSV table or a JSON array, for spreadsheets
//! and other tools; `accord import` reads the CSV back.

use crate::cli::{output, word};
use crate::context::Ctx;
use crate::model::registry::Owner;
use crate::model::tabular::Sheet;
use crate::report::export::Export;
use crate::store::file::display_path;
use crate::store::write::{write_atomic, write_atomic_with};
use clap::{Args, ValueEnum};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export: one row per record, naming its partner (or goal)
    #[arg(value_parser = word::<Sheet>())]
    pub what: Sheet,
    /// Output format [default: csv, or json when --output ends in .json]
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Write to FILE (replaced atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(ctx: &Ctx, args: ExportArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let sheet = args.what;
    let mut export = Export::new(sheet);
    match sheet.owner() {
        Owner::Goal => {
            for g in ws.goals()? {
                export.add_goal(&g)?;
            }
        }
        Owner::Partner => {
            for p in ws.partners()? {
                export.add_partner(&p?)?;
            }
        }
        Owner::Survey => {
            for s in ws.surveys()? {
                export.add_survey(&s?)?;
            }
        }
    }
    let ext = match &args.output {
        Some(path) => output::check(path, &["csv", "json", "txt"])?,
        None => None,
    };
    let json_file = ext.as_deref() == Some("json");
    let format = args.format.unwrap_or(if json_file {
        ExportFormat::Json
    } else {
        ExportFormat::Csv
    });
    let text = match format {
        ExportFormat::Csv => export.csv()?,
        ExportFormat::Json => export.json()?,
    };
    let text = ctx.marked(text, format == ExportFormat::Csv)?;
    match &args.output {
        None => ctx.emit(&text),
        Some(path) => write_output(ctx, path, &text, export.len(), sheet.noun()),
    }
}

/// Replace the file at `path` with `text` atomically, and say how many `noun`s it holds.
pub fn write_output(
    ctx: &Ctx,
    path: &Path,
    text: &str,
    n: usize,
    noun: &str,
) -> anyhow::Result<()> {
    write_atomic(path, text.as_bytes())?;
    wrote(ctx, path, n, noun);
    Ok(())
}

/// As [`write_output`], for text made as it is written (see
/// [`crate::store::write::write_atomic_with`]).
pub fn write_output_with(
    ctx: &Ctx,
    path: &Path,
    n: usize,
    noun: &str,
    write: impl FnOnce(&mut dyn std::io::Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    write_atomic_with(path, write)?;
    wrote(ctx, path, n, noun);
    Ok(())
}

/// Say how many `noun`s were written to `path`.
fn wrote(ctx: &Ctx, path: &Path, n: usize, noun: &str) {
    ctx.status(&format!(
        "wrote {n} {noun}{} to `{}`",
        if n == 1 { "" } else { "s" },
        display_path(path)
    ));
}
