//! `accord win log|list|set|remove`: success stories and milestones worth telling. The rows and the
//! `partner show` section live in `report::win`.

mod set;

use crate::cli::record::{self, RemoveArgs};
use crate::context::Ctx;
use crate::error::usage;
use crate::model::aftermath;
use crate::model::date::DateSpec;
use crate::model::partner::Partner;
use crate::model::records::Win;
use crate::model::registry;
use crate::report::win::WinRow;
use crate::report::{ListFormat, list};
use crate::store::{Kind, edit};
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum WinCommand {
    /// Record a success story or milestone
    Log(LogArgs),
    /// List wins, of one partner or of all, newest first
    #[command(visible_alias = "ls")]
    List(ListArgs),
    /// Change a win: its date, text or tags
    Set(set::SetArgs),
    /// Remove a win (asks first on a terminal; elsewhere needs --yes)
    #[command(visible_alias = "rm")]
    Remove(RemoveArgs<Win>),
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// What happened, in a sentence you could tell the board
    pub text: String,
    /// When it happened [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// A tag, e.g. press, board-report, students (can be repeated)
    #[arg(long = "tag")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this partner's wins
    #[arg(add = crate::cli::complete::partners())]
    pub partner: Option<String>,
    /// Only wins with this tag
    #[arg(long)]
    pub tag: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t)]
    pub format: ListFormat,
}

pub fn run(ctx: &Ctx, cmd: WinCommand) -> anyhow::Result<()> {
    match cmd {
        WinCommand::Log(args) => log(ctx, args),
        WinCommand::List(args) => list_wins(ctx, args),
        WinCommand::Set(args) => record::set(ctx, args),
        WinCommand::Remove(args) => record::remove(ctx, args),
    }
}

fn log(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let text = args.text.trim().to_string();
    if text.is_empty() {
        return Err(usage("a win needs a sentence saying what happened"));
    }
    let date = crate::cli::date_or_today(ctx, args.date);
    registry::check_date::<Win>("date", date, ctx.today).map_err(usage)?;
    let mut tags: Vec<String> = Vec::new();
    for t in args.tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|x| x.eq_ignore_ascii_case(t)) {
            tags.push(t.to_string());
        }
    }
    let by = ctx.user();
    let (win, late) = ws.update::<Partner, _>(&id, |p, e| {
        let late = aftermath::dated_after_end("win", date, p);
        let w = Win {
            id: ctx.new_record_id(p, &[]),
            date,
            text: text.clone(),
            tags: tags.clone(),
            by: Some(by.clone()),
        };
        edit::push_record(&mut e.doc, p, &w, ctx.today)?;
        Ok((w, late))
    })?;
    ctx.status(&format!("logged win {} for `{id}`", win.id));
    if let Some(late) = late {
        ctx.warn(&late);
    }
    Ok(())
}

fn list_wins(ctx: &Ctx, args: ListArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let partners = ws.partners_of(args.partner.as_deref())?;
    let mut rows: Vec<WinRow> = partners
        .iter()
        .flat_map(|p| {
            p.wins
                .iter()
                .filter(|w| {
                    args.tag
                        .as_ref()
                        .is_none_or(|t| w.tags.iter().any(|x| x.eq_ignore_ascii_case(t)))
                })
                .map(|w| WinRow::new(p, w))
        })
        .collect();
    rows.sort_by(|a, b| (b.win().date.cmp(&a.win().date)).then(a.partner.cmp(b.partner)));
    let empty = "no wins yet; record one with `accord win log PARTNER \"What happened\"`";
    ctx.emit_list(
        list::render(&rows, args.format, &ctx.painter, empty)?,
        args.format,
    )
}
