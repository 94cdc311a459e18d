//! `accord calendar`: an iCalendar feed of what comes due, for a calendar app to
//! subscribe to.

use crate::cli::export::write_output_with;
use crate::cli::output;
use crate::context::Ctx;
use crate::model::calendar::Window;
use crate::model::date::parse_span_days;
use crate::report::calendar;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
#[command(after_help = "\
One all-day event per item: each partner's next check-in and evaluation, agreement ends, \
open action items, open goals with a due date, and the closing date of each survey still \
open. What is overdue is placed on today. \
Each event's UID comes from its record, so a calendar that reads the feed again updates \
the event instead of adding another.")]
pub struct CalendarArgs {
    /// Write to FILE (replaced atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// How far ahead to look from today: days, weeks, months (of 30 days) or years, such as
    /// 90d, 26w, 6m, 1y
    #[arg(
        long,
        value_name = "SPAN",
        default_value = "180d",
        value_parser = parse_span_days,
        allow_hyphen_values = true
    )]
    pub horizon: i64,
}

pub fn run(ctx: &Ctx, args: CalendarArgs) -> anyhow::Result<()> {
    if let Some(path) = &args.output {
        output::check(path, &["ics", "ical", "ifb", "icalendar"])?;
    }
    let ws = ctx.ws()?;
    let mut collect = calendar::Collect::new(&ws.settings, Window::new(ctx.today, args.horizon));
    for p in ws.partners()? {
        collect.partner(&*p?);
    }
    for g in ws.goals()? {
        collect.goal(&g);
    }
    // Only surveys still to close have an event; the others are read no further than
    // their own fields.
    let open = |s: &crate::model::survey::Survey| s.closes.is_some_and(|c| c >= ctx.today);
    for (s, _) in crate::store::survey::surveys_where(ws, open)? {
        collect.survey(&s);
    }
    let events = collect.finish();
    let name = ws.settings.name.as_deref();
    // written a part at a time as it is made: the feed is megabytes at thousands of
    // partners
    match &args.output {
        None => ctx.emit_with(|out| {
            Ok(calendar::write(&events, name, ctx.today, |part| {
                out.write_all(part.as_bytes())
            })?)
        }),
        Some(path) => write_output_with(ctx, path, events.len(), "event", |file| {
            Ok(calendar::write(&events, name, ctx.today, |part| {
                file.write_all(part.as_bytes())
            })?)
        }),
    }
}
