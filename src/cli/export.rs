//! `accord export`: one kind of record as a CSV table or a JSON array, for spreadsheets
//! and other tools; `accord import` reads the CSV back.

use crate::cli::{output, word};
use crate::context::Ctx;
use crate::model::registry::Owner;
use crate::model::tabular::Sheet;
use crate::report::export::{Export, Shape, Sink};
use crate::store::Workspace;
use crate::store::file::display_path;
use crate::store::write::{write_atomic, write_atomic_with};
use clap::{Args, ValueEnum};
use std::io::Write;
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
    let mark = ctx.mark(format == ExportFormat::Csv)?;
    let export = Export::new(sheet);
    // First every file is read for the table's shape (a file that does not read stops
    // the export before anything is written), then again to write each row.
    let mut shape = Shape::default();
    each_row(ws, &export, &mut |row| {
        shape.add(&export, &row);
        Ok(())
    })?;
    let mut written = 0;
    // Standard output is written as the rows come; a file only once it is whole.
    let partway = args.output.is_none();
    let write = |w: &mut dyn Write| -> anyhow::Result<()> {
        w.write_all(mark.as_bytes())?;
        let mut rows = match format {
            ExportFormat::Csv => export.csv(&shape, w)?,
            ExportFormat::Json => export.json(w),
        };
        each_row(ws, &export, &mut |row| rows.push(row)).map_err(|e| match partway {
            true => e.context("the export stopped partway: what it wrote is incomplete"),
            false => e,
        })?;
        written = rows.finish()?;
        Ok(())
    };
    match &args.output {
        None => ctx.emit_with(write),
        Some(path) => {
            write_atomic_with(path, write)?;
            wrote(ctx, path, written, sheet.noun());
            Ok(())
        }
    }
}

/// Every row of the kind exported, file by file, in id order.
fn each_row(ws: &Workspace, export: &Export, row: &mut Sink) -> anyhow::Result<()> {
    match export.sheet.owner() {
        Owner::Goal => {
            for g in ws.goals()? {
                export.goal_rows(&g, row)?;
            }
        }
        Owner::Partner => {
            for p in ws.partners()? {
                export.partner_rows(&*p?, row)?;
            }
        }
        Owner::Survey => {
            for s in ws.surveys()? {
                export.survey_rows(&s?, row)?;
            }
        }
    }
    Ok(())
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
