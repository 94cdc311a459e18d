//! `accord role assign|list|unassign`: who holds which role on each side, and what they
//! are responsible for. The rows of `role list` are in `report::role`.

use crate::cli::word;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::partner::{Partner, Role, Side, check_email};
use crate::model::registry;
use crate::report::role::{self, side_words};
use crate::report::{ListFormat, list};
use crate::store::{Kind, edit, quote_list};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum RoleCommand {
    /// Name the holder of a role (replacing the current holder of the same title)
    Assign(AssignArgs),
    /// List roles, of one partner or of all
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Remove a role
    Unassign(UnassignArgs),
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// Which side the role is on
    #[arg(long, value_parser = word::<Side>())]
    pub side: Side,
    /// The role, e.g. Liaison, Executive sponsor, Site supervisor
    #[arg(long)]
    pub title: String,
    /// Who holds it
    #[arg(long)]
    pub person: String,
    #[arg(long)]
    pub email: Option<String>,
    /// A responsibility of the role (can be repeated; replaces the current list)
    #[arg(long = "resp", value_name = "TEXT")]
    pub resp: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's roles
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Option<String>,
    /// Only roles on this side
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct UnassignArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    #[arg(long, value_parser = word::<Side>())]
    pub side: Side,
    #[arg(long)]
    pub title: String,
}

pub fn run(ctx: &Ctx, cmd: RoleCommand) -> anyhow::Result<()> {
    match cmd {
        RoleCommand::Assign(args) => assign(ctx, args),
        RoleCommand::List(args) => list_roles(ctx, args),
        RoleCommand::Unassign(args) => unassign(ctx, args),
    }
}

fn same_role(t: &toml_edit::Table, side: Side, title: &str) -> bool {
    t.get("side").and_then(|v| v.as_str()) == Some(side.as_str())
        && t.get("title")
            .and_then(|v| v.as_str())
            .is_some_and(|x| x.trim().eq_ignore_ascii_case(title))
}

fn assign(ctx: &Ctx, args: AssignArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let title = args.title.trim().to_string();
    let person = args.person.trim().to_string();
    if title.is_empty() || person.is_empty() {
        return Err(usage("a role needs a --title and a --person"));
    }
    let email = args
        .email
        .map(|e| e.trim().to_string())
        .filter(|e| !e.is_empty());
    if let Some(e) = &email {
        check_email(e).map_err(usage)?;
    }
    let resp: Vec<String> = args
        .resp
        .iter()
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty())
        .collect();
    let side = args.side;
    // The registry's text rule, for a new role and for a changed one alike.
    edit::check_text(&Role {
        side,
        title: title.clone(),
        person: person.clone(),
        email: email.clone(),
        resp: resp.clone(),
    })?;
    let previous = ws.update::<Partner, _>(&id, |p, e| {
        let existing = p
            .roles
            .iter()
            .find(|r| r.side == side && r.title.trim().eq_ignore_ascii_case(&title));
        let Some(existing) = existing else {
            let role = Role {
                side,
                title: title.clone(),
                person: person.clone(),
                email: email.clone(),
                resp: resp.clone(),
            };
            edit::push_record(&mut e.doc, p, &role, ctx.today)?;
            return Ok(None);
        };
        // The new holder, held to the rules a new role is.
        let held = Role {
            person: person.clone(),
            ..existing.clone()
        };
        registry::admit(&held, &Partner::default(), ctx.today).map_err(usage)?;
        let previous = (existing.person.clone(), existing.title.clone());
        let table = edit::records_mut(&mut e.doc, "role")
            .and_then(|arr| arr.iter_mut().find(|t| same_role(t, side, &title)))
            .ok_or_else(|| anyhow::anyhow!("the role `{title}` is not in a [[role]] table"))?;
        edit::set_str(table, "person", &person);
        edit::set_opt_str(table, "email", email.as_deref());
        if !resp.is_empty() {
            let mut arr = toml_edit::Array::new();
            resp.iter().for_each(|r| arr.push(r.as_str()));
            edit::set(table, "resp", toml_edit::Value::Array(arr));
        }
        Ok(Some(previous))
    })?;
    let side_words = side_words(side);
    match previous {
        Some((prev, title)) if prev == person => {
            ctx.status(&format!(
                "updated {person}'s role as {title} on {side_words} of `{id}`"
            ));
        }
        Some((prev, title)) => ctx.status(&format!(
            "{person} replaces {prev} as {title} on {side_words} of `{id}`"
        )),
        None => ctx.status(&format!(
            "{person} is now {title} on {side_words} of `{id}`"
        )),
    }
    Ok(())
}

fn unassign(ctx: &Ctx, args: UnassignArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let title = args.title.trim().to_string();
    let side = args.side;
    let removed = ws.update::<Partner, _>(&id, |p, e| {
        let holder = p
            .roles
            .iter()
            .find(|r| r.side == side && r.title.trim().eq_ignore_ascii_case(&title))
            .map(|r| r.person.clone());
        let Some(holder) = holder else {
            let titles: Vec<String> = p.roles_on(side).map(|r| r.title.clone()).collect();
            let hint = if titles.is_empty() {
                format!("no roles are named on {}", side_words(side))
            } else {
                format!("roles on {}: {}", side_words(side), quote_list(&titles))
            };
            return Err(hinted(
                format!("`{id}` has no role `{title}` on {}", side_words(side)),
                hint,
            ));
        };
        edit::remove_where(&mut e.doc, "role", |t| same_role(t, side, &title));
        Ok(holder)
    })?;
    ctx.status(&format!(
        "removed the role {title} ({removed}) from {} of `{id}`",
        side_words(side)
    ));
    Ok(())
}

fn list_roles(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let partners: Vec<Partner> = match &args.partner {
        Some(typed) => vec![ws.load_partner(&ws.resolve(Kind::Partner, typed)?)?],
        None => ws
            .partners()?
            .map(|p| p.map(crate::store::ahead::Held::into_inner))
            .collect::<anyhow::Result<_>>()?,
    };
    let rows = role::rows(&partners, args.side);
    let empty = "no roles named yet; name one with `accord role assign PARTNER --side ours --title Liaison --person NAME`";
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, empty)?,
        args.format,
    )
}
