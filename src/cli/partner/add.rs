//! `accord partner add`

use crate::cli::{clean_list, date_or_today, word};
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::cadence::Cadence;
use crate::model::date::DateSpec;
use crate::model::id::{slugify, validate_slug};
use crate::model::name;
use crate::model::partner::{Agreement, Partner, Stage, parse_contact_spec};
use crate::model::registry;
use crate::model::text;
use crate::model::validate::{self, Severity};
use crate::report::record::look_alike_doubts;
use crate::store::Kind;
use clap::Args;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The organization's name
    pub name: String,
    /// Id to use instead of one made from the name (lowercase letters, digits, hyphens)
    #[arg(long)]
    pub id: Option<String>,
    /// Partner type: corporate, nonprofit, community, academic, government, health,
    /// public-private, cultural, faith, family, other, or one from accord.toml
    #[arg(long = "type", value_name = "TYPE", default_value = "other")]
    pub kind: String,
    /// Lifecycle stage
    #[arg(long, value_parser = word::<Stage>(), default_value = "active")]
    pub stage: Stage,
    /// When the partnership began [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<DateSpec>,
    /// A contact person, as "Full Name <email>" or "Full Name, email, phone" (can be
    /// repeated)
    #[arg(long = "contact", value_name = "\"NAME <EMAIL>\"")]
    pub contacts: Vec<String>,
    /// A focus area such as mentoring, internships or STEM (can be repeated)
    #[arg(long = "focus", value_name = "AREA")]
    pub focus: Vec<String>,
    /// A tag (can be repeated)
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    /// How often to meet: weekly, biweekly, monthly, quarterly, semiannual, annual, or
    /// days such as 45d [default: the workspace's cadence]
    #[arg(long)]
    pub cadence: Option<Cadence>,
    /// When the agreement (MOU) was signed
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub agreement_signed: Option<DateSpec>,
    /// When the agreement ends
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub agreement_ends: Option<DateSpec>,
    /// The partner's website
    #[arg(long, value_name = "URL")]
    pub website: Option<String>,
    /// A note about the partner
    #[arg(long)]
    pub note: Option<String>,
}

/// Build the agreement from typed dates, refusing one that ends before it was signed.
pub fn agreement(
    ctx: &Ctx,
    signed: Option<DateSpec>,
    ends: Option<DateSpec>,
) -> anyhow::Result<Option<Agreement>> {
    let signed = signed.map(|d| d.resolve(ctx.today));
    let ends = ends.map(|d| d.resolve(ctx.today));
    if let (Some(s), Some(e)) = (signed, ends)
        && e < s
    {
        return Err(usage(format!(
            "the agreement would end ({e}) before it was signed ({s})"
        )));
    }
    Ok((signed.is_some() || ends.is_some()).then(|| Agreement {
        kind: Some("MOU".to_string()),
        signed,
        ends,
        notes: None,
    }))
}

pub fn run(ctx: &Ctx, args: AddArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let name = args.name.trim().to_string();
    text::check_name("the partner field `name`", "the partner's name", &name).map_err(usage)?;
    let own_id = args.id.is_some();
    let id = match args.id {
        Some(id) => {
            validate_slug(&id)?;
            id
        }
        None => {
            let slug = slugify(&name);
            if slug.is_empty() {
                return Err(usage(format!(
                    "cannot make an id from the name `{name}`; give one with --id"
                )));
            }
            validate_slug(&slug).map_err(|e| usage(format!("{e}; give another with --id")))?;
            slug
        }
    };
    let kind = ws.settings.partner_type(&args.kind).map_err(usage)?;
    let contacts = args
        .contacts
        .iter()
        .map(|c| parse_contact_spec(c))
        .collect::<Result<Vec<_>, _>>()
        .map_err(usage)?;
    // Each contact held to the rules `partner contact add` holds it to.
    for contact in &contacts {
        registry::admit(contact, &Partner::default(), ctx.today).map_err(usage)?;
    }
    let partner = Partner {
        id: id.clone(),
        name: name.clone(),
        kind,
        stage: args.stage,
        since: Some(date_or_today(ctx, args.since)),
        added: Some(ctx.today),
        cadence: args.cadence,
        focus: clean_list(&args.focus),
        tags: clean_list(&args.tags),
        website: args.website.filter(|w| !w.trim().is_empty()),
        notes: args.note.filter(|n| !n.trim().is_empty()),
        agreement: agreement(ctx, args.agreement_signed, args.agreement_ends)?,
        contacts,
        ..Partner::default()
    };
    // The rules `check` holds the file to, in its words: text without control
    // characters, contacts with names...
    let (refused, doubts): (Vec<_>, Vec<_>) =
        validate::partner(&partner, &ws.settings, ctx.today, &[])
            .into_iter()
            .partition(|p| p.severity == Severity::Error);
    if let Some(problem) = refused.into_iter().next() {
        return Err(usage(problem.message));
    }
    // Reads the name at the top of every partner file: adding a partner costs a look at
    // each of the others, to catch one added twice.
    let known = ws.names(Kind::Partner)?;
    let known: Vec<(&str, &str)> = known
        .iter()
        .map(|(i, n)| (i.as_str(), n.as_str()))
        .collect();
    // The same name again (any case): refused, unless an id of its own was asked for.
    let words = name::words(&name);
    let repeat = known
        .iter()
        .find(|(i, n)| (*i == id || !own_id) && name::words(n) == words);
    if let Some((other, existing)) = repeat {
        return Err(hinted(
            format!("partner `{other}` ({existing}) already exists"),
            format!("see it with `accord partner show {other}`"),
        ));
    }
    let path = ws.create(&id, &partner)?;
    ctx.status(&format!(
        "added partner `{id}` ({name}) in {}",
        ws.rel(&path)
    ));
    for doubt in doubts {
        ctx.warn(&doubt.message);
    }
    for c in &partner.contacts {
        let mut parts = vec![c.name.clone()];
        parts.extend(c.email.clone());
        parts.extend(c.phone.clone());
        ctx.status(&format!("  contact {}", parts.join(" · ")));
    }
    for doubt in look_alike_doubts("partner", "name", &name, &id, &known) {
        ctx.warn(&doubt);
    }
    Ok(())
}
