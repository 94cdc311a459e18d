//! `accord contrib set`: change a contribution's kind, amount, side, date or note.

use crate::cli::record::{Amendable, Patch};
use crate::cli::word;
use crate::context::Ctx;
use crate::model::amend::set_text;
use crate::model::contribution::{self as rules, amount_text};
use crate::model::date::DateSpec;
use crate::model::partner::{Partner, Side};
use crate::model::records::{Contribution, ContributionKind};
use crate::store::records::Locate;
use clap::Args;

impl Amendable for Contribution {
    type Owner = Partner;
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The contribution's id (or a unique prefix of it)
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, Default, PartialEq, Args)]
pub struct Fields {
    /// When it was put in (a later date is kept, and counted once the day comes)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// What was put in
    #[arg(long, value_parser = word::<ContributionKind>())]
    pub kind: Option<ContributionKind>,
    /// How much: money, or hours for staff-hours and volunteer-hours
    #[arg(long, value_name = "N", allow_hyphen_values = true, value_parser = rules::parse_amount)]
    pub amount: Option<f64>,
    /// Which side put it in
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// What it was, replacing the note written
    #[arg(long, conflicts_with = "no_note")]
    pub note: Option<String>,
    /// Remove the note
    #[arg(long)]
    pub no_note: bool,
}

impl Patch for SetArgs {
    type Kind = Contribution;

    fn locate(&self) -> Locate<'_> {
        Locate::Id(&self.id)
    }

    fn is_empty(&self) -> bool {
        self.fields == Fields::default()
    }

    fn apply(&self, ctx: &Ctx, _owner: &Partner, c: &mut Contribution) -> anyhow::Result<()> {
        let f = &self.fields;
        if let Some(date) = f.date {
            c.date = date.resolve(ctx.today);
        }
        if let Some(kind) = f.kind {
            // Money becomes hours (or hours money) with the same number unless an
            // amount comes too: say what the amount now reads as.
            if kind.is_hours() != c.kind.is_hours() && f.amount.is_none() {
                let currency = &ctx.ws()?.settings.currency;
                ctx.warn(&format!(
                    "the amount {} of a {} contribution now reads {} as {}; if that is not right, give the amount too (--amount N)",
                    amount_text(c.kind, c.amount, currency),
                    c.kind,
                    amount_text(kind, c.amount, currency),
                    kind
                ));
            }
            c.kind = kind;
        }
        if let Some(amount) = f.amount {
            c.amount = amount;
        }
        if let Some(side) = f.side {
            c.side = side;
        }
        set_text(&mut c.note, &f.note, f.no_note);
        Ok(())
    }
}
