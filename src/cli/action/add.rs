//! `accord action add`, and the building of new action items that `checkin log
//! --action` shares.

use crate::cli::word;
use crate::context::Ctx;
use crate::error::usage;
use crate::model::action::find_owner;
use crate::model::date::DateSpec;
use crate::model::partner::{Partner, Side};
use crate::model::records::Action;
use crate::report::action::describe;
use crate::store::{Kind, edit};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// What is to be done
    pub text: String,
    /// Who will do it: a name, or part of the name of a role holder or contact
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// When it is due
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<DateSpec>,
    /// Which side owns it [default: the side of the owner's role or contact]
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
}

/// A new action item of partner `p` (without its id), its owner found among the
/// partner's people and its side taken from them unless given.
pub fn build(
    p: &Partner,
    text: &str,
    owner: Option<&str>,
    side: Option<Side>,
    due: Option<NaiveDate>,
    created: NaiveDate,
) -> anyhow::Result<Action> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(usage("an action item needs some text"));
    }
    let owner = match owner.map(str::trim).filter(|o| !o.is_empty()) {
        Some(typed) => Some(find_owner(p, typed, side).map_err(usage)?),
        None => None,
    };
    Ok(Action {
        id: String::new(),
        text,
        side: side.or(owner.as_ref().and_then(|o| o.side)),
        owner: owner.map(|o| o.name),
        due,
        done: None,
        checkin: None,
        created: Some(created),
        by: None,
    })
}

/// Give each new item a record id not used in the partner's file, and append them.
pub fn push_new(
    ctx: &Ctx,
    p: &Partner,
    doc: &mut toml_edit::DocumentMut,
    items: &mut [Action],
) -> anyhow::Result<()> {
    let mut chosen: Vec<String> = Vec::new();
    for a in items.iter_mut() {
        a.id = ctx.new_record_id(p, &chosen);
        a.by = Some(ctx.user());
        chosen.push(a.id.clone());
        edit::push_record(doc, p, a, ctx.today)?;
    }
    Ok(())
}

pub fn run(ctx: &Ctx, args: AddArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let partner = ws.load_partner(&id)?;
    let due = args.due.map(|d| d.resolve(ctx.today));
    let mut item = build(
        &partner,
        &args.text,
        args.owner.as_deref(),
        args.side,
        due,
        ctx.today,
    )?;
    ws.update::<Partner, _>(&id, |p, e| {
        push_new(ctx, p, &mut e.doc, std::slice::from_mut(&mut item))
    })?;
    ctx.status(&format!("added action item {} for `{id}`", describe(&item)));
    Ok(())
}
