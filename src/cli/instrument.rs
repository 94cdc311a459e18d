//! `accord instrument list|show|export`: the rubrics evaluations are scored on, built in
//! or kept in the workspace's `instruments/` folder.

use crate::cli::eval::section;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::id;
use crate::model::instrument::{Instrument, fmt_score};
use crate::report::{Cell, ListFormat, Painter, Row, ShowFormat, Tone, list, table};
use crate::store::edit;
use crate::store::file::read_text;
use crate::store::instruments::{self, Catalog, Entry, Source};
use crate::store::write::Edit;
use clap::{Args, Subcommand};
use serde::Serialize;

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

#[derive(Debug, Serialize)]
struct InstrumentRow<'a> {
    name: &'a str,
    title: Option<&'a str>,
    scale: Option<String>,
    dimensions: Option<usize>,
    categories: Option<usize>,
    source: Source,
    default: bool,
    /// Why the workspace file cannot be used.
    problem: Option<&'a str>,
}

impl Row for InstrumentRow<'_> {
    fn headers() -> &'static [&'static str] {
        &["name", "title", "scale", "dimensions", "source"]
    }

    fn cells(&self, _p: &Painter) -> Vec<Cell> {
        let name = if self.default {
            format!("{} (default)", self.name)
        } else {
            self.name.to_string()
        };
        let dims = match (self.dimensions, self.categories) {
            (Some(d), Some(c)) if c > 0 => format!("{d} in {c} categories"),
            (Some(d), _) => d.to_string(),
            _ => "-".to_string(),
        };
        let title = match self.problem {
            Some(_) => Cell::new("cannot be used: run `accord check`").tone(Tone::Bad),
            None => Cell::new(self.title.unwrap_or_default()),
        };
        vec![
            Cell::new(name).tone(Tone::Strong),
            title,
            table::opt(self.scale.as_deref()),
            Cell::new(dims),
            Cell::new(self.source.describe()),
        ]
    }
}

fn list_instruments(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let rows: Vec<InstrumentRow> = catalog
        .entries
        .iter()
        .map(|e| {
            let i = e.instrument.as_ref().ok();
            InstrumentRow {
                name: &e.name,
                title: i.map(|i| i.title.as_str()),
                scale: i.map(Instrument::range),
                dimensions: i.map(|i| i.dimensions.len()),
                categories: i.map(|i| i.categories.len()),
                source: e.source,
                default: e.name == ws.settings.instrument,
                problem: e.instrument.as_ref().err().map(String::as_str),
            }
        })
        .collect();
    ctx.emit(&list::render(&rows, args.format, &ctx.painter, "")?)
}

#[derive(Debug, Serialize)]
struct InstrumentView<'a> {
    source: Source,
    #[serde(flatten)]
    instrument: &'a Instrument,
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
        ShowFormat::Table => ctx.emit(&render(inst, entry, &ctx.painter)),
    }
}

/// An instrument as terminal text: what it is, its scale and bands, and every question.
fn render(inst: &Instrument, entry: &Entry, p: &Painter) -> String {
    let mut out = format!(
        "{}  {}\n",
        p.paint(Tone::Strong, &inst.title),
        p.paint(Tone::Dim, &inst.name)
    );
    let mut facts = vec![
        entry.source.describe().to_string(),
        format!("{} dimensions", inst.dimensions.len()),
    ];
    if !inst.categories.is_empty() {
        facts[1].push_str(&format!(" in {} categories", inst.categories.len()));
    }
    facts.push(format!("scale {}", inst.range()));
    out.push_str(&format!("{}\n", facts.join(" · ")));
    for line in [&inst.description, &inst.credit].into_iter().flatten() {
        out.push_str(&format!("{}\n", p.paint(Tone::Dim, line)));
    }
    section(&mut out, p, "Scale");
    out.push_str(&format!("  {}\n", inst.scale_text()));
    section(&mut out, p, "Bands");
    let mut above: Option<f64> = None;
    let mut rows = Vec::new();
    for b in &inst.bands {
        let from = b.min.unwrap_or(inst.scale.min);
        let to = above.map_or(inst.scale.max, |a| a - 0.1);
        rows.push((
            b.name.as_str(),
            format!("{} to {}", fmt_score(from), fmt_score(to)),
        ));
        above = b.min;
    }
    if rows.is_empty() {
        out.push_str(&format!("  {}\n", p.paint(Tone::Dim, "none")));
    }
    out.push_str(&table::fields(
        &rows
            .iter()
            .map(|(n, r)| (*n, r.clone()))
            .collect::<Vec<_>>(),
        p,
    ));
    let groups: Vec<(Option<&str>, String)> = if inst.categories.is_empty() {
        vec![(None, "Dimensions".to_string())]
    } else {
        inst.categories
            .iter()
            .map(|c| {
                (
                    Some(c.key.as_str()),
                    format!("{} (score: the mean of its dimensions)", c.title),
                )
            })
            .collect()
    };
    let width = inst
        .dimensions
        .iter()
        .map(|d| d.key.len())
        .max()
        .unwrap_or(0);
    for (cat, heading) in groups {
        section(&mut out, p, &heading);
        for d in inst
            .dimensions
            .iter()
            .filter(|d| cat.is_none() || d.category.as_deref() == cat)
        {
            out.push_str(&format!("  {:<width$}  {}\n", d.key, d.title));
            out.push_str(&format!(
                "  {:<width$}  {}\n",
                "",
                p.paint(Tone::Dim, &d.question)
            ));
        }
    }
    out
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
