//! `accord action add`, and the building of new action items that `checkin log
//! --action` shares.

use crate::cli::word;
use crate::context::Ctx;
use crate::error::usage;
use crate::model::action::{find_owner_or_me, people};
use crate::model::date::DateSpec;
use crate::model::name;
use crate::model::partner::{Partner, Side};
use crate::model::records::Action;
use crate::report::action::understood;
use crate::store::{Kind, edit};
use chrono::NaiveDate;
use clap::Args;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
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

/// How an item was written, for the advice its warnings give.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `accord action add` flags: `--owner`, `--side`.
    Flags,
    /// The `--action "TEXT @OWNER due:DATE side:S"` mini-syntax.
    Spec,
}

/// A new action item of partner `p` (without its id), its owner found among the
/// partner's people (or our own user `me`, on our side) and its side taken from them
/// unless given; with warnings about an owner nobody knows.
#[allow(clippy::too_many_arguments)]
pub fn build(
    p: &Partner,
    text: &str,
    owner: Option<&str>,
    side: Option<Side>,
    due: Option<NaiveDate>,
    created: NaiveDate,
    me: &str,
    written: Syntax,
) -> anyhow::Result<(Action, Vec<String>)> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return Err(usage("an action item needs some text"));
    }
    let owner = match owner.map(str::trim).filter(|o| !o.is_empty()) {
        Some(typed) => Some(find_owner_or_me(p, typed, side, me).map_err(usage)?),
        None => None,
    };
    let mut doubts = Vec::new();
    if let Some(o) = owner.as_ref().filter(|o| o.side.is_none()) {
        doubts.extend(unknown_owner(p, &o.name, side, me, written));
    }
    let item = Action {
        id: String::new(),
        text,
        side: side.or(owner.as_ref().and_then(|o| o.side)),
        owner: owner.map(|o| o.name),
        due,
        done: None,
        checkin: None,
        created: Some(created),
        by: None,
    };
    Ok((item, doubts))
}

/// The warning about an owner who holds no role on either side of `p` and is not one
/// of its contacts (nor us): the item has no side, so it counts toward neither side's
/// reliability. With a side given, only a name close to someone known is worth a word
/// (a typo); someone from outside is then fine.
pub(crate) fn unknown_owner(
    p: &Partner,
    owner: &str,
    side: Option<Side>,
    me: &str,
    written: Syntax,
) -> Option<String> {
    let people: Vec<(&str, &str)> = people(p)
        .into_iter()
        .chain(Some(me).filter(|m| !m.trim().is_empty()))
        .map(|n| (n, n))
        .collect();
    let guess = name::closest(owner, &people)
        .first()
        .map(|c| match written {
            Syntax::Spec => format!("@{}", c.replace(' ', "_")),
            Syntax::Flags => format!("--owner \"{c}\""),
        });
    let who = format!(
        "`{owner}` holds no role on either side of `{}` and is not one of its contacts",
        p.id
    );
    if side.is_some() {
        return guess.map(|g| format!("{who} (did you mean {g}?); the name is kept as typed"));
    }
    let guess = guess.map_or(String::new(), |g| format!(" (did you mean {g}?)"));
    let fix = match written {
        Syntax::Spec => "add side:ours or side:partner",
        Syntax::Flags => "add --side ours or --side partner",
    };
    Some(format!(
        "{who}{guess}, so the item has no side and counts toward neither side's reliability; {fix}, or give them a role with `accord role assign {}`",
        p.id
    ))
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
    let (mut item, doubts) = build(
        &partner,
        &args.text,
        args.owner.as_deref(),
        args.side,
        due,
        ctx.today,
        &ctx.user(),
        Syntax::Flags,
    )?;
    ws.update::<Partner, _>(&id, |p, e| {
        push_new(ctx, p, &mut e.doc, std::slice::from_mut(&mut item))
    })?;
    ctx.status(&format!(
        "added action item for `{id}`: {}",
        understood(&item)
    ));
    for d in &doubts {
        ctx.warn(d);
    }
    if !doubts.is_empty() {
        ctx.status("if that is not what you meant, `accord undo` takes it back");
    }
    Ok(())
}
