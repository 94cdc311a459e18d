//! `accord win set`: change a win's text, date or tags.

use crate::cli::clean_list;
use crate::cli::record::{Amendable, Patch};
use crate::context::Ctx;
use crate::error::usage;
use crate::model::date::DateSpec;
use crate::model::partner::Partner;
use crate::model::records::Win;
use crate::model::registry;
use crate::store::records::Locate;
use clap::Args;

impl Amendable for Win {
    type Owner = Partner;
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The win's id (or a unique prefix of it)
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, Default, PartialEq, Args)]
pub struct Fields {
    /// When it happened; not in the future
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// What happened, in a sentence you could tell the board
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// A tag, replacing the list (can be repeated)
    #[arg(long = "tag", value_name = "TAG", conflicts_with = "no_tags")]
    pub tags: Vec<String>,
    /// Remove every tag
    #[arg(long)]
    pub no_tags: bool,
}

impl Patch for SetArgs {
    type Kind = Win;

    fn locate(&self) -> Locate<'_> {
        Locate::Id(&self.id)
    }

    fn is_empty(&self) -> bool {
        self.fields == Fields::default()
    }

    fn apply(&self, ctx: &Ctx, _owner: &Partner, w: &mut Win) -> anyhow::Result<()> {
        let f = &self.fields;
        if let Some(date) = f.date.map(|d| d.resolve(ctx.today)) {
            registry::check_date::<Win>("date", date, ctx.today).map_err(usage)?;
            w.date = date;
        }
        if let Some(text) = &f.text {
            let text = text.trim();
            if text.is_empty() {
                return Err(usage("a win needs a sentence saying what happened"));
            }
            w.text = text.to_string();
        }
        if f.no_tags {
            w.tags.clear();
        } else if !f.tags.is_empty() {
            w.tags = clean_list(&f.tags);
        }
        Ok(())
    }
}
