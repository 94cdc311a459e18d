//! `accord instrument list|show|export`: the rubrics evaluations are scored on, built in
//! or kept in the workspace's `instruments/` folder. The rows and the `show` screen live in
//! `report::instrument`.

use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::id;
use crate::model::instrument::Instrument;
use crate::report::instrument::{InstrumentRow, InstrumentView, render};
use crate::report::{ListFormat, ShowFormat, list};
use crate::store::edit;
use crate::store::file::read_text;
use crate::store::instruments::{self, Catalog, Source};
use crate::store::write::Edit;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum InstrumentCommand {
    /// List the instruments: the built-in ones and the workspace's own
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Show an instrument's scale, bands and questions
    Show(ShowArgs),
    /// Write an instrument to instruments/NAME.toml, to adapt it
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The instrument's name
    pub name: String,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The instrument's name
    pub name: String,
    /// Write it as a new instrument with this name instead of replacing NAME
    #[arg(long = "as", value_name = "NEW_NAME")]
    pub as_name: Option<String>,
}

pub fn run(ctx: &Ctx, cmd: InstrumentCommand) -> anyhow::Result<()> {
    match cmd {
        InstrumentCommand::List(args) => list_instruments(ctx, args),
        InstrumentCommand::Show(args) => show(ctx, args),
        InstrumentCommand::Export(args) => export(ctx, args),
    }
}

fn list_instruments(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let rows: Vec<InstrumentRow> = catalog
        .entries
        .iter()
        .map(|e| {
            InstrumentRow::new(
                &e.name,
                e.instrument.as_ref().map_err(String::as_str),
                e.source,
                e.name == ws.settings.instrument,
            )
        })
        .collect();
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, "")?,
        args.format,
    )
}

fn show(ctx: &Ctx, args: ShowArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let name = args.name.trim();
    let entry = catalog.known(name)?;
    let inst = catalog.require(name)?;
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&InstrumentView {
            source: entry.source,
            instrument: inst,
        })?),
        ShowFormat::Table => ctx.emit(&render(inst, entry.source, &ctx.painter)),
    }
}

fn export(ctx: &Ctx, args: ExportArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let name = args.name.trim();
    let entry = catalog.known(name)?;
    let target = args.as_name.as_deref().map_or(name, str::trim).to_string();
    id::validate_slug(&target).map_err(|bad| {
        usage(format!(
            "`{target}` is not a usable instrument name ({})",
            bad.reason
        ))
    })?;
    let path = instruments::path(ws, &target);
    let rel = ws.rel(&path);
    if path.exists() {
        return Err(hinted(
            format!("`{rel}` already exists; nothing was changed"),
            format!(
                "edit it, or remove it to export the built-in `{target}` again; `--as NEW_NAME` writes a copy under another name"
            ),
        ));
    }
    let mut text = match entry.source {
        Source::BuiltIn => instruments::builtin_text(name)
            .unwrap_or_default()
            .to_string(),
        Source::Workspace | Source::Override => read_text(&instruments::path(ws, name))?,
    };
    if target != name {
        let mut doc: toml_edit::DocumentMut = text.parse()?;
        edit::set_str(doc.as_table_mut(), "name", &target);
        text = doc.to_string();
    }
    let _lock = ws.lock()?;
    Edit::create(&path, &text)?.save::<Instrument>()?;
    let replaces = if catalog.entry(&target).is_some() {
        format!("; it now replaces the built-in `{target}`")
    } else {
        format!("; evaluate with it using `--instrument {target}`")
    };
    ctx.status(&format!(
        "wrote `{rel}`: edit its questions, scale or bands{replaces}"
    ));
    Ok(())
}
