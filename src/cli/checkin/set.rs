//! `accord checkin set`: change a check-in logged with a mistake, or move it to the
//! partner it was really with (its action items go with it).

use crate::cli::record::{Amendable, Patch};
use crate::cli::{clean_list, word};
use crate::context::Ctx;
use crate::error::usage;
use crate::model::amend::{set_opt, set_text, text};
use crate::model::date::DateSpec;
use crate::model::partner::Partner;
use crate::model::records::{Checkin, CheckinKind, Topic};
use crate::model::registry;
use crate::report::Painter;
use crate::report::checkin::CheckinView;
use crate::store::records::Locate;
use clap::Args;

impl Amendable for Checkin {
    type Owner = Partner;
    fn view(ctx: &Ctx, owner: &Partner, r: &Checkin, p: &Painter) -> String {
        CheckinView::new(owner, r, ctx.today).render(p)
    }
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The check-in's id (or a unique prefix of it)
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, Default, PartialEq, Args)]
pub struct Fields {
    /// Move it to another partner, with its action items (the partner's id or a unique
    /// prefix of it)
    #[arg(long, value_name = "PARTNER")]
    pub partner: Option<String>,
    /// When it took place; not in the future
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// What kind of contact it was
    #[arg(long, value_parser = word::<CheckinKind>())]
    pub kind: Option<CheckinKind>,
    /// Who took part, replacing the list (can be repeated)
    #[arg(
        long = "attendee",
        value_name = "NAME",
        conflicts_with = "no_attendees"
    )]
    pub attendees: Vec<String>,
    /// Remove every attendee
    #[arg(long)]
    pub no_attendees: bool,
    /// One line saying what happened
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Longer notes, replacing the ones written
    #[arg(long, value_name = "TEXT", conflicts_with = "no_notes")]
    pub notes: Option<String>,
    /// Remove the notes
    #[arg(long)]
    pub no_notes: bool,
    /// What it covered, replacing the list (can be repeated)
    #[arg(long = "topic", value_name = "TOPIC", value_parser = word::<Topic>(), conflicts_with = "no_topics")]
    pub topics: Vec<Topic>,
    /// Remove every topic
    #[arg(long)]
    pub no_topics: bool,
    /// How it went, from 1 (poorly) to 5 (very well)
    #[arg(long, value_name = "1-5", value_parser = clap::value_parser!(u8).range(1..=5), conflicts_with = "no_rating")]
    pub rating: Option<u8>,
    /// Remove the rating
    #[arg(long)]
    pub no_rating: bool,
    /// When the next check-in is planned
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "no_next"
    )]
    pub next: Option<DateSpec>,
    /// Remove the planned date of the next check-in
    #[arg(long)]
    pub no_next: bool,
}

impl Patch for SetArgs {
    type Kind = Checkin;

    fn locate(&self) -> Locate<'_> {
        Locate::Id(&self.id)
    }

    fn is_empty(&self) -> bool {
        self.fields == Fields::default()
    }

    fn moved_to(&self) -> Option<&str> {
        self.fields.partner.as_deref()
    }

    fn apply(&self, ctx: &Ctx, _owner: &Partner, c: &mut Checkin) -> anyhow::Result<()> {
        let f = &self.fields;
        if let Some(date) = f.date.map(|d| d.resolve(ctx.today)) {
            registry::check_date::<Checkin>("date", date, ctx.today).map_err(usage)?;
            c.date = date;
        }
        if let Some(kind) = f.kind {
            c.kind = kind;
        }
        if f.no_attendees {
            c.attendees.clear();
        } else if !f.attendees.is_empty() {
            c.attendees = clean_list(&f.attendees);
        }
        if let Some(summary) = &f.summary {
            c.summary = Some(
                text(&Some(summary.clone())).ok_or_else(|| usage("a check-in needs a summary"))?,
            );
        }
        set_text(&mut c.notes, &f.notes, f.no_notes);
        if f.no_topics {
            c.topics.clear();
        } else if !f.topics.is_empty() {
            let mut topics = f.topics.clone();
            topics.sort();
            topics.dedup();
            c.topics = topics;
        }
        set_opt(&mut c.rating, f.rating, f.no_rating);
        set_opt(&mut c.next, f.next.map(|n| n.resolve(ctx.today)), f.no_next);
        if let Some(n) = c.next.filter(|&n| n < c.date)
            && (f.next.is_some() || f.date.is_some())
        {
            return Err(usage(format!(
                "the next check-in ({n}) would be before this one ({})",
                c.date
            )));
        }
        Ok(())
    }
}
