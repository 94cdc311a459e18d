//! `accord eval set`: change an evaluation: its instrument, date, side, rater, scores,
//! comments or note, held to its instrument's scale as when it was recorded.

use crate::cli::eval::record::key_value;
use crate::cli::record::{Amendable, Patch};
use crate::cli::word;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::amend::set_text;
use crate::model::date::DateSpec;
use crate::model::partner::{Partner, Side};
use crate::model::records::Evaluation;
use crate::model::registry;
use crate::store::instruments::Catalog;
use crate::store::records::Locate;
use clap::Args;

impl Amendable for Evaluation {
    type Owner = Partner;
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The evaluation's id (or a unique prefix of it), as `accord eval list` shows it
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, Default, PartialEq, Args)]
pub struct Fields {
    /// When the evaluation was made; not in the future
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// The instrument it was scored on (every score must be a dimension of it)
    #[arg(long, value_name = "NAME")]
    pub instrument: Option<String>,
    /// Whose view it is
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Who rated it
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// A dimension's score, such as vision=4, replacing that one score (can be repeated)
    #[arg(long = "score", value_name = "KEY=N")]
    pub scores: Vec<String>,
    /// Remove a dimension's score; the evaluation becomes partial (can be repeated)
    #[arg(long = "no-score", value_name = "KEY")]
    pub no_scores: Vec<String>,
    /// A comment on a dimension, such as "trust=Much better since spring", replacing that
    /// one comment (can be repeated)
    #[arg(long = "comment", value_name = "KEY=TEXT")]
    pub comments: Vec<String>,
    /// Remove the comment on a dimension (can be repeated)
    #[arg(long = "no-comment", value_name = "KEY")]
    pub no_comments: Vec<String>,
    /// A note on the evaluation as a whole, replacing the one written
    #[arg(long, conflicts_with = "no_note")]
    pub note: Option<String>,
    /// Remove the note
    #[arg(long)]
    pub no_note: bool,
    /// Allow dimensions to go without a score
    #[arg(long)]
    pub partial: bool,
}

impl Patch for SetArgs {
    type Kind = Evaluation;

    fn locate(&self) -> Locate<'_> {
        Locate::Id(&self.id)
    }

    fn is_empty(&self) -> bool {
        self.fields == Fields::default()
    }

    fn apply(&self, ctx: &Ctx, _owner: &Partner, e: &mut Evaluation) -> anyhow::Result<()> {
        let f = &self.fields;
        let catalog = Catalog::load(ctx.ws()?)?;
        if let Some(date) = f.date.map(|d| d.resolve(ctx.today)) {
            registry::check_date::<Evaluation>("date", date, ctx.today).map_err(usage)?;
            e.date = date;
        }
        if let Some(name) = f.instrument.as_deref().map(str::trim) {
            catalog.require(name)?;
            e.instrument = name.to_string();
        }
        if let Some(side) = f.side {
            e.side = side;
        }
        if let Some(by) = &f.by {
            let by = by.trim();
            e.by = (!by.is_empty()).then(|| by.to_string());
        }
        let inst = catalog.require(&e.instrument)?;
        for typed in &f.scores {
            let (key, value) = key_value("--score", typed, "KEY=N, such as vision=4")?;
            let n: f64 = value
                .parse()
                .map_err(|_| usage(format!("`--score {typed}`: `{value}` is not a number")))?;
            inst.check_score(&key, n).map_err(usage)?;
            e.scores.insert(key, n);
        }
        for key in &f.no_scores {
            let key = key.trim().to_ascii_lowercase();
            if e.scores.remove(&key).is_none() {
                return Err(usage(format!("the evaluation has no score for `{key}`")));
            }
        }
        for typed in &f.comments {
            let (key, text) = key_value(
                "--comment",
                typed,
                "KEY=TEXT, such as \"trust=Better since spring\"",
            )?;
            if inst.dimension(&key).is_none() {
                return Err(usage(format!(
                    "`{key}` is not a dimension of the `{}` instrument; its keys are: {}",
                    inst.name,
                    inst.keys().join(", ")
                )));
            }
            if text.is_empty() {
                e.comments.remove(&key);
            } else {
                e.comments.insert(key, text.to_string());
            }
        }
        for key in &f.no_comments {
            let key = key.trim().to_ascii_lowercase();
            if e.comments.remove(&key).is_none() {
                return Err(usage(format!("the evaluation has no comment on `{key}`")));
            }
        }
        set_text(&mut e.note, &f.note, f.no_note);
        // Every score and comment must belong to the instrument, and a dimension may go
        // unscored only in a partial evaluation.
        let strays: Vec<&str> = e
            .scores
            .keys()
            .chain(e.comments.keys())
            .map(String::as_str)
            .filter(|k| inst.dimension(k).is_none())
            .collect();
        if !strays.is_empty() {
            return Err(hinted(
                format!(
                    "{} not a dimension of the `{}` instrument",
                    if strays.len() == 1 {
                        format!("`{}` is", strays[0])
                    } else {
                        format!("`{}` are", strays.join("`, `"))
                    },
                    inst.name
                ),
                format!(
                    "its keys are: {}; remove the others with --no-score KEY and --no-comment KEY",
                    inst.keys().join(", ")
                ),
            ));
        }
        for (k, v) in &e.scores {
            inst.check_score(k, *v).map_err(usage)?;
        }
        if e.scores.is_empty() {
            return Err(usage("an evaluation needs at least one score"));
        }
        let missing = inst.missing(&e.scores);
        if !missing.is_empty() && !e.partial && !f.partial && f.no_scores.is_empty() {
            return Err(usage(format!(
                "no score for {}; give them with --score KEY=N, or make it a partial evaluation with --partial",
                missing.join(", ")
            )));
        }
        e.partial = !missing.is_empty();
        Ok(())
    }
}
