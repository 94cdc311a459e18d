//! `accord action set`: change an action item's text, owner, side, due date or done date.

use crate::cli::action::add::{Syntax, unknown_owner};
use crate::cli::record::{Amendable, Patch};
use crate::cli::word;
use crate::context::Ctx;
use crate::error::usage;
use crate::model::action::find_owner_or_me;
use crate::model::amend::set_opt;
use crate::model::date::DateSpec;
use crate::model::partner::{Partner, Side};
use crate::model::records::Action;
use crate::model::registry;
use crate::report::Painter;
use crate::report::action::ActionRow;
use crate::report::record::card;
use crate::store::records::Locate;
use clap::Args;

impl Amendable for Action {
    type Owner = Partner;
    fn view(ctx: &Ctx, owner: &Partner, a: &Action, p: &Painter) -> String {
        let mut out = card(a, &owner.name, p);
        out.push('\n');
        out.push_str(&ActionRow::new(owner, a, ctx.today).line(p));
        out
    }
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The action item's id (or a unique prefix of it)
    pub id: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, Default, PartialEq, Args)]
pub struct Fields {
    /// What is to be done
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// Who will do it: a name, or part of the name of a role holder or contact; the side
    /// follows theirs unless --side is given
    #[arg(long, value_name = "NAME", conflicts_with = "no_owner")]
    pub owner: Option<String>,
    /// Remove the owner
    #[arg(long)]
    pub no_owner: bool,
    /// Which side owns it
    #[arg(long, value_parser = word::<Side>(), conflicts_with = "no_side")]
    pub side: Option<Side>,
    /// Remove the side
    #[arg(long)]
    pub no_side: bool,
    /// When it is due
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "no_due"
    )]
    pub due: Option<DateSpec>,
    /// Remove the due date
    #[arg(long)]
    pub no_due: bool,
    /// When it was done; not in the future (`accord action done` marks it done today)
    #[arg(
        long,
        value_name = "DATE",
        allow_hyphen_values = true,
        conflicts_with = "no_done"
    )]
    pub done: Option<DateSpec>,
    /// Mark it open again (as `accord action reopen` does)
    #[arg(long)]
    pub no_done: bool,
}

impl Patch for SetArgs {
    type Kind = Action;

    fn locate(&self) -> Locate<'_> {
        Locate::Id(&self.id)
    }

    fn is_empty(&self) -> bool {
        self.fields == Fields::default()
    }

    fn apply(&self, ctx: &Ctx, owner: &Partner, a: &mut Action) -> anyhow::Result<()> {
        let f = &self.fields;
        if let Some(text) = &f.text {
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if text.is_empty() {
                return Err(usage("an action item needs some text"));
            }
            a.text = text;
        }
        if f.no_owner {
            a.owner = None;
        } else if let Some(typed) = f.owner.as_deref().map(str::trim) {
            if typed.is_empty() {
                a.owner = None;
            } else {
                // Found as `action add` finds an owner, and doubted in its words.
                let me = ctx.user();
                let found = find_owner_or_me(owner, typed, f.side, &me).map_err(usage)?;
                if f.side.is_none() {
                    // Someone nobody knows has no side: the old one was the old owner's.
                    a.side = found.side;
                }
                if found.side.is_none()
                    && let Some(doubt) =
                        unknown_owner(owner, &found.name, f.side, &me, Syntax::Flags)
                {
                    ctx.warn(&doubt);
                }
                a.owner = Some(found.name);
            }
        }
        set_opt(&mut a.side, f.side, f.no_side);
        set_opt(&mut a.due, f.due.map(|d| d.resolve(ctx.today)), f.no_due);
        if let Some(done) = f.done.map(|d| d.resolve(ctx.today)) {
            registry::check_date::<Action>("done", done, ctx.today).map_err(usage)?;
            if let Some(created) = a.created.filter(|&c| done < c) {
                return Err(usage(format!(
                    "the done date {done} is before the item was recorded ({created})"
                )));
            }
            a.done = Some(done);
        }
        if f.no_done {
            a.done = None;
        }
        Ok(())
    }
}
