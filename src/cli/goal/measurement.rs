//! `accord goal measurement set|remove`: change or remove one measurement of a goal by
//! its id (`accord goal track --replace` re-records the value on a date, and `accord goal
//! untrack` removes the one on a date).

use crate::cli::record::{self, Amendable, Patch, RemoveArgs};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::amend::set_text;
use crate::model::date::DateSpec;
use crate::model::goal::{Goal, Measurement, parse_number};
use crate::model::registry;
use crate::store::records::Locate;
use clap::{Args, Subcommand};

impl Amendable for Measurement {
    type Owner = Goal;
}

#[derive(Debug, Subcommand)]
pub enum MeasurementCommand {
    /// Change a measurement: its date, value, note or source
    Set(SetArgs),
    /// Remove a measurement (asks first on a terminal; elsewhere needs --yes)
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs<Measurement>),
}

pub fn run(ctx: &Ctx, cmd: MeasurementCommand) -> anyhow::Result<()> {
    match cmd {
        MeasurementCommand::Set(args) => record::set(ctx, args),
        MeasurementCommand::Remove(args) => record::remove(ctx, args),
    }
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The measurement's id (or a unique prefix of it), as `accord export measurements`
    /// lists it
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, Default, PartialEq, Args)]
pub struct Fields {
    /// When it was measured; not in the future, nor before the goal starts
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// The measured value, as a number without its unit
    #[arg(long, value_name = "N", value_parser = parse_number, allow_hyphen_values = true)]
    pub value: Option<f64>,
    /// A note about the measurement, replacing the one written
    #[arg(long, conflicts_with = "no_note")]
    pub note: Option<String>,
    /// Remove the note
    #[arg(long)]
    pub no_note: bool,
    /// Where the number comes from, e.g. "SIS attendance report"
    #[arg(long, conflicts_with = "no_source")]
    pub source: Option<String>,
    /// Remove the source
    #[arg(long)]
    pub no_source: bool,
}

impl Patch for SetArgs {
    type Kind = Measurement;

    fn locate(&self) -> Locate<'_> {
        Locate::Id(&self.id)
    }

    fn is_empty(&self) -> bool {
        self.fields == Fields::default()
    }

    fn apply(&self, ctx: &Ctx, g: &Goal, m: &mut Measurement) -> anyhow::Result<()> {
        let f = &self.fields;
        if let Some(date) = f.date.map(|d| d.resolve(ctx.today)) {
            registry::check_date::<Measurement>("date", date, ctx.today).map_err(usage)?;
            if let Some(start) = g.start
                && date < start
            {
                return Err(hinted(
                    format!("{date} is before the goal starts ({start})"),
                    format!(
                        "if the goal really started earlier: `accord goal set {} --start {date}`",
                        g.id
                    ),
                ));
            }
            m.date = date;
        }
        if let Some(value) = f.value {
            m.value = value;
        }
        set_text(&mut m.note, &f.note, f.no_note);
        set_text(&mut m.source, &f.source, f.no_source);
        Ok(())
    }
}
