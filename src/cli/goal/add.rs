//! `accord goal add`

use crate::cli::goal::{check_definition, resolve_partners, text};
use crate::cli::{date_or_today, word};
use crate::context::Ctx;
use crate::error::usage;
use crate::model::date::DateSpec;
use crate::model::goal::{Direction, Goal, parse_number};
use crate::model::id::{slugify, validate_slug};
use crate::model::text;
use crate::model::validate;
use crate::report::record::look_alike_doubts;
use crate::store::Kind;
use clap::Args;

#[derive(Debug, Args)]
pub struct AddArgs {
    /// What the goal is, e.g. "Cut chronic absence to 12%"
    pub title: String,
    /// What is measured, e.g. "chronic absence rate"
    #[arg(long, value_name = "NAME")]
    pub metric: String,
    /// The unit of the metric, e.g. %, hours, students
    #[arg(long)]
    pub unit: String,
    /// Where the metric stood when the goal was set (leave out if unknown; status warns)
    #[arg(long, value_name = "N", value_parser = parse_number, allow_hyphen_values = true)]
    pub baseline: Option<f64>,
    /// Where the metric should be by the due date
    #[arg(long, value_name = "N", value_parser = parse_number, allow_hyphen_values = true)]
    pub target: f64,
    /// Which way the metric should move [default: increase when the target is above the
    /// baseline, decrease when below, maintain when equal]
    #[arg(long, value_parser = word::<Direction>())]
    pub direction: Option<Direction>,
    /// For maintain goals: how far from the target still counts as met [default: 2% of
    /// the target]
    #[arg(long, value_name = "N", value_parser = parse_number)]
    pub tolerance: Option<f64>,
    /// When work toward the goal starts [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub start: Option<DateSpec>,
    /// When the target should be reached
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub due: Option<DateSpec>,
    /// A partner the goal belongs to (can be repeated; none means program-wide)
    #[arg(long = "partner", value_name = "ID")]
    #[arg(add = crate::cli::complete::partners())]
    pub partners: Vec<String>,
    /// Who is responsible for the goal
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// Id to use instead of one made from the title (lowercase letters, digits, hyphens)
    #[arg(long)]
    pub id: Option<String>,
    /// A note about the goal
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, args: AddArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let title = args.title.trim().to_string();
    text::check_name("the goal field `title`", "the goal's title", &title).map_err(usage)?;
    let metric = args.metric.trim().to_string();
    if metric.is_empty() {
        return Err(usage("name what is measured with --metric"));
    }
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
    let mut goal = Goal {
        id: id.clone(),
        title,
        metric,
        unit: args.unit.trim().to_string(),
        baseline: args.baseline,
        target: args.target,
        direction: args.direction,
        tolerance: args.tolerance,
        start: Some(date_or_today(ctx, args.start)),
        due: args.due.map(|d| d.resolve(ctx.today)),
        partners: resolve_partners(ws, &args.partners)?,
        owner: text(args.owner),
        notes: text(args.note),
        by: Some(ctx.user()),
        ..Goal::default()
    };
    check_definition(&goal)?;
    if let Some(problem) = validate::goal_text(&goal).into_iter().next() {
        return Err(usage(problem.message));
    }
    // Written out, so the file says which way the goal goes.
    goal.direction = Some(goal.direction());
    let known = ws.names(Kind::Goal)?;
    let known: Vec<(&str, &str)> = known
        .iter()
        .map(|(i, n)| (i.as_str(), n.as_str()))
        .collect();
    let path = ws.create(&id, &goal)?;
    let whose = if goal.is_program_wide() {
        "program-wide".to_string()
    } else {
        format!("with {}", goal.partners.join(", "))
    };
    ctx.status(&format!("added goal `{id}` ({whose}) in {}", ws.rel(&path)));
    for doubt in look_alike_doubts("goal", "title", &goal.title, &id, &known) {
        ctx.warn(&doubt);
    }
    if goal.baseline.is_none() && goal.direction() != Direction::Maintain {
        ctx.warn(&format!(
            "without a baseline its progress cannot be measured; set one with `accord goal set {id} --baseline N`"
        ));
    }
    Ok(())
}
