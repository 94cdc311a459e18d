//! `accord partner contact add|set|remove`

use crate::cli::record::{self, Amendable, Patch, RemoveArgs};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::amend::set_text;
use crate::model::partner::{Contact, Partner, check_email};
use crate::store::records::Locate;
use crate::store::{Kind, edit};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact person to a partner
    Add(AddArgs),
    /// Change a contact's name, title, email, phone or notes
    Set(SetArgs),
    /// Remove a contact person from a partner (asks first on a terminal; elsewhere needs
    /// --yes)
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs<Contact>),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// The person's full name
    pub name: String,
    /// Email address
    #[arg(long)]
    pub email: Option<String>,
    /// Phone number
    #[arg(long)]
    pub phone: Option<String>,
    /// Job title, e.g. "Director of Community Health"
    #[arg(long)]
    pub title: Option<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// The person's full name, as listed by `accord partner show`
    pub name: String,
    #[command(flatten)]
    pub fields: Fields,
}

#[derive(Debug, Default, PartialEq, Args)]
pub struct Fields {
    /// New full name
    #[arg(long = "name", value_name = "NAME")]
    pub new_name: Option<String>,
    /// Job title, e.g. "Director of Community Health"
    #[arg(long, conflicts_with = "no_title")]
    pub title: Option<String>,
    /// Remove the job title
    #[arg(long)]
    pub no_title: bool,
    /// Email address
    #[arg(long, conflicts_with = "no_email")]
    pub email: Option<String>,
    /// Remove the email address
    #[arg(long)]
    pub no_email: bool,
    /// Phone number
    #[arg(long, conflicts_with = "no_phone")]
    pub phone: Option<String>,
    /// Remove the phone number
    #[arg(long)]
    pub no_phone: bool,
    /// Notes about the person, replacing the ones written
    #[arg(long, conflicts_with = "no_notes")]
    pub notes: Option<String>,
    /// Remove the notes
    #[arg(long)]
    pub no_notes: bool,
}

impl Amendable for Contact {
    type Owner = Partner;
}

impl Patch for SetArgs {
    type Kind = Contact;

    fn locate(&self) -> Locate<'_> {
        Locate::Named {
            owner: &self.partner,
            name: &self.name,
        }
    }

    fn is_empty(&self) -> bool {
        self.fields == Fields::default()
    }

    fn apply(&self, _ctx: &Ctx, p: &Partner, c: &mut Contact) -> anyhow::Result<()> {
        let f = &self.fields;
        if let Some(name) = &f.new_name {
            let name = name.trim();
            if name.is_empty() {
                return Err(usage("the contact's name cannot be empty"));
            }
            let taken = p.contacts.iter().any(|other| {
                other.name.eq_ignore_ascii_case(name) && !other.name.eq_ignore_ascii_case(&c.name)
            });
            if taken {
                return Err(usage(format!(
                    "`{}` already has a contact named {name}",
                    p.id
                )));
            }
            c.name = name.to_string();
        }
        set_text(&mut c.title, &f.title, f.no_title);
        set_text(&mut c.email, &f.email, f.no_email);
        if let Some(e) = &c.email
            && f.email.is_some()
        {
            check_email(e).map_err(usage)?;
        }
        set_text(&mut c.phone, &f.phone, f.no_phone);
        set_text(&mut c.notes, &f.notes, f.no_notes);
        Ok(())
    }
}

pub fn run(ctx: &Ctx, cmd: ContactCommand) -> anyhow::Result<()> {
    match cmd {
        ContactCommand::Add(args) => add(ctx, args),
        ContactCommand::Set(args) => record::set(ctx, args),
        ContactCommand::Remove(args) => record::remove(ctx, args),
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
                format!("to change their details: `accord partner contact set {id} \"{name}\" --email ...`"),
            ));
        }
        edit::push_record(&mut e.doc, p, &contact, ctx.today)
    })?;
    ctx.status(&format!("added contact {name} to `{id}`"));
    Ok(())
}
