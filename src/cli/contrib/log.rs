//! `accord contrib log`: record what one side put into a partnership.

use crate::cli::word;
use crate::context::Ctx;
use crate::model::aftermath;
use crate::model::contribution::{self as rules, amount_text, money};
use crate::model::date::DateSpec;
use crate::model::partner::{Partner, Side};
use crate::model::records::{Contribution, ContributionKind};
use crate::model::registry;
use crate::store::{Kind, edit};
use clap::Args;

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The partner: its id or a unique prefix, or its name or a word of it
    #[arg(add = crate::cli::complete::partners())]
    pub partner: String,
    /// What was put in
    #[arg(long, value_parser = word::<ContributionKind>())]
    pub kind: ContributionKind,
    /// How much: money, or hours for staff-hours and volunteer-hours
    #[arg(long, value_name = "N", allow_hyphen_values = true, value_parser = rules::parse_amount)]
    pub amount: f64,
    /// Which side put it in [default: partner]
    #[arg(long, value_parser = word::<Side>())]
    pub side: Option<Side>,
    /// When [default: today]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub date: Option<DateSpec>,
    /// What it was, e.g. "Nurse educator salary, spring semester"
    #[arg(long)]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, args: LogArgs) -> anyhow::Result<()> {
    let ws = ctx.ws()?;
    let id = ws.resolve(Kind::Partner, &args.partner)?;
    let date = crate::cli::date_or_today(ctx, args.date);
    let side = args.side.unwrap_or(Side::Partner);
    let note = args
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    let by = ctx.user();
    let (c, late) = ws.update::<Partner, _>(&id, |p, e| {
        let late = aftermath::dated_after_end("contribution", date, p);
        let c = Contribution {
            id: ctx.new_record_id(p, &[]),
            date,
            kind: args.kind,
            amount: args.amount,
            side,
            note: note.clone(),
            by: Some(by.clone()),
        };
        edit::push_record(&mut e.doc, p, &c, ctx.today)?;
        Ok((c, late))
    })?;
    let s = &ws.settings;
    let mut said = format!(
        "logged {} of {} from {} side of `{id}` ({})",
        amount_text(c.kind, c.amount, &s.currency),
        c.kind,
        if side == Side::Ours {
            "our"
        } else {
            "the partner's"
        },
        c.id
    );
    if c.kind.is_hours()
        && let Some(rate) = s.hour_value
    {
        said.push_str(&format!(
            ", valued at {} at {} an hour",
            money(c.amount * rate, &s.currency),
            money(rate, &s.currency)
        ));
    }
    ctx.status(&said);
    if let Some(late) = late {
        ctx.warn(&late);
    }
    if let Ok(Some(later)) = registry::check_date::<Contribution>("date", date, ctx.today) {
        ctx.warn(&format!(
            "{later}; totals and status count it once that day comes"
        ));
    }
    Ok(())
}
