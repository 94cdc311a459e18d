//! `set` and `remove` for every kind of record, written once: each kind's command group
//! names them (`accord checkin set`, `accord win remove`...), and what differs between
//! kinds is only its flags, turned into a change of the record by [`Patch`].
//!
//! Finding the record (by id or unique prefix, or a contact by name), holding the change
//! to the kind's rules, writing only the fields that changed, and removing a record with
//! the ones that refer to it, all come from the registry through `store::records`.

use crate::cli::editor;
use crate::context::Ctx;
use crate::error::{Exit, hinted, usage};
use crate::model::amend::{self, count, referring_kinds};
use crate::model::registry::{Identity, Keeps, Owns, Record};
use crate::report::record::{card, change_lines, changed};
use crate::store::records::{Locate, OwnerId, Refs};
use crate::store::{Kind, Stored};
use clap::{Arg, ArgAction, ArgMatches, Command, FromArgMatches};
use std::marker::PhantomData;

/// A kind of record that can be changed and removed by command.
pub trait Amendable: Record + PartialEq {
    /// The kind of file that keeps it.
    type Owner: Owns + Stored + Keeps<Self> + OwnerId + Clone;

    /// The record as its `show` screen would show it, for the question before removing.
    fn view(_ctx: &Ctx, owner: &Self::Owner, r: &Self, p: &crate::report::Painter) -> String {
        card(r, owner.owner_name(), p)
    }
}

/// The flags of one kind's `set` command, as a change to one record.
pub trait Patch {
    type Kind: Amendable;
    /// The record the command names.
    fn locate(&self) -> Locate<'_>;
    /// Whether no change was asked for.
    fn is_empty(&self) -> bool;
    /// The partner (or goal) the record should move to, as typed.
    fn moved_to(&self) -> Option<&str> {
        None
    }
    /// Make the change on `r`, a record of `owner`'s file as it is now.
    fn apply(
        &self,
        ctx: &Ctx,
        owner: &<Self::Kind as Amendable>::Owner,
        r: &mut Self::Kind,
    ) -> anyhow::Result<()>;
}

/// The command that lists a kind, for messages: `accord checkin set`.
fn command(kind: &crate::model::registry::KindDef, sub: &str) -> String {
    format!("accord {} {sub}", kind.command)
}

/// `accord KIND set`: change a record, found by id or name, field by field.
pub fn set<P: Patch>(ctx: &Ctx, patch: P) -> anyhow::Result<()> {
    let kind = P::Kind::DEF;
    if patch.is_empty() {
        return Err(usage(format!(
            "nothing to change; give at least one option (see `{} --help`)",
            command(kind, "set")
        )));
    }
    let ws = ctx.ws()?;
    let found = ws.locate::<<P::Kind as Amendable>::Owner, P::Kind>(patch.locate())?;
    let owner_kind = <<P::Kind as Amendable>::Owner as Stored>::KIND;
    let to = patch
        .moved_to()
        .map(|t| ws.resolve(owner_kind, t))
        .transpose()?;
    let out = ws.amend::<<P::Kind as Amendable>::Owner, P::Kind>(
        &found,
        to.as_deref(),
        ctx.today,
        |o, r| {
            let mut changed = r.clone();
            patch.apply(ctx, o, &mut changed)?;
            Ok(changed)
        },
    )?;
    let what = out.before.describe(&found.owner);
    let mut said: Vec<(String, String)> = Vec::new();
    if out.owner != found.owner {
        let noun = match owner_kind {
            Kind::Partner => "partner",
            Kind::Goal => "goal",
            Kind::Survey => "survey",
        };
        let mut moved = format!("{} → {}", found.owner, out.owner);
        if let Some(first) = out.moved.first() {
            moved.push_str(&format!(
                " (with its {})",
                count(out.moved.len(), first.kind)
            ));
        }
        said.push((noun.to_string(), moved));
    }
    said.extend(change_lines(&out.before, &out.after));
    say_changes(ctx, &what, said);
    for w in &out.warnings {
        ctx.warn(w);
    }
    Ok(())
}

/// The arguments of `accord KIND remove`, built from the kind's description: its id (or,
/// for a contact, the partner and the name), `--yes`, and for a kind that other records
/// refer to, what to do with them (`--with-actions` or `--keep-actions` for a check-in).
#[derive(Debug)]
pub struct RemoveArgs<R> {
    id: Option<String>,
    owner: Option<String>,
    name: Option<String>,
    yes: bool,
    refs: Option<Refs>,
    kind: PhantomData<R>,
}

impl<R: Amendable> RemoveArgs<R> {
    fn locate(&self) -> Locate<'_> {
        match (&self.id, &self.owner, &self.name) {
            (Some(id), _, _) => Locate::Id(id),
            (None, Some(owner), Some(name)) => Locate::Named { owner, name },
            _ => Locate::Id(""),
        }
    }
}

/// The flags that say what to do with the records of `table` that refer to a record
/// being removed.
fn ref_flags(table: &str) -> (String, String) {
    (format!("with-{table}s"), format!("keep-{table}s"))
}

impl<R: Amendable> FromArgMatches for RemoveArgs<R> {
    fn from_arg_matches(m: &ArgMatches) -> Result<Self, clap::Error> {
        let get = |id: &str| m.try_get_one::<String>(id).ok().flatten().cloned();
        let flag = |id: &str| m.try_get_one::<bool>(id).ok().flatten().copied() == Some(true);
        let mut refs = None;
        for (k, _) in referring_kinds::<R::Owner>(R::DEF.table) {
            let (with, keep) = ref_flags(k.table);
            if flag(&with) {
                refs = Some(Refs::Remove);
            }
            if flag(&keep) {
                refs = Some(Refs::Detach);
            }
        }
        Ok(RemoveArgs {
            id: get("id"),
            owner: get("partner"),
            name: get("name"),
            yes: flag("yes"),
            refs,
            kind: PhantomData,
        })
    }

    fn update_from_arg_matches(&mut self, m: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl<R: Amendable> clap::Args for RemoveArgs<R> {
    fn augment_args(cmd: Command) -> Command {
        let kind = R::DEF;
        let mut cmd = match kind.identity {
            Identity::Id => cmd.arg(
                Arg::new("id")
                    .value_name("ID")
                    .required(true)
                    .help(format!("The {}'s id (or a unique prefix of it)", kind.noun)),
            ),
            Identity::Name | Identity::SideTitle => cmd
                .arg(
                    Arg::new("partner")
                        .value_name("PARTNER")
                        .required(true)
                        .help("The partner's id (or a unique prefix of it)"),
                )
                .arg(
                    Arg::new("name")
                        .value_name("NAME")
                        .required(true)
                        .help(format!(
                            "The {}'s name, as listed by `accord partner show`",
                            kind.noun
                        )),
                ),
        };
        cmd = cmd.arg(
            Arg::new("yes")
                .long("yes")
                .short('y')
                .action(ArgAction::SetTrue)
                .help("Remove it without asking (needed where accord cannot ask: in a script, or with input or output redirected)"),
        );
        for (k, _) in referring_kinds::<R::Owner>(kind.table) {
            let (with, keep) = ref_flags(k.table);
            cmd = cmd
                .arg(
                    Arg::new(with.clone())
                        .long(with.clone())
                        .action(ArgAction::SetTrue)
                        .conflicts_with(keep.clone())
                        .help(format!("Remove its {}s too", k.noun)),
                )
                .arg(
                    Arg::new(keep.clone())
                        .long(keep)
                        .action(ArgAction::SetTrue)
                        .help(format!(
                            "Keep its {}s, no longer tied to a {}",
                            k.noun, kind.noun
                        )),
                );
        }
        cmd
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

/// `accord KIND remove`: remove a record, asking first on a terminal (showing it as its
/// `show` screen would), else only with `--yes`.
pub fn remove<R: Amendable>(ctx: &Ctx, args: RemoveArgs<R>) -> anyhow::Result<()> {
    let kind = R::DEF;
    let ws = ctx.ws()?;
    let found = ws.locate::<R::Owner, R>(args.locate())?;
    let (owner, record) = ws.read_record::<R::Owner, R>(&found)?;
    let refs = match record.id() {
        Some(rid) => amend::referrers(&owner, &found.owner, kind.table, rid),
        None => Vec::new(),
    };
    let what = record.describe(&found.owner);
    let again = match kind.identity {
        Identity::Id => command(kind, &format!("remove {}", found.key)),
        _ => command(kind, &format!("remove {} \"{}\"", found.owner, found.key)),
    };
    if let Some(first) = refs.first()
        && args.refs.is_none()
    {
        let (with, keep) = ref_flags(first.kind.table);
        let keys: Vec<String> = refs.iter().map(|r| r.key.clone()).collect();
        return Err(hinted(
            format!(
                "the {what} has {} ({}), so nothing was removed",
                count(refs.len(), first.kind),
                keys.join(", ")
            ),
            format!(
                "remove them with it: `{again} --{with}`, or keep them, no longer tied to it: `{again} --{keep}`"
            ),
        ));
    }
    // What happens to the records that refer to it, in words: " and its action item
    // `x`", or that it stays.
    let kept = args.refs == Some(Refs::Detach);
    let tail = match refs.as_slice() {
        [] => String::new(),
        [one] => format!(" {} `{}`", one.kind.noun, one.key),
        [first, ..] => format!(" {}", count(refs.len(), first.kind)),
    };
    let (said, asked) = match (tail.is_empty(), kept) {
        (true, _) => (String::new(), String::new()),
        (false, false) => (format!(" and its{tail}"), format!(" and its{tail}")),
        (false, true) => (
            format!(
                "; its{tail} {}, no longer tied to it",
                if refs.len() == 1 { "stays" } else { "stay" }
            ),
            format!(" (keeping its{tail}, no longer tied to it)"),
        ),
    };
    if !args.yes {
        if !editor::interactive() {
            return Err(hinted(
                format!("removing the {what} needs --yes here, where accord cannot ask"),
                format!(
                    "to remove it: `{again} --yes{}`",
                    ref_suffix(&refs, args.refs)
                ),
            ));
        }
        let p = ctx.painter_stderr();
        editor::say(&R::view(ctx, &owner, &record, &p));
        let question = format!("remove this {}{asked}? [y/N]", kind.noun);
        let yes = matches!(
            editor::ask(&question)?
                .map(|a| a.to_ascii_lowercase())
                .as_deref(),
            Some("y" | "yes")
        );
        if !yes {
            ctx.status("nothing was removed");
            return Err(Exit(1).into());
        }
    }
    ws.remove_record::<R::Owner, R>(&found, args.refs, &record, ctx.today)?;
    ctx.status(&format!("removed the {what}{said}"));
    Ok(())
}

/// Say what a change did, one field a line (see [`changed`]).
pub fn say_changes(ctx: &Ctx, what: &str, said: Vec<(String, String)>) {
    ctx.status(&changed(what, &said));
}

/// The flag a hint repeats for the records that refer to one being removed.
fn ref_suffix(refs: &[amend::Referrer], chosen: Option<Refs>) -> String {
    match (refs.first(), chosen) {
        (Some(first), Some(c)) => {
            let (with, keep) = ref_flags(first.kind.table);
            format!(" --{}", if c == Refs::Remove { with } else { keep })
        }
        _ => String::new(),
    }
}
