//! `accord survey new`

use crate::cli::clean_list;
use crate::context::Ctx;
use crate::error::{hinted, usage};
use crate::model::date::DateSpec;
use crate::model::id::{slugify, validate_slug};
use crate::model::survey::{GROUPS, Survey, group_name};
use crate::store::Kind;
use crate::store::instruments::Catalog;
use clap::Args;

#[derive(Debug, Args)]
pub struct NewArgs {
    /// What the survey asks about, e.g. "Teachers on the hospital partnership"
    pub title: String,
    /// The instrument whose questions are asked: built in or one of the workspace's
    /// [default: the workspace's `instrument`]
    #[arg(long, value_name = "NAME")]
    pub instrument: Option<String>,
    /// A partner the survey is about (can be repeated; none means program-wide)
    #[arg(long = "partner", value_name = "ID")]
    pub partners: Vec<String>,
    /// A group of people asked: students, families, teachers, partner-staff, community,
    /// or any other word (can be repeated)
    #[arg(long = "group", value_name = "GROUP")]
    pub groups: Vec<String>,
    /// When the survey opens [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub opens: Option<DateSpec>,
    /// When the survey closes
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub closes: Option<DateSpec>,
    /// How many people were asked, for the response rate
    #[arg(long, value_name = "N")]
    pub invited: Option<u32>,
    /// Id to use instead of one made from the title (lowercase letters, digits, hyphens)
    #[arg(long)]
    pub id: Option<String>,
    /// A note about the survey
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, args: NewArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let title = args.title.trim().to_string();
    crate::model::text::check_name("the survey field `title`", "the survey's title", &title)
        .map_err(usage)?;
    let id = match args.id {
        Some(id) => {
            validate_slug(&id)?;
            id
        }
        None => {
            let slug = slugify(&title);
            validate_slug(&slug).map_err(|_| {
                usage(format!(
                    "cannot make an id from the title `{title}`; give one with --id"
                ))
            })?;
            slug
        }
    };
    let catalog = Catalog::load(ws)?;
    let instrument = args
        .instrument
        .unwrap_or_else(|| ws.settings.instrument.clone());
    catalog.require(&instrument)?;
    let mut partners: Vec<String> = Vec::new();
    for typed in &args.partners {
        let p = ws.resolve(Kind::Partner, typed)?;
        if !partners.contains(&p) {
            partners.push(p);
        }
    }
    let mut groups: Vec<String> = Vec::new();
    for typed in clean_list(&args.groups) {
        let g = group_name(&typed);
        if g.is_empty() {
            return Err(usage(format!(
                "`{typed}` is not a group name; use words such as {}",
                GROUPS.join(", ")
            )));
        }
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    let opens = args.opens.map_or(ctx.today, |d| d.resolve(ctx.today));
    let closes = args.closes.map(|d| d.resolve(ctx.today));
    if let Some(c) = closes
        && c < opens
    {
        return Err(usage(format!(
            "the survey would close ({c}) before it opens ({opens})"
        )));
    }
    if args.invited == Some(0) {
        return Err(usage(
            "--invited is how many people were asked; it must be 1 or more",
        ));
    }
    let survey = Survey {
        id: id.clone(),
        title,
        instrument: instrument.clone(),
        partners,
        groups,
        opens: Some(opens),
        closes,
        invited: args.invited,
        notes: args
            .note
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty()),
        by: Some(ctx.user()),
        responses: Vec::new(),
    };
    let path = ws.create(&id, &survey).map_err(|e| {
        if ws.path(Kind::Survey, &id).exists() {
            hinted(
                format!("a survey with the id `{id}` already exists"),
                format!("choose another id with --id, e.g. --id {id}-2"),
            )
        } else {
            e
        }
    })?;
    let whose = if survey.is_program_wide() {
        "program-wide".to_string()
    } else {
        format!("about {}", survey.partners.join(", "))
    };
    ctx.status(&format!(
        "started survey `{id}` ({whose}, on `{instrument}`) in {}",
        ws.rel(&path)
    ));
    ctx.status(&format!(
        "next: `accord survey questions {id} --format csv` for an online form (or --format html for paper), then `accord survey import {id} FILE.csv`"
    ));
    Ok(())
}
