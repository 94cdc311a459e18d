//! `accord partner contact add|remove`

use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::partner::{Contact, Partner, check_email};
use crate::store::{Kind, edit, quote_list};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact person to a partner
    Add(AddArgs),
    /// Remove a contact person from a partner
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// The person's full name
    pub name: String,
    #[arg(long)]
    pub email: Option<String>,
    #[arg(long)]
    pub phone: Option<String>,
    /// Job title, e.g. "Director of Community Health"
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The partner's id (or a unique prefix of it)
    pub partner: String,
    /// The person's full name, as listed by `accord partner show`
    pub name: String,
}

pub fn run(ctx: &Ctx, cmd: ContactCommand) -> anyhow::Result<()> {
    match cmd {
        ContactCommand::Add(args) => add(ctx, args),
        ContactCommand::Remove(args) => remove(ctx, args),
    }
}

fn add(ctx: &Ctx, args: AddArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let name = args.name.trim().to_string();
    if name.is_empty() {
        return Err(usage("the contact's name cannot be empty"));
    }
    let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let contact = Contact {
        name: name.clone(),
        title: clean(args.title),
        email: clean(args.email),
        phone: clean(args.phone),
        notes: None,
    };
    if let Some(e) = &contact.email {
        check_email(e).map_err(usage)?;
    }
    ws.update::<Partner, _>(&id, |p, e| {
        if p.contacts.iter().any(|c| c.name.eq_ignore_ascii_case(&name)) {
            return Err(hinted(
                format!("`{id}` already has a contact named {name}"),
                format!("to change their details, remove them first: `accord partner contact remove {id} \"{name}\"`"),
            ));
        }
        edit::push_record(&mut e.doc, p, &contact, ctx.today)
    })?;
    ctx.status(&format!("added contact {name} to `{id}`"));
    Ok(())
}

fn remove(ctx: &Ctx, args: RemoveArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let name = args.name.trim();
    ws.update::<Partner, _>(&id, |p, e| {
        let removed = edit::remove_where(&mut e.doc, "contact", |t| {
            t.get("name")
                .and_then(|v| v.as_str())
                .is_some_and(|n| n.trim().eq_ignore_ascii_case(name))
        });
        if removed == 0 {
            let names: Vec<String> = p.contacts.iter().map(|c| c.name.clone()).collect();
            let hint = if names.is_empty() {
                "the partner has no contacts".to_string()
            } else {
                format!("its contacts are {}", quote_list(&names))
            };
            return Err(hinted(format!("`{id}` has no contact named {name}"), hint));
        }
        Ok(())
    })?;
    ctx.status(&format!("removed contact {name} from `{id}`"));
    Ok(())
}
