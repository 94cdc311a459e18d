//! `accord report quarterly` and `accord report partner`: reports to hand on, in the
//! terminal, as Markdown, JSON, CSV or one self-contained HTML page.

mod partner;
mod quarterly;

use crate::cli::output;
use crate::context::Ctx;
use crate::error::usage;
use crate::model::date::DateSpec;
use crate::model::period::YearSpec;
use crate::model::quarter::QuarterSpec;
use crate::report::doc::{self, Doc};
use crate::report::partner_report::PartnerSection;
use crate::report::quarterly::view::{QuarterSection, YearSection};
use crate::report::sections::{self, Part};
use crate::store::file::display_path;
use crate::store::write::write_atomic_with;
use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The quarter's report: headline numbers, partners, goals, health, agreements,
    /// attention and wins, each against the previous quarter
    Quarterly(QuarterlyArgs),
    /// A year's report (or any period's, with --from and --to): the quarterly report's
    /// sections over the year, against the previous year, and a quarter-by-quarter trend
    Year(YearArgs),
    /// One partner's story across every quarter
    Partner(PartnerArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ReportFormat {
    /// The terminal report
    #[default]
    Table,
    /// Markdown, to paste into a memo
    Markdown,
    /// The whole report as one JSON document
    Json,
    /// One tidy table (choose it with --section)
    Csv,
    /// One self-contained page: inline CSS and SVG charts, no scripts
    Html,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format [default: table, or the one --output's extension names: .html, .md,
    /// .json, .csv, .txt]
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write to FILE (replaced atomically) instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct QuarterlyArgs {
    /// The quarter: 2026-Q3, FY2027-Q1, current, previous, or a date in it [default: current]
    #[arg(long, short, allow_hyphen_values = true)]
    pub quarter: Option<QuarterSpec>,
    /// Only this partner (can be repeated)
    #[arg(long = "partner", value_name = "ID")]
    #[arg(add = crate::cli::complete::partners())]
    pub partners: Vec<String>,
    /// Only partners of this type (can be repeated)
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Only this section (can be repeated); with --format csv, the one table to print
    /// [default: every section; partners for CSV]
    #[arg(long, value_enum, value_name = "SECTION")]
    pub section: Vec<QuarterSection>,
    /// Leave this section out (can be repeated)
    #[arg(long, value_enum, value_name = "SECTION")]
    pub omit: Vec<QuarterSection>,
    /// List every attention item and every divergence; without it, a long list shows the
    /// 25 most urgent items (the 25 widest gaps) and counts the rest
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct YearArgs {
    /// The year: FY2027 (a fiscal year), 2026 (a calendar year), current, previous, or a
    /// date in the fiscal year [default: current]
    #[arg(allow_hyphen_values = true, conflicts_with_all = ["from", "to"])]
    pub year: Option<YearSpec>,
    /// The first day of any other period (with --to)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true, requires = "to")]
    pub from: Option<DateSpec>,
    /// The last day of the period (with --from)
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        requires = "from"
    )]
    pub to: Option<DateSpec>,
    /// Only this partner (can be repeated)
    #[arg(long = "partner", value_name = "ID")]
    pub partners: Vec<String>,
    /// Only partners of this type (can be repeated)
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Only this section (can be repeated); with --format csv, the one table to print
    /// [default: every section; partners for CSV]
    #[arg(long, value_enum, value_name = "SECTION")]
    pub section: Vec<YearSection>,
    /// Leave this section out (can be repeated)
    #[arg(long, value_enum, value_name = "SECTION")]
    pub omit: Vec<YearSection>,
    /// List every attention item and every divergence; without it, a long list shows the
    /// 25 most urgent items (the 25 widest gaps) and counts the rest
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

#[derive(Debug, Args)]
pub struct PartnerArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// Only this section (can be repeated); with --format csv, the one table to print
    /// [default: every section; quarters for CSV]
    #[arg(long, value_enum, value_name = "SECTION")]
    pub section: Vec<PartnerSection>,
    /// Leave this section out (can be repeated)
    #[arg(long, value_enum, value_name = "SECTION")]
    pub omit: Vec<PartnerSection>,
    #[command(flatten)]
    pub out: OutputArgs,
}

pub fn run(ctx: &Ctx, cmd: ReportCommand) -> anyhow::Result<()> {
    match cmd {
        ReportCommand::Quarterly(args) => quarterly::run(ctx, args),
        ReportCommand::Year(args) => quarterly::run_year(ctx, args),
        ReportCommand::Partner(args) => partner::run(ctx, args),
    }
}

/// The extensions a report is written to, and the format each holds.
const EXTENSIONS: &[(&str, ReportFormat)] = &[
    ("html", ReportFormat::Html),
    ("htm", ReportFormat::Html),
    ("md", ReportFormat::Markdown),
    ("markdown", ReportFormat::Markdown),
    ("json", ReportFormat::Json),
    ("csv", ReportFormat::Csv),
    ("txt", ReportFormat::Table),
];

impl OutputArgs {
    /// The format asked for, else the one the output file's extension names. An
    /// extension accord does not write is refused.
    fn format(&self) -> anyhow::Result<ReportFormat> {
        let Some(path) = &self.output else {
            return Ok(self.format.unwrap_or_default());
        };
        let names: Vec<&str> = EXTENSIONS.iter().map(|(e, _)| *e).collect();
        let Some(ext) = output::check(path, &names)? else {
            return Ok(self.format.unwrap_or_default());
        };
        let by_extension = EXTENSIONS
            .iter()
            .find(|(e, _)| *e == ext)
            .map(|(_, f)| *f)
            .unwrap_or_default();
        // an explicit --format wins over the extension
        Ok(self.format.unwrap_or(by_extension))
    }
}

/// Which sections to show: `--section` and `--omit`, and for CSV the one table (the
/// one `--section` names, else `csv_default`).
struct Chosen<P> {
    sections: Vec<P>,
    csv: P,
}

fn choose<P: Part>(only: &[P], omit: &[P], csv_default: P) -> anyhow::Result<Chosen<P>> {
    let sections = sections::chosen(only, omit);
    if sections.is_empty() {
        return Err(usage(
            "--section and --omit leave no section to show; name one with --section",
        ));
    }
    Ok(Chosen {
        csv: only.first().copied().unwrap_or(csv_default),
        sections,
    })
}

/// Render a report in the chosen format, with the chosen sections, and print it or
/// write it to `--output`, as it is rendered: the report's text is never held whole.
/// CSV is one table, so it takes at most one `--section`. `check` says, once the report
/// is rendered, whether all its rows could be read back.
fn emit<'d, T: Serialize, P: Part>(
    ctx: &Ctx,
    out: &OutputArgs,
    data: &T,
    (only, omit, csv_default): (&[P], &[P], P),
    doc: impl FnOnce() -> Doc<'d>,
    csv: impl FnOnce(P, &mut dyn Write) -> anyhow::Result<()>,
    check: impl Fn() -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let format = out.format()?;
    let chosen = choose(only, omit, csv_default)?;
    if format == ReportFormat::Csv && only.len() > 1 {
        let names: Vec<&str> = P::ALL.iter().map(|p| p.name()).collect();
        return Err(usage(format!(
            "CSV is one table: give one --section ({})",
            names.join(", ")
        )));
    }
    let mark = ctx.mark(format == ReportFormat::Csv)?;
    let doc = || sections::doc(doc(), &chosen.sections);
    let render = |w: &mut dyn Write| -> anyhow::Result<()> {
        w.write_all(mark.as_bytes())?;
        match format {
            ReportFormat::Table => {
                let painter = match out.output {
                    Some(_) => crate::report::Painter::plain(),
                    None => ctx.painter,
                };
                doc::write_text(&doc(), &painter, w)?;
            }
            ReportFormat::Markdown => doc::write_markdown(&doc(), w)?,
            ReportFormat::Html => doc::write_html(&doc(), w)?,
            ReportFormat::Json => sections::write_json(data, &chosen.sections, w)?,
            ReportFormat::Csv => csv(chosen.csv, w)?,
        }
        check()
    };
    match &out.output {
        None => ctx.emit_with(render),
        Some(path) => {
            write_atomic_with(path, render)?;
            ctx.status(&format!("wrote the report to `{}`", display_path(path)));
            Ok(())
        }
    }
}
