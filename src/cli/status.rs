//! `accord status`: what needs attention now, most urgent first.

use crate::cli::word;
use crate::context::Ctx;
use crate::error::{Exit, usage};
use crate::model::attention::SHOWN;
use crate::model::attention::Urgency;
use crate::model::merge::owner_of;
use crate::model::partner::Side;
use crate::model::registry::Owner;
use crate::report::status;
use crate::report::status_filter::{self, Filter};
use crate::report::{ShowFormat, list};
use crate::store::conflicts::{self, Pending};
use crate::store::file::read_text;
use crate::store::instruments::Catalog;
use crate::store::{Conflicted, Kind, Workspace};
use clap::Args;
use clap::builder::PossibleValuesParser;

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Only items about this partner (can be repeated)
    #[arg(long, value_name = "PARTNER")]
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Vec<String>,
    /// Only items this person owns (action items, goals), and items about partners where
    /// they hold a role on our side; any part of the name
    #[arg(long, value_name = "NAME", conflicts_with = "mine")]
    pub owner: Option<String>,
    /// Only your items: `--owner` with your name (ACCORD_USER, `user` in accord.toml, or
    /// git's user.name)
    #[arg(long)]
    pub mine: bool,
    /// Only items about one side's part: its action items, no role named, too little put in
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Only items of this urgency (can be repeated)
    #[arg(long, value_parser = word::<Urgency>())]
    pub urgency: Vec<Urgency>,
    /// Only items of this kind: checkin, action, goal, evaluation, agreement, role,
    /// investment, or one kind such as checkin-overdue (can be repeated)
    #[arg(long, value_name = "KIND", hide_possible_values = true,
          value_parser = PossibleValuesParser::new(status_filter::kind_words()))]
    pub kind: Vec<String>,
    /// Only items about partners of this type (can be repeated)
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Only items about partners with this tag (can be repeated)
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// List every item; without it, a long list shows the 25 most urgent and counts the
    /// rest by kind
    #[arg(long)]
    pub all: bool,
    /// Exit with 1 when anything is overdue (for cron jobs and CI)
    #[arg(long)]
    pub exit_code: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ShowFormat,
}

pub fn run(ctx: &Ctx, args: StatusArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let catalog = Catalog::load(ws)?;
    let find = |name: &str| catalog.find(name);
    let filter = Filter {
        partners: args
            .partner
            .iter()
            .map(|p| ws.resolve(Kind::Partner, p))
            .collect::<anyhow::Result<_>>()?,
        owner: if args.mine {
            Some(ctx.user())
        } else {
            args.owner.clone().filter(|o| !o.trim().is_empty())
        },
        side: args.side,
        urgency: args.urgency.clone(),
        kinds: args.kind.clone(),
        types: args
            .types
            .iter()
            .map(|t| ws.settings.partner_type(t).map_err(usage))
            .collect::<anyhow::Result<_>>()?,
        tags: args.tags.clone(),
    };
    // The terminal shows the most urgent items and counts the rest.
    let limit = (matches!(args.format, ShowFormat::Table) && !args.all).then_some(SHOWN);
    let mut collect = status::Collect::new(&ws.settings, &find, ctx.today)
        .filter(filter)
        .limit(limit);
    for p in ws.partners_conflicted()? {
        match p {
            Ok(p) => collect.partner(&p),
            Err(e) => conflicted(ws, &mut collect, e, true)?,
        }
    }
    for id in ws.ids(Kind::Goal)? {
        match ws.load_goal(&id) {
            Ok(g) => collect.goal(&g),
            Err(e) => conflicted(ws, &mut collect, e, false)?,
        }
    }
    for p in conflicts::unmerged(ws)? {
        if let Pending::Removed { rel, ours_removed } = &p {
            let partner = owner_of(rel) == Some(Owner::Partner);
            collect.removed(
                &p.id(),
                partner,
                &conflicts::question(ws, rel, *ours_removed),
            );
        }
    }
    collect.surveys(&crate::store::survey::for_status(ws, ctx.today)?);
    let status = collect.finish();
    match args.format {
        ShowFormat::Json => ctx.emit(&list::json(&status)?)?,
        ShowFormat::Table => {
            // counting the rest by kind helps only when the list is not narrowed to kinds
            let by_kind = args.kind.is_empty();
            ctx.emit(&status::render(&status, by_kind, &ctx.painter))?
        }
    }
    if args.exit_code && status.overdue > 0 {
        return Err(Exit(1).into());
    }
    Ok(())
}

/// A file that could not be read because a merge left conflict markers in it becomes
/// items saying, in words, what conflicts; any other error stops the command.
fn conflicted(
    ws: &Workspace,
    collect: &mut status::Collect,
    e: anyhow::Error,
    partner: bool,
) -> anyhow::Result<()> {
    let Some(c) = e.downcast_ref::<Conflicted>() else {
        return Err(e);
    };
    let text = read_text(&ws.root.join(&c.rel))?;
    collect.conflicted(&c.rel, &c.id, partner, &text);
    Ok(())
}
